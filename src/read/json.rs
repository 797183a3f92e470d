//! JSON as the doors receive it, read one way for both: the native binary parses text
//! ([`parse`]), the JavaScript API walks the object it was given (`api.rs`), and both hand
//! the same [`Json`] to the Case reader. So both accept and refuse the same inputs with the
//! same messages (`tests/doors.rs` and the browser's fuzz test compare them).
//!
//! Numbers are values, as in JavaScript: `365`, `365.0` and `3.65e2` are the same number,
//! `-0` is 0, and a number too large for a double (`1e400`) is infinite, which the field
//! that receives it refuses by name. Every limit is checked before the work it bounds:
//! nesting before recursing, a list's or an object's size and a text's length as they are
//! read. Every error names the path where it was found (`convictions[0].sentence_days`);
//! at the top, `case`.

use crate::read::InputError;

/// A JSON value. An object keeps its keys in the order given; a key appears once.
#[derive(Clone, Debug, PartialEq)]
pub enum Json {
    Null,
    Bool(bool),
    Number(f64),
    Text(String),
    List(Vec<Json>),
    Object(Vec<(String, Json)>),
}

/// How deep lists and objects may nest. A Case needs 4 (case, convictions, a conviction,
/// its facts); a cyclic object from JavaScript is refused here too.
pub const MAX_DEPTH: usize = 16;
/// The most items in one list, and keys in one object.
pub const MAX_ITEMS: usize = 1000;
/// The longest text, in characters.
pub const MAX_TEXT_CHARS: usize = 10_000;

/// The name of the whole input in errors.
pub const ROOT: &str = "case";

/// `path` extended by an object's key: `.key`, or `["key"]` for a key that is not a plain
/// name (so an empty or odd key is still named).
pub fn key_path(path: &str, key: &str) -> String {
    let plain = key.chars().next().is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && key.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
    match (path.is_empty(), plain) {
        (true, true) => key.to_string(),
        (false, true) => format!("{path}.{key}"),
        (_, false) => format!("{path}[{}]", serde_json::Value::from(key)),
    }
}

/// `path` extended by a list's index.
pub fn index_path(path: &str, i: usize) -> String {
    format!("{path}[{i}]")
}

/// The name of `path` in an error: `case` for the top.
pub fn shown(path: &str) -> String {
    match path.is_empty() {
        true => ROOT.to_string(),
        false => path.to_string(),
    }
}

pub fn error(path: &str, message: impl Into<String>) -> InputError {
    InputError { field: shown(path), message: message.into() }
}

/// The messages both doors give for the limits.
pub fn too_deep(path: &str) -> InputError {
    error(path, format!("nested more than {MAX_DEPTH} levels deep; a Case nests 4"))
}
pub fn too_many(path: &str) -> InputError {
    error(path, format!("holds more than {MAX_ITEMS} items"))
}
pub fn too_long(path: &str) -> InputError {
    error(path, format!("text longer than {MAX_TEXT_CHARS} characters"))
}
pub fn unpaired_surrogate(path: &str) -> InputError {
    error(path, "text with an unpaired UTF-16 surrogate, which is not a character")
}

/// Parses JSON text (RFC 8259, strictly: no comments, no trailing commas, no byte-order
/// mark), with the limits above.
pub fn parse(text: &str) -> Result<Json, InputError> {
    let mut p = Parser { bytes: text.as_bytes(), text, at: 0 };
    p.space();
    let value = p.value("", 0)?;
    p.space();
    if p.at < p.bytes.len() {
        return Err(p.invalid("", "more after the end of the value"));
    }
    Ok(value)
}

struct Parser<'a> {
    text: &'a str,
    bytes: &'a [u8],
    at: usize,
}

impl Parser<'_> {
    fn invalid(&self, path: &str, what: &str) -> InputError {
        let found = match self.text.get(self.at..).and_then(|t| t.chars().next()) {
            Some(c) => format!("{:?}", c),
            None => "the end of the text".to_string(),
        };
        error(path, format!("not valid JSON: {what} (found {found} at byte {})", self.at))
    }

    fn space(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.bytes.get(self.at) {
            self.at += 1;
        }
    }

    fn eat(&mut self, literal: &str) -> bool {
        if self.bytes[self.at..].starts_with(literal.as_bytes()) {
            self.at += literal.len();
            true
        } else {
            false
        }
    }

    fn value(&mut self, path: &str, depth: usize) -> Result<Json, InputError> {
        match self.bytes.get(self.at) {
            Some(b'{') => {
                if depth >= MAX_DEPTH {
                    return Err(too_deep(path));
                }
                self.object(path, depth + 1)
            }
            Some(b'[') => {
                if depth >= MAX_DEPTH {
                    return Err(too_deep(path));
                }
                self.list(path, depth + 1)
            }
            Some(b'"') => self.text(path).map(Json::Text),
            Some(b'-' | b'0'..=b'9') => self.number(path),
            _ if self.eat("null") => Ok(Json::Null),
            _ if self.eat("true") => Ok(Json::Bool(true)),
            _ if self.eat("false") => Ok(Json::Bool(false)),
            _ => Err(self.invalid(path, "expected a value")),
        }
    }

    fn object(&mut self, path: &str, depth: usize) -> Result<Json, InputError> {
        self.at += 1;
        let mut entries: Vec<(String, Json)> = Vec::new();
        self.space();
        if self.eat("}") {
            return Ok(Json::Object(entries));
        }
        loop {
            self.space();
            if self.bytes.get(self.at) != Some(&b'"') {
                return Err(self.invalid(path, "expected a key in quotes"));
            }
            let key = self.text(path)?;
            let child = key_path(path, &key);
            if entries.iter().any(|(k, _)| *k == key) {
                return Err(error(&child, "given twice; each field may appear once"));
            }
            if entries.len() >= MAX_ITEMS {
                return Err(too_many(path));
            }
            self.space();
            if !self.eat(":") {
                return Err(self.invalid(&child, "expected ':' after the key"));
            }
            self.space();
            let value = self.value(&child, depth)?;
            entries.push((key, value));
            self.space();
            if self.eat(",") {
                continue;
            }
            if self.eat("}") {
                return Ok(Json::Object(entries));
            }
            return Err(self.invalid(path, "expected ',' or '}'"));
        }
    }

    fn list(&mut self, path: &str, depth: usize) -> Result<Json, InputError> {
        self.at += 1;
        let mut items = Vec::new();
        self.space();
        if self.eat("]") {
            return Ok(Json::List(items));
        }
        loop {
            if items.len() >= MAX_ITEMS {
                return Err(too_many(path));
            }
            self.space();
            let child = index_path(path, items.len());
            items.push(self.value(&child, depth)?);
            self.space();
            if self.eat(",") {
                continue;
            }
            if self.eat("]") {
                return Ok(Json::List(items));
            }
            return Err(self.invalid(path, "expected ',' or ']'"));
        }
    }

    fn number(&mut self, path: &str) -> Result<Json, InputError> {
        let start = self.at;
        let digits = |p: &mut Self| {
            let from = p.at;
            while let Some(b'0'..=b'9') = p.bytes.get(p.at) {
                p.at += 1;
            }
            p.at - from
        };
        if self.bytes[self.at] == b'-' {
            self.at += 1;
        }
        match self.bytes.get(self.at) {
            Some(b'0') => self.at += 1,
            Some(b'1'..=b'9') => {
                digits(self);
            }
            _ => return Err(self.invalid(path, "expected a digit")),
        }
        if self.bytes.get(self.at) == Some(&b'.') {
            self.at += 1;
            if digits(self) == 0 {
                return Err(self.invalid(path, "expected a digit after the decimal point"));
            }
        }
        if let Some(b'e' | b'E') = self.bytes.get(self.at) {
            self.at += 1;
            if let Some(b'+' | b'-') = self.bytes.get(self.at) {
                self.at += 1;
            }
            if digits(self) == 0 {
                return Err(self.invalid(path, "expected a digit in the exponent"));
            }
        }
        // Rust's parse rounds correctly, as JavaScript's does: the same double either way.
        match self.text[start..self.at].parse::<f64>() {
            Ok(n) => Ok(Json::Number(n)),
            Err(_) => Err(self.invalid(path, "not a number")),
        }
    }

    fn text(&mut self, path: &str) -> Result<String, InputError> {
        self.at += 1;
        let mut out = String::new();
        let mut chars = 0usize;
        loop {
            let run = self.at;
            while let Some(&b) = self.bytes.get(self.at) {
                if b == b'"' || b == b'\\' || b < 0x20 {
                    break;
                }
                self.at += 1;
            }
            let plain = &self.text[run..self.at];
            chars += plain.chars().count();
            out.push_str(plain);
            if chars > MAX_TEXT_CHARS {
                return Err(too_long(path));
            }
            match self.bytes.get(self.at) {
                Some(b'"') => {
                    self.at += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    self.at += 1;
                    let c = self.escape(path)?;
                    out.push(c);
                    chars += 1;
                }
                Some(_) => return Err(self.invalid(path, "a control character in text must be escaped")),
                None => return Err(self.invalid(path, "text without its closing quote")),
            }
        }
    }

    fn escape(&mut self, path: &str) -> Result<char, InputError> {
        let c = match self.bytes.get(self.at) {
            Some(b'"') => '"',
            Some(b'\\') => '\\',
            Some(b'/') => '/',
            Some(b'b') => '\u{8}',
            Some(b'f') => '\u{c}',
            Some(b'n') => '\n',
            Some(b'r') => '\r',
            Some(b't') => '\t',
            Some(b'u') => {
                self.at += 1;
                let first = self.hex4(path)?;
                return match first {
                    0xD800..=0xDBFF => {
                        if !self.eat("\\u") {
                            return Err(unpaired_surrogate(path));
                        }
                        let second = self.hex4(path)?;
                        if !(0xDC00..=0xDFFF).contains(&second) {
                            return Err(unpaired_surrogate(path));
                        }
                        let code = 0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00);
                        char::from_u32(code).ok_or_else(|| unpaired_surrogate(path))
                    }
                    0xDC00..=0xDFFF => Err(unpaired_surrogate(path)),
                    _ => char::from_u32(first).ok_or_else(|| unpaired_surrogate(path)),
                };
            }
            _ => return Err(self.invalid(path, "an unknown escape after '\\'")),
        };
        self.at += 1;
        Ok(c)
    }

    fn hex4(&mut self, path: &str) -> Result<u32, InputError> {
        match self.bytes.get(self.at..self.at + 4) {
            Some(hex) if hex.iter().all(u8::is_ascii_hexdigit) => {
                self.at += 4;
                Ok(hex.iter().fold(0, |n, &b| n * 16 + (b as char).to_digit(16).unwrap_or(0)))
            }
            _ => Err(self.invalid(path, "expected four hexadecimal digits after \\u")),
        }
    }
}

/// A JSON tree already read by serde_json (the tests', the scenario tables'), as the reader
/// takes it.
impl From<&serde_json::Value> for Json {
    fn from(value: &serde_json::Value) -> Json {
        use serde_json::Value;
        match value {
            Value::Null => Json::Null,
            Value::Bool(b) => Json::Bool(*b),
            Value::Number(n) => Json::Number(n.as_f64().unwrap_or(f64::NAN)),
            Value::String(s) => Json::Text(s.clone()),
            Value::Array(items) => Json::List(items.iter().map(Json::from).collect()),
            Value::Object(map) => Json::Object(map.iter().map(|(k, v)| (k.clone(), Json::from(v))).collect()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err(text: &str) -> String {
        parse(text).unwrap_err().to_string()
    }

    #[test]
    fn numbers_are_values_as_in_javascript() {
        assert_eq!(parse("365.0").unwrap(), Json::Number(365.0));
        assert_eq!(parse("3.65e2").unwrap(), Json::Number(365.0));
        assert_eq!(parse("-0").unwrap(), Json::Number(0.0));
        assert_eq!(parse("1E400").unwrap(), Json::Number(f64::INFINITY));
        assert_eq!(parse("-1e999").unwrap(), Json::Number(f64::NEG_INFINITY));
        assert_eq!(parse("1e-400").unwrap(), Json::Number(0.0));
        for bad in ["01", "1.", ".5", "+1", "1e", "NaN", "Infinity", "-"] {
            assert!(err(bad).starts_with("case: not valid JSON"), "{bad}: {}", err(bad));
        }
    }

    #[test]
    fn every_error_names_where_it_was_found() {
        assert_eq!(
            err(r#"{"convictions": [{"sentence_days": 1x}]}"#),
            "convictions[0]: not valid JSON: expected ',' or '}' (found 'x' at byte 36)"
        );
        assert_eq!(err(r#"{"person": {"status": "lpr", "status": "daca"}}"#), "person.status: given twice; each field may appear once");
        assert_eq!(err(r#"{"": 1, "": 2}"#), r#"[""]: given twice; each field may appear once"#);
        assert_eq!(err(r#"{"a b": {"c": tru}}"#), r#"["a b"].c: not valid JSON: expected a value (found 't' at byte 14)"#);
        assert_eq!(err(""), "case: not valid JSON: expected a value (found the end of the text at byte 0)");
        assert_eq!(err("{} {}"), "case: not valid JSON: more after the end of the value (found '{' at byte 3)");
        assert_eq!(err("\u{feff}{}"), "case: not valid JSON: expected a value (found '\\u{feff}' at byte 0)");
    }

    #[test]
    fn limits_are_checked_before_the_work_they_bound() {
        let deep = "[".repeat(100_000);
        assert_eq!(err(&deep), format!("{}: nested more than {MAX_DEPTH} levels deep; a Case nests 4", "[0]".repeat(MAX_DEPTH)));
        assert!(parse(&format!("{}{}", "[".repeat(MAX_DEPTH), "]".repeat(MAX_DEPTH))).is_ok());
        let many = format!("[{}0]", "0,".repeat(MAX_ITEMS));
        assert_eq!(err(&many), format!("case: holds more than {MAX_ITEMS} items"));
        let long = format!("{{\"statute\": \"{}\"}}", "9".repeat(MAX_TEXT_CHARS + 1));
        assert_eq!(err(&long), format!("statute: text longer than {MAX_TEXT_CHARS} characters"));
    }

    #[test]
    fn text_is_strict_json_and_whole_characters() {
        assert_eq!(parse(r#""\ud83d\ude94 \u00e9\n""#).unwrap(), Json::Text("🚔 é\n".into()));
        assert_eq!(err(r#"{"s": "\ud800"}"#), "s: text with an unpaired UTF-16 surrogate, which is not a character");
        assert_eq!(err(r#"{"s": "\udc00x"}"#), "s: text with an unpaired UTF-16 surrogate, which is not a character");
        assert!(err("\"a\u{1}b\"").contains("a control character in text must be escaped"));
        assert!(err(r#""\x""#).contains("an unknown escape"));
        assert!(err(r#""\u12""#).contains("four hexadecimal digits"));
        assert!(err(r#""abc"#).contains("without its closing quote"));
    }
}
