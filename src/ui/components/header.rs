//! The app's name, what it does, and the language switch.

use yew::prelude::*;

use crate::lang::Lang;
use crate::ui::i18n::{t, Text};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub lang: Lang,
    /// Asks for the other language.
    pub on_switch: Callback<Lang>,
}

#[function_component(Header)]
pub fn header(props: &Props) -> Html {
    let lang = props.lang;
    let other = match lang {
        Lang::En => Lang::Es,
        Lang::Es => Lang::En,
    };
    let switch = props.on_switch.reform(move |_: MouseEvent| other);
    html! {
        <header class="app-header">
            <a class="skip-link" href="#statute">{ t(lang, Text::SkipToMain) }</a>
            <div class="column header-row">
                <div>
                    <h1>{ t(lang, Text::AppName) }</h1>
                    <p class="tagline">{ t(lang, Text::Tagline) }</p>
                </div>
                <button type="button" class="lang-switch" lang={other.tag()}
                    aria-label={t(lang, Text::SwitchLanguageLabel)} onclick={switch}>
                    { t(lang, Text::SwitchLanguage) }
                </button>
            </div>
        </header>
    }
}
