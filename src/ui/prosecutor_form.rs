//! The prosecutor's view (Cal. Penal Code §§ 1016.3(b), 1016.5; model immigration-neutral
//! plea policies): no status asked. The charge, and the safer pleas of similar exposure, each
//! with the statuses it protects and from what. Part of the one reducer
//! ([`super::state`]); the engine decides every point ([`crate::engine::protection`]).

use std::rc::Rc;

use crate::engine::case::{Case, Conviction, Jurisdiction, Level, Person, Perspective, Status};
use crate::engine::date::Date;
use crate::engine::offense::{MaxTerm, Offense, OffenseClass, Variant};
use crate::engine::outcome::{AlternativeOut, Assessment};
use crate::engine::params::Params;
use crate::engine::protection::{protection, Protection};
use crate::engine::u_visa::{qualifying, UVisa};

use super::input;
use super::state::{catalog, statute_problem, Problem};

const OPTIONS: usize = 8;

#[derive(Clone, Debug, PartialEq, Default)]
pub struct ProsecutorForm {
    pub charged: String,
    pub options: Vec<&'static Offense>,
    pub result: Option<Rc<ProsecutorView>>,
    /// Why the charge shows nothing, once asked: nothing typed, or not a statute.
    pub problem: Option<Problem>,
}

/// The charge and the pleas to weigh against it.
#[derive(Clone, Debug, PartialEq)]
pub struct ProsecutorView {
    pub charge: Option<&'static Offense>,
    pub charge_exposure: Option<Exposure>,
    /// The charge assessed with the status unknown: every status's risks.
    pub assessment: Assessment,
    pub pleas: Vec<PleaOption>,
    /// Whether the charged conduct is qualifying criminal activity for a victim's U visa.
    pub u_visa: Option<UVisa>,
}

/// How a plea is punished: its class and maximum terms (what "similar exposure" compares).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Exposure {
    pub class: OffenseClass,
    pub felony_max_days: Option<u32>,
    pub misdemeanor_max_days: Option<u32>,
}

/// A safer plea, with what it does for each status.
#[derive(Clone, Debug, PartialEq)]
pub struct PleaOption {
    pub alternative: AlternativeOut,
    pub entry: &'static Offense,
    pub variant: Option<&'static Variant>,
    pub exposure: Exposure,
    pub protection: Vec<Protection>,
    /// It helps every status listed and hurts none.
    pub protects_every_status: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub enum ProsecutorAction {
    SetCharged(String),
    Show,
}

impl ProsecutorForm {
    pub fn apply(&self, action: ProsecutorAction, jurisdiction: Jurisdiction, as_of: Date) -> ProsecutorForm {
        let mut next = self.clone();
        // Once shown (an answer or a problem), every change shows again.
        let show = matches!(action, ProsecutorAction::Show) || self.result.is_some() || self.problem.is_some();
        match action {
            ProsecutorAction::SetCharged(text) => {
                let text = input::statute(text);
                let read = input::readable(&text);
                next.options = match read.is_empty() {
                    true => Vec::new(),
                    false => catalog().map(|c| c.lookup(&read, jurisdiction, OPTIONS)).unwrap_or_default(),
                };
                next.charged = text;
            }
            ProsecutorAction::Show => next.options.clear(),
        }
        if show {
            let view = next.view(jurisdiction, as_of);
            next.problem = view.as_ref().err().cloned();
            next.result = view.ok().map(Rc::new);
        }
        next
    }

    /// The charge as read: what the view and its messages name.
    pub fn charged_read(&self) -> String {
        input::readable(&self.charged)
    }

    fn view(&self, jurisdiction: Jurisdiction, as_of: Date) -> Result<ProsecutorView, Problem> {
        let catalog = catalog().ok_or(Problem::NoCatalog)?;
        let typed = &self.charged_read();
        if typed.is_empty() {
            return Err(Problem::Empty);
        }
        let charge = catalog.find(typed, jurisdiction).ok().flatten();
        let case = |statute: &str, variant: Option<&str>, level: Option<Level>| Case {
            as_of,
            perspective: Perspective::PleaPlanning,
            jurisdiction,
            person: Person { status: Status::Unknown, admitted_on: None, lpr_since: None, born_on: None },
            convictions: vec![Conviction { variant: variant.map(String::from), level, ..Conviction::plea(statute) }],
        };
        let charged_case = case(typed, None, None);
        let assessment = crate::engine::assess(&charged_case, catalog)
            .map_err(|_| Problem::NotAStatute(statute_problem(typed, jurisdiction)))?;
        let alternatives = assessment.convictions.first().map(|c| c.alternatives.clone()).unwrap_or_default();
        let pleas = alternatives
            .into_iter()
            .filter_map(|alternative| {
                let (entry, variant) = catalog.get_plea(&alternative.offense_id)?;
                let plea_case = case(&entry.citation, variant.map(|v| v.id.as_str()), None);
                let protection = protection(&charged_case, &plea_case, catalog);
                let protects_every_status = !protection.is_empty() && protection.iter().all(Protection::protects);
                let exposure = exposure(entry, &catalog.params);
                Some(PleaOption { alternative, entry, variant, exposure, protection, protects_every_status })
            })
            .collect();
        Ok(ProsecutorView {
            u_visa: charge.map(|o| qualifying(o, None)),
            charge,
            charge_exposure: charge.map(|o| exposure(o, &catalog.params)),
            assessment,
            pleas,
        })
    }
}

/// The offense's class and maximum terms (a dated maximum as in force today).
fn exposure(o: &Offense, params: &Params) -> Exposure {
    Exposure {
        class: o.class,
        felony_max_days: o.felony_max_days,
        misdemeanor_max_days: o.misdemeanor_max.map(|m| match m {
            MaxTerm::Days(d) => d,
            MaxTerm::Param(p) => params.num(p) as u32,
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_charge_comes_with_pleas_that_protect_every_status() {
        let f = ProsecutorForm::default()
            .apply(ProsecutorAction::SetCharged("PC 273.5".into()), Jurisdiction::Ca, Date::parse("2026-12-02").unwrap())
            .apply(ProsecutorAction::Show, Jurisdiction::Ca, Date::parse("2026-12-02").unwrap());
        let v = f.result.as_deref().expect("a view");
        assert_eq!(v.charge.map(|o| o.id.as_str()), Some("ca.pc.273.5"));
        assert!(!v.pleas.is_empty());
        assert!(v.pleas.iter().any(|p| p.protects_every_status), "{:#?}", v.pleas.iter().map(|p| &p.protection).collect::<Vec<_>>());
        assert!(v.pleas.iter().all(|p| p.protection.len() == crate::engine::protection::STATUSES.len()));
        let u = v.u_visa.as_ref().expect("the U visa answer");
        assert_eq!(u.grade, crate::engine::outcome::Grade::Yes, "domestic violence is on the list");
    }

    #[test]
    fn a_charge_that_does_not_read_says_so_and_a_blank_one_asks_for_it() {
        let (j, today) = (Jurisdiction::Ca, Date::parse("2026-12-02").unwrap());
        let f = ProsecutorForm::default().apply(ProsecutorAction::Show, j, today);
        assert_eq!((f.result.is_none(), f.problem.clone()), (true, Some(Problem::Empty)));
        let f = f.apply(ProsecutorAction::SetCharged("A".repeat(10_000)), j, today);
        assert_eq!(f.charged.chars().count(), crate::engine::case::MAX_STATUTE_CHARS);
        assert!(f.result.is_none() && matches!(f.problem, Some(Problem::NotAStatute(_))));
        let f = f.apply(ProsecutorAction::SetCharged("\u{FEFF}PC 273.5\u{200B}".into()), j, today);
        assert!(f.result.is_some() && f.problem.is_none());
    }
}
