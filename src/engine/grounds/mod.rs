//! The conviction-based grounds, one file each, graded per conviction from the catalog's
//! analysis of the offense and the facts of the case.
//!
//! Common to all: the categorical analysis comes from the catalog (home circuit and worst
//! case); plea planning takes the worse, removal defense the home answer (reference §0.2,
//! §14.2 rule 2). A divisible statute with a silent record is graded on two tracks
//! (reference §3, §4.6; addendum 2026-12 §E.1): deportability `possible` in plea planning and
//! the least prong in removal defense (DHS must prove it), admission and relief by the worst
//! prong (Pereida: the applicant's burden). A disposition that is not a conviction carries no ground; one whose
//! status is unsettled caps every ground at `possible`. An offense not in the catalog is
//! `possible` on every ground: `no` is a promise the engine makes only from reviewed data.

pub mod aggravated_felony;
pub mod child_abuse;
pub mod cimt;
pub mod controlled_substance;
pub mod domestic_violence;
pub mod firearm;
pub mod other;
pub mod protection_order;
pub mod stalking;

use super::case::{Case, Conviction, Perspective};
use super::citation::{Citation, Cite};
use super::conviction::{is_conviction, max_possible_days, ConvictionStatus};
use super::date::Date;
use super::outcome::{Explanation, Grade, Ground, Track};
use super::params::Params;
use super::reason::ReasonKey;
use crate::engine::offense::{Analysis, Offense, Variant};

/// What the rules need to know about the whole case.
pub struct Ctx<'a> {
    pub case: &'a Case,
    pub params: &'a Params,
    /// Whether the person-level findings (removability, detention, relief) and the grounds'
    /// reasons are written out: an assessment shows them; a hypothetical (a possible answer
    /// or plea) is compared by its conclusions only, and no grade ever reads a finding or a
    /// reason.
    pub findings: bool,
}

impl Ctx<'_> {
    pub fn perspective(&self) -> Perspective {
        self.case.perspective
    }
}

/// One conviction, resolved against the catalog.
pub struct Resolved<'a> {
    pub index: usize,
    pub conviction: &'a Conviction,
    pub offense: Option<&'a Offense>,
    pub variant: Option<&'a Variant>,
    pub status: ConvictionStatus,
    /// The maximum possible sentence on the date of conviction; `None` when not known.
    pub max_days: Option<u32>,
    /// The offense's name for explanations ([`Resolved::name`]), made once: most reasons
    /// name it.
    name: super::outcome::Arg,
    /// Whether grounds graded from the catalog carry their reasons and citations
    /// ([`Ctx::findings`]): a hypothetical's are never read, only its grades.
    pub reasons: bool,
    /// In [`Ground::ALL`] order.
    pub grounds: Vec<GroundResult>,
    /// The categorical grades before a non-conviction disposition removed them: what an
    /// admission of the same conduct could still support (INA 212(a)(2)(A)).
    pub conduct: Vec<Track>,
}

impl Resolved<'_> {
    pub fn ground(&self, g: Ground) -> &GroundResult {
        &self.grounds[g as usize]
    }

    /// The offense's name for explanations: its title, or the statute as typed.
    pub fn name(&self) -> super::outcome::Arg {
        self.name.clone()
    }

    /// A reason `key` that names this conviction's offense; without the name when reasons are
    /// not kept ([`Resolved::reasons`]), as nobody reads a hypothetical's.
    pub fn reason(&self, key: ReasonKey) -> Explanation {
        match self.reasons {
            true => Explanation::new(key).with("offense", self.name()),
            false => Explanation::new(key),
        }
    }

    /// Whether the disposition counts at all (a `possible` conviction counts, as a risk).
    pub fn counts(&self) -> bool {
        self.status.grade != Grade::No
    }
}

/// The person's convictions, graded, with what rules across them read for each conviction
/// (another CIMT, the only drug conviction, the only crime), counted once: the rules that
/// grade the person (removability, detention, relief) are then linear in the convictions
/// instead of quadratic, which matters because every answer to every question grades the
/// person again. A hypothetical that changes one conviction reads the case's others as
/// they were graded, with its own in place of the one it changes ([`Record::replacing`]).
pub struct Record<'r, 'a> {
    all: &'r [Resolved<'a>],
    /// The conviction read in place of `all[instead.index]`.
    instead: Option<&'r Resolved<'a>>,
    /// How many dispositions count at all ([`Resolved::counts`]).
    pub counting: usize,
    /// How many convictions are drug offenses on either track (for the 30-gram exception).
    pub drugs: usize,
    /// The two worst CIMT grades that a conviction or admission supports, with the index of
    /// the conviction giving each, worst first (for "another CIMT").
    cimts: [(Grade, Option<usize>); 2],
    /// How many convictions rest on CIMT conduct (the applicant track before a disposition
    /// removed it), and the two earliest dates such conduct was committed, with the index
    /// of each, earliest first (for when another CIMT stops the clock).
    cimt_conduct: usize,
    cimt_dates: [Option<(Date, usize)>; 2],
}

/// Another conviction's CIMT conduct, as the stop-time rule reads it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OtherCimt {
    /// No other conviction rests on CIMT conduct.
    None,
    /// Others do, and none says when it was committed.
    Undated,
    /// The earliest date another was committed.
    Earliest(Date),
}

impl<'r, 'a> Record<'r, 'a> {
    pub fn new(all: &'r [Resolved<'a>]) -> Record<'r, 'a> {
        Record::counted(all, None)
    }

    /// `all`, with `instead` read in place of the conviction of its index.
    pub fn replacing(all: &'r [Resolved<'a>], instead: &'r Resolved<'a>) -> Record<'r, 'a> {
        Record::counted(all, Some(instead))
    }

    fn counted(all: &'r [Resolved<'a>], instead: Option<&'r Resolved<'a>>) -> Record<'r, 'a> {
        use super::removability::{conduct_grade, cs_inadmissible};
        let mut record = Record {
            all,
            instead,
            counting: 0,
            drugs: 0,
            cimts: [(Grade::No, None); 2],
            cimt_conduct: 0,
            cimt_dates: [None; 2],
        };
        let (mut counting, mut drugs, mut cimts) = (0, 0, [(Grade::No, None); 2]);
        let (mut cimt_conduct, mut cimt_dates) = (0, [None; 2]);
        for r in record.iter() {
            if r.conduct[Ground::Cimt as usize].applicant > Grade::No {
                cimt_conduct += 1;
                match (r.conviction.committed_on, cimt_dates) {
                    (Some(d), [None, _]) => cimt_dates[0] = Some((d, r.index)),
                    (Some(d), [Some((first, _)), _]) if d < first => {
                        cimt_dates = [Some((d, r.index)), cimt_dates[0]]
                    }
                    (Some(d), [_, None]) => cimt_dates[1] = Some((d, r.index)),
                    (Some(d), [_, Some((second, _))]) if d < second => cimt_dates[1] = Some((d, r.index)),
                    _ => {}
                }
            }
            counting += usize::from(r.counts());
            let drug = cs_inadmissible(r) > Grade::No
                || r.ground(Ground::ControlledSubstance).track.worst() > Grade::No;
            drugs += usize::from(drug);
            let g = conduct_grade(r, Ground::Cimt);
            if g > cimts[0].0 {
                cimts = [(g, Some(r.index)), cimts[0]];
            } else if g > cimts[1].0 {
                cimts[1] = (g, Some(r.index));
            }
        }
        (record.counting, record.drugs, record.cimts) = (counting, drugs, cimts);
        (record.cimt_conduct, record.cimt_dates) = (cimt_conduct, cimt_dates);
        record
    }

    /// The convictions in the order of the case.
    pub fn iter(&self) -> Convictions<'_, 'r, 'a> {
        Convictions { record: self, next: 0 }
    }

    /// Conviction `i`.
    pub fn get(&self, i: usize) -> Option<&'r Resolved<'a>> {
        match self.instead {
            Some(c) if c.index == i => Some(c),
            _ => self.all.get(i),
        }
    }

    pub fn len(&self) -> usize {
        self.all.len()
    }

    pub fn is_empty(&self) -> bool {
        self.all.is_empty()
    }

    /// The CIMT conduct of the convictions but `r` ([`OtherCimt`]).
    pub fn other_cimt_conduct(&self, r: &Resolved<'_>) -> OtherCimt {
        let own = usize::from(r.conduct[Ground::Cimt as usize].applicant > Grade::No);
        if self.cimt_conduct <= own {
            return OtherCimt::None;
        }
        match self.cimt_dates.iter().flatten().find(|(_, i)| *i != r.index) {
            Some((d, _)) => OtherCimt::Earliest(*d),
            None => OtherCimt::Undated,
        }
    }

    /// The worst CIMT grade (conviction or admission) of any conviction but `r`.
    pub fn other_cimts(&self, r: &Resolved<'_>) -> Grade {
        match self.cimts[0] {
            (_, Some(i)) if i == r.index => self.cimts[1].0,
            (g, _) => g,
        }
    }
}

/// The convictions of a [`Record`], in the order of the case.
pub struct Convictions<'x, 'r, 'a> {
    record: &'x Record<'r, 'a>,
    next: usize,
}

impl<'r, 'a> Iterator for Convictions<'_, 'r, 'a> {
    type Item = &'r Resolved<'a>;
    fn next(&mut self) -> Option<&'r Resolved<'a>> {
        let r = self.record.get(self.next)?;
        self.next += 1;
        Some(r)
    }
}

impl<'x, 'r, 'a> IntoIterator for &'x Record<'r, 'a> {
    type Item = &'r Resolved<'a>;
    type IntoIter = Convictions<'x, 'r, 'a>;
    fn into_iter(self) -> Convictions<'x, 'r, 'a> {
        self.iter()
    }
}

/// A ground's grade on both tracks, with its reason.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GroundResult {
    pub track: Track,
    pub basis: Citation,
    pub explanation: Explanation,
    pub citations: Vec<Cite>,
}

/// Resolves and grades one conviction. `offense` is the catalog entry (if any) and
/// `variant` the part of a divisible statute the record proves (if it says).
pub fn resolve<'a>(
    ctx: &Ctx<'_>,
    index: usize,
    conviction: &'a Conviction,
    offense: Option<&'a Offense>,
    variant: Option<&'a Variant>,
) -> Resolved<'a> {
    // An infraction-only offense is an infraction whatever level the user left blank (§2.6).
    let status = match offense {
        Some(o)
            if o.class == crate::engine::offense::OffenseClass::Infraction && conviction.level.is_none() =>
        {
            let as_infraction =
                Conviction { level: Some(super::case::Level::Infraction), ..conviction.clone() };
            is_conviction(&as_infraction, ctx.perspective())
        }
        _ => is_conviction(conviction, ctx.perspective()),
    };
    let max_days = offense.and_then(|o| max_possible_days(o, conviction, ctx.params));
    let name = match offense {
        Some(o) => super::outcome::Arg::offense(o),
        None => super::outcome::Arg::Text(conviction.statute.clone()),
    };
    let mut r = Resolved {
        name,
        reasons: ctx.findings,
        index,
        conviction,
        offense,
        variant,
        status,
        max_days,
        grounds: Vec::new(),
        conduct: Vec::new(),
    };
    let graded: Vec<GroundResult> = Ground::ALL.iter().map(|g| grade_ground(ctx, &r, *g)).collect();
    r.conduct = graded.iter().map(|g| g.track).collect();
    r.grounds = graded.into_iter().map(|g| gate_by_conviction(&r, g)).collect();
    r
}

fn grade_ground(ctx: &Ctx<'_>, r: &Resolved<'_>, ground: Ground) -> GroundResult {
    let basis = basis(ground);
    let Some(offense) = r.offense else {
        return GroundResult {
            track: Track::both(Grade::Possible),
            basis,
            explanation: Explanation::new(ReasonKey::UnknownOffense)
                .with("statute", r.conviction.statute.clone()),
            citations: vec![basis.into()],
        };
    };
    match ground {
        Ground::AggravatedFelony => aggravated_felony::grade(ctx, r, offense),
        Ground::Cimt => cimt::grade(ctx, r, offense),
        Ground::ControlledSubstance => controlled_substance::grade(ctx, r, offense),
        Ground::Firearm => firearm::grade(ctx, r, offense),
        Ground::DomesticViolence => domestic_violence::grade(ctx, r, offense),
        Ground::Stalking => stalking::grade(ctx, r, offense),
        Ground::ChildAbuse => child_abuse::grade(ctx, r, offense),
        Ground::ProtectionOrderViolation => protection_order::grade(ctx, r, offense),
    }
}

/// IIRIRA § 350(b): the grounds of INA 237(a)(2)(E) reach convictions (and, for protection
/// orders, violations) after September 30, 1996.
pub fn before_iirira(ctx: &Ctx<'_>, r: &Resolved<'_>, ground: Ground) -> bool {
    let first = ctx.params.date(super::params::Param::DvFirstDate);
    let convicted_before = r.conviction.convicted_on.is_some_and(|on| on < first);
    let conduct_before =
        ground == Ground::ProtectionOrderViolation && r.conviction.committed_on.is_some_and(|on| on < first);
    convicted_before || conduct_before
}

/// Applies [`before_iirira`] to a graded (E) ground.
pub fn date_limited(
    ctx: &Ctx<'_>,
    r: &Resolved<'_>,
    ground: Ground,
    mut result: GroundResult,
) -> GroundResult {
    if result.track.worst() > Grade::No && before_iirira(ctx, r, ground) {
        result.track = Track::both(Grade::No);
        result.explanation = Explanation::new(ReasonKey::DvBeforeIirira).with("offense", r.name());
        result.citations.push("IIRIRA § 350(b)".into());
    }
    result
}

/// A ground that rests on a conviction follows whether there is one.
fn gate_by_conviction(r: &Resolved<'_>, mut g: GroundResult) -> GroundResult {
    match r.status.grade {
        Grade::No if g.track.worst() != Grade::No => {
            g.track = Track::both(Grade::No);
            g.explanation = Explanation::new(ReasonKey::NotAConviction);
            g.citations = r.status.citations.iter().map(|&c| c.into()).collect();
        }
        Grade::Possible if g.track.worst() > Grade::Possible => {
            g.track = g.track.at_most(Grade::Possible);
            // The ground's own reason follows as a key too, so it renders in the reader's language.
            g.explanation = Explanation::new(ReasonKey::ConvictionUncertain).then(g.explanation);
            g.citations.extend(r.status.citations.iter().map(|&c| Cite::from(c)));
        }
        _ => {}
    }
    g
}

/// The INA section a ground rests on.
pub fn basis(ground: Ground) -> Citation {
    Citation::Ina(match ground {
        Ground::AggravatedFelony => "237(a)(2)(A)(iii)",
        Ground::Cimt => "237(a)(2)(A)(i)",
        Ground::ControlledSubstance => "237(a)(2)(B)(i)",
        Ground::Firearm => "237(a)(2)(C)",
        Ground::DomesticViolence | Ground::Stalking | Ground::ChildAbuse => "237(a)(2)(E)(i)",
        Ground::ProtectionOrderViolation => "237(a)(2)(E)(ii)",
    })
}

/// The grade an analysis gives under the case's perspective.
pub fn pick(a: &Analysis, perspective: Perspective) -> Grade {
    match perspective {
        Perspective::PleaPlanning => a.home.max(a.worst),
        Perspective::RemovalDefense => a.home,
    }
}

/// The categorical grade of `ground` for this offense and record, on both tracks, with the
/// analysis it came from (the worst variant's, for a silent record) and whether the record
/// was silent on a statute divisible on this ground.
pub fn categorical<'o>(
    ctx: &Ctx<'_>,
    offense: &'o Offense,
    variant: Option<&'o Variant>,
    ground: Ground,
) -> (Track, &'o Analysis, bool) {
    let p = ctx.perspective();
    if variant.is_some() || offense.variants.is_empty() {
        let a = offense.analysis(ground, variant);
        return (Track::both(pick(a, p)), a, false);
    }
    // Each variant's analysis and grade, walked as often as needed rather than collected:
    // every ground of every hypothetical plea of a divisible statute comes through here.
    let graded = || {
        offense.variants.iter().map(|v| {
            let a = offense.analysis(ground, Some(v));
            (a, pick(a, p))
        })
    };
    let lo = graded().map(|(_, g)| g).min().unwrap_or(Grade::Possible);
    let hi = graded().map(|(_, g)| g).max().unwrap_or(Grade::Possible);
    let worst = graded().max_by_key(|(_, g)| *g).map(|(a, _)| a).unwrap_or(&offense.grounds[ground as usize]);
    if lo == hi {
        return (Track::both(lo), worst, false);
    }
    // Addendum 2026-12 §C.1 step 5 and §E.1: DHS bears the burden of deportability, so in the
    // home circuit (removal defense) a silent record leaves it unproved; planning a plea must
    // allow for documents DHS may still find and a harsher forum (`possible`). The applicant
    // cannot carry a burden the record leaves open (Pereida v. Wilkinson, 592 U.S. 224
    // (2021)): for admission and relief the statute is graded by its worst prong.
    let dhs = match ctx.perspective() {
        Perspective::RemovalDefense => lo,
        Perspective::PleaPlanning => lo.max(Grade::Possible),
    };
    let track = Track { dhs, applicant: hi };
    (track, worst, true)
}

/// The common result for a ground graded straight from the catalog.
pub fn from_catalog(
    r: &Resolved<'_>,
    ground: Ground,
    track: Track,
    a: &Analysis,
    silent: bool,
) -> GroundResult {
    let basis = basis(ground);
    // An analysis that reaches only felonies: whether this conviction is one.
    let felony = match a.felony_only && track.worst() > Grade::No {
        true => r.offense.and_then(|o| super::conviction::is_felony(o, r.conviction)),
        false => Some(true),
    };
    let (track, key) = match felony {
        Some(false) => (Track::both(Grade::No), ReasonKey::AnalysisFelonyOnly),
        None => (track.at_most(Grade::Possible), ReasonKey::AnalysisLevelUnknown),
        Some(true) => match (track.worst(), silent) {
            (Grade::No, _) => (track, ReasonKey::GroundNoMatch),
            (_, true) => (track, ReasonKey::GroundSilentRecord),
            _ => (track, ReasonKey::GroundFromCatalog),
        },
    };
    if !r.reasons {
        return GroundResult { track, basis, explanation: Explanation::new(key), citations: Vec::new() };
    }
    let mut citations: Vec<Cite> = vec![basis.into()];
    citations.extend(a.citations.iter().map(|c| Cite::Owned(c.clone())));
    if key == ReasonKey::GroundSilentRecord {
        citations.push("Pereida v. Wilkinson, 592 U.S. 224 (2021)".into());
    }
    let explanation = Explanation::new(key).with("offense", r.name());
    let explanation = match key {
        ReasonKey::AnalysisFelonyOnly | ReasonKey::GroundNoMatch => explanation,
        _ => explanation.with("note", &a.note),
    };
    GroundResult { track, basis, explanation, citations }
}
