//! A new version of Padilla is downloaded and waits: said once, calmly, with a way to
//! switch to it. Reloading clears the screen, so the notice says that too; until then the
//! version in use keeps running, whole (old code never reads new data, nor the reverse).

use yew::prelude::*;

use crate::lang::Lang;
use crate::ui::i18n::{t, Text};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub lang: Lang,
}

#[function_component(UpdateNotice)]
pub fn update_notice(props: &Props) -> Html {
    let lang = props.lang;
    let reload = Callback::from(|_: MouseEvent| crate::ui::host::reload());
    html! {
        <div class="update-notice no-print" id="update-notice" role="status">
            <p>{ t(lang, Text::UpdateReady) }</p>
            <button type="button" class="secondary" id="update-reload" onclick={reload}>{ t(lang, Text::UpdateReload) }</button>
        </div>
    }
}
