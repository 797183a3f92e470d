//! Build-time data step: reads `data/manifest.toml` (the data version) and compiles the
//! offense catalogs and federal parameters from TOML to JSON in `OUT_DIR`, so the binary
//! embeds them without shipping a TOML parser to the browser. A file that is not valid TOML
//! stops the build with its line and column; the meaning of every field is checked by the
//! catalog loader, in `cargo test` (tests/catalog.rs) and at start-up.

use std::{env, fs, path::Path};

#[path = "src/catalog/toml_json.rs"]
mod toml_json;

/// The catalog files, in the order they are loaded.
const CATALOGS: &[&str] = &["data/ca.toml", "data/il.toml"];
const FEDERAL: &str = "data/federal.toml";

fn main() {
    let root = env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let out = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let read = |rel: &str| {
        let path = Path::new(&root).join(rel);
        println!("cargo:rerun-if-changed={}", path.display());
        fs::read_to_string(&path).unwrap_or_else(|e| panic!("{rel}: cannot read: {e}"))
    };

    let manifest: toml::Table = read("data/manifest.toml")
        .parse()
        .unwrap_or_else(|e| panic!("data/manifest.toml: not valid TOML: {e}"));
    let version = match manifest.get("data_version") {
        Some(toml::Value::String(v)) if is_data_version(v) => v.clone(),
        Some(other) => {
            panic!("data/manifest.toml: data_version: must be a string like \"2026.11.0\", got {other}")
        }
        None => panic!("data/manifest.toml: data_version: missing"),
    };
    let released = match manifest.get("released") {
        Some(toml::Value::Datetime(d)) if d.date.is_some() && d.time.is_none() => d.to_string(),
        Some(other) => panic!("data/manifest.toml: released: must be a date like 2026-12-02, got {other}"),
        None => panic!("data/manifest.toml: released: missing (the date the data version was reviewed)"),
    };
    println!("cargo:rustc-env=PADILLA_DATA_DATE={released}");
    if let Some(key) = manifest.keys().find(|k| *k != "data_version" && *k != "released") {
        panic!("data/manifest.toml: {key}: unknown key");
    }
    let mut files = Vec::new();
    let mut hash = Fnv::new();
    for rel in CATALOGS {
        let text = read(rel);
        hash.write(text.as_bytes());
        let json = toml_json::convert(&text).unwrap_or_else(|e| panic!("{rel}: not valid TOML: {e}"));
        files.push(serde_json::json!({ "file": rel, "data": json }));
    }
    let federal_text = read(FEDERAL);
    hash.write(federal_text.as_bytes());
    let federal =
        toml_json::convert(&federal_text).unwrap_or_else(|e| panic!("{FEDERAL}: not valid TOML: {e}"));
    // The reviewed release label plus a digest of the data, so the version shown in the app
    // and in every Assessment changes whenever any data file does, even between releases.
    println!("cargo:rustc-env=PADILLA_DATA_VERSION={version}+{:08x}", hash.finish() as u32);
    let bundle = serde_json::json!({ "catalogs": files, "federal": { "file": FEDERAL, "data": federal } });
    fs::write(Path::new(&out).join("data.json"), bundle.to_string()).expect("write OUT_DIR/data.json");
}

/// `YEAR.MONTH.REVISION`, all digits.
fn is_data_version(v: &str) -> bool {
    let parts: Vec<&str> = v.split('.').collect();
    parts.len() == 3 && parts.iter().all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
}

/// FNV-1a, 64 bits: a stable digest of the data files (not for security).
struct Fnv(u64);

impl Fnv {
    fn new() -> Fnv {
        Fnv(0xcbf2_9ce4_8422_2325)
    }

    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 ^= u64::from(*b);
            self.0 = self.0.wrapping_mul(0x0100_0000_01b3);
        }
    }

    fn finish(&self) -> u64 {
        self.0
    }
}
