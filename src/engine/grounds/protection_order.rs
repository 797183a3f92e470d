//! # INA 237(a)(2)(E)(ii): violation of a protection order
//!
//! A court's finding that the person violated the portion of a protection order that protects against credible threats of violence, repeated harassment or bodily injury. Not categorical: any reliable evidence shows which portion (Matter of Obshatko, 27 I&N Dec. 173 (BIA 2017)); a stay-away violation counts (Alanis-Alvarado v. Holder, 558 F.3d 833 (9th Cir. 2009)). The catalog grades each offense.
//!
//! Leading authority: Matter of Obshatko, 27 I&N Dec. 173 (BIA 2017).

use super::{categorical, date_limited, from_catalog, Ctx, GroundResult, Resolved};
use crate::engine::offense::Offense;
use crate::engine::outcome::Ground;

/// Grades the ground for one conviction.
pub fn grade(ctx: &Ctx<'_>, r: &Resolved<'_>, offense: &Offense) -> GroundResult {
    let (track, analysis, silent) = categorical(ctx, offense, r.variant, Ground::ProtectionOrderViolation);
    date_limited(
        ctx,
        r,
        Ground::ProtectionOrderViolation,
        from_catalog(r, Ground::ProtectionOrderViolation, track, analysis, silent),
    )
}
