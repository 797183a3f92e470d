//! # INA 240A (8 U.S.C. 1229b): cancellation of removal
//!
//! **For permanent residents, 240A(a):** never convicted of an aggravated felony
//! (240A(a)(3)), and seven years of continuous residence after any admission
//! (240A(a)(2)), which the **stop-time rule** of 240A(d)(1)(B) ends on the date the person
//! *committed* an offense referred to in 212(a)(2) that renders them inadmissible (Barton
//! v. Barr, 590 U.S. 222 (2020)). A lone CIMT within the petty-offense exception does not
//! stop the clock; a second CIMT stops it on its own commission date (Matter of Deanda-Romo,
//! 23 I&N Dec. 597 (BIA 2003); Matter of Garcia, 25 I&N Dec. 332 (BIA 2010)). The contract's
//! `admitted_on` starts the clock: an earlier admission could only lengthen it.
//!
//! **For others, 240A(b)(1):** not convicted of an offense *described in* 212(a)(2),
//! 237(a)(2) or 237(a)(3), admitted or not (Matter of Cortez Canales, 25 I&N Dec. 301 (BIA
//! 2010)): a single CIMT bars if a sentence of one year or more may be imposed, even within
//! the petty-offense exception; below that it does not (Matter of Pedroza, 25 I&N Dec. 312
//! (BIA 2010)). Ten years of good moral character: confinement of 180 days or more
//! (101(f)(7)), and two or more DUIs raise a presumption against it (Matter of
//! Castillo-Perez, 27 I&N Dec. 664 (A.G. 2019)).

use super::Bar;
use crate::engine::citation::Citation;
use crate::engine::grounds::{other, Ctx, OtherCimt, Record, Resolved};
use crate::engine::offense::Trait;
use crate::engine::outcome::{Grade, Ground, ReliefGrade};
use crate::engine::params::Param;
use crate::engine::reason::ReasonKey;
use crate::engine::removability::{cimt_inadmissible_parts, cs_inadmissible, known, two_cimts};

/// Bars to cancellation for permanent residents.
pub fn lpr(ctx: &Ctx<'_>, rs: &Record<'_, '_>) -> Vec<Bar> {
    let mut bars = Vec::new();
    for r in rs {
        bars.extend(Bar::aggravated_felony(
            r,
            Citation::Ina("240A(a)(3)"),
            ReasonKey::ReliefAggravatedFelony,
        ));
    }
    let years = ctx.params.num(Param::LprCancelResidenceYears) as i32;
    for (r, g, committed) in stop_time_offenses(ctx, rs) {
        let bar = match (ctx.case.person.admitted_on, committed) {
            (Some(adm), Some(date)) => match adm.add_years(years) {
                Some(end) if date < end => Some(g),
                _ => None,
            },
            _ => Some(g.min(Grade::Possible)),
        };
        if let Some(g) = bar {
            bars.push(
                Bar::graded(g, Citation::Ina("240A(d)(1)(B)"), ReasonKey::ReliefStopTime, Some(r))
                    .cite("Barton v. Barr, 590 U.S. 222 (2020)"),
            );
        }
    }
    bars
}

/// Offenses that render the person inadmissible under 212(a)(2), with the date that stops
/// the clock (`None` when not given).
fn stop_time_offenses<'a, 'r>(
    ctx: &Ctx<'_>,
    rs: &Record<'r, 'a>,
) -> Vec<(&'r Resolved<'a>, Grade, Option<crate::engine::date::Date>)> {
    let mut out = Vec::new();
    for r in rs {
        let (cimt, own, _) = cimt_inadmissible_parts(ctx, rs, r);
        let own_date = r.conviction.committed_on;
        if own > Grade::No {
            out.push((r, own, own_date));
        }
        if cimt > own {
            // The exception ends when another CIMT is committed: the later of the two dates.
            // The other CIMT may be admitted conduct without a conviction (a diversion), so
            // its conduct counts here, as it did in losing the exception. Never earlier than
            // this offense itself; no date when either is not given.
            let date = match rs.other_cimt_conduct(r) {
                OtherCimt::None => own_date,
                OtherCimt::Undated => None,
                OtherCimt::Earliest(other) => own_date.map(|own| own.max(other)),
            };
            out.push((r, cimt, date));
        }
        let cs = cs_inadmissible(r).max(other::trafficking(r));
        if cs > Grade::No {
            out.push((r, cs, r.conviction.committed_on));
        }
    }
    out
}

/// Bars to cancellation for people who are not permanent residents.
pub fn non_lpr(ctx: &Ctx<'_>, rs: &Record<'_, '_>) -> Vec<Bar> {
    let mut bars = Vec::new();
    let potential = ctx.params.num(Param::CimtPotentialDays);
    for r in rs {
        let described_237 = [
            Ground::AggravatedFelony,
            Ground::ControlledSubstance,
            Ground::Firearm,
            Ground::DomesticViolence,
            Ground::Stalking,
            Ground::ChildAbuse,
            Ground::ProtectionOrderViolation,
        ]
        .iter()
        .map(|g| r.ground(*g).track.applicant)
        .max()
        .unwrap_or(Grade::No);
        if described_237 > Grade::No {
            bars.push(
                Bar::graded(
                    described_237,
                    Citation::Ina("240A(b)(1)(C)"),
                    ReasonKey::ReliefOffenseDescribed,
                    Some(r),
                )
                .cite("Matter of Cortez Canales, 25 I&N Dec. 301 (BIA 2010)"),
            );
        }
        let cimt = r.ground(Ground::Cimt).track.applicant;
        let one_year = r.max_days.map(|d| u64::from(d) >= potential);
        let cimt_237 = cimt.min(known(one_year));
        let (cimt_212, _, _) = cimt_inadmissible_parts(ctx, rs, r);
        let cimt_bar = cimt_237.max(cimt_212.min(cimt));
        if cimt_bar > Grade::No {
            bars.push(
                Bar::graded(
                    cimt_bar,
                    Citation::Ina("240A(b)(1)(C)"),
                    ReasonKey::ReliefCimtDescribed,
                    Some(r),
                )
                .cite("Matter of Pedroza, 25 I&N Dec. 312 (BIA 2010)"),
            );
        }
        let trafficking = other::trafficking(r).min(r.status.grade);
        if trafficking > Grade::No {
            bars.push(Bar::graded(
                trafficking,
                Citation::Ina("240A(b)(1)(C)"),
                ReasonKey::ReliefOffenseDescribed,
                Some(r),
            ));
        }
    }
    let (two, _) = two_cimts(ctx, rs);
    if two > Grade::No {
        bars.push(Bar::graded(two, Citation::Ina("240A(b)(1)(C)"), ReasonKey::ReliefTwoCimts, None));
    }
    bars.extend(confinement_bar(ctx, rs, ctx.params.num(Param::NonLprCancelYears) as i32));
    bars.extend(dui_presumption(rs));
    bars
}

/// INA 101(f)(7): confinement of 180 days or more, as a result of conviction, during the
/// last `years` years (time served counts, not the term ordered).
pub fn confinement_bar(ctx: &Ctx<'_>, rs: &Record<'_, '_>, years: i32) -> Option<Bar> {
    let start = ctx.case.as_of.add_years(-years)?;
    let in_period: Vec<&Resolved<'_>> =
        rs.iter().filter(|r| r.counts() && r.conviction.convicted_on.is_none_or(|d| d >= start)).collect();
    let days: u64 = in_period.iter().filter_map(|r| r.conviction.custody_days).map(u64::from).sum();
    // Time not reported is at most the term ordered; with no term known, it is open.
    let bound: Option<u64> = in_period
        .iter()
        .map(|r| r.conviction.custody_days.or(r.conviction.sentence_days).map(u64::from))
        .sum();
    let unknown = in_period.iter().any(|r| r.conviction.custody_days.is_none());
    let threshold = ctx.params.num(Param::GmcConfinementDays);
    let (g, key) = match (days >= threshold, unknown, bound) {
        (true, _, _) => (Grade::Yes, ReasonKey::ReliefConfinement),
        (false, true, Some(most)) if most < threshold => return None,
        // The risk rests on days not entered: say which fact would settle it.
        (false, true, _) => (Grade::Possible, ReasonKey::ReliefConfinementUnknown),
        (false, false, _) => return None,
    };
    Some(
        Bar::graded(g, Citation::Ina("101(f)(7)"), key, None).with("days", days).with("threshold", threshold),
    )
}

/// Matter of Castillo-Perez: two or more DUI convictions presume a lack of good moral
/// character (at risk, not a statutory bar).
pub fn dui_presumption(rs: &Record<'_, '_>) -> Option<Bar> {
    let duis = rs.iter().filter(|r| r.counts() && r.offense.is_some_and(|o| o.has(Trait::Dui))).count();
    (duis >= 2).then(|| {
        Bar::new(ReliefGrade::AtRisk, Citation::Ina("101(f)"), ReasonKey::ReliefTwoDuis, None)
            .cite("Matter of Castillo-Perez, 27 I&N Dec. 664 (A.G. 2019)")
    })
}
