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
    fn the_contract_lists_eight_grounds_and_nine_forms_of_relief() {
        assert_eq!(Ground::ALL.len(), 8);
        assert_eq!(Relief::ALL.len(), 9);
        assert_eq!(Reach::from(Grade::Likely), Reach::Likely);
    }
}
