//! # DACA criminal guidelines: 8 C.F.R. 236.22(b)(6) (87 Fed. Reg. 53152 (2022))
//!
//! A requestor must not have been convicted of a **felony** (an offense punishable by more
//! than one year), a **significant misdemeanor** (a listed type: domestic violence, sexual
//! abuse or exploitation, burglary, unlawful possession or use of a firearm, drug
//! distribution or trafficking, DUI; or any misdemeanor with more than 90 days of custody
//! ordered, suspended time excluded), or **three or more other misdemeanors** on different
//! dates. Minor traffic offenses are not counted. DACA reads the conduct, not the categorical
//! elements. Juvenile adjudications and expunged convictions are not automatic bars but weigh
//! in discretion (reference §12.11).

use super::Bar;
use crate::engine::case::{Disposition, Fact};
use crate::engine::citation::Citation;
use crate::engine::conviction::{is_felony, unsuspended_days};
use crate::engine::grounds::{Ctx, Record, Resolved};
use crate::engine::offense::{Offense, Trait};
use crate::engine::outcome::{Grade, Ground, ReliefGrade};
use crate::engine::params::Param;
use crate::engine::reason::ReasonKey;
use crate::lang::Lang;

const BASIS: Citation = Citation::Other("8 C.F.R. 236.22(b)(6)");

crate::messages! {
    /// The significant-misdemeanor categories of the DACA guidelines.
    pub enum Category {
        DomesticViolence { en: "domestic violence", es: "violencia doméstica" },
        SexualAbuse { en: "sexual abuse or exploitation", es: "abuso o explotación sexual" },
        Burglary { en: "burglary", es: "allanamiento con fines delictivos (burglary)" },
        Firearm { en: "unlawful possession or use of a firearm", es: "posesión o uso ilegal de un arma de fuego" },
        Drugs { en: "drug distribution or trafficking", es: "distribución o tráfico de drogas" },
        Dui { en: "driving under the influence", es: "manejar bajo los efectos del alcohol o de drogas (DUI)" },
        Listed { en: "one of the listed types", es: "uno de los tipos de la lista" },
    }
}

impl Category {
    /// The category's name in each language, as a parameter of a reason.
    fn prose(self) -> crate::lang::Prose {
        crate::lang::Prose::new(self.text(Lang::En), self.text(Lang::Es))
    }
}

/// Addendum 2026-12 §D.1 item 5: the significant-misdemeanor category a conviction falls in,
/// and how sure: derived from the engine's own findings, the offense's conduct traits and
/// the facts of the case, never from a per-offense flag. `Yes` bars; `Possible` puts DACA at
/// risk (the relationship, the weapon or the conduct not known).
fn significant(r: &Resolved<'_>, o: &Offense) -> Option<(Grade, Category)> {
    let has = |t: Trait| o.has_in(t, r.variant);
    let found = |g: Ground| r.ground(g).track.applicant;
    // a. Domestic violence: violent, threatening, restraining or harassing conduct (or a DV or
    // protection-order finding) against a person in a protected relationship.
    let dv_finding = found(Ground::DomesticViolence).max(found(Ground::ProtectionOrderViolation));
    let dv_conduct =
        has(Trait::Violent) || has(Trait::Threat) || has(Trait::Restraint) || has(Trait::Harassment);
    let relationship = o.analysis(Ground::DomesticViolence, r.variant).relationship_element
        || r.conviction.has_fact(Fact::ProtectedRelationship);
    let dv = match (dv_finding, dv_conduct || dv_finding > Grade::No, relationship) {
        (Grade::Yes | Grade::Likely, _, _) => Grade::Yes,
        (_, true, true) => Grade::Yes,
        (_, true, false) => Grade::Possible,
        _ => Grade::No,
    };
    // b. Sexual abuse or exploitation; lewd conduct or exposure alone is a risk.
    let sexual = if has(Trait::SexualAbuse) {
        Grade::Yes
    } else if has(Trait::SexOffense) || has(Trait::Lewdness) {
        Grade::Possible
    } else {
        Grade::No
    };
    let burglary = if has(Trait::Burglary) {
        Grade::Yes
    } else if has(Trait::BurglaryRelated) {
        Grade::Possible
    } else {
        Grade::No
    };
    // d. Judged by conduct: an antique-firearm argument does not help.
    let firearm = if has(Trait::FirearmConduct)
        || found(Ground::Firearm) >= Grade::Likely
        || r.conviction.has_fact(Fact::FirearmUsed)
    {
        Grade::Yes
    } else if has(Trait::Weapon) || found(Ground::Firearm) > Grade::No {
        Grade::Possible
    } else {
        Grade::No
    };
    let drugs = if has(Trait::DrugSale) { Grade::Yes } else { Grade::No };
    let dui = if has(Trait::Dui) {
        Grade::Yes
    } else if has(Trait::WetReckless) {
        Grade::Possible
    } else {
        Grade::No
    };
    // An attempt or conspiracy whose target is not named may be any of them.
    let inchoate = if has(Trait::Inchoate) { Grade::Possible } else { Grade::No };
    [
        (dv, Category::DomesticViolence),
        (sexual, Category::SexualAbuse),
        (burglary, Category::Burglary),
        (firearm, Category::Firearm),
        (drugs, Category::Drugs),
        (dui, Category::Dui),
        (inchoate, Category::Listed),
    ]
    .into_iter()
    .filter(|(g, _)| *g > Grade::No)
    .max_by_key(|(g, _)| *g)
}

/// Bars to DACA.
pub fn assess(ctx: &Ctx<'_>, rs: &Record<'_, '_>) -> Vec<Bar> {
    let mut bars = Vec::new();
    let mut counted: Vec<(&Resolved<'_>, bool)> = Vec::new(); // (conviction, certainly counted)
    let custody_limit = ctx.params.num(Param::DacaCustodyDays);
    for r in rs {
        match r.conviction.disposition {
            Disposition::PretrialDiversionNoPlea => continue,
            Disposition::JuvenileAdjudication | Disposition::ExpungedRehabilitative => {
                bars.push(Bar::new(ReliefGrade::AtRisk, BASIS, ReasonKey::ReliefDacaDiscretion, Some(r)));
                continue;
            }
            _ => {}
        }
        if !r.counts() {
            continue;
        }
        let cap = |g: Grade| g.min(r.status.grade);
        let Some(offense) = r.offense else {
            bars.push(Bar::new(ReliefGrade::AtRisk, BASIS, ReasonKey::ReliefDacaUnknownOffense, Some(r)));
            continue;
        };
        // Minor traffic offenses are not counted at all (DACA FAQ), whatever the sentence;
        // nor is a crime punishable by five days or less.
        let minor_traffic =
            offense.has_in(Trait::MinorTraffic, r.variant) && is_felony(offense, r.conviction) == Some(false);
        if minor_traffic
            || r.max_days.is_some_and(|d| u64::from(d) <= ctx.params.num(Param::MinorOffenseMaxDays))
        {
            continue;
        }
        match is_felony(offense, r.conviction) {
            Some(true) => {
                bars.push(Bar::graded(cap(Grade::Yes), BASIS, ReasonKey::ReliefDacaFelony, Some(r)));
                continue;
            }
            None => {
                bars.push(Bar::new(ReliefGrade::AtRisk, BASIS, ReasonKey::ReliefDacaLevelUnknown, Some(r)))
            }
            Some(false) => {}
        }
        match significant(r, offense) {
            Some((Grade::Yes | Grade::Likely, category)) => {
                bars.push(
                    Bar::graded(cap(Grade::Yes), BASIS, ReasonKey::ReliefDacaSignificant, Some(r))
                        .with("category", &category.prose()),
                );
                continue;
            }
            Some((_, category)) => bars.push(
                Bar::new(ReliefGrade::AtRisk, BASIS, ReasonKey::ReliefDacaSignificantRisk, Some(r))
                    .with("category", &category.prose()),
            ),
            None => {}
        }
        match (unsuspended_days(r.conviction), r.conviction.sentence_days) {
            (Some(d), _) if u64::from(d) > custody_limit => {
                bars.push(
                    Bar::graded(cap(Grade::Yes), BASIS, ReasonKey::ReliefDacaCustody, Some(r))
                        .with("days", d),
                );
                continue;
            }
            (None, Some(s)) if u64::from(s) > custody_limit => {
                bars.push(Bar::new(
                    ReliefGrade::AtRisk,
                    BASIS,
                    ReasonKey::ReliefDacaSuspendedUnknown,
                    Some(r),
                ));
            }
            (None, None) => {
                bars.push(Bar::new(ReliefGrade::AtRisk, BASIS, ReasonKey::ReliefDacaSentenceUnknown, Some(r)))
            }
            _ => {}
        }
        // Driving on a suspended license may be a minor traffic offense: counted, as a risk.
        match offense.has_in(Trait::MaybeMinorTraffic, r.variant) {
            true => counted.push((r, false)),
            false => counted.push((r, r.status.grade == Grade::Yes)),
        }
    }
    // Three or more misdemeanors not on the same date.
    let mut dates: Vec<Option<crate::engine::date::Date>> = Vec::new();
    let mut sure = 0;
    for (r, certain) in &counted {
        let d = r.conviction.committed_on;
        let same_day = d.is_some() && dates.contains(&d);
        if !same_day {
            dates.push(d);
            if *certain {
                sure += 1;
            }
        }
    }
    if dates.len() >= 3 {
        let g = if sure >= 3 { Grade::Yes } else { Grade::Possible };
        bars.push(
            Bar::graded(g, BASIS, ReasonKey::ReliefDacaThreeMisdemeanors, None).with("count", dates.len()),
        );
    }
    bars
}
