//! What a "Why?" button opens: the reason in the reader's language, the section it rests
//! on, the citations, and the catalog entry's confidence, review date and sources.

use yew::prelude::*;

use crate::engine::offense::Offense;
use crate::engine::outcome::Finding;
use crate::lang::Lang;
use crate::ui::i18n::{confidence_word, date_text, t, tf, Text};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub lang: Lang,
    /// The panel's element id (the button's `aria-controls`).
    pub id: String,
    pub open: bool,
    pub findings: Vec<Finding>,
    /// The catalog entry the answer rests on, if the statute is in the catalog.
    #[prop_or_default]
    pub entry: Option<&'static Offense>,
}

#[function_component(WhyPanel)]
pub fn why_panel(props: &Props) -> Html {
    let lang = props.lang;
    if !props.open {
        // Closed: the element stays for `aria-controls`; its content is built when opened.
        return html! { <div id={props.id.clone()} class="why-panel" hidden=true></div> };
    }
    let reasons = props.findings.iter().map(|f| {
        // The same authority cited twice reads as a mistake: each once, in order.
        let mut citations: Vec<&String> = Vec::new();
        for c in &f.citations {
            if !citations.contains(&c) {
                citations.push(c);
            }
        }
        html! {
            <div class="reason">
                <p class="explanation">{ f.explanation.render(lang) }</p>
                <p class="basis"><span class="term">{ t(lang, Text::WhyBasis) }{ ": " }</span>{ f.basis.to_string() }</p>
                if !f.citations.is_empty() {
                    <p class="term">{ t(lang, Text::WhyCitations) }</p>
                    <ul class="citations">
                        { for citations.into_iter().map(|c| html! { <li>{ c.clone() }</li> }) }
                    </ul>
                }
            </div>
        }
    });
    html! {
        <div id={props.id.clone()} class="why-panel">
            if props.findings.is_empty() {
                <p class="explanation">{ t(lang, Text::WhyNone) }</p>
            }
            { for reasons }
            if let Some(o) = props.entry {
                <div class="entry-meta">
                    <p>{ tf(lang, Text::WhyConfidence, &[("level", t(lang, confidence_word(o.confidence)))]) }</p>
                    <p>{ tf(lang, Text::WhyReviewed, &[("date", &date_text(o.last_reviewed))]) }</p>
                    if !o.sources.is_empty() {
                        <p class="term">{ t(lang, Text::WhySources) }</p>
                        <ul class="sources">
                            { for o.sources.iter().map(|s| html! { <li>{ s.clone() }</li> }) }
                        </ul>
                    }
                </div>
            }
        </div>
    }
}
