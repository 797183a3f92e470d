//! # INA 101(a)(48)(A) (8 U.S.C. 1101(a)(48)(A)): what counts as a conviction
//!
//! > The term "conviction" means, with respect to an alien, a formal judgment of guilt of
//! > the alien entered by a court or, if adjudication of guilt has been withheld, where
//! > (i) a judge or jury has found the alien guilty or the alien has entered a plea of
//! > guilty or nolo contendere or has admitted sufficient facts to warrant a finding of
//! > guilt, and (ii) the judge has ordered some form of punishment, penalty, or restraint
//! > on the alien's liberty to be imposed.
//!
//! Reference: `immigration-rules.md` §2.1–2.6.

use super::case::{Conviction, Disposition, Level, Perspective};
use super::citation::Citation;
use super::outcome::Grade;
use super::params::Params;
use super::reason::ReasonKey;
use crate::engine::offense::{MaxTerm, Offense, OffenseClass};

const INA_101_A_48_A: Citation = Citation::Ina("101(a)(48)(A)");
const ROLDAN: Citation = Citation::Case("Matter of Roldan, 22 I&N Dec. 512 (BIA 1999)");

/// Whether a disposition is a conviction for immigration purposes, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConvictionStatus {
    /// `yes`, `no` or `possible` (never `likely`).
    pub grade: Grade,
    pub reason: ReasonKey,
    pub citations: &'static [Citation],
}

/// Decides whether `conviction`'s disposition is a conviction under INA 101(a)(48)(A).
pub fn is_conviction(conviction: &Conviction, perspective: Perspective) -> ConvictionStatus {
    use Disposition::*;
    let (grade, reason, citations): (Grade, ReasonKey, &'static [Citation]) = match conviction.disposition {
        // §2.6: infractions are prosecuted with criminal safeguards (Cuellar-Gomez); no
        // precedent says a California infraction is not a conviction. ⚠ VERIFY in the
        // reference: graded `possible`, never `no`.
        PleaOrVerdict if conviction.level == Some(Level::Infraction) => (
            Grade::Possible,
            ReasonKey::ConvictionInfraction,
            &[
                INA_101_A_48_A,
                Citation::Case("Matter of Cuellar-Gomez, 25 I&N Dec. 850 (BIA 2012)"),
                Citation::Case("Matter of Eslamizar, 23 I&N Dec. 684 (BIA 2004)"),
            ],
        ),
        PleaOrVerdict => (Grade::Yes, ReasonKey::ConvictionJudgment, &[INA_101_A_48_A]),
        // §2.2: true pre-plea diversion (PC 1000 since 2018, PC 1001.36, PC 1001.95).
        PretrialDiversionNoPlea => (Grade::No, ReasonKey::DiversionWithoutPlea, &[INA_101_A_48_A]),
        // §2.2: a plea plus any condition is a conviction even if later dismissed.
        DeferredEntryWithPlea => (
            Grade::Yes,
            ReasonKey::DeferredEntryWithPlea,
            &[INA_101_A_48_A, ROLDAN, Citation::Case("Matter of Mohamed, 27 I&N Dec. 92 (BIA 2017)")],
        ),
        // §2.5
        JuvenileAdjudication => (
            Grade::No,
            ReasonKey::JuvenileAdjudication,
            &[Citation::Case("Matter of Devison, 22 I&N Dec. 1362 (BIA 2000)")],
        ),
        // §2.4: plea planning must allow for the Fifth Circuit's Renteria-Gonzalez.
        VacatedLegalDefect => match perspective {
            Perspective::PleaPlanning => (
                Grade::Possible,
                ReasonKey::VacatedPleaPlanning,
                &[
                    Citation::Case("Matter of Pickering, 23 I&N Dec. 621 (BIA 2003)"),
                    Citation::Case("Renteria-Gonzalez v. INS, 322 F.3d 804 (5th Cir. 2002)"),
                ],
            ),
            Perspective::RemovalDefense => (
                Grade::No,
                ReasonKey::VacatedRemovalDefense,
                &[
                    Citation::Case("Matter of Pickering, 23 I&N Dec. 621 (BIA 2003)"),
                    Citation::Case("Matter of Azrag, 28 I&N Dec. 784 (BIA 2024)"),
                ],
            ),
        },
        // §2.3. The Lujan-Armendariz exception (first simple possession, expunged,
        // convicted on or before 2011-07-14, Ninth Circuit) only ever helps the person;
        // it needs the offense from the catalog and is applied with the drug grounds.
        ExpungedRehabilitative => (
            Grade::Yes,
            ReasonKey::ExpungedStillConviction,
            &[
                INA_101_A_48_A,
                ROLDAN,
                Citation::Case("Nunez-Reyes v. Holder, 646 F.3d 684 (9th Cir. 2011) (en banc)"),
            ],
        ),
    };
    ConvictionStatus { grade, reason, citations }
}

/// # INA 101(a)(48)(B): the maximum possible sentence, for the rules that ask what "may be
/// imposed" (237(a)(2)(A)(i)(II), the petty-offense exception, DACA and TPS classes)
///
/// Judged as of the date of conviction (Matter of Velasquez-Rios, 27 I&N Dec. 470 (BIA
/// 2018)): California's one-year misdemeanor is 364 days from 2015-01-01, 365 before. A
/// wobbler of unknown level may be a felony: `None` then, and the rules say `possible`.
pub fn max_possible_days(offense: &Offense, conviction: &Conviction, params: &Params) -> Option<u32> {
    let misdemeanor = || {
        offense.misdemeanor_max.map(|m| match m {
            MaxTerm::Days(d) => d,
            // An unknown conviction date takes the older, longer maximum: the harsher reading.
            MaxTerm::Param(p) => match conviction.convicted_on {
                Some(on) => params.num_on(p, on) as u32,
                None => params.num_on(p, crate::engine::date::Date::EPOCH) as u32,
            },
        })
    };
    match (offense.class, conviction.level) {
        (OffenseClass::Infraction, _) | (_, Some(Level::Infraction)) => Some(0),
        (OffenseClass::Felony, _) => offense.felony_max_days,
        (OffenseClass::Misdemeanor, _) => misdemeanor(),
        (OffenseClass::Wobbler, Some(Level::Felony)) => offense.felony_max_days,
        (OffenseClass::Wobbler, Some(Level::Misdemeanor)) => misdemeanor(),
        (OffenseClass::Wobbler, None) => None,
    }
}

/// Whether the conviction was entered at the felony level: `None` when a wobbler's level is
/// not given.
pub fn is_felony(offense: &Offense, conviction: &Conviction) -> Option<bool> {
    match (offense.class, conviction.level) {
        (_, Some(Level::Infraction)) | (OffenseClass::Infraction, _) => Some(false),
        (OffenseClass::Felony, _) => Some(true),
        (OffenseClass::Misdemeanor, _) => Some(false),
        (OffenseClass::Wobbler, Some(level)) => Some(level == Level::Felony),
        (OffenseClass::Wobbler, None) => None,
    }
}

/// The unsuspended custodial term ordered (DACA's more-than-90-days test): `None` when the
/// suspended part is unknown.
pub fn unsuspended_days(conviction: &Conviction) -> Option<u32> {
    match (conviction.sentence_days, conviction.suspended_days) {
        (Some(s), Some(susp)) => Some(s.saturating_sub(susp)),
        (Some(0), None) => Some(0),
        _ => None,
    }
}

/// Whether `days` reaches `threshold`; `None` when the days are unknown.
pub fn at_least(days: Option<u32>, threshold: u64) -> Option<bool> {
    days.map(|d| u64::from(d) >= threshold)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn with(disposition: Disposition, level: Option<Level>) -> Conviction {
        Conviction {
            statute: "PC 273.5".into(),
            variant: None,
            committed_on: None,
            convicted_on: None,
            level,
            sentence_days: None,
            suspended_days: None,
            custody_days: None,
            disposition,
            loss: None,
            facts: vec![],
        }
    }

    fn grade(d: Disposition, level: Option<Level>, p: Perspective) -> Grade {
        is_conviction(&with(d, level), p).grade
    }

    #[test]
    fn a_plea_or_verdict_is_a_conviction() {
        for level in [None, Some(Level::Felony), Some(Level::Misdemeanor)] {
            assert_eq!(grade(Disposition::PleaOrVerdict, level, Perspective::PleaPlanning), Grade::Yes);
        }
    }

    #[test]
    fn an_infraction_is_a_risk_not_a_certainty_either_way() {
        let s = is_conviction(
            &with(Disposition::PleaOrVerdict, Some(Level::Infraction)),
            Perspective::RemovalDefense,
        );
        assert_eq!(s.grade, Grade::Possible);
        assert_eq!(s.reason, ReasonKey::ConvictionInfraction);
    }

    #[test]
    fn diversion_without_plea_and_juvenile_adjudication_are_not_convictions() {
        for p in Perspective::ALL {
            assert_eq!(grade(Disposition::PretrialDiversionNoPlea, None, *p), Grade::No);
            assert_eq!(grade(Disposition::JuvenileAdjudication, None, *p), Grade::No);
        }
    }

    #[test]
    fn deferred_entry_after_a_plea_and_expungement_still_count() {
        for p in Perspective::ALL {
            assert_eq!(grade(Disposition::DeferredEntryWithPlea, None, *p), Grade::Yes);
            assert_eq!(grade(Disposition::ExpungedRehabilitative, None, *p), Grade::Yes);
        }
    }

    #[test]
    fn a_vacatur_is_never_promised_away_when_planning_a_plea() {
        assert_eq!(grade(Disposition::VacatedLegalDefect, None, Perspective::PleaPlanning), Grade::Possible);
        assert_eq!(grade(Disposition::VacatedLegalDefect, None, Perspective::RemovalDefense), Grade::No);
    }

    #[test]
    fn every_disposition_cites_its_authority_and_never_grades_likely() {
        for d in Disposition::ALL {
            for level in [None, Some(Level::Infraction)] {
                for p in Perspective::ALL {
                    let s = is_conviction(&with(*d, level), *p);
                    assert!(!s.citations.is_empty(), "{d:?} {p:?} has no citation");
                    assert_ne!(s.grade, Grade::Likely, "is_conviction is yes, no or possible");
                }
            }
        }
    }
}
