//! Architecture checks, inside plain `cargo test`: the rooms of the crate keep to their
//! dependencies (see the code map in `src/lib.rs`).

use std::fs;
use std::path::{Path, PathBuf};

fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(rust_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
    out
}

/// Lines of code (not comments) in `room` that name any of `crates`.
fn uses_of(room: &str, crates: &[&str]) -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src").join(room);
    let mut found = Vec::new();
    for file in rust_files(&root) {
        let text = fs::read_to_string(&file).unwrap();
        for (n, line) in text.lines().enumerate() {
            let code = line.split("//").next().unwrap_or("");
            for krate in crates {
                let named = code.contains(&format!("{krate}::")) || code.contains(&format!("use {krate}"));
                if named {
                    found.push(format!("{}:{}: {}", file.display(), n + 1, line.trim()));
                }
            }
        }
    }
    found
}

const WEB: &[&str] = &["yew", "web_sys", "wasm_bindgen", "gloo", "js_sys", "serde_wasm_bindgen"];

/// No I/O, no clock, no environment: the engine and the catalog are pure.
const IMPURE: &[&str] = &["std::fs", "std::net", "std::time", "std::env", "std::process", "std::io"];

#[test]
fn the_engine_never_touches_the_web_serialisation_or_the_outside_world() {
    let mut forbidden: Vec<&str> = WEB.to_vec();
    forbidden.extend(["serde", "serde_json", "toml"]);
    forbidden.extend(IMPURE);
    let found = uses_of("engine", &forbidden);
    assert!(found.is_empty(), "src/engine must stay pure:\n{}", found.join("\n"));
}

#[test]
fn the_catalog_reads_its_compiled_json_and_nothing_else() {
    // serde_json reads the data build.rs compiled in; toml_json.rs is build glue that only
    // build.rs and the tests include, never the library.
    let mut forbidden: Vec<&str> = WEB.to_vec();
    forbidden.extend(IMPURE);
    let found: Vec<String> =
        uses_of("catalog", &forbidden).into_iter().filter(|l| !l.contains("toml_json.rs")).collect();
    assert!(found.is_empty(), "src/catalog must stay pure:\n{}", found.join("\n"));
    let lib = fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("src/catalog/mod.rs")).unwrap();
    assert!(
        !lib.contains("mod toml_json"),
        "the TOML reader must not be compiled into the library (it would ship to phones)"
    );
}

#[test]
fn the_contract_layer_does_not_touch_the_web() {
    let found = uses_of("contract", WEB);
    assert!(found.is_empty(), "src/contract must not depend on the web:\n{}", found.join("\n"));
}

#[test]
fn the_check_itself_finds_a_forbidden_import() {
    // The UI does use yew: if this finds nothing, the checks above prove nothing.
    assert!(!uses_of("ui", &["yew"]).is_empty());
}
