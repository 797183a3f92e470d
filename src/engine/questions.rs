//! Questions instead of guesses: where the answer turns on what the record will say (which
//! subsection, a protected relationship, a minor victim, the loss, the sentence), the engine
//! asks, and says what each answer would change. Every change is computed by assessing the
//! Case with that answer, never written by hand (contract, "Additions of 2026-12").

use super::case::Fact;
use super::outcome::{Explanation, Grade, Reach, ReliefGrade};

/// What a question asks about (contract: `questions[].about`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum About {
    Variant,
    Fact(Fact),
    SentenceDays,
    LossUsd,
    Level,
    CustodyDays,
}

impl About {
    /// The contract's spelling.
    pub fn code(self) -> &'static str {
        match self {
            About::Variant => "variant",
            About::Fact(_) => "fact",
            About::SentenceDays => "sentence_days",
            About::LossUsd => "loss_usd",
            About::Level => "level",
            About::CustodyDays => "custody_days",
        }
    }
}

/// What the Case would hold if an answer were true.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AnswerValue {
    /// A variant id.
    Variant(String),
    Fact(bool),
    /// Days or dollars, at the line that matters.
    Number(u64),
    /// A level code: `felony`, `misdemeanor`.
    Level(&'static str),
}

/// A conclusion's new value under an answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NewValue {
    Grade(Grade),
    Reach(Reach),
    Relief(ReliefGrade),
}

impl NewValue {
    pub fn code(self) -> &'static str {
        match self {
            NewValue::Grade(g) => g.code(),
            NewValue::Reach(r) => r.code(),
            NewValue::Relief(r) => r.code(),
        }
    }
}

/// One path of the Assessment an answer changes (`convictions.0.grounds.cimt`), typed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Change {
    /// The conviction, for a per-conviction conclusion.
    pub conviction: Option<usize>,
    pub subject: super::outcome::Subject,
    pub value: NewValue,
}

impl Change {
    /// The contract's path: `convictions.0.grounds.cimt`, `removability.deportable`,
    /// `relief.naturalization`, `mandatory_detention`.
    pub fn path(&self) -> String {
        use super::outcome::Subject as S;
        match (self.subject, self.conviction) {
            (S::Ground(g), Some(i)) => format!("convictions.{i}.grounds.{}", g.code()),
            (S::Ground(g), None) => format!("grounds.{}", g.code()),
            (S::Deportable, _) => "removability.deportable".into(),
            (S::Inadmissible, _) => "removability.inadmissible".into(),
            (S::Relief(r), _) => format!("relief.{}", r.code()),
            (S::MandatoryDetention, _) => "mandatory_detention".into(),
        }
    }
}

/// One possible answer and what it would change.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Answer {
    pub value: AnswerValue,
    pub label: Explanation,
    pub changes: Vec<Change>,
}

/// An open question about one conviction.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Question {
    pub conviction: usize,
    pub about: About,
    pub ask: Explanation,
    pub answers: Vec<Answer>,
}

use super::case::{Case, Cents, Conviction, Level};
use super::outcome::{Arg, Assessment, Ground, Relief, Subject};
use super::params::Param;
use super::reason::ReasonKey;
use super::Offenses;
use crate::engine::offense::{OffenseClass, Trigger};

/// The facts whose presence in the record a question may settle, in the order to ask.
const FACTS: [Fact; 3] = [Fact::ProtectedRelationship, Fact::MinorVictim, Fact::Marijuana30gOrLess];

/// Every conclusion of an assessment, flattened for comparison: per conviction (its index)
/// each ground, then removability, detention and each form of relief.
pub(crate) type Conclusions = Vec<(Option<usize>, Subject, NewValue)>;

/// Every conclusion of `a`, flattened for comparison (per conviction: its index).
pub(crate) fn conclusions(a: &Assessment) -> Conclusions {
    flatten(
        a.convictions.len(),
        |i, g| a.convictions.get(i).and_then(|c| c.grounds.get(g as usize)).copied().unwrap_or(Grade::No),
        a.deportable,
        a.inadmissible,
        a.mandatory_detention,
        &a.relief,
    )
}

/// The [`Conclusions`] of `convictions` convictions whose grounds `grade` gives, and of the
/// person; one order for an assessment and for a hypothetical, so the two compare.
pub(crate) fn flatten(
    convictions: usize,
    grade: impl Fn(usize, Ground) -> Grade,
    deportable: Reach,
    inadmissible: Reach,
    mandatory_detention: Grade,
    relief: &[ReliefGrade],
) -> Conclusions {
    let mut out = Vec::with_capacity(convictions * Ground::ALL.len() + 3 + Relief::ALL.len());
    for i in 0..convictions {
        for g in Ground::ALL {
            out.push((Some(i), Subject::Ground(*g), NewValue::Grade(grade(i, *g))));
        }
    }
    out.push((None, Subject::Deportable, NewValue::Reach(deportable)));
    out.push((None, Subject::Inadmissible, NewValue::Reach(inadmissible)));
    out.push((None, Subject::MandatoryDetention, NewValue::Grade(mandatory_detention)));
    for (r, grade) in Relief::ALL.iter().zip(relief) {
        out.push((None, Subject::Relief(*r), NewValue::Relief(*grade)));
    }
    out
}

/// What the Case with conviction `i` replaced by `changed` would change in `base`; `None`
/// when it cannot be assessed.
fn changes(
    regrade: &super::Regrade<'_>,
    base: &[(Option<usize>, Subject, NewValue)],
    i: usize,
    changed: Conviction,
) -> Option<Vec<Change>> {
    let theirs = regrade.with(i, changed).ok()?;
    Some(
        base.iter()
            .zip(theirs)
            .filter(|(b, t)| b.2 != t.2)
            .map(|(_, (conviction, subject, value))| Change { conviction, subject, value })
            .collect(),
    )
}

/// The open questions of `case`, whose assessment has the conclusions `before` and whose
/// convictions resolved to `offenses`.
pub fn questions(
    case: &Case,
    catalog: &dyn Offenses,
    before: &[(Option<usize>, Subject, NewValue)],
    offenses: &[Option<&crate::engine::offense::Offense>],
) -> Vec<Question> {
    let mut out = Vec::new();
    let Ok(regrade) = super::Regrade::new(case, catalog, offenses) else { return out };
    for (i, (c, offense)) in case.convictions.iter().zip(offenses).enumerate() {
        let Some(offense) = *offense else { continue };
        let name = Arg::offense(offense);
        let ask = |key: ReasonKey| Explanation::new(key).with("offense", name.clone());
        let mut push = |about: About, ask: Explanation, answers: Vec<Answer>| {
            if answers.iter().any(|a| !a.changes.is_empty()) {
                out.push(Question { conviction: i, about, ask, answers });
            }
        };
        let with = |f: &dyn Fn(&mut Conviction)| {
            let mut changed = c.clone();
            f(&mut changed);
            changes(&regrade, before, i, changed)
        };

        // Which subsection or element the record names.
        if c.variant.is_none() && !offense.variants.is_empty() {
            let answers = offense
                .variants
                .iter()
                .filter_map(|v| {
                    let changes = with(&|x| x.variant = Some(v.id.clone()))?;
                    let label = Explanation::new(ReasonKey::AnswerVariant).with("variant", &v.label);
                    Some(Answer { value: AnswerValue::Variant(v.id.clone()), label, changes })
                })
                .collect();
            push(About::Variant, ask(ReasonKey::QuestionVariant), answers);
        }

        // What the record shows about the victim or the amount.
        for fact in FACTS {
            if c.has_fact(fact) {
                continue;
            }
            let Some(shown) = with(&|x| x.facts.push(fact)) else { continue };
            let key = match fact {
                Fact::ProtectedRelationship => ReasonKey::QuestionRelationship,
                Fact::MinorVictim => ReasonKey::QuestionMinorVictim,
                _ => ReasonKey::QuestionMarijuana30g,
            };
            let answers = vec![
                Answer {
                    value: AnswerValue::Fact(true),
                    label: Explanation::new(ReasonKey::AnswerRecordShows),
                    changes: shown,
                },
                Answer {
                    value: AnswerValue::Fact(false),
                    label: Explanation::new(ReasonKey::AnswerRecordSilent),
                    changes: Vec::new(),
                },
            ];
            push(About::Fact(fact), ask(key), answers);
        }

        // Felony or misdemeanor, for a wobbler.
        if c.level.is_none() && offense.class == OffenseClass::Wobbler {
            let answers = [
                (Level::Felony, ReasonKey::AnswerFelony),
                (Level::Misdemeanor, ReasonKey::AnswerMisdemeanor),
            ]
            .into_iter()
            .filter_map(|(level, key)| {
                let changes = with(&|x| x.level = Some(level))?;
                Some(Answer {
                    value: AnswerValue::Level(level.code()),
                    label: Explanation::new(key),
                    changes,
                })
            })
            .collect();
            push(About::Level, ask(ReasonKey::QuestionLevel), answers);
        }

        // The sentence, at the lines that matter: DACA's 90 days, the petty-offense
        // exception's six months, and the one-year line of INA 101(a)(48)(B).
        if c.sentence_days.is_none() {
            let lines = [
                catalog.params().num(Param::DacaCustodyDays),
                catalog.params().num(Param::PettySentenceDays),
                catalog.params().num(Param::AfTermDays).saturating_sub(1),
            ];
            let top = catalog.params().num(Param::AfTermDays);
            let answers = ranges(&lines, top, |days| with(&|x| x.sentence_days = Some(days)));
            push(About::SentenceDays, ask(ReasonKey::QuestionSentence), answers);
        }

        // The loss, for fraud and laundering routes.
        let loss_route = std::iter::once(&offense.grounds[Ground::AggravatedFelony as usize])
            .chain(&offense.more_af)
            .any(|a| a.trigger == Trigger::Loss);
        if c.loss.is_none() && loss_route {
            let line = catalog.params().num(Param::AfLossUsd);
            let answers = [(line, ReasonKey::AnswerLossAtMost), (line + 1, ReasonKey::AnswerLossOver)]
                .into_iter()
                .filter_map(|(usd, key)| {
                    let changes = with(&|x| x.loss = Some(Cents(usd * 100)))?;
                    let label = Explanation::new(key)
                        .with("amount", super::grounds::aggravated_felony::dollars(line * 100));
                    Some(Answer { value: AnswerValue::Number(usd), label, changes })
                })
                .collect();
            push(About::LossUsd, ask(ReasonKey::QuestionLoss), answers);
        }

        // Days actually confined, for good moral character (INA 101(f)(7)).
        if c.custody_days.is_none() {
            let line = catalog.params().num(Param::GmcConfinementDays);
            let answers =
                ranges(&[line.saturating_sub(1)], line, |days| with(&|x| x.custody_days = Some(days)));
            push(About::CustodyDays, ask(ReasonKey::QuestionCustody), answers);
        }
    }
    out
}

/// Answers for a number of days split at `lines` (each the top of a range, "up to N days")
/// and `top` ("N days or more"), with neighbouring ranges that change the same things merged.
fn ranges(lines: &[u64], top: u64, assess: impl Fn(u32) -> Option<Vec<Change>>) -> Vec<Answer> {
    let mut upper: Vec<u64> = lines.to_vec();
    upper.sort_unstable();
    upper.dedup();
    // (top of the range, what it changes), neighbours that change the same merged upward.
    let mut tops: Vec<(u64, Vec<Change>)> = Vec::new();
    for days in upper {
        let Some(changes) = assess(days as u32) else { continue };
        if tops.last().is_some_and(|(_, c)| *c == changes) {
            tops.pop();
        }
        tops.push((days, changes));
    }
    let mut answers = Vec::new();
    let mut from: Option<u64> = None;
    for (days, changes) in tops {
        // "With 90 days or less", then "With 91 to 364 days": each range says where it starts.
        let label = match from {
            None => Explanation::new(ReasonKey::AnswerDaysUpTo).with("days", days.to_string()),
            Some(f) => Explanation::new(ReasonKey::AnswerDaysBetween)
                .with("from", f.to_string())
                .with("days", days.to_string()),
        };
        answers.push(Answer { value: AnswerValue::Number(days), label, changes });
        from = Some(days + 1);
    }
    if let Some(changes) = assess(top as u32) {
        let label = Explanation::new(ReasonKey::AnswerDaysAtLeast).with("days", top.to_string());
        answers.push(Answer { value: AnswerValue::Number(top), label, changes });
    }
    answers
}

/// Where conviction `i`'s results turn with the sentence, whatever was entered: one answer
/// per range of days, split at DACA's 90 days, the petty-offense exception's six months and
/// the one-year line, with neighbouring ranges that give the same results merged; each
/// answer lists what differs from a sentence of no days. For Compare's sentence control.
pub fn sentence_lines(case: &Case, catalog: &dyn Offenses, i: usize) -> Vec<Answer> {
    let Some(charged) = case.convictions.get(i) else { return Vec::new() };
    let with_days = |days: u32| Conviction { sentence_days: Some(days), ..charged.clone() };
    let offenses: Vec<Option<&crate::engine::offense::Offense>> =
        case.convictions.iter().map(|c| catalog.find(&c.statute, case.jurisdiction).ok().flatten()).collect();
    let Ok(regrade) = super::Regrade::new(case, catalog, &offenses) else { return Vec::new() };
    let Ok(base) = regrade.with(i, with_days(0)) else { return Vec::new() };
    let params = catalog.params();
    let lines = [
        params.num(Param::DacaCustodyDays),
        params.num(Param::PettySentenceDays),
        params.num(Param::AfTermDays).saturating_sub(1),
    ];
    ranges(&lines, params.num(Param::AfTermDays), |days| changes(&regrade, &base, i, with_days(days)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::Catalog;
    use crate::engine::case::{Jurisdiction, Person, Perspective, Status};
    use crate::engine::date::Date;

    fn case(jurisdiction: Jurisdiction, statute: &str, status: Status) -> Case {
        let on = Date::from_ymd(2010, 3, 1);
        Case {
            as_of: Date::from_ymd(2026, 12, 1).unwrap_or(Date::EPOCH),
            perspective: Perspective::PleaPlanning,
            jurisdiction,
            person: Person { status, admitted_on: on, lpr_since: on, born_on: None },
            convictions: vec![Conviction {
                committed_on: Date::from_ymd(2026, 5, 2),
                convicted_on: Date::from_ymd(2026, 9, 10),
                ..Conviction::plea(statute)
            }],
        }
    }

    fn asked(c: &Case) -> Vec<Question> {
        let catalog = Catalog::embedded().expect("catalog");
        crate::engine::assess(c, catalog).expect("assessable").questions
    }

    fn change(a: &Answer, path: &str) -> Option<&'static str> {
        a.changes.iter().find(|c| c.path() == path).map(|c| c.value.code())
    }

    #[test]
    fn a_bare_domestic_battery_asks_which_subsection_and_says_what_each_gives() {
        let qs = asked(&case(Jurisdiction::Il, "720 ILCS 5/12-3.2", Status::Lpr));
        let q = qs.iter().find(|q| q.about == About::Variant).expect("a subsection question");
        let insulting =
            q.answers.iter().find(|a| a.value == AnswerValue::Variant("il.720.5.12_3.2.a.2".into()));
        let harm = q.answers.iter().find(|a| a.value == AnswerValue::Variant("il.720.5.12_3.2.a.1".into()));
        assert_eq!(insulting.and_then(|a| change(a, "removability.deportable")), Some("no"));
        assert_eq!(harm.and_then(|a| change(a, "removability.deportable")), Some("yes"));
    }

    #[test]
    fn an_unset_sentence_asks_at_the_one_year_line() {
        let qs = asked(&case(Jurisdiction::Ca, "PC 273.5", Status::Lpr));
        let q = qs.iter().find(|q| q.about == About::SentenceDays).expect("a sentence question");
        let values: Vec<&AnswerValue> = q.answers.iter().map(|a| &a.value).collect();
        assert!(
            values.contains(&&AnswerValue::Number(364)) && values.contains(&&AnswerValue::Number(365)),
            "{values:?}"
        );
        let year = q.answers.iter().find(|a| a.value == AnswerValue::Number(365)).expect("365");
        assert_eq!(change(year, "convictions.0.grounds.aggravated_felony"), Some("yes"));
        let below = q.answers.iter().find(|a| a.value == AnswerValue::Number(364)).expect("364");
        assert_eq!(change(below, "convictions.0.grounds.aggravated_felony"), Some("no"));
    }

    #[test]
    fn only_answers_that_change_something_make_a_question_and_changes_are_real_differences() {
        let c = case(Jurisdiction::Ca, "PC 273.5", Status::Lpr);
        let catalog = Catalog::embedded().expect("catalog");
        let base = crate::engine::assess(&c, catalog).expect("assessable");
        for q in &base.questions {
            assert!(q.answers.iter().any(|a| !a.changes.is_empty()), "{q:?}");
            for a in &q.answers {
                for ch in &a.changes {
                    let was = conclusions(&base)
                        .into_iter()
                        .find(|(i, s, _)| *i == ch.conviction && *s == ch.subject)
                        .map(|x| x.2);
                    assert_ne!(was, Some(ch.value), "{} lists a change to what it already was", ch.path());
                }
            }
        }
    }

    #[test]
    fn a_fact_already_in_the_record_is_not_asked_again() {
        let mut c = case(Jurisdiction::Ca, "PC 243(d)", Status::Lpr);
        let before = asked(&c).iter().any(|q| q.about == About::Fact(Fact::ProtectedRelationship));
        c.convictions[0].facts.push(Fact::ProtectedRelationship);
        assert!(before, "a battery with injury asks about the relationship");
        assert!(!asked(&c).iter().any(|q| q.about == About::Fact(Fact::ProtectedRelationship)));
    }
}
