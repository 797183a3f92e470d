//! The full case (the clinic): the person and every conviction, as typed, and what the
//! engine answered for them. Part of the one reducer ([`super::state`]): `State::apply`
//! hands [`CaseAction`]s here. Fields are kept as typed; they are read when the case is
//! assessed, and a field that does not read is named, never guessed.

use std::rc::Rc;

use crate::engine::case::{
    Case, Cents, Conviction, Disposition, Fact, Jurisdiction, Level, Person, Perspective, Status, MAX_CONVICTIONS,
};
use crate::engine::date::{Date, DateError};
use crate::engine::offense::Offense;
use crate::engine::outcome::Assessment;

/// How many suggestions a conviction's statute field lists.
const OPTIONS: usize = 8;

use super::input;
use super::state::{catalog, statute_problem, Step, StatuteProblem};

/// One conviction card, as typed.
#[derive(Clone, Debug, PartialEq)]
pub struct ConvictionForm {
    pub statute: String,
    pub level: Option<Level>,
    pub sentence: String,
    pub suspended: String,
    pub custody: String,
    pub disposition: Disposition,
    pub committed_on: String,
    pub convicted_on: String,
    /// Dollars, as typed ("12,500").
    pub loss: String,
    /// The part of a divisible statute the record names, by catalog id.
    pub variant: Option<String>,
    pub facts: Vec<Fact>,
    /// The catalog entry the statute names, for the record's choices (found, not judged).
    pub entry: Option<&'static Offense>,
    /// Entries matching what is typed, for the field's suggestions.
    pub options: Vec<&'static Offense>,
    /// Whether the suggestion list is open, and which suggestion is highlighted.
    pub expanded: bool,
    pub highlighted: Option<usize>,
}

impl Default for ConvictionForm {
    fn default() -> ConvictionForm {
        ConvictionForm {
            statute: String::new(),
            level: None,
            sentence: String::new(),
            suspended: String::new(),
            custody: String::new(),
            disposition: Disposition::PleaOrVerdict,
            committed_on: String::new(),
            convicted_on: String::new(),
            loss: String::new(),
            variant: None,
            facts: Vec::new(),
            entry: None,
            options: Vec::new(),
            expanded: false,
            highlighted: None,
        }
    }
}

/// A text field of a conviction card.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ConvictionField {
    Statute,
    Sentence,
    Suspended,
    Custody,
    CommittedOn,
    ConvictedOn,
    Loss,
}

/// A date of the person.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PersonDate {
    AdmittedOn,
    LprSince,
    BornOn,
}

/// The whole case as typed, and the last answer.
#[derive(Clone, Debug, PartialEq)]
pub struct CaseForm {
    pub status: Status,
    pub admitted_on: String,
    pub lpr_since: String,
    pub born_on: String,
    /// The date the answer speaks for; today unless changed.
    pub as_of: String,
    pub perspective: Perspective,
    pub convictions: Vec<ConvictionForm>,
    pub result: Option<Rc<CaseResult>>,
}

/// What the engine said for the case, or the first field that did not read.
#[derive(Clone, Debug, PartialEq)]
pub enum CaseResult {
    Assessed(Assessment),
    Invalid(FieldError),
}

/// A field of the form that does not read, named for the reader.
#[derive(Clone, Debug, PartialEq)]
pub struct FieldError {
    /// The conviction card (from 0), for a conviction's field.
    pub conviction: Option<usize>,
    pub field: FormField,
    pub problem: FieldProblem,
}

/// Every field of the case form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FormField {
    AsOf,
    Person(PersonDate),
    Conviction(ConvictionField),
}

/// What is wrong with a field.
#[derive(Clone, Debug, PartialEq)]
pub enum FieldProblem {
    Required,
    NotADate,
    /// Written YYYY-MM-DD, but the calendar has no such day (2025-02-30, 0000-00-00).
    NoSuchDay,
    NotDays,
    NotDollars,
    /// The statute as read, which the catalog cannot read as one.
    NotAStatute(StatuteProblem, String),
    /// What the engine said (English, with the contract's field path).
    Engine(String),
}

#[derive(Clone, Debug, PartialEq)]
pub enum CaseAction {
    SetStatus(Status),
    SetPersonDate(PersonDate, String),
    SetAsOf(String),
    SetPerspective(Perspective),
    Add,
    Remove(usize),
    SetField(usize, ConvictionField, String),
    SetLevel(usize, Option<Level>),
    SetDisposition(usize, Disposition),
    SetVariant(usize, Option<String>),
    ToggleFact(usize, Fact),
    /// Arrow keys in a card's statute field.
    Highlight(usize, Step),
    /// Escape in a card's statute field: closes the list, then clears the field.
    Escape(usize),
    /// A suggestion picked for a card, by catalog id.
    Pick(usize, String),
    /// The form submitted: a highlighted suggestion is picked first.
    Assess,
}

impl CaseForm {
    pub fn new(as_of: Date) -> CaseForm {
        CaseForm {
            status: Status::Unknown,
            admitted_on: String::new(),
            lpr_since: String::new(),
            born_on: String::new(),
            as_of: as_of.to_string(),
            perspective: Perspective::PleaPlanning,
            convictions: vec![ConvictionForm::default()],
            result: None,
        }
    }

    /// The form after `action`; assessing needs the state's jurisdiction.
    pub fn apply(&self, action: CaseAction, jurisdiction: Jurisdiction) -> CaseForm {
        let mut next = self.clone();
        // Moving through a card's suggestions changes nothing the engine reads.
        let case_unchanged = matches!(action, CaseAction::Highlight(..));
        let assess = matches!(action, CaseAction::Assess) || (self.result.is_some() && !case_unchanged);
        match action {
            CaseAction::SetStatus(s) => next.status = s,
            CaseAction::SetPersonDate(which, text) => match which {
                PersonDate::AdmittedOn => next.admitted_on = text,
                PersonDate::LprSince => next.lpr_since = text,
                PersonDate::BornOn => next.born_on = text,
            },
            CaseAction::SetAsOf(text) => next.as_of = text,
            CaseAction::SetPerspective(p) => next.perspective = p,
            // One case holds at most MAX_CONVICTIONS; the screen says so at the limit.
            CaseAction::Add if next.convictions.len() >= MAX_CONVICTIONS => {}
            CaseAction::Add => next.convictions.push(ConvictionForm::default()),
            CaseAction::Remove(i) => {
                if next.convictions.len() > 1 && i < next.convictions.len() {
                    next.convictions.remove(i);
                }
            }
            CaseAction::SetField(i, field, text) => {
                if let Some(c) = next.convictions.get_mut(i) {
                    match field {
                        ConvictionField::Statute => {
                            let text = input::statute(text);
                            let read = input::readable(&text);
                            // Another statute: the part named for the old one no longer applies.
                            if input::readable(&c.statute) != read {
                                c.variant = None;
                            }
                            let found = catalog().map(|cat| {
                                let entry = cat.find(&read, jurisdiction).ok().flatten();
                                (entry, cat.lookup(&read, jurisdiction, OPTIONS))
                            });
                            (c.entry, c.options) = found.unwrap_or_default();
                            c.expanded = !c.options.is_empty() && !read.is_empty();
                            c.highlighted = None;
                            c.statute = text;
                        }
                        ConvictionField::Sentence => c.sentence = text,
                        ConvictionField::Suspended => c.suspended = text,
                        ConvictionField::Custody => c.custody = text,
                        ConvictionField::CommittedOn => c.committed_on = text,
                        ConvictionField::ConvictedOn => c.convicted_on = text,
                        ConvictionField::Loss => c.loss = text,
                    }
                }
            }
            CaseAction::SetLevel(i, level) => {
                if let Some(c) = next.convictions.get_mut(i) {
                    c.level = level;
                }
            }
            CaseAction::SetDisposition(i, d) => {
                if let Some(c) = next.convictions.get_mut(i) {
                    c.disposition = d;
                }
            }
            CaseAction::SetVariant(i, v) => {
                if let Some(c) = next.convictions.get_mut(i) {
                    c.variant = v;
                }
            }
            CaseAction::ToggleFact(i, fact) => {
                if let Some(c) = next.convictions.get_mut(i) {
                    match c.facts.iter().position(|f| *f == fact) {
                        Some(k) => {
                            c.facts.remove(k);
                        }
                        None => c.facts.push(fact),
                    }
                }
            }
            CaseAction::Highlight(i, step) => {
                if let Some(c) = next.convictions.get_mut(i) {
                    let n = c.options.len();
                    if n > 0 {
                        let current = c.highlighted.filter(|_| c.expanded);
                        c.expanded = true;
                        c.highlighted = Some(match (step, current) {
                            (Step::Next, None) => 0,
                            (Step::Prev, None) => n - 1,
                            (Step::Next, Some(k)) => (k + 1) % n,
                            (Step::Prev, Some(k)) => (k + n - 1) % n,
                        });
                    }
                }
            }
            CaseAction::Escape(i) => {
                if let Some(c) = next.convictions.get_mut(i) {
                    if c.expanded {
                        c.expanded = false;
                        c.highlighted = None;
                    } else {
                        c.statute.clear();
                        c.options.clear();
                        c.entry = None;
                        c.variant = None;
                    }
                }
            }
            CaseAction::Pick(i, id) => next.pick(i, &id),
            CaseAction::Assess => {
                for i in 0..next.convictions.len() {
                    let c = &next.convictions[i];
                    let highlighted = c.highlighted.filter(|_| c.expanded).and_then(|k| c.options.get(k));
                    if let Some(o) = highlighted {
                        let id = o.id.clone();
                        next.pick(i, &id);
                    }
                    next.convictions[i].expanded = false;
                }
            }
        }
        // Once assessed, every change is assessed again, so the answer never lags the form.
        if assess {
            next.result = Some(Rc::new(next.assess(jurisdiction)));
        }
        next
    }

    /// Fills card `i` with the catalog entry `id` (an entry, or a part of one).
    fn pick(&mut self, i: usize, id: &str) {
        let Some((o, v)) = catalog().and_then(|c| c.get_plea(id)) else { return };
        if let Some(c) = self.convictions.get_mut(i) {
            c.statute = o.citation.clone();
            c.entry = Some(o);
            c.variant = v.map(|v| v.id.clone());
            c.options.clear();
            c.expanded = false;
            c.highlighted = None;
        }
    }

    /// The engine's answer for the form.
    pub fn assess(&self, jurisdiction: Jurisdiction) -> CaseResult {
        let case = match self.case(jurisdiction) {
            Ok(case) => case,
            Err(e) => return CaseResult::Invalid(e),
        };
        let engine_error = |message: String| {
            let field = FormField::Conviction(ConvictionField::Statute);
            CaseResult::Invalid(FieldError { conviction: None, field, problem: FieldProblem::Engine(message) })
        };
        let Some(catalog) = catalog() else { return engine_error("no data".into()) };
        // A statute the catalog cannot read is named with its card, in the reader's words.
        for (i, c) in case.convictions.iter().enumerate() {
            if catalog.find(&c.statute, jurisdiction).is_err() {
                let problem = FieldProblem::NotAStatute(statute_problem(&c.statute, jurisdiction), c.statute.clone());
                let field = FormField::Conviction(ConvictionField::Statute);
                return CaseResult::Invalid(FieldError { conviction: Some(i), field, problem });
            }
        }
        match crate::engine::assess(&case, catalog) {
            Ok(a) => CaseResult::Assessed(a),
            Err(e) => engine_error(e.to_string()),
        }
    }

    /// The Case the form describes, or the first field that does not read.
    pub fn case(&self, jurisdiction: Jurisdiction) -> Result<Case, FieldError> {
        let bad = |conviction: Option<usize>, field: FormField, problem: FieldProblem| FieldError { conviction, field, problem };
        let as_of = match read_date(&self.as_of) {
            Ok(Some(d)) => d,
            Ok(None) => return Err(bad(None, FormField::AsOf, FieldProblem::Required)),
            Err(p) => return Err(bad(None, FormField::AsOf, p)),
        };
        let person_date = |text: &str, which: PersonDate| {
            read_date(text).map_err(|p| bad(None, FormField::Person(which), p))
        };
        let person = Person {
            status: self.status,
            admitted_on: person_date(&self.admitted_on, PersonDate::AdmittedOn)?,
            lpr_since: person_date(&self.lpr_since, PersonDate::LprSince)?,
            born_on: person_date(&self.born_on, PersonDate::BornOn)?,
        };
        let mut convictions = Vec::new();
        for (i, c) in self.convictions.iter().enumerate() {
            let at = |f: ConvictionField| move |p: FieldProblem| bad(Some(i), FormField::Conviction(f), p);
            let statute = input::readable(&c.statute);
            if statute.is_empty() {
                return Err(at(ConvictionField::Statute)(FieldProblem::Required));
            }
            use ConvictionField as F;
            convictions.push(Conviction {
                statute,
                variant: c.variant.clone(),
                committed_on: read_date(&c.committed_on).map_err(at(F::CommittedOn))?,
                convicted_on: read_date(&c.convicted_on).map_err(at(F::ConvictedOn))?,
                level: c.level,
                sentence_days: read_days(&c.sentence).map_err(at(F::Sentence))?,
                suspended_days: read_days(&c.suspended).map_err(at(F::Suspended))?,
                custody_days: read_days(&c.custody).map_err(at(F::Custody))?,
                disposition: c.disposition,
                loss: read_dollars(&c.loss).map_err(at(F::Loss))?,
                facts: c.facts.clone(),
            });
        }
        Ok(Case { as_of, perspective: self.perspective, jurisdiction, person, convictions })
    }
}

/// A date as typed: blank is "not given".
fn read_date(text: &str) -> Result<Option<Date>, FieldProblem> {
    match input::readable(text).as_str() {
        "" => Ok(None),
        t => Date::parse(t).map(Some).map_err(|e| match e {
            DateError::Format => FieldProblem::NotADate,
            DateError::NoSuchDay => FieldProblem::NoSuchDay,
        }),
    }
}

/// Whole days: blank is "not set".
fn read_days(text: &str) -> Result<Option<u32>, FieldProblem> {
    match input::readable(text).as_str() {
        "" => Ok(None),
        t => t.parse::<u32>().map(Some).map_err(|_| FieldProblem::NotDays),
    }
}

/// Dollars and cents ("12,500", "$10,000.01"): blank is "not known".
fn read_dollars(text: &str) -> Result<Option<Cents>, FieldProblem> {
    const BAD: FieldProblem = FieldProblem::NotDollars;
    let t: String = input::readable(text).trim_start_matches('$').chars().filter(|c| *c != ',').collect();
    if t.is_empty() {
        return Ok(None);
    }
    let (whole, cents) = t.split_once('.').unwrap_or((&t, ""));
    // Digits only: no sign ("-0", "+5"), no exponent.
    if !whole.bytes().chain(cents.bytes()).all(|b| b.is_ascii_digit()) {
        return Err(BAD);
    }
    let whole: u64 = whole.parse().map_err(|_| BAD)?;
    let cents: u64 = match cents.len() {
        0 => 0,
        1 => cents.parse::<u64>().map_err(|_| BAD)? * 10,
        2 => cents.parse().map_err(|_| BAD)?,
        _ => return Err(BAD),
    };
    whole.checked_mul(100).and_then(|w| w.checked_add(cents)).map(|c| Some(Cents(c))).ok_or(BAD)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::outcome::{Reach, Relief, ReliefGrade};

    fn form() -> CaseForm {
        CaseForm::new(Date::parse("2026-12-02").unwrap())
    }

    fn assessed(f: &CaseForm) -> &Assessment {
        match f.result.as_deref() {
            Some(CaseResult::Assessed(a)) => a,
            other => panic!("not assessed: {other:?}"),
        }
    }

    #[test]
    fn a_resident_with_a_theft_and_a_domestic_violence_conviction() {
        let j = Jurisdiction::Ca;
        let f = form()
            .apply(CaseAction::SetStatus(Status::Lpr), j)
            .apply(CaseAction::SetPersonDate(PersonDate::AdmittedOn, "2015-06-01".into()), j)
            .apply(CaseAction::SetPersonDate(PersonDate::LprSince, "2015-06-01".into()), j)
            .apply(CaseAction::SetField(0, ConvictionField::Statute, "PC 484".into()), j)
            .apply(CaseAction::SetField(0, ConvictionField::ConvictedOn, "2019-02-01".into()), j)
            .apply(CaseAction::SetField(0, ConvictionField::CommittedOn, "2018-11-01".into()), j)
            .apply(CaseAction::Add, j)
            .apply(CaseAction::SetField(1, ConvictionField::Statute, "PC 273.5".into()), j)
            .apply(CaseAction::SetField(1, ConvictionField::ConvictedOn, "2024-09-10".into()), j)
            .apply(CaseAction::SetField(1, ConvictionField::CommittedOn, "2024-05-02".into()), j)
            .apply(CaseAction::Assess, j);
        let a = assessed(&f);
        assert_eq!(a.convictions.len(), 2);
        assert_eq!(a.deportable, Reach::Yes);
        let naturalization = Relief::ALL.iter().position(|r| *r == Relief::Naturalization).unwrap();
        assert_ne!(a.relief[naturalization], ReliefGrade::NotBarred);
        // A date-driven result says the date it turns on.
        let clock = a.findings.iter().map(|f| f.explanation.render(crate::lang::Lang::En)).find(|t| t.contains("five-year clock"));
        assert!(clock.as_deref().is_some_and(|t| t.contains("2015-06-01") && t.contains("ends on 2020-06-01")), "{clock:?}");
        // Every later change is assessed again.
        let g = f.apply(CaseAction::Remove(1), j);
        assert_eq!(assessed(&g).convictions.len(), 1);
    }

    #[test]
    fn a_field_that_does_not_read_is_named() {
        let j = Jurisdiction::Ca;
        let f = form()
            .apply(CaseAction::SetField(0, ConvictionField::Statute, "PC 273.5".into()), j)
            .apply(CaseAction::SetField(0, ConvictionField::Sentence, "a year".into()), j)
            .apply(CaseAction::Assess, j);
        let sentence = FormField::Conviction(ConvictionField::Sentence);
        assert_eq!(
            f.result.as_deref(),
            Some(&CaseResult::Invalid(FieldError { conviction: Some(0), field: sentence, problem: FieldProblem::NotDays }))
        );
        let f = form().apply(CaseAction::Assess, j);
        let statute = FormField::Conviction(ConvictionField::Statute);
        assert!(matches!(f.result.as_deref(), Some(CaseResult::Invalid(e)) if e.field == statute && e.problem == FieldProblem::Required));
        let f = form().apply(CaseAction::SetAsOf("2026/02/01".into()), j).apply(CaseAction::Assess, j);
        assert!(matches!(f.result.as_deref(), Some(CaseResult::Invalid(e)) if e.field == FormField::AsOf && e.problem == FieldProblem::NotADate));
        let f = form().apply(CaseAction::SetAsOf("2026-02-30".into()), j).apply(CaseAction::Assess, j);
        assert!(matches!(f.result.as_deref(), Some(CaseResult::Invalid(e)) if e.field == FormField::AsOf && e.problem == FieldProblem::NoSuchDay));
    }

    /// Every text a field can be given: none panics, and each either assesses or names the
    /// field it came in (a number, date or amount that does not read is never guessed).
    #[test]
    fn hostile_text_in_every_field_assesses_or_names_that_field() {
        let j = Jurisdiction::Ca;
        let hostile = [
            "A".repeat(10_000),
            "9".repeat(10_000),
            "<img src=x onerror=\"window.__pwned=1\">".into(),
            "\"><svg onload=window.__pwned=1>".into(),
            "👮‍♀️🚔💥".into(),
            "\u{202E}PC 273.5 عربي עברית".into(),
            "\u{200B}PC\u{200D} 273.5\u{FEFF}".into(),
            "-5".into(),
            "-0".into(),
            "1e309".into(),
            "99999999999999999999".into(),
            "365.5".into(),
            "2025-02-30".into(),
            "0000-00-00".into(),
            "9999-12-31".into(),
            "2026-13-01".into(),
        ];
        type Set = fn(String) -> CaseAction;
        let fields: [(FormField, Set); 11] = [
            (FormField::Person(PersonDate::AdmittedOn), |v| CaseAction::SetPersonDate(PersonDate::AdmittedOn, v)),
            (FormField::Person(PersonDate::LprSince), |v| CaseAction::SetPersonDate(PersonDate::LprSince, v)),
            (FormField::Person(PersonDate::BornOn), |v| CaseAction::SetPersonDate(PersonDate::BornOn, v)),
            (FormField::AsOf, CaseAction::SetAsOf),
            (FormField::Conviction(ConvictionField::Statute), |v| CaseAction::SetField(0, ConvictionField::Statute, v)),
            (FormField::Conviction(ConvictionField::Sentence), |v| CaseAction::SetField(0, ConvictionField::Sentence, v)),
            (FormField::Conviction(ConvictionField::Suspended), |v| CaseAction::SetField(0, ConvictionField::Suspended, v)),
            (FormField::Conviction(ConvictionField::Custody), |v| CaseAction::SetField(0, ConvictionField::Custody, v)),
            (FormField::Conviction(ConvictionField::CommittedOn), |v| CaseAction::SetField(0, ConvictionField::CommittedOn, v)),
            (FormField::Conviction(ConvictionField::ConvictedOn), |v| CaseAction::SetField(0, ConvictionField::ConvictedOn, v)),
            (FormField::Conviction(ConvictionField::Loss), |v| CaseAction::SetField(0, ConvictionField::Loss, v)),
        ];
        let base = form()
            .apply(CaseAction::SetStatus(Status::Lpr), j)
            .apply(CaseAction::SetField(0, ConvictionField::Statute, "PC 273.5".into()), j);
        for (field, set) in fields {
            for value in &hostile {
                let f = base.apply(set(value.clone()), j).apply(CaseAction::Assess, j);
                assert!(f.convictions[0].statute.chars().count() <= crate::engine::case::MAX_STATUTE_CHARS);
                match f.result.as_deref() {
                    Some(CaseResult::Assessed(_)) => {}
                    Some(CaseResult::Invalid(e)) => {
                        assert_eq!(e.field, field, "{value:.40}: another field named: {e:?}");
                        assert!(!matches!(e.problem, FieldProblem::Engine(_)), "{field:?} {value:.40}: {e:?}");
                    }
                    None => panic!("{field:?} {value:.40}: no result"),
                }
            }
        }
    }

    #[test]
    fn a_statute_is_kept_to_the_longest_a_case_may_name_and_one_that_does_not_read_is_named() {
        let j = Jurisdiction::Ca;
        let max = crate::engine::case::MAX_STATUTE_CHARS;
        let f = form().apply(CaseAction::SetField(0, ConvictionField::Statute, "🚔".repeat(10_000)), j);
        assert_eq!(f.convictions[0].statute.chars().count(), max);
        let f = f.apply(CaseAction::Add, j).apply(CaseAction::SetField(1, ConvictionField::Statute, "PC 273.5".into()), j);
        let f = f.apply(CaseAction::Assess, j);
        match f.result.as_deref() {
            Some(CaseResult::Invalid(FieldError { conviction: Some(0), field, problem: FieldProblem::NotAStatute(_, s) })) => {
                assert_eq!(*field, FormField::Conviction(ConvictionField::Statute));
                assert_eq!(s.chars().count(), max);
            }
            other => panic!("{other:?}"),
        }
        // Invisible characters around a statute are not read: it is PC 273.5.
        let f = form()
            .apply(CaseAction::SetField(0, ConvictionField::Statute, "\u{FEFF}PC\u{200B} 273.5\u{200D}".into()), j)
            .apply(CaseAction::Assess, j);
        assert_eq!(assessed(&f).convictions[0].offense_id.as_deref(), Some("ca.pc.273.5"));
    }

    #[test]
    fn add_stops_at_the_most_convictions_a_case_may_hold() {
        let j = Jurisdiction::Ca;
        let mut f = form();
        for _ in 0..MAX_CONVICTIONS + 5 {
            f = f.apply(CaseAction::Add, j);
        }
        assert_eq!(f.convictions.len(), MAX_CONVICTIONS);
        let f = f.apply(CaseAction::Remove(3), j).apply(CaseAction::Add, j);
        assert_eq!(f.convictions.len(), MAX_CONVICTIONS);
    }

    #[test]
    fn a_card_statute_works_as_the_quick_check_combobox() {
        let j = Jurisdiction::Ca;
        let f = form().apply(CaseAction::SetField(0, ConvictionField::Statute, "PC 273".into()), j);
        assert!(f.convictions[0].expanded && !f.convictions[0].options.is_empty());
        let f = f.apply(CaseAction::Highlight(0, Step::Next), j);
        assert_eq!(f.convictions[0].highlighted, Some(0));
        let first = f.convictions[0].options[0].citation.clone();
        let f = f.apply(CaseAction::Assess, j);
        assert_eq!(f.convictions[0].statute, first, "Enter picks the highlighted suggestion");
        assert!(matches!(f.result.as_deref(), Some(CaseResult::Assessed(_))));
        let g = f.apply(CaseAction::Escape(0), j);
        assert!(g.convictions[0].statute.is_empty(), "a second Escape clears the field");
    }

    #[test]
    fn dollars_read_to_the_cent() {
        assert_eq!(read_dollars("$10,000.01"), Ok(Some(Cents(1_000_001))));
        assert_eq!(read_dollars("12500"), Ok(Some(Cents(1_250_000))));
        assert_eq!(read_dollars(" "), Ok(None));
        assert!(read_dollars("10.001").is_err() && read_dollars("ten").is_err());
        for signed in ["-0", "+5", "1e309", "$-5", "5.-1", "99999999999999999999"] {
            assert_eq!(read_dollars(signed), Err(FieldProblem::NotDollars), "{signed}");
        }
    }

    #[test]
    fn the_last_card_stays() {
        let f = form().apply(CaseAction::Remove(0), Jurisdiction::Ca);
        assert_eq!(f.convictions.len(), 1);
    }
}
