//! Reading JSON objects field by field, with errors that name the field's path
//! (`convictions[0].sentence_days`). Used at every edge where JSON comes in: the contract's
//! Case and the compiled offense catalog.

use serde_json::{Map, Value};

use crate::engine::case::Cents;
use crate::engine::date::Date;

pub use crate::engine::InputError;

/// An `Err` naming `field`.
pub fn err<T>(field: &str, message: impl Into<String>) -> Result<T, InputError> {
    Err(InputError { field: field.to_string(), message: message.into() })
}

/// A JSON object being read, with the path that names it in errors.
pub struct Obj<'a> {
    pub map: &'a Map<String, Value>,
    pub path: String,
}

impl<'a> Obj<'a> {
    pub fn new(value: &'a Value, path: &str) -> Result<Obj<'a>, InputError> {
        match value {
            Value::Object(map) => Ok(Obj { map, path: path.to_string() }),
            _ => err(path, "must be a JSON object"),
        }
    }

    pub fn path(&self, key: &str) -> String {
        match self.path.is_empty() {
            true => key.to_string(),
            false => format!("{}.{key}", self.path),
        }
    }

    /// Rejects keys the contract does not define: a misspelt field must not be ignored.
    pub fn only(&self, known: &[&str]) -> Result<(), InputError> {
        match self.map.keys().find(|k| !known.contains(&k.as_str())) {
            Some(k) => {
                err(&self.path(k), format!("is not a field of the contract; expected {}", known.join(", ")))
            }
            None => Ok(()),
        }
    }

    pub fn get(&self, key: &str) -> Option<&'a Value> {
        self.map.get(key)
    }

    pub fn required(&self, key: &str) -> Result<&'a Value, InputError> {
        match self.map.get(key) {
            Some(Value::Null) | None => err(&self.path(key), "is required"),
            Some(v) => Ok(v),
        }
    }

    pub fn opt_code<T>(
        &self,
        key: &str,
        parse: fn(&str) -> Option<T>,
        expected: fn() -> String,
    ) -> Result<Option<T>, InputError> {
        match self.map.get(key) {
            None | Some(Value::Null) => Ok(None),
            Some(Value::String(s)) => match parse(s) {
                Some(v) => Ok(Some(v)),
                None => err(&self.path(key), format!("\"{s}\" is not {}", expected())),
            },
            Some(_) => err(&self.path(key), format!("must be {}", expected())),
        }
    }

    pub fn opt_date(&self, key: &str) -> Result<Option<Date>, InputError> {
        match self.map.get(key) {
            None | Some(Value::Null) => Ok(None),
            Some(Value::String(s)) => match Date::parse(s) {
                Ok(d) => Ok(Some(d)),
                Err(e) => err(&self.path(key), format!("\"{s}\" {e}")),
            },
            Some(_) => err(&self.path(key), "must be a date written YYYY-MM-DD, or null"),
        }
    }

    pub fn opt_days(&self, key: &str) -> Result<Option<u32>, InputError> {
        match self.map.get(key) {
            None | Some(Value::Null) => Ok(None),
            Some(v) => match v.as_u64().and_then(|n| u32::try_from(n).ok()) {
                Some(n) if n <= 365 * 200 => Ok(Some(n)),
                _ => err(&self.path(key), "must be a whole number of days, 0 or more, or null"),
            },
        }
    }

    pub fn opt_money(&self, key: &str) -> Result<Option<Cents>, InputError> {
        match self.map.get(key) {
            None | Some(Value::Null) => Ok(None),
            Some(v) => match v.as_f64() {
                Some(usd) if usd.is_finite() && (0.0..1e15).contains(&usd) => {
                    Ok(Some(Cents((usd * 100.0).round() as u64)))
                }
                _ => err(&self.path(key), "must be an amount in US dollars, 0 or more, or null"),
            },
        }
    }
}

impl<'a> Obj<'a> {
    /// A required non-empty string.
    pub fn req_str(&self, key: &str) -> Result<&'a str, InputError> {
        match self.map.get(key) {
            Some(Value::String(s)) if !s.trim().is_empty() => Ok(s.as_str()),
            Some(Value::String(_)) => err(&self.path(key), "must not be empty"),
            None | Some(Value::Null) => err(&self.path(key), "is required"),
            Some(_) => err(&self.path(key), "must be text"),
        }
    }

    /// An optional string (absent or null: `None`).
    pub fn opt_str(&self, key: &str) -> Result<Option<&'a str>, InputError> {
        match self.map.get(key) {
            None | Some(Value::Null) => Ok(None),
            Some(_) => self.req_str(key).map(Some),
        }
    }

    /// A list of non-empty strings (absent: empty).
    pub fn str_list(&self, key: &str) -> Result<Vec<&'a str>, InputError> {
        match self.map.get(key) {
            None | Some(Value::Null) => Ok(vec![]),
            Some(Value::Array(items)) => items
                .iter()
                .enumerate()
                .map(|(i, v)| match v {
                    Value::String(s) if !s.trim().is_empty() => Ok(s.as_str()),
                    _ => err(&self.path(&format!("{key}[{i}]")), "must be non-empty text"),
                })
                .collect(),
            Some(_) => err(&self.path(key), "must be a list of text"),
        }
    }

    /// A list of objects (absent: empty).
    pub fn obj_list(&self, key: &str) -> Result<Vec<&'a Value>, InputError> {
        match self.map.get(key) {
            None | Some(Value::Null) => Ok(vec![]),
            Some(Value::Array(items)) => Ok(items.iter().collect()),
            Some(_) => err(&self.path(key), "must be a list"),
        }
    }

    /// A whole number (absent or null: `None`).
    pub fn opt_u32(&self, key: &str) -> Result<Option<u32>, InputError> {
        match self.map.get(key) {
            None | Some(Value::Null) => Ok(None),
            Some(v) => match v.as_u64().and_then(|n| u32::try_from(n).ok()) {
                Some(n) => Ok(Some(n)),
                None => err(&self.path(key), "must be a whole number, 0 or more"),
            },
        }
    }
}
