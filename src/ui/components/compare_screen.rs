//! Compare (the negotiation): the charge and the offers side by side on wide screens and
//! stacked on phones, the rows that differ from the charge marked in words as well as
//! colour, and where each plea's results turn with the sentence. Renders what the reducer
//! computed ([`crate::ui::compare_form`]); decides no law.

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::engine::case::{Status, MAX_STATUTE_CHARS};
use crate::engine::date::Date;
use crate::ui::components::advice_record::AdviceRecord;
use crate::ui::components::other_side_summary::OtherSideSummary;
use crate::ui::components::print_button::PrintButton;
use crate::lang::Lang;
use crate::ui::compare_form::{CompareAction, CompareForm, Plea, Unread};
use crate::ui::input;
use crate::ui::state::Problem;
use crate::ui::components::grade_badge::GradeBadge;
use crate::ui::components::questions::changes;
use crate::ui::i18n::{statute_problem, status_label, t, tf, Text};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub lang: Lang,
    pub as_of: Date,
    pub form: CompareForm,
    pub on_compare: Callback<CompareAction>,
}

fn input_value(e: InputEvent) -> String {
    e.target_unchecked_into::<HtmlInputElement>().value()
}

#[function_component(CompareScreen)]
pub fn compare_screen(props: &Props) -> Html {
    let lang = props.lang;
    let f = &props.form;
    let on = props.on_compare.clone();
    let on_submit = on.reform(|e: SubmitEvent| {
        e.prevent_default();
        CompareAction::Compare
    });
    let on_status = {
        let on = on.clone();
        Callback::from(move |e: Event| {
            if let Some(s) = Status::from_code(&e.target_unchecked_into::<HtmlSelectElement>().value()) {
                on.emit(CompareAction::SetStatus(s));
            }
        })
    };
    let sentence_unread = f.sentence_unread();
    let charge_unread = f.unread.iter().any(|u| u.offer.is_none());
    let on_offer_key = {
        let on = on.clone();
        Callback::from(move |e: KeyboardEvent| {
            // Enter in the offer field adds the offer rather than submitting the form.
            if e.key() == "Enter" {
                e.prevent_default();
                on.emit(CompareAction::AddTyped);
            }
        })
    };
    html! {
        <section id="compare" aria-labelledby="compare-heading">
            <h2 id="compare-heading">{ t(lang, Text::CompareHeading) }</h2>
            <p class="hint">{ t(lang, Text::CompareIntro) }</p>
            <form id="compare-form" class="card" onsubmit={on_submit} novalidate=true>
                <datalist id="compare-options">
                    { for f.options.iter().map(|o| html! { <option value={o.citation.clone()} label={o.title.get(lang).to_string()} /> }) }
                </datalist>
                <div class="field">
                    <label for="compare-charged">{ t(lang, Text::ChargedLabel) }</label>
                    <input id="compare-charged" type="text" list="compare-options" autocomplete="off" spellcheck="false"
                        maxlength={MAX_STATUTE_CHARS.to_string()} aria-invalid={charge_unread.then_some("true")}
                        placeholder={t(lang, Text::StatutePlaceholder)} value={f.charged.clone()}
                        oninput={on.reform(|e| CompareAction::SetCharged(input_value(e)))} />
                </div>
                <div class="field">
                    <label for="compare-status">{ t(lang, Text::StatusLabel) }</label>
                    <select id="compare-status" onchange={on_status}>
                        { for Status::ALL.iter().map(|s| html! {
                            <option value={s.code()} selected={*s == f.status}>{ t(lang, status_label(*s)) }</option>
                        }) }
                    </select>
                </div>
                <div class="field">
                    <label for="compare-sentence">{ t(lang, Text::CompareSentenceLabel) }</label>
                    // Text, not type="number", which hands the app "" for what it cannot read.
                    <input id="compare-sentence" type="text" inputmode="numeric" autocomplete="off"
                        aria-invalid={sentence_unread.then_some("true")}
                        aria-describedby={if sentence_unread { "compare-sentence-error compare-sentence-hint" } else { "compare-sentence-hint" }}
                        value={f.sentence.clone()} oninput={on.reform(|e| CompareAction::SetSentence(input_value(e)))} />
                    if sentence_unread {
                        <p id="compare-sentence-error" class="field-error">
                            { tf(lang, Text::ProblemDaysNotSet, &[("field", t(lang, Text::CompareSentenceLabel))]) }
                        </p>
                    }
                    <p id="compare-sentence-hint" class="hint">{ t(lang, Text::SentenceLine) }</p>
                </div>
                <fieldset class="offers">
                    <legend>{ t(lang, Text::OffersHeading) }</legend>
                    <ul class="plain">
                        { for f.offers.iter().enumerate().map(|(i, o)| html! {
                            <li class="offer">
                                <bdi class="citation typed">{ o.clone() }</bdi>
                                <button type="button" class="secondary small" onclick={on.reform(move |_: MouseEvent| CompareAction::Remove(i))}>
                                    { tf(lang, Text::RemoveOffer, &[("offer", &input::quoted(o))]) }
                                </button>
                            </li>
                        }) }
                    </ul>
                    <div class="field">
                        <label for="compare-offer">{ t(lang, Text::OfferLabel) }</label>
                        <input id="compare-offer" type="text" list="compare-options" autocomplete="off" spellcheck="false"
                            maxlength={MAX_STATUTE_CHARS.to_string()} value={f.offer_text.clone()} onkeydown={on_offer_key}
                            oninput={on.reform(|e| CompareAction::SetOfferText(input_value(e)))} />
                    </div>
                    <button type="button" class="secondary" id="add-offer" onclick={on.reform(|_: MouseEvent| CompareAction::AddTyped)}>
                        { t(lang, Text::AddOffer) }
                    </button>
                </fieldset>
                <div class="actions">
                    <button type="submit" class="primary" id="compare-button">{ t(lang, Text::CompareButton) }</button>
                </div>
            </form>
            { unread(lang, &f.unread) }
            { results(props) }
        </section>
    }
}

/// The pleas left out of the comparison, each named with why.
fn unread(lang: Lang, unread: &[Unread]) -> Html {
    if unread.is_empty() {
        return html! {};
    }
    html! {
        <div id="compare-problems" role="alert">
            { for unread.iter().map(|u| {
                let problem = match &u.problem {
                    Problem::Empty => t(lang, Text::StatuteEmpty).to_string(),
                    Problem::NoCatalog => t(lang, Text::NoCatalog).to_string(),
                    Problem::NotAStatute(p) => tf(lang, statute_problem(*p), &[("statute", &input::quoted(&u.statute))]),
                };
                let text = match u.offer {
                    None => tf(lang, Text::FieldSays, &[("field", t(lang, Text::ChargedLabel)), ("problem", &problem)]),
                    Some(_) => {
                        let problem = tf(lang, Text::OfferLeftOut, &[("problem", &problem)]);
                        tf(lang, Text::FieldSays, &[("field", t(lang, Text::OffersHeading)), ("problem", &problem)])
                    }
                };
                html! { <p class="problem">{ text }</p> }
            }) }
        </div>
    }
}

fn results(props: &Props) -> Html {
    let lang = props.lang;
    let f = &props.form;
    let Some(rc) = f.result.clone() else { return html! {} };
    let c: &crate::ui::compare_form::Comparison = &rc;
    // An alternative already compared (typed, or added from here) is not offered again.
    let compared = |id: &str| c.pleas.iter().any(|p| p.variant.map_or(p.entry.map(|o| o.id.as_str()), |v| Some(v.id.as_str())) == Some(id));
    let suggested: Vec<_> = c.suggested.iter().filter(|s| !compared(&s.alternative.offense_id)).collect();
    let heading = |i: usize, p: &Plea| match i {
        0 => format!("{}: {}", t(lang, Text::ChargeColumn), input::shown(&p.statute)),
        n => format!("{}: {}", tf(lang, Text::OfferColumn, &[("n", &n.to_string())]), input::shown(&p.statute)),
    };
    let answers: Vec<(String, Status, crate::engine::outcome::Assessment)> =
        c.pleas.iter().enumerate().map(|(i, p)| (heading(i, p), f.status, p.assessment.clone())).collect();
    let what = {
        let mut w: Vec<String> = c.pleas.iter().enumerate().map(|(i, p)| heading(i, p)).collect();
        w.push(format!("{}: {}", t(lang, Text::StatusLabel), t(lang, status_label(f.status))));
        if let Some(d) = f.sentence_days() {
            w.push(format!("{}: {d}", t(lang, Text::CompareSentenceLabel)));
        }
        w.join("; ")
    };
    html! {
        <section id="compare-result" aria-labelledby="compare-result-title">
            <AdviceRecord lang={lang} as_of={props.as_of} what={what} answers={answers} />
            <h2 id="compare-result-title" class="visually-hidden" tabindex="-1">{ t(lang, Text::CompareHeading) }</h2>
            <div class={if c.pleas.len() > 1 { "pleas many no-print" } else { "pleas no-print" }}>
                { for c.pleas.iter().enumerate().map(|(i, p)| plea(lang, i, p)) }
            </div>
            <PrintButton lang={lang} />
            if c.pleas.len() > 1 {
                <OtherSideSummary lang={lang} comparison={rc.clone()} status={f.status}
                    offer={f.summary_offer.min(c.pleas.len() - 1)} reveal_status={f.reveal_status}
                    summary_lang={f.summary_lang.unwrap_or(lang)} on_compare={props.on_compare.clone()} />
            }
            if !suggested.is_empty() {
                <section class="card no-print" id="compare-suggested" aria-labelledby="compare-suggested-heading">
                    <h3 id="compare-suggested-heading">{ t(lang, Text::SuggestedHeading) }</h3>
                    <ul class="plain">
                        { for suggested.into_iter().map(|s| {
                            let a = &s.alternative;
                            let id = a.offense_id.clone();
                            let name = match (s.entry, s.variant) {
                                (Some(o), Some(v)) => format!("{} ({})", o.citation, v.label.get(lang)),
                                (Some(o), None) => format!("{} {}", o.citation, o.title.get(lang)),
                                _ => id.clone(),
                            };
                            html! {
                                <li class="suggested">
                                    <button type="button" class="secondary" onclick={props.on_compare.reform(move |_: MouseEvent| CompareAction::Add(id.clone()))}>
                                        { tf(lang, Text::AddSuggested, &[("offer", &name)]) }
                                    </button>
                                    <p class="hint">{ a.why.render(lang) }</p>
                                </li>
                            }
                        }) }
                    </ul>
                </section>
            }
        </section>
    }
}

fn plea(lang: Lang, i: usize, p: &Plea) -> Html {
    let heading = match i {
        0 => t(lang, Text::ChargeColumn).to_string(),
        n => tf(lang, Text::OfferColumn, &[("n", &n.to_string())]),
    };
    let heading_id = format!("plea-{i}");
    html! {
        <section class={if i == 0 { "card plea charge" } else { "card plea" }} data-plea={i.to_string()} aria-labelledby={heading_id.clone()}>
            <h3 id={heading_id}>
                { heading }{ ": " }
                if p.entry.is_some() {
                    <span class="citation">{ p.statute.clone() }</span>
                } else {
                    <bdi class="citation typed">{ p.statute.clone() }</bdi>
                }
                if let Some(o) = p.entry {
                    { " " }<span class="title">{ o.title.get(lang) }</span>
                }
                if let Some(v) = p.variant {
                    { " " }<span class="variant">{ v.label.get(lang) }</span>
                }
            </h3>
            <ul class="rows">
                { for p.rows.iter().map(|r| html! {
                    <li class={if r.differs { "compare-row differs" } else { "compare-row" }} data-subject={r.subject.code()}>
                        <span class="row-label">{ r.subject.label(lang) }</span>
                        <GradeBadge lang={lang} mark={r.mark} />
                        if r.differs {
                            <span class="differs-note">{ t(lang, Text::DiffersFromCharge) }</span>
                        }
                    </li>
                }) }
            </ul>
            <h4>{ t(lang, Text::SentenceLinesHeading) }</h4>
            if p.lines.iter().all(|a| a.changes.is_empty()) {
                <p class="hint">{ t(lang, Text::SentenceChangesNothing) }</p>
            } else {
                <ul class="plain sentence-lines">
                    { for p.lines.iter().map(|a| html! {
                        <li class="sentence-line">
                            <span class="answer-label">{ a.label.render(lang) }</span>
                            if a.changes.is_empty() {
                                { " " }{ t(lang, Text::AnswerChangesNothing) }
                            } else {
                                { changes(lang, &a.changes) }
                            }
                        </li>
                    }) }
                </ul>
            }
        </section>
    }
}
