//! # INA 101(a)(43) (8 U.S.C. 1101(a)(43)): aggravated felonies; deportable under INA 237(a)(2)(A)(iii)
//!
//! > "Any alien who is convicted of an aggravated felony at any time after admission is
//! > deportable." — INA 237(a)(2)(A)(iii)
//!
//! The catalog names the subparagraph each offense matches and its trigger: none for (A)
//! murder, rape, sexual abuse of a minor, (B) illicit trafficking (Lopez v. Gonzales;
//! Moncrieffe; Carachuri-Rosendo), (C), (E), (I), (K), (N), (T) and the rest; a **term of
//! imprisonment of at least one year** (101(a)(48)(B): the term ordered, suspended time
//! included; 365 days is a year, 364 is not) for (F) crime of violence, (G) theft and
//! burglary, (P), (R) forgery, (S) obstruction and perjury; **loss over $10,000** for (M)(i)
//! fraud and (D) laundering (circumstance-specific: Nijhawan v. Holder, 557 U.S. 29 (2009)).
//! Thresholds come from `data/federal.toml`. An unknown sentence or loss leaves the ground
//! `possible`, with the value that flips it (reference §5.3, §14.2 rule 1).

use super::{categorical, from_catalog, pick, Ctx, GroundResult, Resolved};
use crate::engine::offense::{Analysis, Offense, Trigger};
use crate::engine::outcome::{Explanation, Grade, Ground, Track};
use crate::engine::params::Param;
use crate::engine::reason::ReasonKey;

/// Grades the aggravated-felony ground for one conviction: the main route of the catalog
/// (with the record's variant), then any further routes; the worst wins.
pub fn grade(ctx: &Ctx<'_>, r: &Resolved<'_>, offense: &Offense) -> GroundResult {
    let (track, analysis, silent) = categorical(ctx, offense, r.variant, Ground::AggravatedFelony);
    let mut best = route(ctx, r, track, analysis, silent);
    // Each route is its own way to an aggravated felony: on each track the worst route
    // counts, even when the route worst overall is another (a sentence-triggered route the
    // record cannot prove for DHS must not hide a route it may).
    let mut tracks = best.track;
    for extra in offense.more_af(r.variant) {
        let other = route(ctx, r, Track::both(pick(extra, ctx.perspective())), extra, false);
        tracks = Track { dhs: tracks.dhs.max(other.track.dhs), applicant: tracks.applicant.max(other.track.applicant) };
        let rank = |g: &GroundResult| (g.track.worst(), g.track.dhs);
        if rank(&other) > rank(&best) {
            best = other;
        }
    }
    best.track = tracks;
    best
}

/// One subparagraph route: the categorical match, then its sentence or loss trigger.
fn route(ctx: &Ctx<'_>, r: &Resolved<'_>, track: Track, analysis: &Analysis, silent: bool) -> GroundResult {
    let mut result = from_catalog(r, Ground::AggravatedFelony, track, analysis, silent);
    let track = result.track;
    if track.worst() == Grade::No {
        return result;
    }
    let sub = analysis.subparagraph.clone().unwrap_or_default();
    // After the basis; a hypothetical's grounds carry no citations (Resolved::reasons).
    if r.reasons {
        result.citations.insert(1, format!("INA 101(a)(43)({sub})").into());
    }
    let offense_name = r.name();
    let explain = |key: ReasonKey| {
        Explanation::new(key)
            .with("offense", offense_name.clone())
            .with("sub", sub.clone())
            .with("note", &analysis.note)
    };
    match analysis.trigger {
        Trigger::None => {}
        Trigger::Sentence => {
            let threshold = ctx.params.num(Param::AfTermDays);
            match r.conviction.sentence_days {
                Some(days) if u64::from(days) >= threshold => {
                    result.explanation = explain(ReasonKey::AfTermMet).with("days", days.to_string());
                }
                Some(days) => {
                    result.track = Track::both(Grade::No);
                    result.explanation = explain(ReasonKey::AfTermBelow).with("days", days.to_string());
                }
                None => {
                    result.track = track.at_most(Grade::Possible);
                    result.explanation = explain(ReasonKey::AfTermUnknown)
                        .with("threshold", threshold.to_string())
                        .with("below", threshold.saturating_sub(1).to_string());
                }
            }
            result.citations.push("INA 101(a)(48)(B)".into());
        }
        Trigger::Loss => {
            let threshold = ctx.params.num(Param::AfLossUsd);
            match r.conviction.loss {
                Some(loss) if loss.0 > threshold * 100 => {
                    result.explanation = explain(ReasonKey::AfLossMet).with("loss", dollars(loss.0));
                }
                Some(loss) => {
                    result.track = Track::both(Grade::No);
                    result.explanation = explain(ReasonKey::AfLossBelow).with("loss", dollars(loss.0));
                }
                None => {
                    result.track = track.at_most(Grade::Possible);
                    result.explanation =
                        explain(ReasonKey::AfLossUnknown).with("threshold", dollars(threshold * 100));
                }
            }
            result.citations.push("Nijhawan v. Holder, 557 U.S. 29 (2009)".into());
        }
    }
    result
}

/// "$10,000.01" from cents.
pub fn dollars(cents: u64) -> String {
    let whole = cents / 100;
    let mut digits = whole.to_string();
    let mut grouped = String::new();
    while digits.len() > 3 {
        let tail = digits.split_off(digits.len() - 3);
        grouped = format!(",{tail}{grouped}");
    }
    match cents % 100 {
        0 => format!("${digits}{grouped}"),
        c => format!("${digits}{grouped}.{c:02}"),
    }
}

#[cfg(test)]
mod tests {
    use super::dollars;

    #[test]
    fn dollars_are_written_as_people_write_them() {
        assert_eq!(dollars(1_000_000), "$10,000");
        assert_eq!(dollars(1_000_001), "$10,000.01");
        assert_eq!(dollars(5), "$0.05");
        assert_eq!(dollars(12_345_678_900), "$123,456,789");
    }
}
