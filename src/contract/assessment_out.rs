//! [`Assessment`] → the contract's JSON, field for field, plus the fields this build adds:
//! top-level `findings` (removability, detention and relief, each with its reason), a
//! `reason` (message key and parameters) beside every English `explanation` so any language
//! can render it, and `warning_reasons` beside `warnings`.

use serde_json::{json, Map, Value};

use crate::engine::outcome::{Assessment, ConvictionOut, Explanation, Finding, Ground, Relief};
use crate::lang::Lang;

/// The Assessment as contract JSON.
pub fn to_json(a: &Assessment, data_version: &str) -> Value {
    let mut relief = Map::new();
    for r in Relief::ALL {
        relief.insert(r.code().into(), a.relief[*r as usize].code().into());
    }
    json!({
        "schema_version": super::SCHEMA_VERSION,
        "data_version": data_version,
        "convictions": a.convictions.iter().map(conviction).collect::<Vec<_>>(),
        "removability": { "deportable": a.deportable.code(), "inadmissible": a.inadmissible.code() },
        "relief": relief,
        "mandatory_detention": a.mandatory_detention.code(),
        "warnings": a.warnings.iter().map(|w| w.render(Lang::En)).collect::<Vec<_>>(),
        "warning_reasons": a.warnings.iter().map(reason).collect::<Vec<_>>(),
        "findings": a.findings.iter().map(finding).collect::<Vec<_>>(),
    })
}

fn conviction(c: &ConvictionOut) -> Value {
    let mut grounds = Map::new();
    for g in Ground::ALL {
        grounds.insert(g.code().into(), c.grounds[*g as usize].code().into());
    }
    json!({
        "statute": c.statute,
        "offense_id": c.offense_id,
        "offense_name": c.offense_name,
        "is_conviction": c.is_conviction.code(),
        "grounds": grounds,
        "findings": c.findings.iter().map(finding).collect::<Vec<_>>(),
        "alternatives": c.alternatives.iter().map(|a| json!({
            "offense_id": a.offense_id,
            "why": a.why,
            "curated": a.curated,
            "avoids": a.avoids,
            "still_risks": a.still_risks,
        })).collect::<Vec<_>>(),
    })
}

fn finding(f: &Finding) -> Value {
    let mut v = json!({
        "ground": f.subject.code(),
        "grade": f.verdict.code(),
        "basis": f.basis.to_string(),
        "explanation": f.explanation.render(Lang::En),
        "citations": f.citations,
        "reason": reason(&f.explanation),
    });
    if let (Some(i), Value::Object(map)) = (f.conviction, &mut v) {
        map.insert("conviction".into(), i.into());
    }
    v
}

fn reason(e: &Explanation) -> Value {
    let params: Map<String, Value> =
        e.params.iter().map(|(k, v)| ((*k).to_string(), Value::String(v.clone()))).collect();
    let mut v = json!({ "key": e.key.key(), "params": params });
    if let (Some(next), Value::Object(map)) = (&e.then, &mut v) {
        map.insert("then".into(), reason(next));
    }
    v
}
