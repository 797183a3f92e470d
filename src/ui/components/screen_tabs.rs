//! The screens, one per reader: a row of buttons, the current one marked for sight and for
//! screen readers (`aria-current`).

use yew::prelude::*;

use crate::lang::Lang;
use crate::ui::i18n::{screen_label, t, Text};
use crate::ui::state::Screen;

/// The screens, in the order shown.
const SHOWN: [Screen; 4] = Screen::ALL;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub lang: Lang,
    pub screen: Screen,
    pub on_show: Callback<Screen>,
    pub plain: bool,
    pub on_plain: Callback<bool>,
}

#[function_component(ScreenTabs)]
pub fn screen_tabs(props: &Props) -> Html {
    let lang = props.lang;
    html! {
        <nav class="screens" aria-label={t(lang, Text::ScreensLabel)}>
            <ul>
                { for SHOWN.iter().map(|s| {
                    let s = *s;
                    let current = s == props.screen;
                    html! {
                        <li>
                            <button type="button" id={format!("screen-{}", s.code())} class={if current { "screen current" } else { "screen" }}
                                aria-current={current.then_some("page")} onclick={props.on_show.reform(move |_: MouseEvent| s)}>
                                { t(lang, screen_label(s)) }
                            </button>
                        </li>
                    }
                }) }
            </ul>
            <button type="button" id="plain-toggle" class="plain-toggle" aria-pressed={if props.plain { "true" } else { "false" }}
                onclick={props.on_plain.reform({ let on = !props.plain; move |_: MouseEvent| on })}>
                { t(lang, Text::PlainLanguage) }
            </button>
        </nav>
    }
}
