//! # INA 237(a)(2)(B)(i) and 212(a)(2)(A)(i)(II): violations of laws relating to a controlled substance (21 U.S.C. 802)
//!
//! Categorical, with the federal schedule match of Mellouli v. Lynch, 575 U.S. 798 (2015): statutes divisible by substance carry variants in the catalog. The single 30-gram marijuana exception is applied in [`crate::engine::removability`] (deportability only).
//!
//! Leading authority: Mellouli v. Lynch, 575 U.S. 798 (2015).

use super::{categorical, from_catalog, Ctx, GroundResult, Resolved};
use crate::catalog::offense::Offense;
use crate::engine::outcome::Ground;

/// Grades the ground for one conviction.
pub fn grade(ctx: &Ctx<'_>, r: &Resolved<'_>, offense: &Offense) -> GroundResult {
    let (track, analysis, silent) = categorical(ctx, offense, r.variant, Ground::ControlledSubstance);
    from_catalog(r, Ground::ControlledSubstance, track, analysis, silent)
}
