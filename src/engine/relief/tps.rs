//! # INA 244(c)(2) (8 U.S.C. 1254a(c)(2)); 8 C.F.R. 244.1, 244.4: Temporary Protected Status
//!
//! Ineligible after a conviction of **any felony or two or more misdemeanors** committed in
//! the United States (a crime punishable by five days or less is neither); when described in
//! 208(b)(2)(A) (an aggravated felony is a particularly serious crime); or when inadmissible
//! on a ground TPS cannot waive: 212(a)(2)(A) (CIMT beyond the petty-offense exception, drugs
//! other than a single 30-gram marijuana possession), (B) and (C) (reference §12.12). Two
//! misdemeanors on the same day count as two. Expungement does not help.

use super::Bar;
use crate::engine::citation::Citation;
use crate::engine::conviction::is_felony;
use crate::engine::grounds::{other, Ctx, Record};
use crate::engine::outcome::{Grade, ReliefGrade};
use crate::engine::params::Param;
use crate::engine::reason::ReasonKey;
use crate::engine::removability::{aggregate, cimt_inadmissible, drugs_beyond_small_marijuana};

/// Bars to TPS.
pub fn assess(ctx: &Ctx<'_>, rs: &Record<'_, '_>) -> Vec<Bar> {
    let mut bars = Vec::new();
    let mut misdemeanors = Vec::new();
    for r in rs {
        if !r.counts() {
            continue;
        }
        match r.offense.map(|o| is_felony(o, r.conviction)) {
            Some(Some(true)) => bars.push(Bar::graded(
                r.status.grade,
                Citation::Other("8 C.F.R. 244.4(a)"),
                ReasonKey::ReliefTpsFelony,
                Some(r),
            )),
            Some(None) | None => {
                bars.push(Bar::new(
                    ReliefGrade::AtRisk,
                    Citation::Other("8 C.F.R. 244.4(a)"),
                    ReasonKey::ReliefTpsLevelUnknown,
                    Some(r),
                ));
                misdemeanors.push(r);
            }
            Some(Some(false)) => {
                if r.max_days.is_none_or(|d| u64::from(d) > ctx.params.num(Param::MinorOffenseMaxDays)) {
                    misdemeanors.push(r);
                }
            }
        }
        match Bar::aggravated_felony(
            r,
            Citation::Ina("244(c)(2)(B)(ii)"),
            ReasonKey::ReliefAggravatedFelonyPsc,
        ) {
            Some(bar) => bars.push(bar),
            // Addendum 2026-12 §D.2 item 4: a violent, sex or drug-sale conviction, or a year
            // or more, may be a particularly serious crime case by case (N-A-M-).
            None if super::asylum::psc_risk(ctx, r) => bars.push(
                Bar::new(
                    ReliefGrade::AtRisk,
                    Citation::Ina("244(c)(2)(B)(ii)"),
                    ReasonKey::ReliefPscRisk,
                    Some(r),
                )
                .cite("Matter of N-A-M-, 24 I&N Dec. 336 (BIA 2007)"),
            ),
            None => {}
        }
        let cs = drugs_beyond_small_marijuana(rs, r);
        let unwaivable = cimt_inadmissible(ctx, rs, r).0.max(cs).max(other::trafficking(r));
        if unwaivable > Grade::No {
            bars.push(Bar::graded(
                unwaivable,
                Citation::Ina("244(c)(2)(A)(iii)"),
                ReasonKey::ReliefTpsUnwaivable,
                Some(r),
            ));
        }
    }
    if misdemeanors.len() >= 2 {
        let g = misdemeanors.iter().map(|r| r.status.grade).min().unwrap_or(Grade::Possible);
        let sure = misdemeanors
            .iter()
            .filter(|r| r.offense.is_some_and(|o| is_felony(o, r.conviction) == Some(false)))
            .count();
        let g = if sure >= 2 { g } else { g.min(Grade::Possible) };
        bars.push(
            Bar::graded(g, Citation::Other("8 C.F.R. 244.4(a)"), ReasonKey::ReliefTpsTwoMisdemeanors, None)
                .with("count", misdemeanors.len()),
        );
    }
    let agg = aggregate(ctx, rs);
    if agg > Grade::No {
        bars.push(Bar::graded(agg, Citation::Ina("244(c)(2)(A)(iii)"), ReasonKey::ReliefAggregate, None));
    }
    bars
}
