//! # INA 237(a)(2)(C): purchasing, selling, using, owning, possessing or carrying a firearm or destructive device (18 U.S.C. 921(a))
//!
//! Categorical. California's firearm definition (PC 16520) reaches antique firearms, which the federal one excludes: not a firearm offense in the Ninth Circuit (United States v. Aguilera-Rios, 769 F.3d 626 (9th Cir. 2014)), likely one where the Fifth Circuit's realistic-probability rule governs. The catalog carries both answers.
//!
//! Leading authority: United States v. Aguilera-Rios, 769 F.3d 626 (9th Cir. 2014).

use super::{categorical, from_catalog, Ctx, GroundResult, Resolved};
use crate::engine::offense::Offense;
use crate::engine::outcome::Ground;

/// Grades the ground for one conviction.
pub fn grade(ctx: &Ctx<'_>, r: &Resolved<'_>, offense: &Offense) -> GroundResult {
    let (track, analysis, silent) = categorical(ctx, offense, r.variant, Ground::Firearm);
    from_catalog(r, Ground::Firearm, track, analysis, silent)
}
