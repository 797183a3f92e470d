//! The offense data on the device: one file per state and language
//! (`data/ca.en.bin`), fetched from the page's own origin when that state or language is
//! first needed, and kept for the session. Fifty states later, a phone still downloads only
//! the one it uses.
//!
//! Each file that arrives is decoded (no parser, no checks: `build.rs` ran them) and a
//! catalog of everything loaded so far is built and kept for the rest of the session (at
//! most one per file loaded, so every answer already on screen stays valid). Natively (tests,
//! server-side renders) every state is compiled in and always ready.

use crate::catalog::Catalog;
use crate::engine::case::Jurisdiction;
use crate::lang::Lang;

/// Where the state's data stands for the screen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Data {
    Ready,
    Loading,
    /// The file could not be fetched or read (offline before it was ever loaded).
    Failed,
}

thread_local! {
    /// Where the data files are: `data/` beside the page unless the embedding page says
    /// otherwise (`mount(root, new URL('data/', import.meta.url).href)`).
    static BASE: std::cell::RefCell<String> = std::cell::RefCell::new("data/".into());
}

/// Sets the URL of the directory holding the data files (ending in `/`).
pub fn set_base(url: &str) {
    let url = if url.ends_with('/') { url.to_string() } else { format!("{url}/") };
    BASE.with(|b| *b.borrow_mut() = url);
}

/// The URL of a state's file in `lang`, with the data version so a cache never serves a
/// file of another build.
pub fn url(jurisdiction: Jurisdiction, lang: Lang) -> String {
    let base = BASE.with(|b| b.borrow().clone());
    format!("{base}{}.{}.bin?v={}", jurisdiction.code().to_lowercase(), lang.tag(), crate::DATA_VERSION)
}

#[cfg(not(target_arch = "wasm32"))]
mod store {
    use super::*;

    pub fn catalog() -> Option<&'static Catalog> {
        Catalog::embedded().ok()
    }

    pub fn has(_: Jurisdiction, _: Lang) -> bool {
        true
    }
}

#[cfg(target_arch = "wasm32")]
mod store {
    use std::cell::RefCell;
    use std::collections::BTreeMap;

    use super::*;
    use crate::catalog::{decode_params, decode_state, embedded, state_of};
    use crate::engine::offense::Offense;

    #[derive(Default)]
    struct Store {
        /// The files read so far, per state.
        files: BTreeMap<Jurisdiction, Vec<Vec<u8>>>,
        /// Per state, its offenses and the languages their texts are in.
        states: BTreeMap<Jurisdiction, (Vec<Lang>, Vec<Offense>)>,
        catalog: Option<&'static Catalog>,
    }

    thread_local! {
        static STORE: RefCell<Store> = RefCell::new(Store::default());
    }

    /// What is loaded; before any file, the federal parameters and no offense (so the JS
    /// API can say which state to load).
    pub fn catalog() -> Option<&'static Catalog> {
        STORE.with(|s| {
            let mut s = s.borrow_mut();
            if s.catalog.is_none() {
                let params = decode_params(embedded::FEDERAL, crate::DATA_VERSION)?;
                s.catalog = Some(Box::leak(Box::new(Catalog::new(Vec::new(), params))));
            }
            s.catalog
        })
    }

    pub fn has(jurisdiction: Jurisdiction, lang: Lang) -> bool {
        STORE.with(|s| s.borrow().states.get(&jurisdiction).is_some_and(|(langs, _)| langs.contains(&lang)))
    }

    /// Adds one file's data; `false` if the bytes are not a data file of this build.
    pub fn install(bytes: Vec<u8>) -> bool {
        let Some(params) = decode_params(embedded::FEDERAL, crate::DATA_VERSION) else { return false };
        STORE.with(|s| {
            let mut s = s.borrow_mut();
            // The header names the state; the whole state is decoded once, below, with its
            // other languages.
            let Some(jurisdiction) = state_of(&bytes, crate::DATA_VERSION) else { return false };
            let files = s.files.entry(jurisdiction).or_default();
            files.push(bytes);
            let slices: Vec<&[u8]> = files.iter().map(Vec::as_slice).collect();
            let Some((_, langs, offenses)) = decode_state(&slices, crate::DATA_VERSION) else {
                files.pop();
                return false;
            };
            s.states.insert(jurisdiction, (langs, offenses));
            let all: Vec<Offense> = s.states.values().flat_map(|(_, o)| o.iter().cloned()).collect();
            s.catalog = Some(Box::leak(Box::new(Catalog::new(all, params))));
            true
        })
    }
}

pub use store::{catalog, has};
#[cfg(target_arch = "wasm32")]
pub use store::install;

/// Whether `jurisdiction`'s data in `lang` is here.
pub fn status(jurisdiction: Jurisdiction, lang: Lang) -> Data {
    match has(jurisdiction, lang) {
        true => Data::Ready,
        false => Data::Loading,
    }
}

/// Fetches `jurisdiction`'s file in `lang` from the page's origin and installs it.
#[cfg(target_arch = "wasm32")]
pub async fn fetch(jurisdiction: Jurisdiction, lang: Lang) -> Result<(), String> {
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;

    if has(jurisdiction, lang) {
        return Ok(());
    }
    let url = url(jurisdiction, lang);
    let window = web_sys::window().ok_or("no window")?;
    let response: web_sys::Response = JsFuture::from(window.fetch_with_str(&url))
        .await
        .map_err(|_| format!("{url}: not reachable"))?
        .dyn_into()
        .map_err(|_| format!("{url}: not a response"))?;
    if !response.ok() {
        return Err(format!("{url}: HTTP {}", response.status()));
    }
    let buffer = JsFuture::from(response.array_buffer().map_err(|_| format!("{url}: no body"))?)
        .await
        .map_err(|_| format!("{url}: interrupted"))?;
    let bytes = js_sys::Uint8Array::new(&buffer).to_vec();
    // Another call may have installed it while this one waited.
    match has(jurisdiction, lang) || install(bytes) {
        true => Ok(()),
        false => Err(format!("{url}: not a data file of this build")),
    }
}
