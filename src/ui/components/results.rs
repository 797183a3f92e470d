//! The results region: a polite live region, so screen readers hear results as they come.

use yew::prelude::*;

use crate::lang::Lang;
use crate::ui::i18n::{t, Text};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub lang: Lang,
}

#[function_component(Results)]
pub fn results(props: &Props) -> Html {
    html! {
        <section id="results" class="card results" aria-labelledby="results-heading" aria-live="polite">
            <h2 id="results-heading">{ t(props.lang, Text::ResultsHeading) }</h2>
            <p class="empty">{ t(props.lang, Text::ResultsEmpty) }</p>
        </section>
    }
}
