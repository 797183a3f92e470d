//! The offense data: statute parsing now; loading, validation and word search as the
//! catalogs arrive (see `data/`).
//!
//! Never imports yew, web-sys, wasm-bindgen, gloo or serde (see `tests/architecture.rs`).

pub mod search;
