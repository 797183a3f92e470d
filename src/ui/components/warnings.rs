//! What the answer depends on, in a calm list.

use yew::prelude::*;

use crate::engine::outcome::Explanation;
use crate::lang::Lang;
use crate::ui::i18n::{t, Text};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub lang: Lang,
    pub warnings: Vec<Explanation>,
}

#[function_component(Warnings)]
pub fn warnings(props: &Props) -> Html {
    if props.warnings.is_empty() {
        return html! {};
    }
    html! {
        <section id="warnings" class="card" aria-labelledby="warnings-heading">
            <h3 id="warnings-heading">{ t(props.lang, Text::WarningsHeading) }</h3>
            <ul class="warnings">
                { for props.warnings.iter().map(|w| html! { <li class="warning">{ w.render(props.lang) }</li> }) }
            </ul>
        </section>
    }
}
