//! The exchange format of `assessment-v1` (`shared/contract/assessment-v1.md`): JSON
//! parsed at the edge into the engine's types, and the engine's results written back.
//!
//! Every input error names the field and what was wrong
//! (`convictions[0].sentence_days: must be a whole number of days, 0 or more`); nothing
//! here panics, and a bad field never yields a partial Case.

mod assessment_out;
mod case_in;

pub use crate::read::InputError;
pub use assessment_out::{to_json, to_text};
pub use case_in::{case_from_json, case_from_value, parse_case, too_large};
pub use crate::read::json::Json;

use crate::catalog::Catalog;
use crate::engine::date::Date;

/// The whole door: a Case as JSON in, the Assessment as JSON out, or one error naming the
/// field. `today` stands in for an absent `as_of`. Every state compiled in (native tools).
pub fn assess_value(case: &serde_json::Value, today: Date) -> Result<serde_json::Value, InputError> {
    assess_json_in(&Json::from(case), today, embedded()?)
}

/// As [`assess_value`], from either door's [`Json`], with the states loaded in `catalog`
/// (the browser's, which holds only the states fetched so far).
pub fn assess_json_in(case: &Json, today: Date, catalog: &Catalog) -> Result<serde_json::Value, InputError> {
    assessment(case, today, catalog).map(|a| to_json(&a, crate::DATA_VERSION))
}

/// As [`assess_value`], from JSON text to JSON text (written straight from the Assessment,
/// with no JSON tree between). Text longer than [`MAX_CASE_BYTES`] is refused unread.
pub fn assess_json(text: &str, today: Date) -> Result<String, InputError> {
    let value = read_text(text)?;
    assessment(&value, today, embedded()?).map(|a| assessment_out::to_text(&a, crate::DATA_VERSION))
}

/// A Case's JSON text as [`Json`], refused unread when longer than [`MAX_CASE_BYTES`]:
/// what both doors do with text.
pub fn read_text(text: &str) -> Result<Json, InputError> {
    match text.len() > MAX_CASE_BYTES {
        true => Err(too_large()),
        false => crate::read::json::parse(text),
    }
}

/// Every state compiled into this build.
fn embedded() -> Result<&'static Catalog, InputError> {
    Catalog::embedded().map_err(|errors| InputError {
        field: String::new(),
        message: format!(
            "the offense data in this build does not read ({} problems); first: {}",
            errors.len(),
            errors.first().map(|e| e.to_string()).unwrap_or_default()
        ),
    })
}

/// The Assessment of a Case given as JSON, from the states in `catalog`.
fn assessment(case: &Json, today: Date, catalog: &Catalog) -> Result<crate::engine::outcome::Assessment, InputError> {
    let case = case_from_json(case, today)?;
    if catalog.of(case.jurisdiction).next().is_none() {
        let code = case.jurisdiction.code();
        return Err(InputError {
            field: "jurisdiction".into(),
            message: format!("the {code} offenses are not loaded yet: await load(\"{code}\") first"),
        });
    }
    Ok(crate::engine::assess(&case, catalog)?)
}

/// The message a partner's page receives from the widget for each result, as JSON text
/// (README "Embedding"): `{"screen": "quick", "assessment": {...}, "offers": [...]}`, each
/// Assessment as [`to_json`] writes it; `offers` holds the pleas compared with the charge
/// on the compare screen, and nothing elsewhere.
pub fn result_json(
    screen: &str,
    assessment: &crate::engine::outcome::Assessment,
    offers: &[&crate::engine::outcome::Assessment],
) -> String {
    let version = crate::DATA_VERSION;
    let mut out = String::from("{\"screen\":");
    out.push_str(&serde_json::Value::from(screen).to_string());
    out.push_str(",\"assessment\":");
    out.push_str(&to_text(assessment, version));
    out.push_str(",\"offers\":[");
    for (i, offer) in offers.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str(&to_text(offer, version));
    }
    out.push_str("]}");
    out
}

/// The longest Case the doors read, as JSON text in bytes (one line of `assess --jsonl`, a
/// string given to the JavaScript `assess`): a Case at its limits (30 convictions, every
/// field filled) is under 20 KB. Longer input is refused unread, naming the limit.
pub const MAX_CASE_BYTES: usize = 64 * 1024;

/// The contract version this build implements.
pub const SCHEMA_VERSION: u64 = 1;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_partner_message_holds_the_screen_the_assessment_and_the_offers_as_the_contract_writes_them() {
        let today = Date::parse("2026-12-01").unwrap();
        let case = parse_case(
            r#"{"jurisdiction": "CA", "person": {"status": "lpr"},
                "convictions": [{"statute": "PC 273.5", "disposition": "plea_or_verdict"}]}"#,
            today,
        )
        .unwrap();
        let a = crate::engine::assess(&case, embedded().unwrap()).unwrap();
        let message: serde_json::Value = serde_json::from_str(&result_json("compare \"x\"", &a, &[&a, &a])).unwrap();
        assert_eq!(message["screen"], "compare \"x\"");
        assert_eq!(message["assessment"], to_json(&a, crate::DATA_VERSION));
        assert_eq!(message["offers"].as_array().unwrap().len(), 2);
        assert_eq!(message["assessment"]["convictions"][0]["grounds"]["domestic_violence"], "yes");
        let alone: serde_json::Value = serde_json::from_str(&result_json("quick", &a, &[])).unwrap();
        assert_eq!(alone["offers"], serde_json::json!([]));
    }
}
