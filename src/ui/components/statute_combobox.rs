//! The statute field: a WAI-ARIA 1.2 combobox with the catalog's suggestions as a listbox,
//! beside the state it is searched in.

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::engine::case::{Jurisdiction, MAX_STATUTE_CHARS};
use crate::engine::offense::Offense;
use crate::lang::Lang;
use crate::ui::components::aria;
use crate::ui::i18n::{jurisdiction_label, t, Text};
use crate::ui::state::Step;

/// A key the field handles itself.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Key {
    Step(Step),
    Escape,
}

#[derive(Properties, PartialEq)]
pub struct Props {
    pub lang: Lang,
    /// The input's id; the listbox, options, hint and error are named after it.
    #[prop_or(AttrValue::Static("statute"))]
    pub id: AttrValue,
    /// Whether the state's select sits beside the field (the quick check's).
    #[prop_or(true)]
    pub with_jurisdiction: bool,
    pub jurisdiction: Jurisdiction,
    pub query: String,
    pub options: Vec<&'static Offense>,
    pub expanded: bool,
    /// The highlighted option, if the list is open.
    pub active: Option<usize>,
    /// What is wrong with the statute checked, in the reader's language.
    #[prop_or_default]
    pub error: Option<String>,
    pub on_jurisdiction: Callback<Jurisdiction>,
    pub on_input: Callback<String>,
    pub on_key: Callback<Key>,
    /// Picks the offense with this id.
    pub on_pick: Callback<String>,
}

#[function_component(StatuteCombobox)]
pub fn statute_combobox(props: &Props) -> Html {
    let lang = props.lang;
    let on_input =
        props.on_input.reform(|e: InputEvent| e.target_unchecked_into::<HtmlInputElement>().value());
    let on_jurisdiction = {
        let cb = props.on_jurisdiction.clone();
        Callback::from(move |e: Event| {
            if let Some(j) = Jurisdiction::from_code(&e.target_unchecked_into::<HtmlSelectElement>().value())
            {
                cb.emit(j);
            }
        })
    };
    let on_keydown = {
        let cb = props.on_key.clone();
        let has_options = !props.options.is_empty();
        let has_text = !props.query.is_empty() || props.expanded;
        Callback::from(move |e: KeyboardEvent| {
            let key = match e.key().as_str() {
                "ArrowDown" if has_options => Key::Step(Step::Next),
                "ArrowUp" if has_options => Key::Step(Step::Prev),
                "Escape" if has_text => Key::Escape,
                _ => return,
            };
            e.prevent_default();
            cb.emit(key);
        })
    };
    let base = props.id.to_string();
    let name = |suffix: &str| format!("{base}-{suffix}");
    let active_id = props.active.map(|i| name(&format!("option-{i}")));
    let describedby =
        if props.error.is_some() { format!("{base}-error {base}-hint") } else { name("hint") };
    let options = props.options.iter().enumerate().map(|(i, o)| {
        let id = o.id.clone();
        let pick = props.on_pick.reform(move |_: MouseEvent| id.clone());
        let selected = props.active == Some(i);
        html! {
            <li role="option" id={name(&format!("option-{i}"))} data-offense-id={o.id.clone()}
                aria-selected={aria(selected)} class={if selected { "option active" } else { "option" }}
                onmousedown={Callback::from(|e: MouseEvent| e.prevent_default())} onclick={pick}>
                <span class="citation">{ o.citation.clone() }</span>
                <span class="title">{ o.title.get(lang) }</span>
            </li>
        }
    });
    html! {
        <div class="statute-field">
            <div class="field-row">
                if props.with_jurisdiction {
                    <div class="field jurisdiction">
                        <label for="jurisdiction">{ t(lang, Text::JurisdictionLabel) }</label>
                        <select id="jurisdiction" name="jurisdiction" onchange={on_jurisdiction}>
                            { for Jurisdiction::ALL.iter().map(|j| html! {
                                <option value={j.code()} selected={*j == props.jurisdiction}>{ t(lang, jurisdiction_label(*j)) }</option>
                            }) }
                        </select>
                    </div>
                }
                <div class="field statute">
                    <label for={base.clone()} id={name("label")}>{ t(lang, Text::StatuteLabel) }</label>
                    <input id={base.clone()} name={base.clone()} type="text" inputmode="text" role="combobox"
                        aria-autocomplete="list" aria-expanded={aria(props.expanded)} aria-controls={name("options")}
                        aria-activedescendant={active_id} aria-describedby={describedby}
                        aria-invalid={props.error.as_ref().map(|_| "true")}
                        autocomplete="off" autocapitalize="characters" spellcheck="false" maxlength={MAX_STATUTE_CHARS.to_string()}
                        placeholder={t(lang, Text::StatutePlaceholder)}
                        value={props.query.clone()} oninput={on_input} onkeydown={on_keydown} />
                </div>
            </div>
            <ul id={name("options")} class="statute-options" role="listbox" aria-label={t(lang, Text::SuggestionsLabel)}
                hidden={!props.expanded}>
                { for options }
            </ul>
            if let Some(error) = &props.error {
                <p id={name("error")} class="field-error">{ error.clone() }</p>
            }
            <p id={name("hint")} class="hint">{ t(lang, Text::StatuteHint) }</p>
        </div>
    }
}
