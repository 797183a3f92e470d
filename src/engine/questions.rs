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
