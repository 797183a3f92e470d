//! The JavaScript API (wasm-bindgen): the app's entry point and the doors partner sites
//! use. Thin: every function hands over to the engine, the contract layer or the UI.
//!
//! Two builds: the app's (`padilla.js`: `mount` and `dataVersion`, all a first answer
//! needs) and, with the `js-api` feature, the partners' (`padilla-api.js`: the same plus
//! `load`, `assess` and `search`, which bring the JSON machinery the app does without).
//!
//! ```js
//! import init, { load, assess } from './padilla-api.js';
//! await init();
//! await load('CA', new URL('data/', import.meta.url).href);   // ca.en.bin and ca.es.bin, once
//! const result = assess({ jurisdiction: 'CA', person: { status: 'lpr' },
//!   convictions: [{ statute: 'PC 273.5', disposition: 'plea_or_verdict', sentence_days: 364 }] });
//! // result is the Assessment object of shared/contract/assessment-v1.md;
//! // bad input throws an Error whose message names the field.
//! ```

use wasm_bindgen::prelude::*;

#[cfg(feature = "js-api")]
use crate::engine::date::Date;

/// Mounts the app into `root` (the page's `<div id="app">`, or a partner's element).
/// `data_url` is the directory of the data files (`new URL('data/', import.meta.url).href`);
/// without it, `data/` beside the page.
#[wasm_bindgen]
pub fn mount(root: web_sys::Element, data_url: Option<String>) {
    if let Some(url) = data_url {
        crate::ui::data::set_base(&url);
    }
    crate::ui::mount(root);
}

/// The version of the offense data in this build, as shown in the footer.
#[wasm_bindgen(js_name = dataVersion)]
pub fn data_version() -> String {
    crate::DATA_VERSION.to_string()
}

#[cfg(feature = "js-api")]
/// Fetches a state's offenses ("CA", "IL"), in every language, from `dataUrl` (the
/// directory `dist/data/` is served as, such as `new URL('data/', import.meta.url).href`;
/// without it, `data/` beside the page); resolves once they are ready (at once if they
/// already are). `assess` and `search` answer for the states loaded; an unknown state or a
/// file that cannot be fetched rejects with an `Error`.
#[wasm_bindgen]
pub async fn load(
    jurisdiction: String,
    #[wasm_bindgen(js_name = dataUrl)] data_url: Option<String>,
) -> Result<(), JsError> {
    let j = jurisdiction_of(&jurisdiction)?;
    if let Some(url) = data_url {
        crate::ui::data::set_base(&url);
    }
    for lang in crate::lang::Lang::ALL {
        crate::ui::data::fetch(j, lang).await.map_err(|e| JsError::new(&e))?;
    }
    Ok(())
}

#[cfg(feature = "js-api")]
fn jurisdiction_of(code: &str) -> Result<crate::engine::case::Jurisdiction, JsError> {
    crate::engine::case::Jurisdiction::from_code(code)
        .ok_or_else(|| JsError::new(&format!("jurisdiction: \"{code}\" is not one of CA, IL")))
}

#[cfg(feature = "js-api")]
fn loaded() -> Result<&'static crate::catalog::Catalog, JsError> {
    crate::ui::data::catalog().ok_or_else(|| JsError::new("the federal parameters in this build do not read"))
}

#[cfg(feature = "js-api")]
/// Assesses one Case: a JS object or a JSON string in, the Assessment object out. Bad input
/// throws an `Error` naming the field (`convictions[0].sentence_days: ...`).
#[wasm_bindgen]
pub fn assess(case: JsValue) -> Result<JsValue, JsError> {
    let value: serde_json::Value = match case.as_string() {
        Some(text) => {
            serde_json::from_str(&text).map_err(|e| JsError::new(&format!("not valid JSON: {e}")))?
        }
        None => serde_wasm_bindgen::from_value(case)
            .map_err(|e| JsError::new(&format!("not a Case object: {e}")))?,
    };
    let out = crate::contract::assess_value_in(&value, today(), loaded()?)
        .map_err(|e| JsError::new(&e.to_string()))?;
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    serde::Serialize::serialize(&out, &serializer).map_err(|e| JsError::new(&e.to_string()))
}

#[cfg(feature = "js-api")]
/// Offenses matching what a person typed (a statute or words, English or Spanish, typos
/// forgiven), best first: `[{ id, citation, title_en, title_es }]`. `jurisdiction` is "CA"
/// or "IL" (loaded first); an unknown one throws.
#[wasm_bindgen]
pub fn search(query: &str, jurisdiction: &str, limit: Option<usize>) -> Result<JsValue, JsError> {
    let j = jurisdiction_of(jurisdiction)?;
    let catalog = loaded()?;
    let hits: Vec<serde_json::Value> = catalog
        .lookup(query, j, limit.unwrap_or(10))
        .into_iter()
        .map(|o| serde_json::json!({ "id": o.id, "citation": o.citation, "title_en": &*o.title.en, "title_es": &*o.title.es }))
        .collect();
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    serde::Serialize::serialize(&hits, &serializer).map_err(|e| JsError::new(&e.to_string()))
}

#[cfg(feature = "js-api")]
/// Today's date on this device, for a Case without `as_of`.
fn today() -> Date {
    let now = js_sys::Date::new_0();
    Date::from_ymd(now.get_full_year() as i32, now.get_month() + 1, now.get_date()).unwrap_or(Date::EPOCH)
}
