//! The answer: the offense, one row per ground, what it means for the person, then the
//! alternatives, questions, advice and warnings. Everything shown comes from the engine.

use std::rc::Rc;

use yew::prelude::*;

use crate::engine::case::Status;
use crate::engine::outcome::{Ground, Subject};
use crate::lang::Lang;
use crate::ui::components::advice_record::AdviceRecord;
use crate::ui::components::alternatives::Alternatives;
use crate::ui::components::print_button::PrintButton;
use crate::ui::components::grade_badge::Mark;
use crate::ui::components::ground_row::GroundRow;
use crate::ui::components::person_column::PersonColumn;
use crate::ui::components::questions::Questions;
use crate::ui::components::record_advice::RecordAdvice;
use crate::ui::components::unknown_offense::UnknownOffense;
use crate::ui::components::warnings::Warnings;
use crate::ui::i18n::{status_label, t, tf, Text};
use crate::ui::input::shown;
use crate::ui::state::{nothing_triggered, Checked};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub lang: Lang,
    #[prop_or_default]
    pub plain: bool,
    pub as_of: crate::engine::date::Date,
    pub checked: Rc<Checked>,
    pub open_why: Vec<String>,
    /// Opens or closes a "Why?" panel by key.
    pub on_toggle: Callback<String>,
    /// Checks another offense (an alternative, a nearby entry) by id.
    pub on_open: Callback<String>,
}

/// The heading of a person column.
fn column_heading(lang: Lang, status: Status, columns: usize) -> String {
    match (status, columns) {
        (Status::Lpr, 2) => t(lang, Text::ColumnLpr).to_string(),
        (Status::Undocumented, 2) => t(lang, Text::ColumnUndocumented).to_string(),
        _ => tf(lang, Text::ColumnStatus, &[("status", t(lang, status_label(status)))]),
    }
}

#[function_component(ResultSection)]
pub fn result(props: &Props) -> Html {
    let lang = props.lang;
    let checked = &props.checked;
    let Ok(answer) = &checked.answer else { return html! {} };
    let Some(conviction) = answer.main.convictions.first() else { return html! {} };
    let entry = checked.offense;
    // The part of a divisible statute checked, when an alternative named one.
    let part = entry.zip(checked.variant.as_deref()).and_then(|(o, id)| o.variant(id));
    let title = match entry {
        Some(o) => html! {
            <>
                <span class="citation">{ o.citation.clone() }</span>
                <span class="title">{ o.title.get(lang) }</span>
                if let Some(v) = part {
                    <span class="variant">{ v.label.get(lang) }</span>
                }
            </>
        },
        None => html! { <bdi class="citation typed">{ checked.statute.clone() }</bdi> },
    };
    let safer_variant = entry
        .zip(conviction.safer_variant.as_deref())
        .and_then(|(o, id)| o.variant(id))
        .map(|v| v.label.clone());
    let columns = answer.people.len();
    let name = entry.map_or_else(|| shown(&checked.statute), |o| format!("{} {}", o.citation, o.title.get(lang)));
    let record: Vec<(String, Status, crate::engine::outcome::Assessment)> = answer
        .people
        .iter()
        .map(|(status, a)| (format!("{name}: {}", column_heading(lang, *status, columns)), *status, a.clone()))
        .collect();
    html! {
        <section id="result" aria-labelledby="result-title">
            <AdviceRecord lang={lang} as_of={props.as_of} what={name.clone()} answers={record} />
            <h2 id="result-title" tabindex="-1">{ title }</h2>
            if conviction.offense_id.is_none() {
                <UnknownOffense lang={lang} statute={checked.statute.clone()} nearest={answer.nearest.clone()}
                    on_open={props.on_open.clone()} />
            }
            if nothing_triggered(&answer.all()) {
                <p id="nothing-triggered" class="notice-box">{ t(lang, Text::NothingTriggered) }</p>
            }
            <h3 id="grounds-heading">{ t(lang, Text::GroundsHeading) }</h3>
            <ul class="rows" id="grounds" aria-labelledby="grounds-heading">
                { for Ground::ALL.iter().zip(&conviction.grounds).map(|(g, grade)| {
                    let key = format!("g-{}", g.code());
                    let findings = conviction.findings.iter().filter(|f| f.subject == Subject::Ground(*g)).cloned().collect::<Vec<_>>();
                    html! {
                        <GroundRow lang={lang} class="ground-row" code={g.code()} label={Subject::Ground(*g).label(lang)}
                            mark={Mark::Grade(*grade)} open={props.open_why.contains(&key)} key_name={key}
                            findings={findings} entry={entry} on_toggle={props.on_toggle.clone()} plain={props.plain} />
                    }
                }) }
            </ul>
            <section id="for-person" aria-labelledby="for-person-heading">
                <h3 id="for-person-heading">{ t(lang, Text::ForPersonHeading) }</h3>
                <div class={if columns > 1 { "person-columns two" } else { "person-columns" }}>
                    { for answer.people.iter().map(|(status, a)| html! {
                        <PersonColumn lang={lang} status={*status} heading={column_heading(lang, *status, columns)}
                            assessment={a.clone()} open_why={props.open_why.clone()} entry={entry} plain={props.plain}
                            on_toggle={props.on_toggle.clone()} />
                    }) }
                </div>
            </section>
            <Alternatives lang={lang} alternatives={conviction.alternatives.clone()} on_open={props.on_open.clone()} />
            <Questions lang={lang} questions={answer.main.questions.clone()} />
            <RecordAdvice lang={lang} record_advice={conviction.record_advice.clone()} safer_variant={safer_variant}
                post_conviction={conviction.post_conviction.clone()} />
            <Warnings lang={lang} warnings={answer.main.warnings.clone()} />
            <PrintButton lang={lang} />
        </section>
    }
}
