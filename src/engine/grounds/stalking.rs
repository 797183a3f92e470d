//! # INA 237(a)(2)(E)(i): a crime of stalking
//!
//! Generic definition: conduct on more than one occasion, directed at a person, intended to cause fear of bodily injury or death (Matter of Sarmiento Cisneros, 26 I&N Dec. 668 (BIA 2015)). California PC 646.9 is not one (Matter of Sanchez-Lopez, 27 I&N Dec. 256 (BIA 2018)). No relationship needed.
//!
//! Leading authority: Matter of Sanchez-Lopez, 27 I&N Dec. 256 (BIA 2018).

use super::{categorical, date_limited, from_catalog, Ctx, GroundResult, Resolved};
use crate::engine::offense::Offense;
use crate::engine::outcome::Ground;

/// Grades the ground for one conviction.
pub fn grade(ctx: &Ctx<'_>, r: &Resolved<'_>, offense: &Offense) -> GroundResult {
    let (track, analysis, silent) = categorical(ctx, offense, r.variant, Ground::Stalking);
    date_limited(ctx, r, Ground::Stalking, from_catalog(r, Ground::Stalking, track, analysis, silent))
}
