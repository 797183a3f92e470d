//! # INA 236(c) (8 U.S.C. 1226(c)): mandatory detention during removal proceedings
//!
//! > The Attorney General shall take into custody any alien who (A) is inadmissible by
//! > reason of having committed any offense covered in section 212(a)(2), (B) is deportable
//! > by reason of having committed any offense covered in section 237(a)(2)(A)(ii), (A)(iii),
//! > (B), (C), or (D), (C) is deportable under section 237(a)(2)(A)(i) on the basis of an
//! > offense for which the alien has been sentence[d] to a term of imprisonment of at least
//! > 1 year, ... or (E) is inadmissible under section 212(a)(6)(A), (6)(C), or (7) and is
//! > charged with, is arrested for, is convicted of, admits having committed, or admits acts
//! > which constitute the essential elements of any burglary, theft, larceny, shoplifting,
//! > or assault of a law enforcement officer offense, or any crime that results in death or
//! > serious bodily injury to another person.
//!
//! (E) is the Laken Riley Act (Pub. L. 119-1, 2025): its terms take the meaning of the state
//! where the acts occurred, and an arrest or charge is enough, so the plea does not cure it
//! (reference §11.1). (A) reaches people charged under 212; (B) and (C) admitted people in 237
//! proceedings. The domestic-violence grounds of 237(a)(2)(E) are not listed.

use super::case::Status;
use super::grounds::{Ctx, Record, Resolved};
use super::outcome::{Explanation, Finding, Grade, Ground, Reach, Subject};
use super::params::Param;
use super::reason::ReasonKey;
use super::removability::{admitted, cimt_within_window, cs_deportable, two_cimts, Collector};

/// Records a detention ground `g` for `offense` (or the whole case).
fn note(b: &mut Collector, g: Grade, ina: &'static str, key: ReasonKey, offense: Option<&Resolved<'_>>) {
    let e = || offense.map_or_else(|| Explanation::new(key), |r| r.reason(key));
    b.add(g, ina, e, &[], offense.map(|r| r.index));
}

/// (A) and (E): a person charged as an applicant for admission.
fn not_admitted(ctx: &Ctx<'_>, rs: &Record<'_, '_>, inadmissible: Reach) -> Collector {
    let mut b = Collector::new(Subject::MandatoryDetention, ctx);
    let a = match inadmissible {
        Reach::Yes => Grade::Yes,
        Reach::Likely => Grade::Likely,
        Reach::Possible => Grade::Possible,
        Reach::No | Reach::NotApplicable => Grade::No,
    };
    note(&mut b, a, "236(c)(1)(A)", ReasonKey::DetentionInadmissible, None);
    // (E), the Laken Riley Act: people present without admission or parole. A TPS holder
    // cannot be detained on status while TPS lasts; unknown status may not be EWI.
    // Addendum 2026-12 §D.3: who is reached. Present without admission (an undocumented
    // person, a DACA recipient who entered without inspection): yes; a parolee: likely ⚠; a
    // TPS holder (244(d)(4) bars detention on status during TPS ⚠) or a status unknown: possible.
    let laken_cap = match ctx.case.person.status {
        Status::Undocumented | Status::Daca => Grade::Yes,
        Status::Parolee => Grade::Likely,
        _ => Grade::Possible,
    };
    let from = ctx.params.date(Param::LakenRileyFrom);
    for r in rs {
        let Some(offense) = r.offense else {
            // An offense the catalog does not know may be a listed one.
            note(
                &mut b,
                laken_cap.min(Grade::Possible),
                "236(c)(1)(E)",
                ReasonKey::DetentionLakenRileyUnknown,
                Some(r),
            );
            continue;
        };
        // Arrests before the Act: whether it reaches them is being litigated (⚠ reference §11.1).
        let before = r.conviction.committed_on.is_some_and(|d| d < from);
        let cap = if before { laken_cap.min(Grade::Possible) } else { laken_cap };
        // A charge or an arrest is enough: without a conviction it is still likely ⚠.
        let event = if r.status.grade == Grade::Yes { Grade::Yes } else { Grade::Likely };
        let conduct = laken_riley_conduct(r, offense);
        note(&mut b, conduct.min(cap).min(event), "236(c)(1)(E)", ReasonKey::DetentionLakenRiley, Some(r));
    }
    b
}

/// Addendum 2026-12 §D.3: whether the offense is a Laken Riley Act listed offense (burglary,
/// theft, larceny, shoplifting, assault of a law enforcement officer, a crime resulting in
/// death or serious bodily injury), from its conduct traits and the engine's findings: `yes`
/// where an element makes it one, `possible` where a fact of the case may (236(c)(2): the
/// terms take the meaning of the state where the acts occurred).
pub fn laken_riley_conduct(r: &Resolved<'_>, offense: &crate::engine::offense::Offense) -> Grade {
    use crate::engine::offense::Trait as T;
    let listed = [T::Burglary, T::Theft, T::OfficerAssault, T::DeathOrSeriousInjury, T::Murder];
    let maybe = [
        T::BurglaryRelated,
        T::TheftRelated,
        T::OfficerAssaultPossible,
        T::SeriousInjuryPossible,
        T::Inchoate,
    ];
    let has = |t: T| offense.has_in(t, r.variant);
    if listed.iter().any(|t| has(*t)) {
        Grade::Yes
    } else if maybe.iter().any(|t| has(*t)) {
        Grade::Possible
    } else {
        Grade::No
    }
}

/// (B) and (C): an admitted person in deportability proceedings.
fn admitted_person(ctx: &Ctx<'_>, rs: &Record<'_, '_>) -> Collector {
    let mut b = Collector::new(Subject::MandatoryDetention, ctx);
    for r in rs {
        let listed = r
            .ground(Ground::AggravatedFelony)
            .track
            .dhs
            .max(cs_deportable(rs, r).0)
            .max(r.ground(Ground::Firearm).track.dhs);
        note(&mut b, listed, "236(c)(1)(B)", ReasonKey::DetentionDeportableListed, Some(r));
        let year = r.conviction.sentence_days.map(|d| u64::from(d) >= ctx.params.num(Param::AfTermDays));
        let one_cimt = cimt_within_window(ctx, r).min(super::removability::known(year));
        note(&mut b, one_cimt, "236(c)(1)(C)", ReasonKey::DetentionCimtYear, Some(r));
    }
    note(&mut b, two_cimts(ctx, rs).0, "236(c)(1)(B)", ReasonKey::DetentionTwoCimts, None);
    b
}

/// The mandatory-detention grade and its findings. When it is not known whether the person
/// was admitted, both branches are graded: where they agree that is the answer; where they
/// differ it depends on the status, so `possible` at least, and never more than the worse
/// (for DACA, the worse).
pub fn assess(ctx: &Ctx<'_>, rs: &Record<'_, '_>, inadmissible: Reach) -> (Grade, Vec<Finding>) {
    let (grade, mut findings) = match admitted(ctx) {
        Some(true) => {
            let b = admitted_person(ctx, rs);
            (b.grade, b.findings)
        }
        Some(false) => {
            let b = not_admitted(ctx, rs, inadmissible);
            (b.grade, b.findings)
        }
        None => {
            let (a, n) = (admitted_person(ctx, rs), not_admitted(ctx, rs, inadmissible));
            let (lo, hi) = (a.grade.min(n.grade), a.grade.max(n.grade));
            // Most DACA recipients entered without inspection: without an admission date,
            // take the harsher branch rather than call it a matter of status (§11.1).
            let grade = match ctx.case.person.status {
                Status::Daca => hi,
                _ if lo == hi => lo,
                _ => lo.max(Grade::Possible).min(hi),
            };
            (grade, a.findings.into_iter().chain(n.findings).collect())
        }
    };
    if grade == Grade::No {
        let mut none = Collector::new(Subject::MandatoryDetention, ctx);
        none.note_no("236(c)", || Explanation::new(ReasonKey::DetentionNone), &[], None);
        findings.extend(none.findings);
    }
    (grade, findings)
}
