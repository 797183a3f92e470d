//! The quick check form: statute and status.

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::engine::case::Status;
use crate::ui::i18n::{status_label, t, Text};
use crate::ui::state::{Action, State};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub state: UseReducerHandle<State>,
}

#[function_component(QuickCheck)]
pub fn quick_check(props: &Props) -> Html {
    let lang = props.state.lang;
    let on_statute = {
        let state = props.state.clone();
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            state.dispatch(Action::SetStatute(input.value()));
        })
    };
    let on_status = {
        let state = props.state.clone();
        Callback::from(move |e: Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            if let Some(status) = Status::from_code(&select.value()) {
                state.dispatch(Action::SetStatus(status));
            }
        })
    };
    html! {
        <section class="card" aria-labelledby="quick-check-heading">
            <h2 id="quick-check-heading">{ t(lang, Text::QuickCheckHeading) }</h2>
            <div class="field">
                <label for="statute">{ t(lang, Text::StatuteLabel) }</label>
                <input id="statute" name="statute" type="search" inputmode="text"
                    autocomplete="off" autocapitalize="characters" spellcheck="false"
                    aria-describedby="statute-hint"
                    placeholder={t(lang, Text::StatutePlaceholder)}
                    value={props.state.statute.clone()} oninput={on_statute} />
                <p id="statute-hint" class="hint">{ t(lang, Text::StatuteHint) }</p>
            </div>
            <div class="field">
                <label for="status">{ t(lang, Text::StatusLabel) }</label>
                <select id="status" name="status" onchange={on_status}>
                    { for Status::ALL.iter().map(|s| html! {
                        <option value={s.code()} selected={*s == props.state.status}>
                            { t(lang, status_label(*s)) }
                        </option>
                    }) }
                </select>
            </div>
        </section>
    }
}
