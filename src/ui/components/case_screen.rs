//! The full case (the clinic): the person, every conviction as a card, and the answer
//! grouped by conviction, then what it means for the person. Renders the form the reducer
//! keeps ([`crate::ui::case_form`]); decides no law.

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::engine::case::{Disposition, Fact, Jurisdiction, Level, Perspective, Status, MAX_CONVICTIONS};
use crate::engine::offense::Offense;
use crate::engine::outcome::{Assessment, Finding, Ground, Relief, ReliefGrade, Subject};
use crate::lang::Lang;
use crate::ui::case_form::{CaseAction, CaseForm, CaseResult, ConvictionField, ConvictionForm, PersonDate};
use crate::ui::input;
use crate::engine::date::Date;
use crate::ui::components::advice_record::AdviceRecord;
use crate::ui::components::grade_badge::Mark;
use crate::ui::components::print_button::PrintButton;
use crate::ui::components::statute_combobox::{Key, StatuteCombobox};
use crate::ui::components::ground_row::GroundRow;
use crate::ui::components::questions::Questions;
use crate::ui::components::record_advice::RecordAdvice;
use crate::ui::components::warnings::Warnings;
use crate::ui::i18n::{
    disposition_label, fact_label, field_error, jurisdiction_label, perspective_label, status_label, t, tf, Text,
    LEVELS,
};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub lang: Lang,
    #[prop_or_default]
    pub plain: bool,
    pub jurisdiction: Jurisdiction,
    pub case: CaseForm,
    pub on_jurisdiction: Callback<Jurisdiction>,
    pub open_why: Vec<String>,
    pub on_case: Callback<CaseAction>,
    pub on_toggle: Callback<String>,
}

fn input_value(e: InputEvent) -> String {
    e.target_unchecked_into::<HtmlInputElement>().value()
}

fn select_value(e: Event) -> String {
    e.target_unchecked_into::<HtmlSelectElement>().value()
}

/// A labelled text field; `hint` (a Text) is tied to it by `aria-describedby`.
fn text_field(id: String, label: String, value: &str, hint: Option<String>, mode: &'static str, on: Callback<String>) -> Html {
    let hint_id = format!("{id}-hint");
    html! {
        <div class="field">
            <label for={id.clone()}>{ label }</label>
            <input id={id.clone()} type="text" inputmode={mode} autocomplete="off" value={value.to_string()}
                aria-describedby={hint.as_ref().map(|_| hint_id.clone())} oninput={on.reform(input_value)} />
            if let Some(h) = hint {
                <p id={hint_id} class="hint">{ h }</p>
            }
        </div>
    }
}

#[function_component(CaseScreen)]
pub fn case_screen(props: &Props) -> Html {
    let lang = props.lang;
    let f = &props.case;
    let on = props.on_case.clone();
    let date_hint = || Some(t(lang, Text::DateHint).to_string());
    let person_date = |which: PersonDate, id: &str, label: Text, value: &str| {
        let on = on.clone();
        text_field(id.into(), t(lang, label).into(), value, date_hint(), "numeric",
            Callback::from(move |v| on.emit(CaseAction::SetPersonDate(which, v))))
    };
    let on_status = {
        let on = on.clone();
        Callback::from(move |e: Event| {
            if let Some(s) = Status::from_code(&select_value(e)) {
                on.emit(CaseAction::SetStatus(s));
            }
        })
    };
    let on_perspective = {
        let on = on.clone();
        Callback::from(move |e: Event| {
            if let Some(p) = Perspective::from_code(&select_value(e)) {
                on.emit(CaseAction::SetPerspective(p));
            }
        })
    };
    let on_submit = {
        let on = on.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            on.emit(CaseAction::Assess);
        })
    };
    let on_add = on.reform(|_: MouseEvent| CaseAction::Add);
    let full = f.convictions.len() >= MAX_CONVICTIONS;
    let on_jurisdiction = {
        let cb = props.on_jurisdiction.clone();
        Callback::from(move |e: Event| {
            if let Some(j) = Jurisdiction::from_code(&select_value(e)) {
                cb.emit(j);
            }
        })
    };
    let as_of = {
        let on = on.clone();
        text_field("case-as-of".into(), t(lang, Text::AsOfLabel).into(), &f.as_of, date_hint(), "numeric",
            Callback::from(move |v| on.emit(CaseAction::SetAsOf(v))))
    };
    html! {
        <section id="case" aria-labelledby="case-heading">
            <h2 id="case-heading">{ t(lang, Text::CaseHeading) }</h2>
            <p class="hint">{ t(lang, Text::CaseIntro) }</p>
            <form id="case-form" onsubmit={on_submit} novalidate=true>
                <div class="field">
                    <label for="case-jurisdiction">{ t(lang, Text::JurisdictionLabel) }</label>
                    <select id="case-jurisdiction" onchange={on_jurisdiction}>
                        { for Jurisdiction::ALL.iter().map(|j| html! {
                            <option value={j.code()} selected={*j == props.jurisdiction}>{ t(lang, jurisdiction_label(*j)) }</option>
                        }) }
                    </select>
                </div>
                <fieldset class="card">
                    <legend>{ t(lang, Text::PersonHeading) }</legend>
                    <div class="field">
                        <label for="case-status">{ t(lang, Text::StatusLabel) }</label>
                        <select id="case-status" onchange={on_status}>
                            { for Status::ALL.iter().map(|s| html! {
                                <option value={s.code()} selected={*s == f.status}>{ t(lang, status_label(*s)) }</option>
                            }) }
                        </select>
                    </div>
                    { person_date(PersonDate::AdmittedOn, "case-admitted-on", Text::AdmittedOnLabel, &f.admitted_on) }
                    { person_date(PersonDate::LprSince, "case-lpr-since", Text::LprSinceLabel, &f.lpr_since) }
                    { person_date(PersonDate::BornOn, "case-born-on", Text::BornOnLabel, &f.born_on) }
                    { as_of }
                    <div class="field">
                        <label for="case-perspective">{ t(lang, Text::PerspectiveLabel) }</label>
                        <select id="case-perspective" onchange={on_perspective}>
                            { for Perspective::ALL.iter().map(|p| html! {
                                <option value={p.code()} selected={*p == f.perspective}>{ t(lang, perspective_label(*p)) }</option>
                            }) }
                        </select>
                    </div>
                </fieldset>
                <h3 id="convictions-heading">{ t(lang, Text::ConvictionsHeading) }</h3>
                { for f.convictions.iter().enumerate().map(|(i, c)| conviction_card(lang, i, c, f.convictions.len(), &on)) }
                if full {
                    <p id="convictions-limit" class="hint" role="status">
                        { tf(lang, Text::ConvictionsLimit, &[("n", &MAX_CONVICTIONS.to_string())]) }
                    </p>
                }
                <div class="actions">
                    <button type="button" class="secondary" id="add-conviction" onclick={on_add} disabled={full}
                        aria-describedby={full.then_some("convictions-limit")}>{ t(lang, Text::AddConviction) }</button>
                    <button type="submit" class="primary" id="assess-case">{ t(lang, Text::AssessCase) }</button>
                </div>
            </form>
            { results(props) }
        </section>
    }
}

fn conviction_card(lang: Lang, i: usize, c: &ConvictionForm, count: usize, on: &Callback<CaseAction>) -> Html {
    let n = (i + 1).to_string();
    let id = |name: &str| format!("c{i}-{name}");
    let field = |f: ConvictionField, name: &str, label: Text, value: &str, hint: Option<String>, mode: &'static str| {
        let on = on.clone();
        text_field(id(name), t(lang, label).into(), value, hint, mode,
            Callback::from(move |v| on.emit(CaseAction::SetField(i, f, v))))
    };
    let date_hint = || Some(t(lang, Text::DateHint).to_string());
    let on_level = on.reform(move |e: Event| CaseAction::SetLevel(i, Level::from_code(&select_value(e))));
    let on_disposition = {
        let on = on.clone();
        Callback::from(move |e: Event| {
            if let Some(d) = Disposition::from_code(&select_value(e)) {
                on.emit(CaseAction::SetDisposition(i, d));
            }
        })
    };
    let on_variant = on.reform(move |e: Event| {
        let v = select_value(e);
        CaseAction::SetVariant(i, (!v.is_empty()).then_some(v))
    });
    let on_remove = on.reform(move |_: MouseEvent| CaseAction::Remove(i));
    let variants = c.entry.map(|o| o.variants.as_slice()).unwrap_or_default();
    html! {
        <fieldset class="card conviction-card" id={id("card")}>
            <legend>{ tf(lang, Text::ConvictionN, &[("n", &n)]) }</legend>
            <StatuteCombobox lang={lang} id={id("statute")} with_jurisdiction={false} jurisdiction={Jurisdiction::Ca}
                query={c.statute.clone()} options={c.options.clone()} expanded={c.expanded}
                active={c.highlighted.filter(|_| c.expanded)} on_jurisdiction={Callback::noop()}
                on_input={on.reform(move |text| CaseAction::SetField(i, ConvictionField::Statute, text))}
                on_key={on.reform(move |k| match k {
                    Key::Step(step) => CaseAction::Highlight(i, step),
                    Key::Escape => CaseAction::Escape(i),
                })}
                on_pick={on.reform(move |id| CaseAction::Pick(i, id))} />
            if let Some(o) = c.entry {
                <p class="hint entry-title">{ o.title.get(lang) }</p>
            }
            if !variants.is_empty() {
                <div class="field">
                    <label for={id("variant")}>{ t(lang, Text::RecordShowsLabel) }</label>
                    <select id={id("variant")} onchange={on_variant}>
                        <option value="" selected={c.variant.is_none()}>{ t(lang, Text::RecordSilent) }</option>
                        { for variants.iter().map(|v| html! {
                            <option value={v.id.clone()} selected={c.variant.as_deref() == Some(v.id.as_str())}>{ v.label.get(lang) }</option>
                        }) }
                    </select>
                </div>
            }
            <div class="field">
                <label for={id("level")}>{ t(lang, Text::LevelLabel) }</label>
                <select id={id("level")} onchange={on_level}>
                    { for LEVELS.iter().map(|(level, label)| html! {
                        <option value={level.map(|l| l.code()).unwrap_or("")} selected={*level == c.level}>{ t(lang, *label) }</option>
                    }) }
                </select>
            </div>
            { field(ConvictionField::Sentence, "sentence", Text::SentenceDaysLabel, &c.sentence, None, "numeric") }
            { field(ConvictionField::Suspended, "suspended", Text::SuspendedLabel, &c.suspended, None, "numeric") }
            { field(ConvictionField::Custody, "custody", Text::CustodyLabel, &c.custody, None, "numeric") }
            <div class="field">
                <label for={id("disposition")}>{ t(lang, Text::DispositionLabel) }</label>
                <select id={id("disposition")} onchange={on_disposition}>
                    { for Disposition::ALL.iter().map(|d| html! {
                        <option value={d.code()} selected={*d == c.disposition}>{ t(lang, disposition_label(*d)) }</option>
                    }) }
                </select>
            </div>
            { field(ConvictionField::CommittedOn, "committed-on", Text::CommittedOnLabel, &c.committed_on, date_hint(), "numeric") }
            { field(ConvictionField::ConvictedOn, "convicted-on", Text::ConvictedOnLabel, &c.convicted_on, date_hint(), "numeric") }
            { field(ConvictionField::Loss, "loss", Text::LossLabel, &c.loss, None, "decimal") }
            <fieldset class="facts-checks">
                <legend>{ t(lang, Text::RecordFactsLabel) }</legend>
                { for Fact::ALL.iter().map(|fact| {
                    let fact = *fact;
                    let on_fact = on.reform(move |_: Event| CaseAction::ToggleFact(i, fact));
                    let fid = id(fact.code());
                    html! {
                        <div class="check">
                            <input type="checkbox" id={fid.clone()} checked={c.facts.contains(&fact)} onchange={on_fact} />
                            <label for={fid}>{ t(lang, fact_label(fact)) }</label>
                        </div>
                    }
                }) }
            </fieldset>
            if count > 1 {
                <button type="button" class="secondary remove" id={id("remove")} onclick={on_remove}>
                    { tf(lang, Text::RemoveConviction, &[("n", &n)]) }
                </button>
            }
        </fieldset>
    }
}

fn results(props: &Props) -> Html {
    let lang = props.lang;
    let Some(result) = props.case.result.as_deref() else { return html! {} };
    let a = match result {
        CaseResult::Invalid(e) => {
            return html! { <p id="case-problem" class="problem" role="alert">{ field_error(lang, e) }</p> };
        }
        CaseResult::Assessed(a) => a,
    };
    let entries: Vec<Option<&'static Offense>> = props.case.convictions.iter().map(|c| c.entry).collect();
    let what = {
        let mut w: Vec<String> = props
            .case
            .convictions
            .iter()
            .enumerate()
            .map(|(i, c)| {
                let name = c.entry.map_or_else(|| input::shown(&c.statute), |o| format!("{} {}", o.citation, o.title.get(lang)));
                format!("{} {name}", tf(lang, Text::ConvictionN, &[("n", &(i + 1).to_string())]))
            })
            .collect();
        w.push(format!("{}: {}", t(lang, Text::StatusLabel), t(lang, status_label(props.case.status))));
        w.join("; ")
    };
    let as_of = Date::parse(&input::readable(&props.case.as_of)).unwrap_or(Date::EPOCH);
    html! {
        <section id="case-result" aria-labelledby="case-result-title">
            <AdviceRecord lang={lang} as_of={as_of} what={what}
                answers={vec![(t(lang, Text::CaseResultHeading).to_string(), props.case.status, a.clone())]} />
            <h2 id="case-result-title" tabindex="-1">{ t(lang, Text::CaseResultHeading) }</h2>
            <PrintButton lang={lang} />
            { for a.convictions.iter().enumerate().map(|(i, c)| {
                let entry = entries.get(i).copied().flatten();
                let heading_id = format!("case-conviction-{i}");
                html! {
                    <section class="card case-conviction" aria-labelledby={heading_id.clone()}>
                        <h3 id={heading_id}>
                            { tf(lang, Text::ConvictionN, &[("n", &(i + 1).to_string())]) }{ ": " }
                            if let Some(o) = entry {
                                <span class="citation">{ o.citation.clone() }</span>
                            } else {
                                <bdi class="citation typed">{ c.statute.clone() }</bdi>
                            }
                            if let Some(o) = entry {
                                { " " }<span class="title">{ o.title.get(lang) }</span>
                            }
                        </h3>
                        <ul class="rows">
                            { for Ground::ALL.iter().zip(&c.grounds).map(|(g, grade)| {
                                let key = format!("case-{i}-{}", g.code());
                                let findings: Vec<Finding> = c.findings.iter().filter(|f| f.subject == Subject::Ground(*g)).cloned().collect();
                                html! {
                                    <GroundRow lang={lang} class="ground-row" code={g.code()} label={Subject::Ground(*g).label(lang)}
                                        mark={Mark::Grade(*grade)} open={props.open_why.contains(&key)} key_name={key}
                                        findings={findings} entry={entry} on_toggle={props.on_toggle.clone()} plain={props.plain} />
                                }
                            }) }
                        </ul>
                        <RecordAdvice lang={lang} record_advice={c.record_advice.clone()} post_conviction={c.post_conviction.clone()} />
                    </section>
                }
            }) }
            { person_rows(props, a) }
            <Questions lang={lang} questions={a.questions.clone()} />
            <Warnings lang={lang} warnings={a.warnings.clone()} />
        </section>
    }
}

/// Removability, detention, then every form of relief open to the status.
fn person_rows(props: &Props, a: &Assessment) -> Html {
    let lang = props.lang;
    let row = |subject: Subject, mark: Mark| {
        let key = format!("case-p-{}", subject.code());
        let findings: Vec<Finding> = a.findings.iter().filter(|f| f.subject == subject).cloned().collect();
        html! {
            <GroundRow lang={lang} class="person-row" code={subject.code()} label={subject.label(lang)} mark={mark}
                open={props.open_why.contains(&key)} key_name={key} findings={findings}
                on_toggle={props.on_toggle.clone()} plain={props.plain} />
        }
    };
    let relief: Vec<(Relief, ReliefGrade)> = Relief::ALL
        .iter()
        .copied()
        .zip(a.relief.iter().copied())
        .filter(|(_, g)| *g != ReliefGrade::NotApplicable)
        .collect();
    html! {
        <>
            <section class="card" id="case-person" aria-labelledby="case-person-heading">
                <h3 id="case-person-heading">{ t(lang, Text::ForPersonHeading) }</h3>
                <ul class="rows">
                    { row(Subject::Deportable, Mark::Reach(a.deportable)) }
                    { row(Subject::Inadmissible, Mark::Reach(a.inadmissible)) }
                    { row(Subject::MandatoryDetention, Mark::Grade(a.mandatory_detention)) }
                </ul>
            </section>
            if !relief.is_empty() {
                <section class="card" id="case-relief" aria-labelledby="case-relief-heading">
                    <h3 id="case-relief-heading">{ t(lang, Text::ReliefHeading) }</h3>
                    <ul class="rows">
                        { for relief.into_iter().map(|(r, g)| row(Subject::Relief(r), Mark::Relief(g))) }
                    </ul>
                </section>
            }
        </>
    }
}
