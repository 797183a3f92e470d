//! The Yew app: small function components that render the [`state::State`] and send
//! [`state::Action`]s. No component decides law: results come from the engine.

pub mod components;
pub mod i18n;
pub mod state;

use yew::prelude::*;

use components::{
    footer::Footer, header::Header, privacy_note::PrivacyNote, quick_check::QuickCheck, results::Results,
};
use state::State;

/// The whole app.
#[function_component(App)]
pub fn app() -> Html {
    let state = use_reducer(State::default);
    let lang = state.lang;
    // Keep <html lang> true for screen readers when the language changes.
    use_effect_with(lang, |lang| {
        if let Some(root) = gloo::utils::document().document_element() {
            let _ = root.set_attribute("lang", lang.tag());
        }
    });
    html! {
        <>
            <Header state={state.clone()} />
            <main id="main" class="column">
                <QuickCheck state={state.clone()} />
                <Results lang={lang} />
                <PrivacyNote lang={lang} />
            </main>
            <Footer lang={lang} />
        </>
    }
}

/// Mounts the app into `root`, replacing nothing outside it.
pub fn mount(root: web_sys::Element) {
    yew::Renderer::<App>::with_root(root).render();
}
