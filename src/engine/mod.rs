//! The law: pure, total, no web dependency, tested natively.
//!
//! [`assess`] reads a [`case::Case`] (parsed at the edge by [`crate::contract`]) and the
//! offense data ([`Offenses`], which the catalog implements), and says what each conviction does under federal immigration law,
//! with the reason and the authority for every conclusion. It reads no clock (`as_of` is an
//! input), performs no I/O and never panics. Evaluation order (reference §13): resolve each
//! conviction against the catalog; grade its grounds ([`grounds`]); then removability
//! ([`removability`]), mandatory detention ([`detention`]) and relief ([`relief`]) for the
//! person; then the warnings that say what the answer depends on.

pub mod alternatives;
pub mod case;
pub mod citation;
pub mod conviction;
pub mod date;
pub mod detention;
pub mod grounds;
pub mod offense;
pub mod outcome;
pub mod params;
pub mod protection;
pub mod questions;
pub mod reason;
pub mod relief;
pub mod removability;
pub mod u_visa;

use crate::engine::offense::{Confidence, Family, OffenseClass, Trait, Trigger};
use case::{Case, Conviction, Disposition, Jurisdiction, Status};
use grounds::{Ctx, Resolved};
use outcome::{Assessment, ConvictionOut, Explanation, Grade, Ground, Reach, Relief, ReliefGrade};
use params::Param;
use reason::ReasonKey;

/// One input error: the path of the field (`convictions[0].sentence_days`) and what was
/// wrong with it. The engine's only error: input the data cannot read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InputError {
    pub field: String,
    pub message: String,
}

impl std::fmt::Display for InputError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.field.is_empty() {
            true => f.write_str(&self.message),
            false => write!(f, "{}: {}", self.field, self.message),
        }
    }
}

impl std::error::Error for InputError {}

/// What the engine needs from the offense data. The catalog (`crate::catalog::Catalog`)
/// implements it; the engine never names the catalog, so dependencies run one way.
pub trait Offenses {
    /// The federal thresholds and dates (`data/federal.toml`).
    fn params(&self) -> &params::Params;
    /// The entry a typed statute names in `jurisdiction`; `Ok(None)` for a statute the data
    /// does not have; `Err` (the reason, in words) for text that is not a statute.
    fn find(&self, statute: &str, jurisdiction: Jurisdiction) -> Result<Option<&offense::Offense>, String>;
    /// The pleas to weigh against `charged`, in the order the engine considers them: its
    /// curated alternatives, then the other entries of its state and family of conduct.
    fn candidates(&self, charged: &offense::Offense) -> &[alternatives::Candidate];
    /// The entry at `index` of the offense list [`alternatives::Candidate`]s refer to.
    fn offense(&self, index: u32) -> Option<&offense::Offense>;
    /// The entries nearest to a statute the data does not have.
    fn nearest(&self, statute: &str, jurisdiction: Jurisdiction, limit: usize) -> Vec<&offense::Offense>;
}

/// How many catalog entries an unknown statute suggests.
const SUGGESTIONS: usize = 5;

/// Assesses a case. The only error is input the catalog cannot read: a statute that is not
/// a statute, or a variant the offense does not have; each names its field.
pub fn assess(case: &Case, catalog: &dyn Offenses) -> Result<Assessment, InputError> {
    let (mut assessment, offenses) = assess_resolving(case, catalog)?;
    let conclusions = questions::conclusions(&assessment);
    assessment.questions = questions::questions(case, catalog, &conclusions, &offenses);
    // A case of one plea or verdict is already the case alternatives weigh pleas against.
    let alone = matches!(case.convictions.as_slice(), [c] if c.disposition == Disposition::PleaOrVerdict);
    let charged_alone = alone.then_some(&conclusions);
    for ((c, offense), out) in case.convictions.iter().zip(offenses).zip(assessment.convictions.iter_mut()) {
        match offense {
            Some(offense) => {
                out.alternatives = alternatives::alternatives(case, catalog, offense, c, charged_alone)
            }
            None => {
                out.suggestions = catalog
                    .nearest(&c.statute, case.jurisdiction, SUGGESTIONS)
                    .into_iter()
                    .map(|o| o.id.clone())
                    .collect()
            }
        }
    }
    Ok(assessment)
}

/// [`assess`] without computing alternatives (which assess hypothetical pleas themselves).
pub fn assess_without_alternatives(case: &Case, catalog: &dyn Offenses) -> Result<Assessment, InputError> {
    assess_resolving(case, catalog).map(|(assessment, _)| assessment)
}

/// The assessment, and the catalog entry each conviction resolved to.
fn assess_resolving<'c>(
    case: &'c Case,
    catalog: &'c dyn Offenses,
) -> Result<(Assessment, Vec<Option<&'c crate::engine::offense::Offense>>), InputError> {
    let graded = grade(case, catalog, None, true)?;
    let ctx = Ctx { case, params: catalog.params(), findings: true };
    let resolved = &graded.resolved;
    let person = graded.person;
    let warnings = warnings(&ctx, resolved, person.deportable, person.inadmissible, &person.relief);
    let offenses = resolved.iter().map(|r| r.offense).collect();
    let convictions = resolved.iter().map(conviction_out).collect();
    let findings = person.findings.into_iter().map(outcome::Finding::with_authority).collect();
    let assessment = Assessment {
        convictions,
        deportable: person.deportable,
        inadmissible: person.inadmissible,
        relief: person.relief,
        mandatory_detention: person.mandatory_detention,
        findings,
        warnings,
        questions: Vec::new(),
    };
    Ok((assessment, offenses))
}

/// The conclusions of a hypothetical case (a possible answer, a possible plea): what
/// questions and alternatives compare, without the findings' authorities, the warnings and
/// the per-conviction output, which nobody reads for a hypothetical. `known` is the entry
/// each conviction's statute resolves to, when the caller already has it (the statutes are
/// the assessed case's); `None` resolves them.
pub(crate) fn hypothetical<'c>(
    case: &'c Case,
    catalog: &'c dyn Offenses,
    known: Option<&[Option<&'c crate::engine::offense::Offense>]>,
) -> Result<questions::Conclusions, InputError> {
    grade(case, catalog, known, false).map(|g| conclusions_of(&grounds::Record::new(&g.resolved), &g.person))
}

/// A case graded: each conviction resolved and graded, and the person's removability,
/// detention and relief with their findings. An [`Assessment`] is made from it.
struct Graded<'c> {
    resolved: Vec<Resolved<'c>>,
    person: Person,
}

/// The person's removability, detention and relief, from their convictions graded.
struct Person {
    deportable: Reach,
    inadmissible: Reach,
    mandatory_detention: Grade,
    /// In [`Relief::ALL`] order.
    relief: Vec<ReliefGrade>,
    /// Removability's, then detention's, then relief's (none for a hypothetical).
    findings: Vec<outcome::Finding>,
}

/// Grades `case`; `known`, if given, is the entry each conviction's statute resolves to;
/// `findings`: whether the person-level findings are written out ([`Ctx::findings`]).
fn grade<'c>(
    case: &'c Case,
    catalog: &'c dyn Offenses,
    known: Option<&[Option<&'c crate::engine::offense::Offense>]>,
    findings: bool,
) -> Result<Graded<'c>, InputError> {
    let ctx = Ctx { case, params: catalog.params(), findings };
    let mut resolved: Vec<Resolved<'_>> = Vec::with_capacity(case.convictions.len());
    for (i, c) in case.convictions.iter().enumerate() {
        let offense = match known.and_then(|k| k.get(i)) {
            Some(known) => *known,
            None => catalog
                .find(&c.statute, case.jurisdiction)
                .map_err(|message| InputError { field: format!("convictions[{i}].statute"), message })?,
        };
        resolved.push(grounds::resolve(&ctx, i, c, offense, variant(i, c, offense)?));
    }
    let person = grade_person(&ctx, &grounds::Record::new(&resolved));
    Ok(Graded { resolved, person })
}

/// The variant of `offense` conviction `i` (`c`) names, if it names one the offense has.
fn variant<'c>(
    i: usize,
    c: &Conviction,
    offense: Option<&'c crate::engine::offense::Offense>,
) -> Result<Option<&'c crate::engine::offense::Variant>, InputError> {
    match (&c.variant, offense) {
        (None, _) => Ok(None),
        (Some(v), None) => Err(InputError {
            field: format!("convictions[{i}].variant"),
            message: format!(
                "\"{v}\" cannot be checked: {} is not in the catalog; leave variant null",
                c.statute
            ),
        }),
        (Some(v), Some(o)) => match o.variant(v) {
            Some(found) => Ok(Some(found)),
            None => {
                let ids: Vec<&str> = o.variants.iter().map(|x| x.id.as_str()).collect();
                let known = if ids.is_empty() {
                    "it has none".to_string()
                } else {
                    format!("one of {}", ids.join(", "))
                };
                Err(InputError {
                    field: format!("convictions[{i}].variant"),
                    message: format!("\"{v}\" is not a variant of {} ({known})", o.id),
                })
            }
        },
    }
}

/// The person's removability, detention and relief, from their convictions graded.
fn grade_person(ctx: &Ctx<'_>, record: &grounds::Record<'_, '_>) -> Person {
    let removal = removability::assess(ctx, record);
    let (mandatory_detention, detention_findings) = detention::assess(ctx, record, removal.inadmissible);
    let (relief, relief_findings) = relief::assess(ctx, record);
    let mut findings = removal.findings;
    findings.extend(detention_findings);
    findings.extend(relief_findings);
    Person {
        deportable: removal.deportable,
        inadmissible: removal.inadmissible,
        mandatory_detention,
        relief,
        findings,
    }
}

/// A case graded once for hypotheticals ([`Ctx::findings`] off), so that a hypothetical
/// which changes one conviction grades only that one again ([`Regrade::with`]): questions
/// ask about one conviction at a time, and a case of thirty would otherwise be graded
/// whole for every answer of every question (the work growing with the square of the
/// convictions).
pub(crate) struct Regrade<'c> {
    case: &'c Case,
    catalog: &'c dyn Offenses,
    resolved: Vec<Resolved<'c>>,
}

impl<'c> Regrade<'c> {
    /// `case` graded, each conviction's statute resolved to `known[i]`.
    pub(crate) fn new(
        case: &'c Case,
        catalog: &'c dyn Offenses,
        known: &[Option<&'c crate::engine::offense::Offense>],
    ) -> Result<Regrade<'c>, InputError> {
        let graded = grade(case, catalog, Some(known), false)?;
        Ok(Regrade { case, catalog, resolved: graded.resolved })
    }

    /// The conclusions of the case with conviction `i` replaced by `changed`. Another conviction's grades read nothing of this one but its date of
    /// conviction (a first drug offense, [`grounds::controlled_substance`]), so while that
    /// date stays, only conviction `i` is graded again and the person's removability,
    /// detention and relief read from the others' grades as they were; a change of that
    /// date (or of the statute) grades the whole case again. The property test in `questions` holds the two
    /// ways to the same answers.
    pub(crate) fn with(&self, i: usize, changed: Conviction) -> Result<questions::Conclusions, InputError> {
        let mut case = self.case.clone();
        let Some(slot) = case.convictions.get_mut(i) else {
            return Err(InputError {
                field: format!("convictions[{i}]"),
                message: "no such conviction".into(),
            });
        };
        if slot.statute != changed.statute {
            *slot = changed;
            return hypothetical(&case, self.catalog, None);
        }
        let dated = slot.convicted_on == changed.convicted_on;
        *slot = changed;
        let offense = self.resolved.get(i).and_then(|r| r.offense);
        if !dated || self.resolved.len() != case.convictions.len() {
            let known: Vec<_> = self.resolved.iter().map(|r| r.offense).collect();
            return hypothetical(&case, self.catalog, Some(&known));
        }
        let ctx = Ctx { case: &case, params: self.catalog.params(), findings: false };
        let c = &case.convictions[i];
        let again = grounds::resolve(&ctx, i, c, offense, variant(i, c, offense)?);
        let record = grounds::Record::replacing(&self.resolved, &again);
        Ok(conclusions_of(&record, &grade_person(&ctx, &record)))
    }
}

/// The conclusions of a hypothetical graded: what questions and alternatives compare.
fn conclusions_of(record: &grounds::Record<'_, '_>, p: &Person) -> questions::Conclusions {
    questions::flatten(
        record.len(),
        |i, ground| record.get(i).map_or(Grade::No, |r| r.ground(ground).track.worst()),
        p.deportable,
        p.inadmissible,
        p.mandatory_detention,
        &p.relief,
    )
}

fn conviction_out(r: &Resolved<'_>) -> ConvictionOut {
    let findings = Ground::ALL
        .iter()
        .map(|g| {
            let gr = r.ground(*g);
            outcome::Finding {
                subject: outcome::Subject::Ground(*g),
                verdict: outcome::Verdict::Grade(gr.track.worst()),
                basis: gr.basis,
                explanation: gr.explanation.clone(),
                citations: distinct(&gr.citations),
                conviction: Some(r.index),
            }
            .with_authority()
        })
        .collect();
    ConvictionOut {
        statute: r.conviction.statute.clone(),
        offense_id: r.offense.map(|o| o.id.clone()),
        offense_name: r.offense.map(|o| o.title.en.to_string()),
        is_conviction: r.status.grade,
        grounds: Ground::ALL.iter().map(|g| r.ground(*g).track.worst()).collect(),
        findings,
        alternatives: Vec::new(),
        record_advice: r.offense.and_then(|o| o.record_advice.clone()),
        post_conviction: r.offense.and_then(|o| o.post_conviction.clone()),
        safer_variant: r.offense.and_then(|o| o.safer_variant.clone()),
        suggestions: Vec::new(),
    }
}

/// `citations` as text in order, each once: a route and the catalog may both cite the same
/// section.
fn distinct(citations: &[citation::Cite]) -> Vec<String> {
    let mut out: Vec<String> = Vec::with_capacity(citations.len());
    for c in citations {
        let c = c.text();
        if !out.contains(&c) {
            out.push(c);
        }
    }
    out
}

/// What the answer depends on, and what the person should know beyond the grades.
fn warnings(
    ctx: &Ctx<'_>,
    rs: &[Resolved<'_>],
    deportable: Reach,
    inadmissible: Reach,
    relief: &[ReliefGrade],
) -> Vec<Explanation> {
    let mut out = Vec::new();
    let person = &ctx.case.person;
    match person.status {
        Status::Unknown => out.push(Explanation::new(ReasonKey::WarnStatusUnknown)),
        Status::Daca | Status::Tps if person.admitted_on.is_none() => {
            out.push(Explanation::new(ReasonKey::WarnEntryUnknown))
        }
        _ => {}
    }
    for r in rs {
        let Some(o) = r.offense else {
            out.push(
                Explanation::new(ReasonKey::WarnUnknownOffense).with("statute", r.conviction.statute.clone()),
            );
            continue;
        };
        let name = r.name();
        if o.class == OffenseClass::Wobbler && r.conviction.level.is_none() {
            out.push(Explanation::new(ReasonKey::WarnLevelUnknown).with("offense", name.clone()));
        }
        let af = o.analysis(Ground::AggravatedFelony, r.variant);
        if af.trigger == Trigger::Sentence && af.home.max(af.worst) > Grade::No && r.counts() {
            match r.conviction.sentence_days {
                None => {
                    out.push(Explanation::new(ReasonKey::WarnSentenceUnknown).with("offense", name.clone()))
                }
                // Only where the maximum allows a year: a six-month misdemeanor cannot cross it.
                Some(d)
                    if u64::from(d) < ctx.params.num(Param::AfTermDays)
                        && r.max_days.is_none_or(|m| u64::from(m) >= ctx.params.num(Param::AfTermDays)) =>
                {
                    out.push(
                        Explanation::new(ReasonKey::WarnProbationViolation).with("offense", name.clone()),
                    )
                }
                _ => {}
            }
        }
        let loss_route = std::iter::once(af)
            .chain(o.more_af(r.variant))
            .any(|a| a.trigger == Trigger::Loss && a.home.max(a.worst) > Grade::No);
        if loss_route && r.conviction.loss.is_none() && r.counts() {
            out.push(Explanation::new(ReasonKey::WarnLossUnknown).with("offense", name.clone()));
        }
        if r.variant.is_none() && !o.variants.is_empty() {
            let labels = crate::lang::Prose::join(o.variants.iter().map(|v| &v.label), "; ");
            out.push(
                Explanation::new(ReasonKey::WarnRecordSilent)
                    .with("offense", name.clone())
                    .with("variants", &labels),
            );
        }
        if o.family == Family::Domestic && r.counts() {
            out.push(Explanation::new(ReasonKey::WarnStayAway).with("offense", name.clone()));
        }
        if o.has(Trait::Dui) && r.counts() {
            out.push(Explanation::new(ReasonKey::WarnAlcoholHealth).with("offense", name.clone()));
        }
        let minor = r.conviction.has_fact(case::Fact::MinorVictim)
            || r.ground(Ground::ChildAbuse).track.worst() > Grade::No;
        if o.has(Trait::SexOffense) && minor && r.counts() {
            out.push(Explanation::new(ReasonKey::WarnAdamWalsh).with("offense", name.clone()));
        }
        if o.confidence == Confidence::Low {
            out.push(Explanation::new(ReasonKey::WarnLowConfidence).with("offense", name.clone()));
        }
        let lujan = ctx.params.date(Param::LujanLastDate);
        if ctx.case.jurisdiction == Jurisdiction::Ca
            && r.conviction.disposition == Disposition::ExpungedRehabilitative
            && o.has(Trait::DrugPossession)
            && r.conviction.convicted_on.is_some_and(|d| d <= lujan)
        {
            out.push(Explanation::new(ReasonKey::WarnLujan).with("offense", name.clone()));
        }
        let il_2009 = case::Jurisdiction::Il == ctx.case.jurisdiction
            && r.max_days.is_some_and(|d| d < 365)
            && r.conviction
                .convicted_on
                .is_some_and(|d| d < date::Date::from_ymd(2009, 7, 1).unwrap_or(date::Date::EPOCH));
        if il_2009 {
            out.push(Explanation::new(ReasonKey::WarnIllinoisPre2009).with("offense", name.clone()));
        }
    }
    let lpr = matches!(person.status, Status::Lpr | Status::ConditionalLpr);
    if lpr && inadmissible != Reach::No {
        out.push(Explanation::new(ReasonKey::WarnTravel));
    }
    let naturalization = relief[Relief::Naturalization as usize];
    if lpr && deportable != Reach::No && naturalization != ReliefGrade::NotApplicable {
        out.push(Explanation::new(ReasonKey::WarnNaturalizationCounsel));
    }
    if relief[Relief::LprCancellation as usize] == ReliefGrade::Barred && person.admitted_on.is_some() {
        out.push(Explanation::new(ReasonKey::WarnEarlierAdmission));
    }
    let before_212c = ctx.params.date(Param::Former212cBefore);
    if lpr && rs.iter().any(|r| r.counts() && r.conviction.convicted_on.is_some_and(|d| d < before_212c)) {
        out.push(Explanation::new(ReasonKey::WarnFormer212c));
    }
    if matches!(person.status, Status::Undocumented) {
        out.push(Explanation::new(ReasonKey::WarnEwiNoBond));
    }
    if rs.iter().any(|r| r.counts()) {
        out.push(Explanation::new(ReasonKey::WarnDiscretion));
        if relief[Relief::VoluntaryDeparture as usize] == ReliefGrade::NotBarred {
            out.push(Explanation::new(ReasonKey::WarnPostConclusionDeparture));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::case::{Cents, Fact, Level, Person, Perspective};
    use super::*;
    use crate::catalog::Catalog;
    use crate::engine::date::Date;

    /// A small deterministic source of variety (no dependency, the same cases every run).
    struct Draw(u64);

    impl Draw {
        fn below(&mut self, n: usize) -> usize {
            self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            ((self.0 >> 33) as usize) % n.max(1)
        }
        fn pick<'a, T>(&mut self, list: &'a [T]) -> &'a T {
            &list[self.below(list.len())]
        }
        fn date(&mut self, from: i32, years: usize) -> Option<Date> {
            Date::from_ymd(
                from + self.below(years) as i32,
                1 + self.below(12) as u32,
                1 + self.below(28) as u32,
            )
        }
        fn maybe<T>(&mut self, f: impl FnOnce(&mut Draw) -> T) -> Option<T> {
            (self.below(3) > 0).then(|| f(self))
        }
    }

    const STATUSES: [Status; 10] = [
        Status::Lpr,
        Status::ConditionalLpr,
        Status::Refugee,
        Status::Asylee,
        Status::Nonimmigrant,
        Status::Parolee,
        Status::Undocumented,
        Status::Daca,
        Status::Tps,
        Status::Unknown,
    ];
    const DISPOSITIONS: [Disposition; 6] = [
        Disposition::PleaOrVerdict,
        Disposition::PleaOrVerdict,
        Disposition::PretrialDiversionNoPlea,
        Disposition::DeferredEntryWithPlea,
        Disposition::JuvenileAdjudication,
        Disposition::ExpungedRehabilitative,
    ];
    const FACTS: [Fact; 5] = [
        Fact::ProtectedRelationship,
        Fact::MinorVictim,
        Fact::Marijuana30gOrLess,
        Fact::FirearmUsed,
        Fact::SingleSchemeWithOtherConviction,
    ];
    const DAYS: [u32; 9] = [0, 30, 90, 180, 181, 364, 365, 1825, 3650];

    fn case(draw: &mut Draw, catalog: &Catalog) -> Case {
        let jurisdiction = *draw.pick(&[Jurisdiction::Ca, Jurisdiction::Ca, Jurisdiction::Il]);
        let offenses: Vec<&crate::engine::offense::Offense> = catalog.of(jurisdiction).collect();
        let convictions = (0..2 + draw.below(5))
            .map(|_| {
                let o = *draw.pick(&offenses);
                let committed = draw.date(1990, 35);
                let sentence = draw.maybe(|d| *d.pick(&DAYS));
                let variant = match o.variants.is_empty() || draw.below(2) == 0 {
                    true => None,
                    false => Some(draw.pick(&o.variants).id.clone()),
                };
                Conviction {
                    statute: o.citation.clone(),
                    variant,
                    committed_on: committed,
                    convicted_on: committed.and_then(|d| d.add_days(30 + draw.below(700) as u32)),
                    level: draw.maybe(|d| *d.pick(&[Level::Felony, Level::Misdemeanor])),
                    sentence_days: sentence,
                    suspended_days: None,
                    custody_days: draw.maybe(|d| *d.pick(&DAYS)),
                    disposition: *draw.pick(&DISPOSITIONS),
                    loss: draw.maybe(|d| Cents(*d.pick(&[50_000, 1_000_000, 1_000_001]))),
                    facts: FACTS.iter().copied().filter(|_| draw.below(5) == 0).collect(),
                }
            })
            .collect();
        Case {
            as_of: Date::from_ymd(2026, 12, 1).unwrap_or(Date::EPOCH),
            perspective: *draw.pick(&[Perspective::PleaPlanning, Perspective::RemovalDefense]),
            jurisdiction,
            person: Person {
                status: *draw.pick(&STATUSES),
                admitted_on: draw.maybe(|d| d.date(1985, 40)).flatten(),
                lpr_since: draw.maybe(|d| d.date(1985, 40)).flatten(),
                born_on: draw.maybe(|d| d.date(1960, 48)).flatten(),
            },
            convictions,
        }
    }

    /// The changes a question or Compare makes to one conviction, and two it never makes
    /// (its date of conviction, its statute), which must grade the whole case again.
    fn changes(c: &Conviction, o: Option<&crate::engine::offense::Offense>) -> Vec<Conviction> {
        let with = |f: &dyn Fn(&mut Conviction)| {
            let mut changed = c.clone();
            f(&mut changed);
            changed
        };
        let mut out: Vec<Conviction> = o
            .into_iter()
            .flat_map(|o| &o.variants)
            .map(|v| with(&|x| x.variant = Some(v.id.clone())))
            .collect();
        out.extend(FACTS.iter().map(|f| with(&|x| x.facts.push(*f))));
        out.extend([Level::Felony, Level::Misdemeanor].map(|l| with(&|x| x.level = Some(l))));
        out.extend(DAYS.iter().map(|d| with(&|x| x.sentence_days = Some(*d))));
        out.extend(DAYS.iter().map(|d| with(&|x| x.custody_days = Some(*d))));
        out.extend([1_000_000, 1_000_100].map(|usd| with(&|x| x.loss = Some(Cents(usd)))));
        out.push(with(&|x| x.convicted_on = Date::from_ymd(1989, 1, 1)));
        out.push(with(&|x| x.statute = "PC 459".into()));
        out
    }

    #[test]
    fn a_case_with_one_conviction_changed_regrades_to_what_the_whole_case_regraded_gives() {
        let catalog = Catalog::embedded().expect("catalog");
        let mut draw = Draw(20261203);
        let mut compared = 0;
        // Where one conviction's date changes another's grade: in removal defense in the
        // Ninth Circuit, a first expunged possession before July 2011 (Lujan-Armendariz) is
        // first only while no other conviction is earlier.
        let possession = |on: Option<Date>| Conviction {
            disposition: Disposition::ExpungedRehabilitative,
            committed_on: on,
            convicted_on: on.and_then(|d| d.add_days(10)),
            ..Conviction::plea("HS 11350")
        };
        let lujan = Case {
            as_of: Date::from_ymd(2026, 12, 1).unwrap_or(Date::EPOCH),
            perspective: Perspective::RemovalDefense,
            jurisdiction: Jurisdiction::Ca,
            person: Person {
                status: Status::Lpr,
                admitted_on: Date::from_ymd(1980, 1, 1),
                lpr_since: None,
                born_on: None,
            },
            convictions: vec![possession(Date::from_ymd(2009, 3, 1)), possession(Date::from_ymd(2010, 3, 1))],
        };
        let drawn: Vec<Case> = (0..150).map(|_| case(&mut draw, catalog)).collect();
        for case in std::iter::once(lujan).chain(drawn) {
            let known: Vec<_> = case
                .convictions
                .iter()
                .map(|c| catalog.find(&c.statute, case.jurisdiction).ok().flatten())
                .collect();
            let Ok(regrade) = Regrade::new(&case, catalog, &known) else { continue };
            for (i, c) in case.convictions.iter().enumerate() {
                for changed in changes(c, known[i]) {
                    let mut whole = case.clone();
                    whole.convictions[i] = changed.clone();
                    assert_eq!(
                        regrade.with(i, changed.clone()),
                        hypothetical(&whole, catalog, None),
                        "conviction {i} changed to {changed:?} in {case:?}"
                    );
                    compared += 1;
                }
            }
        }
        assert!(compared > 5_000, "only {compared} changes compared");
    }

    #[test]
    fn the_record_counts_across_convictions_as_a_pass_over_every_pair_would() {
        let catalog = Catalog::embedded().expect("catalog");
        let mut draw = Draw(7);
        for _ in 0..400 {
            let case = case(&mut draw, catalog);
            let Ok(graded) = grade(&case, catalog, None, false) else { continue };
            let ctx = Ctx { case: &case, params: catalog.params(), findings: false };
            let record = grounds::Record::new(&graded.resolved);
            let rs = &graded.resolved;
            // INA 237(a)(2)(A)(ii), pair by pair: the first pair of the worst grade.
            let mut pairwise = (Grade::No, None);
            for (i, a) in rs.iter().enumerate() {
                for b in rs.iter().skip(i + 1) {
                    let after = |r: &Resolved<'_>| match (case.person.admitted_on, r.conviction.convicted_on)
                    {
                        (Some(adm), Some(conv)) if conv < adm => Grade::Possible,
                        _ => Grade::Yes,
                    };
                    let scheme =
                        [a, b].iter().any(|r| r.conviction.has_fact(Fact::SingleSchemeWithOtherConviction));
                    let both = a.ground(Ground::Cimt).track.dhs.min(b.ground(Ground::Cimt).track.dhs);
                    let mut g = both.min(after(a)).min(after(b));
                    if scheme {
                        g = g.min(Grade::Possible);
                    }
                    if g > pairwise.0 {
                        pairwise = (g, Some((a.index, b.index)));
                    }
                }
            }
            assert_eq!(removability::two_cimts(&ctx, &record), pairwise, "{case:?}");
            for r in rs {
                let others = rs
                    .iter()
                    .filter(|x| x.index != r.index)
                    .map(|x| removability::conduct_grade(x, Ground::Cimt))
                    .max()
                    .unwrap_or(Grade::No);
                assert_eq!(record.other_cimts(r), others, "{case:?}");
                // The stop-time rule's other CIMT conduct, and when it was committed.
                let conduct: Vec<Option<Date>> = rs
                    .iter()
                    .filter(|x| x.index != r.index && x.conduct[Ground::Cimt as usize].applicant > Grade::No)
                    .map(|x| x.conviction.committed_on)
                    .collect();
                let expected = match (conduct.is_empty(), conduct.iter().flatten().min()) {
                    (true, _) => grounds::OtherCimt::None,
                    (false, None) => grounds::OtherCimt::Undated,
                    (false, Some(d)) => grounds::OtherCimt::Earliest(*d),
                };
                assert_eq!(record.other_cimt_conduct(r), expected, "{case:?}");
            }
            assert_eq!(record.counting, rs.iter().filter(|r| r.counts()).count());
        }
    }
}
