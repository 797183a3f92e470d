//! JSON → [`Case`], field by field, with errors that name the field.

use serde_json::Value;

use crate::engine::case::{
    Case, Conviction, Disposition, Fact, Jurisdiction, Level, Person, Perspective, Status,
};
use crate::engine::date::Date;
use crate::read::{err, InputError, Obj};

/// Parses one Case. `today` stands in for an absent `as_of` (the caller reads the clock;
/// the engine never does).
pub fn parse_case(json: &str, today: Date) -> Result<Case, InputError> {
    let value: Value = match serde_json::from_str(json) {
        Ok(v) => v,
        Err(e) => return err("", format!("not valid JSON: {e}")),
    };
    case_from_value(&value, today)
}

/// Parses one Case already read as JSON.
pub fn case_from_value(value: &Value, today: Date) -> Result<Case, InputError> {
    let obj = Obj::new(value, "")?;
    obj.only(&["schema_version", "as_of", "perspective", "jurisdiction", "person", "convictions"])?;
    match obj.get("schema_version") {
        None => {}
        Some(v) if v.as_u64() == Some(super::SCHEMA_VERSION) => {}
        Some(_) => return err("schema_version", "must be 1; this build implements assessment-v1"),
    }
    let as_of = obj.opt_date("as_of")?.unwrap_or(today);
    let perspective = obj.opt_code("perspective", Perspective::from_code, Perspective::expected)?;
    let jurisdiction = obj
        .opt_code("jurisdiction", Jurisdiction::from_code, Jurisdiction::expected)?
        .map_or_else(|| err("jurisdiction", format!("is required: {}", Jurisdiction::expected())), Ok)?;
    let person = person(obj.required("person")?, "person")?;
    let list = match obj.required("convictions")? {
        Value::Array(items) => items,
        _ => return err("convictions", "must be a list of convictions (it may be empty)"),
    };
    let convictions = list
        .iter()
        .enumerate()
        .map(|(i, v)| conviction(v, &format!("convictions[{i}]")))
        .collect::<Result<Vec<_>, _>>()?;
    Ok(Case {
        as_of,
        perspective: perspective.unwrap_or(Perspective::PleaPlanning),
        jurisdiction,
        person,
        convictions,
    })
}

fn person(value: &Value, path: &str) -> Result<Person, InputError> {
    let obj = Obj::new(value, path)?;
    obj.only(&["status", "admitted_on", "lpr_since", "born_on"])?;
    let status = obj
        .opt_code("status", Status::from_code, Status::expected)?
        .map_or_else(|| err(&obj.path("status"), format!("is required: {}", Status::expected())), Ok)?;
    Ok(Person {
        status,
        admitted_on: obj.opt_date("admitted_on")?,
        lpr_since: obj.opt_date("lpr_since")?,
        born_on: obj.opt_date("born_on")?,
    })
}

fn conviction(value: &Value, path: &str) -> Result<Conviction, InputError> {
    let obj = Obj::new(value, path)?;
    obj.only(&[
        "statute",
        "variant",
        "committed_on",
        "convicted_on",
        "level",
        "sentence_days",
        "suspended_days",
        "custody_days",
        "disposition",
        "loss_usd",
        "facts",
    ])?;
    let statute = match obj.required("statute")? {
        Value::String(s) if !s.trim().is_empty() => s.trim().to_string(),
        _ => return err(&obj.path("statute"), "must be the code section as text, such as \"PC 273.5\""),
    };
    let variant = match obj.get("variant") {
        None | Some(Value::Null) => None,
        Some(Value::String(s)) if !s.trim().is_empty() => Some(s.trim().to_string()),
        Some(_) => return err(&obj.path("variant"), "must be a catalog variant id as text, or null"),
    };
    let disposition =
        obj.opt_code("disposition", Disposition::from_code, Disposition::expected)?.map_or_else(
            || err(&obj.path("disposition"), format!("is required: {}", Disposition::expected())),
            Ok,
        )?;
    let committed_on = obj.opt_date("committed_on")?;
    let convicted_on = obj.opt_date("convicted_on")?;
    if let (Some(c), Some(v)) = (committed_on, convicted_on) {
        if v < c {
            return err(&obj.path("convicted_on"), format!("{v} is before committed_on {c}"));
        }
    }
    let sentence_days = obj.opt_days("sentence_days")?;
    let suspended_days = obj.opt_days("suspended_days")?;
    if let (Some(s), Some(total)) = (suspended_days, sentence_days) {
        if s > total {
            return err(
                &obj.path("suspended_days"),
                format!("{s} is more than sentence_days {total}; the suspended part is counted inside the sentence"),
            );
        }
    }
    if suspended_days.is_some_and(|s| s > 0) && sentence_days.is_none() {
        return err(&obj.path("sentence_days"), "must be given when suspended_days is");
    }
    let facts = match obj.get("facts") {
        None | Some(Value::Null) => vec![],
        Some(Value::Array(items)) => {
            let mut facts = Vec::with_capacity(items.len());
            for (i, item) in items.iter().enumerate() {
                let fact = item.as_str().and_then(Fact::from_code).map_or_else(
                    || err(&obj.path(&format!("facts[{i}]")), format!("must be {}", Fact::expected())),
                    Ok,
                )?;
                if !facts.contains(&fact) {
                    facts.push(fact);
                }
            }
            facts
        }
        Some(_) => {
            return err(&obj.path("facts"), "must be a list of facts, such as [\"protected_relationship\"]")
        }
    };
    Ok(Conviction {
        statute,
        variant,
        committed_on,
        convicted_on,
        level: obj.opt_code("level", Level::from_code, Level::expected)?,
        sentence_days,
        suspended_days,
        custody_days: obj.opt_days("custody_days")?,
        disposition,
        loss: obj.opt_money("loss_usd")?,
        facts,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::case::Cents;

    const EXAMPLE: &str = r#"{
      "schema_version": 1, "as_of": "2026-11-22", "perspective": "plea_planning",
      "jurisdiction": "CA",
      "person": { "status": "lpr", "admitted_on": "2016-03-01", "lpr_since": "2016-03-01", "born_on": "1994-07-09" },
      "convictions": [ { "statute": "PC 273.5(a)", "variant": null, "committed_on": "2024-05-02",
        "convicted_on": "2024-09-10", "level": "misdemeanor", "sentence_days": 364, "suspended_days": 334,
        "custody_days": 12, "disposition": "plea_or_verdict", "loss_usd": null, "facts": [] } ]
    }"#;

    fn today() -> Date {
        Date::parse("2030-01-01").unwrap()
    }

    fn error_of(json: &str) -> String {
        parse_case(json, today()).unwrap_err().to_string()
    }

    /// The contract's example with one conviction field replaced.
    fn with_conviction_field(key: &str, value: &str) -> String {
        let mut v: Value = serde_json::from_str(EXAMPLE).unwrap();
        v["convictions"][0][key] = serde_json::from_str(value).unwrap();
        v.to_string()
    }

    #[test]
    fn the_contract_example_parses_field_for_field() {
        let case = parse_case(EXAMPLE, today()).unwrap();
        assert_eq!(case.as_of.to_string(), "2026-11-22");
        assert_eq!(case.perspective, Perspective::PleaPlanning);
        assert_eq!(case.jurisdiction, Jurisdiction::Ca);
        assert_eq!(case.person.status, Status::Lpr);
        assert_eq!(case.person.admitted_on.unwrap().to_string(), "2016-03-01");
        let c = &case.convictions[0];
        assert_eq!(c.statute, "PC 273.5(a)");
        assert_eq!((c.sentence_days, c.suspended_days, c.custody_days), (Some(364), Some(334), Some(12)));
        assert_eq!(c.level, Some(Level::Misdemeanor));
        assert_eq!(c.disposition, Disposition::PleaOrVerdict);
        assert_eq!((c.loss, c.variant.as_deref()), (None, None));
    }

    #[test]
    fn absent_optional_fields_take_the_contracts_defaults() {
        let case = parse_case(
            r#"{"jurisdiction":"IL","person":{"status":"unknown"},
                "convictions":[{"statute":"720 ILCS 5/12-3.2","disposition":"deferred_entry_with_plea"}]}"#,
            today(),
        )
        .unwrap();
        assert_eq!(case.as_of, today(), "absent as_of means today, supplied by the caller");
        assert_eq!(case.perspective, Perspective::PleaPlanning);
        let c = &case.convictions[0];
        assert_eq!((c.sentence_days, c.level, c.facts.len()), (None, None, 0));
    }

    #[test]
    fn money_is_counted_in_cents_so_thresholds_are_exact() {
        let case = parse_case(&with_conviction_field("loss_usd", "10000.01"), today()).unwrap();
        assert_eq!(case.convictions[0].loss, Some(Cents(1_000_001)));
    }

    #[test]
    fn every_error_names_its_field() {
        for (key, value, want) in [
            (
                "sentence_days",
                "-1",
                "convictions[0].sentence_days: must be a whole number of days, 0 or more",
            ),
            ("sentence_days", "12.5", "convictions[0].sentence_days: must be a whole number of days"),
            ("sentence_days", "\"364\"", "convictions[0].sentence_days: must be a whole number"),
            ("suspended_days", "400", "convictions[0].suspended_days: 400 is more than sentence_days 364"),
            (
                "disposition",
                "\"guilty\"",
                "convictions[0].disposition: \"guilty\" is not one of plea_or_verdict",
            ),
            ("disposition", "null", "convictions[0].disposition: is required"),
            (
                "level",
                "\"wobbler\"",
                "convictions[0].level: \"wobbler\" is not one of felony, misdemeanor, infraction",
            ),
            ("facts", "[\"dangerous\"]", "convictions[0].facts[0]: must be one of protected_relationship"),
            ("facts", "\"minor_victim\"", "convictions[0].facts: must be a list"),
            (
                "committed_on",
                "\"2024-13-02\"",
                "convictions[0].committed_on: \"2024-13-02\" is not a day of the calendar",
            ),
            (
                "convicted_on",
                "\"2024-01-01\"",
                "convictions[0].convicted_on: 2024-01-01 is before committed_on 2024-05-02",
            ),
            ("loss_usd", "-5", "convictions[0].loss_usd: must be an amount in US dollars"),
            ("statute", "\"  \"", "convictions[0].statute: must be the code section as text"),
            ("sentance_days", "364", "convictions[0].sentance_days: is not a field of the contract"),
        ] {
            let got = error_of(&with_conviction_field(key, value));
            assert!(got.starts_with(want), "{key} = {value}: got {got:?}, want prefix {want:?}");
        }
    }

    #[test]
    fn errors_outside_the_convictions_name_their_fields_too() {
        assert!(error_of("[").starts_with("not valid JSON"));
        assert_eq!(error_of("[]"), "must be a JSON object");
        assert!(error_of(&EXAMPLE.replace("\"lpr\",", "\"green card\","))
            .starts_with("person.status: \"green card\" is not one of lpr,"));
        assert!(error_of(&EXAMPLE.replace("\"CA\"", "\"TX\""))
            .starts_with("jurisdiction: \"TX\" is not one of CA, IL"));
        assert!(error_of(&EXAMPLE.replace("\"schema_version\": 1", "\"schema_version\": 2"))
            .starts_with("schema_version: must be 1"));
        assert!(error_of(&EXAMPLE.replace("\"2026-11-22\"", "\"22/11/2026\""))
            .starts_with("as_of: \"22/11/2026\" must be a date"));
        assert_eq!(
            error_of(r#"{"jurisdiction":"CA","person":{"status":"lpr"}}"#),
            "convictions: is required"
        );
        assert_eq!(
            error_of(r#"{"jurisdiction":"CA","person":{"status":"lpr"},"convictions":{}}"#),
            "convictions: must be a list of convictions (it may be empty)"
        );
    }
}
