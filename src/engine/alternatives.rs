//! Safer pleas, computed: for a charged offense, the sentence (or none yet) and the person
//! (or nobody in particular, as for a prosecutor weighing a plea under PC 1016.3(b)), every
//! candidate offense is assessed as if it were the plea, and ranked by what it avoids.
//!
//! Candidates are the reviewers' curated alternatives (first, in their order) and catalog
//! offenses of the same family, listed once per offense when the catalog is built
//! ([`super::Offenses::candidates`]) rather than found by scanning it on every call. A candidate the engine finds worse on any point is not
//! proposed unless a reviewer curated it; each carries what it avoids and what it still
//! risks, and ties are broken by similar sentencing exposure.

use super::case::{Case, Conviction, Disposition, Level, Person, Status};
use super::outcome::{AlternativeOut, Arg, Explanation, Reach, ReliefGrade, Subject};
use super::params::Params;
use super::questions::NewValue;
use super::reason::ReasonKey;
use super::Offenses;
use crate::engine::offense::{Offense, OffenseClass, Variant};

/// A plea to weigh against a charged offense: an entry of the offense list (by index), the
/// variant of it a curated alternative names (by index into its variants), and for a curated
/// one, which of the charged offense's alternatives (by index) it is, the first of that id.
/// The list for each offense comes from the catalog ([`super::Offenses::candidates`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Candidate {
    pub offense: u32,
    pub variant: Option<u32>,
    pub curated: Option<u32>,
}

/// How many engine-found alternatives to propose beside the curated ones.
const FOUND: usize = 5;

/// One point of comparison between two pleas, and how bad it is (0 = nothing).
pub(crate) type Profile = Vec<(Subject, u8)>;

/// How bad each of a plea's conclusions is (0 = nothing): its own grounds, then the person's.
pub(crate) fn profile(conclusions: super::questions::Conclusions) -> Profile {
    conclusions
        .into_iter()
        .filter(|(conviction, _, _)| conviction.is_none_or(|i| i == 0))
        .map(|(_, subject, value)| {
            let level = match value {
                NewValue::Grade(g) => g as u8,
                NewValue::Reach(Reach::NotApplicable | Reach::No) => 0,
                NewValue::Reach(Reach::Possible) => 1,
                NewValue::Reach(Reach::Likely) => 2,
                NewValue::Reach(Reach::Yes) => 3,
                NewValue::Relief(ReliefGrade::NotApplicable | ReliefGrade::NotBarred) => 0,
                NewValue::Relief(ReliefGrade::AtRisk) => 1,
                NewValue::Relief(ReliefGrade::Barred) => 3,
            };
            (subject, level)
        })
        .collect()
}

/// The conviction a plea to `offense` (and `variant`, if the alternative names one) would be,
/// keeping the charged case's dates, loss and facts. A wobbler is taken as a misdemeanor
/// unless the charge was entered as a felony, and the sentence can be no longer than the
/// plea's maximum.
fn plea(offense: &Offense, variant: Option<&Variant>, charged: &Conviction, params: &Params) -> Conviction {
    let level = match offense.class {
        OffenseClass::Felony => Some(Level::Felony),
        OffenseClass::Misdemeanor => Some(Level::Misdemeanor),
        OffenseClass::Infraction => Some(Level::Infraction),
        OffenseClass::Wobbler if charged.level == Some(Level::Felony) => Some(Level::Felony),
        OffenseClass::Wobbler => Some(Level::Misdemeanor),
    };
    let mut c = Conviction {
        statute: offense.citation.clone(),
        // Only a variant the alternative names itself: a safer variant may not be open on the
        // facts (a drug not on the federal schedules), so a plain plea is graded on a silent
        // record, which is the conservative reading.
        variant: variant.map(|v| v.id.clone()),
        level,
        disposition: Disposition::PleaOrVerdict,
        ..charged.clone()
    };
    if let (Some(days), Some(max)) =
        (c.sentence_days, super::conviction::max_possible_days(offense, &c, params))
    {
        c.sentence_days = Some(days.min(max));
        c.suspended_days = c.suspended_days.map(|s| s.min(days.min(max)));
    }
    c
}

/// Alternatives to `charged` (the offense of conviction `conviction` in `case`). `alone`: the
/// conclusions of `case` when it is that one conviction, a plea or verdict, so the charge's
/// own conclusions need not be graded again.
pub fn alternatives(
    case: &Case,
    catalog: &dyn Offenses,
    charged: &Offense,
    conviction: &Conviction,
    alone: Option<&super::questions::Conclusions>,
) -> Vec<AlternativeOut> {
    let person = if case.person.status == Status::Unknown {
        Person { status: Status::Unknown, ..case.person.clone() }
    } else {
        case.person.clone()
    };
    // `known`: the entry the plea's statute resolves to, when it is the charge's own.
    let assess_one = |c: Conviction, known: Option<&[Option<&Offense>]>| {
        let hypothetical = Case {
            as_of: case.as_of,
            perspective: case.perspective,
            jurisdiction: case.jurisdiction,
            person: person.clone(),
            convictions: vec![c],
        };
        super::hypothetical(&hypothetical, catalog, known).ok().map(profile)
    };
    let base = match alone {
        Some(conclusions) => Some(profile(conclusions.clone())),
        None => {
            let charged_conviction =
                Conviction { disposition: Disposition::PleaOrVerdict, ..conviction.clone() };
            assess_one(charged_conviction, Some(&[Some(charged)]))
        }
    };
    let Some(base) = base else { return Vec::new() };
    let exposure = |o: &Offense| {
        o.felony_max_days.unwrap_or(0).max(match o.misdemeanor_max {
            Some(crate::engine::offense::MaxTerm::Days(d)) => d,
            Some(_) => 364,
            None => 0,
        })
    };
    let mut curated = Vec::new();
    let mut found: Vec<(usize, u32, bool, AlternativeOut)> = Vec::new();
    for candidate in catalog.candidates(charged) {
        let Some(o) = catalog.offense(candidate.offense) else { continue };
        let variant = match candidate.variant {
            Some(v) => match o.variants.get(v as usize) {
                Some(v) => Some(v),
                None => continue,
            },
            None => None,
        };
        let alternative = candidate.curated.and_then(|k| charged.alternatives.get(k as usize));
        let Some(theirs) = assess_one(plea(o, variant, conviction, catalog.params()), None) else {
            continue;
        };
        // Three disjoint lists, so no point is ever on both sides: gone entirely, lowered,
        // and still there at least as much as with the charge.
        let pairs = || base.iter().zip(&theirs);
        let avoids: Vec<Subject> = pairs().filter(|(b, t)| t.1 == 0 && b.1 > 0).map(|(b, _)| b.0).collect();
        let reduces: Vec<Subject> = pairs().filter(|(b, t)| t.1 > 0 && t.1 < b.1).map(|(b, _)| b.0).collect();
        let still_risks: Vec<Subject> =
            pairs().filter(|(b, t)| t.1 > 0 && t.1 >= b.1).map(|(b, _)| b.0).collect();
        let worse = pairs().any(|(b, t)| t.1 > b.1);
        if let Some(alternative) = alternative {
            let why = Explanation::new(ReasonKey::AlternativeCurated).with("why", &alternative.why);
            curated.push(AlternativeOut {
                offense_id: alternative.offense_id.clone(),
                why,
                curated: true,
                avoids,
                reduces,
                still_risks,
            });
        } else if (!avoids.is_empty() || !reduces.is_empty()) && !worse {
            let key = match (avoids.is_empty(), reduces.is_empty()) {
                (false, true) => ReasonKey::AlternativeAvoids,
                (true, false) => ReasonKey::AlternativeReduces,
                _ => ReasonKey::AlternativeAvoidsAndReduces,
            };
            let why = Explanation::new(key)
                .with("offense", Arg::offense(o))
                .with("avoids", Arg::Subjects(avoids.clone()))
                .with("reduces", Arg::Subjects(reduces.clone()));
            let gain: usize =
                base.iter().zip(&theirs).map(|(b, t)| usize::from(b.1.saturating_sub(t.1))).sum();
            let distance = exposure(o).abs_diff(exposure(charged));
            found.push((
                gain,
                distance,
                o.family == charged.family,
                AlternativeOut {
                    offense_id: o.id.clone(),
                    why,
                    curated: false,
                    avoids,
                    reduces,
                    still_risks,
                },
            ));
        }
    }
    found.sort_by(|a, b| {
        b.0.cmp(&a.0).then(a.1.cmp(&b.1)).then(b.2.cmp(&a.2)).then(a.3.offense_id.cmp(&b.3.offense_id))
    });
    curated.extend(found.into_iter().take(FOUND).map(|f| f.3));
    curated
}
