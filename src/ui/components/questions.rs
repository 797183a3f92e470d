//! Questions the record would settle, each answer with what it would change.

use yew::prelude::*;

use crate::engine::questions::{Change, Question};
use crate::lang::Lang;
use crate::ui::components::grade_badge::Mark;
use crate::ui::i18n::{t, Text};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub lang: Lang,
    pub questions: Vec<Question>,
}

#[function_component(Questions)]
pub fn questions(props: &Props) -> Html {
    let lang = props.lang;
    if props.questions.is_empty() {
        return html! {};
    }
    html! {
        <section id="questions" class="card" aria-labelledby="questions-heading">
            <h3 id="questions-heading">{ t(lang, Text::QuestionsHeading) }</h3>
            <ul class="plain">
                { for props.questions.iter().map(|q| html! {
                    <li class="question">
                        <p class="ask">{ q.ask.render(lang) }</p>
                        <ul class="answers">
                            { for q.answers.iter().map(|a| html! {
                                <li class="answer">
                                    <p class="answer-label">{ a.label.render(lang) }</p>
                                    if a.changes.is_empty() {
                                        <p class="change">{ t(lang, Text::AnswerChangesNothing) }</p>
                                    } else {
                                        { changes(lang, &a.changes) }
                                    }
                                </li>
                            }) }
                        </ul>
                    </li>
                }) }
            </ul>
        </section>
    }
}

/// What an answer changes, each point with its new value in words.
pub fn changes(lang: Lang, changes: &[Change]) -> Html {
    html! {
        <ul class="changes">
            { for changes.iter().map(|c| html! {
                <li class="change" data-subject={c.subject.code()} data-grade={c.value.code()}>
                    { c.subject.label(lang) }{ ": " }{ t(lang, Mark::from(c.value).word()) }
                </li>
            }) }
        </ul>
    }
}
