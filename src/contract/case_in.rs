//! JSON → [`Case`], field by field, with errors that name the field. Both doors come here
//! with the same [`Json`]: the native binary from text ([`parse_case`]), the JavaScript API
//! from the object it was given.

use crate::engine::case::{
    Case, Conviction, Disposition, Fact, Jurisdiction, Level, Person, Perspective, Status, MAX_CONVICTIONS,
    MAX_STATUTE_CHARS,
};
use crate::engine::date::Date;
use crate::read::json::{self, Json};
use crate::read::{err, quoted, whole, InputError, Obj};

/// Parses one Case from JSON text, at most [`super::MAX_CASE_BYTES`] long. `today` stands
/// in for an absent `as_of` (the caller reads the clock; the engine never does).
pub fn parse_case(text: &str, today: Date) -> Result<Case, InputError> {
    case_from_json(&super::read_text(text)?, today)
}

/// The error for a Case larger than the doors read.
pub fn too_large() -> InputError {
    json::error("", format!("longer than {} bytes of JSON; one Case is at most 64 KB", super::MAX_CASE_BYTES))
}

/// Parses one Case already read by serde_json (tests, scenario tables, benches).
pub fn case_from_value(value: &serde_json::Value, today: Date) -> Result<Case, InputError> {
    case_from_json(&Json::from(value), today)
}

/// Parses one Case from either door's [`Json`].
pub fn case_from_json(value: &Json, today: Date) -> Result<Case, InputError> {
    let obj = Obj::new(value, "")?;
    obj.only(&["schema_version", "as_of", "perspective", "jurisdiction", "person", "convictions"])?;
    match obj.get("schema_version") {
        None => {}
        Some(Json::Number(n)) if whole(*n, 1.0, 1.0).is_some() => {}
        Some(_) => return err("schema_version", "must be 1; this build implements assessment-v1"),
    }
    let as_of = obj.opt_date("as_of")?.unwrap_or(today);
    let perspective = obj.opt_code("perspective", Perspective::from_code, Perspective::expected)?;
    let jurisdiction = obj
        .opt_code("jurisdiction", Jurisdiction::from_code, Jurisdiction::expected)?
        .map_or_else(|| err("jurisdiction", format!("is required: {}", Jurisdiction::expected())), Ok)?;
    let person = person(obj.required("person")?, "person")?;
    let list = match obj.required("convictions")? {
        Json::List(items) if items.len() > MAX_CONVICTIONS => {
            return err(
                "convictions",
                format!("holds {} convictions; a Case holds at most {MAX_CONVICTIONS}", items.len()),
            )
        }
        Json::List(items) => items,
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

fn person(value: &Json, path: &str) -> Result<Person, InputError> {
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

fn conviction(value: &Json, path: &str) -> Result<Conviction, InputError> {
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
        Json::Text(s) if s.trim().chars().count() > MAX_STATUTE_CHARS => {
            return err(
                &obj.path("statute"),
                format!("longer than {MAX_STATUTE_CHARS} characters; a statute is written like \"PC 273.5\""),
            )
        }
        Json::Text(s) if !s.trim().is_empty() => s.trim().to_string(),
        _ => return err(&obj.path("statute"), "must be the code section as text, such as \"PC 273.5\""),
    };
    let variant = match obj.get("variant") {
        None | Some(Json::Null) => None,
        Some(Json::Text(s)) if !s.trim().is_empty() && s.trim().chars().count() <= MAX_STATUTE_CHARS => {
            Some(s.trim().to_string())
        }
        Some(Json::Text(s)) if !s.trim().is_empty() => {
            return err(&obj.path("variant"), format!("{} is not a catalog variant id", quoted(s)))
        }
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
        None | Some(Json::Null) => vec![],
        Some(Json::List(items)) => {
            let mut facts = Vec::with_capacity(items.len());
            for (i, item) in items.iter().enumerate() {
                let code = match item {
                    Json::Text(s) => Some(s.as_str()),
                    _ => None,
                };
                let fact = code.and_then(Fact::from_code).map_or_else(
                    || err(&json::index_path(&obj.path("facts"), i), format!("must be {}", Fact::expected())),
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
        let mut v: serde_json::Value = serde_json::from_str(EXAMPLE).unwrap();
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
                "convictions[0].sentence_days: must be a whole number of days, 0 to 73000, or null",
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
        assert!(error_of("[").starts_with("[0]: not valid JSON: expected a value"));
        assert!(error_of("").starts_with("case: not valid JSON"));
        assert_eq!(error_of("[]"), "case: must be a JSON object");
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

    #[test]
    fn numbers_are_read_by_value_and_a_number_that_is_not_one_is_named() {
        // Written into the text as given: serde_json itself cannot hold 1E400.
        let days = |v: &str| {
            parse_case(&EXAMPLE.replace("\"custody_days\": 12", &format!("\"custody_days\": {v}")), today())
                .map(|c| c.convictions[0].custody_days)
        };
        assert_eq!(days("365.0"), Ok(Some(365)));
        assert_eq!(days("3.65e2"), Ok(Some(365)));
        assert_eq!(days("-0"), Ok(Some(0)));
        for bad in ["365.5", "1E400", "-1e999", "73001", "-1"] {
            let e = days(bad).unwrap_err().to_string();
            assert!(e.starts_with("convictions[0].custody_days: must be a whole number of days"), "{bad}: {e}");
        }
        assert!(parse_case(&EXAMPLE.replace("\"schema_version\": 1", "\"schema_version\": 1.0"), today()).is_ok());
    }

    #[test]
    fn the_limits_are_errors_naming_the_field() {
        let long = "PC 273.5".to_string() + &"(a)".repeat(100);
        assert_eq!(
            error_of(&with_conviction_field("statute", &serde_json::Value::from(long).to_string())),
            "convictions[0].statute: longer than 200 characters; a statute is written like \"PC 273.5\""
        );
        let one = r#"{"statute":"PC 484","disposition":"plea_or_verdict"}"#;
        let many = format!(r#"{{"jurisdiction":"CA","person":{{"status":"lpr"}},"convictions":[{}]}}"#, vec![one; 31].join(","));
        assert_eq!(error_of(&many), "convictions: holds 31 convictions; a Case holds at most 30");
        let thirty = many.replacen(&format!("{one},"), "", 1);
        assert_eq!(parse_case(&thirty, today()).unwrap().convictions.len(), 30);
        let huge = format!("{}{}", EXAMPLE, " ".repeat(super::super::MAX_CASE_BYTES));
        assert_eq!(error_of(&huge), "case: longer than 65536 bytes of JSON; one Case is at most 64 KB");
    }

    #[test]
    fn an_unknown_field_is_named_even_when_odd_and_the_first_in_sorted_order() {
        assert!(error_of(r#"{"": 1}"#).starts_with(r#"[""]: is not a field of the contract"#));
        assert!(error_of(r#"{"zz": 1, "5": 2}"#).starts_with(r#"["5"]: is not a field of the contract"#));
        assert!(error_of(r#"{"jurisdiction": "CA", "jurisdiction": "IL"}"#).starts_with("jurisdiction: given twice"));
        // An error quotes at most 60 characters of what was given, escaped.
        let e = error_of(&EXAMPLE.replace("\"CA\"", &format!("\"\u{202e}{}\"", "X".repeat(5000))));
        assert!(e.starts_with("jurisdiction: \"\\u{202e}XXX") && e.contains("…") && e.len() < 200, "{e}");
    }
}
