//! Legal thresholds and dated values, loaded from `data/federal.toml` (law as data).
//!
//! Each value carries its citation and the date from which it applies there; the engine
//! asks for a value by [`Param`] and, where the law changed, by the date that matters
//! (usually the date of conviction).

use super::date::Date;
use crate::pack::{Pack, Reader, Writer};

coded_enum! {
    /// A named legal value. Its number or date lives in `data/federal.toml`.
    pub enum Param {
        /// "Term of imprisonment at least one year" (INA 101(a)(43)(F), (G), (P), (R), (S)).
        AfTermDays = "af_term_of_imprisonment_days",
        /// Loss to the victim "exceeds $10,000" (INA 101(a)(43)(M)(i)), in dollars.
        AfLossUsd = "af_loss_threshold_usd",
        /// 237(a)(2)(A)(i): committed within this many years after admission.
        CimtWindowYears = "cimt_deportability_window_years",
        /// 237(a)(2)(A)(i): "a sentence of one year or longer may be imposed".
        CimtPotentialDays = "cimt_deportability_potential_days",
        /// 212(a)(2)(A)(ii)(II): maximum penalty possible did not exceed one year.
        PettyMaxDays = "petty_offense_max_days",
        /// 212(a)(2)(A)(ii)(II): sentenced to not more than six months.
        PettySentenceDays = "petty_offense_sentence_days",
        /// 212(a)(2)(A)(ii)(I): youthful offender, crime committed under this age.
        YouthfulAge = "youthful_offender_age_years",
        /// 212(a)(2)(B) and 241(b)(3)(B): aggregate sentences of five years or more.
        AggregateDays = "aggregate_sentence_days",
        /// Anti-Drug Abuse Act § 7344(b): the Ninth Circuit reads 237(a)(2)(A)(iii) as reaching
        /// only convictions from this date (Ledezma-Galicia).
        AfDeportabilityFrom = "af_deportability_first_conviction_date_ca9",
        /// INS v. St. Cyr: former 212(c) relief survives for pleas before this date.
        Former212cBefore = "former_212c_plea_before",
        /// IIRIRA § 350(b): 237(a)(2)(E) reaches convictions after 1996-09-30.
        DvFirstDate = "dv_ground_first_conviction_date",
        /// INA 101(f)(8): aggravated felony convictions from this date bar GMC for ever.
        GmcAfPermanentFrom = "gmc_af_permanent_bar_from",
        /// INA 316(a): the statutory period for naturalization, in years.
        GmcPeriodYears = "gmc_period_years",
        /// INA 101(f)(7): confinement of 180 days or more in the period.
        GmcConfinementDays = "gmc_confinement_days",
        /// INA 240A(a)(2): seven years of continuous residence after admission.
        LprCancelResidenceYears = "lpr_cancellation_residence_years",
        /// INA 240A(b)(1)(A)-(B): ten years of physical presence and good moral character.
        NonLprCancelYears = "non_lpr_cancellation_years",
        /// INA 212(h): seven years of lawful continuous residence (LPRs admitted at a port).
        Waiver212hResidenceYears = "waiver_212h_residence_years",
        /// DACA: a misdemeanor with more than 90 days of custody ordered.
        DacaCustodyDays = "daca_custody_days",
        /// DACA and TPS: a crime punishable by this many days or fewer is no misdemeanor.
        MinorOffenseMaxDays = "minor_offense_max_days",
        /// The maximum term of a California one-year misdemeanor (PC 18.5), dated.
        CaMisdemeanorMaxDays = "ca_misdemeanor_max_days",
        /// The maximum term of an Illinois Class A misdemeanor (730 ILCS 5/5-4.5-55).
        IlClassAMaxDays = "il_class_a_max_days",
        /// Laken Riley Act (Pub. L. 119-1) in force, INA 236(c)(1)(E).
        LakenRileyFrom = "laken_riley_effective_date",
        /// Illinois misdemeanor maxima before the 2009 recodification are flagged for review.
        IlRecodifiedFrom = "il_sentencing_recodified_date",
        /// Nunez-Reyes: Lujan-Armendariz protects expunged first possession convictions to this date.
        LujanLastDate = "lujan_armendariz_last_date",
    }
}

/// A value as the data file gives it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Value {
    Number(u64),
    Date(Date),
}

/// Every parameter with its dated values, complete (the loader checks that each [`Param`]
/// has at least one value from the earliest date).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Params {
    /// Indexed by `Param as usize`; each list sorted by date, the first from 0001-01-01.
    values: Vec<Vec<(Date, Value)>>,
}

impl Params {
    /// Builds from `(param, from, value)` entries; `Err` names each param with no value.
    pub fn new(entries: Vec<(Param, Date, Value)>) -> Result<Params, Vec<Param>> {
        let mut values: Vec<Vec<(Date, Value)>> = vec![Vec::new(); Param::ALL.len()];
        for (param, from, value) in entries {
            values[param as usize].push((from, value));
        }
        let missing: Vec<Param> =
            Param::ALL.iter().copied().filter(|p| values[*p as usize].is_empty()).collect();
        if !missing.is_empty() {
            return Err(missing);
        }
        for list in &mut values {
            list.sort_by_key(|(from, _)| *from);
        }
        Ok(Params { values })
    }

    /// The value of `param` in force on `on` (the earliest value for dates before it).
    pub fn value_on(&self, param: Param, on: Date) -> Value {
        let list = &self.values[param as usize];
        list.iter()
            .rev()
            .find(|(from, _)| *from <= on)
            .or(list.first())
            .map(|(_, v)| *v)
            .unwrap_or(Value::Number(0))
    }

    /// The latest value of `param`.
    pub fn value(&self, param: Param) -> Value {
        self.values[param as usize].last().map(|(_, v)| *v).unwrap_or(Value::Number(0))
    }

    /// A number (0 if the data gave a date; the loader rejects that).
    pub fn num(&self, param: Param) -> u64 {
        match self.value(param) {
            Value::Number(n) => n,
            Value::Date(_) => 0,
        }
    }

    /// A number in force on `on`.
    pub fn num_on(&self, param: Param, on: Date) -> u64 {
        match self.value_on(param, on) {
            Value::Number(n) => n,
            Value::Date(_) => 0,
        }
    }

    /// A date (1970-01-01 if the data gave a number; the loader rejects that).
    pub fn date(&self, param: Param) -> Date {
        match self.value(param) {
            Value::Date(d) => d,
            Value::Number(_) => Date::EPOCH,
        }
    }
}

/// In the data files, every parameter's dated values (`Value`: 0 and a number, or 1 and
/// a date).
impl Pack for Params {
    fn pack(&self, w: &mut Writer) {
        for list in &self.values {
            w.varint(list.len() as u64);
            for (from, value) in list {
                from.pack(w);
                match value {
                    Value::Number(n) => (0u32, *n).pack(w),
                    Value::Date(d) => (1u32, *d).pack(w),
                }
            }
        }
    }
    fn unpack(r: &mut Reader<'_>) -> Option<Self> {
        let mut entries = Vec::new();
        for param in Param::ALL {
            for _ in 0..r.varint()? {
                let from = Date::unpack(r)?;
                let value = match u32::unpack(r)? {
                    0 => Value::Number(u64::unpack(r)?),
                    1 => Value::Date(Date::unpack(r)?),
                    _ => return None,
                };
                entries.push((*param, from, value));
            }
        }
        Params::new(entries).ok()
    }
}

/// Whether `param` takes a date (the rest take numbers).
pub fn is_date_param(param: Param) -> bool {
    matches!(
        param,
        Param::DvFirstDate
            | Param::GmcAfPermanentFrom
            | Param::LakenRileyFrom
            | Param::LujanLastDate
            | Param::IlRecodifiedFrom
            | Param::AfDeportabilityFrom
            | Param::Former212cBefore
    )
}
