//! The promise that nothing leaves the device, and one tap away the privacy statement: what
//! runs where, what is stored, what is sent. Inside a partner's page it says so, and where
//! the partner receives results, it says that before anything is typed.

use yew::prelude::*;

use crate::lang::Lang;
use crate::ui::i18n::{t, Text};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub lang: Lang,
    /// Inside a partner's page.
    #[prop_or_default]
    pub embedded: bool,
    /// The partner's page receives each result.
    #[prop_or_default]
    pub shares_results: bool,
}

#[function_component(PrivacyNote)]
pub fn privacy_note(props: &Props) -> Html {
    let lang = props.lang;
    let (summary, sent) = match props.shares_results {
        true => (Text::PrivacyNoteShared, Text::PrivacySentShared),
        false => (Text::PrivacyNote, Text::PrivacySent),
    };
    let stored = match props.embedded {
        true => Text::PrivacyStoredEmbedded,
        false => Text::PrivacyStored,
    };
    html! {
        <details class="privacy" id="privacy-note">
            <summary>{ t(lang, summary) }</summary>
            <h2 class="privacy-heading">{ t(lang, Text::PrivacyHeading) }</h2>
            <dl>
                <dt>{ t(lang, Text::PrivacyRunsTerm) }</dt>
                <dd>{ t(lang, Text::PrivacyRuns) }</dd>
                <dt>{ t(lang, Text::PrivacyStoredTerm) }</dt>
                <dd>{ t(lang, stored) }</dd>
                <dt>{ t(lang, Text::PrivacySentTerm) }</dt>
                <dd>{ t(lang, sent) }</dd>
            </dl>
        </details>
    }
}
