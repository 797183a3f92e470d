//! U visa qualifying criminal activity (INA 101(a)(15)(U)(iii); 8 C.F.R. 214.14(a)(9)), the
//! prosecutor view of issue #10: the table `tests/scenarios/u_visa.toml` run against the
//! catalog, properties every catalog entry must have, and the loader's checks of a
//! reviewer's `u_visa` row, each reported as `file:line: id: field: message`.

use std::path::Path;

use padilla::catalog::load::load_catalogs;
use padilla::catalog::Catalog;
use padilla::engine::offense::{Offense, Variant};
use padilla::engine::outcome::{Grade, Ground};
use padilla::engine::reason::ReasonKey;
use padilla::engine::u_visa::{qualifying, QualifyingActivity, UVisa, STATUTE};

fn catalog() -> &'static Catalog {
    Catalog::embedded().expect("the catalog loads")
}

fn strings(v: Option<&toml::Value>) -> Option<Vec<String>> {
    v.and_then(toml::Value::as_array)
        .map(|a| a.iter().filter_map(toml::Value::as_str).map(String::from).collect())
}

#[test]
fn every_row_of_the_u_visa_table_gives_its_expected_answer() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/scenarios/u_visa.toml");
    let table: toml::Table = std::fs::read_to_string(&path).expect("the table").parse().expect("valid TOML");
    let rows = table.get("u_visa").and_then(toml::Value::as_array).expect("[[u_visa]] rows");
    assert!(rows.len() >= 11, "the table covers the brief's cases");
    let mut failures = Vec::new();
    for (i, row) in rows.iter().enumerate() {
        let s = |k: &str| row.get(k).and_then(toml::Value::as_str);
        let at = format!("u_visa[{i}] {}", s("offense").unwrap_or("-"));
        if let Some(k) = row.as_table().and_then(|t| {
            t.keys().find(|k| {
                !["offense", "variant", "expect", "activities", "depends", "reviewed", "why"]
                    .contains(&k.as_str())
            })
        }) {
            failures.push(format!("{at}: {k}: unknown key"));
        }
        if s("why").is_none_or(str::is_empty) {
            failures.push(format!("{at}: why: say why, for a reader of the table"));
        }
        let Some(o) = s("offense").and_then(|id| catalog().get(id)) else {
            failures.push(format!("{at}: offense: not a catalog id"));
            continue;
        };
        let variant = match s("variant") {
            None => None,
            Some(v) => match o.variant(v) {
                Some(found) => Some(found),
                None => {
                    failures.push(format!("{at}: variant: {v} is not a prong of {}", o.id));
                    continue;
                }
            },
        };
        let u = qualifying(o, variant);
        match s("expect").and_then(Grade::from_code) {
            Some(g) if g == u.grade => {}
            Some(g) => failures.push(format!(
                "{at}: expected {}, got {} ({:?})",
                g.code(),
                u.grade.code(),
                u.activities
            )),
            None => failures.push(format!("{at}: expect: {}", Grade::expected())),
        }
        if let Some(want) = strings(row.get("activities")) {
            let mut want: Vec<QualifyingActivity> =
                want.iter().filter_map(|a| QualifyingActivity::from_code(a)).collect();
            let mut got = u.headline();
            want.sort();
            got.sort();
            if want != got {
                failures.push(format!("{at}: activities: expected {want:?}, got {got:?}"));
            }
        }
        if let Some(want) = strings(row.get("depends")) {
            for d in want {
                if !u.depends_on.iter().any(|x| format!("{x:?}").eq_ignore_ascii_case(&d)) {
                    failures.push(format!("{at}: depends: {d} missing from {:?}", u.depends_on));
                }
            }
        }
        if let Some(want) = row.get("reviewed").and_then(toml::Value::as_bool) {
            if want != u.reviewed {
                failures.push(format!("{at}: reviewed: expected {want}, got {}", u.reviewed));
            }
        }
    }
    assert!(failures.is_empty(), "{} failures:\n{}", failures.len(), failures.join("\n"));
}

/// Every entry and every prong of both catalogs, with its answer.
fn every_answer() -> Vec<(&'static Offense, Option<&'static Variant>, UVisa)> {
    let mut out = Vec::new();
    for o in &catalog().offenses {
        for v in std::iter::once(None).chain(o.variants.iter().map(Some)) {
            out.push((o, v, qualifying(o, v)));
        }
    }
    out
}

fn worst(o: &Offense, v: Option<&Variant>, g: Ground) -> Grade {
    let a = o.analysis(g, v);
    a.home.max(a.worst)
}

#[test]
fn every_offense_gets_a_grade_reasons_and_the_activities_its_grade_claims() {
    for (o, v, u) in every_answer() {
        let at = format!("{} {}", o.id, v.map_or("-", |v| v.id.as_str()));
        assert!(u.reasons.len() >= 2, "{at}: a reason, then what certification needs");
        assert_eq!(
            u.reasons
                .last()
                .map(|r| r.key == ReasonKey::UVisaCertification || r.key == ReasonKey::UVisaTVisa),
            Some(true),
            "{at}"
        );
        assert!(u.citations.iter().any(|c| c == STATUTE), "{at}: cites the statute");
        match u.grade {
            Grade::No => {
                assert!(u.activities.is_empty(), "{at}: no names no activity");
                assert!(u.depends_on.is_empty(), "{at}");
            }
            g => {
                assert!(!u.headline().is_empty(), "{at}: {} names at least one activity", g.code());
                assert!(u.activities.iter().all(|(_, x)| *x <= g && *x > Grade::No), "{at}");
            }
        }
        if u.grade == Grade::Possible {
            assert!(!u.depends_on.is_empty(), "{at}: possible says what it depends on");
        }
    }
}

/// Never falsely safe, and never a `yes` on a trait alone: the derivation (no reviewer's
/// row) says domestic violence or stalking `yes` only where the catalog's analysis of that
/// ground is not `no`, and never leaves out an activity whose ground the catalog finds.
#[test]
fn a_derived_answer_rests_on_the_catalogs_own_analysis() {
    for (o, v, u) in every_answer().into_iter().filter(|(_, _, u)| !u.reviewed) {
        let at = format!("{} {}", o.id, v.map_or("-", |v| v.id.as_str()));
        let grade_of = |a: QualifyingActivity| u.activities.iter().find(|(x, _)| *x == a).map(|(_, g)| *g);
        for (ground, activity) in [
            (Ground::DomesticViolence, QualifyingActivity::DomesticViolence),
            (Ground::Stalking, QualifyingActivity::Stalking),
        ] {
            let found = worst(o, v, ground);
            if grade_of(activity) == Some(Grade::Yes) {
                assert_ne!(found, Grade::No, "{at}: {} yes while the ground says no", activity.code());
            }
            if found != Grade::No {
                assert!(
                    grade_of(activity).is_some(),
                    "{at}: the catalog finds {} but the answer omits it",
                    ground.code()
                );
            }
        }
        if o.has_in(padilla::engine::offense::Trait::Inchoate, v) {
            assert!(u.grade >= Grade::Possible, "{at}: an inchoate offense may target any activity");
        }
    }
}

#[test]
fn a_reviewers_row_is_what_the_answer_says() {
    let mut rows = 0;
    for (o, v, u) in every_answer() {
        let Some(row) = v.and_then(|v| v.u_visa.as_ref()).or(o.u_visa.as_ref()) else { continue };
        if o.is_section && v.is_none() {
            continue;
        }
        rows += 1;
        assert!(u.reviewed);
        assert_eq!(u.grade, row.grade, "{}", o.id);
        let mut got = u.headline();
        let mut want = row.activities.clone();
        got.sort();
        want.sort();
        assert_eq!(got, want, "{}", o.id);
        for c in &row.citations {
            assert!(u.citations.iter().any(|x| x == c || x.starts_with(&format!("{c} ("))), "{}: {c}", o.id);
        }
    }
    assert!(rows >= 20, "the catalogs carry the reviewed rows ({rows})");
}

/// A valid entry with a `u_visa` row, to break one field at a time.
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
u_visa = { grade = "yes", activities = ["extortion"], note = "Extortion by name.", note_es = "Extorsión por su nombre.", cite = ["INA 101(a)(15)(U)(iii)"] }
grounds.aggravated_felony = { grade = "no" }
grounds.cimt = { grade = "no" }
grounds.controlled_substance = { grade = "no" }
grounds.firearm = { grade = "no" }
grounds.domestic_violence = { grade = "no" }
grounds.stalking = { grade = "no" }
grounds.child_abuse = { grade = "no" }
grounds.protection_order_violation = { grade = "no" }
"#;

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
fn a_u_visa_row_loads_and_its_mistakes_are_reported_with_file_line_and_field() {
    assert_eq!(problems(GOOD), Vec::<String>::new());
    let loaded = load_catalogs(&[("data/test.toml", GOOD)]).expect("loads");
    let row = loaded[0].u_visa.as_ref().expect("the row");
    assert_eq!((row.grade, row.activities.as_slice()), (Grade::Yes, &[QualifyingActivity::Extortion][..]));
    assert_reports(
        &GOOD.replacen("grade = \"yes\", activities", "grade = \"certain\", activities", 1),
        "data/test.toml:4: ca.pc.1: u_visa.grade: \"certain\" is not one of no, possible, likely, yes",
    );
    assert_reports(
        &GOOD.replacen("[\"extortion\"]", "[\"extortion\", \"robbery\"]", 1),
        &format!(
            "data/test.toml:4: ca.pc.1: u_visa.activities[1]: \"robbery\" is not {}",
            QualifyingActivity::expected()
        ),
    );
    assert_reports(
        &GOOD.replacen("[\"extortion\"]", "[]", 1),
        "data/test.toml:4: ca.pc.1: u_visa.activities: is required: the listed activities of INA 101(a)(15)(U)(iii) it is or may be",
    );
    assert_reports(
        &GOOD.replacen(", cite = [\"INA 101(a)(15)(U)(iii)\"]", "", 1),
        "data/test.toml:4: ca.pc.1: u_visa: a grade above no needs a note and at least one citation (cite)",
    );
    assert_reports(
        &GOOD.replacen(", note_es = \"Extorsión por su nombre.\"", "", 1),
        "data/test.toml:4: ca.pc.1: u_visa.note_es: is required: the Spanish of note, in \"usted\"",
    );
    assert_reports(
        &GOOD.replacen("grade = \"yes\"", "grade = \"no\"", 1),
        "data/test.toml:4: ca.pc.1: u_visa.activities: must be empty when the grade is no",
    );
    assert!(
        problems(&GOOD.replacen("cite = [", "citations = [", 1))
            .iter()
            .any(|p| p.contains("u_visa.citations") && p.contains("is not a field")),
        "an unknown key is refused"
    );
    // A `no` needs neither note nor citation.
    let no = GOOD.replacen(
        "u_visa = { grade = \"yes\", activities = [\"extortion\"], note = \"Extortion by name.\", note_es = \"Extorsión por su nombre.\", cite = [\"INA 101(a)(15)(U)(iii)\"] }",
        "u_visa = { grade = \"no\" }",
        1,
    );
    assert_eq!(problems(&no), Vec::<String>::new());
}
