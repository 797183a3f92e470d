//! Build-time data step: reads `data/manifest.toml` so the data version is compiled in.
//!
//! The catalogs will be converted here to a compact form as they arrive; parsing TOML at
//! build time keeps a TOML parser out of the WebAssembly bundle.

use std::{env, fs, path::Path};

fn main() {
    let manifest_dir = env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let path = Path::new(&manifest_dir).join("data/manifest.toml");
    println!("cargo:rerun-if-changed={}", path.display());
    let text = fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: cannot read: {e}", path.display()));
    let table: toml::Table =
        text.parse().unwrap_or_else(|e| panic!("{}: not valid TOML: {e}", path.display()));
    let version = match table.get("data_version") {
        Some(toml::Value::String(v)) if is_data_version(v) => v.clone(),
        Some(other) => {
            panic!("{}: data_version: must be a string like \"2026.11.0\", got {other}", path.display())
        }
        None => panic!("{}: data_version: missing", path.display()),
    };
    if let Some(key) = table.keys().find(|k| *k != "data_version") {
        panic!("{}: {key}: unknown key", path.display());
    }
    println!("cargo:rustc-env=PADILLA_DATA_VERSION={version}");
}

/// `YEAR.MONTH.REVISION`, all digits.
fn is_data_version(v: &str) -> bool {
    let parts: Vec<&str> = v.split('.').collect();
    parts.len() == 3 && parts.iter().all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
}
