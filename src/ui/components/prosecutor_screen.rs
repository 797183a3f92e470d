//! The prosecutor's view: no status field. The charge's risks for any status, then the
//! safer pleas of similar exposure, each with its class and maximum and, status by status,
//! what it avoids. Renders what the reducer computed ([`crate::ui::prosecutor_form`]).

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::engine::offense::OffenseClass;
use crate::engine::outcome::{Ground, Subject};
use crate::engine::protection::Protection;
use crate::lang::Lang;
use crate::ui::components::advice_record::AdviceRecord;
use crate::ui::components::grade_badge::{GradeBadge, Mark};
use crate::ui::components::print_button::PrintButton;
use crate::engine::case::MAX_STATUTE_CHARS;
use crate::ui::i18n::{status_label, statute_problem, t, tf, u_visa_word, Text};
use crate::ui::input;
use crate::ui::state::Problem;
use crate::ui::prosecutor_form::{Exposure, PleaOption, ProsecutorAction, ProsecutorForm};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub lang: Lang,
    pub as_of: crate::engine::date::Date,
    pub form: ProsecutorForm,
    pub on_action: Callback<ProsecutorAction>,
}

/// "Misdemeanor, up to 364 days".
pub fn exposure_text(lang: Lang, e: &Exposure) -> String {
    let days = |d: Option<u32>| d.map(|d| d.to_string()).unwrap_or_else(|| "?".into());
    match e.class {
        OffenseClass::Felony => tf(lang, Text::ExposureFelony, &[("days", &days(e.felony_max_days))]),
        OffenseClass::Misdemeanor => tf(lang, Text::ExposureMisdemeanor, &[("days", &days(e.misdemeanor_max_days))]),
        OffenseClass::Wobbler => tf(
            lang,
            Text::ExposureWobbler,
            &[("felony", &days(e.felony_max_days)), ("misdemeanor", &days(e.misdemeanor_max_days))],
        ),
        OffenseClass::Infraction => t(lang, Text::ExposureInfraction).to_string(),
    }
}

/// One status's line: what the plea avoids, lowers, or makes worse.
fn protection_text(lang: Lang, p: &Protection) -> String {
    let list = |subjects: &[Subject]| subjects.iter().map(|s| s.label(lang)).collect::<Vec<_>>().join(", ");
    let mut parts = Vec::new();
    if !p.avoids.is_empty() {
        parts.push(tf(lang, Text::ProtectionAvoids, &[("list", &list(&p.avoids))]));
    }
    if !p.reduces.is_empty() {
        parts.push(tf(lang, Text::ProtectionReduces, &[("list", &list(&p.reduces))]));
    }
    if !p.worse.is_empty() {
        parts.push(tf(lang, Text::ProtectionWorse, &[("list", &list(&p.worse))]));
    }
    if parts.is_empty() {
        parts.push(t(lang, Text::ProtectionNone).to_string());
    }
    parts.join("; ")
}

#[function_component(ProsecutorScreen)]
pub fn prosecutor_screen(props: &Props) -> Html {
    let lang = props.lang;
    let f = &props.form;
    let on = props.on_action.clone();
    let on_submit = on.reform(|e: SubmitEvent| {
        e.prevent_default();
        ProsecutorAction::Show
    });
    let on_input = on.reform(|e: InputEvent| {
        ProsecutorAction::SetCharged(e.target_unchecked_into::<HtmlInputElement>().value())
    });
    html! {
        <section id="prosecutor" aria-labelledby="prosecutor-heading">
            <h2 id="prosecutor-heading">{ t(lang, Text::ProsecutorHeading) }</h2>
            <p class="hint">{ t(lang, Text::ProsecutorIntro) }</p>
            <form id="prosecutor-form" class="card" onsubmit={on_submit} novalidate=true>
                <div class="field">
                    <label for="prosecutor-charged">{ t(lang, Text::ChargedLabel) }</label>
                    <input id="prosecutor-charged" type="text" list="prosecutor-options" autocomplete="off" spellcheck="false"
                        maxlength={MAX_STATUTE_CHARS.to_string()} aria-invalid={f.problem.as_ref().map(|_| "true")}
                        placeholder={t(lang, Text::StatutePlaceholder)} value={f.charged.clone()} oninput={on_input} />
                    <datalist id="prosecutor-options">
                        { for f.options.iter().map(|o| html! { <option value={o.citation.clone()} label={o.title.get(lang).to_string()} /> }) }
                    </datalist>
                </div>
                <div class="actions">
                    <button type="submit" class="primary" id="show-pleas">{ t(lang, Text::ShowPleas) }</button>
                </div>
            </form>
            if let Some(problem) = &f.problem {
                <p id="prosecutor-problem" class="problem" role="alert">{ problem_text(lang, problem, &f.charged_read()) }</p>
            }
            { results(props) }
        </section>
    }
}

/// Why the charge shows nothing, naming the field.
fn problem_text(lang: Lang, problem: &Problem, charged: &str) -> String {
    let problem = match problem {
        Problem::Empty => t(lang, Text::StatuteEmpty).to_string(),
        Problem::NoCatalog => t(lang, Text::NoCatalog).to_string(),
        Problem::NotAStatute(p) => tf(lang, statute_problem(*p), &[("statute", &input::quoted(charged))]),
    };
    tf(lang, Text::FieldSays, &[("field", t(lang, Text::ChargedLabel)), ("problem", &problem)])
}

fn results(props: &Props) -> Html {
    let lang = props.lang;
    let Some(v) = props.form.result.as_deref() else { return html! {} };
    let a = &v.assessment;
    let mut rows: Vec<(Subject, Mark)> = Vec::new();
    if let Some(c) = a.convictions.first() {
        rows.extend(Ground::ALL.iter().zip(&c.grounds).map(|(g, grade)| (Subject::Ground(*g), Mark::Grade(*grade))));
    }
    rows.push((Subject::Deportable, Mark::Reach(a.deportable)));
    rows.push((Subject::Inadmissible, Mark::Reach(a.inadmissible)));
    let name = v.charge.map_or_else(|| input::shown(&props.form.charged_read()), |o| format!("{} {}", o.citation, o.title.get(lang)));
    html! {
        <section id="prosecutor-result" aria-labelledby="prosecutor-charge-title">
            <AdviceRecord lang={lang} as_of={props.as_of} what={name.clone()} answers={vec![(name, crate::engine::case::Status::Unknown, a.clone())]} />
            <PrintButton lang={lang} />
            <section class="card" aria-labelledby="prosecutor-charge-title">
                <h3 id="prosecutor-charge-title" tabindex="-1">
                    if let Some(o) = v.charge {
                        <span class="citation">{ o.citation.clone() }</span>{ " " }<span class="title">{ o.title.get(lang) }</span>
                    } else {
                        <bdi class="citation typed">{ props.form.charged_read() }</bdi>
                    }
                </h3>
                if let Some(e) = &v.charge_exposure {
                    <p class="exposure">{ exposure_text(lang, e) }</p>
                }
                <h4>{ t(lang, Text::ChargeRisksHeading) }</h4>
                <ul class="rows">
                    { for rows.into_iter().map(|(s, m)| html! {
                        <li class="compare-row" data-subject={s.code()}>
                            <span class="row-label">{ s.label(lang) }</span>
                            <GradeBadge lang={lang} mark={m} />
                        </li>
                    }) }
                </ul>
            </section>
            if let Some(u) = &v.u_visa {
                <section class="card" id="u-visa" aria-labelledby="u-visa-heading">
                    <h3 id="u-visa-heading">{ t(lang, Text::UVisaHeading) }</h3>
                    <p class="u-visa-grade" data-grade={u.grade.code()}><strong>{ t(lang, u_visa_word(u.grade)) }</strong></p>
                    if !u.headline().is_empty() {
                        <p class="u-visa-activities">{ tf(lang, Text::UVisaActivities, &[("list", &u.headline().iter().map(|a| a.name().text(lang)).collect::<Vec<_>>().join(", "))]) }</p>
                    }
                    { for u.reasons.iter().map(|r| html! { <p>{ r.render(lang) }</p> }) }
                    <ul class="citations">
                        { for u.citations.iter().map(|c| html! { <li>{ c.clone() }</li> }) }
                    </ul>
                </section>
            }
            <h3 id="pleas-heading">{ t(lang, Text::PleasHeading) }</h3>
            if v.pleas.is_empty() {
                <p class="empty">{ t(lang, Text::NoPleas) }</p>
            } else {
                <ul class="cards" aria-labelledby="pleas-heading">
                    { for v.pleas.iter().map(|p| plea(lang, p)) }
                </ul>
            }
        </section>
    }
}

fn plea(lang: Lang, p: &PleaOption) -> Html {
    html! {
        <li class="card plea-option" data-offense={p.alternative.offense_id.clone()}
            data-protects-every-status={p.protects_every_status.to_string()}>
            <p class="plea-title">
                <span class="citation">{ p.entry.citation.clone() }</span>{ " " }
                <span class="title">{ p.entry.title.get(lang) }</span>
                if let Some(v) = p.variant {
                    { " " }<span class="variant">{ v.label.get(lang) }</span>
                }
            </p>
            <p class="exposure">{ exposure_text(lang, &p.exposure) }</p>
            <p>{ p.alternative.why.render(lang) }</p>
            if p.protects_every_status {
                <p class="protects-all">{ t(lang, Text::ProtectsEveryStatus) }</p>
            }
            <ul class="plain protection">
                { for p.protection.iter().map(|s| html! {
                    <li data-status={s.status.code()}>
                        <span class="status">{ t(lang, status_label(s.status)) }</span>{ ": " }{ protection_text(lang, s) }
                    </li>
                }) }
            </ul>
        </li>
    }
}
