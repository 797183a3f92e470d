//! While the chosen state's offenses arrive: a short loading line, or, if they could not be
//! fetched, what happened and a way to try again. Nothing is answered from missing data.

use yew::prelude::*;

use crate::engine::case::Jurisdiction;
use crate::lang::Lang;
use crate::ui::data::Data;
use crate::ui::i18n::{jurisdiction_label, t, tf, Text};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub lang: Lang,
    pub jurisdiction: Jurisdiction,
    pub data: Data,
    /// Check was pressed: the answer follows as soon as the data is here.
    pub pending: bool,
    pub on_retry: Callback<()>,
}

#[function_component(DataNotice)]
pub fn data_notice(props: &Props) -> Html {
    let lang = props.lang;
    let state = t(lang, jurisdiction_label(props.jurisdiction));
    match props.data {
        Data::Failed => {
            let retry = props.on_retry.reform(|_: MouseEvent| ());
            html! {
                <div class="data-notice failed" role="alert">
                    <p>{ tf(lang, Text::DataFailed, &[("state", state)]) }</p>
                    <button type="button" class="secondary" id="retry" onclick={retry}>{ t(lang, Text::Retry) }</button>
                </div>
            }
        }
        _ => {
            let key = if props.pending { Text::DataLoadingThenAnswer } else { Text::DataLoading };
            html! {
                <p class="data-notice loading" aria-busy="true">{ tf(lang, key, &[("state", state)]) }</p>
            }
        }
    }
}
