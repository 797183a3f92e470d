//! # INA 237(a)(2)(E)(i) (8 U.S.C. 1227(a)(2)(E)(i)): a crime of domestic violence
//!
//! > "Any alien who at any time after admission is convicted of a crime of domestic
//! > violence ... is deportable." A crime of domestic violence is a crime of violence
//! > (18 U.S.C. 16) against a person protected from the defendant by domestic-violence law.
//!
//! Two elements (reference §9.1): a crime of violence under 18 U.S.C. 16(a), categorical
//! (the catalog grades it), and a protected relationship, circumstance-specific: any
//! reliable evidence may prove it (Matter of H. Estrada, 26 I&N Dec. 749 (BIA 2016)),
//! except in the Ninth Circuit, where it must appear in the record of conviction (Tokatly v.
//! Ashcroft, 371 F.3d 613 (9th Cir. 2004)). Only convictions after September 30, 1996
//! (IIRIRA § 350(b)). No sentence threshold.

use super::{before_iirira, categorical, date_limited, from_catalog, Ctx, GroundResult, Resolved};
use crate::engine::case::{Circuit, Fact, Perspective};
use crate::engine::offense::Offense;
use crate::engine::outcome::{Explanation, Grade, Ground, Track};
use crate::engine::reason::ReasonKey;

/// Grades the domestic-violence ground for one conviction.
pub fn grade(ctx: &Ctx<'_>, r: &Resolved<'_>, offense: &Offense) -> GroundResult {
    let (track, analysis, silent) = categorical(ctx, offense, r.variant, Ground::DomesticViolence);
    let mut result = from_catalog(r, Ground::DomesticViolence, track, analysis, silent);
    if track.worst() == Grade::No {
        return result;
    }
    let name = r.name();
    if before_iirira(ctx, r, Ground::DomesticViolence) {
        return date_limited(ctx, r, Ground::DomesticViolence, result);
    }
    if analysis.relationship_element {
        result.explanation = Explanation::new(ReasonKey::DvRelationshipElement)
            .with("offense", name)
            .with("note", &analysis.note);
        return result;
    }
    if r.conviction.has_fact(Fact::ProtectedRelationship) {
        result.explanation = Explanation::new(ReasonKey::DvRelationshipInRecord).with("offense", name);
        return result;
    }
    let home_is_ninth = ctx.case.jurisdiction.home_circuit() == Circuit::Ninth;
    match (ctx.perspective(), home_is_ninth) {
        (Perspective::RemovalDefense, true) => {
            result.track = Track::both(Grade::No);
            result.explanation = Explanation::new(ReasonKey::DvRecordOnlyNinth).with("offense", name);
            result.citations.push("Tokatly v. Ashcroft, 371 F.3d 613 (9th Cir. 2004)".into());
        }
        _ => {
            result.track = track.at_most(Grade::Possible);
            result.explanation = Explanation::new(ReasonKey::DvRelationshipAnyEvidence).with("offense", name);
            result.citations.push("Matter of H. Estrada, 26 I&N Dec. 749 (BIA 2016)".into());
        }
    }
    result
}
