//! The advice record, for paper: what was assessed, on what date, with which data, every
//! result with its reasons and citations, and the notice. Shown only when printing (the
//! print stylesheet); a defender files it to show what was advised and on what law.

use yew::prelude::*;

use crate::engine::case::Status;
use crate::engine::date::Date;
use crate::engine::relief::at_stake;
use crate::engine::outcome::{Assessment, Ground, Relief, ReliefGrade, Subject};
use crate::lang::Lang;
use crate::ui::components::grade_badge::Mark;
use crate::ui::i18n::{t, tf, Text};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub lang: Lang,
    pub as_of: Date,
    /// What was assessed, in the reader's words ("PC 273.5 Corporal injury ...; sentence 364 days").
    pub what: String,
    /// Each answer on the sheet: its heading, the status it speaks for (the relief at stake
    /// for it is listed; none for an unknown status), and the assessment.
    pub answers: Vec<(String, Status, Assessment)>,
}

#[function_component(AdviceRecord)]
pub fn advice_record(props: &Props) -> Html {
    let lang = props.lang;
    let as_of = props.as_of.to_string();
    html! {
        <section class="advice-record print-only">
            <h2>{ t(lang, Text::RecordHeading) }</h2>
            <p>{ tf(lang, Text::RecordAsOf, &[("as_of", &as_of), ("version", crate::DATA_VERSION), ("date", crate::DATA_DATE)]) }</p>
            <p>{ tf(lang, Text::RecordAssessed, &[("what", &props.what)]) }</p>
            { for props.answers.iter().map(|(heading, status, a)| answer(lang, heading, *status, a)) }
            <p class="notice">{ t(lang, Text::NotLegalAdvice) }</p>
        </section>
    }
}

fn answer(lang: Lang, heading: &str, status: Status, a: &Assessment) -> Html {
    let mut rows: Vec<(Subject, Mark, Option<usize>)> = Vec::new();
    for (i, c) in a.convictions.iter().enumerate() {
        rows.extend(Ground::ALL.iter().zip(&c.grounds).map(|(g, grade)| (Subject::Ground(*g), Mark::Grade(*grade), Some(i))));
    }
    rows.push((Subject::Deportable, Mark::Reach(a.deportable), None));
    rows.push((Subject::Inadmissible, Mark::Reach(a.inadmissible), None));
    rows.push((Subject::MandatoryDetention, Mark::Grade(a.mandatory_detention), None));
    let relief: &[Relief] = if status == Status::Unknown { &[] } else { at_stake(status) };
    for r in relief {
        let g = Relief::ALL.iter().position(|x| x == r).and_then(|i| a.relief.get(i)).copied();
        if let Some(g) = g.filter(|g| *g != ReliefGrade::NotApplicable) {
            rows.push((Subject::Relief(*r), Mark::Relief(g), None));
        }
    }
    html! {
        <section class="record-answer">
            <h3>{ heading }</h3>
            <ul class="record-rows">
                { for rows.into_iter().map(|(subject, mark, conviction)| {
                    let findings = match conviction {
                        Some(i) => a.convictions[i].findings.iter().filter(|f| f.subject == subject).collect::<Vec<_>>(),
                        None => a.findings.iter().filter(|f| f.subject == subject).collect(),
                    };
                    let quiet = matches!(mark, Mark::Grade(crate::engine::outcome::Grade::No));
                    // The first reason, and every authority of the row once.
                    let reason = findings.first().map(|f| f.explanation.render(lang));
                    let mut cites: Vec<String> = Vec::new();
                    for f in &findings {
                        for c in std::iter::once(f.basis.to_string()).chain(f.citations.iter().cloned()) {
                            if !cites.iter().any(|x| x.starts_with(&c) || c.starts_with(x.as_str())) {
                                cites.push(c);
                            }
                        }
                    }
                    html! {
                        <li>
                            <strong>{ subject.label(lang) }{ ": " }{ t(lang, mark.word()) }</strong>
                            if let (false, Some(reason)) = (quiet, reason) {
                                <span class="record-reason">{ " " }{ reason }{ " (" }{ cites.join("; ") }{ ")" }</span>
                            }
                        </li>
                    }
                }) }
            </ul>
        </section>
    }
}
