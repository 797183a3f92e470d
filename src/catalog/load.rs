//! The compiled data (JSON made from `data/*.toml` by `build.rs`) → checked catalog types.
//! Every problem is reported, each as `file:line: id: field: message`.

use std::collections::{HashMap, HashSet};
use std::fmt;

use serde_json::Value;

use crate::engine::case::Jurisdiction;
use crate::engine::date::Date;
use crate::engine::outcome::{Grade, Ground};
use crate::engine::params::{is_date_param, Param, Params, Value as ParamValue};
use crate::lang::Prose;
use crate::read::{err, InputError, Obj};

use super::search::parse_statute;
use crate::engine::offense::*;

/// One problem in a data file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CatalogError {
    pub file: String,
    pub line: u32,
    /// The entry's id, or "-" when it has none.
    pub id: String,
    pub field: String,
    pub message: String,
}

impl fmt::Display for CatalogError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}: {}: {}", self.file, self.line, self.id, self.field, self.message)
    }
}

/// Everything loaded: offenses of every jurisdiction and the federal parameters.
pub struct Loaded {
    pub offenses: Vec<Offense>,
    pub params: Params,
}

/// Loads the bundle `build.rs` writes: `{ "catalogs": [{file, data}], "federal": {file, data} }`.
pub fn load_bundle(bundle: &'static Value) -> Result<Loaded, Vec<CatalogError>> {
    let mut errors = Vec::new();
    let mut files: Vec<(&'static str, &'static Value)> = Vec::new();
    if let Some(Value::Array(list)) = bundle.get("catalogs") {
        for entry in list {
            if let (Some(Value::String(file)), Some(data)) = (entry.get("file"), entry.get("data")) {
                files.push((file.as_str(), data));
            }
        }
    }
    let federal = bundle.get("federal").and_then(|f| Some((f.get("file")?.as_str()?, f.get("data")?)));
    let params = match federal {
        Some((file, data)) => load_params(file, data).map_err(|e| errors.extend(e)).ok(),
        None => {
            errors.push(error("data/federal.toml", 0, "-", "", "missing from the build"));
            None
        }
    };
    let offenses = load_catalogs(&files).map_err(|e| errors.extend(e)).ok();
    match (offenses, params, errors.is_empty()) {
        (Some(offenses), Some(params), true) => Ok(Loaded { offenses, params }),
        _ => Err(errors),
    }
}

fn error(file: &str, line: u32, id: &str, field: &str, message: impl Into<String>) -> CatalogError {
    CatalogError { file: file.into(), line, id: id.into(), field: field.into(), message: message.into() }
}

fn line_of(v: &Value) -> u32 {
    v.get("_line").and_then(Value::as_u64).unwrap_or(0) as u32
}

/// Loads the federal parameters file.
pub fn load_params(file: &str, data: &Value) -> Result<Params, Vec<CatalogError>> {
    let mut errors = Vec::new();
    let mut entries = Vec::new();
    let mut seen = HashSet::new();
    let list = data.get("parameter").and_then(Value::as_array).cloned().unwrap_or_default();
    for p in &list {
        let line = line_of(p);
        let id = p.get("id").and_then(Value::as_str).unwrap_or("-");
        match param_entries(p) {
            Ok((param, values)) => {
                if !seen.insert(param) {
                    errors.push(error(file, line, id, "id", "is listed twice"));
                }
                entries.extend(values.into_iter().map(|(from, v)| (param, from, v)));
            }
            Err(e) => errors.push(error(file, line, id, &e.field, e.message)),
        }
    }
    match Params::new(entries) {
        Ok(params) if errors.is_empty() => Ok(params),
        Ok(_) => Err(errors),
        Err(missing) => {
            for p in missing {
                errors.push(error(
                    file,
                    0,
                    p.code(),
                    "id",
                    "has no [[parameter]] entry; the engine needs it",
                ));
            }
            Err(errors)
        }
    }
}

fn param_entries(p: &Value) -> Result<(Param, Vec<(Date, ParamValue)>), InputError> {
    let obj = Obj::new(p, "")?;
    obj.only(&["_line", "id", "value", "values", "citation", "note"])?;
    let id = obj.req_str("id")?;
    let param = Param::from_code(id)
        .map_or_else(|| err("id", format!("\"{id}\" is not a parameter the engine knows")), Ok)?;
    obj.req_str("citation")?;
    let parse_value = |v: &Value, field: &str| -> Result<ParamValue, InputError> {
        match (is_date_param(param), v) {
            (true, Value::String(s)) => {
                Date::parse(s).map(ParamValue::Date).or_else(|e| err(field, format!("\"{s}\" {e}")))
            }
            (false, v) if v.as_u64().is_some() => Ok(ParamValue::Number(v.as_u64().unwrap_or(0))),
            (true, _) => err(field, "must be a date YYYY-MM-DD"),
            (false, _) => err(field, "must be a whole number, 0 or more"),
        }
    };
    let earliest = Date::from_ymd(1, 1, 1).unwrap_or(Date::EPOCH);
    match (obj.get("value"), obj.get("values")) {
        (Some(v), None) => Ok((param, vec![(earliest, parse_value(v, "value")?)])),
        (None, Some(Value::Array(items))) if !items.is_empty() => {
            let mut out = Vec::new();
            for (i, item) in items.iter().enumerate() {
                let path = format!("values[{i}]");
                let o = Obj::new(item, &path)?;
                o.only(&["from", "value"])?;
                let from = o.opt_date("from")?.map_or_else(|| err(&o.path("from"), "is required"), Ok)?;
                let value = o.get("value").map_or_else(|| err(&o.path("value"), "is required"), Ok)?;
                out.push((from, parse_value(value, &o.path("value"))?));
            }
            if out[0].0 != earliest {
                return err("values[0].from", "must be 0001-01-01, so every date has a value");
            }
            Ok((param, out))
        }
        _ => err("value", "give either value or a non-empty list of values"),
    }
}

/// Loads the offense catalogs and checks what crosses entries: ids, statutes, alternatives.
pub fn load_catalogs(files: &[(&'static str, &Value)]) -> Result<Vec<Offense>, Vec<CatalogError>> {
    let mut errors = Vec::new();
    let mut offenses = Vec::new();
    for (file, data) in files {
        let obj = match Obj::new(data, "") {
            Ok(o) => o,
            Err(e) => {
                errors.push(error(file, 0, "-", &e.field, e.message));
                continue;
            }
        };
        if let Err(e) = obj.only(&["jurisdiction", "offense"]) {
            errors.push(error(file, 0, "-", &e.field, e.message));
        }
        let jurisdiction =
            match obj.get("jurisdiction").and_then(Value::as_str).and_then(Jurisdiction::from_code) {
                Some(j) => j,
                None => {
                    errors.push(error(file, 0, "-", "jurisdiction", Jurisdiction::expected()));
                    continue;
                }
            };
        for entry in obj.obj_list("offense").unwrap_or_default() {
            let id = entry.get("id").and_then(Value::as_str).unwrap_or("-");
            match offense(entry, jurisdiction, file) {
                Ok(o) => offenses.push(o),
                Err(e) => errors.push(error(file, line_of(entry), id, &e.field, e.message)),
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
                    o.file,
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
                    o.file,
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
                    o.file,
                    o.line,
                    &o.id,
                    &field,
                    format!("\"{}\" is not an offense id in any catalog", alt.offense_id),
                )),
                Some(target) if target.id == o.id => errors.push(error(
                    o.file,
                    o.line,
                    &o.id,
                    &field,
                    "an offense cannot be its own alternative",
                )),
                Some(target) if target.jurisdiction != o.jurisdiction => errors.push(error(
                    o.file,
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

const OFFENSE_FIELDS: &[&str] = &[
    "_line",
    "id",
    "citation",
    "aliases",
    "keywords",
    "title_en",
    "title_es",
    "class",
    "felony_max_days",
    "misdemeanor_max",
    "family",
    "traits",
    "grounds",
    "variant",
    "alternatives",
    "record_advice",
    "record_advice_es",
    "safer_variant",
    "post_conviction",
    "post_conviction_es",
    "sources",
    "confidence",
    "last_reviewed",
];

fn offense(entry: &Value, jurisdiction: Jurisdiction, file: &'static str) -> Result<Offense, InputError> {
    let obj = Obj::new(entry, "")?;
    obj.only(OFFENSE_FIELDS)?;
    let id = obj.req_str("id")?;
    let prefix = format!("{}.", jurisdiction.code().to_lowercase());
    if !id.starts_with(&prefix)
        || !id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'.' || b == b'_')
    {
        return err(
            "id",
            format!("\"{id}\" must start with \"{prefix}\" and use only a-z, 0-9, '.' and '_'"),
        );
    }
    let citation = obj.req_str("citation")?;
    let mut statutes = Vec::new();
    for (field, typed) in std::iter::once(("citation".to_string(), citation))
        .chain(obj.str_list("aliases")?.into_iter().enumerate().map(|(i, a)| (format!("aliases[{i}]"), a)))
    {
        let parsed = parse_statute(typed, jurisdiction).or_else(|e| err(&field, e.to_string()))?;
        statutes.push(parsed.to_string());
    }
    let class = code(&obj, "class", OffenseClass::from_code, OffenseClass::expected)?;
    let felony_max_days = obj.opt_u32("felony_max_days")?;
    let misdemeanor_max = match obj.get("misdemeanor_max") {
        None | Some(Value::Null) => None,
        Some(Value::String(p)) => match Param::from_code(p) {
            Some(param @ (Param::CaMisdemeanorMaxDays | Param::IlClassAMaxDays)) => Some(MaxTerm::Param(param)),
            _ => return err("misdemeanor_max", format!("\"{p}\" is not a misdemeanor maximum parameter (ca_misdemeanor_max_days, il_class_a_max_days)")),
        },
        Some(v) => match v.as_u64().and_then(|n| u32::try_from(n).ok()) {
            Some(days) => Some(MaxTerm::Days(days)),
            None => return err("misdemeanor_max", "must be a number of days or a parameter id"),
        },
    };
    let needs_felony = matches!(class, OffenseClass::Felony | OffenseClass::Wobbler);
    let needs_misd = matches!(class, OffenseClass::Misdemeanor | OffenseClass::Wobbler);
    if needs_felony != felony_max_days.is_some() {
        return err(
            "felony_max_days",
            format!(
                "is {} for class {}",
                if needs_felony { "required" } else { "not allowed" },
                class.code()
            ),
        );
    }
    if needs_misd != misdemeanor_max.is_some() {
        return err(
            "misdemeanor_max",
            format!("is {} for class {}", if needs_misd { "required" } else { "not allowed" }, class.code()),
        );
    }
    let traits = traits(&obj)?;
    let grounds_obj = Obj::new(obj.get("grounds").unwrap_or(&Value::Null), "grounds")
        .or_else(|_| err("grounds", "is required: a table with every ground"))?;
    grounds_obj.only(&Ground::ALL.iter().map(|g| g.code()).collect::<Vec<_>>())?;
    let mut grounds = Vec::with_capacity(Ground::ALL.len());
    let mut more_af = Vec::new();
    for g in Ground::ALL {
        let path = grounds_obj.path(g.code());
        let v = grounds_obj
            .get(g.code())
            .map_or_else(|| err(&path, "is required: every ground is stated, \"no\" included"), Ok)?;
        match (v, *g) {
            // Several aggravated-felony routes: the first is the main one.
            (Value::Array(routes), Ground::AggravatedFelony) if !routes.is_empty() => {
                grounds.push(analysis(&routes[0], *g, &format!("{path}[0]"))?);
                for (i, route) in routes.iter().enumerate().skip(1) {
                    more_af.push(analysis(route, *g, &format!("{path}[{i}]"))?);
                }
            }
            _ => grounds.push(analysis(v, *g, &path)?),
        }
    }
    let mut variants = Vec::new();
    for (i, v) in obj.obj_list("variant")?.into_iter().enumerate() {
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
    let safer_variant = obj.opt_str("safer_variant")?.map(String::from);
    if !variants.is_empty() && safer_variant.is_none() {
        return err("safer_variant", "is required for a divisible offense: the variant to plead to");
    }
    if let Some(sv) = &safer_variant {
        if !variants.iter().any(|v: &Variant| &v.id == sv) {
            return err("safer_variant", format!("\"{sv}\" is not one of this offense's variants"));
        }
    }
    let mut alternatives = Vec::new();
    for (i, a) in obj.obj_list("alternatives")?.into_iter().enumerate() {
        let path = format!("alternatives[{i}]");
        let ao = Obj::new(a, &path)?;
        ao.only(&["id", "why", "why_es"])?;
        alternatives.push(Alternative {
            offense_id: ao.req_str("id")?.to_string(),
            why: prose(&ao, "why")?.map_or_else(|| err(&ao.path("why"), "is required"), Ok)?,
        });
    }
    let sources: Vec<String> = obj.str_list("sources")?.into_iter().map(String::from).collect();
    if sources.is_empty() {
        return err("sources", "is required: at least one authority for the analysis");
    }
    let last_reviewed = obj
        .opt_date("last_reviewed")?
        .map_or_else(|| err("last_reviewed", "is required: the date a lawyer last reviewed the row"), Ok)?;
    Ok(Offense {
        id: id.to_string(),
        jurisdiction,
        citation: citation.to_string(),
        statutes,
        keywords: obj.str_list("keywords")?.into_iter().map(String::from).collect(),
        title: Prose::new(obj.req_str("title_en")?, obj.req_str("title_es")?),
        class,
        felony_max_days,
        misdemeanor_max,
        family: code(&obj, "family", Family::from_code, Family::expected)?,
        traits,
        grounds,
        more_af,
        variants,
        alternatives,
        record_advice: prose(&obj, "record_advice")?,
        safer_variant,
        post_conviction: prose(&obj, "post_conviction")?,
        sources,
        confidence: code(&obj, "confidence", Confidence::from_code, Confidence::expected)?,
        last_reviewed,
        is_section: false,
        file,
        line: line_of(entry),
    })
}

fn variant(v: &Value, offense_id: &str, path: &str) -> Result<Variant, InputError> {
    let obj = Obj::new(v, path)?;
    obj.only(&["_line", "id", "label_en", "label_es", "grounds", "traits"])?;
    let id = obj.req_str("id")?;
    if !id.starts_with(&format!("{offense_id}.")) {
        return err(&obj.path("id"), format!("\"{id}\" must start with the offense id \"{offense_id}.\""));
    }
    let mut grounds = Vec::new();
    let mut more_af = None;
    if let Some(g) = obj.get("grounds") {
        let go = Obj::new(g, &obj.path("grounds"))?;
        go.only(&Ground::ALL.iter().map(|g| g.code()).collect::<Vec<_>>())?;
        for ground in Ground::ALL {
            let path = go.path(ground.code());
            match (go.get(ground.code()), *ground) {
                (None, _) => {}
                // A prong's own aggravated-felony routes replace all of the offense's.
                (Some(Value::Array(routes)), Ground::AggravatedFelony) if !routes.is_empty() => {
                    grounds.push((*ground, analysis(&routes[0], *ground, &format!("{path}[0]"))?));
                    let rest = routes.iter().enumerate().skip(1);
                    more_af = Some(
                        rest.map(|(i, r)| analysis(r, *ground, &format!("{path}[{i}]")))
                            .collect::<Result<Vec<_>, _>>()?,
                    );
                }
                (Some(a), _) => grounds.push((*ground, analysis(a, *ground, &path)?)),
            }
        }
    }
    if grounds.is_empty() {
        return err(&obj.path("grounds"), "a variant must state at least one ground where it differs");
    }
    Ok(Variant {
        id: id.to_string(),
        label: Prose::new(obj.req_str("label_en")?, obj.req_str("label_es")?),
        grounds,
        more_af,
        traits: match obj.get("traits") {
            None => None,
            Some(_) => Some(traits(&obj)?),
        },
    })
}

fn analysis(v: &Value, ground: Ground, path: &str) -> Result<Analysis, InputError> {
    let obj = Obj::new(v, path)?;
    obj.only(&[
        "grade",
        "home",
        "worst",
        "trigger",
        "sub",
        "relationship",
        "minor_victim",
        "when",
        "note",
        "note_es",
        "cite",
    ])?;
    let grade = |key: &str| obj.opt_code(key, Grade::from_code, Grade::expected);
    let (home, worst) = match (grade("grade")?, grade("home")?, grade("worst")?) {
        (Some(g), None, None) => (g, g),
        (None, Some(h), Some(w)) => (h, w),
        _ => return err(path, "give either grade, or both home and worst"),
    };
    let trigger = obj.opt_code("trigger", Trigger::from_code, Trigger::expected)?.unwrap_or(Trigger::None);
    let note = prose(&obj, "note")?.unwrap_or_default();
    let citations: Vec<String> = obj.str_list("cite")?.into_iter().map(String::from).collect();
    if home.max(worst) != Grade::No && (note.en.is_empty() || citations.is_empty()) {
        return err(path, "a ground that may apply needs a note and at least one citation (cite)");
    }
    let relationship_element = match obj.opt_str("relationship")? {
        None | Some("evidence") => false,
        Some("element") if ground == Ground::DomesticViolence => true,
        Some(other) => {
            return err(
                &obj.path("relationship"),
                format!("\"{other}\" is not element or evidence (domestic_violence only)"),
            )
        }
    };
    let minor_victim = grade("minor_victim")?;
    if minor_victim.is_some() && ground != Ground::ChildAbuse {
        return err(&obj.path("minor_victim"), "is for child_abuse only");
    }
    let felony_only = match obj.opt_str("when")? {
        None => false,
        Some("felony") => true,
        Some(other) => {
            return err(
                &obj.path("when"),
                format!("\"{other}\" is not a condition the engine knows (felony)"),
            )
        }
    };
    let subparagraph = obj.opt_str("sub")?.map(String::from);
    if ground == Ground::AggravatedFelony && home.max(worst) != Grade::No && subparagraph.is_none() {
        return err(&obj.path("sub"), "is required: the 101(a)(43) subparagraph, such as \"F\"");
    }
    if trigger != Trigger::None && ground != Ground::AggravatedFelony {
        return err(&obj.path("trigger"), "sentence and loss triggers belong to aggravated_felony");
    }
    Ok(Analysis {
        home,
        worst,
        trigger,
        subparagraph,
        relationship_element,
        minor_victim,
        felony_only,
        note,
        citations,
    })
}

fn code<T>(
    obj: &Obj<'_>,
    key: &str,
    parse: fn(&str) -> Option<T>,
    expected: fn() -> String,
) -> Result<T, InputError> {
    obj.opt_code(key, parse, expected)?.map_or_else(|| err(key, format!("is required: {}", expected())), Ok)
}

/// A text a reader sees, `key` in English and `key_es` in Spanish: both or neither.
fn prose(obj: &Obj<'_>, key: &str) -> Result<Option<Prose>, InputError> {
    let es_key = format!("{key}_es");
    match (obj.opt_str(key)?, obj.opt_str(&es_key)?) {
        (None, None) => Ok(None),
        (Some(en), Some(es)) => Ok(Some(Prose::new(en, es))),
        (Some(_), None) => {
            err(&obj.path(&es_key), format!("is required: the Spanish of {key}, in \"usted\""))
        }
        (None, Some(_)) => err(&obj.path(key), format!("is required beside {es_key}")),
    }
}

/// The `traits` list of an offense or a variant.
fn traits(obj: &Obj<'_>) -> Result<Vec<Trait>, InputError> {
    obj.str_list("traits")?
        .into_iter()
        .enumerate()
        .map(|(i, t)| {
            Trait::from_code(t).map_or_else(
                || err(&obj.path(&format!("traits[{i}]")), format!("\"{t}\" is not {}", Trait::expected())),
                Ok,
            )
        })
        .collect()
}
