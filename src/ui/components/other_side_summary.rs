//! The summary for the other side, under Compare: which offer, whether to reveal the
//! status (off by default), in which language; the text itself, to copy or print. Made on
//! the device; nothing is sent.

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::engine::case::Status;
use crate::lang::Lang;
use crate::ui::compare_form::{CompareAction, Comparison};
use crate::ui::i18n::{t, Text};
use crate::ui::summary::{other_side, Reveal};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub lang: Lang,
    pub comparison: std::rc::Rc<Comparison>,
    pub status: Status,
    pub offer: usize,
    pub reveal_status: bool,
    pub summary_lang: Lang,
    pub on_compare: Callback<CompareAction>,
}

#[function_component(OtherSideSummary)]
pub fn other_side_summary(props: &Props) -> Html {
    let lang = props.lang;
    let copied = use_state(|| false);
    let pleas = &props.comparison.pleas;
    let (Some(charge), Some(offer)) = (pleas.first(), pleas.get(props.offer)) else { return html! {} };
    let text = other_side(props.summary_lang, charge, offer, props.status, Reveal { status: props.reveal_status });
    let on = props.on_compare.clone();
    let on_offer = on.reform(|e: Event| {
        CompareAction::SummaryOffer(e.target_unchecked_into::<HtmlSelectElement>().value().parse().unwrap_or(1))
    });
    let on_reveal = on.reform(|e: Event| CompareAction::RevealStatus(e.target_unchecked_into::<HtmlInputElement>().checked()));
    let on_lang = on.reform(|e: Event| {
        CompareAction::SummaryLang(Lang::from_tag(&e.target_unchecked_into::<HtmlSelectElement>().value()).unwrap_or_default())
    });
    let on_copy = {
        let (text, copied) = (text.clone(), copied.clone());
        Callback::from(move |_: MouseEvent| {
            if let Some(w) = web_sys::window() {
                let _ = w.navigator().clipboard().write_text(&text);
                copied.set(true);
            }
        })
    };
    html! {
        <section class="card" id="other-side" aria-labelledby="other-side-heading">
            <h3 id="other-side-heading">{ t(lang, Text::SummaryHeading) }</h3>
            <p class="hint">{ t(lang, Text::SummaryIntro) }</p>
            if pleas.len() > 2 {
                <div class="field">
                    <label for="summary-offer">{ t(lang, Text::SummaryOfferLabel) }</label>
                    <select id="summary-offer" onchange={on_offer}>
                        { for pleas.iter().enumerate().skip(1).map(|(i, p)| html! {
                            <option value={i.to_string()} selected={i == props.offer}>{ p.statute.clone() }</option>
                        }) }
                    </select>
                </div>
            }
            <div class="check">
                <input type="checkbox" id="summary-status" checked={props.reveal_status} onchange={on_reveal} />
                <label for="summary-status">{ t(lang, Text::SummaryRevealStatus) }</label>
            </div>
            <div class="field">
                <label for="summary-lang">{ t(lang, Text::SummaryLangLabel) }</label>
                <select id="summary-lang" onchange={on_lang}>
                    { for Lang::ALL.iter().map(|l| html! {
                        <option value={l.tag()} selected={*l == props.summary_lang}>{ match l { Lang::En => "English", Lang::Es => "Español" } }</option>
                    }) }
                </select>
            </div>
            <label for="summary-text">{ t(lang, Text::SummaryHeading) }</label>
            <textarea id="summary-text" readonly=true rows="9" lang={props.summary_lang.tag()} value={text} />
            <div class="actions">
                <button type="button" class="secondary" id="summary-copy" onclick={on_copy}>{ t(lang, Text::SummaryCopy) }</button>
                <span role="status" class="copied">{ if *copied { t(lang, Text::SummaryCopied) } else { "" } }</span>
            </div>
        </section>
    }
}
