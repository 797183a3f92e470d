//! # Removability: INA 237(a)(2) (deportability) and INA 212(a)(2) (inadmissibility)
//!
//! Which family reaches whom (reference §1): the deportability grounds reach a person who
//! was admitted (permanent and conditional residents, refugees, visa holders, and DACA or
//! TPS holders who entered lawfully); the inadmissibility grounds reach anyone seeking
//! admission, which includes a resident returning from a trip (INA 101(a)(13)(C)(v)) and
//! anyone adjusting status, so they are reported for every status. `unknown` status reports
//! both families.
//!
//! Deportability adds the time rules of INA 237(a)(2)(A): one CIMT committed within five
//! years after admission with a possible sentence of one year or more ((A)(i)); two CIMTs not
//! arising from a single scheme ((A)(ii)); and the single-offense 30-gram marijuana
//! exception of 237(a)(2)(B)(i). Inadmissibility adds the petty-offense and youthful-offender
//! exceptions of 212(a)(2)(A)(ii), the aggregate-sentence ground 212(a)(2)(B), reason to
//! believe trafficking 212(a)(2)(C) and prostitution 212(a)(2)(D).

use super::case::{Disposition, Fact, Status};
use super::citation::Citation;
use super::date::Date;
use super::grounds::{other, Ctx, Record, Resolved};
use super::outcome::{Explanation, Finding, Grade, Ground, Reach, Subject, Verdict};
use super::params::Param;
use super::reason::ReasonKey;
use crate::engine::offense::Trait;

/// Whether the person was admitted: `Some(true)` deportability applies, `Some(false)` it
/// does not (never admitted), `None` it may (status unknown, or DACA/TPS whose entry is not
/// given).
pub fn admitted(ctx: &Ctx<'_>) -> Option<bool> {
    let person = &ctx.case.person;
    match person.status {
        Status::Lpr | Status::ConditionalLpr | Status::Refugee | Status::Nonimmigrant => Some(true),
        Status::Undocumented | Status::Parolee | Status::Asylee => Some(false),
        Status::Daca | Status::Tps if person.admitted_on.is_some() => Some(true),
        Status::Daca | Status::Tps | Status::Unknown => None,
    }
}

/// Yes/No from a known fact, `Possible` from an unknown one.
pub fn known(fact: Option<bool>) -> Grade {
    match fact {
        Some(true) => Grade::Yes,
        Some(false) => Grade::No,
        None => Grade::Possible,
    }
}

/// The Ninth Circuit holds that 237(a)(2)(A)(iii) does not reach aggravated felony
/// convictions entered before November 18, 1988 (Ledezma-Galicia); the BIA disagrees (Matter
/// of Lettman), so only removal defense in the Ninth Circuit relies on it, and only for
/// deportability: such a conviction still bars relief and good moral character (§5.1).
fn af_before_1988_in_ninth(ctx: &Ctx<'_>, r: &Resolved<'_>) -> bool {
    ctx.case.perspective == super::case::Perspective::RemovalDefense
        && ctx.case.jurisdiction.home_circuit() == super::case::Circuit::Ninth
        && r.conviction.convicted_on.is_some_and(|d| d < ctx.params.date(Param::AfDeportabilityFrom))
}

/// INA 237(a)(2)(A)(i): this conviction's CIMT, committed within five years after admission,
/// with a possible sentence of one year or more.
pub fn cimt_within_window(ctx: &Ctx<'_>, r: &Resolved<'_>) -> Grade {
    let cimt = r.ground(Ground::Cimt).track.dhs;
    if cimt == Grade::No {
        return Grade::No;
    }
    let years = ctx.params.num(Param::CimtWindowYears) as i32;
    let window = match (ctx.case.person.admitted_on, r.conviction.committed_on) {
        (Some(admitted), Some(committed)) => {
            Some(committed >= admitted && admitted.add_years(years).is_some_and(|end| committed < end))
        }
        _ => None,
    };
    let potential = r.max_days.map(|d| u64::from(d) >= ctx.params.num(Param::CimtPotentialDays));
    cimt.min(known(window)).min(known(potential))
}

/// The five-year CIMT clock of INA 237(a)(2)(A)(i) in dates: from the admission, when it
/// ends, and when the offense was committed.
fn cimt_clock(ctx: &Ctx<'_>, r: &Resolved<'_>) -> Option<Explanation> {
    let admitted = ctx.case.person.admitted_on?;
    let ends = admitted.add_years(ctx.params.num(Param::CimtWindowYears) as i32)?;
    let e = match r.conviction.committed_on {
        Some(committed) => Explanation::new(ReasonKey::CimtClock).with("committed", committed.to_string()),
        None => Explanation::new(ReasonKey::CimtClockNoDate),
    };
    Some(e.with("admitted", admitted.to_string()).with("ends", ends.to_string()))
}

/// INA 237(a)(2)(A)(ii): two CIMT convictions after admission, not from a single scheme;
/// the grade and the pair that gives it (the first such pair in the order of the case).
///
/// A pair is graded by the lesser of its two convictions, each counted at its DHS-track CIMT
/// grade, `possible` when entered before the admission (the dates may straddle an
/// adjustment, reference §6.3 ⚠), and the pair at most `possible` when either conviction is
/// said to come from a single scheme with another. So the worst pair is found grade by
/// grade, worst first: the first two convictions that reach it make the pair. One pass per
/// grade, not one per pair.
pub fn two_cimts(ctx: &Ctx<'_>, rs: &Record<'_, '_>) -> (Grade, Option<(usize, usize)>) {
    let after = |r: &Resolved<'_>| match (ctx.case.person.admitted_on, r.conviction.convicted_on) {
        (Some(adm), Some(conv)) if conv < adm => Grade::Possible,
        _ => Grade::Yes,
    };
    let reach = |r: &Resolved<'_>| r.ground(Ground::Cimt).track.dhs.min(after(r));
    for g in [Grade::Yes, Grade::Likely, Grade::Possible] {
        let mut pair = rs.iter().filter(|r| {
            reach(r) >= g
                && (g <= Grade::Possible || !r.conviction.has_fact(Fact::SingleSchemeWithOtherConviction))
        });
        if let (Some(a), Some(b)) = (pair.next(), pair.next()) {
            return (g, Some((a.index, b.index)));
        }
    }
    (Grade::No, None)
}

/// INA 237(a)(2)(B)(i) with its exception for "a single offense involving possession for
/// one's own use of 30 grams or less of marijuana": the only drug conviction, a marijuana
/// possession offense, and a record showing 30 grams or less (Matter of Davey).
pub fn cs_deportable(rs: &Record<'_, '_>, r: &Resolved<'_>) -> (Grade, bool) {
    let cs = r.ground(Ground::ControlledSubstance).track.dhs;
    if cs > Grade::No && single_small_marijuana(rs, r) {
        return (Grade::No, true);
    }
    (cs, false)
}

/// "A single offense of simple possession of 30 grams or less of marijuana": the person's
/// only drug conviction, a marijuana possession offense, a record showing 30 grams or less.
/// The deportability ground excepts it, and naturalization, TPS and 212(h) carve it out.
pub fn single_small_marijuana(rs: &Record<'_, '_>, r: &Resolved<'_>) -> bool {
    rs.drugs == 1
        && r.offense.is_some_and(|o| o.has(Trait::MarijuanaPossession))
        && r.conviction.has_fact(Fact::Marijuana30gOrLess)
}

/// A drug offense other than that single small marijuana possession (applicant track).
pub fn drugs_beyond_small_marijuana(rs: &Record<'_, '_>, r: &Resolved<'_>) -> Grade {
    if single_small_marijuana(rs, r) {
        Grade::No
    } else {
        cs_inadmissible(r)
    }
}
/// INA 212(a)(2)(A)(i)(I) for this conviction, with the petty-offense and youthful-offender
/// exceptions of 212(a)(2)(A)(ii), which hold only if it is the person's one CIMT.
pub fn cimt_inadmissible(ctx: &Ctx<'_>, rs: &Record<'_, '_>, r: &Resolved<'_>) -> (Grade, Option<ReasonKey>) {
    let (g, _, reason) = cimt_inadmissible_parts(ctx, rs, r);
    (g, reason)
}

/// As [`cimt_inadmissible`], with the grade this conviction gives on its own (before another
/// CIMT ends its exception): the stop-time rule needs to tell them apart.
pub fn cimt_inadmissible_parts(
    ctx: &Ctx<'_>,
    rs: &Record<'_, '_>,
    r: &Resolved<'_>,
) -> (Grade, Grade, Option<ReasonKey>) {
    let g = conduct_grade(r, Ground::Cimt);
    if g == Grade::No {
        return (Grade::No, Grade::No, None);
    }
    let others = rs.other_cimts(r);
    let petty_max = r.max_days.map(|d| u64::from(d) <= ctx.params.num(Param::PettyMaxDays));
    let petty_sentence =
        r.conviction.sentence_days.map(|d| u64::from(d) <= ctx.params.num(Param::PettySentenceDays));
    let petty = match (petty_max, petty_sentence) {
        (Some(false), _) | (_, Some(false)) => Some(false),
        (Some(true), Some(true)) => Some(true),
        _ => None,
    };
    let youthful = youthful_offender(ctx, rs, r);
    let (own, reason) = match (petty, youthful) {
        (Some(true), _) => (Grade::No, Some(ReasonKey::InadmPettyOffense)),
        (_, Some(Youthful::Released)) => (Grade::No, Some(ReasonKey::InadmYouthfulOffender)),
        (_, Some(Youthful::ReleaseAssumed)) => (Grade::No, Some(ReasonKey::InadmYouthfulReleaseAssumed)),
        (None, _) => (g.min(Grade::Possible), Some(ReasonKey::InadmPettyUnknown)),
        (Some(false), _) => (g, Some(ReasonKey::InadmCimt)),
    };
    // Another CIMT ends both exceptions (Matter of Garcia-Hernandez).
    let with_others = g.min(others);
    match with_others > own {
        true => (with_others, own, Some(ReasonKey::InadmTwoCimts)),
        false => (own, own, reason),
    }
}

/// Whether the youthful-offender exception holds, and on what the release date rests.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Youthful {
    /// It does not hold (or cannot be shown: the burden is the applicant's).
    No,
    /// It holds: never confined, or released more than five years ago.
    Released,
    /// It holds if release came at the conviction date plus the sentence (addendum 2026-12
    /// §F.1: assume so when the release date is unknown, and say so).
    ReleaseAssumed,
}

/// # INA 212(a)(2)(A)(ii)(I): the youthful-offender exception
///
/// > Clause (i)(I) shall not apply to an alien who committed only one crime if the crime was
/// > committed when the alien was under 18 years of age, and the crime was committed (and the
/// > alien released from any confinement to a prison or correctional institution imposed for
/// > the crime) more than 5 years before the date of application for a visa or other
/// > documentation and the date of application for admission to the United States.
///
/// Only one crime (one CIMT: Matter of Garcia-Hernandez, 23 I&N Dec. 590 (BIA 2003) ⚠; the
/// engine asks for only one conviction, the stricter reading); the five years from both the
/// crime and the release, counted to `as_of`.
fn youthful_offender(ctx: &Ctx<'_>, rs: &Record<'_, '_>, r: &Resolved<'_>) -> Option<Youthful> {
    if rs.counting > 1 {
        return Some(Youthful::No);
    }
    let born = ctx.case.person.born_on?;
    let committed = r.conviction.committed_on?;
    let age = ctx.params.num(Param::YouthfulAge) as i32;
    let under_age = born.add_years(age).is_some_and(|adult| committed < adult);
    let years = ctx.params.num(Param::CimtWindowYears) as i32;
    let past = |d: Date| d.add_years(years).is_some_and(|end| end < ctx.case.as_of);
    if !(under_age && past(committed)) {
        return Some(Youthful::No);
    }
    // Release from any confinement, five years past as well.
    let never_confined = r.conviction.custody_days == Some(0) || r.conviction.sentence_days == Some(0);
    if never_confined {
        return Some(Youthful::Released);
    }
    let assumed_release =
        r.conviction.convicted_on.zip(r.conviction.sentence_days).and_then(|(c, d)| c.add_days(d));
    match assumed_release {
        Some(release) if past(release) => Some(Youthful::ReleaseAssumed),
        _ => Some(Youthful::No),
    }
}

/// The applicant-track grade a conviction supports for an inadmissibility ground that a
/// conviction or an admission triggers: a pretrial diversion whose agreement may contain an
/// admission of facts still risks it (reference §2.2).
pub fn conduct_grade(r: &Resolved<'_>, ground: Ground) -> Grade {
    let convicted = r.ground(ground).track.applicant;
    match r.conviction.disposition {
        Disposition::PretrialDiversionNoPlea => {
            convicted.max(r.conduct[ground as usize].applicant.min(Grade::Possible))
        }
        _ => convicted,
    }
}

/// INA 212(a)(2)(A)(i)(II): controlled substances, conviction or admission; no 30-gram
/// exception in the ground itself.
pub fn cs_inadmissible(r: &Resolved<'_>) -> Grade {
    conduct_grade(r, Ground::ControlledSubstance)
}

/// INA 237(a)(2)(B)(ii) and 212(a)(1)(A)(iv): a drug abuser or addict. No conviction is
/// needed; a possession or use offense, even diverted, can support a finding (`possible`).
pub fn drug_abuser(r: &Resolved<'_>) -> Grade {
    match (r.offense, r.conviction.disposition) {
        (Some(o), d) if o.has(Trait::DrugPossession) && d != Disposition::JuvenileAdjudication => {
            Grade::Possible
        }
        _ => Grade::No,
    }
}

/// INA 212(a)(2)(B): two or more convictions with aggregate sentences of five years or more.
pub fn aggregate(ctx: &Ctx<'_>, rs: &Record<'_, '_>) -> Grade {
    if rs.iter().filter(|r| r.counts()).count() < 2 {
        return Grade::No;
    }
    let (total, unknown) = other::aggregate_days(rs);
    match (total >= ctx.params.num(Param::AggregateDays), unknown) {
        (true, _) => Grade::Yes,
        (false, true) => Grade::Possible,
        (false, false) => Grade::No,
    }
}

/// The removability part of an assessment.
pub struct Removability {
    pub deportable: Reach,
    pub inadmissible: Reach,
    pub findings: Vec<Finding>,
}

fn finding(
    subject: Subject,
    g: Grade,
    basis: Citation,
    explanation: Explanation,
    cites: &[&str],
    conviction: Option<usize>,
) -> Finding {
    Finding {
        subject,
        verdict: Verdict::Grade(g),
        basis,
        explanation,
        citations: std::iter::once(basis.text()).chain(cites.iter().map(|c| c.to_string())).collect(),
        conviction,
    }
}

/// Findings gathered for one subject, and the worst grade among them.
pub(super) struct Collector {
    subject: Subject,
    /// Whether findings are written out ([`Ctx::findings`]); the grade is kept either way.
    keep: bool,
    pub(super) grade: Grade,
    pub(super) findings: Vec<Finding>,
}

impl Collector {
    pub(super) fn new(subject: Subject, ctx: &Ctx<'_>) -> Collector {
        Collector { subject, keep: ctx.findings, grade: Grade::No, findings: Vec::new() }
    }

    /// Records a ground that applies (grade above `no`). The reason `e` is written only when
    /// findings are kept: a hypothetical's would be thrown away, and dates and numbers in
    /// reasons cost more to write than the grades cost to find.
    pub(super) fn add(
        &mut self,
        g: Grade,
        ina: &'static str,
        e: impl FnOnce() -> Explanation,
        cites: &[&str],
        conviction: Option<usize>,
    ) {
        if g > Grade::No {
            self.grade = self.grade.max(g);
            if self.keep {
                self.findings.push(finding(self.subject, g, Citation::Ina(ina), e(), cites, conviction));
            }
        }
    }

    /// Records why something does not apply (the reason `e` written only when kept).
    pub(super) fn note_no(
        &mut self,
        ina: &'static str,
        e: impl FnOnce() -> Explanation,
        cites: &[&str],
        conviction: Option<usize>,
    ) {
        if self.keep {
            self.findings.push(finding(self.subject, Grade::No, Citation::Ina(ina), e(), cites, conviction));
        }
    }
}

/// Grades deportability and inadmissibility for the whole case.
pub fn assess(ctx: &Ctx<'_>, rs: &Record<'_, '_>) -> Removability {
    let mut d = Collector::new(Subject::Deportable, ctx);
    for r in rs {
        let e = |key: ReasonKey| r.reason(key);
        let at = Some(r.index);
        let af = r.ground(Ground::AggravatedFelony).track.dhs;
        if af > Grade::No && af_before_1988_in_ninth(ctx, r) {
            d.note_no(
                "237(a)(2)(A)(iii)",
                || e(ReasonKey::DeportAggravatedFelonyBefore1988),
                &["Ledezma-Galicia v. Holder, 599 F.3d 1055 (9th Cir. 2010)"],
                at,
            );
        } else {
            d.add(af, "237(a)(2)(A)(iii)", || e(ReasonKey::DeportAggravatedFelony), &[], at);
        }
        let cimt = r.ground(Ground::Cimt).track.dhs;
        let within = cimt_within_window(ctx, r);
        // The date the five-year clock turns on, where the admission date is known.
        let clock = |e: Explanation| match cimt_clock(ctx, r) {
            Some(c) => e.then(c),
            None => e,
        };
        d.add(
            within,
            "237(a)(2)(A)(i)",
            || clock(e(ReasonKey::DeportCimtWithinFive)),
            &["Matter of Alyazji, 25 I&N Dec. 397 (BIA 2011)"],
            at,
        );
        if cimt > Grade::No && within == Grade::No {
            d.note_no(
                "237(a)(2)(A)(i)",
                || clock(e(ReasonKey::DeportCimtOutsideFive)),
                &["Matter of Velasquez-Rios, 27 I&N Dec. 470 (BIA 2018)"],
                at,
            );
        }
        let (cs, exception) = cs_deportable(rs, r);
        d.add(
            cs,
            "237(a)(2)(B)(i)",
            || e(ReasonKey::DeportControlledSubstance),
            &["Mellouli v. Lynch, 575 U.S. 798 (2015)"],
            at,
        );
        if exception {
            d.note_no(
                "237(a)(2)(B)(i)",
                || e(ReasonKey::DeportMarijuanaException),
                &["Matter of Davey, 26 I&N Dec. 37 (BIA 2012)"],
                at,
            );
        }
        d.add(drug_abuser(r), "237(a)(2)(B)(ii)", || e(ReasonKey::DeportDrugAbuser), &[], at);
        d.add(r.ground(Ground::Firearm).track.dhs, "237(a)(2)(C)", || e(ReasonKey::DeportFirearm), &[], at);
        d.add(
            r.ground(Ground::DomesticViolence).track.dhs,
            "237(a)(2)(E)(i)",
            || e(ReasonKey::DeportDomesticViolence),
            &[],
            at,
        );
        d.add(
            r.ground(Ground::Stalking).track.dhs,
            "237(a)(2)(E)(i)",
            || e(ReasonKey::DeportStalking),
            &[],
            at,
        );
        d.add(
            r.ground(Ground::ChildAbuse).track.dhs,
            "237(a)(2)(E)(i)",
            || e(ReasonKey::DeportChildAbuse),
            &[],
            at,
        );
        d.add(
            r.ground(Ground::ProtectionOrderViolation).track.dhs,
            "237(a)(2)(E)(ii)",
            || e(ReasonKey::DeportProtectionOrder),
            &[],
            at,
        );
    }
    let (two, pair) = two_cimts(ctx, rs);
    if let Some((a, b)) = pair.and_then(|(a, b)| rs.get(a).zip(rs.get(b))) {
        let e =
            || Explanation::new(ReasonKey::DeportTwoCimts).with("first", a.name()).with("second", b.name());
        d.add(two, "237(a)(2)(A)(ii)", e, &["Matter of Adetiba, 20 I&N Dec. 506 (BIA 1992)"], None);
    }
    let deportable = match admitted(ctx) {
        Some(false) => {
            // The grounds above still bar relief (see relief::cancellation), but they do not
            // make this person deportable: say so once instead of listing them.
            d.findings.clear();
            d.note_no("237(a)", || Explanation::new(ReasonKey::NotAdmitted), &[], None);
            Reach::NotApplicable
        }
        _ if d.grade == Grade::No => {
            d.note_no("237(a)(2)", || Explanation::new(ReasonKey::NoDeportabilityGround), &[], None);
            Reach::No
        }
        _ => Reach::from(d.grade),
    };

    let mut i = Collector::new(Subject::Inadmissible, ctx);
    for r in rs {
        let e = |key: ReasonKey| r.reason(key);
        let at = Some(r.index);
        match cimt_inadmissible(ctx, rs, r) {
            (Grade::No, Some(key)) => i.note_no("212(a)(2)(A)(ii)", || e(key), &[], at),
            (g, Some(key)) => i.add(
                g,
                "212(a)(2)(A)(i)(I)",
                || e(key),
                &["Matter of Garcia-Hernandez, 23 I&N Dec. 590 (BIA 2003)"],
                at,
            ),
            _ => {}
        }
        i.add(cs_inadmissible(r), "212(a)(2)(A)(i)(II)", || e(ReasonKey::InadmControlledSubstance), &[], at);
        i.add(other::trafficking(r), "212(a)(2)(C)", || e(ReasonKey::InadmTrafficking), &[], at);
        i.add(
            other::prostitution(r),
            "212(a)(2)(D)",
            || e(ReasonKey::InadmProstitution),
            &["Matter of Gonzalez-Zoquiapan, 24 I&N Dec. 549 (BIA 2008)"],
            at,
        );
    }
    let agg = aggregate(ctx, rs);
    let (total, _) = other::aggregate_days(rs);
    i.add(
        agg,
        "212(a)(2)(B)",
        || Explanation::new(ReasonKey::InadmAggregate).with("days", total.to_string()),
        &[],
        None,
    );
    if i.grade == Grade::No {
        i.note_no("212(a)(2)", || Explanation::new(ReasonKey::NoInadmissibilityGround), &[], None);
    }
    let inadmissible = Reach::from(i.grade);
    let mut findings = d.findings;
    findings.extend(i.findings);
    Removability { deportable, inadmissible, findings }
}
