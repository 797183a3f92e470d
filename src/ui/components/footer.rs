//! The data version and the not-legal-advice notice, always visible, small.

use yew::prelude::*;

use crate::lang::{fill, Lang};
use crate::ui::i18n::{t, Text};
use crate::DATA_VERSION;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub lang: Lang,
}

#[function_component(Footer)]
pub fn footer(props: &Props) -> Html {
    html! {
        <footer class="app-footer">
            <div class="column">
                <p class="data-version">{ fill(t(props.lang, Text::DataVersion), &[("version", DATA_VERSION)]) }</p>
                <p class="notice">{ t(props.lang, Text::NotLegalAdvice) }</p>
            </div>
        </footer>
    }
}
