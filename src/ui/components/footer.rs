//! The not-legal-advice notice, always visible, and the data version one tap away.

use yew::prelude::*;

use crate::lang::Lang;
use crate::ui::components::data_info::DataInfo;
use crate::ui::i18n::{t, Text};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub lang: Lang,
}

#[function_component(Footer)]
pub fn footer(props: &Props) -> Html {
    html! {
        <footer class="app-footer">
            <div class="column">
                <p class="notice">{ t(props.lang, Text::NotLegalAdvice) }</p>
                <DataInfo lang={props.lang} version={crate::DATA_VERSION} date={crate::DATA_DATE} />
            </div>
        </footer>
    }
}
