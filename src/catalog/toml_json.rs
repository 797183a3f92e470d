//! A data file in TOML → JSON, with the line on which each `[[offense]]`,
//! `[[offense.variant]]` and `[[parameter]]` entry starts stored as `"_line"`.
//!
//! Shared by `build.rs` (which compiles the catalogs into the binary as JSON, so no TOML
//! parser ships in the WebAssembly) and the tests that feed broken data to the validator.
//! It uses only `toml` and `serde_json`, nothing of the crate.

use serde_json::{Map, Number, Value};

/// Converts `text` (the contents of a data file) to JSON. Errors are TOML syntax errors with
/// their line and column.
pub fn convert(text: &str) -> Result<Value, String> {
    let table: toml::Table = text.parse().map_err(|e: toml::de::Error| e.to_string())?;
    let mut json = to_json(toml::Value::Table(table));
    let starts = |header: &str| -> Vec<u64> {
        text.lines()
            .enumerate()
            .filter(|(_, line)| line.trim() == header)
            .map(|(i, _)| i as u64 + 1)
            .collect()
    };
    let mut offense_lines = starts("[[offense]]").into_iter();
    let mut variant_lines = starts("[[offense.variant]]").into_iter();
    if let Some(Value::Array(offenses)) = json.get_mut("offense") {
        for offense in offenses {
            let Value::Object(o) = offense else { continue };
            if let Some(line) = offense_lines.next() {
                o.insert("_line".into(), line.into());
            }
            if let Some(Value::Array(variants)) = o.get_mut("variant") {
                for variant in variants {
                    if let (Value::Object(v), Some(line)) = (variant, variant_lines.next()) {
                        v.insert("_line".into(), line.into());
                    }
                }
            }
        }
    }
    let mut parameter_lines = starts("[[parameter]]").into_iter();
    if let Some(Value::Array(params)) = json.get_mut("parameter") {
        for param in params {
            if let (Value::Object(p), Some(line)) = (param, parameter_lines.next()) {
                p.insert("_line".into(), line.into());
            }
        }
    }
    Ok(json)
}

fn to_json(value: toml::Value) -> Value {
    match value {
        toml::Value::String(s) => Value::String(s),
        toml::Value::Integer(i) => Value::Number(i.into()),
        toml::Value::Float(f) => Number::from_f64(f).map_or(Value::Null, Value::Number),
        toml::Value::Boolean(b) => Value::Bool(b),
        // Dates are written YYYY-MM-DD in the data; the loader checks the shape.
        toml::Value::Datetime(d) => Value::String(d.to_string()),
        toml::Value::Array(items) => Value::Array(items.into_iter().map(to_json).collect()),
        toml::Value::Table(t) => {
            Value::Object(t.into_iter().map(|(k, v)| (k, to_json(v))).collect::<Map<_, _>>())
        }
    }
}
