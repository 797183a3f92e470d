//! The app's state in one pure reducer: every change is an [`Action`], tested natively.
//!
//! The reducer asks the engine for the answer (in-process, no I/O) and keeps what it
//! returned; views render it and decide no law.

use std::rc::Rc;

use yew::Reducible;

use crate::catalog::search::{parse_statute, StatuteError};
use crate::catalog::Catalog;
use crate::engine::case::{Case, Conviction, Disposition, Jurisdiction, Level, Person, Perspective, Status};
use crate::engine::date::Date;
use crate::engine::offense::Offense;
use crate::engine::outcome::{Assessment, Grade, Reach};
use crate::lang::Lang;

pub use super::case_form::{CaseAction, CaseForm};
pub use super::compare_form::{CompareAction, CompareForm};
pub use super::prosecutor_form::{ProsecutorAction, ProsecutorForm};
pub use super::data::Data;
use super::input;

/// How many suggestions the statute field lists.
pub const MAX_OPTIONS: usize = 8;
/// How many nearby entries an unknown statute lists.
pub const MAX_NEAREST: usize = 5;

/// Every state's offenses loaded so far ([`super::data`]); `None` before the first file
/// arrives.
pub fn catalog() -> Option<&'static Catalog> {
    super::data::catalog()
}

/// The screens, one per reader (ui.md "Screens").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Screen {
    /// The hallway: one statute, an answer in seconds.
    Quick,
    /// The clinic: the whole person and every conviction.
    Case,
    /// The negotiation: the charge and the offers side by side.
    Compare,
    /// A prosecutor's plea of equal weight, with no status asked.
    Prosecutor,
}

impl Screen {
    pub const ALL: [Screen; 4] = [Screen::Quick, Screen::Case, Screen::Compare, Screen::Prosecutor];

    /// The id its tab and panel are named by.
    pub fn code(self) -> &'static str {
        match self {
            Screen::Quick => "quick",
            Screen::Case => "case",
            Screen::Compare => "compare",
            Screen::Prosecutor => "prosecutor",
        }
    }
}

/// Everything the screen shows that the user can change.
#[derive(Clone, Debug, PartialEq)]
pub struct State {
    pub lang: Lang,
    /// Plain-language mode: every result said again in an everyday sentence.
    pub plain: bool,
    pub screen: Screen,
    /// The full case (the clinic screen).
    pub case: CaseForm,
    /// The pleas side by side (the negotiation screen).
    pub compare: CompareForm,
    /// The prosecutor's view.
    pub prosecutor: ProsecutorForm,
    pub jurisdiction: Jurisdiction,
    /// The statute field as typed.
    pub query: String,
    /// Suggestions for `query`, best first.
    pub options: Vec<&'static Offense>,
    /// Whether the suggestion list is open.
    pub expanded: bool,
    /// Index into `options` of the highlighted suggestion.
    pub highlighted: Option<usize>,
    /// The sentence field as typed; `sentence_days` is what it reads as.
    pub sentence: String,
    pub sentence_days: Option<u32>,
    pub level: Option<Level>,
    pub status: Status,
    pub perspective: Perspective,
    /// The date the answer speaks for (today on the device).
    pub as_of: Date,
    /// The last check and its answer; `None` before any check or after Clear.
    pub checked: Option<Rc<Checked>>,
    /// Keys of the "Why?" panels that are open.
    pub open_why: Vec<String>,
    /// Bumped when focus should move to the result title (a card or suggestion was opened).
    pub focus_result: u32,
    /// Whether the chosen state's offenses, in the reader's language, are here.
    pub data: Data,
    /// Check pressed before the data arrived: checked as soon as it does.
    pub pending: bool,
    /// Bumped by Retry, so the app fetches again after a failure.
    pub attempt: u32,
    /// A new version of the app is downloaded and waits for a reload.
    pub update_ready: bool,
}

/// One check: the statute as checked and what the engine said.
#[derive(Clone, Debug, PartialEq)]
pub struct Checked {
    pub statute: String,
    /// The catalog entry the statute resolved to, if any.
    pub offense: Option<&'static Offense>,
    /// The part of a divisible statute checked (an alternative may name one), if any.
    pub variant: Option<String>,
    pub answer: Result<Answer, Problem>,
}

/// The engine's answer for a check.
#[derive(Clone, Debug, PartialEq)]
pub struct Answer {
    /// Assessed with the status chosen (grounds, alternatives, questions, warnings).
    pub main: Assessment,
    /// What it means for the person: one column for a known status; for an unknown status,
    /// one for a permanent resident and one for an undocumented person.
    pub people: Vec<(Status, Assessment)>,
    /// For a statute not in the catalog: the nearest entries.
    pub nearest: Vec<&'static Offense>,
}

/// Why a check has no answer.
#[derive(Clone, Debug, PartialEq)]
pub enum Problem {
    /// Nothing typed.
    Empty,
    /// Not readable as a statute of this state.
    NotAStatute(StatuteProblem),
    /// The data failed its checks (never in a tested build).
    NoCatalog,
}

/// What is wrong with the statute as typed (from the catalog's parser).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum StatuteProblem {
    NoSection,
    UnknownCode,
    BadSubdivision,
    OtherState,
    Other,
}

/// A direction in the suggestion list.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Step {
    Next,
    Prev,
}

/// Which side of the one-year line a sentence falls on.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum SentenceSide {
    /// 364 days or less.
    Below,
    /// 365 days or more.
    AtOrAbove,
}

/// A change the user asked for.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    SetLang(Lang),
    SetJurisdiction(Jurisdiction),
    /// The statute field changed.
    SetQuery(String),
    /// Arrow keys in the statute field.
    Highlight(Step),
    /// Escape in the statute field: closes the list; a second Escape clears the field.
    Escape,
    /// A suggestion picked: fills the field and checks it.
    Pick(String),
    /// A card (safer alternative, nearby entry) opened: as Pick, then focus the answer.
    Open(String),
    /// The form submitted: checks the highlighted suggestion, else what was typed.
    Submit,
    SetSentence(String),
    SetLevel(Option<Level>),
    SetStatus(Status),
    SetPerspective(Perspective),
    /// A "Why?" button: opens or closes the panel with this key.
    ToggleWhy(String),
    /// Forget everything but the language.
    Clear,
    /// Another screen chosen.
    Show(Screen),
    /// Plain language on or off.
    SetPlain(bool),
    /// A change on the full-case screen.
    Case(CaseAction),
    /// A change on the compare screen.
    Compare(CompareAction),
    /// A change on the prosecutor's screen.
    Prosecutor(ProsecutorAction),
    /// A data file arrived ([`super::data`]).
    DataArrived,
    /// The file for this state and language could not be fetched.
    DataFailed(Jurisdiction, Lang),
    /// Try the failed fetch again.
    Retry,
    /// The page says a new version is downloaded and ready ([`super::host`]).
    UpdateReady,
}

impl Default for State {
    fn default() -> State {
        State::new(Lang::En, data_date())
    }
}

/// The data's review date: the `as_of` of a state made without a clock (tests).
pub fn data_date() -> Date {
    Date::parse(crate::DATA_DATE).unwrap_or(Date::EPOCH)
}

impl State {
    /// An empty form in `lang`, assessing as of `as_of`.
    pub fn new(lang: Lang, as_of: Date) -> State {
        State {
            lang,
            plain: false,
            screen: Screen::Quick,
            case: CaseForm::new(as_of),
            compare: CompareForm::new(),
            prosecutor: ProsecutorForm::default(),
            jurisdiction: Jurisdiction::Ca,
            query: String::new(),
            options: Vec::new(),
            expanded: false,
            highlighted: None,
            sentence: String::new(),
            sentence_days: None,
            level: None,
            status: Status::Unknown,
            perspective: Perspective::PleaPlanning,
            as_of,
            checked: None,
            open_why: Vec::new(),
            focus_result: 0,
            data: super::data::status(Jurisdiction::Ca, lang),
            pending: false,
            attempt: 0,
            update_ready: false,
        }
    }

    /// An empty form where the page asked the app to start: a partner's widget names its
    /// state, language and screen ([`super::host::Options`]).
    pub fn start(options: &super::host::Options, lang: Lang, as_of: Date) -> State {
        let lang = options.lang.unwrap_or(lang);
        let mut state = State::new(lang, as_of);
        if let Some(j) = options.jurisdiction {
            state.jurisdiction = j;
            state.data = super::data::status(j, lang);
        }
        state.screen = options.screen.unwrap_or(Screen::Quick);
        state
    }

    /// What the screen shown has assessed, for a partner that asked to receive results:
    /// the one Assessment of the quick check or the full case; on the compare screen the
    /// charge's, with the offers'; on the prosecutor's, the charge's with its alternatives.
    /// `None` while nothing is assessed.
    pub fn shown_result(&self) -> Option<(&Assessment, Vec<&Assessment>)> {
        match self.screen {
            Screen::Quick => match &self.checked.as_deref()?.answer {
                Ok(answer) => Some((&answer.main, Vec::new())),
                Err(_) => None,
            },
            Screen::Case => match self.case.result.as_deref()? {
                super::case_form::CaseResult::Assessed(a) => Some((a, Vec::new())),
                super::case_form::CaseResult::Invalid(_) => None,
            },
            Screen::Compare => {
                let (charge, offers) = self.compare.result.as_deref()?.pleas.split_first()?;
                Some((&charge.assessment, offers.iter().map(|p| &p.assessment).collect()))
            }
            Screen::Prosecutor => Some((&self.prosecutor.result.as_deref()?.assessment, Vec::new())),
        }
    }

    /// The state after `action`.
    pub fn apply(&self, action: Action) -> State {
        let mut next = self.clone();
        match action {
            Action::SetLang(lang) => {
                next.lang = lang;
                next.data = super::data::status(next.jurisdiction, lang);
            }
            Action::SetJurisdiction(j) => {
                next.jurisdiction = j;
                next.data = super::data::status(j, next.lang);
                next.suggest(false);
                next.recheck();
                if next.case.result.is_some() {
                    next.case = next.case.apply(CaseAction::Assess, j);
                }
                if next.compare.result.is_some() {
                    next.compare = next.compare.apply(CompareAction::Compare, j, next.as_of);
                }
                if next.prosecutor.result.is_some() {
                    next.prosecutor = next.prosecutor.apply(ProsecutorAction::Show, j, next.as_of);
                }
            }
            Action::SetQuery(text) => {
                next.query = input::statute(text);
                next.suggest(true);
            }
            Action::Highlight(step) => next.highlight(step),
            Action::Escape => {
                if next.expanded {
                    next.expanded = false;
                    next.highlighted = None;
                } else {
                    next.query.clear();
                    next.options.clear();
                    next.highlighted = None;
                }
            }
            Action::Pick(id) => {
                next.pick(&id);
            }
            Action::Open(id) => {
                if next.pick(&id) {
                    next.focus_result = next.focus_result.wrapping_add(1);
                }
            }
            Action::Submit if next.data != Data::Ready => {
                next.pending = true;
                next.expanded = false;
                next.highlighted = None;
            }
            Action::Submit => {
                match next.highlighted.filter(|_| next.expanded).and_then(|i| next.options.get(i)) {
                    Some(o) => {
                        let id = o.id.clone();
                        next.pick(&id);
                    }
                    None => {
                        next.expanded = false;
                        next.highlighted = None;
                        next.open_why.clear();
                        next.check(input::readable(&next.query), None, None);
                    }
                }
            }
            Action::SetSentence(text) => {
                next.sentence_days = read_days(&text);
                next.sentence = text;
                next.recheck();
            }
            Action::SetLevel(level) => {
                next.level = level;
                next.recheck();
            }
            Action::SetStatus(status) => {
                next.status = status;
                next.recheck();
            }
            Action::SetPerspective(p) => {
                next.perspective = p;
                next.recheck();
            }
            Action::ToggleWhy(key) => match next.open_why.iter().position(|k| *k == key) {
                Some(i) => {
                    next.open_why.remove(i);
                }
                None => next.open_why.push(key),
            },
            Action::Clear => {
                let mut fresh = State::new(self.lang, self.as_of);
                fresh.focus_result = self.focus_result;
                fresh.attempt = self.attempt;
                fresh.screen = self.screen;
                fresh.plain = self.plain;
                fresh.data = self.data;
                fresh.update_ready = self.update_ready;
                fresh.jurisdiction = self.jurisdiction;
                next = fresh;
            }
            Action::Show(screen) => next.screen = screen,
            Action::SetPlain(on) => next.plain = on,
            Action::Case(a) => {
                // The answer sits below a long form: submitting it takes the reader there.
                let submitted = a == CaseAction::Assess;
                next.case = next.case.apply(a, next.jurisdiction);
                if submitted {
                    next.focus_result = next.focus_result.wrapping_add(1);
                }
            }
            Action::Compare(a) => {
                let submitted = a == CompareAction::Compare;
                next.compare = next.compare.apply(a, next.jurisdiction, next.as_of);
                if submitted {
                    next.focus_result = next.focus_result.wrapping_add(1);
                }
            }
            Action::Prosecutor(a) => {
                let submitted = a == ProsecutorAction::Show;
                next.prosecutor = next.prosecutor.apply(a, next.jurisdiction, next.as_of);
                if submitted {
                    next.focus_result = next.focus_result.wrapping_add(1);
                }
            }
            Action::DataArrived => {
                next.data = super::data::status(next.jurisdiction, next.lang);
                if next.data == Data::Ready {
                    // Suggestions and the answer on screen are made again from the data that
                    // now holds this language's texts.
                    let open = next.expanded;
                    next.suggest(open);
                    match std::mem::take(&mut next.pending) {
                        true => next = next.apply(Action::Submit),
                        false => next.recheck(),
                    }
                    if next.case.result.is_some() {
                        next.case = next.case.apply(CaseAction::Assess, next.jurisdiction);
                    }
                    if next.compare.result.is_some() {
                        next.compare = next.compare.apply(CompareAction::Compare, next.jurisdiction, next.as_of);
                    }
                    if next.prosecutor.result.is_some() {
                        next.prosecutor = next.prosecutor.apply(ProsecutorAction::Show, next.jurisdiction, next.as_of);
                    }
                }
            }
            Action::DataFailed(j, lang) => {
                if (j, lang) == (next.jurisdiction, next.lang) && next.data != Data::Ready {
                    next.data = Data::Failed;
                }
            }
            Action::Retry => {
                next.data = super::data::status(next.jurisdiction, next.lang);
                next.attempt = next.attempt.wrapping_add(1);
            }
            Action::UpdateReady => next.update_ready = true,
        }
        next
    }

    /// Which side of the one-year line the sentence entered is on.
    pub fn sentence_side(&self) -> Option<SentenceSide> {
        self.sentence_days.map(|d| if d >= 365 { SentenceSide::AtOrAbove } else { SentenceSide::Below })
    }

    /// Whether something is typed in the sentence field that is not a whole number of days
    /// (the answer then treats the sentence as not set, and the field says so).
    pub fn sentence_unread(&self) -> bool {
        self.sentence_days.is_none() && !input::readable(&self.sentence).is_empty()
    }

    /// Whether the "Why?" panel `key` is open.
    pub fn is_open(&self, key: &str) -> bool {
        self.open_why.iter().any(|k| k == key)
    }

    /// The id of the highlighted option, for `aria-activedescendant`.
    pub fn active_option(&self) -> Option<usize> {
        self.highlighted.filter(|_| self.expanded)
    }

    fn suggest(&mut self, open: bool) {
        let query = input::readable(&self.query);
        self.options = match (query.is_empty(), catalog()) {
            (false, Some(c)) => c.lookup(&query, self.jurisdiction, MAX_OPTIONS),
            _ => Vec::new(),
        };
        self.expanded = open && !self.options.is_empty();
        self.highlighted = None;
    }

    fn highlight(&mut self, step: Step) {
        let n = self.options.len();
        if n == 0 {
            return;
        }
        let current = self.highlighted.filter(|_| self.expanded);
        self.expanded = true;
        self.highlighted = Some(match (step, current) {
            (Step::Next, None) => 0,
            (Step::Prev, None) => n - 1,
            (Step::Next, Some(i)) => (i + 1) % n,
            (Step::Prev, Some(i)) => (i + n - 1) % n,
        });
    }

    /// Fills the field with the offense `id` and checks it; false if the id is unknown.
    fn pick(&mut self, id: &str) -> bool {
        // An alternative may name a variant ("plead to 24-1 with a weapon other than a firearm").
        let Some((offense, variant)) = catalog().and_then(|c| c.get_plea(id)) else { return false };
        self.jurisdiction = offense.jurisdiction;
        self.query = offense.citation.clone();
        self.options.clear();
        self.expanded = false;
        self.highlighted = None;
        self.open_why.clear();
        self.check(offense.citation.clone(), Some(offense), variant.map(|v| v.id.clone()));
        true
    }

    /// Checks again with the same statute after a fact changed.
    fn recheck(&mut self) {
        if let Some(c) = self.checked.clone() {
            let offense = c.offense.filter(|o| o.jurisdiction == self.jurisdiction);
            self.check(c.statute.clone(), offense, c.variant.clone().filter(|_| offense.is_some()));
        }
    }

    fn check(&mut self, statute: String, picked: Option<&'static Offense>, variant: Option<String>) {
        let answer = self.answer(&statute, variant.as_deref());
        let offense = picked.or_else(|| {
            let c = catalog()?;
            c.find(&statute, self.jurisdiction).ok().flatten()
        });
        self.checked = Some(Rc::new(Checked { statute, offense, variant, answer }));
    }

    fn answer(&self, statute: &str, variant: Option<&str>) -> Result<Answer, Problem> {
        if statute.is_empty() {
            return Err(Problem::Empty);
        }
        let catalog = catalog().ok_or(Problem::NoCatalog)?;
        let main = crate::engine::assess(&self.case(statute, variant, self.status), catalog)
            .map_err(|_| Problem::NotAStatute(statute_problem(statute, self.jurisdiction)))?;
        let columns: &[Status] = match self.status {
            Status::Unknown => &[Status::Lpr, Status::Undocumented],
            _ => &[],
        };
        let mut people = Vec::new();
        for &status in columns {
            if let Ok(a) =
                crate::engine::assess_without_alternatives(&self.case(statute, variant, status), catalog)
            {
                people.push((status, a));
            }
        }
        if people.is_empty() {
            people.push((self.status, main.clone()));
        }
        // For a statute the catalog does not have, the engine names the nearest entries.
        let nearest = main
            .convictions
            .first()
            .map(|c| c.suggestions.iter().filter_map(|id| catalog.get(id)).take(MAX_NEAREST).collect())
            .unwrap_or_default();
        Ok(Answer { main, people, nearest })
    }

    /// The Case the form describes, for one status.
    pub fn case(&self, statute: &str, variant: Option<&str>, status: Status) -> Case {
        Case {
            as_of: self.as_of,
            perspective: self.perspective,
            jurisdiction: self.jurisdiction,
            person: Person { status, admitted_on: None, lpr_since: None, born_on: None },
            convictions: vec![Conviction {
                statute: statute.to_string(),
                variant: variant.map(String::from),
                committed_on: None,
                convicted_on: None,
                level: self.level,
                sentence_days: self.sentence_days,
                suspended_days: None,
                custody_days: None,
                disposition: Disposition::PleaOrVerdict,
                loss: None,
                facts: Vec::new(),
            }],
        }
    }
}

/// Whole days from the sentence field; anything else is "not set yet".
fn read_days(text: &str) -> Option<u32> {
    input::readable(text).parse::<u32>().ok()
}

/// What is wrong with a statute the engine could not read, in `jurisdiction` (for the
/// words of the message; the catalog's parser decides).
pub fn statute_problem(statute: &str, jurisdiction: Jurisdiction) -> StatuteProblem {
    match parse_statute(statute, jurisdiction) {
        Err(StatuteError::NoSection(_)) | Err(StatuteError::Empty) => StatuteProblem::NoSection,
        Err(StatuteError::UnknownCode(_)) => StatuteProblem::UnknownCode,
        Err(StatuteError::BadSubdivision(_)) => StatuteProblem::BadSubdivision,
        Err(StatuteError::WrongJurisdiction { .. }) => StatuteProblem::OtherState,
        Ok(_) => StatuteProblem::Other,
    }
}

/// Whether nothing at all is triggered in these assessments: every ground `no`, neither
/// family of removal grounds reached, no mandatory detention. Reads grades the engine
/// returned; decides nothing.
pub fn nothing_triggered(assessments: &[&Assessment]) -> bool {
    assessments.iter().all(|a| {
        a.convictions.iter().all(|c| c.grounds.iter().all(|g| *g == Grade::No))
            && matches!(a.deportable, Reach::No | Reach::NotApplicable)
            && matches!(a.inadmissible, Reach::No | Reach::NotApplicable)
            && a.mandatory_detention == Grade::No
    })
}

impl Answer {
    /// Every assessment in this answer.
    pub fn all(&self) -> Vec<&Assessment> {
        let mut v = vec![&self.main];
        v.extend(self.people.iter().map(|(_, a)| a));
        v
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
    use crate::engine::outcome::Ground;

    fn dv_grade(s: &State) -> Grade {
        let answer = s.checked.as_ref().unwrap().answer.as_ref().unwrap();
        answer.main.convictions[0].grounds[Ground::DomesticViolence as usize]
    }

    #[test]
    fn starts_empty_in_california_with_status_unknown_and_plea_planning() {
        let s = State::default();
        assert_eq!((s.lang, s.query.as_str(), s.status), (Lang::En, "", Status::Unknown));
        assert_eq!((s.jurisdiction, s.perspective), (Jurisdiction::Ca, Perspective::PleaPlanning));
        assert!(s.checked.is_none() && s.options.is_empty() && !s.expanded);
        assert_eq!((s.sentence_days, s.level), (None, None));
    }

    #[test]
    fn check_before_the_data_arrives_waits_for_it_then_answers() {
        let mut s = State::default().apply(Action::SetQuery("PC 273.5".into()));
        s.data = Data::Loading;
        let waiting = s.apply(Action::Submit);
        assert!(waiting.pending && waiting.checked.is_none() && !waiting.expanded);
        let failed = waiting.apply(Action::DataFailed(Jurisdiction::Il, Lang::En));
        assert_eq!(failed.data, Data::Loading, "another state's failure is not this one's");
        let failed = failed.apply(Action::DataFailed(Jurisdiction::Ca, Lang::En));
        assert_eq!(failed.data, Data::Failed);
        let retried = failed.apply(Action::Retry);
        assert_eq!(retried.attempt, failed.attempt + 1);
        let arrived = retried.apply(Action::DataArrived);
        assert!(!arrived.pending && arrived.data == Data::Ready);
        assert_eq!(dv_grade(&arrived), Grade::Yes, "the pending check ran");
    }

    #[test]
    fn set_lang_changes_only_the_language() {
        let s = State::default().apply(Action::SetQuery("PC 273.5".into()));
        let t = s.apply(Action::SetLang(Lang::Es));
        assert_eq!(t.lang, Lang::Es);
        assert_eq!(State { lang: Lang::En, ..t }, s);
    }

    #[test]
    fn typing_lists_up_to_eight_suggestions_and_opens_the_list() {
        let s = State::default().apply(Action::SetQuery("PC 273".into()));
        assert!(!s.options.is_empty() && s.options.len() <= MAX_OPTIONS);
        assert!(s.expanded);
        assert_eq!(s.highlighted, None);
        let s = s.apply(Action::SetQuery("   ".into()));
        assert!(s.options.is_empty() && !s.expanded);
    }

    #[test]
    fn highlight_moves_and_wraps_both_ways() {
        let s = State::default().apply(Action::SetQuery("battery".into()));
        let n = s.options.len();
        assert!(n >= 2, "battery finds several entries");
        let s = s.apply(Action::Highlight(Step::Next));
        assert_eq!(s.highlighted, Some(0));
        let s = s.apply(Action::Highlight(Step::Prev));
        assert_eq!(s.highlighted, Some(n - 1), "up from the first wraps to the last");
        let s = s.apply(Action::Highlight(Step::Next));
        assert_eq!(s.highlighted, Some(0), "down from the last wraps to the first");
        let s = State::default().apply(Action::Highlight(Step::Next));
        assert_eq!(s.highlighted, None, "nothing to highlight without options");
    }

    #[test]
    fn escape_closes_the_list_then_clears_the_field() {
        let s = State::default().apply(Action::SetQuery("PC 273".into()));
        let s = s.apply(Action::Highlight(Step::Next)).apply(Action::Escape);
        assert!(!s.expanded && s.highlighted.is_none());
        assert_eq!(s.query, "PC 273");
        let s = s.apply(Action::Escape);
        assert_eq!(s.query, "");
        assert!(s.options.is_empty());
    }

    #[test]
    fn picking_an_offense_fills_the_query_and_checks_it() {
        let c = catalog().unwrap();
        let dv = c.lookup("PC 273.5", Jurisdiction::Ca, 1)[0];
        let s = State::default().apply(Action::SetQuery("273".into())).apply(Action::Pick(dv.id.clone()));
        assert_eq!(s.query, dv.citation);
        assert!(!s.expanded && s.options.is_empty());
        let checked = s.checked.as_ref().unwrap();
        assert_eq!(checked.offense.map(|o| o.id.as_str()), Some(dv.id.as_str()));
        assert_eq!(dv_grade(&s), Grade::Yes);
        assert_eq!(s.focus_result, 0, "picking from the list keeps focus in the field");
        let s = s.apply(Action::Open(dv.id.clone()));
        assert_eq!(s.focus_result, 1, "opening a card moves focus to the answer");
        let same = s.apply(Action::Pick("no.such.id".into()));
        assert_eq!(same, s, "an unknown id changes nothing");
    }

    #[test]
    fn picking_an_illinois_offense_switches_the_jurisdiction() {
        let c = catalog().unwrap();
        let il = c.of(Jurisdiction::Il).next().unwrap();
        let s = State::default().apply(Action::Pick(il.id.clone()));
        assert_eq!(s.jurisdiction, Jurisdiction::Il);
        assert_eq!(s.checked.unwrap().offense.map(|o| o.id.clone()), Some(il.id.clone()));
    }

    #[test]
    fn every_catalog_citation_checks_as_its_own_entry() {
        let c = catalog().unwrap();
        for o in &c.offenses {
            let s = State::default().apply(Action::Pick(o.id.clone()));
            let answer = s.checked.as_ref().unwrap().answer.as_ref().unwrap();
            assert_eq!(
                answer.main.convictions[0].offense_id.as_deref(),
                Some(o.id.as_str()),
                "{} ({}) does not resolve to itself",
                o.citation,
                o.id
            );
        }
    }

    #[test]
    fn submit_checks_the_highlighted_option_or_what_was_typed() {
        let s = State::default().apply(Action::SetQuery("PC 273.5".into()));
        let first = s.options[0].id.clone();
        let picked = s.apply(Action::Highlight(Step::Next)).apply(Action::Submit);
        assert_eq!(picked.checked.as_ref().unwrap().offense.map(|o| o.id.clone()), Some(first));
        let typed = s.apply(Action::Submit);
        assert_eq!(typed.checked.as_ref().unwrap().statute, "PC 273.5");
        assert!(!typed.expanded);
        assert_eq!(dv_grade(&typed), Grade::Yes);
    }

    #[test]
    fn submit_with_nothing_or_nonsense_reports_a_problem() {
        let s = State::default().apply(Action::Submit);
        assert_eq!(s.checked.unwrap().answer, Err(Problem::Empty));
        let s = State::default().apply(Action::SetQuery("zzz".into())).apply(Action::Submit);
        assert!(matches!(s.checked.unwrap().answer, Err(Problem::NotAStatute(_))));
    }

    #[test]
    fn an_unknown_statute_lists_nearby_entries() {
        let s = State::default().apply(Action::SetQuery("PC 273.9".into())).apply(Action::Submit);
        let checked = s.checked.unwrap();
        let answer = checked.answer.as_ref().unwrap();
        assert!(checked.offense.is_none());
        assert_eq!(answer.main.convictions[0].offense_id, None);
        assert!(!answer.nearest.is_empty() && answer.nearest.len() <= MAX_NEAREST);
    }

    #[test]
    fn a_far_away_section_lists_the_closest_sections_of_its_code() {
        let s = State::default().apply(Action::SetQuery("PC 99999".into())).apply(Action::Submit);
        let answer = s.checked.unwrap().answer.clone().unwrap();
        assert!(!answer.nearest.is_empty());
        assert!(answer.nearest.iter().all(|o| o.citation.starts_with("PC ")), "{:?}", answer.nearest);
    }

    #[test]
    fn opening_an_alternative_that_names_a_variant_checks_that_variant() {
        let s = State::default().apply(Action::Open("il.720.5.24_1.other_weapon".into()));
        let checked = s.checked.unwrap();
        assert_eq!(checked.variant.as_deref(), Some("il.720.5.24_1.other_weapon"));
        assert_eq!(checked.offense.map(|o| o.id.as_str()), Some("il.720.5.24_1"));
        assert_eq!(s.jurisdiction, Jurisdiction::Il);
        assert!(checked.answer.is_ok(), "{:?}", checked.answer);
    }

    #[test]
    fn status_unknown_assesses_a_permanent_resident_and_an_undocumented_person() {
        let s = State::default().apply(Action::SetQuery("PC 273.5".into())).apply(Action::Submit);
        let answer = s.checked.as_ref().unwrap().answer.clone().unwrap();
        let statuses: Vec<Status> = answer.people.iter().map(|(st, _)| *st).collect();
        assert_eq!(statuses, [Status::Lpr, Status::Undocumented]);
        let s = s.apply(Action::SetStatus(Status::Lpr));
        let answer = s.checked.as_ref().unwrap().answer.clone().unwrap();
        assert_eq!(answer.people.len(), 1);
        assert_eq!(answer.people[0].0, Status::Lpr);
    }

    #[test]
    fn each_fact_is_kept_and_reassesses_a_shown_result() {
        let s = State::default();
        let s = s.apply(Action::SetSentence("365".into()));
        assert_eq!((s.sentence_days, s.sentence_side()), (Some(365), Some(SentenceSide::AtOrAbove)));
        assert!(s.checked.is_none(), "no result yet, nothing assessed");
        let s = s.apply(Action::SetSentence("364".into()));
        assert_eq!(s.sentence_side(), Some(SentenceSide::Below));
        let s = s.apply(Action::SetSentence("".into()));
        assert_eq!((s.sentence_days, s.sentence_side()), (None, None));
        let s = s.apply(Action::SetLevel(Some(Level::Misdemeanor)));
        assert_eq!(s.level, Some(Level::Misdemeanor));
        let s = s.apply(Action::SetPerspective(Perspective::RemovalDefense));
        assert_eq!(s.perspective, Perspective::RemovalDefense);
        let s = s.apply(Action::SetJurisdiction(Jurisdiction::Il));
        assert_eq!(s.jurisdiction, Jurisdiction::Il);

        let shown = State::default().apply(Action::SetQuery("PC 273.5".into())).apply(Action::Submit);
        let before = shown.checked.clone();
        let after = shown.apply(Action::SetSentence("400".into()));
        assert_ne!(after.checked, before, "a fact change re-assesses the shown result");
        assert_eq!(after.checked.as_ref().unwrap().statute, "PC 273.5");
        let after = after.apply(Action::SetStatus(Status::Daca));
        assert_eq!(after.checked.as_ref().unwrap().answer.as_ref().unwrap().people[0].0, Status::Daca);
    }

    #[test]
    fn why_panels_toggle() {
        let s = State::default().apply(Action::ToggleWhy("g-cimt".into()));
        assert!(s.is_open("g-cimt"));
        assert!(!s.apply(Action::ToggleWhy("g-cimt".into())).is_open("g-cimt"));
    }

    #[test]
    fn clear_resets_everything_but_the_language_and_the_state() {
        let s = State::new(Lang::Es, data_date())
            .apply(Action::SetJurisdiction(Jurisdiction::Il))
            .apply(Action::SetSentence("400".into()))
            .apply(Action::SetLevel(Some(Level::Felony)))
            .apply(Action::SetStatus(Status::Lpr))
            .apply(Action::SetPerspective(Perspective::RemovalDefense))
            .apply(Action::SetQuery("battery".into()))
            .apply(Action::Submit)
            .apply(Action::ToggleWhy("x".into()));
        let cleared = s.apply(Action::Clear);
        // The state stays: a defender in Illinois clearing one charge is still in Illinois.
        let mut expected = State::new(Lang::Es, data_date());
        expected.jurisdiction = Jurisdiction::Il;
        expected.data = cleared.data;
        assert_eq!(cleared, expected);
        assert_eq!(cleared.data, super::super::data::status(Jurisdiction::Il, Lang::Es));
    }

    #[test]
    fn a_partners_widget_starts_in_its_state_language_and_screen() {
        use crate::ui::host::Options;
        let options = Options {
            jurisdiction: Some(Jurisdiction::Il),
            lang: Some(Lang::Es),
            screen: Some(Screen::Prosecutor),
            ..Options::default()
        };
        let s = State::start(&options, Lang::En, data_date());
        assert_eq!((s.jurisdiction, s.lang, s.screen), (Jurisdiction::Il, Lang::Es, Screen::Prosecutor));
        assert_eq!(s.data, super::super::data::status(Jurisdiction::Il, Lang::Es));
        // Nothing asked: the reader's language, California, the quick check.
        let plain = State::start(&Options::default(), Lang::Es, data_date());
        assert_eq!(plain, State::new(Lang::Es, data_date()));
    }

    #[test]
    fn the_shown_result_is_the_screens_own_and_none_before_an_answer() {
        let s = State::default();
        assert!(s.shown_result().is_none());
        let s = s.apply(Action::SetQuery("PC 273.5".into())).apply(Action::Submit);
        let (a, offers) = s.shown_result().expect("the quick check's answer");
        assert_eq!(a.convictions[0].offense_id.as_deref(), Some("ca.pc.273.5"));
        assert!(offers.is_empty());
        // Another screen with nothing assessed yet: nothing to share.
        assert!(s.apply(Action::Show(Screen::Case)).shown_result().is_none());
        // A check with no answer (nothing typed) has nothing to share.
        let empty = State::default().apply(Action::Submit);
        assert!(empty.checked.is_some() && empty.shown_result().is_none());
    }

    #[test]
    fn a_ready_update_is_kept_until_the_reload_even_through_clear() {
        let s = State::default().apply(Action::UpdateReady);
        assert!(s.update_ready);
        assert!(s.apply(Action::Clear).update_ready);
    }

    #[test]
    fn the_statute_field_keeps_the_longest_statute_and_reads_what_can_be_seen() {
        let max = crate::engine::case::MAX_STATUTE_CHARS;
        let s = State::default().apply(Action::SetQuery("A".repeat(10_000)));
        assert_eq!(s.query.chars().count(), max);
        let s = s.apply(Action::Submit);
        assert_eq!(s.checked.as_ref().unwrap().statute.chars().count(), max);
        assert!(matches!(s.checked.unwrap().answer, Err(Problem::NotAStatute(_))));
        let s = State::default().apply(Action::SetQuery("\u{200B}PC\u{200D} 273.5\u{FEFF}".into())).apply(Action::Submit);
        assert_eq!(s.checked.as_ref().unwrap().statute, "PC 273.5");
        assert_eq!(dv_grade(&s), Grade::Yes);
    }

    #[test]
    fn hostile_statutes_answer_or_say_what_is_wrong_and_never_panic() {
        for text in ["<img src=x onerror=\"window.__pwned=1\">", "\"><svg onload=window.__pwned=1>", "👮‍♀️🚔💥",
            "\u{202E}PC 273.5 عربي עברית", "-5", "1e309", "99999999999999999999", "365.5", "2025-02-30", "0000-00-00"]
        {
            let s = State::default().apply(Action::SetQuery(text.into())).apply(Action::Submit);
            assert!(s.checked.is_some(), "{text}");
            let _ = summary_for_tests(&s);
        }
        let nines = State::default().apply(Action::SetQuery("9".repeat(10_000))).apply(Action::Submit);
        assert!(nines.checked.is_some());
    }

    fn summary_for_tests(s: &State) -> String {
        crate::ui::i18n::summary(Lang::Es, s.checked.as_ref().unwrap())
    }

    #[test]
    fn a_sentence_that_does_not_read_is_flagged_and_treated_as_not_set() {
        for text in ["-5", "-0", "1e309", "99999999999999999999", "365.5", "a year", "\u{202E}-365"] {
            let s = State::default().apply(Action::SetSentence(text.into()));
            assert_eq!(s.sentence_days, None, "{text}");
            assert!(s.sentence_unread(), "{text}");
            assert_eq!(s.sentence_side(), None);
        }
        let s = State::default().apply(Action::SetSentence("\u{FEFF}\u{202E}365\u{200B}".into()));
        assert_eq!((s.sentence_days, s.sentence_unread()), (Some(365), false));
        assert!(!State::default().apply(Action::SetSentence("  ".into())).sentence_unread(), "blank is not set, not wrong");
    }

    #[test]
    fn nothing_triggered_reads_every_grade() {
        let s = State::default().apply(Action::SetQuery("PC 273.5".into())).apply(Action::Submit);
        let answer = s.checked.as_ref().unwrap().answer.clone().unwrap();
        assert!(!nothing_triggered(&answer.all()));
    }
}
