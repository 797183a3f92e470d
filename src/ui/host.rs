//! The page around the app: what it asks of the app when mounting it ([`Options`]: a
//! partner's widget starts in a state, a language and a screen), and what the app tells it
//! back: each result, only where the partner opted in ([`share`]), and, on the app's own
//! site, that a new version is ready ([`announce_update`]). No law here.
//!
//! What the page hands over (where results go, how to reload) is kept here, outside the
//! reducer's state, which holds only plain values. Results are written as JSON by whoever
//! mounted the app (`api`, with the contract's writer): the interface knows no JSON.

use crate::engine::case::Jurisdiction;
use crate::engine::outcome::Assessment;
use crate::lang::Lang;
use crate::ui::state::Screen;

/// How the page mounts the app; every field optional.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Options {
    /// The state to start in (else California).
    pub jurisdiction: Option<Jurisdiction>,
    /// The language to start in (else the browser's).
    pub lang: Option<Lang>,
    /// The screen to start on (else the quick check).
    pub screen: Option<Screen>,
    /// Inside a partner's page: the privacy statement says so.
    pub embedded: bool,
    /// The partner's page receives each result (the privacy statement says that too).
    pub shares_results: bool,
}

impl Screen {
    /// The screen a partner's `data-mode` names: `quick`, `case`, `compare`, `prosecutor`.
    pub fn from_code(code: &str) -> Option<Screen> {
        Screen::ALL.into_iter().find(|s| s.code().eq_ignore_ascii_case(code))
    }
}

#[cfg(target_arch = "wasm32")]
mod page {
    use std::cell::RefCell;

    use yew::Callback;

    use crate::ui::state::Action;

    use super::Sharer;

    thread_local! {
        static SHARE: RefCell<Option<Sharer>> = const { RefCell::new(None) };
        static RELOAD: RefCell<Option<js_sys::Function>> = const { RefCell::new(None) };
        static DISPATCH: RefCell<Option<Callback<Action>>> = const { RefCell::new(None) };
    }

    pub fn set_share(f: Sharer) {
        SHARE.with(|s| *s.borrow_mut() = Some(f));
    }

    pub fn share(screen: &str, assessment: &crate::engine::outcome::Assessment, offers: &[&crate::engine::outcome::Assessment]) {
        SHARE.with(|s| {
            if let Some(f) = &*s.borrow() {
                f(screen, assessment, offers);
            }
        });
    }

    pub fn connect(dispatch: Callback<Action>) {
        DISPATCH.with(|d| *d.borrow_mut() = Some(dispatch.clone()));
        // A new version announced before the app first rendered.
        if RELOAD.with(|r| r.borrow().is_some()) {
            dispatch.emit(Action::UpdateReady);
        }
    }

    pub fn announce_update(reload: js_sys::Function) {
        RELOAD.with(|r| *r.borrow_mut() = Some(reload));
        DISPATCH.with(|d| {
            if let Some(d) = &*d.borrow() {
                d.emit(Action::UpdateReady);
            }
        });
    }

    pub fn reload() {
        RELOAD.with(|r| {
            if let Some(f) = &*r.borrow() {
                let _ = f.call0(&wasm_bindgen::JsValue::NULL);
            }
        });
    }
}

#[cfg(target_arch = "wasm32")]
pub use page::{announce_update, connect, set_share};

/// Where results go, for a partner that opted in: the screen's code, its Assessment and, on
/// the compare screen, the offers'.
pub type Sharer = Box<dyn Fn(&str, &Assessment, &[&Assessment])>;

/// Hands a result to the partner's page, if it opted in; else nothing leaves the app.
pub fn share(screen: Screen, assessment: &Assessment, offers: &[&Assessment]) {
    #[cfg(target_arch = "wasm32")]
    page::share(screen.code(), assessment, offers);
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (screen, assessment, offers);
}

/// Reloads into the new version the page said is ready.
pub fn reload() {
    #[cfg(target_arch = "wasm32")]
    page::reload();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_partner_names_a_screen_by_its_code_in_any_case() {
        assert_eq!(Screen::from_code("quick"), Some(Screen::Quick));
        assert_eq!(Screen::from_code("Prosecutor"), Some(Screen::Prosecutor));
        assert_eq!(Screen::from_code("case"), Some(Screen::Case));
        assert_eq!(Screen::from_code("full"), None);
    }
}
