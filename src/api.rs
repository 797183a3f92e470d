//! The JavaScript API (wasm-bindgen): the app's entry point and the doors partner sites
//! use. Thin: every function hands over to the engine or the UI.

use wasm_bindgen::prelude::*;

/// Mounts the app into `root` (the page's `<div id="app">`, or a partner's element).
#[wasm_bindgen]
pub fn mount(root: web_sys::Element) {
    crate::ui::mount(root);
}

/// The version of the offense data in this build, as shown in the footer.
#[wasm_bindgen(js_name = dataVersion)]
pub fn data_version() -> String {
    crate::DATA_VERSION.to_string()
}
