//! A statute the catalog does not have: said plainly, with the nearest entries to try.

use yew::prelude::*;

use crate::engine::offense::Offense;
use crate::lang::Lang;
use crate::ui::i18n::{t, tf, Text};
use crate::ui::input::quoted;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub lang: Lang,
    /// The statute as typed.
    pub statute: String,
    pub nearest: Vec<&'static Offense>,
    /// Checks the offense with this id.
    pub on_open: Callback<String>,
}

#[function_component(UnknownOffense)]
pub fn unknown_offense(props: &Props) -> Html {
    let lang = props.lang;
    html! {
        <div id="unknown-offense" class="notice-box">
            <p>{ tf(lang, Text::UnknownOffense, &[("statute", &quoted(&props.statute))]) }</p>
            if !props.nearest.is_empty() {
                <p class="term">{ t(lang, Text::NearestHeading) }</p>
                <ul class="suggestions">
                    { for props.nearest.iter().map(|o| {
                        let id = o.id.clone();
                        let open = props.on_open.reform(move |_: MouseEvent| id.clone());
                        html! {
                            <li>
                                <button type="button" class="suggestion" data-offense-id={o.id.clone()} onclick={open}>
                                    <span class="citation">{ o.citation.clone() }</span>
                                    <span class="title">{ o.title.get(lang) }</span>
                                </button>
                            </li>
                        }
                    }) }
                </ul>
            }
        </div>
    }
}
