//! The data version and its review date, one tap away, with how the data is reviewed.

use yew::prelude::*;

use crate::lang::Lang;
use crate::ui::i18n::{t, tf, Text};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub lang: Lang,
    pub version: &'static str,
    pub date: &'static str,
}

#[function_component(DataInfo)]
pub fn data_info(props: &Props) -> Html {
    html! {
        <details id="data-info">
            <summary>{ tf(props.lang, Text::DataInfoSummary, &[("version", props.version), ("date", props.date)]) }</summary>
            <p>{ t(props.lang, Text::DataInfoReview) }</p>
        </details>
    }
}
