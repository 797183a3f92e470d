//! # INA 212(h) (8 U.S.C. 1182(h)): waiver of criminal inadmissibility
//!
//! Waives a CIMT, multiple convictions (212(a)(2)(B)), prostitution, and a drug offense only
//! insofar as it is a single simple possession of 30 grams or less of marijuana. It cannot
//! waive other drug offenses or reason to believe trafficking, and never murder or torture.
//! For a person admitted as a permanent resident at a port of entry (not one who adjusted:
//! Matter of J-H-J-, 26 I&N Dec. 563 (BIA 2015)), an aggravated felony since that admission or
//! fewer than seven years of lawful continuous residence bars it; where `admitted_on` equals
//! `lpr_since` the manner is unknown, so those bars are a risk. Violent or dangerous crimes
//! need extraordinary circumstances (8 C.F.R. 212.7(d)).

use super::Bar;
use crate::engine::case::Status;
use crate::engine::citation::Citation;
use crate::engine::conviction::is_felony;
use crate::engine::grounds::{other, Ctx, Record};
use crate::engine::offense::Trait;
use crate::engine::outcome::{Grade, Ground, ReliefGrade};
use crate::engine::params::Param;
use crate::engine::reason::ReasonKey;
use crate::engine::removability::drugs_beyond_small_marijuana;

/// Bars to a 212(h) waiver.
pub fn assess(ctx: &Ctx<'_>, rs: &Record<'_, '_>) -> Vec<Bar> {
    let mut bars = Vec::new();
    let person = &ctx.case.person;
    // J-H-J-: the LPR bars reach only those admitted as residents at a port of entry.
    let lpr_bars = match (person.status, person.admitted_on, person.lpr_since) {
        (Status::Lpr | Status::ConditionalLpr, Some(adm), Some(lpr)) if adm < lpr => Grade::No,
        (Status::Lpr | Status::ConditionalLpr | Status::Unknown, _, _) => Grade::Possible,
        _ => Grade::No,
    };
    for r in rs {
        if r.offense.is_some_and(|o| o.has(Trait::Murder)) && r.counts() {
            bars.push(Bar::graded(r.status.grade, Citation::Ina("212(h)"), ReasonKey::ReliefMurder, Some(r)));
        }
        let drugs = drugs_beyond_small_marijuana(rs, r).max(other::trafficking(r));
        if drugs > Grade::No {
            bars.push(Bar::graded(drugs, Citation::Ina("212(h)"), ReasonKey::ReliefWaiverDrugs, Some(r)));
        }
        let af = r.ground(Ground::AggravatedFelony).track.applicant;
        let after_lpr = match (person.lpr_since, r.conviction.convicted_on) {
            (Some(lpr), Some(conv)) => conv >= lpr,
            _ => true,
        };
        if af > Grade::No && after_lpr && lpr_bars > Grade::No {
            bars.push(
                Bar::graded(
                    af.min(lpr_bars),
                    Citation::Ina("212(h)"),
                    ReasonKey::ReliefWaiverLprAggravatedFelony,
                    Some(r),
                )
                .cite("Matter of J-H-J-, 26 I&N Dec. 563 (BIA 2015)"),
            );
        }
        let violent_felony =
            r.offense.is_some_and(|o| o.has(Trait::Violent) && is_felony(o, r.conviction) != Some(false));
        if violent_felony && r.counts() {
            bars.push(Bar::new(
                ReliefGrade::AtRisk,
                Citation::Other("8 C.F.R. 212.7(d)"),
                ReasonKey::ReliefViolentDiscretion,
                Some(r),
            ));
        }
    }
    if lpr_bars > Grade::No && !rs.is_empty() {
        let years = ctx.params.num(Param::Waiver212hResidenceYears) as i32;
        let short = person.lpr_since.and_then(|d| d.add_years(years)).map(|end| end > ctx.case.as_of);
        if short != Some(false) {
            bars.push(
                Bar::graded(lpr_bars, Citation::Ina("212(h)"), ReasonKey::ReliefWaiverSevenYears, None)
                    .cite("Matter of J-H-J-, 26 I&N Dec. 563 (BIA 2015)"),
            );
        }
    }
    bars
}
