//! The app in real headless Chromium (wasm-bindgen-test through chromedriver):
//! `make test-wasm`. Mounts the app into a fresh element and reads what a person sees.
#![cfg(target_arch = "wasm32")]

use gloo_timers::future::TimeoutFuture;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};

wasm_bindgen_test_configure!(run_in_browser);

/// Mounts the app into a new element of the test page and lets Yew render.
async fn mounted() -> Element {
    let document = gloo::utils::document();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    padilla::ui::mount(root.clone());
    TimeoutFuture::new(0).await;
    root
}

fn find(root: &Element, selector: &str) -> Element {
    root.query_selector(selector).unwrap().unwrap_or_else(|| panic!("nothing matches {selector}"))
}

fn text(root: &Element, selector: &str) -> String {
    find(root, selector).text_content().unwrap_or_default()
}

#[wasm_bindgen_test]
async fn the_first_screen_says_what_padilla_is_and_asks_for_a_statute() {
    let root = mounted().await;
    assert_eq!(text(&root, "h1"), "Padilla");
    assert!(text(&root, ".tagline").contains("immigration status"));
    assert_eq!(text(&root, "label[for=statute]"), "Statute or offense");
    assert_eq!(find(&root, "#statute").get_attribute("placeholder").as_deref(), Some("PC 273.5"));
    assert_eq!(text(&root, "label[for=status]"), "Immigration status of the person");
    assert_eq!(root.query_selector_all("#status option").unwrap().length(), 10);
    let results = find(&root, "#results");
    assert_eq!(results.get_attribute("aria-live").as_deref(), Some("polite"));
    assert!(text(&root, "#privacy-note").contains("runs on this device"));
    assert!(text(&root, "footer").contains(&format!("Data version {}", padilla::DATA_VERSION)));
    assert!(text(&root, "footer").contains("not legal advice"));
    root.remove();
}

#[wasm_bindgen_test]
async fn the_language_switch_turns_the_whole_screen_to_spanish() {
    let root = mounted().await;
    find(&root, ".lang-switch").dyn_into::<HtmlElement>().unwrap().click();
    TimeoutFuture::new(0).await;
    assert_eq!(text(&root, "label[for=statute]"), "Ley o delito");
    assert!(text(&root, "#privacy-note").contains("en este dispositivo"));
    assert!(text(&root, "footer").contains("no es asesoría legal"));
    let html_lang = gloo::utils::document().document_element().unwrap().get_attribute("lang");
    assert_eq!(html_lang.as_deref(), Some("es"));
    root.remove();
}
