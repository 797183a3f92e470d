//! [`Assessment`] → the contract's JSON, field for field, plus the fields this build adds:
//! top-level `findings` (removability, detention and relief, each with its reason), a
//! `reason` (message key and parameters) beside every English `explanation` so any language
//! can render it, and `warning_reasons` beside `warnings`.
//!
//! Written as [`Serialize`] over the engine's types, so the text goes straight out
//! ([`to_text`]) without building a JSON tree first, and the tree ([`to_json`]) is the same
//! document. Every object writes its keys in sorted order, as a `serde_json::Map` (sorted)
//! holds them, so the text is the same either way.

use std::collections::BTreeMap;

use serde::ser::{SerializeMap, Serializer};
use serde::Serialize;
use serde_json::Value;

use crate::engine::outcome::{
    AlternativeOut, Arg, Assessment, ConvictionOut, Explanation, Finding, Ground, Relief, Subject,
};
use crate::engine::questions::{About, Answer, AnswerValue, Question};
use crate::lang::{Lang, Prose};

/// The Assessment as contract JSON.
pub fn to_json(a: &Assessment, data_version: &str) -> Value {
    serde_json::to_value(Document { a, data_version }).unwrap_or(Value::Null)
}

/// The Assessment as contract JSON text: what [`to_json`] gives, written out.
pub fn to_text(a: &Assessment, data_version: &str) -> String {
    // About 20 kB per conviction in practice: sized once rather than doubled a dozen times.
    let mut out = Vec::with_capacity(TEXT_PER_CONVICTION * a.convictions.len().max(1));
    match serde_json::to_writer(&mut out, &Document { a, data_version }) {
        Ok(()) => String::from_utf8(out).unwrap_or_default(),
        Err(_) => String::new(),
    }
}

/// The room [`to_text`] makes for each conviction's JSON text.
const TEXT_PER_CONVICTION: usize = 24 * 1024;

struct Document<'a> {
    a: &'a Assessment,
    data_version: &'a str,
}

impl Serialize for Document<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let a = self.a;
        let relief: BTreeMap<&str, &str> =
            Relief::ALL.iter().zip(&a.relief).map(|(r, g)| (r.code(), g.code())).collect();
        let warnings: Vec<String> = a.warnings.iter().map(|w| w.render(Lang::En)).collect();
        let mut m = s.serialize_map(Some(10))?;
        m.serialize_entry("convictions", &All(&a.convictions))?;
        m.serialize_entry("data_version", self.data_version)?;
        m.serialize_entry("findings", &All(&a.findings))?;
        m.serialize_entry("mandatory_detention", a.mandatory_detention.code())?;
        m.serialize_entry("questions", &All(&a.questions))?;
        m.serialize_entry("relief", &relief)?;
        let removability = [("deportable", a.deportable.code()), ("inadmissible", a.inadmissible.code())];
        m.serialize_entry("removability", &BTreeMap::from(removability))?;
        m.serialize_entry("schema_version", &super::SCHEMA_VERSION)?;
        m.serialize_entry("warning_reasons", &All(&a.warnings))?;
        m.serialize_entry("warnings", &warnings)?;
        m.end()
    }
}

/// A list, each item written as its contract JSON.
struct All<'a, T>(&'a [T]);

impl<'a, T> Serialize for All<'a, T>
where
    Json<'a, T>: Serialize,
{
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.0.iter().map(Json))
    }
}

/// One engine value written as its contract JSON.
struct Json<'a, T>(&'a T);

/// Conclusions by their codes.
struct Codes<'a>(&'a [Subject]);

impl Serialize for Codes<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.0.iter().map(|x| x.code()))
    }
}

impl Serialize for Json<'_, Question> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let q = self.0;
        let mut m = s.serialize_map(None)?;
        m.serialize_entry("about", q.about.code())?;
        m.serialize_entry("answers", &All(&q.answers))?;
        m.serialize_entry("ask", &Json(&q.ask))?;
        m.serialize_entry("conviction", &q.conviction)?;
        if let About::Fact(f) = q.about {
            m.serialize_entry("fact", f.code())?;
        }
        m.end()
    }
}

impl Serialize for Json<'_, Answer> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let a = self.0;
        // A map, as the tree had it: one path once, the last change to it kept.
        let changes: BTreeMap<String, &str> = a.changes.iter().map(|c| (c.path(), c.value.code())).collect();
        let mut m = s.serialize_map(Some(3))?;
        m.serialize_entry("changes", &changes)?;
        m.serialize_entry("label", &Json(&a.label))?;
        match &a.value {
            AnswerValue::Variant(id) => m.serialize_entry("value", id)?,
            AnswerValue::Fact(b) => m.serialize_entry("value", b)?,
            AnswerValue::Number(n) => m.serialize_entry("value", n)?,
            AnswerValue::Level(l) => m.serialize_entry("value", l)?,
        }
        m.end()
    }
}

impl Serialize for Json<'_, ConvictionOut> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let c = self.0;
        let grounds: BTreeMap<&str, &str> =
            Ground::ALL.iter().zip(&c.grounds).map(|(g, grade)| (g.code(), grade.code())).collect();
        let mut m = s.serialize_map(Some(11))?;
        m.serialize_entry("alternatives", &All(&c.alternatives))?;
        m.serialize_entry("findings", &All(&c.findings))?;
        m.serialize_entry("grounds", &grounds)?;
        m.serialize_entry("is_conviction", c.is_conviction.code())?;
        m.serialize_entry("offense_id", &c.offense_id)?;
        m.serialize_entry("offense_name", &c.offense_name)?;
        m.serialize_entry("post_conviction", &c.post_conviction.as_ref().map(Json))?;
        m.serialize_entry("record_advice", &c.record_advice.as_ref().map(Json))?;
        m.serialize_entry("safer_variant", &c.safer_variant)?;
        m.serialize_entry("statute", &c.statute)?;
        m.serialize_entry("suggestions", &c.suggestions)?;
        m.end()
    }
}

impl Serialize for Json<'_, AlternativeOut> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let a = self.0;
        let mut m = s.serialize_map(Some(7))?;
        m.serialize_entry("avoids", &Codes(&a.avoids))?;
        m.serialize_entry("curated", &a.curated)?;
        m.serialize_entry("offense_id", &a.offense_id)?;
        m.serialize_entry("reduces", &Codes(&a.reduces))?;
        m.serialize_entry("still_risks", &Codes(&a.still_risks))?;
        m.serialize_entry("why", &a.why.render(Lang::En))?;
        m.serialize_entry("why_reason", &Json(&a.why))?;
        m.end()
    }
}

/// A per-language text: `{ "en": ..., "es": ... }`.
impl Serialize for Json<'_, Prose> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(2))?;
        m.serialize_entry("en", &*self.0.en)?;
        m.serialize_entry("es", &*self.0.es)?;
        m.end()
    }
}

impl Serialize for Json<'_, Finding> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let f = self.0;
        let mut m = s.serialize_map(None)?;
        m.serialize_entry("basis", &Text(&f.basis))?;
        m.serialize_entry("citations", &f.citations)?;
        if let Some(i) = f.conviction {
            m.serialize_entry("conviction", &i)?;
        }
        m.serialize_entry("explanation", &f.explanation.render(Lang::En))?;
        m.serialize_entry("grade", f.verdict.code())?;
        m.serialize_entry("ground", f.subject.code())?;
        m.serialize_entry("reason", &Json(&f.explanation))?;
        m.end()
    }
}

/// A reason: its message key and typed parameters (an offense by its id, a reviewer's text in
/// each language, conclusions by their codes); the reader's side renders each in its own
/// language.
impl Serialize for Json<'_, Explanation> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let e = self.0;
        let mut m = s.serialize_map(None)?;
        m.serialize_entry("key", e.key.key())?;
        m.serialize_entry("params", &Params(&e.params))?;
        if let Some(next) = &e.then {
            m.serialize_entry("then", &Json(&**next))?;
        }
        m.end()
    }
}

/// A reason's parameters as a map, as the tree had it: in name order, one name once, the
/// last value given kept. Most are already so (one or two names in order) and are written
/// as they are.
struct Params<'a>(&'a [(&'static str, Arg)]);

impl Serialize for Params<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        if self.0.windows(2).all(|w| w[0].0 < w[1].0) {
            let mut m = s.serialize_map(Some(self.0.len()))?;
            for (k, v) in self.0 {
                m.serialize_entry(k, &Json(v))?;
            }
            return m.end();
        }
        let sorted: BTreeMap<&str, Json<'_, Arg>> = self.0.iter().map(|(k, v)| (*k, Json(v))).collect();
        sorted.serialize(s)
    }
}

/// A value written as the text its `Display` gives, without making a `String` of it first.
struct Text<'a, T>(&'a T);

impl<T: std::fmt::Display> Serialize for Text<'_, T> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self.0)
    }
}

impl Serialize for Json<'_, Arg> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self.0 {
            Arg::Text(t) => s.serialize_str(t),
            Arg::Offense(o) => s.serialize_str(&o.id),
            Arg::Prose(p) => Json(p).serialize(s),
            Arg::Subjects(list) => Codes(list).serialize(s),
        }
    }
}
