//! # INA 237(a)(2)(E)(i) (8 U.S.C. 1227(a)(2)(E)(i)): a crime of child abuse, child neglect or child abandonment
//!
//! One unitary category (Matter of Velazquez-Herrera, 24 I&N Dec. 503 (BIA 2008)): an
//! intentional, knowing, reckless or criminally negligent act or omission that maltreats a
//! person under 18 or impairs the child's well-being, endangerment with a reasonable
//! probability of harm included (Matter of Soram, 25 I&N Dec. 378 (BIA 2010); the Ninth
//! Circuit en banc deferred: Diaz-Rodriguez v. Garland, 55 F.4th 697 (9th Cir. 2022)).
//! Age-neutral offenses are not categorically child abuse, but DHS sometimes charges them
//! when the record shows a minor victim: then `possible` (reference §9.3); the catalog
//! states, per offense, the grade a `minor_victim` record gives.

use super::{categorical, date_limited, from_catalog, Ctx, GroundResult, Resolved};
use crate::engine::case::Fact;
use crate::engine::offense::Offense;
use crate::engine::outcome::{Explanation, Ground, Track};
use crate::engine::reason::ReasonKey;

/// Grades the child-abuse ground for one conviction.
pub fn grade(ctx: &Ctx<'_>, r: &Resolved<'_>, offense: &Offense) -> GroundResult {
    let (track, analysis, silent) = categorical(ctx, offense, r.variant, Ground::ChildAbuse);
    let mut result = from_catalog(r, Ground::ChildAbuse, track, analysis, silent);
    if let (Some(minor), true) = (analysis.minor_victim, r.conviction.has_fact(Fact::MinorVictim)) {
        if minor > track.worst() {
            result.track = Track { dhs: track.dhs.max(minor), applicant: track.applicant.max(minor) };
            result.explanation =
                Explanation::new(ReasonKey::ChildAbuseMinorInRecord).with("offense", r.name());
            result.citations.push("Matter of Velazquez-Herrera, 24 I&N Dec. 503 (BIA 2008)".into());
        }
    }
    date_limited(ctx, r, Ground::ChildAbuse, result)
}
