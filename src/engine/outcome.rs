//! The engine's output vocabulary: grades, grounds and relief (contract: `Assessment`).

coded_enum! {
    /// How sure the engine is that a consequence attaches, from safest to worst. The order
    /// is meaningful: `max` of two grades is the more harmful one.
    pub enum Grade {
        /// Does not apply on these facts under controlling law. A promise: never guessed.
        No = "no",
        /// Depends on something not given: the record, a sentence, unsettled law.
        Possible = "possible",
        /// Applies unless an argument that courts have mostly rejected succeeds.
        Likely = "likely",
        /// Applies on these facts under controlling law.
        Yes = "yes",
    }
}

coded_enum! {
    /// Whether a family of removal grounds reaches this person (contract: `removability.*`).
    pub enum Reach {
        No = "no",
        Possible = "possible",
        Likely = "likely",
        Yes = "yes",
        /// That family of grounds does not reach this status.
        NotApplicable = "not_applicable",
    }
}

coded_enum! {
    /// The effect of these convictions on a form of relief (contract: `relief.*`).
    pub enum ReliefGrade {
        NotBarred = "not_barred",
        AtRisk = "at_risk",
        Barred = "barred",
        NotApplicable = "not_applicable",
    }
}

coded_enum! {
    /// A conviction-based ground reported per conviction (contract: `grounds.*`).
    pub enum Ground {
        AggravatedFelony = "aggravated_felony",
        Cimt = "cimt",
        ControlledSubstance = "controlled_substance",
        Firearm = "firearm",
        DomesticViolence = "domestic_violence",
        Stalking = "stalking",
        ChildAbuse = "child_abuse",
        ProtectionOrderViolation = "protection_order_violation",
    }
}

coded_enum! {
    /// A form of relief or benefit whose criminal bars the engine checks (contract: `relief.*`).
    pub enum Relief {
        LprCancellation = "lpr_cancellation",
        NonLprCancellation = "non_lpr_cancellation",
        Asylum = "asylum",
        Withholding = "withholding",
        Naturalization = "naturalization",
        Daca = "daca",
        Tps = "tps",
        Waiver212h = "waiver_212h",
        VoluntaryDeparture = "voluntary_departure",
    }
}

impl From<Grade> for Reach {
    fn from(g: Grade) -> Reach {
        match g {
            Grade::No => Reach::No,
            Grade::Possible => Reach::Possible,
            Grade::Likely => Reach::Likely,
            Grade::Yes => Reach::Yes,
        }
    }
}

impl Grade {
    /// How a bar graded this way affects relief (reference §0.3): a bar that applies or
    /// likely applies bars; one that may apply puts relief at risk.
    pub fn as_bar(self) -> ReliefGrade {
        match self {
            Grade::Yes | Grade::Likely => ReliefGrade::Barred,
            Grade::Possible => ReliefGrade::AtRisk,
            Grade::No => ReliefGrade::NotBarred,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grades_order_from_safest_to_worst() {
        assert!(Grade::No < Grade::Possible);
        assert!(Grade::Possible < Grade::Likely);
        assert!(Grade::Likely < Grade::Yes);
        assert_eq!(Grade::No.max(Grade::Possible), Grade::Possible);
    }

    #[test]
    fn bars_map_to_relief_as_the_reference_says() {
        assert_eq!(Grade::Yes.as_bar(), ReliefGrade::Barred);
        assert_eq!(Grade::Likely.as_bar(), ReliefGrade::Barred);
        assert_eq!(Grade::Possible.as_bar(), ReliefGrade::AtRisk);
        assert_eq!(Grade::No.as_bar(), ReliefGrade::NotBarred);
    }

    #[test]
    fn a_reason_followed_by_another_renders_both_in_the_readers_language() {
        use crate::lang::Lang;
        let e = Explanation::new(ReasonKey::ConvictionUncertain)
            .then(Explanation::new(ReasonKey::GroundNoMatch).with("offense", "PC 1"));
        let es = e.render(Lang::Es);
        assert!(es.starts_with(ReasonKey::ConvictionUncertain.text(Lang::Es)), "{es}");
        assert!(
            es.ends_with("Los elementos de PC 1 no coinciden con esta causal según la ley vigente."),
            "{es}"
        );
        assert!(!es.contains("does not"), "no English inside the Spanish: {es}");
    }

    #[test]
    fn the_contract_lists_eight_grounds_and_nine_forms_of_relief() {
        assert_eq!(Ground::ALL.len(), 8);
        assert_eq!(Relief::ALL.len(), 9);
        assert_eq!(Reach::from(Grade::Likely), Reach::Likely);
    }
}

use super::citation::Citation;
use super::reason::{ReasonKey, Term};
use crate::lang::{Lang, Prose};

/// A grade on the two tracks the burden of proof splits a ground into (reference §3): what
/// DHS can prove for deportability, and what the person must disprove for admission and relief.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Track {
    /// Deportability: DHS bears the burden.
    pub dhs: Grade,
    /// Inadmissibility and relief bars: the person bears the burden (Pereida).
    pub applicant: Grade,
}

impl Track {
    pub fn both(g: Grade) -> Track {
        Track { dhs: g, applicant: g }
    }

    /// The worse of the two: what the per-conviction `grounds` field shows.
    pub fn worst(self) -> Grade {
        self.dhs.max(self.applicant)
    }

    /// Each track capped at `cap`.
    pub fn at_most(self, cap: Grade) -> Track {
        Track { dhs: self.dhs.min(cap), applicant: self.applicant.min(cap) }
    }
}

/// A catalog offense as a reason names it.
#[derive(Debug, PartialEq, Eq)]
pub struct OffenseName {
    pub id: String,
    pub citation: String,
    pub title: Prose,
}

/// A parameter of an explanation, typed so each language renders it its own way.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Arg {
    /// The same in every language: a number, a date, a dollar amount, a statute as typed.
    Text(String),
    /// A catalog offense: its id travels in the JSON; it renders as "PC 273.5 (title)" in the
    /// reader's language. Shared: an assessment names the same offense in most of its
    /// reasons, so a copy costs one count, not an allocation.
    Offense(std::sync::Arc<OffenseName>),
    /// A reviewer's text (a note, a reason), in each language.
    Prose(Prose),
    /// Grounds, forms of relief or other conclusions, each rendered by its label.
    Subjects(Vec<Subject>),
}

impl Arg {
    /// The offense `o` as a parameter.
    pub fn offense(o: &crate::engine::offense::Offense) -> Arg {
        Arg::Offense(std::sync::Arc::new(OffenseName {
            id: o.id.clone(),
            citation: o.citation.clone(),
            title: o.title.clone(),
        }))
    }

    /// The text in `lang` (borrowed where the argument holds it as is).
    pub fn render(&self, lang: Lang) -> std::borrow::Cow<'_, str> {
        match self {
            Arg::Text(t) => t.into(),
            Arg::Offense(o) => format!("{} ({})", o.citation, o.title.get(lang)).into(),
            Arg::Prose(p) => p.get(lang).into(),
            Arg::Subjects(list) => {
                let labels: Vec<&str> = list.iter().map(|s| s.label(lang)).collect();
                join_words(&labels, lang).into()
            }
        }
    }
}

/// "a, b and c" / "a, b y c".
pub fn join_words(items: &[&str], lang: Lang) -> String {
    let and = match lang {
        Lang::En => " and ",
        Lang::Es => " y ",
    };
    match items {
        [] => String::new(),
        [one] => (*one).to_string(),
        [init @ .., last] => format!("{}{and}{last}", init.join(", ")),
    }
}

impl From<String> for Arg {
    fn from(s: String) -> Arg {
        Arg::Text(s)
    }
}

/// A count, a number of days or dollars: the same in every language. Written when the
/// reason is ([`Explanation::with`]), so a hypothetical's reasons, never written, cost
/// nothing.
macro_rules! number_arg {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(n: $t) -> Arg {
                Arg::Text(n.to_string())
            }
        }
    )*};
}
number_arg!(u32, u64, usize);

impl From<&str> for Arg {
    fn from(s: &str) -> Arg {
        Arg::Text(s.to_string())
    }
}

impl From<&Prose> for Arg {
    fn from(p: &Prose) -> Arg {
        Arg::Prose(p.clone())
    }
}

/// Why a conclusion was reached: a message key and its parameters, rendered per language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Explanation {
    pub key: ReasonKey,
    pub params: Vec<(&'static str, Arg)>,
    /// A further reason read after this one, in the same language.
    pub then: Option<Box<Explanation>>,
}

impl Explanation {
    pub fn new(key: ReasonKey) -> Explanation {
        Explanation { key, params: Vec::new(), then: None }
    }

    pub fn with(mut self, name: &'static str, value: impl Into<Arg>) -> Explanation {
        self.params.push((name, value.into()));
        self
    }

    /// This reason followed by `next`, each rendered in the reader's language.
    pub fn then(mut self, next: Explanation) -> Explanation {
        self.then = Some(Box::new(next));
        self
    }

    /// What a risk with this reason turns on: the first reason in the chain that says.
    pub fn depends_on(&self) -> Option<super::reason::DependsOn> {
        self.key.depends_on().or_else(|| self.then.as_ref().and_then(|t| t.depends_on()))
    }

    /// The text in `lang`, parameters filled.
    pub fn render(&self, lang: Lang) -> String {
        let values: Vec<(&str, std::borrow::Cow<'_, str>)> =
            self.params.iter().map(|(k, v)| (*k, v.render(lang))).collect();
        let params: Vec<(&str, &str)> = values.iter().map(|(k, v)| (*k, v.as_ref())).collect();
        let mut text = crate::lang::fill(self.key.text(lang), &params);
        if let Some(next) = &self.then {
            text.push(' ');
            text.push_str(&next.render(lang));
        }
        text
    }
}

/// What a finding is about: a conviction's ground, or a conclusion about the person.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Subject {
    Ground(Ground),
    Deportable,
    Inadmissible,
    Relief(Relief),
    MandatoryDetention,
}

impl Subject {
    pub fn code(self) -> &'static str {
        match self {
            Subject::Ground(g) => g.code(),
            Subject::Deportable => "deportable",
            Subject::Inadmissible => "inadmissible",
            Subject::Relief(r) => r.code(),
            Subject::MandatoryDetention => "mandatory_detention",
        }
    }

    /// The subject a [`Subject::code`] names.
    pub fn from_code(code: &str) -> Option<Subject> {
        match code {
            "deportable" => Some(Subject::Deportable),
            "inadmissible" => Some(Subject::Inadmissible),
            "mandatory_detention" => Some(Subject::MandatoryDetention),
            c => Ground::from_code(c)
                .map(Subject::Ground)
                .or_else(|| Relief::from_code(c).map(Subject::Relief)),
        }
    }

    /// The label a reader sees: "Crime of domestic violence", "Naturalization".
    pub fn label(self, lang: Lang) -> &'static str {
        Term::of(self).text(lang)
    }
}

/// The graded answer of a finding: a ground's grade, a reach, or a relief grade.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    Grade(Grade),
    Relief(ReliefGrade),
}

impl Verdict {
    pub fn code(self) -> &'static str {
        match self {
            Verdict::Grade(g) => g.code(),
            Verdict::Relief(r) => r.code(),
        }
    }
}

/// One conclusion with its reason and authority.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    pub subject: Subject,
    pub verdict: Verdict,
    /// The INA section the conclusion rests on.
    pub basis: Citation,
    pub explanation: Explanation,
    /// Statute and leading cases, as a defender would cite them.
    pub citations: Vec<String>,
    /// Index of the conviction this finding speaks of, for person-level findings.
    pub conviction: Option<usize>,
}

impl Finding {
    /// The finding with the leading authority of each of its reasons added (each once).
    pub fn with_authority(mut self) -> Finding {
        let mut e = Some(&self.explanation);
        let mut add: Vec<&'static str> = Vec::new();
        while let Some(x) = e {
            add.extend(x.key.authority());
            e = x.then.as_deref();
        }
        for a in add {
            if !self.citations.iter().any(|c| c == a) {
                self.citations.push(a.to_string());
            }
        }
        self
    }
}

/// A suggested safer plea.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AlternativeOut {
    pub offense_id: String,
    /// Why it is safer: the reviewer's words for a curated alternative, else from a key.
    pub why: Explanation,
    /// Proposed by a reviewer in the catalog (true) or found by the engine (false).
    pub curated: bool,
    /// What the charged offense risks and this plea does not risk at all.
    pub avoids: Vec<Subject>,
    /// What this plea still risks, but less than the charged offense does.
    pub reduces: Vec<Subject>,
    /// What this plea risks as much as (or more than) the charged offense: never a point of
    /// `avoids` or `reduces`.
    pub still_risks: Vec<Subject>,
}

/// The assessment of one conviction.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConvictionOut {
    pub statute: String,
    pub offense_id: Option<String>,
    pub offense_name: Option<String>,
    pub is_conviction: Grade,
    /// In [`Ground::ALL`] order.
    pub grounds: Vec<Grade>,
    pub findings: Vec<Finding>,
    pub alternatives: Vec<AlternativeOut>,
    /// From the catalog entry: what to keep in or out of the record of conviction.
    pub record_advice: Option<Prose>,
    /// From the catalog entry: what could change a past conviction, and what would not.
    pub post_conviction: Option<Prose>,
    /// For a divisible statute: the catalog id of the safer part to plead to.
    pub safer_variant: Option<String>,
    /// For a statute the catalog does not have: the nearest catalog entries, to check
    /// whether one of them was meant.
    pub suggestions: Vec<String>,
}

/// The whole answer (contract: `Assessment`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Assessment {
    pub convictions: Vec<ConvictionOut>,
    pub deportable: Reach,
    pub inadmissible: Reach,
    /// In [`Relief::ALL`] order.
    pub relief: Vec<ReliefGrade>,
    pub mandatory_detention: Grade,
    /// Findings about the person: removability, relief, detention.
    pub findings: Vec<Finding>,
    pub warnings: Vec<Explanation>,
    /// What the record (or a fact not entered) would settle, and what each answer changes.
    pub questions: Vec<super::questions::Question>,
}
