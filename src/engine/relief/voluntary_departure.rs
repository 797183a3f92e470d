//! # INA 240B (8 U.S.C. 1229c): voluntary departure
//!
//! Not available to a person convicted of an aggravated felony, at either stage, admitted or
//! not (8 C.F.R. 1240.26(b)(1)(i)(E), (c)(1)(iii)). At the conclusion of proceedings it also
//! needs five years of good moral character; before the conclusion a non-AF conviction does
//! not bar it, so those convictions are reported as a warning, not a bar (reference §12.8).

use super::Bar;
use crate::engine::citation::Citation;
use crate::engine::grounds::{Ctx, Record};
use crate::engine::reason::ReasonKey;

/// Bars to voluntary departure.
pub fn assess(_ctx: &Ctx<'_>, rs: &Record<'_, '_>) -> Vec<Bar> {
    let basis = Citation::Other("8 C.F.R. 1240.26(b)(1)(i)(E)");
    rs.iter().filter_map(|r| Bar::aggravated_felony(r, basis, ReasonKey::ReliefAggravatedFelony)).collect()
}
