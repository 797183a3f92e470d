//! The engine's input: a person and their convictions, as the engine reasons about them.
//!
//! These types are parsed from the contract's JSON by [`crate::contract`]; they are not
//! shaped by serialisation. The wire spelling of each value is its `code()`.

use super::date::Date;

coded_enum! {
    /// Immigration status of the person (contract: `person.status`).
    pub enum Status {
        Lpr = "lpr",
        ConditionalLpr = "conditional_lpr",
        Refugee = "refugee",
        Asylee = "asylee",
        /// Admitted on a visa.
        Nonimmigrant = "nonimmigrant",
        Parolee = "parolee",
        /// Entered without inspection, never admitted.
        Undocumented = "undocumented",
        Daca = "daca",
        Tps = "tps",
        /// Not known: the engine reports what holds under either family of grounds.
        Unknown = "unknown",
    }
}

coded_enum! {
    /// Whose law grades the case (contract: `perspective`).
    pub enum Perspective {
        /// The worse of the home circuit and the Fifth Circuit (the default).
        PleaPlanning = "plea_planning",
        /// The home circuit only, naming the arguments available there.
        RemovalDefense = "removal_defense",
    }
}

coded_enum! {
    /// The state whose offense catalog is searched (contract: `jurisdiction`).
    pub enum Jurisdiction {
        Ca = "CA",
        Il = "IL",
    }
}

coded_enum! {
    /// How the offense was classified when judgment was entered (contract: `level`).
    pub enum Level {
        Felony = "felony",
        Misdemeanor = "misdemeanor",
        Infraction = "infraction",
    }
}

coded_enum! {
    /// How the criminal case ended (contract: `disposition`).
    pub enum Disposition {
        PleaOrVerdict = "plea_or_verdict",
        PretrialDiversionNoPlea = "pretrial_diversion_no_plea",
        DeferredEntryWithPlea = "deferred_entry_with_plea",
        JuvenileAdjudication = "juvenile_adjudication",
        VacatedLegalDefect = "vacated_legal_defect",
        ExpungedRehabilitative = "expunged_rehabilitative",
    }
}

coded_enum! {
    /// What the record of conviction establishes (contract: `facts`).
    pub enum Fact {
        /// Victim was a spouse, former spouse, co-parent, cohabitant or similarly situated.
        ProtectedRelationship = "protected_relationship",
        MinorVictim = "minor_victim",
        Marijuana30gOrLess = "marijuana_30g_or_less",
        FirearmUsed = "firearm_used",
        SingleSchemeWithOtherConviction = "single_scheme_with_other_conviction",
    }
}

impl Jurisdiction {
    /// The federal court of appeals whose law governs removal cases heard there.
    pub fn home_circuit(self) -> Circuit {
        match self {
            Jurisdiction::Ca => Circuit::Ninth,
            Jurisdiction::Il => Circuit::Seventh,
        }
    }
}

/// A federal court of appeals whose precedent binds immigration courts in its region.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Circuit {
    Fifth,
    Seventh,
    Ninth,
}

/// The person whose immigration status is at stake.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Person {
    pub status: Status,
    /// The admission that starts the five-year CIMT clock (Matter of Alyazji).
    pub admitted_on: Option<Date>,
    pub lpr_since: Option<Date>,
    pub born_on: Option<Date>,
}

/// Money in whole cents, so `$10,000.01` is more than `$10,000` exactly.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Cents(pub u64);

/// One conviction (or disposition that may or may not be one).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Conviction {
    /// The code section as the user typed it.
    pub statute: String,
    /// Catalog id of the variant the record proves; `None`: the record does not say.
    pub variant: Option<String>,
    pub committed_on: Option<Date>,
    pub convicted_on: Option<Date>,
    pub level: Option<Level>,
    /// Term ordered, suspended part included (INA 101(a)(48)(B)); `None`: not yet known.
    pub sentence_days: Option<u32>,
    pub suspended_days: Option<u32>,
    pub custody_days: Option<u32>,
    pub disposition: Disposition,
    pub loss: Option<Cents>,
    pub facts: Vec<Fact>,
}

impl Conviction {
    /// A plea or verdict to `statute` with nothing else known: no dates, level, sentence,
    /// custody, loss or facts, and a silent record.
    pub fn plea(statute: impl Into<String>) -> Conviction {
        Conviction {
            statute: statute.into(),
            variant: None,
            committed_on: None,
            convicted_on: None,
            level: None,
            sentence_days: None,
            suspended_days: None,
            custody_days: None,
            disposition: Disposition::PleaOrVerdict,
            loss: None,
            facts: Vec::new(),
        }
    }

    pub fn has_fact(&self, fact: Fact) -> bool {
        self.facts.contains(&fact)
    }
}

/// The longest statute a Case may name, in characters. The longest citation people type is
/// under 60 (`Cal. Health & Safety Code § 11379.6(a)`, `720 ILCS 5/12-3.2(a)(1)`), and words
/// such as "possession of a controlled substance for sale" under 50; longer text is refused
/// with an error naming the field, so no text can make the search or the parser slow.
pub const MAX_STATUTE_CHARS: usize = 200;

/// The most convictions one Case may hold. Each conviction brings its own questions and
/// safer pleas, and each answer to a question grades the person again over the whole case
/// (only the conviction it changes is graded again: `engine::Regrade`), so the work grows a
/// little faster than the count; at 30 an assessment takes about 5–10 ms natively (README
/// "Limits, and one reading for both doors").
pub const MAX_CONVICTIONS: usize = 30;

/// Everything the engine assesses.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Case {
    /// The date the assessment speaks for.
    pub as_of: Date,
    pub perspective: Perspective,
    pub jurisdiction: Jurisdiction,
    pub person: Person,
    pub convictions: Vec<Conviction>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_round_trips() {
        for s in Status::ALL {
            assert_eq!(Status::from_code(s.code()), Some(*s));
        }
        for d in Disposition::ALL {
            assert_eq!(Disposition::from_code(d.code()), Some(*d));
        }
        for f in Fact::ALL {
            assert_eq!(Fact::from_code(f.code()), Some(*f));
        }
        assert_eq!(Status::ALL.len(), 10, "the contract lists ten statuses");
        assert_eq!(Disposition::ALL.len(), 6, "the contract lists six dispositions");
    }

    #[test]
    fn codes_are_exact_and_case_sensitive() {
        assert_eq!(Status::from_code("LPR"), None);
        assert_eq!(Jurisdiction::from_code("ca"), None);
        assert_eq!(Jurisdiction::from_code("CA"), Some(Jurisdiction::Ca));
        assert_eq!(Level::expected(), "one of felony, misdemeanor, infraction");
    }

    #[test]
    fn home_circuits_follow_the_state() {
        assert_eq!(Jurisdiction::Ca.home_circuit(), Circuit::Ninth);
        assert_eq!(Jurisdiction::Il.home_circuit(), Circuit::Seventh);
    }
}
