//! Cal. Penal Code § 1016.3(b) (the prosecution "shall consider the avoidance of adverse
//! immigration consequences in the plea negotiation process") and the model prosecutor
//! policies built on it: which immigration statuses a plea protects, and from what, against
//! the charge, without asking anyone's status. Each status is assessed in turn, the charge
//! and the plea alike, and compared point by point (the alternatives' own measure,
//! [`super::alternatives::profile`]).

use super::alternatives::profile;
use super::case::{Case, Status};
use super::outcome::Subject;
use super::Offenses;

/// The statuses a prosecutor's summary speaks for: the person may hold any of them.
pub const STATUSES: [Status; 6] =
    [Status::Lpr, Status::Undocumented, Status::Daca, Status::Tps, Status::Nonimmigrant, Status::Refugee];

/// What a plea does for one status, compared with the charge.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Protection {
    pub status: Status,
    /// What the charge risks and the plea does not.
    pub avoids: Vec<Subject>,
    /// Still a risk with the plea, but a lower one.
    pub reduces: Vec<Subject>,
    /// Worse with the plea than with the charge.
    pub worse: Vec<Subject>,
}

impl Protection {
    /// The plea helps this status on some point and hurts it on none.
    pub fn protects(&self) -> bool {
        self.worse.is_empty() && !(self.avoids.is_empty() && self.reduces.is_empty())
    }
}

/// For each of [`STATUSES`], what `plea` does against `charge` (both single-conviction cases
/// of the same state and date); a status that cannot be assessed is left out.
pub fn protection(charge: &Case, plea: &Case, catalog: &dyn Offenses) -> Vec<Protection> {
    STATUSES
        .iter()
        .filter_map(|status| {
            let with = |case: &Case| {
                let mut c = case.clone();
                c.person.status = *status;
                super::assess_without_alternatives(&c, catalog).ok().map(|a| profile(super::questions::conclusions(&a)))
            };
            let (theirs, ours) = (with(charge)?, with(plea)?);
            let mut p = Protection { status: *status, avoids: Vec::new(), reduces: Vec::new(), worse: Vec::new() };
            for ((subject, was), (_, now)) in theirs.iter().zip(&ours) {
                match (was, now) {
                    (w, 0) if *w > 0 => p.avoids.push(*subject),
                    (w, n) if n < w => p.reduces.push(*subject),
                    (w, n) if n > w => p.worse.push(*subject),
                    _ => {}
                }
            }
            Some(p)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::Catalog;
    use crate::engine::case::{Conviction, Jurisdiction, Person, Perspective};
    use crate::engine::date::Date;
    use crate::engine::outcome::Ground;

    fn case(statute: &str) -> Case {
        Case {
            as_of: Date::from_ymd(2026, 12, 1).unwrap_or(Date::EPOCH),
            perspective: Perspective::PleaPlanning,
            jurisdiction: Jurisdiction::Ca,
            person: Person { status: Status::Unknown, admitted_on: None, lpr_since: None, born_on: None },
            convictions: vec![Conviction::plea(statute)],
        }
    }

    #[test]
    fn a_plea_off_the_domestic_violence_ground_protects_every_status_from_it() {
        let catalog = Catalog::embedded().expect("data");
        let p = protection(&case("PC 273.5"), &case("PC 243(e)(1)"), catalog);
        assert_eq!(p.len(), STATUSES.len());
        let dv = Subject::Ground(Ground::DomesticViolence);
        assert!(p.iter().all(|s| s.avoids.contains(&dv) && s.protects()), "{p:#?}");
    }

    #[test]
    fn the_charge_against_itself_protects_nobody() {
        let catalog = Catalog::embedded().expect("data");
        let p = protection(&case("PC 273.5"), &case("PC 273.5"), catalog);
        assert!(p.iter().all(|s| !s.protects() && s.worse.is_empty()));
    }
}
