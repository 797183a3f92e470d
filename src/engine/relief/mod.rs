//! Relief and benefits, each with its criminal bars (reference §12), one file each.
//!
//! Each returns `barred` (a bar graded yes or likely), `at_risk` (a bar graded possible, or
//! discretion weighing heavily against), `not_barred` (these convictions do not bar it; the
//! other requirements are not judged) or `not_applicable` (not available to this status).
//! The person bears the burden of showing no bar applies (INA 240(c)(4)(A); Pereida), so the
//! applicant track of every ground is used.

pub mod asylum;
pub mod cancellation;
pub mod daca;
pub mod naturalization;
pub mod tps;
pub mod voluntary_departure;
pub mod waiver_212h;

use super::case::Status;
use super::citation::Citation;
use super::grounds::{Ctx, Record, Resolved};
use super::outcome::{Explanation, Finding, Grade, Relief, ReliefGrade, Subject, Verdict};
use super::reason::ReasonKey;

/// The forms of relief most at stake for a person of `status`, most important first: what a
/// quick answer shows beside removability (reference §12: who may ask for what).
pub fn at_stake(status: Status) -> &'static [Relief] {
    match status {
        Status::Lpr | Status::ConditionalLpr => {
            &[Relief::LprCancellation, Relief::Naturalization, Relief::Waiver212h]
        }
        Status::Refugee | Status::Asylee => &[Relief::Withholding, Relief::Waiver212h, Relief::Asylum],
        Status::Nonimmigrant => &[Relief::NonLprCancellation, Relief::Asylum, Relief::VoluntaryDeparture],
        Status::Parolee | Status::Undocumented => {
            &[Relief::NonLprCancellation, Relief::Asylum, Relief::Withholding, Relief::VoluntaryDeparture]
        }
        Status::Daca => &[Relief::Daca, Relief::NonLprCancellation, Relief::Asylum],
        Status::Tps => &[Relief::Tps, Relief::Asylum, Relief::NonLprCancellation],
        Status::Unknown => Relief::ALL,
    }
}

/// A bar found for a form of relief, with its reason.
pub struct Bar {
    pub grade: ReliefGrade,
    pub basis: Citation,
    pub explanation: Explanation,
    pub citations: Vec<&'static str>,
    pub conviction: Option<usize>,
    /// Whether the reason and citations are kept: not for a bar of a hypothetical's
    /// conviction ([`Resolved::reasons`]), whose grade alone is read.
    reasons: bool,
}

impl Bar {
    /// A bar graded `g` (yes/likely → barred, possible → at risk, no → not barred).
    pub fn graded(g: Grade, basis: Citation, key: ReasonKey, r: Option<&Resolved<'_>>) -> Bar {
        Bar::new(g.as_bar(), basis, key, r)
    }

    pub fn new(grade: ReliefGrade, basis: Citation, key: ReasonKey, r: Option<&Resolved<'_>>) -> Bar {
        let reasons = r.is_none_or(|r| r.reasons);
        let explanation = r.map_or_else(|| Explanation::new(key), |r| r.reason(key));
        Bar { grade, basis, explanation, citations: Vec::new(), conviction: r.map(|r| r.index), reasons }
    }

    /// The bar an aggravated felony conviction puts on a relief, if `r` is one (applicant
    /// track).
    pub fn aggravated_felony(r: &Resolved<'_>, basis: Citation, key: ReasonKey) -> Option<Bar> {
        let af = r.ground(super::outcome::Ground::AggravatedFelony).track.applicant;
        (af > Grade::No).then(|| Bar::graded(af, basis, key, Some(r)))
    }

    pub fn cite(mut self, c: &'static str) -> Bar {
        if self.reasons {
            self.citations.push(c);
        }
        self
    }

    pub fn with(mut self, name: &'static str, value: impl Into<super::outcome::Arg>) -> Bar {
        if self.reasons {
            self.explanation = self.explanation.with(name, value);
        }
        self
    }
}

/// How much a relief grade weighs: barred worst.
fn severity(g: ReliefGrade) -> u8 {
    match g {
        ReliefGrade::NotApplicable => 0,
        ReliefGrade::NotBarred => 1,
        ReliefGrade::AtRisk => 2,
        ReliefGrade::Barred => 3,
    }
}

/// Whether `relief` is open to this status at all. `unknown` status: every form is shown.
pub fn available(relief: Relief, status: Status) -> bool {
    use Status::*;
    match relief {
        Relief::LprCancellation | Relief::Naturalization => matches!(status, Lpr | ConditionalLpr | Unknown),
        Relief::NonLprCancellation => !matches!(status, Lpr | ConditionalLpr),
        Relief::Asylum => status != Asylee,
        Relief::Withholding | Relief::VoluntaryDeparture => true,
        Relief::Daca => matches!(status, Daca | Undocumented | Unknown),
        Relief::Tps => !matches!(status, Lpr | ConditionalLpr | Refugee | Asylee),
        // Refugees and asylees adjust under INA 209 with the 209(c) waiver instead.
        Relief::Waiver212h => !matches!(status, Refugee | Asylee),
    }
}

/// Grades every form of relief; returns the grades in [`Relief::ALL`] order and the findings.
pub fn assess(ctx: &Ctx<'_>, rs: &Record<'_, '_>) -> (Vec<ReliefGrade>, Vec<Finding>) {
    let mut grades = Vec::new();
    let mut findings = Vec::new();
    for relief in Relief::ALL {
        let subject = Subject::Relief(*relief);
        if !available(*relief, ctx.case.person.status) {
            grades.push(ReliefGrade::NotApplicable);
            if !ctx.findings {
                continue;
            }
            let basis = Citation::Ina("101(a)");
            findings.push(Finding {
                subject,
                verdict: Verdict::Relief(ReliefGrade::NotApplicable),
                basis,
                explanation: Explanation::new(ReasonKey::ReliefNotForStatus)
                    .with("status", ctx.case.person.status.code()),
                citations: vec![],
                conviction: None,
            });
            continue;
        }
        let bars = match relief {
            Relief::LprCancellation => cancellation::lpr(ctx, rs),
            Relief::NonLprCancellation => cancellation::non_lpr(ctx, rs),
            Relief::Asylum => asylum::asylum(ctx, rs),
            Relief::Withholding => asylum::withholding(ctx, rs),
            Relief::Naturalization => naturalization::assess(ctx, rs),
            Relief::Daca => daca::assess(ctx, rs),
            Relief::Tps => tps::assess(ctx, rs),
            Relief::Waiver212h => waiver_212h::assess(ctx, rs),
            Relief::VoluntaryDeparture => voluntary_departure::assess(ctx, rs),
        };
        let grade =
            bars.iter().map(|b| b.grade).max_by_key(|g| severity(*g)).unwrap_or(ReliefGrade::NotBarred);
        let grade =
            if severity(grade) < severity(ReliefGrade::NotBarred) { ReliefGrade::NotBarred } else { grade };
        grades.push(grade);
        if !ctx.findings {
            continue;
        }
        let shown: Vec<Bar> = bars.into_iter().filter(|b| b.grade != ReliefGrade::NotBarred).collect();
        if shown.is_empty() {
            let basis = relief_basis(*relief);
            findings.push(Finding {
                subject,
                verdict: Verdict::Relief(ReliefGrade::NotBarred),
                basis,
                explanation: Explanation::new(ReasonKey::ReliefNoBar),
                citations: vec![basis.text()],
                conviction: None,
            });
        }
        for b in shown {
            findings.push(Finding {
                subject,
                verdict: Verdict::Relief(b.grade),
                basis: b.basis,
                explanation: b.explanation,
                citations: std::iter::once(b.basis.text())
                    .chain(b.citations.iter().map(|c| c.to_string()))
                    .collect(),
                conviction: b.conviction,
            });
        }
    }
    (grades, findings)
}

/// The section each form of relief rests on.
pub fn relief_basis(relief: Relief) -> Citation {
    match relief {
        Relief::LprCancellation => Citation::Ina("240A(a)"),
        Relief::NonLprCancellation => Citation::Ina("240A(b)(1)"),
        Relief::Asylum => Citation::Ina("208(b)(2)"),
        Relief::Withholding => Citation::Ina("241(b)(3)(B)"),
        Relief::Naturalization => Citation::Ina("316(a)"),
        Relief::Daca => Citation::Other("8 C.F.R. 236.22(b)(6)"),
        Relief::Tps => Citation::Ina("244(c)(2)"),
        Relief::Waiver212h => Citation::Ina("212(h)"),
        Relief::VoluntaryDeparture => Citation::Ina("240B"),
    }
}
