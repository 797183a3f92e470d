//! The catalogs as data: the checks a lawyer's edit must pass (fed broken data, each
//! problem reported as `file:line: id: field: message`), their health (every curated
//! alternative really is safer, computed by the engine), and finding offenses by statute and
//! by word.

use padilla::catalog::load::load_catalogs;
use padilla::catalog::Catalog;
use padilla::contract::case_from_value;
use padilla::engine::case::Jurisdiction;
use padilla::engine::date::Date;
use serde_json::json;

/// A valid entry, to break one field at a time.
const GOOD: &str = r#"
jurisdiction = "CA"

[[offense]]
id = "ca.pc.1"
citation = "PC 1"
title_en = "First"
title_es = "Primero"
class = "misdemeanor"
misdemeanor_max = 180
family = "public_order"
confidence = "high"
last_reviewed = 2026-11-22
sources = ["a source"]
alternatives = [{ id = "ca.pc.2", why = "Lower risk.", why_es = "Menor riesgo." }]
grounds.aggravated_felony = { grade = "no" }
grounds.cimt = { grade = "no" }
grounds.controlled_substance = { grade = "no" }
grounds.firearm = { grade = "no" }
grounds.domestic_violence = { grade = "no" }
grounds.stalking = { grade = "no" }
grounds.child_abuse = { grade = "no" }
grounds.protection_order_violation = { grade = "no" }

[[offense]]
id = "ca.pc.2"
citation = "PC 2"
title_en = "Second"
title_es = "Segundo"
class = "infraction"
family = "public_order"
confidence = "low"
last_reviewed = 2026-11-22
sources = ["another source"]
grounds.aggravated_felony = { grade = "no" }
grounds.cimt = { grade = "no" }
grounds.controlled_substance = { grade = "no" }
grounds.firearm = { grade = "no" }
grounds.domestic_violence = { grade = "no" }
grounds.stalking = { grade = "no" }
grounds.child_abuse = { grade = "no" }
grounds.protection_order_violation = { grade = "no" }
"#;

/// The problems the loader reports for `text` as data/test.toml.
fn problems(text: &str) -> Vec<String> {
    match load_catalogs(&[("data/test.toml", text)]) {
        Ok(_) => vec![],
        Err(errors) => errors.iter().map(|e| e.to_string()).collect(),
    }
}

fn assert_reports(text: &str, want: &str) {
    let got = problems(text);
    assert!(got.iter().any(|p| p == want), "expected {want:?}, got {got:?}");
}

#[test]
fn a_text_without_its_spanish_is_reported_with_file_line_and_field() {
    let text = GOOD.replacen(", why_es = \"Menor riesgo.\"", "", 1);
    assert_reports(
        &text,
        "data/test.toml:4: ca.pc.1: alternatives[0].why_es: is required: the Spanish of why, in \"usted\"",
    );
    let text = GOOD.replacen(
        "sources = [\"a source\"]",
        "sources = [\"a source\"]\nrecord_advice = \"Keep it out.\"",
        1,
    );
    assert_reports(&text, "data/test.toml:4: ca.pc.1: record_advice_es: is required: the Spanish of record_advice, in \"usted\"");
    let text = GOOD.replacen(
        "grounds.cimt = { grade = \"no\" }",
        "grounds.cimt = { grade = \"possible\", note = \"Unsettled.\", cite = [\"x\"] }",
        1,
    );
    assert_reports(
        &text,
        "data/test.toml:4: ca.pc.1: grounds.cimt.note_es: is required: the Spanish of note, in \"usted\"",
    );
}

#[test]
fn a_valid_catalog_has_no_problems() {
    assert_eq!(problems(GOOD), Vec::<String>::new());
}

#[test]
fn an_unknown_key_is_reported_with_file_line_id_and_field() {
    let text = GOOD.replacen("title_es = \"Primero\"", "title_es = \"Primero\"\ntitel = \"typo\"", 1);
    let got = problems(&text);
    assert!(got.iter().any(|p| p.starts_with("data/test.toml:4: ca.pc.1: titel: is not a field")), "{got:?}");
}

#[test]
fn missing_sources_and_review_dates_are_reported() {
    assert_reports(
        &GOOD.replacen("sources = [\"a source\"]\n", "", 1),
        "data/test.toml:4: ca.pc.1: sources: is required: at least one authority for the analysis",
    );
    assert_reports(
        &GOOD.replacen("last_reviewed = 2026-11-22\n", "", 1),
        "data/test.toml:4: ca.pc.1: last_reviewed: is required: the date a lawyer last reviewed the row",
    );
}

#[test]
fn a_dangling_alternative_is_reported() {
    assert_reports(
        &GOOD.replacen("id = \"ca.pc.2\", why", "id = \"ca.pc.999\", why", 1),
        "data/test.toml:4: ca.pc.1: alternatives[0].id: \"ca.pc.999\" is not an offense id in any catalog",
    );
}

#[test]
fn duplicate_ids_and_statutes_are_reported() {
    let dup_id = GOOD.replacen("id = \"ca.pc.2\"\ncitation", "id = \"ca.pc.1\"\ncitation", 1);
    let got = problems(&dup_id);
    assert!(
        got.iter().any(|p| p
            .starts_with("data/test.toml:25: ca.pc.1: id: \"ca.pc.1\" is already used at data/test.toml:4")),
        "{got:?}"
    );
    let dup_statute =
        GOOD.replacen("citation = \"PC 2\"", "citation = \"PC 2\"\naliases = [\"Penal Code 1\"]", 1);
    assert_reports(&dup_statute, "data/test.toml:25: ca.pc.2: aliases: \"PC 1\" already names ca.pc.1");
}

#[test]
fn a_divisible_offense_must_name_its_safer_variant() {
    let text = GOOD.replacen(
        "grounds.protection_order_violation = { grade = \"no\" }\n\n[[offense]]",
        "grounds.protection_order_violation = { grade = \"no\" }\n\n[[offense.variant]]\nid = \"ca.pc.1.x\"\nlabel_en = \"x\"\nlabel_es = \"x\"\ngrounds.cimt = { grade = \"no\" }\n\n[[offense.variant]]\nid = \"ca.pc.1.y\"\nlabel_en = \"y\"\nlabel_es = \"y\"\ngrounds.cimt = { grade = \"no\" }\n\n[[offense]]",
        1,
    );
    assert_reports(&text, "data/test.toml:4: ca.pc.1: safer_variant: is required for a divisible offense: the variant to plead to");
    let named = text.replacen(
        "sources = [\"a source\"]",
        "sources = [\"a source\"]\nsafer_variant = \"ca.pc.1.z\"",
        1,
    );
    assert_reports(
        &named,
        "data/test.toml:4: ca.pc.1: safer_variant: \"ca.pc.1.z\" is not one of this offense's variants",
    );
}

#[test]
fn bad_values_name_what_is_accepted() {
    assert_reports(
        &GOOD.replacen("class = \"misdemeanor\"", "class = \"wobblerish\"", 1),
        "data/test.toml:4: ca.pc.1: class: \"wobblerish\" is not one of felony, misdemeanor, wobbler, infraction",
    );
    assert_reports(
        &GOOD.replacen("grounds.cimt = { grade = \"no\" }", "grounds.cimt = { grade = \"maybe\" }", 1),
        "data/test.toml:4: ca.pc.1: grounds.cimt.grade: \"maybe\" is not one of no, possible, likely, yes",
    );
    assert_reports(
        &GOOD.replacen("grounds.cimt = { grade = \"no\" }", "grounds.cimt = { grade = \"yes\" }", 1),
        "data/test.toml:4: ca.pc.1: grounds.cimt: a ground that may apply needs a note and at least one citation (cite)",
    );
    assert_reports(
        &GOOD.replacen("grounds.firearm = { grade = \"no\" }\n", "", 1),
        "data/test.toml:4: ca.pc.1: grounds.firearm: is required: every ground is stated, \"no\" included",
    );
    assert_reports(
        &GOOD.replacen("citation = \"PC 1\"", "citation = \"XYZ 1\"", 1),
        "data/test.toml:4: ca.pc.1: citation: \"xyz\" is not a code this catalog knows (PC, HS, VC, BP, WI, or ILCS)",
    );
    assert_reports(
        &GOOD.replacen("misdemeanor_max = 180\n", "", 1),
        "data/test.toml:4: ca.pc.1: misdemeanor_max: is required for class misdemeanor",
    );
}

/// What the phone decodes is exactly what the checks produced: the compiled files, read
/// back, equal the offenses loaded from the TOML, field for field, in every language.
#[test]
fn the_compiled_data_reads_back_as_the_checked_data() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let files: Vec<(&str, String)> = ["data/ca.toml", "data/il.toml"]
        .iter()
        .map(|f| (*f, std::fs::read_to_string(root.join(f)).unwrap()))
        .collect();
    let texts: Vec<(&str, &str)> = files.iter().map(|(f, t)| (*f, t.as_str())).collect();
    let loaded = load_catalogs(&texts).expect("the data loads");
    let decoded: Vec<_> = catalog().offenses.iter().filter(|o| !o.is_section).collect();
    assert_eq!(decoded.len(), loaded.len());
    for (d, l) in decoded.iter().zip(&loaded) {
        assert_eq!(*d, l, "{} differs once compiled", l.id);
    }
    let federal = std::fs::read_to_string(root.join("data/federal.toml")).unwrap();
    let params = padilla::catalog::load::load_params("data/federal.toml", &federal).expect("loads");
    assert_eq!(catalog().params, params);
}

/// One language's file alone gives that language's texts and leaves the other empty; the
/// two together give both.
#[test]
fn each_language_file_carries_its_own_texts() {
    use padilla::catalog::{decode_state, embedded};
    use padilla::lang::Lang;
    let (code, files) = embedded::STATES[0];
    let (j, langs, es_only) = decode_state(&files[1..2], padilla::DATA_VERSION).expect("reads");
    assert_eq!((j.code(), langs), (code, vec![Lang::Es]));
    assert!(es_only.iter().all(|o| o.title.en.is_empty() && !o.title.es.is_empty()));
    let (_, langs, both) = decode_state(files, padilla::DATA_VERSION).expect("reads");
    assert_eq!(langs, vec![Lang::En, Lang::Es]);
    assert!(both.iter().all(|o| !o.title.en.is_empty() && !o.title.es.is_empty()));
    assert!(decode_state(files, "1999.1.1+0").is_none(), "a file of another data version is refused");
    assert_eq!(padilla::catalog::state_of(files[1], padilla::DATA_VERSION), Some(j), "the header names the state");
    assert_eq!(padilla::catalog::state_of(files[1], "1999.1.1+0"), None);
}

fn catalog() -> &'static Catalog {
    Catalog::embedded()
        .unwrap_or_else(|e| panic!("{}", e.iter().map(|x| x.to_string()).collect::<Vec<_>>().join("\n")))
}

/// Every curated alternative is safer than its offense on at least one point, as the
/// engine computes it (not as asserted by hand), in at least one of the situations it is
/// offered for: plea planning or removal defense; a resident or an undocumented person; a
/// sentence of 30 or 365 days; the charge entered at either level; the record showing a
/// minor or a domestic victim.
#[test]
fn every_curated_alternative_is_safer_on_at_least_one_point() {
    let catalog = catalog();
    let today = Date::parse("2026-11-22").unwrap();
    let mut failures = Vec::new();
    for o in &catalog.offenses {
        if o.alternatives.is_empty() {
            continue;
        }
        let wanted: std::collections::HashSet<&str> =
            o.alternatives.iter().map(|a| a.offense_id.as_str()).collect();
        let mut shown_safer = std::collections::HashSet::new();
        let situations = ["plea_planning", "removal_defense"].into_iter().flat_map(|perspective| {
            ["lpr", "undocumented"].into_iter().flat_map(move |status| {
                [30, 365].into_iter().flat_map(move |days| {
                    [None, Some("misdemeanor"), Some("felony")].into_iter().flat_map(move |level| {
                        [vec![], vec!["minor_victim"], vec!["protected_relationship"]]
                            .into_iter()
                            .map(move |facts| (perspective, status, days, level, facts))
                    })
                })
            })
        });
        for (perspective, status, days, level, facts) in situations {
            if wanted.iter().all(|w| shown_safer.contains(*w)) {
                break;
            }
            let case = json!({
                "as_of": "2026-11-22", "jurisdiction": o.jurisdiction.code(), "perspective": perspective,
                "person": { "status": status, "admitted_on": "2012-01-01", "lpr_since": "2014-01-01" },
                "convictions": [{ "statute": o.citation, "committed_on": "2024-01-10", "convicted_on": "2024-03-01",
                                  "disposition": "plea_or_verdict", "sentence_days": days, "level": level, "facts": facts }],
            });
            let case = case_from_value(&case, today).unwrap();
            let a = padilla::engine::assess(&case, catalog).unwrap();
            for x in &a.convictions[0].alternatives {
                if x.curated && !(x.avoids.is_empty() && x.reduces.is_empty()) {
                    shown_safer.insert(x.offense_id.clone());
                }
            }
        }
        for alt in &o.alternatives {
            if !shown_safer.contains(&alt.offense_id) {
                failures.push(format!(
                    "{}:{}: {}: alternative {} avoids nothing the offense triggers",
                    o.file, o.line, o.id, alt.offense_id
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{} alternatives are not safer:\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn every_offense_has_sources_a_review_date_and_both_titles() {
    for o in &catalog().offenses {
        assert!(!o.sources.is_empty() && !o.title.en.is_empty() && !o.title.es.is_empty(), "{}", o.id);
        let secs = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs();
        let today = Date::from_unix_days((secs / 86_400) as i64).unwrap();
        assert!(o.last_reviewed <= today, "{}: review date {} is in the future", o.id, o.last_reviewed);
    }
}

#[test]
fn the_contract_spellings_resolve_to_their_entries() {
    let c = catalog();
    let id = |typed: &str, j: Jurisdiction| c.find(typed, j).unwrap().map(|o| o.id.as_str());
    for typed in ["PC 273.5", "273.5(a) PC", "Cal. Penal Code § 273.5", "penal code 273.5", "P.C. 273.5"] {
        assert_eq!(id(typed, Jurisdiction::Ca), Some("ca.pc.273.5"), "{typed}");
    }
    assert_eq!(id("HS 11377", Jurisdiction::Ca), Some("ca.hs.11377"));
    assert_eq!(id("H&S 11377(a)", Jurisdiction::Ca), Some("ca.hs.11377"));
    assert_eq!(id("VC 23152(b)", Jurisdiction::Ca), Some("ca.vc.23152"));
    assert_eq!(id("PC 245(a)(1)", Jurisdiction::Ca), Some("ca.pc.245.a.1"));
    assert_eq!(id("720 ILCS 5/12-3.2(a)(2)", Jurisdiction::Il), Some("il.720.5.12_3.2.a.2"));
    assert_eq!(id("720-5/12-3.2(a)(2)", Jurisdiction::Il), Some("il.720.5.12_3.2.a.2"));
    assert_eq!(id("5/12-3.2(a)(2)", Jurisdiction::Il), Some("il.720.5.12_3.2.a.2"));
    assert_eq!(id("PC 99999", Jurisdiction::Ca), None);
}

#[test]
fn words_find_offenses_in_english_and_spanish_with_typos() {
    let c = catalog();
    let first =
        |q: &str, j: Jurisdiction| c.lookup(q, j, 5).into_iter().map(|o| o.id.clone()).collect::<Vec<_>>();
    assert!(first("domestic battery", Jurisdiction::Il).iter().any(|id| id.starts_with("il.720.5.12_3.2")));
    assert!(first("domestic battery", Jurisdiction::Ca).contains(&"ca.pc.243.e.1".to_string()));
    assert_eq!(first("robbery", Jurisdiction::Ca).first().map(String::as_str), Some("ca.pc.211"));
    assert_eq!(first("robo", Jurisdiction::Ca).first().map(String::as_str), Some("ca.pc.211"));
    assert!(!first("posesión", Jurisdiction::Ca).is_empty());
    assert_eq!(
        first("posesion", Jurisdiction::Ca),
        first("posesión", Jurisdiction::Ca),
        "accents do not matter"
    );
    assert!(
        first("domestc batery", Jurisdiction::Ca).contains(&"ca.pc.243.e.1".to_string()),
        "typos are forgiven"
    );
    assert!(
        first("PC 245", Jurisdiction::Ca).contains(&"ca.pc.245.a.1".to_string()),
        "a section lists its subsections"
    );
    assert!(first("qwertyuiop", Jurisdiction::Ca).is_empty());
}

#[test]
fn no_alternative_lists_a_point_on_two_sides() {
    let catalog = catalog();
    let today = Date::from_ymd(2026, 12, 1).unwrap();
    let mut failures = Vec::new();
    for o in catalog.offenses.iter().filter(|o| !o.is_section) {
        for (status, days) in [
            ("lpr", json!(null)),
            ("undocumented", json!(365)),
            ("daca", json!(30)),
            ("unknown", json!(null)),
        ] {
            let case = json!({
                "as_of": "2026-12-01", "jurisdiction": o.jurisdiction.code(),
                "person": { "status": status, "admitted_on": "2012-01-01", "lpr_since": "2014-01-01" },
                "convictions": [{ "statute": o.citation, "disposition": "plea_or_verdict", "sentence_days": days,
                                  "committed_on": "2025-01-10", "convicted_on": "2025-03-01" }],
            });
            let a = padilla::engine::assess(&case_from_value(&case, today).unwrap(), catalog).unwrap();
            for x in &a.convictions[0].alternatives {
                let lists = [&x.avoids, &x.reduces, &x.still_risks];
                for (i, one) in lists.iter().enumerate() {
                    for other in &lists[i + 1..] {
                        if let Some(both) = one.iter().find(|p| other.contains(p)) {
                            failures.push(format!(
                                "{} ({status}) → {}: {} on two sides",
                                o.id,
                                x.offense_id,
                                both.code()
                            ));
                        }
                    }
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn a_confinement_risk_resting_on_days_not_entered_says_which_fact() {
    let case = json!({
        "as_of": "2026-12-01", "jurisdiction": "CA",
        "person": { "status": "lpr", "admitted_on": "2012-01-01", "lpr_since": "2012-01-01" },
        "convictions": [{ "statute": "PC 273.5", "disposition": "plea_or_verdict", "sentence_days": 364,
                          "committed_on": "2025-01-10", "convicted_on": "2025-03-01" }],
    });
    let a = padilla::engine::assess(
        &case_from_value(&case, Date::from_ymd(2026, 12, 1).unwrap()).unwrap(),
        catalog(),
    )
    .unwrap();
    let texts: Vec<String> = a
        .findings
        .iter()
        .map(|f| f.explanation.render(padilla::lang::Lang::En))
        .filter(|t| t.contains("onfinement"))
        .collect();
    assert!(!texts.is_empty(), "a confinement risk is reported");
    for t in &texts {
        assert!(t.contains("days in custody were not entered"), "{t}");
        assert!(!t.contains("0 days counted"), "{t}");
    }
}

#[test]
fn an_offense_graded_no_on_a_ground_that_one_of_its_prongs_triggers_is_rejected() {
    let text = GOOD.replacen(
        "grounds.protection_order_violation = { grade = \"no\" }\n\n[[offense]]",
        "grounds.protection_order_violation = { grade = \"no\" }\n\n[[offense.variant]]\nid = \"ca.pc.1.x\"\nlabel_en = \"x\"\nlabel_es = \"x\"\ngrounds.cimt = { grade = \"no\" }\n\n[[offense.variant]]\nid = \"ca.pc.1.y\"\nlabel_en = \"y\"\nlabel_es = \"y\"\ngrounds.cimt = { grade = \"likely\", note = \"Deceit.\", note_es = \"Engaño.\", cite = [\"Jordan v. De George, 341 U.S. 223 (1951)\"] }\n\n[[offense]]",
        1,
    )
    .replacen("sources = [\"a source\"]", "sources = [\"a source\"]\nsafer_variant = \"ca.pc.1.x\"", 1);
    assert_reports(
        &text,
        "data/test.toml:4: ca.pc.1: variant[1].grounds.cimt: ca.pc.1.y grades cimt likely/likely (home/worst), above the offense's own no/no: grade the whole statute by its worst prong",
    );
}

#[test]
fn a_prong_may_state_its_own_aggravated_felony_routes() {
    let text = GOOD.replacen(
        "grounds.protection_order_violation = { grade = \"no\" }\n\n[[offense]]",
        "grounds.protection_order_violation = { grade = \"no\" }\n\n[[offense.variant]]\nid = \"ca.pc.1.x\"\nlabel_en = \"x\"\nlabel_es = \"x\"\ngrounds.aggravated_felony = [{ grade = \"no\" }, { grade = \"no\", trigger = \"loss\" }]\n\n[[offense.variant]]\nid = \"ca.pc.1.y\"\nlabel_en = \"y\"\nlabel_es = \"y\"\ngrounds.cimt = { grade = \"no\" }\n\n[[offense]]",
        1,
    )
    .replacen("sources = [\"a source\"]", "sources = [\"a source\"]\nsafer_variant = \"ca.pc.1.x\"", 1);
    let offenses = load_catalogs(&[("data/test.toml", &text)]).expect("loads");
    let x = offenses[0].variant("ca.pc.1.x").expect("the prong");
    assert_eq!(x.more_af.as_ref().map(Vec::len), Some(1), "its second route replaces the offense's");
    assert_eq!(offenses[0].variant("ca.pc.1.y").and_then(|v| v.more_af.as_ref()), None);
}
