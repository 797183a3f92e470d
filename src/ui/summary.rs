//! The summary for the other side (a prosecutor, a judge): what the charged offense would do
//! and what a proposed plea avoids, with the authorities, in the language chosen, and about
//! the client only what the user ticks. The person's status is left out unless ticked, and
//! with it every conclusion that would reveal it (removability, detention, relief): the
//! grounds alone are the same for everyone.
//!
//! Plain text, made on the device; copying or printing it sends nothing anywhere.

use crate::engine::case::Status;
use crate::engine::outcome::{join_words, Assessment, Grade, Ground, Reach, Subject};
use crate::lang::Lang;

use super::compare_form::Plea;
use super::i18n::{status_label, t, tf, Text};

/// What the user chose to reveal.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Reveal {
    /// The person's status (off by default), and with it removability and relief.
    pub status: bool,
}

/// The grounds `a`'s first conviction triggers or likely triggers, worst first.
fn grounds_at_risk(a: &Assessment) -> Vec<Ground> {
    let Some(c) = a.convictions.first() else { return Vec::new() };
    let mut out: Vec<(Grade, Ground)> = Ground::ALL
        .iter()
        .zip(&c.grounds)
        .filter(|(_, g)| **g >= Grade::Likely)
        .map(|(ground, grade)| (*grade, *ground))
        .collect();
    out.sort_by(|a, b| b.0.cmp(&a.0));
    out.into_iter().map(|(_, g)| g).collect()
}

/// The authorities behind the grounds listed: each citation once, in order.
fn authorities(a: &Assessment, grounds: &[Ground]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let Some(c) = a.convictions.first() else { return out };
    for f in c.findings.iter().filter(|f| matches!(f.subject, Subject::Ground(g) if grounds.contains(&g))) {
        for cite in std::iter::once(f.basis.to_string()).chain(f.citations.iter().cloned()) {
            if !out.contains(&cite) {
                out.push(cite);
            }
        }
    }
    out
}

fn name(p: &Plea, lang: Lang) -> String {
    match p.entry {
        Some(o) => format!("{} ({})", o.citation, o.title.get(lang)),
        None => p.statute.clone(),
    }
}

fn labels(subjects: impl IntoIterator<Item = Subject>, lang: Lang) -> String {
    let list: Vec<&str> = subjects.into_iter().map(|s| s.label(lang)).collect();
    join_words(&list, lang)
}

/// The statement for `charge` against `offer`, for a person of `status`.
pub fn other_side(lang: Lang, charge: &Plea, offer: &Plea, status: Status, reveal: Reveal) -> String {
    let charged = grounds_at_risk(&charge.assessment);
    let offered = grounds_at_risk(&offer.assessment);
    let avoided: Vec<Ground> = charged.iter().copied().filter(|g| !offered.contains(g)).collect();
    let mut lines = Vec::new();
    lines.push(match charged.is_empty() {
        true => tf(lang, Text::SummaryChargeNone, &[("charge", &name(charge, lang))]),
        false => tf(
            lang,
            Text::SummaryCharge,
            &[("charge", &name(charge, lang)), ("grounds", &labels(charged.iter().map(|g| Subject::Ground(*g)), lang))],
        ),
    });
    lines.push(match (avoided.is_empty(), offered.is_empty()) {
        (false, _) => tf(
            lang,
            Text::SummaryOfferAvoids,
            &[("offer", &name(offer, lang)), ("grounds", &labels(avoided.iter().map(|g| Subject::Ground(*g)), lang))],
        ),
        (true, true) => tf(lang, Text::SummaryOfferNone, &[("offer", &name(offer, lang))]),
        (true, false) => tf(lang, Text::SummaryOfferSame, &[("offer", &name(offer, lang))]),
    });
    if reveal.status {
        let person = |a: &Assessment| -> Vec<Subject> {
            let mut s = Vec::new();
            if matches!(a.deportable, Reach::Likely | Reach::Yes) {
                s.push(Subject::Deportable);
            }
            if matches!(a.inadmissible, Reach::Likely | Reach::Yes) {
                s.push(Subject::Inadmissible);
            }
            if a.mandatory_detention >= Grade::Likely {
                s.push(Subject::MandatoryDetention);
            }
            s
        };
        let (before, after) = (person(&charge.assessment), person(&offer.assessment));
        let spared: Vec<Subject> = before.iter().copied().filter(|s| !after.contains(s)).collect();
        let who = t(lang, status_label(status));
        if !spared.is_empty() {
            lines.push(tf(lang, Text::SummaryPerson, &[("status", who), ("list", &labels(spared, lang))]));
        } else {
            lines.push(tf(lang, Text::SummaryPersonSame, &[("status", who)]));
        }
    }
    let cites = authorities(&charge.assessment, &charged);
    if !cites.is_empty() {
        lines.push(tf(lang, Text::SummaryAuthorities, &[("list", &cites.join("; "))]));
    }
    lines.push(t(lang, Text::NotLegalAdvice).to_string());
    lines.join("\n\n")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::case::Jurisdiction;
    use crate::engine::date::Date;
    use crate::ui::compare_form::{CompareAction, CompareForm};

    fn pleas(status: Status) -> Vec<Plea> {
        let (j, d) = (Jurisdiction::Ca, Date::parse("2026-12-02").unwrap());
        let f = CompareForm::new()
            .apply(CompareAction::SetCharged("PC 273.5".into()), j, d)
            .apply(CompareAction::SetStatus(status), j, d)
            .apply(CompareAction::SetOfferText("PC 243(e)(1)".into()), j, d)
            .apply(CompareAction::AddTyped, j, d)
            .apply(CompareAction::Compare, j, d);
        f.result.unwrap().pleas.clone()
    }

    #[test]
    fn the_status_stays_out_unless_ticked() {
        let p = pleas(Status::Lpr);
        for lang in Lang::ALL {
            let hidden = other_side(lang, &p[0], &p[1], Status::Lpr, Reveal { status: false });
            let shown = other_side(lang, &p[0], &p[1], Status::Lpr, Reveal { status: true });
            let status = t(lang, status_label(Status::Lpr));
            assert!(!hidden.contains(status), "{hidden}");
            assert!(!hidden.contains(Subject::Deportable.label(lang)), "{hidden}");
            assert!(shown.contains(status), "{shown}");
            assert!(hidden.contains(Subject::Ground(Ground::DomesticViolence).label(lang)), "{hidden}");
            assert!(hidden.contains("237(a)(2)(E)"), "the authority is cited: {hidden}");
        }
    }
}
