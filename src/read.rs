//! Reading JSON objects field by field, with errors that name the field's path
//! (`convictions[0].sentence_days`): the contract's Case, from either door ([`json`]).

pub mod json;

use crate::engine::case::Cents;
use crate::engine::date::Date;
use json::Json;

pub use crate::lang::quoted;

pub use crate::engine::InputError;

/// An `Err` naming `field` (`case` for the top).
pub fn err<T>(field: &str, message: impl Into<String>) -> Result<T, InputError> {
    Err(json::error(field, message))
}

/// A number that is a whole number from `min` to `max`, by value: `365`, `365.0` and
/// `3.65e2` alike; `-0` is 0; infinite, not a number and fractional values are not.
pub fn whole(n: f64, min: f64, max: f64) -> Option<f64> {
    (n.is_finite() && n.fract() == 0.0 && n >= min && n <= max).then_some(n + 0.0)
}

/// A JSON object being read, with the path that names it in errors.
pub struct Obj<'a> {
    pub entries: &'a [(String, Json)],
    pub path: String,
}

impl<'a> Obj<'a> {
    pub fn new(value: &'a Json, path: &str) -> Result<Obj<'a>, InputError> {
        match value {
            Json::Object(entries) => Ok(Obj { entries, path: path.to_string() }),
            _ => err(path, "must be a JSON object"),
        }
    }

    pub fn path(&self, key: &str) -> String {
        json::key_path(&self.path, key)
    }

    /// Rejects keys the contract does not define: a misspelt field must not be ignored. The
    /// first in sorted order is named, whatever order the keys came in (JavaScript reorders
    /// an object's keys that look like numbers).
    pub fn only(&self, known: &[&str]) -> Result<(), InputError> {
        match self.entries.iter().map(|(k, _)| k).filter(|k| !known.contains(&k.as_str())).min() {
            Some(k) => {
                err(&self.path(k), format!("is not a field of the contract; expected {}", known.join(", ")))
            }
            None => Ok(()),
        }
    }

    pub fn get(&self, key: &str) -> Option<&'a Json> {
        self.entries.iter().find(|(k, _)| k == key).map(|(_, v)| v)
    }

    pub fn required(&self, key: &str) -> Result<&'a Json, InputError> {
        match self.get(key) {
            Some(Json::Null) | None => err(&self.path(key), "is required"),
            Some(v) => Ok(v),
        }
    }

    pub fn opt_code<T>(
        &self,
        key: &str,
        parse: fn(&str) -> Option<T>,
        expected: fn() -> String,
    ) -> Result<Option<T>, InputError> {
        match self.get(key) {
            None | Some(Json::Null) => Ok(None),
            Some(Json::Text(s)) => match parse(s) {
                Some(v) => Ok(Some(v)),
                None => err(&self.path(key), format!("{} is not {}", quoted(s), expected())),
            },
            Some(_) => err(&self.path(key), format!("must be {}", expected())),
        }
    }

    pub fn opt_date(&self, key: &str) -> Result<Option<Date>, InputError> {
        match self.get(key) {
            None | Some(Json::Null) => Ok(None),
            Some(Json::Text(s)) => match Date::parse(s) {
                Ok(d) => Ok(Some(d)),
                Err(e) => err(&self.path(key), format!("{} {e}", quoted(s))),
            },
            Some(_) => err(&self.path(key), "must be a date written YYYY-MM-DD, or null"),
        }
    }

    pub fn opt_days(&self, key: &str) -> Result<Option<u32>, InputError> {
        match self.get(key) {
            None | Some(Json::Null) => Ok(None),
            Some(Json::Number(n)) if whole(*n, 0.0, 365.0 * 200.0).is_some() => Ok(Some(*n as u32)),
            Some(_) => err(&self.path(key), "must be a whole number of days, 0 to 73000, or null"),
        }
    }

    pub fn opt_money(&self, key: &str) -> Result<Option<Cents>, InputError> {
        match self.get(key) {
            None | Some(Json::Null) => Ok(None),
            Some(Json::Number(usd)) if usd.is_finite() && (0.0..1e15).contains(usd) => {
                Ok(Some(Cents((usd * 100.0).round() as u64)))
            }
            Some(_) => err(&self.path(key), "must be an amount in US dollars, 0 or more, or null"),
        }
    }
}

