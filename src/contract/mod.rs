//! The exchange format of `assessment-v1` (`shared/contract/assessment-v1.md`): JSON
//! parsed at the edge into the engine's types, and the engine's results written back.
//!
//! Every input error names the field and what was wrong
//! (`convictions[0].sentence_days: must be a whole number of days, 0 or more`); nothing
//! here panics, and a bad field never yields a partial Case.

mod assessment_out;
mod case_in;

pub use crate::read::InputError;
pub use assessment_out::to_json;
pub use case_in::{case_from_value, parse_case};

use crate::catalog::Catalog;
use crate::engine::date::Date;

/// The whole door: a Case as JSON in, the Assessment as JSON out, or one error naming the
/// field. `today` stands in for an absent `as_of`. Every state compiled in (native tools).
pub fn assess_value(case: &serde_json::Value, today: Date) -> Result<serde_json::Value, InputError> {
    assess_value_in(case, today, embedded()?)
}

/// As [`assess_value`], with the states loaded in `catalog` (the browser's, which holds
/// only the states fetched so far).
pub fn assess_value_in(
    case: &serde_json::Value,
    today: Date,
    catalog: &Catalog,
) -> Result<serde_json::Value, InputError> {
    assessment(case, today, catalog).map(|a| to_json(&a, crate::DATA_VERSION))
}

/// As [`assess_value`], from JSON text to JSON text (written straight from the Assessment,
/// with no JSON tree between).
pub fn assess_json(text: &str, today: Date) -> Result<String, InputError> {
    let value: serde_json::Value = serde_json::from_str(text)
        .map_err(|e| InputError { field: String::new(), message: format!("not valid JSON: {e}") })?;
    assessment(&value, today, embedded()?).map(|a| assessment_out::to_text(&a, crate::DATA_VERSION))
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
fn assessment(
    case: &serde_json::Value,
    today: Date,
    catalog: &Catalog,
) -> Result<crate::engine::outcome::Assessment, InputError> {
    let case = case_from_value(case, today)?;
    if catalog.of(case.jurisdiction).next().is_none() {
        let code = case.jurisdiction.code();
        return Err(InputError {
            field: "jurisdiction".into(),
            message: format!("the {code} offenses are not loaded yet: await load(\"{code}\") first"),
        });
    }
    Ok(crate::engine::assess(&case, catalog)?)
}

/// The contract version this build implements.
pub const SCHEMA_VERSION: u64 = 1;
