//! # Other criminal grounds a state conviction can trigger (reference §7.4, §10)
//!
//! - INA 212(a)(2)(C): reason to believe the person trafficked in a controlled substance; no
//!   conviction needed (a sale offense, even dismissed or as a juvenile, is evidence).
//! - INA 212(a)(2)(D): prostitution within ten years; conduct-based, a regular pattern.
//! - INA 212(a)(2)(B): two or more convictions with aggregate sentences of five years or
//!   more (1,825 days), any offenses, single trial or not.
//!
//! - INA 212(a)(6)(C)(ii): a false claim to citizenship, flagged for false-document cases.
//!
//! These are inadmissibility grounds only; [`crate::engine::removability`] reports them.

use super::Resolved;
use crate::engine::case::Disposition;
use crate::engine::offense::Trait;
use crate::engine::outcome::Grade;

/// INA 212(a)(2)(C): a sale conviction is strong evidence of trafficking (`likely`); a sale
/// charge that ended without a conviction still gives reason to believe (`possible`).
pub fn trafficking(r: &Resolved<'_>) -> Grade {
    match r.offense {
        Some(o) if o.has(Trait::DrugSale) => match r.status.grade {
            Grade::No => Grade::Possible,
            _ => Grade::Likely,
        },
        _ => Grade::No,
    }
}

/// INA 212(a)(2)(D): one prostitution conviction does not show a regular pattern, but it
/// is evidence of one (`possible`).
pub fn prostitution(r: &Resolved<'_>) -> Grade {
    match (r.offense, r.conviction.disposition) {
        (Some(o), d) if o.has(Trait::Prostitution) && d != Disposition::JuvenileAdjudication => {
            Grade::Possible
        }
        _ => Grade::No,
    }
}

/// INA 212(a)(6)(C)(ii) (and (C)(i)): a case involving false documents or a false claim to
/// citizenship may show a false claim, which needs no conviction and can rarely be waived
/// (reference §10.5): `possible`, for a lawyer to review.
pub fn false_claim(r: &Resolved<'_>) -> Grade {
    match r.offense {
        Some(o) if o.has(Trait::FalseDocument) => Grade::Possible,
        _ => Grade::No,
    }
}

/// INA 212(a)(2)(B): the sum of sentences to confinement over every conviction that counts,
/// and whether any sentence is still unknown.
pub fn aggregate_days(rs: &super::Record<'_, '_>) -> (u64, bool) {
    let counting = || rs.iter().filter(|r| r.counts());
    let total = counting().filter_map(|r| r.conviction.sentence_days).map(u64::from).sum();
    let unknown = counting().any(|r| r.conviction.sentence_days.is_none());
    (total, unknown)
}
