//! The promise that nothing leaves the device.

use yew::prelude::*;

use crate::lang::Lang;
use crate::ui::i18n::{t, Text};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub lang: Lang,
}

#[function_component(PrivacyNote)]
pub fn privacy_note(props: &Props) -> Html {
    html! { <p class="privacy" id="privacy-note">{ t(props.lang, Text::PrivacyNote) }</p> }
}
