//! "Print the advice record": the browser's own print, which the print stylesheet turns into
//! the record of the answer on screen. Nothing is sent anywhere.

use yew::prelude::*;

use crate::lang::Lang;
use crate::ui::i18n::{t, Text};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub lang: Lang,
}

#[function_component(PrintButton)]
pub fn print_button(props: &Props) -> Html {
    let on_print = Callback::from(|_: MouseEvent| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    });
    html! {
        <div class="actions no-print">
            <button type="button" class="secondary print" onclick={on_print}>{ t(props.lang, Text::PrintRecord) }</button>
        </div>
    }
}
