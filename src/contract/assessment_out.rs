//! [`Assessment`] → the contract's JSON, field for field, plus the fields this build adds:
//! top-level `findings` (removability, detention and relief, each with its reason), a
//! `reason` (message key and parameters) beside every English `explanation` so any language
//! can render it, and `warning_reasons` beside `warnings`.

use serde_json::{json, Map, Value};

use crate::engine::outcome::{Arg, Assessment, ConvictionOut, Explanation, Finding, Ground, Relief, Subject};
use crate::engine::questions::{AnswerValue, Question};
use crate::lang::{Lang, Prose};

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
        "questions": a.questions.iter().map(question).collect::<Vec<_>>(),
    })
}

fn codes(list: &[Subject]) -> Value {
    list.iter().map(|s| Value::from(s.code())).collect()
}

/// A per-language text: `{ "en": ..., "es": ... }`.
fn prose(p: &Prose) -> Value {
    json!({ "en": &*p.en, "es": &*p.es })
}

fn question(q: &Question) -> Value {
    let mut v = json!({
        "conviction": q.conviction,
        "about": q.about.code(),
        "ask": reason(&q.ask),
        "answers": q.answers.iter().map(|a| {
            let changes: Map<String, Value> =
                a.changes.iter().map(|c| (c.path(), Value::from(c.value.code()))).collect();
            let value = match &a.value {
                AnswerValue::Variant(id) => Value::from(id.as_str()),
                AnswerValue::Fact(b) => Value::from(*b),
                AnswerValue::Number(n) => Value::from(*n),
                AnswerValue::Level(l) => Value::from(*l),
            };
            json!({ "value": value, "label": reason(&a.label), "changes": changes })
        }).collect::<Vec<_>>(),
    });
    if let (crate::engine::questions::About::Fact(f), Value::Object(map)) = (q.about, &mut v) {
        map.insert("fact".into(), f.code().into());
    }
    v
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
            "why": a.why.render(Lang::En),
            "why_reason": reason(&a.why),
            "curated": a.curated,
            "avoids": codes(&a.avoids),
            "reduces": codes(&a.reduces),
            "still_risks": codes(&a.still_risks),
        })).collect::<Vec<_>>(),
        "record_advice": c.record_advice.as_ref().map(prose),
        "post_conviction": c.post_conviction.as_ref().map(prose),
        "safer_variant": c.safer_variant,
        "suggestions": c.suggestions,
    })
}

fn finding(f: &Finding) -> Value {
    let mut v = json!({
        "ground": f.subject.code(),
        "grade": f.verdict.code(),
        "basis": f.basis.text(),
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
    // Typed parameters: an offense by its id, a reviewer's text in each language, conclusions
    // by their codes; the reader's side renders each in its own language.
    let params: Map<String, Value> = e
        .params
        .iter()
        .map(|(k, v)| {
            let value = match v {
                Arg::Text(t) => Value::from(t.as_str()),
                Arg::Offense { id, .. } => Value::from(&**id),
                Arg::Prose(p) => prose(p),
                Arg::Subjects(list) => codes(list),
            };
            ((*k).to_string(), value)
        })
        .collect();
    let mut v = json!({ "key": e.key.key(), "params": params });
    if let (Some(next), Value::Object(map)) = (&e.then, &mut v) {
        map.insert("then".into(), reason(next));
    }
    v
}
