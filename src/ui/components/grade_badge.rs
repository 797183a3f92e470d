//! A grade as ui.md shows it: a word, a shape and a colour, never colour alone.

use yew::prelude::*;

use crate::engine::outcome::{Grade, Reach, ReliefGrade};
use crate::engine::questions::NewValue;
use crate::engine::reason::DependsOn;
use crate::lang::Lang;
use crate::ui::i18n::{t, tf, Text};

/// Any graded answer the engine returns.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Mark {
    Grade(Grade),
    Reach(Reach),
    Relief(ReliefGrade),
}

/// The look of a badge: its colour and its icon's shape.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Tone {
    /// Filled dark red, solid icon.
    Yes,
    /// Orange, half-filled icon.
    Likely,
    /// Amber outline, question icon.
    Possible,
    /// Grey-green outline, dash icon.
    No,
    /// Neutral grey outline, for what does not apply to a status.
    None,
}

impl Mark {
    /// The engine's code, for `data-grade`.
    pub fn code(self) -> &'static str {
        match self {
            Mark::Grade(g) => g.code(),
            Mark::Reach(r) => r.code(),
            Mark::Relief(r) => r.code(),
        }
    }

    pub fn tone(self) -> Tone {
        match self {
            Mark::Grade(Grade::Yes) | Mark::Reach(Reach::Yes) | Mark::Relief(ReliefGrade::Barred) => {
                Tone::Yes
            }
            Mark::Grade(Grade::Likely) | Mark::Reach(Reach::Likely) => Tone::Likely,
            Mark::Grade(Grade::Possible)
            | Mark::Reach(Reach::Possible)
            | Mark::Relief(ReliefGrade::AtRisk) => Tone::Possible,
            Mark::Grade(Grade::No) | Mark::Reach(Reach::No) | Mark::Relief(ReliefGrade::NotBarred) => {
                Tone::No
            }
            Mark::Reach(Reach::NotApplicable) | Mark::Relief(ReliefGrade::NotApplicable) => Tone::None,
        }
    }

    /// The word shown in the badge.
    pub fn word(self) -> Text {
        match self {
            Mark::Grade(Grade::Yes) | Mark::Reach(Reach::Yes) => Text::GradeYes,
            Mark::Grade(Grade::Likely) | Mark::Reach(Reach::Likely) => Text::GradeLikely,
            Mark::Grade(Grade::Possible) | Mark::Reach(Reach::Possible) => Text::GradePossible,
            Mark::Grade(Grade::No) | Mark::Reach(Reach::No) => Text::GradeNo,
            Mark::Reach(Reach::NotApplicable) => Text::ReachNotApplicable,
            Mark::Relief(ReliefGrade::Barred) => Text::ReliefBarred,
            Mark::Relief(ReliefGrade::AtRisk) => Text::ReliefAtRisk,
            Mark::Relief(ReliefGrade::NotBarred) => Text::ReliefNotBarred,
            Mark::Relief(ReliefGrade::NotApplicable) => Text::ReliefNotApplicable,
        }
    }
}

impl From<NewValue> for Mark {
    fn from(v: NewValue) -> Mark {
        match v {
            NewValue::Grade(g) => Mark::Grade(g),
            NewValue::Reach(r) => Mark::Reach(r),
            NewValue::Relief(r) => Mark::Relief(r),
        }
    }
}

impl Tone {
    fn class(self) -> &'static str {
        match self {
            Tone::Yes => "badge tone-yes",
            Tone::Likely => "badge tone-likely",
            Tone::Possible => "badge tone-possible",
            Tone::No => "badge tone-no",
            Tone::None => "badge tone-none",
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct Props {
    pub lang: Lang,
    pub mark: Mark,
    /// For a risk: what the engine's reason says it turns on.
    #[prop_or_default]
    pub depends_on: Option<DependsOn>,
}

#[function_component(GradeBadge)]
pub fn grade_badge(props: &Props) -> Html {
    let tone = props.mark.tone();
    html! {
        <span class={tone.class()}>
            { icon(tone) }
            <span class="badge-word">{ word(props.lang, props.mark, props.depends_on) }</span>
        </span>
    }
}

/// The badge's words: a risk says what it turns on, where the engine's reason says it.
fn word(lang: Lang, mark: Mark, depends_on: Option<DependsOn>) -> String {
    match (mark, depends_on) {
        (Mark::Grade(Grade::Possible) | Mark::Reach(Reach::Possible), Some(d)) => {
            tf(lang, Text::GradePossibleOn, &[("what", d.text(lang))])
        }
        _ => t(lang, mark.word()).to_string(),
    }
}

/// The icon of a tone: solid, half-filled, question, dash; hidden from screen readers,
/// which read the word.
fn icon(tone: Tone) -> Html {
    let inner = match tone {
        Tone::Yes => html! {
            <>
                <circle cx="8" cy="8" r="7" fill="currentColor" />
                <rect x="7" y="3.5" width="2" height="6" class="cut" />
                <rect x="7" y="10.8" width="2" height="2" class="cut" />
            </>
        },
        Tone::Likely => html! {
            <>
                <circle cx="8" cy="8" r="6.2" fill="none" stroke="currentColor" stroke-width="1.6" />
                <path d="M8 1.8 A6.2 6.2 0 0 1 8 14.2 Z" fill="currentColor" />
            </>
        },
        Tone::Possible => html! {
            <>
                <circle cx="8" cy="8" r="6.2" fill="none" stroke="currentColor" stroke-width="1.6" />
                <path d="M6 6.2 A2 2 0 1 1 8.8 8 Q8 8.4 8 9.6" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" />
                <circle cx="8" cy="11.9" r="1" fill="currentColor" />
            </>
        },
        Tone::No | Tone::None => html! {
            <>
                <circle cx="8" cy="8" r="6.2" fill="none" stroke="currentColor" stroke-width="1.6" />
                <rect x="4.5" y="7.2" width="7" height="1.6" fill="currentColor" />
            </>
        },
    };
    html! {
        <svg class="badge-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
            { inner }
        </svg>
    }
}
