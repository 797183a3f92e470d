//! The scenario tables: every `tests/scenarios/*.toml` file, run through the contract door
//! (`assess_value`), every stated expectation checked, every failure reported at once as
//! `file: scenario: key: expected X, got Y`.
//!
//! A file may hold `[defaults]` merged into each scenario's case (top-level keys, and
//! `defaults.conviction` into each conviction). A scenario states `name` (a sentence),
//! `authority`, `case` and either `expect` (output path → value, only those checked) or
//! `error` (the start of the expected input error). Paths read the Assessment JSON:
//! `removability.deportable`, `convictions[0].grounds.cimt`, `relief.naturalization`,
//! `convictions[0].offense_id`. A value `"!no"` means anything but "no"; a list means one
//! of its values; a key ending in `~` means the list (or text) found there contains the value
//! (every value, when a list is given).
//!
//! A scenario may test the search field instead of an assessment: `search = { query =
//! "robo", jurisdiction = "CA" }`, with expectations on the ids found, best first
//! (`expect."[0]" = "ca.pc.211"`, `expect."~" = "ca.pc.211"`).

use std::fs;
use std::path::Path;

use padilla::catalog::Catalog;
use padilla::contract::assess_value;
use padilla::engine::case::Jurisdiction;
use padilla::engine::date::Date;
use serde_json::{Map, Value};

fn merge(defaults: Option<&Value>, case: &Value) -> Value {
    let mut out = Map::new();
    if let Some(Value::Object(d)) = defaults {
        for (k, v) in d {
            if k != "conviction" {
                out.insert(k.clone(), v.clone());
            }
        }
    }
    if let Value::Object(c) = case {
        for (k, v) in c {
            out.insert(k.clone(), v.clone());
        }
    }
    let conviction_defaults = defaults.and_then(|d| d.get("conviction")).and_then(Value::as_object);
    if let (Some(cd), Some(Value::Array(convictions))) = (conviction_defaults, out.get_mut("convictions")) {
        for c in convictions {
            if let Value::Object(c) = c {
                for (k, v) in cd {
                    c.entry(k.clone()).or_insert_with(|| v.clone());
                }
            }
        }
    }
    Value::Object(out)
}

/// Reads `a.b[0].c` from JSON.
fn lookup<'v>(root: &'v Value, path: &str) -> Option<&'v Value> {
    let mut cur = root;
    if path.is_empty() {
        return Some(root);
    }
    for part in path.split('.') {
        let (name, indexes) = match part.find('[') {
            Some(i) => (&part[..i], &part[i..]),
            None => (part, ""),
        };
        if !name.is_empty() {
            cur = cur.get(name)?;
        }
        for idx in indexes.split('[').filter(|s| !s.is_empty()) {
            let n: usize = idx.trim_end_matches(']').parse().ok()?;
            cur = cur.get(n)?;
        }
    }
    Some(cur)
}

fn contains(expected: &Value, got: Option<&Value>) -> bool {
    match (expected, got) {
        (Value::Array(all), g) => all.iter().all(|e| contains(e, g)),
        (e, Some(Value::Array(items))) => items.contains(e),
        (Value::String(e), Some(Value::String(g))) => g.contains(e.as_str()),
        _ => false,
    }
}

/// The ids the search field lists for a query, best first.
fn search(spec: &Value) -> Result<Value, String> {
    let query = spec.get("query").and_then(Value::as_str).ok_or("search.query: required")?;
    let j = spec
        .get("jurisdiction")
        .and_then(Value::as_str)
        .and_then(Jurisdiction::from_code)
        .ok_or("search.jurisdiction: CA or IL")?;
    let catalog = Catalog::embedded().map_err(|e| format!("catalog: {}", e.len()))?;
    Ok(Value::Array(catalog.lookup(query, j, 10).into_iter().map(|o| Value::String(o.id.clone())).collect()))
}

fn matches(expected: &Value, got: Option<&Value>) -> bool {
    match (expected, got) {
        (Value::String(e), Some(Value::String(g))) if e.starts_with('!') => g != &e[1..],
        (Value::Array(options), Some(Value::Array(g))) if options.is_empty() => g.is_empty(),
        (Value::Array(options), Some(g)) => options.iter().any(|o| matches(o, Some(g))),
        (e, Some(g)) => e == g,
        (Value::Null, None) => true,
        _ => false,
    }
}

fn show(v: Option<&Value>) -> String {
    v.map_or("(absent)".into(), |v| v.to_string())
}

#[test]
fn every_scenario_gives_its_expected_answer() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/scenarios");
    let mut files: Vec<_> = fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    files.sort();
    let today = Date::parse("2026-11-22").unwrap();
    let mut failures = Vec::new();
    let (mut scenarios, mut checks) = (0, 0);
    let mut names = std::collections::HashSet::new();
    for file in &files {
        let fname = file.file_name().unwrap().to_string_lossy().to_string();
        let data = match fs::read_to_string(file).unwrap().parse::<toml::Table>().map(|t| to_json(toml::Value::Table(t))) {
            Ok(d) => d,
            Err(e) => {
                failures.push(format!("{fname}: not valid TOML: {e}"));
                continue;
            }
        };
        let defaults = data.get("defaults");
        for s in data.get("scenario").and_then(Value::as_array).into_iter().flatten() {
            scenarios += 1;
            let name = s.get("name").and_then(Value::as_str).unwrap_or("(unnamed)");
            let at = format!("{fname}: {name}");
            if !names.insert(name.to_string()) {
                failures.push(format!("{at}: the name is used twice"));
            }
            if let Some(Value::Object(map)) = Some(s) {
                if let Some(k) = map.keys().find(|k| {
                    !["name", "authority", "case", "search", "expect", "error"].contains(&k.as_str())
                }) {
                    failures.push(format!("{at}: {k}: unknown key"));
                }
            }
            if s.get("authority").and_then(Value::as_str).is_none_or(str::is_empty) {
                failures.push(format!("{at}: authority: every scenario cites the law it rests on"));
            }
            let result = match s.get("search") {
                Some(spec) => search(spec)
                    .map_err(|message| padilla::contract::InputError { field: "search".into(), message }),
                None => assess_value(&merge(defaults, s.get("case").unwrap_or(&Value::Null)), today),
            };
            match (s.get("error"), result) {
                (Some(Value::String(want)), Err(e)) => {
                    checks += 1;
                    if !e.to_string().starts_with(want.as_str()) {
                        failures.push(format!("{at}: error: expected {want:?}, got {:?}", e.to_string()));
                    }
                }
                (Some(want), Ok(_)) => {
                    failures.push(format!("{at}: error: expected {want}, got an Assessment"))
                }
                (None, Err(e)) => failures.push(format!("{at}: input error: {e}")),
                (_, Ok(out)) => {
                    let expect = s.get("expect").and_then(Value::as_object);
                    if expect.is_none_or(Map::is_empty) {
                        failures.push(format!("{at}: expect: states nothing to check"));
                    }
                    for (key, want) in expect.into_iter().flatten() {
                        checks += 1;
                        let (path, contain) = match key.strip_suffix('~') {
                            Some(p) => (p, true),
                            None => (key.as_str(), false),
                        };
                        let got = lookup(&out, path);
                        let ok = if contain { contains(want, got) } else { matches(want, got) };
                        if !ok {
                            failures.push(format!("{at}: {key}: expected {want}, got {}", show(got)));
                        }
                    }
                }
                (Some(_), Err(e)) => failures.push(format!("{at}: error must be text; got error {e}")),
            }
        }
    }
    println!("{scenarios} scenarios, {checks} expectations checked in {} files", files.len());
    assert!(failures.is_empty(), "{} scenario failures:\n{}", failures.len(), failures.join("\n"));
    assert!(scenarios > 0, "no scenarios found in tests/scenarios");
}

/// A scenario table as JSON, the Case's own format (TOML dates become `YYYY-MM-DD` text).
fn to_json(value: toml::Value) -> Value {
    match value {
        toml::Value::String(s) => Value::String(s),
        toml::Value::Integer(i) => Value::Number(i.into()),
        toml::Value::Float(f) => serde_json::Number::from_f64(f).map_or(Value::Null, Value::Number),
        toml::Value::Boolean(b) => Value::Bool(b),
        toml::Value::Datetime(d) => Value::String(d.to_string()),
        toml::Value::Array(items) => Value::Array(items.into_iter().map(to_json).collect()),
        toml::Value::Table(t) => Value::Object(t.into_iter().map(|(k, v)| (k, to_json(v))).collect()),
    }
}
