//! # INA 237(a)(2)(B)(i) and 212(a)(2)(A)(i)(II): violations of laws relating to a controlled substance (21 U.S.C. 802)
//!
//! Categorical, with the federal schedule match of Mellouli v. Lynch, 575 U.S. 798 (2015): statutes divisible by substance carry variants in the catalog. The single 30-gram marijuana exception is applied in [`crate::engine::removability`] (deportability only).
//!
//! Leading authority: Mellouli v. Lynch, 575 U.S. 798 (2015).

use super::{categorical, from_catalog, Ctx, GroundResult, Resolved};
use crate::engine::case::{Circuit, Disposition, Perspective};
use crate::engine::offense::{Offense, Trait};
use crate::engine::outcome::{Explanation, Grade, Ground};
use crate::engine::params::Param;
use crate::engine::reason::ReasonKey;

/// Grades the ground for one conviction.
pub fn grade(ctx: &Ctx<'_>, r: &Resolved<'_>, offense: &Offense) -> GroundResult {
    let (track, analysis, silent) = categorical(ctx, offense, r.variant, Ground::ControlledSubstance);
    let mut result = from_catalog(r, Ground::ControlledSubstance, track, analysis, silent);
    if lujan_armendariz(ctx, r, offense) && track.worst() > Grade::Possible {
        result.track = track.at_most(Grade::Possible);
        result.explanation = Explanation::new(ReasonKey::LujanProtection).with("offense", r.name());
        result.citations.push("Lujan-Armendariz v. INS, 222 F.3d 728 (9th Cir. 2000)".into());
        result.citations.push("Nunez-Reyes v. Holder, 646 F.3d 684 (9th Cir. 2011) (en banc)".into());
    }
    result
}

/// The Ninth Circuit's legacy rule (reference §2.3): a first simple possession, expunged
/// under a rehabilitative statute and entered on or before July 14, 2011, may still be
/// disregarded there; never certain (⚠), and not outside the Ninth Circuit, so only removal
/// defense in California gains from it, and only down to `possible`.
fn lujan_armendariz(ctx: &Ctx<'_>, r: &Resolved<'_>, offense: &Offense) -> bool {
    ctx.perspective() == Perspective::RemovalDefense
        && ctx.case.jurisdiction.home_circuit() == Circuit::Ninth
        && r.conviction.disposition == Disposition::ExpungedRehabilitative
        && offense.has(Trait::DrugPossession)
        && r.conviction.convicted_on.is_some_and(|d| d <= ctx.params.date(Param::LujanLastDate))
        && ctx.case.convictions.iter().filter(|c| c.convicted_on < r.conviction.convicted_on).count() == 0
}
