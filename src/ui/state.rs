//! The app's state in one pure reducer: every change is an [`Action`], tested natively.

use std::rc::Rc;

use yew::Reducible;

use crate::engine::case::Status;
use crate::lang::Lang;

/// Everything the screen shows that the user can change.
#[derive(Clone, Debug, PartialEq)]
pub struct State {
    pub lang: Lang,
    /// The statute as typed, untouched: parsing happens when the engine is asked.
    pub statute: String,
    pub status: Status,
}

impl Default for State {
    fn default() -> State {
        State { lang: Lang::En, statute: String::new(), status: Status::Unknown }
    }
}

/// A change the user asked for.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    SetLang(Lang),
    SetStatute(String),
    SetStatus(Status),
}

impl State {
    /// The state after `action`.
    pub fn apply(&self, action: Action) -> State {
        let mut next = self.clone();
        match action {
            Action::SetLang(lang) => next.lang = lang,
            Action::SetStatute(text) => next.statute = text,
            Action::SetStatus(status) => next.status = status,
        }
        next
    }
}

impl Reducible for State {
    type Action = Action;
    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(self.apply(action))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn starts_in_english_with_nothing_typed_and_status_unknown() {
        let s = State::default();
        assert_eq!((s.lang, s.statute.as_str(), s.status), (Lang::En, "", Status::Unknown));
    }

    #[test]
    fn each_action_changes_only_its_own_field() {
        let s = State::default();
        let s = s.apply(Action::SetStatute("PC 273.5".into()));
        assert_eq!(s.statute, "PC 273.5");
        let s = s.apply(Action::SetLang(Lang::Es));
        assert_eq!((s.lang, s.statute.as_str()), (Lang::Es, "PC 273.5"));
        let s = s.apply(Action::SetStatus(Status::Lpr));
        assert_eq!((s.status, s.lang), (Status::Lpr, Lang::Es));
    }
}
