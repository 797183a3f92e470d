//! One row of the answer: a ground or a conclusion about the person, its grade, and "Why?".

use yew::prelude::*;

use crate::engine::outcome::Subject;
use crate::ui::plain::sentence;

use crate::engine::offense::Offense;
use crate::engine::outcome::Finding;
use crate::lang::Lang;
use crate::ui::components::aria;
use crate::ui::components::grade_badge::{GradeBadge, Mark};
use crate::ui::components::why_panel::WhyPanel;
use crate::ui::i18n::{t, Text};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub lang: Lang,
    /// `ground-row` or `person-row`.
    pub class: &'static str,
    /// The ground or subject code, for `data-ground` / `data-subject`.
    pub code: &'static str,
    /// The ground's or subject's name in the reader's language.
    pub label: &'static str,
    pub mark: Mark,
    /// Unique key of this row's panel (also its element id, prefixed `why-`).
    pub key_name: String,
    pub open: bool,
    pub findings: Vec<Finding>,
    #[prop_or_default]
    pub entry: Option<&'static Offense>,
    /// Opens or closes the panel `key_name`.
    pub on_toggle: Callback<String>,
    /// Plain-language mode: the row says its result again in an everyday sentence.
    #[prop_or_default]
    pub plain: bool,
}

#[function_component(GroundRow)]
pub fn ground_row(props: &Props) -> Html {
    let panel = format!("why-{}", props.key_name);
    let toggle = {
        let key = props.key_name.clone();
        props.on_toggle.reform(move |_: MouseEvent| key.clone())
    };
    let ground = (props.class == "ground-row").then_some(props.code);
    let subject = (props.class != "ground-row").then_some(props.code);
    html! {
        <li class={props.class} data-ground={ground} data-subject={subject} data-grade={props.mark.code()}>
            <div class="row-head">
                <span class="row-label">{ props.label }</span>
                <GradeBadge lang={props.lang} mark={props.mark}
                    depends_on={props.findings.first().and_then(|f| f.explanation.depends_on())} />
                <button type="button" class="why" aria-expanded={aria(props.open)} aria-controls={panel.clone()}
                    onclick={toggle}>
                    { t(props.lang, Text::Why) }
                    <span class="visually-hidden">{ " " }{ props.label }</span>
                </button>
            </div>
            if props.plain {
                <p class="plain-sentence">{ sentence(props.lang, row_subject(props), props.mark) }</p>
            }
            <WhyPanel lang={props.lang} id={panel} open={props.open} findings={props.findings.clone()}
                entry={props.entry} />
        </li>
    }
}

/// The subject a row speaks of, from its code.
fn row_subject(props: &Props) -> Subject {
    Subject::from_code(props.code).unwrap_or(Subject::Deportable)
}
