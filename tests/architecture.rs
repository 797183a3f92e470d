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
fn the_catalog_never_touches_the_web_and_its_toml_side_never_ships_to_a_phone() {
    let mut forbidden: Vec<&str> = WEB.to_vec();
    forbidden.extend(IMPURE);
    let found = uses_of("catalog", &forbidden);
    assert!(found.is_empty(), "src/catalog must stay pure:\n{}", found.join("\n"));
    // The modules that read TOML and run the checks are compiled natively only, and so are
    // the crates they use: the WebAssembly decodes checked binary data and nothing else.
    let manifest_dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    let lib = fs::read_to_string(manifest_dir.join("src/catalog/mod.rs")).unwrap();
    for module in ["compile", "load", "raw"] {
        let declared = format!("#[cfg(not(target_arch = \"wasm32\"))]\npub mod {module};");
        assert!(lib.contains(&declared), "src/catalog/mod.rs must declare `{module}` as native only");
    }
    let cargo = fs::read_to_string(manifest_dir.join("Cargo.toml")).unwrap();
    let (everywhere, _) = cargo.split_once("[target.").expect("Cargo.toml has target sections");
    let deps = everywhere.split("[build-dependencies]").next().unwrap_or_default();
    for krate in ["toml", "serde_path_to_error"] {
        assert!(
            !deps.lines().any(|l| l.starts_with(&format!("{krate} "))),
            "{krate} must not be a dependency of the WebAssembly build"
        );
    }
}

/// The app and the JS API answer from the data they fetched: nothing compiled for the
/// browser reaches for the compiled-in copy of every state (which would put all of it in
/// the download). Only the native half of `src/ui/data.rs` may.
#[test]
fn the_browser_never_uses_the_compiled_in_data() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = rust_files(&src.join("ui"));
    files.push(src.join("api.rs"));
    let mut found = Vec::new();
    for file in files {
        let text = fs::read_to_string(&file).unwrap();
        let mut native = false;
        for (n, line) in text.lines().enumerate() {
            if line.trim_start().starts_with("#[cfg(") {
                native = line.contains("not(target_arch = \"wasm32\")");
            }
            let code = line.split("//").next().unwrap_or("");
            if !native && ["Catalog::embedded", "STATES", "assess_value(", "assess_json("].iter().any(|w| code.contains(w)) {
                found.push(format!("{}:{}: {}", file.display(), n + 1, line.trim()));
            }
        }
    }
    assert!(found.is_empty(), "the browser must fetch its data:\n{}", found.join("\n"));
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

/// The table "Who may use whom" of `src/lib.rs`: room → the rooms it may use.
fn allowed() -> Vec<(String, Vec<String>)> {
    let lib = fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("src/lib.rs")).unwrap();
    let section = lib.split("## Who may use whom").nth(1).expect("src/lib.rs has the table");
    section
        .lines()
        .take_while(|l| !l.contains("## Invariants"))
        .filter_map(|l| l.strip_prefix("//! | "))
        .filter(|row| !row.starts_with("room") && !row.starts_with("---"))
        .map(|row| {
            let cells: Vec<&str> = row.split('|').map(str::trim).collect();
            let uses = cells.get(1).map_or(Vec::new(), |c| {
                c.split(',').map(str::trim).filter(|s| !s.is_empty()).map(String::from).collect()
            });
            (cells[0].to_string(), uses)
        })
        .collect()
}

/// Every `crate::<room>` a room's code names (outside its tests), as `file:line: room`.
fn crate_edges(room: &str, rooms: &[String]) -> Vec<(String, String)> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let files = match src.join(room).is_dir() {
        true => rust_files(&src.join(room)),
        false => vec![src.join(format!("{room}.rs"))],
    };
    let mut out = Vec::new();
    for file in files {
        let text = fs::read_to_string(&file).unwrap();
        for (n, line) in text.lines().enumerate() {
            if line.trim_start().starts_with("#[cfg(test)]") {
                break; // a module's tests come last and may use anything
            }
            let code = line.split("//").next().unwrap_or("");
            let mut rest = code;
            while let Some(at) = rest.find("crate::") {
                rest = &rest[at + "crate::".len()..];
                let name: String =
                    rest.chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_').collect();
                // Braced imports (`use crate::{a, b}`) are not used here; a name that is not a
                // room is a root item (`crate::DATA_VERSION`) or a macro.
                if rooms.contains(&name) && name != room {
                    out.push((format!("{}:{}", file.display(), n + 1), name));
                }
            }
        }
    }
    out
}

#[test]
fn dependencies_run_the_way_the_table_in_lib_rs_says() {
    let table = allowed();
    assert!(table.len() >= 7, "the table in src/lib.rs lists every room: {table:?}");
    let rooms: Vec<String> = table.iter().map(|(r, _)| r.clone()).collect();
    let mut wrong = Vec::new();
    for (room, may) in &table {
        for (at, used) in crate_edges(room, &rooms) {
            if !may.contains(&used) {
                wrong.push(format!("{at}: {room} uses {used}, which the table does not allow"));
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn the_dependency_check_itself_sees_an_edge() {
    // The UI does use the engine: if this finds nothing, the check above proves nothing.
    let rooms: Vec<String> = allowed().into_iter().map(|(r, _)| r).collect();
    assert!(crate_edges("ui", &rooms).iter().any(|(_, used)| used == "engine"));
}
