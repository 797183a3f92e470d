//! # INA 237(a)(2)(A)(i) and 212(a)(2)(A)(i)(I) (8 U.S.C. 1227(a)(2)(A)(i), 1182(a)(2)(A)(i)(I)): crimes involving moral turpitude
//!
//! Whether the offense is a CIMT (reference §6.1) is categorical: the catalog grades it; whether a CIMT makes the person deportable or inadmissible (the five-year clock, two CIMTs, the petty-offense exception) is decided in [`crate::engine::removability`].
//!
//! Leading authority: Matter of Silva-Trevino, 26 I&N Dec. 826 (BIA 2016).

use super::{categorical, from_catalog, Ctx, GroundResult, Resolved};
use crate::engine::offense::Offense;
use crate::engine::outcome::Ground;

/// Grades the ground for one conviction.
pub fn grade(ctx: &Ctx<'_>, r: &Resolved<'_>, offense: &Offense) -> GroundResult {
    let (track, analysis, silent) = categorical(ctx, offense, r.variant, Ground::Cimt);
    from_catalog(r, Ground::Cimt, track, analysis, silent)
}
