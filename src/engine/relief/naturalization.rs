//! # INA 316(a) and 101(f) (8 U.S.C. 1427(a), 1101(f)); 8 C.F.R. 316.10: good moral
//! character for naturalization
//!
//! **Permanent bars:** murder; an aggravated felony conviction on or after November 29, 1990
//! (101(f)(8)). **Conditional bars**, for conduct in the statutory period (five years back
//! from `as_of`, the planned filing date): an offense described in 212(a)(2)(A) committed in
//! the period (a CIMT outside the petty-offense exception; a drug offense other than a single
//! possession of 30 grams or less of marijuana), 212(a)(2)(B), (C) or (D) (101(f)(3)), and
//! confinement of 180 days or more (101(f)(7)). Any other conviction in the period, a
//! sentence still running, or two DUIs (Matter of Castillo-Perez) leave the application at
//! risk (8 C.F.R. 316.10(b)(3), (c)(1); USCIS PM-602-0188 (2025)).

use super::cancellation::{confinement_bar, dui_presumption};
use super::Bar;
use crate::engine::citation::Citation;
use crate::engine::grounds::{other, Ctx, Record};
use crate::engine::offense::Trait;
use crate::engine::outcome::{Grade, ReliefGrade};
use crate::engine::params::Param;
use crate::engine::reason::ReasonKey;
use crate::engine::removability::{aggregate, cimt_inadmissible, drugs_beyond_small_marijuana, known};

/// Bars to naturalization.
pub fn assess(ctx: &Ctx<'_>, rs: &Record<'_, '_>) -> Vec<Bar> {
    let mut bars = Vec::new();
    let years = ctx.params.num(Param::GmcPeriodYears) as i32;
    let start = ctx.case.as_of.add_years(-years).unwrap_or(ctx.case.as_of);
    let af_from = ctx.params.date(Param::GmcAfPermanentFrom);
    for r in rs {
        if r.conviction.convicted_on.is_none_or(|d| d >= af_from) {
            bars.extend(Bar::aggravated_felony(
                r,
                Citation::Ina("101(f)(8)"),
                ReasonKey::ReliefAggravatedFelony,
            ));
        }
        if r.offense.is_some_and(|o| o.has(Trait::Murder)) && r.counts() {
            bars.push(Bar::graded(
                r.status.grade,
                Citation::Other("8 C.F.R. 316.10(b)(1)(i)"),
                ReasonKey::ReliefMurder,
                Some(r),
            ));
        }
        let in_period = known(r.conviction.committed_on.map(|d| d >= start));
        let cs = drugs_beyond_small_marijuana(rs, r);
        let described =
            cimt_inadmissible(ctx, rs, r).0.max(cs).max(other::trafficking(r)).max(other::prostitution(r));
        let g = described.min(in_period);
        if g > Grade::No {
            bars.push(
                Bar::graded(g, Citation::Ina("101(f)(3)"), ReasonKey::ReliefGmcPeriodOffense, Some(r))
                    .cite("8 C.F.R. 316.10(b)(2)"),
            );
        } else if r.counts() && r.conviction.convicted_on.is_none_or(|d| d >= start) {
            bars.push(Bar::new(
                ReliefGrade::AtRisk,
                Citation::Other("8 C.F.R. 316.10(b)(3)(iii)"),
                ReasonKey::ReliefConvictionInPeriod,
                Some(r),
            ));
        }
        let running = match (r.conviction.convicted_on, r.conviction.sentence_days) {
            // The term ordered (suspended time included) has not run out by the filing date.
            (Some(on), Some(days)) => i64::from(on.days_until(ctx.case.as_of)) < i64::from(days),
            _ => false,
        };
        if running && r.counts() {
            bars.push(Bar::new(
                ReliefGrade::AtRisk,
                Citation::Other("8 C.F.R. 316.10(c)(1)"),
                ReasonKey::ReliefSentenceRunning,
                Some(r),
            ));
        }
    }
    let agg = aggregate(ctx, rs);
    if agg > Grade::No {
        bars.push(Bar::graded(agg, Citation::Ina("101(f)(3)"), ReasonKey::ReliefAggregate, None));
    }
    bars.extend(confinement_bar(ctx, rs, years));
    bars.extend(dui_presumption(rs));
    bars
}
