//! Optional facts, one tap away: sentence, level, status, perspective.

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::engine::case::{Level, Perspective, Status};
use crate::lang::Lang;
use crate::ui::i18n::{perspective_label, status_label, t, tf, Text, LEVELS};
use crate::ui::state::SentenceSide;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub lang: Lang,
    /// The sentence field as typed.
    pub sentence: String,
    pub sentence_days: Option<u32>,
    pub side: Option<SentenceSide>,
    /// Something is typed that is not a whole number of days.
    #[prop_or_default]
    pub unread: bool,
    pub level: Option<Level>,
    pub status: Status,
    pub perspective: Perspective,
    pub on_sentence: Callback<String>,
    pub on_level: Callback<Option<Level>>,
    pub on_status: Callback<Status>,
    pub on_perspective: Callback<Perspective>,
}

fn select_value(e: Event) -> String {
    e.target_unchecked_into::<HtmlSelectElement>().value()
}

#[function_component(Facts)]
pub fn facts(props: &Props) -> Html {
    let lang = props.lang;
    let on_sentence =
        props.on_sentence.reform(|e: InputEvent| e.target_unchecked_into::<HtmlInputElement>().value());
    let on_level = props.on_level.reform(|e: Event| Level::from_code(&select_value(e)));
    let on_status = {
        let cb = props.on_status.clone();
        Callback::from(move |e: Event| {
            if let Some(s) = Status::from_code(&select_value(e)) {
                cb.emit(s);
            }
        })
    };
    let on_perspective = {
        let cb = props.on_perspective.clone();
        Callback::from(move |e: Event| {
            if let Some(p) = Perspective::from_code(&select_value(e)) {
                cb.emit(p);
            }
        })
    };
    let days = props.sentence_days.map(|d| d.to_string()).unwrap_or_default();
    let (side_text, side_class) = match props.side {
        None if props.unread => {
            (tf(lang, Text::ProblemDaysNotSet, &[("field", t(lang, Text::SentenceLabel))]), "sentence-side field-error")
        }
        None => (t(lang, Text::SentenceNotSet).to_string(), "sentence-side unset"),
        Some(SentenceSide::Below) => {
            (tf(lang, Text::SentenceBelow, &[("days", &days)]), "sentence-side below")
        }
        Some(SentenceSide::AtOrAbove) => {
            (tf(lang, Text::SentenceAtOrAbove, &[("days", &days)]), "sentence-side above")
        }
    };
    html! {
        <details id="facts">
            <summary>{ t(lang, Text::FactsSummary) }</summary>
            <div class="facts-body">
                <div class="field">
                    <label for="sentence-days">{ t(lang, Text::SentenceLabel) }</label>
                    // Text, not type="number": a number input hands the app "" for what it cannot
                    // read (1e309, 365.5 half-typed), so the app could not say what is wrong.
                    <input id="sentence-days" name="sentence-days" type="text" inputmode="numeric" autocomplete="off"
                        aria-describedby="sentence-side sentence-line" aria-invalid={props.unread.then_some("true")}
                        value={props.sentence.clone()} oninput={on_sentence} />
                    <p id="sentence-side" class={side_class}>{ side_text }</p>
                    <p id="sentence-line" class="hint">{ t(lang, Text::SentenceLine) }</p>
                </div>
                <div class="field">
                    <label for="level">{ t(lang, Text::LevelLabel) }</label>
                    <select id="level" name="level" onchange={on_level}>
                        { for LEVELS.iter().map(|(level, label)| html! {
                            <option value={level.map(|l| l.code()).unwrap_or("")} selected={*level == props.level}>
                                { t(lang, *label) }
                            </option>
                        }) }
                    </select>
                </div>
                <div class="field">
                    <label for="status">{ t(lang, Text::StatusLabel) }</label>
                    <select id="status" name="status" onchange={on_status}>
                        { for Status::ALL.iter().map(|s| html! {
                            <option value={s.code()} selected={*s == props.status}>{ t(lang, status_label(*s)) }</option>
                        }) }
                    </select>
                </div>
                <div class="field">
                    <label for="perspective">{ t(lang, Text::PerspectiveLabel) }</label>
                    <select id="perspective" name="perspective" onchange={on_perspective}>
                        { for Perspective::ALL.iter().map(|p| html! {
                            <option value={p.code()} selected={*p == props.perspective}>{ t(lang, perspective_label(*p)) }</option>
                        }) }
                    </select>
                </div>
            </div>
        </details>
    }
}
