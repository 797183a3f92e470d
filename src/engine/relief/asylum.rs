//! # INA 208(b)(2) (asylum) and INA 241(b)(3)(B) (withholding of removal): particularly
//! serious crimes
//!
//! > Asylum is barred for a person who, "having been convicted by a final judgment of a
//! > particularly serious crime, constitutes a danger to the community"; "an alien who has
//! > been convicted of an aggravated felony shall be considered to have been convicted of a
//! > particularly serious crime." — INA 208(b)(2)(A)(ii), (B)(i)
//!
//! For withholding, aggravated felonies with an aggregate term of at least five years are
//! per se particularly serious (241(b)(3)(B)); an illicit-trafficking aggravated felony is
//! presumptively one (Matter of Y-L-, A-G- & R-S-R-, 23 I&N Dec. 270 (A.G. 2002)). Any other
//! offense may be found particularly serious case by case (Matter of N-A-M-, 24 I&N Dec. 336
//! (BIA 2007)): a violent felony, a sex offense, a drug sale or a sentence of a year or more
//! puts the relief at risk (reference §12.4). Deferral of removal under the Convention Against
//! Torture has no criminal bar and is not graded here.

use super::Bar;
use crate::engine::citation::Citation;
use crate::engine::conviction::is_felony;
use crate::engine::grounds::{Ctx, Record, Resolved};
use crate::engine::offense::Trait;
use crate::engine::outcome::{Grade, Ground, ReliefGrade};
use crate::engine::params::Param;
use crate::engine::reason::ReasonKey;

/// Whether a conviction may be found a particularly serious crime case by case.
pub fn psc_risk(ctx: &Ctx<'_>, r: &Resolved<'_>) -> bool {
    if !r.counts() {
        return false;
    }
    let line = ctx.params.num(Param::AfTermDays);
    let year = match r.conviction.sentence_days {
        Some(d) => u64::from(d) >= line,
        // Addendum 2026-12 §E.2: a sentence not yet set may reach a year wherever the maximum
        // allows one, and is never graded safer than the sentences it could be.
        None => r.max_days.is_none_or(|m| u64::from(m) >= line),
    };
    match r.offense {
        None => true,
        Some(o) => {
            let felony = is_felony(o, r.conviction) != Some(false);
            year || o.has(Trait::SexOffense) || o.has(Trait::DrugSale) || (o.has(Trait::Violent) && felony)
        }
    }
}

/// Bars to asylum.
pub fn asylum(ctx: &Ctx<'_>, rs: &Record<'_, '_>) -> Vec<Bar> {
    let mut bars = Vec::new();
    for r in rs {
        if let Some(bar) =
            Bar::aggravated_felony(r, Citation::Ina("208(b)(2)(B)(i)"), ReasonKey::ReliefAggravatedFelonyPsc)
        {
            bars.push(bar);
        } else if psc_risk(ctx, r) {
            bars.push(
                Bar::new(
                    ReliefGrade::AtRisk,
                    Citation::Ina("208(b)(2)(A)(ii)"),
                    ReasonKey::ReliefPscRisk,
                    Some(r),
                )
                .cite("Matter of N-A-M-, 24 I&N Dec. 336 (BIA 2007)"),
            );
        }
    }
    bars
}

/// Bars to withholding of removal.
pub fn withholding(ctx: &Ctx<'_>, rs: &Record<'_, '_>) -> Vec<Bar> {
    let mut bars = Vec::new();
    // Aggregate term of the aggravated felonies: the strongest grade at which the AFs graded
    // at least that strongly already add up to five years.
    let threshold = ctx.params.num(Param::AggregateDays);
    let af = |r: &Resolved<'_>| r.ground(Ground::AggravatedFelony).track.applicant;
    let mut aggregate = Grade::No;
    for level in [Grade::Yes, Grade::Likely, Grade::Possible] {
        let counted: Vec<&Resolved<'_>> = rs.iter().filter(|r| af(r) >= level).collect();
        let total: u64 = counted.iter().filter_map(|r| r.conviction.sentence_days).map(u64::from).sum();
        if total >= threshold {
            aggregate = level;
            break;
        }
        if counted.iter().any(|r| r.conviction.sentence_days.is_none()) {
            aggregate = aggregate.max(Grade::Possible);
        }
    }
    if aggregate > Grade::No {
        let total: u64 = rs
            .iter()
            .filter(|r| af(r) > Grade::No)
            .filter_map(|r| r.conviction.sentence_days)
            .map(u64::from)
            .sum();
        bars.push(
            Bar::graded(
                aggregate,
                Citation::Ina("241(b)(3)(B)"),
                ReasonKey::ReliefWithholdingFiveYears,
                None,
            )
            .with("days", total),
        );
    }
    for r in rs {
        let af = r.ground(Ground::AggravatedFelony).track.applicant;
        let trafficking = r.offense.is_some_and(|o| o.has(Trait::DrugSale));
        if af > Grade::No && trafficking {
            bars.push(
                Bar::graded(
                    af.min(Grade::Likely),
                    Citation::Ina("241(b)(3)(B)(ii)"),
                    ReasonKey::ReliefTraffickingPsc,
                    Some(r),
                )
                .cite("Matter of Y-L-, A-G- & R-S-R-, 23 I&N Dec. 270 (A.G. 2002)"),
            );
        } else if af > Grade::No || psc_risk(ctx, r) {
            bars.push(
                Bar::new(
                    ReliefGrade::AtRisk,
                    Citation::Ina("241(b)(3)(B)(ii)"),
                    ReasonKey::ReliefPscRisk,
                    Some(r),
                )
                .cite("Matter of N-A-M-, 24 I&N Dec. 336 (BIA 2007)"),
            );
        }
    }
    bars
}
