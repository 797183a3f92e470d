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
use crate::catalog::offense::DacaClass;
use crate::engine::case::Disposition;
use crate::engine::citation::Citation;
use crate::engine::conviction::{is_felony, unsuspended_days};
use crate::engine::grounds::{Ctx, Resolved};
use crate::engine::outcome::{Grade, ReliefGrade};
use crate::engine::params::Param;
use crate::engine::reason::ReasonKey;

const BASIS: Citation = Citation::Other("8 C.F.R. 236.22(b)(6)");

/// Bars to DACA.
pub fn assess(ctx: &Ctx<'_>, rs: &[Resolved<'_>]) -> Vec<Bar> {
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
            offense.daca == DacaClass::MinorTraffic && is_felony(offense, r.conviction) == Some(false);
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
        if offense.daca == DacaClass::Significant {
            bars.push(Bar::graded(cap(Grade::Yes), BASIS, ReasonKey::ReliefDacaSignificant, Some(r)));
            continue;
        }
        match (unsuspended_days(r.conviction), r.conviction.sentence_days) {
            (Some(d), _) if u64::from(d) > custody_limit => {
                bars.push(
                    Bar::graded(cap(Grade::Yes), BASIS, ReasonKey::ReliefDacaCustody, Some(r))
                        .with("days", d.to_string()),
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
        match offense.daca {
            DacaClass::MinorTraffic => {}
            DacaClass::MaybeMinorTraffic => counted.push((r, false)),
            _ => counted.push((r, r.status.grade == Grade::Yes)),
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
            Bar::graded(g, BASIS, ReasonKey::ReliefDacaThreeMisdemeanors, None)
                .with("count", dates.len().to_string()),
        );
    }
    bars
}
