//! The data files as a lawyer writes them: a mirror of the TOML, read with serde. Each key
//! is declared once, here; serde refuses an unknown key or a value of the wrong shape, and
//! [`super::load`] turns what it read into the engine's checked types.
//!
//! Fields are optional where a missing one deserves a message of its own ("is required: the
//! date a lawyer last reviewed the row"), and codes are read as text so the message can list
//! what is accepted. Built only where the data is compiled (`build.rs`, native tests and
//! tools), never into the WebAssembly.

use std::collections::BTreeMap;

use serde::de::{self, Deserializer, MapAccess, SeqAccess, Visitor};
use serde::Deserialize;
use toml::value::Datetime;
use toml::{Spanned, Value};

/// `data/ca.toml`, `data/il.toml`: a state's catalog. Entries are kept as TOML values with
/// their position, so that each is read on its own: one broken entry does not hide the rest.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CatalogFile {
    pub jurisdiction: Option<String>,
    #[serde(default)]
    pub offense: Vec<Spanned<Value>>,
}

/// One `[[offense]]`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawOffense {
    pub id: Option<String>,
    pub citation: Option<String>,
    #[serde(default)]
    pub aliases: Vec<String>,
    #[serde(default)]
    pub keywords: Vec<String>,
    pub title_en: Option<String>,
    pub title_es: Option<String>,
    pub class: Option<String>,
    pub felony_max_days: Option<u32>,
    /// A number of days, or the id of a dated parameter.
    pub misdemeanor_max: Option<Value>,
    pub family: Option<String>,
    pub traits: Option<Vec<String>>,
    /// Ground code → its analysis (several routes for the aggravated felony).
    pub grounds: Option<BTreeMap<String, Routes>>,
    #[serde(default)]
    pub variant: Vec<RawVariant>,
    #[serde(default)]
    pub alternatives: Vec<RawAlternative>,
    pub record_advice: Option<String>,
    pub record_advice_es: Option<String>,
    pub safer_variant: Option<String>,
    pub post_conviction: Option<String>,
    pub post_conviction_es: Option<String>,
    #[serde(default)]
    pub sources: Vec<String>,
    pub confidence: Option<String>,
    pub last_reviewed: Option<Datetime>,
    /// Whether the offense is U visa qualifying criminal activity, where the engine's
    /// derivation from traits and grounds would be wrong or too weak.
    pub u_visa: Option<RawUVisa>,
}

/// One `[[offense.variant]]`: a prong the record of conviction may name.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawVariant {
    pub id: Option<String>,
    pub label_en: Option<String>,
    pub label_es: Option<String>,
    pub grounds: Option<BTreeMap<String, Routes>>,
    pub traits: Option<Vec<String>>,
    /// This prong's own U visa answer, replacing the offense's.
    pub u_visa: Option<RawUVisa>,
}

/// `u_visa = { grade = "yes", activities = ["extortion"], note = "...", note_es = "...",
/// cite = ["..."] }`: INA 101(a)(15)(U)(iii) qualifying criminal activity.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawUVisa {
    pub grade: Option<String>,
    #[serde(default)]
    pub activities: Vec<String>,
    pub note: Option<String>,
    pub note_es: Option<String>,
    #[serde(default)]
    pub cite: Vec<String>,
}

/// A curated safer plea.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawAlternative {
    pub id: Option<String>,
    pub why: Option<String>,
    pub why_es: Option<String>,
}

/// How an offense maps onto one ground.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawAnalysis {
    pub grade: Option<String>,
    pub home: Option<String>,
    pub worst: Option<String>,
    pub trigger: Option<String>,
    pub sub: Option<String>,
    pub relationship: Option<String>,
    pub minor_victim: Option<String>,
    pub when: Option<String>,
    pub note: Option<String>,
    pub note_es: Option<String>,
    #[serde(default)]
    pub cite: Vec<String>,
}

/// A ground's analysis, or (for the aggravated felony) a list of routes, the first the main.
pub enum Routes {
    One(RawAnalysis),
    Many(Vec<RawAnalysis>),
}

impl<'de> Deserialize<'de> for Routes {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Routes, D::Error> {
        struct RoutesVisitor;
        impl<'de> Visitor<'de> for RoutesVisitor {
            type Value = Routes;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a table { grade = ... }, or a list of them")
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Routes, A::Error> {
                RawAnalysis::deserialize(de::value::MapAccessDeserializer::new(map)).map(Routes::One)
            }
            fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Routes, A::Error> {
                Vec::deserialize(de::value::SeqAccessDeserializer::new(seq)).map(Routes::Many)
            }
        }
        d.deserialize_any(RoutesVisitor)
    }
}

/// `data/federal.toml`: the legal thresholds.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FederalFile {
    #[serde(default)]
    pub parameter: Vec<Spanned<Value>>,
}

/// One `[[parameter]]`: a single value, or values dated from when they apply.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawParam {
    pub id: Option<String>,
    pub value: Option<Value>,
    pub values: Option<Vec<RawDated>>,
    pub citation: Option<String>,
    pub note: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawDated {
    pub from: Option<Datetime>,
    pub value: Option<Value>,
}

/// `data/manifest.toml`: the data version and the date it was reviewed.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    pub data_version: String,
    pub released: Datetime,
}
