//! Compare (the negotiation): the charged offense against one or more offers, at one
//! sentence and for one status, and where each plea's results turn with the sentence. Part
//! of the one reducer ([`super::state`]). Every grade and every line comes from the engine;
//! the rows only say which differ from the charge.

use std::rc::Rc;

use crate::engine::case::{Case, Conviction, Jurisdiction, Person, Perspective, Status};
use crate::engine::date::Date;
use crate::engine::offense::{Offense, Variant};
use crate::engine::outcome::{AlternativeOut, Assessment, Ground, Relief, Subject};
use crate::engine::questions::{sentence_lines, Answer};
use crate::engine::relief::at_stake;
use crate::lang::Lang;

use super::components::grade_badge::Mark;
use super::input;
use super::state::{catalog, statute_problem, Problem};

/// How many suggestions a statute field lists.
const OPTIONS: usize = 8;

#[derive(Clone, Debug, PartialEq)]
pub struct CompareForm {
    /// The charged offense as typed.
    pub charged: String,
    /// Suggestions for the field being typed in (the charge or a new offer).
    pub options: Vec<&'static Offense>,
    /// The offers, each a statute as typed or a catalog id (an entry or a part of one).
    pub offers: Vec<String>,
    /// A new offer being typed.
    pub offer_text: String,
    /// The sentence in days, as typed; blank is "not set yet".
    pub sentence: String,
    pub status: Status,
    pub result: Option<Rc<Comparison>>,
    /// The pleas that could not be compared, each named with why (none until compared).
    pub unread: Vec<Unread>,
    /// The summary for the other side: which offer (index into the pleas, from 1), whether
    /// it reveals the status, and its language (the screen's unless chosen).
    pub summary_offer: usize,
    pub reveal_status: bool,
    pub summary_lang: Option<Lang>,
}

/// A plea left out of the comparison: the charge (`offer` None) or an offer (its index in
/// `offers`), as read, and why.
#[derive(Clone, Debug, PartialEq)]
pub struct Unread {
    pub offer: Option<usize>,
    pub statute: String,
    pub problem: Problem,
}

/// The pleas side by side, the charge first.
#[derive(Clone, Debug, PartialEq)]
pub struct Comparison {
    pub pleas: Vec<Plea>,
    /// The engine's safer alternatives to the charge, to add as offers.
    pub suggested: Vec<Suggested>,
}

/// A safer alternative the engine found, with the entry (and part) it names.
#[derive(Clone, Debug, PartialEq)]
pub struct Suggested {
    pub alternative: AlternativeOut,
    pub entry: Option<&'static Offense>,
    pub variant: Option<&'static Variant>,
}

/// One plea's answer.
#[derive(Clone, Debug, PartialEq)]
pub struct Plea {
    /// As typed, or the entry's citation.
    pub statute: String,
    pub entry: Option<&'static Offense>,
    pub variant: Option<&'static Variant>,
    pub assessment: Assessment,
    /// Its grounds, the person's removability and detention, and the relief at stake for the
    /// status, each with whether it differs from the charge's.
    pub rows: Vec<Row>,
    /// Where its results turn with the sentence (the engine's ranges of days).
    pub lines: Vec<Answer>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    pub subject: Subject,
    pub mark: Mark,
    /// Not the same as the charge's (never true for the charge itself).
    pub differs: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub enum CompareAction {
    SetCharged(String),
    SetOfferText(String),
    /// The typed offer added.
    AddTyped,
    /// A suggested alternative (by catalog id) added.
    Add(String),
    Remove(usize),
    SetSentence(String),
    SetStatus(Status),
    Compare,
    SummaryOffer(usize),
    RevealStatus(bool),
    SummaryLang(Lang),
}

impl CompareForm {
    pub fn new() -> CompareForm {
        CompareForm {
            charged: String::new(),
            options: Vec::new(),
            offers: Vec::new(),
            offer_text: String::new(),
            sentence: String::new(),
            status: Status::Unknown,
            result: None,
            unread: Vec::new(),
            summary_offer: 1,
            reveal_status: false,
            summary_lang: None,
        }
    }

    /// The form after `action`; once compared, every change compares again.
    pub fn apply(&self, action: CompareAction, jurisdiction: Jurisdiction, as_of: Date) -> CompareForm {
        let mut next = self.clone();
        // Only what changes a plea compares again: typing a new offer, or the summary's
        // options, leaves every answer as it is.
        let answers_unchanged = matches!(
            action,
            CompareAction::SetOfferText(_)
                | CompareAction::SummaryOffer(_)
                | CompareAction::RevealStatus(_)
                | CompareAction::SummaryLang(_)
        );
        let compared = self.result.is_some() || !self.unread.is_empty();
        let compare = !answers_unchanged && (matches!(action, CompareAction::Compare) || compared);
        let suggest = |text: &str| {
            let read = input::readable(text);
            match read.is_empty() {
                true => Vec::new(),
                false => catalog().map(|c| c.lookup(&read, jurisdiction, OPTIONS)).unwrap_or_default(),
            }
        };
        match action {
            CompareAction::SetCharged(text) => {
                let text = input::statute(text);
                next.options = suggest(&text);
                next.charged = text;
            }
            CompareAction::SetOfferText(text) => {
                let text = input::statute(text);
                next.options = suggest(&text);
                next.offer_text = text;
            }
            CompareAction::AddTyped => {
                let text = input::readable(&next.offer_text);
                if !text.is_empty() && !next.offers.contains(&text) {
                    next.offers.push(text);
                }
                next.offer_text.clear();
            }
            CompareAction::Add(id) => {
                if !next.offers.contains(&id) {
                    next.offers.push(id);
                }
            }
            CompareAction::Remove(i) => {
                if i < next.offers.len() {
                    next.offers.remove(i);
                }
                next.summary_offer = next.summary_offer.min(next.offers.len()).max(1);
            }
            CompareAction::SetSentence(text) => next.sentence = text,
            CompareAction::SetStatus(s) => next.status = s,
            CompareAction::Compare => next.options.clear(),
            CompareAction::SummaryOffer(i) => next.summary_offer = i.max(1),
            CompareAction::RevealStatus(on) => next.reveal_status = on,
            CompareAction::SummaryLang(lang) => next.summary_lang = Some(lang),
        }
        if compare {
            let (result, unread) = next.compare(jurisdiction, as_of);
            next.result = result.map(Rc::new);
            next.unread = unread;
        }
        next
    }

    /// The sentence entered, if it reads as whole days.
    pub fn sentence_days(&self) -> Option<u32> {
        input::readable(&self.sentence).parse().ok()
    }

    /// Whether something is typed in the sentence field that is not a whole number of days
    /// (the pleas are then compared with no sentence set, and the field says so).
    pub fn sentence_unread(&self) -> bool {
        self.sentence_days().is_none() && !input::readable(&self.sentence).is_empty()
    }

    /// Every plea assessed, and the pleas that could not be; no comparison without a charge
    /// that reads, or without data.
    fn compare(&self, jurisdiction: Jurisdiction, as_of: Date) -> (Option<Comparison>, Vec<Unread>) {
        let charged = input::readable(&self.charged);
        let unread = |offer: Option<usize>, statute: &str, problem: Problem| Unread { offer, statute: statute.to_string(), problem };
        let Some(catalog) = catalog() else { return (None, vec![unread(None, &charged, Problem::NoCatalog)]) };
        if charged.is_empty() {
            return (None, vec![unread(None, &charged, Problem::Empty)]);
        }
        let plea = |typed: &str, with_alternatives: bool| -> Option<Plea> {
            let typed = input::readable(typed);
            // An offer may be a catalog id (an entry, or a part of one), else a statute.
            let (entry, variant) = match catalog.get_plea(&typed) {
                Some((o, v)) => (Some(o), v),
                None => (catalog.find(&typed, jurisdiction).ok().flatten(), None),
            };
            let statute = entry.map_or_else(|| typed.clone(), |o| o.citation.clone());
            let case = Case {
                as_of,
                perspective: Perspective::PleaPlanning,
                jurisdiction,
                person: Person { status: self.status, admitted_on: None, lpr_since: None, born_on: None },
                convictions: vec![Conviction {
                    variant: variant.map(|v| v.id.clone()),
                    sentence_days: self.sentence_days(),
                    ..Conviction::plea(statute.clone())
                }],
            };
            let assessment = match with_alternatives {
                true => crate::engine::assess(&case, catalog),
                false => crate::engine::assess_without_alternatives(&case, catalog),
            }
            .ok()?;
            let lines = sentence_lines(&case, catalog, 0);
            Some(Plea { statute, entry, variant, rows: Vec::new(), assessment, lines })
        };
        let not_a_statute = |typed: &str| Problem::NotAStatute(statute_problem(&input::readable(typed), jurisdiction));
        let Some(charged) = plea(&charged, true) else {
            return (None, vec![unread(None, &charged, not_a_statute(&charged))]);
        };
        let suggested = charged
            .assessment
            .convictions
            .first()
            .map(|c| c.alternatives.clone())
            .unwrap_or_default()
            .into_iter()
            .map(|alternative| {
                let (entry, variant) = catalog.get_plea(&alternative.offense_id).unzip();
                Suggested { alternative, entry, variant: variant.flatten() }
            })
            .collect();
        let mut pleas = vec![charged];
        let mut left_out = Vec::new();
        for (i, o) in self.offers.iter().enumerate() {
            match plea(o, false) {
                Some(p) => pleas.push(p),
                None => left_out.push(unread(Some(i), &input::readable(o), not_a_statute(o))),
            }
        }
        let marks: Vec<Vec<(Subject, Mark)>> = pleas.iter().map(|p| marks(&p.assessment, self.status)).collect();
        for (p, mine) in pleas.iter_mut().zip(&marks) {
            p.rows = mine
                .iter()
                .zip(&marks[0])
                .map(|((subject, mark), (_, charge))| Row { subject: *subject, mark: *mark, differs: mark != charge })
                .collect();
        }
        (Some(Comparison { pleas, suggested }), left_out)
    }
}

impl Default for CompareForm {
    fn default() -> CompareForm {
        CompareForm::new()
    }
}

/// The rows a plea is compared on: its grounds, removability, detention, and the relief at
/// stake for the status.
fn marks(a: &Assessment, status: Status) -> Vec<(Subject, Mark)> {
    let mut rows = Vec::new();
    if let Some(c) = a.convictions.first() {
        rows.extend(Ground::ALL.iter().zip(&c.grounds).map(|(g, grade)| (Subject::Ground(*g), Mark::Grade(*grade))));
    }
    rows.push((Subject::Deportable, Mark::Reach(a.deportable)));
    rows.push((Subject::Inadmissible, Mark::Reach(a.inadmissible)));
    rows.push((Subject::MandatoryDetention, Mark::Grade(a.mandatory_detention)));
    for r in at_stake(status) {
        let grade = Relief::ALL.iter().position(|x| x == r).and_then(|i| a.relief.get(i)).copied();
        if let Some(g) = grade {
            rows.push((Subject::Relief(*r), Mark::Relief(g)));
        }
    }
    rows
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::outcome::Grade;

    fn compared(f: &CompareForm) -> &Comparison {
        f.result.as_deref().expect("compared")
    }

    fn row(p: &Plea, subject: Subject) -> &Row {
        p.rows.iter().find(|r| r.subject == subject).expect("row")
    }

    #[test]
    fn pc_273_5_against_pc_243_e_1_differs_on_domestic_violence() {
        let (j, today) = (Jurisdiction::Ca, Date::parse("2026-12-02").unwrap());
        let f = CompareForm::new()
            .apply(CompareAction::SetCharged("PC 273.5".into()), j, today)
            .apply(CompareAction::SetOfferText("PC 243(e)(1)".into()), j, today)
            .apply(CompareAction::AddTyped, j, today)
            .apply(CompareAction::Compare, j, today);
        let c = compared(&f);
        assert_eq!(c.pleas.len(), 2);
        let dv = Subject::Ground(Ground::DomesticViolence);
        assert_eq!(row(&c.pleas[0], dv).mark, Mark::Grade(Grade::Yes));
        assert!(row(&c.pleas[1], dv).differs, "{:?}", row(&c.pleas[1], dv));
        assert!(c.pleas[0].rows.iter().all(|r| !r.differs), "the charge never differs from itself");
        assert!(!c.suggested.is_empty(), "the engine's alternatives are offered");
    }

    #[test]
    fn a_plea_that_does_not_read_is_named_and_the_rest_compared() {
        let (j, today) = (Jurisdiction::Ca, Date::parse("2026-12-02").unwrap());
        let max = crate::engine::case::MAX_STATUTE_CHARS;
        let f = CompareForm::new()
            .apply(CompareAction::SetCharged("PC 273.5".into()), j, today)
            .apply(CompareAction::SetOfferText("<img src=x onerror=\"window.__pwned=1\">".into()), j, today)
            .apply(CompareAction::AddTyped, j, today)
            .apply(CompareAction::SetOfferText("A".repeat(10_000)), j, today);
        assert_eq!(f.offer_text.chars().count(), max);
        let f = f
            .apply(CompareAction::AddTyped, j, today)
            .apply(CompareAction::SetOfferText("PC 243(e)(1)".into()), j, today)
            .apply(CompareAction::AddTyped, j, today)
            .apply(CompareAction::Compare, j, today);
        assert_eq!(compared(&f).pleas.len(), 2, "the charge and the offer that reads");
        let left_out: Vec<Option<usize>> = f.unread.iter().map(|u| u.offer).collect();
        assert_eq!(left_out, [Some(0), Some(1)]);
        assert!(f.unread.iter().all(|u| matches!(u.problem, Problem::NotAStatute(_))));

        let f = CompareForm::new()
            .apply(CompareAction::SetCharged("A".repeat(10_000)), j, today)
            .apply(CompareAction::SetSentence("1e309".into()), j, today)
            .apply(CompareAction::Compare, j, today);
        assert_eq!(f.charged.chars().count(), max);
        assert!(f.result.is_none());
        assert_eq!(f.unread.len(), 1);
        assert_eq!(f.unread[0].offer, None);
        assert!(f.sentence_unread() && f.sentence_days().is_none());
        let f = f.apply(CompareAction::SetCharged("\u{200B}PC 273.5\u{FEFF}".into()), j, today);
        assert!(f.result.is_some() && f.unread.is_empty(), "{:?}", f.unread);
        let f = CompareForm::new().apply(CompareAction::Compare, j, today);
        assert_eq!(f.unread.first().map(|u| &u.problem), Some(&Problem::Empty));
    }

    #[test]
    fn the_one_year_line_shows_and_moving_to_365_days_brings_the_aggravated_felony() {
        let (j, today) = (Jurisdiction::Ca, Date::parse("2026-12-02").unwrap());
        let af = Subject::Ground(Ground::AggravatedFelony);
        let f = CompareForm::new()
            .apply(CompareAction::SetCharged("PC 273.5".into()), j, today)
            .apply(CompareAction::SetSentence("364".into()), j, today)
            .apply(CompareAction::Compare, j, today);
        assert_eq!(row(&compared(&f).pleas[0], af).mark, Mark::Grade(Grade::No));
        let lines = &compared(&f).pleas[0].lines;
        assert!(lines.iter().any(|a| a.changes.iter().any(|c| c.subject == af)), "{lines:?}");
        let f = f.apply(CompareAction::SetSentence("365".into()), j, today);
        assert_ne!(row(&compared(&f).pleas[0], af).mark, Mark::Grade(Grade::No));
    }
}
