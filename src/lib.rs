//! # Padilla
//!
//! Tells a defender, an advocate or a prosecutor what a criminal charge, plea or sentence
//! does to a person's immigration status, on their own device. Every assessment runs in
//! the browser (or the native `assess` binary); no case data leaves the device.
//!
//! ## Code map
//!
//! | module | what lives there |
//! | --- | --- |
//! | [`lang`] | the languages, per-language texts ([`lang::Prose`]) and message tables |
//! | [`engine`] | the law: case and offense types, what counts as a conviction, grades, reasons; it reads the offense data only through [`engine::Offenses`] |
//! | [`pack`] | the compact binary form of the offense data, written at build time and decoded on the device |
//! | [`read`] | reading JSON field by field, with errors that name the field |
//! | [`catalog`] | the offense data: loading and checking it, statute parsing, search, bare sections |
//! | [`contract`] | the JSON exchange format of `assessment-v1` (parse at the edge) |
//! | [`ui`] | Yew components; renders what the engine returned, decides no law |
//! | [`api`] | wasm-bindgen exports for the app and partner sites |
//! | `bin/assess.rs` | native binary: Case JSON in, Assessment JSON out (through the library's public items) |
//!
//! ## Who may use whom
//!
//! Dependencies run one way. `tests/architecture.rs` reads this table and fails on any
//! `crate::` path in a room's code (tests aside) that it does not allow.
//!
//! | room | may use |
//! | --- | --- |
//! | lang | |
//! | pack | lang |
//! | engine | lang, pack |
//! | read | engine, lang |
//! | catalog | engine, lang, pack, read |
//! | contract | engine, catalog, lang, read |
//! | ui | engine, catalog, lang |
//! | api | engine, catalog, contract, lang, read, ui |
//!
//! ## Invariants (checked by `tests/architecture.rs`)
//!
//! - `engine` never imports yew, web-sys, wasm-bindgen, gloo or serde, and `catalog` no web
//!   crate: they build and test natively with plain `cargo test`.
//! - The engine is pure and total: no I/O, no clock (`as_of` is an input), no panic.
//! - Every explanation is a message key with parameters, rendered per language; no
//!   sentence is glued together in code.
//! - The UI never decides law: it renders what the engine returned.

// Defined before the modules so every module can use them (build.rs includes the file too).
#[macro_use]
mod macros;

pub mod catalog;
pub mod contract;
pub mod engine;
pub mod lang;
pub mod pack;
pub mod read;

#[cfg(target_arch = "wasm32")]
pub mod api;
pub mod ui;

/// The version of the offense data compiled into this build (`data/manifest.toml`).
pub const DATA_VERSION: &str = env!("PADILLA_DATA_VERSION");

/// The date the reviewers signed the data version off (`data/manifest.toml`, `released`).
pub const DATA_DATE: &str = env!("PADILLA_DATA_DATE");
