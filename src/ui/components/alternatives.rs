//! Safer alternatives as cards; each opens its own answer.

use yew::prelude::*;

use crate::engine::outcome::join_words;
use crate::engine::outcome::{AlternativeOut, Subject};
use crate::lang::Lang;
use crate::ui::i18n::{t, tf, Text};
use crate::ui::state::catalog;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub lang: Lang,
    pub alternatives: Vec<AlternativeOut>,
    /// Opens the offense with this id.
    pub on_open: Callback<String>,
}

/// "a, b and c" of the subjects' labels; `None` for none.
fn list(lang: Lang, subjects: &[Subject]) -> Option<String> {
    let labels: Vec<&str> = subjects.iter().map(|s| s.label(lang)).collect();
    (!labels.is_empty()).then(|| join_words(&labels, lang))
}

#[function_component(Alternatives)]
pub fn alternatives(props: &Props) -> Html {
    let lang = props.lang;
    let Some(catalog) = catalog() else { return html! {} };
    let cards: Vec<Html> = props
        .alternatives
        .iter()
        .filter_map(|alt| {
            let (offense, variant) = catalog.get_plea(&alt.offense_id)?;
            let id = offense.id.clone();
            let open = props.on_open.reform(move |_: MouseEvent| id.clone());
            let lines = [
                (Text::Avoids, list(lang, &alt.avoids), "avoids"),
                (Text::Reduces, list(lang, &alt.reduces), "reduces"),
                (Text::StillRisks, list(lang, &alt.still_risks), "still-risks"),
            ];
            Some(html! {
                <li class="alternative-card">
                    <button type="button" class="alternative" data-offense-id={offense.id.clone()} onclick={open}>
                        <span class="citation">{ offense.citation.clone() }</span>
                        <span class="title">{ offense.title.get(lang) }</span>
                        if let Some(v) = variant {
                            <span class="variant">{ v.label.get(lang) }</span>
                        }
                    </button>
                    // A reviewer's reason is shown; the engine's own says what the lists below say.
                    if alt.curated {
                        <p class="why-text">{ alt.why.render(lang) }</p>
                    }
                    { for lines.into_iter().filter_map(|(key, text, class)| text.map(|text| html! {
                        <p class={class}>{ tf(lang, key, &[("list", &text)]) }</p>
                    })) }
                </li>
            })
        })
        .collect();
    if cards.is_empty() {
        return html! {};
    }
    html! {
        <section id="alternatives" aria-labelledby="alternatives-heading">
            <h3 id="alternatives-heading">{ t(lang, Text::AlternativesHeading) }</h3>
            <p class="hint">{ t(lang, Text::AlternativesHint) }</p>
            <ul class="cards">{ for cards }</ul>
        </section>
    }
}
