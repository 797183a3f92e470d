//! The app in real headless Chromium (wasm-bindgen-test through chromedriver):
//! `make test-wasm`. Mounts the app into a fresh element and reads what a person sees.
#![cfg(target_arch = "wasm32")]

use gloo_timers::future::TimeoutFuture;
use wasm_bindgen::JsCast;
use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};

wasm_bindgen_test_configure!(run_in_browser);

/// Every state and language, as the app would have fetched them (the test page serves no
/// `data/` directory; the e2e tests fetch the real files).
fn with_data() {
    for (_, files) in padilla::catalog::embedded::STATES {
        for file in *files {
            padilla::ui::data::install(file.to_vec());
        }
    }
}

/// Mounts the app into a new element of the test page and lets Yew render.
async fn mounted() -> Element {
    with_data();
    let document = gloo::utils::document();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    padilla::ui::mount(root.clone(), Default::default());
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
    let announce = find(&root, "#announce");
    assert_eq!(announce.get_attribute("aria-live").as_deref(), Some("polite"));
    assert_eq!(announce.get_attribute("role").as_deref(), Some("status"));
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
    // `<html lang>` follows in an effect after the render: give it up to a second.
    let html_lang = || gloo::utils::document().document_element().unwrap().get_attribute("lang");
    for _ in 0..100 {
        if html_lang().as_deref() == Some("es") {
            break;
        }
        TimeoutFuture::new(10).await;
    }
    assert_eq!(html_lang().as_deref(), Some("es"));
    root.remove();
}

/// The JavaScript `assess` in a real browser: the contract example in, the contract's
/// Assessment out, as a plain object.
#[wasm_bindgen_test]
fn the_js_assess_implements_the_contract() {
    with_data();
    let case = js_sys::JSON::parse(
        r#"{"schema_version":1,"as_of":"2026-11-22","jurisdiction":"CA",
            "person":{"status":"lpr","admitted_on":"2016-03-01","lpr_since":"2016-03-01"},
            "convictions":[{"statute":"PC 273.5(a)","committed_on":"2024-05-02","convicted_on":"2024-09-10",
              "level":"misdemeanor","sentence_days":364,"suspended_days":334,"disposition":"plea_or_verdict"}]}"#,
    )
    .unwrap();
    let out = padilla::api::assess(case).map_err(|_| "assess threw").unwrap();
    let json: String = js_sys::JSON::stringify(&out).unwrap().into();
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v["removability"]["deportable"], "yes");
    assert_eq!(v["convictions"][0]["grounds"]["domestic_violence"], "yes");
    assert_eq!(v["relief"]["naturalization"], "barred");
    assert_eq!(v["data_version"], padilla::DATA_VERSION);
    // A JSON string works as well as an object.
    let again =
        padilla::api::assess(wasm_bindgen::JsValue::from_str(&json_case())).map_err(|_| "threw").unwrap();
    assert!(js_sys::Reflect::has(&again, &"removability".into()).unwrap());
}

fn json_case() -> String {
    r#"{"jurisdiction":"IL","person":{"status":"undocumented"},"convictions":[{"statute":"720 ILCS 5/12-3.2(a)(2)","disposition":"plea_or_verdict"}]}"#.into()
}

/// Bad input throws an Error whose message names the field.
#[wasm_bindgen_test]
fn the_js_assess_throws_an_error_naming_the_field() {
    with_data();
    let case = js_sys::JSON::parse(r#"{"jurisdiction":"CA","person":{"status":"lpr"},"convictions":[{"statute":"PC 273.5","disposition":"plea_or_verdict","sentence_days":-1}]}"#).unwrap();
    let err = padilla::api::assess(case).err().expect("bad input throws");
    let err: wasm_bindgen::JsValue = err.into();
    let message: String = js_sys::Reflect::get(&err, &"message".into()).unwrap().as_string().unwrap();
    assert!(message.starts_with("convictions[0].sentence_days:"), "{message}");
}

/// The search the app's field will use, in the browser.
#[wasm_bindgen_test]
fn the_js_search_finds_offenses_by_spanish_word_and_by_statute() {
    with_data();
    let hits = padilla::api::search("robo".into(), "CA".into(), JsValue::UNDEFINED).map_err(|_| "threw").unwrap();
    let json: String = js_sys::JSON::stringify(&hits).unwrap().into();
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v[0]["id"], "ca.pc.211");
    let hits = padilla::api::search("720 ILCS 5/12-3.2(a)(2)".into(), "IL".into(), 3.into()).map_err(|_| "threw").unwrap();
    let json: String = js_sys::JSON::stringify(&hits).unwrap().into();
    assert!(json.contains("il.720.5.12_3.2.a.2"), "{json}");
    assert!(padilla::api::search("robo".into(), "TX".into(), JsValue::UNDEFINED).is_err());
}
