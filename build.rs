//! Build-time data step: reads `data/manifest.toml` (the data version) and the data files,
//! runs every check of the catalog loader on them (a problem stops the build, each reported
//! as `file:line: id: field: message`), and writes the checked data in its compact binary
//! form to `OUT_DIR/data/`: `federal.bin`, and one file per state and language
//! (`ca.en.bin`, `ca.es.bin`, ...). The app downloads the state and language it needs; native
//! builds and tests embed them all (`Catalog::embedded`). No TOML parser and no check ships
//! to a phone.
//!
//! The checks are the library's own code (`src/catalog/load.rs`), included here by path with
//! the engine types it produces, so the build and `cargo test` run the very same checks.

#![allow(dead_code, unused_imports, unused_macros)]

use std::{env, fs, path::Path};

#[macro_use]
#[path = "src/macros.rs"]
mod macros;
#[path = "src/catalog/mod.rs"]
mod catalog;
#[path = "src/engine/mod.rs"]
mod engine;
#[path = "src/lang.rs"]
mod lang;
#[path = "src/pack.rs"]
mod pack;

/// The catalog files, in the order they are loaded.
const CATALOGS: &[&str] = &["data/ca.toml", "data/il.toml"];
const FEDERAL: &str = "data/federal.toml";
const MANIFEST: &str = "data/manifest.toml";

fn main() {
    let root = env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let out = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("data");
    let read = |rel: &str| {
        let path = Path::new(&root).join(rel);
        println!("cargo:rerun-if-changed={}", path.display());
        fs::read_to_string(&path).unwrap_or_else(|e| panic!("{rel}: cannot read: {e}"))
    };
    let (version, released) =
        catalog::compile::manifest(MANIFEST, &read(MANIFEST)).unwrap_or_else(|e| panic!("{e}"));
    println!("cargo:rustc-env=PADILLA_DATA_DATE={released}");

    let texts: Vec<(&str, String)> = CATALOGS.iter().map(|f| (*f, read(f))).collect();
    let federal = read(FEDERAL);
    let mut hash = Fnv::new();
    for text in texts.iter().map(|(_, t)| t).chain([&federal]) {
        hash.write(text.as_bytes());
    }
    // The reviewed release label plus a digest of the data, so the version shown in the app
    // and in every Assessment changes whenever any data file does, even between releases.
    let version = format!("{version}+{:08x}", hash.finish() as u32);
    println!("cargo:rustc-env=PADILLA_DATA_VERSION={version}");

    let catalogs: Vec<(&str, &str)> = texts.iter().map(|(f, t)| (*f, t.as_str())).collect();
    let compiled = catalog::compile::compile(&version, (FEDERAL, &federal), &catalogs).unwrap_or_else(|errors| {
        let lines: Vec<String> = errors.iter().map(|e| e.to_string()).collect();
        panic!("the data has {} problem(s):\n{}", lines.len(), lines.join("\n"))
    });

    fs::create_dir_all(&out).expect("create OUT_DIR/data");
    let write = |name: &str, bytes: &[u8]| {
        fs::write(out.join(name), bytes).unwrap_or_else(|e| panic!("write {name}: {e}"));
        format!("include_bytes!({:?})", out.join(name).display().to_string())
    };
    let mut list = format!("pub const FEDERAL: &[u8] = {};\n", write("federal.bin", &compiled.federal));
    list.push_str("pub const STATES: &[(&str, &[&[u8]])] = &[\n");
    for (j, files) in &compiled.states {
        let includes: Vec<String> = files.iter().map(|(name, bytes)| write(name, bytes)).collect();
        list.push_str(&format!("    ({:?}, &[{}]),\n", j.code(), includes.join(", ")));
    }
    list.push_str("];\n");
    fs::write(out.join("files.rs"), list).expect("write OUT_DIR/data/files.rs");
    println!("cargo:rustc-check-cfg=cfg(padilla_packed)");
    println!("cargo:rustc-cfg=padilla_packed");
    println!("cargo:rerun-if-changed=build.rs");
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
