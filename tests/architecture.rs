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

#[test]
fn the_engine_and_the_catalog_never_touch_the_web_or_serialisation() {
    for room in ["engine", "catalog"] {
        let mut forbidden: Vec<&str> = WEB.to_vec();
        forbidden.extend(["serde", "serde_json", "std::fs", "std::net", "std::time", "std::env"]);
        let found = uses_of(room, &forbidden);
        assert!(found.is_empty(), "src/{room} must stay pure:\n{}", found.join("\n"));
    }
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
