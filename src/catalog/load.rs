//! The data files (TOML, read through [`super::raw`]) → the engine's checked types. Every
//! problem is reported, each as `file:line: id: field: message`.
//!
//! Runs where the data is compiled: in `build.rs` (a problem stops the build) and in
//! `cargo test`. Never on a phone: the app receives the checked result in binary form.

use std::collections::{BTreeMap, HashMap, HashSet};

use serde::Deserialize;
use toml::value::Datetime;
use toml::Value;

use super::raw::{self, RawAnalysis, RawOffense, RawUVisa, RawVariant, Routes};
use crate::engine::u_visa::QualifyingActivity;
use super::search::parse_statute;
pub use super::CatalogError;
use crate::engine::case::Jurisdiction;
use crate::engine::date::Date;
use crate::engine::offense::*;
use crate::engine::outcome::{Grade, Ground};
use crate::engine::params::{is_date_param, Param, Params, Value as ParamValue};
use crate::engine::InputError;
use crate::lang::Prose;

type Checked<T> = Result<T, InputError>;

fn err<T>(field: &str, message: impl Into<String>) -> Checked<T> {
    Err(InputError { field: field.to_string(), message: message.into() })
}

fn error(file: &str, line: u32, id: &str, field: &str, message: impl Into<String>) -> CatalogError {
    CatalogError { file: file.into(), line, id: id.into(), field: field.into(), message: message.into() }
}

/// The line (from 1) at byte `offset` of `text`.
fn line_at(text: &str, offset: usize) -> u32 {
    text.as_bytes()[..offset.min(text.len())].iter().filter(|&&b| b == b'\n').count() as u32 + 1
}

/// A TOML syntax or shape error for the whole file.
fn file_error(file: &str, text: &str, e: &toml::de::Error) -> CatalogError {
    let line = e.span().map_or(0, |s| line_at(text, s.start));
    let (field, message) = field_and_message("", e.message());
    error(file, line, "-", &field, message)
}

/// serde's "unknown field `titel`, expected one of ..." → `titel`: "is not a field ...".
fn field_and_message(path: &str, message: &str) -> (String, String) {
    // serde_path_to_error's path already ends at the unknown key; a file-level error's does not.
    let join = |name: &str| match path {
        "" | "." => name.to_string(),
        p if p == name || p.ends_with(&format!(".{name}")) => p.to_string(),
        p => format!("{p}.{name}"),
    };
    if let Some(rest) = message.strip_prefix("unknown field `") {
        if let Some((name, expected)) = rest.split_once('`') {
            let expected = expected.trim_start_matches(", ").trim();
            return (join(name), format!("is not a field ({expected})"));
        }
    }
    let path = if path == "." { "" } else { path };
    (path.to_string(), message.trim().to_string())
}

/// Reads one entry with serde, the error naming the path of the field.
fn read_entry<T: for<'de> Deserialize<'de>>(value: Value) -> Checked<T> {
    serde_path_to_error::deserialize(value).map_err(|e| {
        let (field, message) = field_and_message(&e.path().to_string(), &e.inner().to_string());
        InputError { field, message }
    })
}

/// The entry's id for messages, read before the entry is.
fn id_of(value: &Value) -> String {
    value.get("id").and_then(Value::as_str).unwrap_or("-").to_string()
}

/// Loads the federal parameters file.
pub fn load_params(file: &str, text: &str) -> Result<Params, Vec<CatalogError>> {
    let data: raw::FederalFile = toml::from_str(text).map_err(|e| vec![file_error(file, text, &e)])?;
    let mut errors = Vec::new();
    let mut entries = Vec::new();
    let mut seen = HashSet::new();
    for p in data.parameter {
        let line = line_at(text, p.span().start);
        let id = id_of(p.get_ref());
        match read_entry(p.into_inner()).and_then(param_entries) {
            Ok((param, values)) => {
                if !seen.insert(param) {
                    errors.push(error(file, line, &id, "id", "is listed twice"));
                }
                entries.extend(values.into_iter().map(|(from, v)| (param, from, v)));
            }
            Err(e) => errors.push(error(file, line, &id, &e.field, e.message)),
        }
    }
    match Params::new(entries) {
        Ok(params) if errors.is_empty() => Ok(params),
        Ok(_) => Err(errors),
        Err(missing) => {
            for p in missing {
                errors.push(error(file, 0, p.code(), "id", "has no [[parameter]] entry; the engine needs it"));
            }
            Err(errors)
        }
    }
}

fn date_of(d: &Datetime, field: &str) -> Checked<Date> {
    match (d.date, d.time) {
        (Some(_), None) => Date::parse(&d.to_string()).or_else(|e| err(field, format!("\"{d}\" {e}"))),
        _ => err(field, "must be a date YYYY-MM-DD"),
    }
}

fn param_entries(p: raw::RawParam) -> Checked<(Param, Vec<(Date, ParamValue)>)> {
    let id = p.id.as_deref().map_or_else(|| err("id", "is required"), Ok)?;
    let param = Param::from_code(id)
        .map_or_else(|| err("id", format!("\"{id}\" is not a parameter the engine knows")), Ok)?;
    if p.citation.is_none() {
        return err("citation", "is required");
    }
    let parse_value = |v: &Value, field: &str| -> Checked<ParamValue> {
        match (is_date_param(param), v) {
            (true, Value::Datetime(d)) => date_of(d, field).map(ParamValue::Date),
            (true, Value::String(s)) => {
                Date::parse(s).map(ParamValue::Date).or_else(|e| err(field, format!("\"{s}\" {e}")))
            }
            (false, Value::Integer(n)) if *n >= 0 => Ok(ParamValue::Number(*n as u64)),
            (true, _) => err(field, "must be a date YYYY-MM-DD"),
            (false, _) => err(field, "must be a whole number, 0 or more"),
        }
    };
    let earliest = Date::from_ymd(1, 1, 1).unwrap_or(Date::EPOCH);
    match (&p.value, &p.values) {
        (Some(v), None) => Ok((param, vec![(earliest, parse_value(v, "value")?)])),
        (None, Some(items)) if !items.is_empty() => {
            let mut out = Vec::new();
            for (i, item) in items.iter().enumerate() {
                let field = |name: &str| format!("values[{i}].{name}");
                let from = item.from.as_ref().map_or_else(|| err(&field("from"), "is required"), Ok)?;
                let from = date_of(from, &field("from"))?;
                let value = item.value.as_ref().map_or_else(|| err(&field("value"), "is required"), Ok)?;
                out.push((from, parse_value(value, &field("value"))?));
            }
            if out[0].0 != earliest {
                return err("values[0].from", "must be 0001-01-01, so every date has a value");
            }
            Ok((param, out))
        }
        _ => err("value", "give either value or a non-empty list of values"),
    }
}

/// Loads offense catalogs (`(file, text)` each) and checks what crosses entries: ids,
/// statutes, alternatives.
pub fn load_catalogs(files: &[(&str, &str)]) -> Result<Vec<Offense>, Vec<CatalogError>> {
    let mut errors = Vec::new();
    let mut offenses = Vec::new();
    for (file, text) in files {
        let data: raw::CatalogFile = match toml::from_str(text) {
            Ok(d) => d,
            Err(e) => {
                errors.push(file_error(file, text, &e));
                continue;
            }
        };
        let Some(jurisdiction) = data.jurisdiction.as_deref().and_then(Jurisdiction::from_code) else {
            errors.push(error(file, 0, "-", "jurisdiction", Jurisdiction::expected()));
            continue;
        };
        for entry in data.offense {
            let line = line_at(text, entry.span().start);
            let id = id_of(entry.get_ref());
            match read_entry(entry.into_inner()).and_then(|raw| offense(raw, jurisdiction, file, line)) {
                Ok(o) => offenses.push(o),
                Err(e) => errors.push(error(file, line, &id, &e.field, e.message)),
            }
        }
    }
    check_across(&offenses, &mut errors);
    match errors.is_empty() {
        true => Ok(offenses),
        false => Err(errors),
    }
}

fn check_across(offenses: &[Offense], errors: &mut Vec<CatalogError>) {
    let mut ids: HashMap<&str, &Offense> = HashMap::new();
    let mut statutes: HashMap<String, &Offense> = HashMap::new();
    for o in offenses {
        let mut own_ids: Vec<&str> = vec![o.id.as_str()];
        own_ids.extend(o.variants.iter().map(|v| v.id.as_str()));
        for id in own_ids {
            if let Some(first) = ids.insert(id, o) {
                errors.push(error(
                    &o.file,
                    o.line,
                    &o.id,
                    "id",
                    format!("\"{id}\" is already used at {}:{}", first.file, first.line),
                ));
            }
        }
        for s in &o.statutes {
            let key = format!("{}:{}", o.jurisdiction.code(), s);
            if let Some(first) = statutes.insert(key, o) {
                errors.push(error(
                    &o.file,
                    o.line,
                    &o.id,
                    "aliases",
                    format!("\"{s}\" already names {}", first.id),
                ));
            }
        }
    }
    for o in offenses {
        for (i, alt) in o.alternatives.iter().enumerate() {
            let field = format!("alternatives[{i}].id");
            match ids.get(alt.offense_id.as_str()) {
                None => errors.push(error(
                    &o.file,
                    o.line,
                    &o.id,
                    &field,
                    format!("\"{}\" is not an offense id in any catalog", alt.offense_id),
                )),
                Some(target) if target.id == o.id => errors.push(error(
                    &o.file,
                    o.line,
                    &o.id,
                    &field,
                    "an offense cannot be its own alternative",
                )),
                Some(target) if target.jurisdiction != o.jurisdiction => errors.push(error(
                    &o.file,
                    o.line,
                    &o.id,
                    &field,
                    "an alternative must be an offense of the same state",
                )),
                Some(_) => {}
            }
        }
    }
}


fn offense(raw: RawOffense, jurisdiction: Jurisdiction, file: &str, line: u32) -> Checked<Offense> {
    let id = required(&raw.id, "id")?;
    let prefix = format!("{}.", jurisdiction.code().to_lowercase());
    if !id.starts_with(&prefix)
        || !id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'.' || b == b'_')
    {
        return err(
            "id",
            format!("\"{id}\" must start with \"{prefix}\" and use only a-z, 0-9, '.' and '_'"),
        );
    }
    let citation = required(&raw.citation, "citation")?;
    let mut statutes = Vec::new();
    let aliases = raw.aliases.iter().enumerate().map(|(i, a)| (format!("aliases[{i}]"), a.as_str()));
    for (field, typed) in std::iter::once(("citation".to_string(), citation)).chain(aliases) {
        let parsed = parse_statute(typed, jurisdiction).or_else(|e| err(&field, e.to_string()))?;
        statutes.push(parsed.to_string());
    }
    let class = code(&raw.class, "class", OffenseClass::from_code, OffenseClass::expected)?;
    let felony_max_days = raw.felony_max_days;
    let misdemeanor_max = match &raw.misdemeanor_max {
        None => None,
        Some(Value::String(p)) => match Param::from_code(p) {
            Some(param @ (Param::CaMisdemeanorMaxDays | Param::IlClassAMaxDays)) => Some(MaxTerm::Param(param)),
            _ => return err("misdemeanor_max", format!("\"{p}\" is not a misdemeanor maximum parameter (ca_misdemeanor_max_days, il_class_a_max_days)")),
        },
        Some(Value::Integer(n)) if u32::try_from(*n).is_ok() => Some(MaxTerm::Days(*n as u32)),
        Some(_) => return err("misdemeanor_max", "must be a number of days or a parameter id"),
    };
    let needs_felony = matches!(class, OffenseClass::Felony | OffenseClass::Wobbler);
    let needs_misd = matches!(class, OffenseClass::Misdemeanor | OffenseClass::Wobbler);
    if needs_felony != felony_max_days.is_some() {
        let what = if needs_felony { "required" } else { "not allowed" };
        return err("felony_max_days", format!("is {what} for class {}", class.code()));
    }
    if needs_misd != misdemeanor_max.is_some() {
        let what = if needs_misd { "required" } else { "not allowed" };
        return err("misdemeanor_max", format!("is {what} for class {}", class.code()));
    }
    let traits = traits(raw.traits.as_deref().unwrap_or_default(), "traits")?;
    let raw_grounds = raw.grounds.as_ref().map_or_else(|| err("grounds", "is required: a table with every ground"), Ok)?;
    known_grounds(raw_grounds, "grounds")?;
    let mut grounds = Vec::with_capacity(Ground::ALL.len());
    let mut more_af = Vec::new();
    for g in Ground::ALL {
        let path = format!("grounds.{}", g.code());
        let routes = raw_grounds
            .get(g.code())
            .map_or_else(|| err(&path, "is required: every ground is stated, \"no\" included"), Ok)?;
        let (main, more) = routes_of(routes, *g, &path)?;
        grounds.push(main);
        if let Some(more) = more {
            more_af = more;
        }
    }
    let mut variants = Vec::new();
    for (i, v) in raw.variant.iter().enumerate() {
        variants.push(variant(v, id, &format!("variant[{i}]"))?);
    }
    if variants.len() == 1 {
        return err("variant", "a divisible offense needs at least two variants");
    }
    // The statute as a whole is graded by its worst prong (addendum 2026-12 §C.1 step 5): no
    // prong may grade a ground worse than the offense's own analysis, and an offense that
    // grades a ground `no` has no prong that grades it otherwise.
    for (i, v) in variants.iter().enumerate() {
        for (g, a) in &v.grounds {
            let parent = &grounds[*g as usize];
            let (mine, whole) = (a.home.max(a.worst), parent.home.max(parent.worst));
            if mine > whole || a.home > parent.home {
                return err(
                    &format!("variant[{i}].grounds.{}", g.code()),
                    format!(
                        "{} grades {} {}/{} (home/worst), above the offense's own {}/{}: grade the whole statute by its worst prong",
                        v.id,
                        g.code(),
                        a.home.code(),
                        a.worst.code(),
                        parent.home.code(),
                        parent.worst.code()
                    ),
                );
            }
        }
    }
    let safer_variant = raw.safer_variant.clone();
    if !variants.is_empty() && safer_variant.is_none() {
        return err("safer_variant", "is required for a divisible offense: the variant to plead to");
    }
    if let Some(sv) = &safer_variant {
        if !variants.iter().any(|v: &Variant| &v.id == sv) {
            return err("safer_variant", format!("\"{sv}\" is not one of this offense's variants"));
        }
    }
    let mut alternatives = Vec::new();
    for (i, a) in raw.alternatives.iter().enumerate() {
        let path = format!("alternatives[{i}]");
        alternatives.push(Alternative {
            offense_id: required(&a.id, &format!("{path}.id"))?.to_string(),
            why: prose(&a.why, &a.why_es, &format!("{path}.why"))?
                .map_or_else(|| err(&format!("{path}.why"), "is required"), Ok)?,
        });
    }
    if raw.sources.is_empty() {
        return err("sources", "is required: at least one authority for the analysis");
    }
    let last_reviewed = raw
        .last_reviewed
        .as_ref()
        .map_or_else(|| err("last_reviewed", "is required: the date a lawyer last reviewed the row"), Ok)?;
    Ok(Offense {
        id: id.to_string(),
        jurisdiction,
        citation: citation.to_string(),
        statutes,
        keywords: raw.keywords.clone(),
        title: Prose::new(required(&raw.title_en, "title_en")?, required(&raw.title_es, "title_es")?),
        class,
        felony_max_days,
        misdemeanor_max,
        family: code(&raw.family, "family", Family::from_code, Family::expected)?,
        traits,
        grounds,
        more_af,
        variants,
        alternatives,
        record_advice: prose(&raw.record_advice, &raw.record_advice_es, "record_advice")?,
        safer_variant,
        post_conviction: prose(&raw.post_conviction, &raw.post_conviction_es, "post_conviction")?,
        sources: raw.sources.clone(),
        confidence: code(&raw.confidence, "confidence", Confidence::from_code, Confidence::expected)?,
        u_visa: u_visa(&raw.u_visa, "u_visa")?,
        last_reviewed: date_of(last_reviewed, "last_reviewed")?,
        is_section: false,
        file: file.to_string(),
        line,
    })
}

/// Every key of a `grounds` table names a ground.
fn known_grounds(grounds: &BTreeMap<String, Routes>, path: &str) -> Checked<()> {
    match grounds.keys().find(|k| Ground::from_code(k).is_none()) {
        Some(k) => err(&format!("{path}.{k}"), format!("is not a field ({})", Ground::expected())),
        None => Ok(()),
    }
}

/// A ground's main analysis, and for the aggravated felony its further routes (`Some` when
/// the data lists several).
fn routes_of(routes: &Routes, ground: Ground, path: &str) -> Checked<(Analysis, Option<Vec<Analysis>>)> {
    match routes {
        Routes::One(a) => Ok((analysis(a, ground, path)?, None)),
        Routes::Many(list) if ground == Ground::AggravatedFelony && !list.is_empty() => {
            let main = analysis(&list[0], ground, &format!("{path}[0]"))?;
            let more = list
                .iter()
                .enumerate()
                .skip(1)
                .map(|(i, r)| analysis(r, ground, &format!("{path}[{i}]")))
                .collect::<Checked<Vec<_>>>()?;
            Ok((main, Some(more)))
        }
        Routes::Many(_) => err(path, "give one table; only aggravated_felony may list several routes"),
    }
}

fn variant(v: &RawVariant, offense_id: &str, path: &str) -> Checked<Variant> {
    let field = |name: &str| format!("{path}.{name}");
    let id = required(&v.id, &field("id"))?;
    if !id.starts_with(&format!("{offense_id}.")) {
        return err(&field("id"), format!("\"{id}\" must start with the offense id \"{offense_id}.\""));
    }
    let mut grounds = Vec::new();
    let mut more_af = None;
    if let Some(g) = &v.grounds {
        known_grounds(g, &field("grounds"))?;
        for ground in Ground::ALL {
            if let Some(routes) = g.get(ground.code()) {
                // A prong's own aggravated-felony routes replace all of the offense's.
                let (main, more) = routes_of(routes, *ground, &format!("{path}.grounds.{}", ground.code()))?;
                grounds.push((*ground, main));
                if more.is_some() {
                    more_af = more;
                }
            }
        }
    }
    if grounds.is_empty() {
        return err(&field("grounds"), "a variant must state at least one ground where it differs");
    }
    Ok(Variant {
        id: id.to_string(),
        label: Prose::new(required(&v.label_en, &field("label_en"))?, required(&v.label_es, &field("label_es"))?),
        grounds,
        more_af,
        traits: match &v.traits {
            None => None,
            Some(list) => Some(traits(list, &field("traits"))?),
        },
        u_visa: u_visa(&v.u_visa, &field("u_visa"))?,
        class: None,
        family: None,
    })
}

fn analysis(a: &RawAnalysis, ground: Ground, path: &str) -> Checked<Analysis> {
    let field = |name: &str| format!("{path}.{name}");
    let grade = |value: &Option<String>, name: &str| match value {
        None => Ok(None),
        Some(code) => Grade::from_code(code)
            .map(Some)
            .map_or_else(|| err(&field(name), format!("\"{code}\" is not {}", Grade::expected())), Ok),
    };
    let (home, worst) = match (grade(&a.grade, "grade")?, grade(&a.home, "home")?, grade(&a.worst, "worst")?) {
        (Some(g), None, None) => (g, g),
        (None, Some(h), Some(w)) => (h, w),
        _ => return err(path, "give either grade, or both home and worst"),
    };
    let trigger = match &a.trigger {
        None => Trigger::None,
        Some(t) => Trigger::from_code(t)
            .map_or_else(|| err(&field("trigger"), format!("\"{t}\" is not {}", Trigger::expected())), Ok)?,
    };
    let note = prose(&a.note, &a.note_es, &field("note"))?.unwrap_or_default();
    if home.max(worst) != Grade::No && (note.en.is_empty() || a.cite.is_empty()) {
        return err(path, "a ground that may apply needs a note and at least one citation (cite)");
    }
    let relationship_element = match a.relationship.as_deref() {
        None | Some("evidence") => false,
        Some("element") if ground == Ground::DomesticViolence => true,
        Some(other) => {
            return err(
                &field("relationship"),
                format!("\"{other}\" is not element or evidence (domestic_violence only)"),
            )
        }
    };
    let minor_victim = grade(&a.minor_victim, "minor_victim")?;
    if minor_victim.is_some() && ground != Ground::ChildAbuse {
        return err(&field("minor_victim"), "is for child_abuse only");
    }
    let felony_only = match a.when.as_deref() {
        None => false,
        Some("felony") => true,
        Some(other) => {
            return err(&field("when"), format!("\"{other}\" is not a condition the engine knows (felony)"))
        }
    };
    if ground == Ground::AggravatedFelony && home.max(worst) != Grade::No && a.sub.is_none() {
        return err(&field("sub"), "is required: the 101(a)(43) subparagraph, such as \"F\"");
    }
    if trigger != Trigger::None && ground != Ground::AggravatedFelony {
        return err(&field("trigger"), "sentence and loss triggers belong to aggravated_felony");
    }
    Ok(Analysis {
        home,
        worst,
        trigger,
        subparagraph: a.sub.clone(),
        relationship_element,
        minor_victim,
        felony_only,
        note,
        citations: a.cite.clone(),
    })
}

fn required<'a>(value: &'a Option<String>, field: &str) -> Checked<&'a str> {
    value.as_deref().map_or_else(|| err(field, "is required"), Ok)
}

fn code<T>(value: &Option<String>, field: &str, parse: fn(&str) -> Option<T>, expected: fn() -> String) -> Checked<T> {
    match value {
        None => err(field, format!("is required: {}", expected())),
        Some(c) => parse(c).map_or_else(|| err(field, format!("\"{c}\" is not {}", expected())), Ok),
    }
}

/// A text a reader sees, `key` in English and `key_es` in Spanish: both or neither.
fn prose(en: &Option<String>, es: &Option<String>, field: &str) -> Checked<Option<Prose>> {
    let key = field.rsplit('.').next().unwrap_or(field);
    match (en, es) {
        (None, None) => Ok(None),
        (Some(en), Some(es)) => Ok(Some(Prose::new(en.as_str(), es.as_str()))),
        (Some(_), None) => err(&format!("{field}_es"), format!("is required: the Spanish of {key}, in \"usted\"")),
        (None, Some(_)) => err(field, format!("is required beside {key}_es")),
    }
}

/// The `traits` list of an offense or a variant.
fn traits(list: &[String], field: &str) -> Checked<Vec<Trait>> {
    list.iter()
        .enumerate()
        .map(|(i, t)| {
            Trait::from_code(t)
                .map_or_else(|| err(&format!("{field}[{i}]"), format!("\"{t}\" is not {}", Trait::expected())), Ok)
        })
        .collect()
}

/// A reviewer's U visa row: a grade, the listed activities it names (none for `no`, at
/// least one otherwise), and a note with a citation unless the grade is `no`.
fn u_visa(raw: &Option<RawUVisa>, path: &str) -> Checked<Option<UVisaRow>> {
    let Some(u) = raw else { return Ok(None) };
    let field = |name: &str| format!("{path}.{name}");
    let grade = code(&u.grade, &field("grade"), Grade::from_code, Grade::expected)?;
    let mut activities = Vec::new();
    for (i, a) in u.activities.iter().enumerate() {
        let act = QualifyingActivity::from_code(a).map_or_else(
            || err(&format!("{path}.activities[{i}]"), format!("\"{a}\" is not {}", QualifyingActivity::expected())),
            Ok,
        )?;
        if activities.contains(&act) {
            return err(&format!("{path}.activities[{i}]"), format!("\"{a}\" is listed twice"));
        }
        activities.push(act);
    }
    match (grade, activities.is_empty()) {
        (Grade::No, false) => return err(&field("activities"), "must be empty when the grade is no"),
        (Grade::No, true) => {}
        (_, true) => return err(&field("activities"), "is required: the listed activities of INA 101(a)(15)(U)(iii) it is or may be"),
        (_, false) => {}
    }
    let note = prose(&u.note, &u.note_es, &field("note"))?.unwrap_or_default();
    if grade != Grade::No && (note.en.is_empty() || u.cite.is_empty()) {
        return err(path, "a grade above no needs a note and at least one citation (cite)");
    }
    Ok(Some(UVisaRow { grade, activities, note, citations: u.cite.clone() }))
}
