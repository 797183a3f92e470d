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
use case::{Case, Disposition, Jurisdiction, Status};
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
    let warnings = warnings(&ctx, resolved, graded.deportable, graded.inadmissible, &graded.relief);
    let offenses = resolved.iter().map(|r| r.offense).collect();
    let convictions = resolved.iter().map(conviction_out).collect();
    let findings = graded.findings.into_iter().map(outcome::Finding::with_authority).collect();
    let assessment = Assessment {
        convictions,
        deportable: graded.deportable,
        inadmissible: graded.inadmissible,
        relief: graded.relief,
        mandatory_detention: graded.mandatory_detention,
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
    let g = grade(case, catalog, known, false)?;
    Ok(questions::flatten(
        g.resolved.len(),
        |i, ground| g.resolved.get(i).map_or(Grade::No, |r| r.ground(ground).track.worst()),
        g.deportable,
        g.inadmissible,
        g.mandatory_detention,
        &g.relief,
    ))
}

/// A case graded: each conviction resolved and graded, and the person's removability,
/// detention and relief with their findings. An [`Assessment`] is made from it.
struct Graded<'c> {
    resolved: Vec<Resolved<'c>>,
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
        let variant = match (&c.variant, offense) {
            (None, _) => None,
            (Some(v), None) => {
                return Err(InputError {
                    field: format!("convictions[{i}].variant"),
                    message: format!(
                        "\"{v}\" cannot be checked: {} is not in the catalog; leave variant null",
                        c.statute
                    ),
                })
            }
            (Some(v), Some(o)) => match o.variant(v) {
                Some(found) => Some(found),
                None => {
                    let ids: Vec<&str> = o.variants.iter().map(|x| x.id.as_str()).collect();
                    let known = if ids.is_empty() {
                        "it has none".to_string()
                    } else {
                        format!("one of {}", ids.join(", "))
                    };
                    return Err(InputError {
                        field: format!("convictions[{i}].variant"),
                        message: format!("\"{v}\" is not a variant of {} ({known})", o.id),
                    });
                }
            },
        };
        resolved.push(grounds::resolve(&ctx, i, c, offense, variant));
    }

    let removal = removability::assess(&ctx, &resolved);
    let (mandatory_detention, detention_findings) = detention::assess(&ctx, &resolved, removal.inadmissible);
    let (relief, relief_findings) = relief::assess(&ctx, &resolved);
    let mut findings = removal.findings;
    findings.extend(detention_findings);
    findings.extend(relief_findings);
    Ok(Graded {
        resolved,
        deportable: removal.deportable,
        inadmissible: removal.inadmissible,
        mandatory_detention,
        relief,
        findings,
    })
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
