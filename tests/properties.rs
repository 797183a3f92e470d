//! Properties of the engine over arbitrary Cases (proptest): it never panics, a longer
//! sentence never makes any grade safer, an offense not in the catalog is never `no`, and
//! every output has the contract's shape and vocabulary.

use padilla::catalog::Catalog;
use padilla::contract::assess_value;
use padilla::engine::date::Date;
use proptest::prelude::*;
use serde_json::{json, Value};

const STATUSES: &[&str] = &[
    "lpr",
    "conditional_lpr",
    "refugee",
    "asylee",
    "nonimmigrant",
    "parolee",
    "undocumented",
    "daca",
    "tps",
    "unknown",
];
const DISPOSITIONS: &[&str] = &[
    "plea_or_verdict",
    "pretrial_diversion_no_plea",
    "deferred_entry_with_plea",
    "juvenile_adjudication",
    "vacated_legal_defect",
    "expunged_rehabilitative",
];
const FACTS: &[&str] = &[
    "protected_relationship",
    "minor_victim",
    "marijuana_30g_or_less",
    "firearm_used",
    "single_scheme_with_other_conviction",
];
const GRADES: &[&str] = &["yes", "likely", "possible", "no"];
const REACH: &[&str] = &["yes", "likely", "possible", "no", "not_applicable"];
const RELIEF: &[&str] = &["barred", "at_risk", "not_barred", "not_applicable"];
const GROUNDS: &[&str] = &[
    "aggravated_felony",
    "cimt",
    "controlled_substance",
    "firearm",
    "domestic_violence",
    "stalking",
    "child_abuse",
    "protection_order_violation",
];
const RELIEFS: &[&str] = &[
    "lpr_cancellation",
    "non_lpr_cancellation",
    "asylum",
    "withholding",
    "naturalization",
    "daca",
    "tps",
    "waiver_212h",
    "voluntary_departure",
];

fn catalog() -> &'static Catalog {
    Catalog::embedded().expect("the catalog loads")
}

/// Statutes of the given state's catalog, with their variants (for drawing).
fn statutes(jurisdiction: &str) -> Vec<(String, Vec<String>)> {
    catalog()
        .offenses
        .iter()
        .filter(|o| o.jurisdiction.code() == jurisdiction)
        .map(|o| (o.citation.clone(), o.variants.iter().map(|v| v.id.clone()).collect()))
        .collect()
}

fn date_str(days: i64) -> String {
    Date::from_unix_days(days).unwrap().to_string()
}

prop_compose! {
    fn conviction(jurisdiction: &'static str)(
        pick in any::<prop::sample::Index>(),
        variant_pick in any::<prop::sample::Index>(),
        use_variant in any::<bool>(),
        unknown in prop::bool::weighted(0.1),
        committed in 5_000i64..20_500,
        gap in 0i64..800,
        level in prop::option::of(prop::sample::select(vec!["felony", "misdemeanor", "infraction"])),
        sentence in prop::option::of(0u32..4_000),
        suspended_frac in prop::option::of(0u32..=100),
        custody in prop::option::of(0u32..800),
        disposition in prop::sample::select(DISPOSITIONS.to_vec()),
        loss in prop::option::of(0u32..40_000),
        facts in prop::sample::subsequence(FACTS.to_vec(), 0..3),
    ) -> Value {
        let list = statutes(jurisdiction);
        let (statute, variants) = list[pick.index(list.len())].clone();
        let statute = if unknown { if jurisdiction == "CA" { "PC 99999.9".to_string() } else { "720 ILCS 5/99-9".to_string() } } else { statute };
        let variant = (!unknown && use_variant && !variants.is_empty()).then(|| variants[variant_pick.index(variants.len())].clone());
        let suspended = match (sentence, suspended_frac) { (Some(s), Some(f)) => Some(s * f / 100), _ => None };
        json!({
            "statute": statute, "variant": variant,
            "committed_on": date_str(committed), "convicted_on": date_str(committed + gap),
            "level": level, "sentence_days": sentence, "suspended_days": suspended, "custody_days": custody,
            "disposition": disposition, "loss_usd": loss, "facts": facts,
        })
    }
}

fn case_strategy() -> impl Strategy<Value = Value> {
    (prop::sample::select(vec!["CA", "IL"]), any::<bool>()).prop_flat_map(|(j, removal)| {
        let j: &'static str = j;
        (
            Just(j),
            Just(removal),
            prop::sample::select(STATUSES.to_vec()),
            prop::option::of(0i64..20_000),
            prop::option::of(0i64..20_000),
            prop::option::of(-2_000i64..12_000),
            prop::collection::vec(conviction(j), 0..4),
        )
    })
    .prop_map(|(j, removal, status, admitted, lpr, born, convictions)| {
        json!({
            "schema_version": 1, "as_of": "2026-11-22", "jurisdiction": j,
            "perspective": if removal { "removal_defense" } else { "plea_planning" },
            "person": { "status": status, "admitted_on": admitted.map(date_str), "lpr_since": lpr.map(date_str), "born_on": born.map(date_str) },
            "convictions": convictions,
        })
    })
}

fn today() -> Date {
    Date::parse("2026-11-22").unwrap()
}

/// Severity of any graded value, for comparing two outputs: higher is worse for the person.
fn severity(v: &str) -> i32 {
    match v {
        "no" | "not_barred" => 0,
        "possible" | "at_risk" => 1,
        "likely" => 2,
        "yes" | "barred" => 3,
        _ => -1, // not_applicable: never compared
    }
}

/// Every graded value in an output, by path.
fn grades(out: &Value) -> Vec<(String, String)> {
    let mut v = Vec::new();
    for (i, c) in out["convictions"].as_array().unwrap().iter().enumerate() {
        for g in GROUNDS {
            v.push((format!("convictions[{i}].grounds.{g}"), c["grounds"][g].as_str().unwrap().to_string()));
        }
    }
    for k in ["deportable", "inadmissible"] {
        v.push((format!("removability.{k}"), out["removability"][k].as_str().unwrap().to_string()));
    }
    for r in RELIEFS {
        v.push((format!("relief.{r}"), out["relief"][r].as_str().unwrap().to_string()));
    }
    v.push(("mandatory_detention".into(), out["mandatory_detention"].as_str().unwrap().to_string()));
    v
}

/// The contract's shape: every field present, every value from its vocabulary.
fn check_contract(case: &Value, out: &Value) -> Result<(), String> {
    let one_of = |v: &Value, allowed: &[&str], at: &str| -> Result<(), String> {
        match v.as_str() {
            Some(s) if allowed.contains(&s) => Ok(()),
            _ => Err(format!("{at}: {v} is not one of {allowed:?}")),
        }
    };
    if out["schema_version"] != json!(1) || !out["data_version"].is_string() {
        return Err("schema_version/data_version".into());
    }
    let convictions = out["convictions"].as_array().ok_or("convictions")?;
    if convictions.len() != case["convictions"].as_array().unwrap().len() {
        return Err("one conviction out per conviction in".into());
    }
    for (i, c) in convictions.iter().enumerate() {
        for key in
            ["statute", "offense_id", "offense_name", "is_conviction", "grounds", "findings", "alternatives"]
        {
            if c.get(key).is_none() {
                return Err(format!("convictions[{i}].{key} missing"));
            }
        }
        one_of(&c["is_conviction"], &["yes", "no", "possible"], "is_conviction")?;
        for g in GROUNDS {
            one_of(&c["grounds"][g], GRADES, g)?;
        }
        for f in c["findings"].as_array().ok_or("findings")? {
            for key in ["ground", "grade", "basis", "explanation", "citations"] {
                if f.get(key).is_none() {
                    return Err(format!("finding without {key}"));
                }
            }
            if f["explanation"].as_str().is_none_or(str::is_empty)
                || f["citations"].as_array().is_none_or(Vec::is_empty)
            {
                return Err(format!("convictions[{i}]: a finding without its reason or citation: {f}"));
            }
        }
        for a in c["alternatives"].as_array().ok_or("alternatives")? {
            if !a["offense_id"].is_string() || !a["why"].is_string() {
                return Err("alternative shape".into());
            }
        }
    }
    one_of(&out["removability"]["deportable"], REACH, "deportable")?;
    one_of(&out["removability"]["inadmissible"], REACH, "inadmissible")?;
    for r in RELIEFS {
        one_of(&out["relief"][r], RELIEF, r)?;
    }
    one_of(&out["mandatory_detention"], GRADES, "mandatory_detention")?;
    if !out["warnings"].as_array().is_some_and(|w| w.iter().all(Value::is_string)) {
        return Err("warnings must be strings".into());
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, .. ProptestConfig::default() })]

    #[test]
    fn never_panics_and_always_has_the_contract_shape(case in case_strategy()) {
        match assess_value(&case, today()) {
            Ok(out) => prop_assert!(check_contract(&case, &out).is_ok(), "{:?}\ncase: {case}", check_contract(&case, &out)),
            Err(e) => prop_assert!(!e.field.is_empty(), "an input error names its field: {e}"),
        }
    }

    #[test]
    fn a_longer_sentence_never_makes_any_grade_safer(case in case_strategy(), which in any::<prop::sample::Index>(), extra in 1u32..800) {
        let n = case["convictions"].as_array().unwrap().len();
        prop_assume!(n > 0);
        let i = which.index(n);
        prop_assume!(case["convictions"][i]["sentence_days"].is_u64());
        let mut longer = case.clone();
        let s = case["convictions"][i]["sentence_days"].as_u64().unwrap() as u32;
        longer["convictions"][i]["sentence_days"] = json!(s + extra);
        let (Ok(a), Ok(b)) = (assess_value(&case, today()), assess_value(&longer, today())) else { return Ok(()) };
        for ((path, before), (_, after)) in grades(&a).into_iter().zip(grades(&b)) {
            prop_assert!(severity(&after) >= severity(&before), "{path}: {before} with {s} days, {after} with {} days\ncase: {case}", s + extra);
        }
    }

    #[test]
    fn an_offense_not_in_the_catalog_is_never_no(case in case_strategy()) {
        let Ok(out) = assess_value(&case, today()) else { return Ok(()) };
        for (i, c) in out["convictions"].as_array().unwrap().iter().enumerate() {
            if c["offense_id"].is_null() && c["is_conviction"] != "no" {
                for g in GROUNDS {
                    prop_assert_ne!(c["grounds"][g].as_str(), Some("no"), "convictions[{}].grounds.{} of an unknown offense", i, g);
                }
                prop_assert!(out["warnings"].as_array().unwrap().iter().any(|w| w.as_str().unwrap().contains("not in the catalog")));
            }
        }
    }
}

/// Arbitrary JSON, for the edges that must never panic on anything.
fn any_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(|n| json!(n)),
        any::<f64>().prop_filter("finite", |f| f.is_finite()).prop_map(|f| json!(f)),
        "\\PC{0,12}".prop_map(Value::String),
        prop::sample::select(vec![
            "lpr",
            "CA",
            "IL",
            "plea_or_verdict",
            "PC 273.5",
            "2026-11-22",
            "felony",
            "minor_victim"
        ])
        .prop_map(|s| Value::String(s.to_string())),
    ];
    leaf.prop_recursive(4, 48, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
            prop::collection::vec(
                (
                    prop::sample::select(vec![
                        "jurisdiction",
                        "person",
                        "status",
                        "convictions",
                        "statute",
                        "disposition",
                        "sentence_days",
                        "variant",
                        "facts",
                        "as_of",
                        "level",
                        "loss_usd",
                        "x",
                    ]),
                    inner
                ),
                0..6
            )
            .prop_map(|kv| Value::Object(kv.into_iter().map(|(k, v)| (k.to_string(), v)).collect())),
        ]
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 500, .. ProptestConfig::default() })]

    /// Whatever text is typed in the statute field, parsing and searching never panic.
    #[test]
    fn statute_parsing_and_search_never_panic(typed in "\\PC{0,30}", digits in "[0-9]{1,5}[a-zA-Z]?(\\([a-z0-9]\\)){0,3}", code in prop::sample::select(vec!["PC", "H&S", "Veh. Code", "720 ILCS 5/", "5/", "§", "", "ílcs", "P.C."])) {
        let c = catalog();
        for text in [typed.clone(), format!("{code} {digits}"), format!("{digits} {code}"), format!("{code}{digits}{typed}")] {
            for j in [padilla::engine::case::Jurisdiction::Ca, padilla::engine::case::Jurisdiction::Il] {
                let _ = padilla::catalog::search::parse_statute(&text, j);
                let _ = c.find(&text, j);
                let _ = c.lookup(&text, j, 10);
            }
        }
    }

    /// Any JSON at all is either assessed or refused with an error that names a field.
    #[test]
    fn any_json_is_assessed_or_refused_never_panics(v in any_json()) {
        if let Err(e) = assess_value(&v, today()) {
            prop_assert!(!e.message.is_empty());
        }
    }
}
