//! The Yew app: small function components that render the [`state::State`] and send
//! [`state::Action`]s. No component decides law: results come from the engine.

pub mod case_form;
pub mod compare_form;
pub mod components;
pub mod data;
pub mod host;
pub mod i18n;
pub mod input;
pub mod plain;
pub mod prosecutor_form;
pub mod state;
pub mod summary;

use yew::prelude::*;

use components::facts::Facts;
use components::footer::Footer;
use components::header::Header;
use components::case_screen::CaseScreen;
use components::compare_screen::CompareScreen;
use components::data_notice::DataNotice;
use components::screen_tabs::ScreenTabs;
use components::privacy_note::PrivacyNote;
use components::update_notice::UpdateNotice;
use components::prosecutor_screen::ProsecutorScreen;
use components::result::ResultSection;
use components::statute_combobox::{Key, StatuteCombobox};
use i18n::{statute_problem, summary, t, tf, Text};
use state::{Action, Data, Problem, Screen, State};

use crate::engine::date::Date;
use crate::lang::Lang;

/// The reader's language: Spanish if the browser's starts with "es", else English.
fn initial_lang() -> Lang {
    #[cfg(target_arch = "wasm32")]
    {
        let tag = gloo::utils::window().navigator().language().unwrap_or_default();
        if tag.to_ascii_lowercase().starts_with("es") {
            return Lang::Es;
        }
    }
    Lang::En
}

/// Today on this device (the data's review date when there is no browser).
fn today() -> Date {
    #[cfg(target_arch = "wasm32")]
    {
        let now = js_sys::Date::new_0();
        if let Some(d) = Date::from_ymd(now.get_full_year() as i32, now.get_month() + 1, now.get_date()) {
            return d;
        }
    }
    state::data_date()
}

/// Moves keyboard focus to the element `id`.
fn focus(id: &str) {
    use wasm_bindgen::JsCast;
    if let Some(el) = gloo::utils::document().get_element_by_id(id) {
        if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
            // The answer's title at the top of the screen, then focus for screen readers.
            let options = web_sys::ScrollIntoViewOptions::new();
            options.set_block(web_sys::ScrollLogicalPosition::Start);
            el.scroll_into_view_with_scroll_into_view_options(&options);
            let _ = el.focus();
        }
    }
}

/// What the page mounting the app asked of it.
#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    pub options: host::Options,
}

/// The whole app.
#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let state = use_reducer(|| State::start(&props.options, initial_lang(), today()));
    let lang = state.lang;
    // The page can now tell the app that a new version is ready.
    {
        let dispatcher = state.dispatcher();
        use_effect_with((), move |_| {
            #[cfg(target_arch = "wasm32")]
            host::connect(Callback::from(move |a| dispatcher.dispatch(a)));
            #[cfg(not(target_arch = "wasm32"))]
            let _ = dispatcher;
        });
    }
    // A partner that opted in receives each new result (nothing is sent otherwise).
    {
        let sharing = props.options.shares_results;
        let state = state.clone();
        // The result's identity: a new answer is a new value, a re-render is not.
        let shown = state.shown_result().map(|(a, _)| a as *const _ as usize);
        use_effect_with((state.screen, shown), move |_| {
            if let Some((assessment, offers)) = state.shown_result().filter(|_| sharing) {
                host::share(state.screen, assessment, &offers);
            }
        });
    }
    // Keep <html lang> true for screen readers when the language changes.
    use_effect_with(lang, |lang| {
        if let Some(root) = gloo::utils::document().document_element() {
            let _ = root.set_attribute("lang", lang.tag());
        }
    });
    // A card or suggestion opened: the reader goes to the new answer.
    // A card or suggestion opened, or a long form submitted: the reader goes to the answer.
    let screen = state.screen;
    use_effect_with(state.focus_result, move |n| {
        if *n > 0 {
            focus(match screen {
                Screen::Quick => "result-title",
                Screen::Case => "case-result-title",
                Screen::Compare => "compare-result-title",
                Screen::Prosecutor => "prosecutor-charge-title",
            });
        }
    });
    // The chosen state's offenses in the reader's language, fetched once when first needed.
    {
        let dispatcher = state.dispatcher();
        use_effect_with((state.jurisdiction, lang, state.attempt), move |&(j, lang, _)| {
            #[cfg(target_arch = "wasm32")]
            if !data::has(j, lang) {
                wasm_bindgen_futures::spawn_local(async move {
                    match data::fetch(j, lang).await {
                        Ok(()) => dispatcher.dispatch(Action::DataArrived),
                        Err(_) => dispatcher.dispatch(Action::DataFailed(j, lang)),
                    }
                });
            }
            #[cfg(not(target_arch = "wasm32"))]
            let _ = (j, lang, dispatcher);
        });
    }
    let dispatch = {
        let state = state.clone();
        Callback::from(move |a: Action| state.dispatch(a))
    };
    let on_submit = {
        let dispatch = dispatch.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            dispatch.emit(Action::Submit);
        })
    };
    let on_key = dispatch.reform(|k: Key| match k {
        Key::Step(step) => Action::Highlight(step),
        Key::Escape => Action::Escape,
    });
    let on_clear = {
        let dispatch = dispatch.clone();
        Callback::from(move |_: MouseEvent| {
            dispatch.emit(Action::Clear);
            focus("statute");
        })
    };
    let error = state.checked.as_ref().and_then(|c| match &c.answer {
        Err(Problem::Empty) => Some(t(lang, Text::StatuteEmpty).to_string()),
        Err(Problem::NotAStatute(p)) => Some(tf(lang, statute_problem(*p), &[("statute", &input::quoted(&c.statute))])),
        Err(Problem::NoCatalog) => Some(t(lang, Text::NoCatalog).to_string()),
        Ok(_) => None,
    });
    let announcement = state.checked.as_ref().map(|c| summary(lang, c)).unwrap_or_default();
    html! {
        <>
            <Header lang={lang} on_switch={dispatch.reform(Action::SetLang)} />
            <main id="main" class="column">
                if state.update_ready {
                    <UpdateNotice lang={lang} />
                }
                <ScreenTabs lang={lang} screen={state.screen} on_show={dispatch.reform(Action::Show)}
                    plain={state.plain} on_plain={dispatch.reform(Action::SetPlain)} />
                if state.screen != Screen::Quick && state.data != Data::Ready {
                    <DataNotice lang={lang} jurisdiction={state.jurisdiction} data={state.data}
                        pending={false} on_retry={dispatch.reform(|_| Action::Retry)} />
                }
                if state.screen == Screen::Prosecutor {
                    <ProsecutorScreen lang={lang} as_of={state.as_of} form={state.prosecutor.clone()} on_action={dispatch.reform(Action::Prosecutor)} />
                } else if state.screen == Screen::Compare {
                    <CompareScreen lang={lang} as_of={state.as_of} form={state.compare.clone()} on_compare={dispatch.reform(Action::Compare)} />
                } else if state.screen == Screen::Case {
                    <CaseScreen lang={lang} plain={state.plain} jurisdiction={state.jurisdiction} case={state.case.clone()}
                        open_why={state.open_why.clone()} on_case={dispatch.reform(Action::Case)}
                        on_jurisdiction={dispatch.reform(Action::SetJurisdiction)}
                        on_toggle={dispatch.reform(Action::ToggleWhy)} />
                } else {
                <form id="quick-check" class="card" novalidate=true onsubmit={on_submit}
                    aria-labelledby="quick-check-heading">
                    <h2 id="quick-check-heading" class="visually-hidden">{ t(lang, Text::QuickCheckHeading) }</h2>
                    <StatuteCombobox lang={lang} jurisdiction={state.jurisdiction} query={state.query.clone()}
                        options={state.options.clone()} expanded={state.expanded} active={state.active_option()}
                        error={error}
                        on_jurisdiction={dispatch.reform(Action::SetJurisdiction)}
                        on_input={dispatch.reform(Action::SetQuery)} on_key={on_key}
                        on_pick={dispatch.reform(Action::Pick)} />
                    <div class="actions">
                        <button id="check" type="submit" class="primary">{ t(lang, Text::Check) }</button>
                        <button id="clear" type="button" class="secondary" aria-label={t(lang, Text::ClearLabel)}
                            onclick={on_clear}>{ t(lang, Text::Clear) }</button>
                    </div>
                    <Facts lang={lang} sentence={state.sentence.clone()} sentence_days={state.sentence_days}
                        side={state.sentence_side()} unread={state.sentence_unread()} level={state.level} status={state.status}
                        perspective={state.perspective}
                        on_sentence={dispatch.reform(Action::SetSentence)}
                        on_level={dispatch.reform(Action::SetLevel)}
                        on_status={dispatch.reform(Action::SetStatus)}
                        on_perspective={dispatch.reform(Action::SetPerspective)} />
                </form>
                <div id="announce" class="visually-hidden" role="status" aria-live="polite">{ announcement }</div>
                <div id="results">
                    if state.data != Data::Ready {
                        <DataNotice lang={lang} jurisdiction={state.jurisdiction} data={state.data}
                            pending={state.pending} on_retry={dispatch.reform(|_| Action::Retry)} />
                    } else if let Some(checked) = state.checked.clone() {
                        <ResultSection lang={lang} plain={state.plain} as_of={state.as_of} checked={checked} open_why={state.open_why.clone()}
                            on_toggle={dispatch.reform(Action::ToggleWhy)} on_open={dispatch.reform(Action::Open)} />
                    } else {
                        <p class="empty">{ t(lang, Text::ResultsEmpty) }</p>
                    }
                </div>
                }
                <PrivacyNote lang={lang} embedded={props.options.embedded} shares_results={props.options.shares_results} />
            </main>
            <Footer lang={lang} />
        </>
    }
}

/// Mounts the app into `root`, replacing nothing outside it.
pub fn mount(root: web_sys::Element, options: host::Options) {
    yew::Renderer::<App>::with_root_and_props(root, AppProps { options }).render();
}
