//! The catalog's advice on the record of conviction, the safer part of a divisible
//! statute, and what could change a past conviction.

use yew::prelude::*;

use crate::lang::{Lang, Prose};
use crate::ui::i18n::{t, tf, Text};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub lang: Lang,
    #[prop_or_default]
    pub record_advice: Option<Prose>,
    /// The label of the safer part to plead to, in each language.
    #[prop_or_default]
    pub safer_variant: Option<Prose>,
    #[prop_or_default]
    pub post_conviction: Option<Prose>,
}

#[function_component(RecordAdvice)]
pub fn record_advice(props: &Props) -> Html {
    let lang = props.lang;
    html! {
        <>
            if props.record_advice.is_some() || props.safer_variant.is_some() {
                <section id="record-advice" class="card" aria-labelledby="record-advice-heading">
                    <h3 id="record-advice-heading">{ t(lang, Text::RecordAdviceHeading) }</h3>
                    if let Some(v) = &props.safer_variant {
                        <p class="safer-variant">{ tf(lang, Text::SaferVariant, &[("variant", v.get(lang))]) }</p>
                    }
                    if let Some(p) = &props.record_advice {
                        <p>{ p.get(lang) }</p>
                    }
                </section>
            }
            if let Some(p) = &props.post_conviction {
                <section id="post-conviction" class="card" aria-labelledby="post-conviction-heading">
                    <h3 id="post-conviction-heading">{ t(lang, Text::PostConvictionHeading) }</h3>
                    <p>{ p.get(lang) }</p>
                </section>
            }
        </>
    }
}
