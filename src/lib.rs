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
//! | engine | lang |
//! | read | engine, lang |
//! | catalog | engine, lang, read |
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

// Defined before the modules so every module can use it.
/// Declares an enum whose variants have a fixed wire code (the contract's spelling), with
/// `ALL`, `code()` and `from_code()`. The engine's logic uses the variants; only the edges
/// (JSON, data files) use the codes.
macro_rules! coded_enum {
    ($(#[$m:meta])* pub enum $name:ident {
        $($(#[$vm:meta])* $variant:ident = $code:literal),+ $(,)?
    }) => {
        $(#[$m])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name { $($(#[$vm])* $variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The contract's spelling of this value.
            pub fn code(self) -> &'static str {
                match self { $($name::$variant => $code),+ }
            }

            /// Parses the contract's spelling; `None` for anything else.
            pub fn from_code(code: &str) -> Option<Self> {
                match code { $($code => Some($name::$variant),)+ _ => None }
            }

            /// "one of a, b, c": for error messages that list what is accepted.
            pub fn expected() -> String {
                let codes: Vec<&str> = Self::ALL.iter().map(|v| v.code()).collect();
                format!("one of {}", codes.join(", "))
            }
        }
    };
}

pub mod catalog;
pub mod contract;
pub mod engine;
pub mod lang;
pub mod read;

#[cfg(target_arch = "wasm32")]
pub mod api;
pub mod ui;

/// The version of the offense data compiled into this build (`data/manifest.toml`).
pub const DATA_VERSION: &str = env!("PADILLA_DATA_VERSION");

/// The date the reviewers signed the data version off (`data/manifest.toml`, `released`).
pub const DATA_DATE: &str = env!("PADILLA_DATA_DATE");
