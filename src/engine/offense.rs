//! The checked form of one catalog entry: an offense and how it maps onto each federal
//! ground, as a lawyer wrote it in `data/*.toml`.

use crate::engine::case::Jurisdiction;
use crate::engine::date::Date;
use crate::engine::outcome::{Grade, Ground};
use crate::engine::params::Param;
use crate::engine::u_visa::QualifyingActivity;
use crate::lang::Prose;
use crate::pack::{Pack, Reader, Writer};

coded_enum! {
    /// How the offense may be charged.
    pub enum OffenseClass {
        Felony = "felony",
        Misdemeanor = "misdemeanor",
        /// Chargeable either way (California's wobblers; Illinois offenses whose class depends on a prong).
        Wobbler = "wobbler",
        Infraction = "infraction",
    }
}

coded_enum! {
    /// The family of conduct, used to propose alternatives of the same kind.
    pub enum Family {
        Violence = "violence",
        Domestic = "domestic",
        Sex = "sex",
        Theft = "theft",
        Fraud = "fraud",
        Property = "property",
        Drugs = "drugs",
        Weapons = "weapons",
        Vehicle = "vehicle",
        Court = "court",
        PublicOrder = "public_order",
    }
}

coded_enum! {
    /// Traits of the offense that rules beyond the eight grounds read.
    pub enum Trait {
        /// Violent or dangerous (asylum "particularly serious crime" screening; 8 C.F.R. 212.7(d)).
        Violent = "violent",
        /// A sex offense (particularly serious crime screening; DACA sexual abuse).
        SexOffense = "sex_offense",
        /// Sale, possession for sale or transport for sale of a drug: reason to believe trafficking, INA 212(a)(2)(C).
        DrugSale = "drug_sale",
        /// Simple possession (or use) of a drug.
        DrugPossession = "drug_possession",
        /// Simple possession of marijuana: the 30-gram exceptions may apply.
        MarijuanaPossession = "marijuana_possession",
        /// Driving under the influence (DACA significant misdemeanor; Castillo-Perez).
        Dui = "dui",
        /// Murder (permanent bar to good moral character; 212(h) bar).
        Murder = "murder",
        /// Prostitution or procuring (INA 212(a)(2)(D)).
        Prostitution = "prostitution",
        /// Possession or use of a firearm, as DACA reads it regardless of the categorical approach.
        FirearmConduct = "firearm_conduct",
        /// False identity or immigration documents, or a false claim to citizenship (INA 212(a)(6)(C)(ii)).
        FalseDocument = "false_document",
        /// Burglary under state law (PC 459/460, IL 19-1, 19-3): DACA significant misdemeanor;
        /// Laken Riley listed conduct.
        Burglary = "burglary",
        /// Close to burglary without being it (PC 459.5 shoplifting, PC 466 burglary tools):
        /// DACA at risk.
        BurglaryRelated = "burglary_related",
        /// Theft, larceny or shoplifting under state law: Laken Riley listed conduct.
        Theft = "theft",
        /// Receiving stolen property, vehicle taking: Laken Riley conduct possible.
        TheftRelated = "theft_related",
        /// Assault or battery of a law enforcement officer as an element: Laken Riley listed.
        OfficerAssault = "officer_assault",
        /// A prong or fact may make it an assault of an officer (resisting with force): possible.
        OfficerAssaultPossible = "officer_assault_possible",
        /// Death or serious bodily injury is an element: Laken Riley listed conduct.
        DeathOrSeriousInjury = "death_or_serious_injury",
        /// Death or serious bodily injury may be a fact of the case: Laken Riley possible.
        SeriousInjuryPossible = "serious_injury_possible",
        /// Sexual abuse or exploitation: DACA significant misdemeanor.
        SexualAbuse = "sexual_abuse",
        /// Lewd conduct or indecent exposure: DACA at risk.
        Lewdness = "lewdness",
        /// A threat of violence is an element (DACA domestic violence with a relationship).
        Threat = "threat",
        /// Restraint of a person (false imprisonment, kidnapping).
        Restraint = "restraint",
        /// Harassment, annoying or stalking conduct.
        Harassment = "harassment",
        /// A weapon that may be a firearm (deadly weapon, brandishing): DACA at risk.
        Weapon = "weapon",
        /// Reckless driving involving alcohol (wet reckless): DACA at risk.
        WetReckless = "wet_reckless",
        /// A minor traffic offense (DACA and TPS do not count it).
        MinorTraffic = "minor_traffic",
        /// Perhaps a minor traffic offense (driving on a suspended license): DACA at risk.
        MaybeMinorTraffic = "maybe_minor_traffic",
        /// An attempt, conspiracy or solicitation whose target is not named: every category of
        /// the target may apply (Laken Riley conduct possible; DACA at risk).
        Inchoate = "inchoate",
    }
}

coded_enum! {
    /// When a ground's analysis applies.
    pub enum Trigger {
        /// Whatever the sentence or loss.
        None = "none",
        /// Only with a term of imprisonment of at least one year on the count.
        Sentence = "sentence",
        /// Only with loss to the victim over $10,000.
        Loss = "loss",
    }
}

coded_enum! {
    /// How sure the reviewer is of the row.
    pub enum Confidence {
        High = "high",
        Medium = "medium",
        Low = "low",
    }
}

/// The maximum term of a misdemeanor conviction of the offense.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MaxTerm {
    Days(u32),
    /// A dated value, such as California's 365 → 364 days from 2015-01-01.
    Param(Param),
}

impl Pack for MaxTerm {
    fn pack(&self, w: &mut Writer) {
        match self {
            MaxTerm::Days(d) => (0u32, *d).pack(w),
            MaxTerm::Param(p) => (1u32, *p as u32).pack(w),
        }
    }
    fn unpack(r: &mut Reader<'_>) -> Option<Self> {
        match <(u32, u32)>::unpack(r)? {
            (0, d) => Some(MaxTerm::Days(d)),
            (1, p) => Param::ALL.get(p as usize).map(|p| MaxTerm::Param(*p)),
            _ => None,
        }
    }
}

packed! {
/// How one offense (or variant) maps onto one ground.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Analysis {
    /// The answer under the home circuit's law (Ninth for California, Seventh for Illinois).
    pub home: Grade,
    /// The answer where the Fifth Circuit or BIA precedent governs.
    pub worst: Grade,
    pub trigger: Trigger,
    /// The 101(a)(43) subparagraph, for the aggravated-felony ground.
    pub subparagraph: Option<String>,
    /// Domestic violence: the protected relationship is an element of the offense.
    pub relationship_element: bool,
    /// Child abuse: the grade when the record shows a minor victim.
    pub minor_victim: Option<Grade>,
    /// The analysis reaches only a conviction entered as a felony (`when = "felony"`).
    pub felony_only: bool,
    /// The reviewer's line a defender can repeat, in each language.
    pub note: Prose,
    pub citations: Vec<String>,
}
}

/// The analyses of the eight grounds, in [`Ground::ALL`] order.
pub type Analyses = Vec<Analysis>;

packed! {
/// A subsection or element the record of conviction may prove, with the grounds whose
/// analysis differs from the offense's.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Variant {
    pub id: String,
    pub label: Prose,
    /// `(ground, analysis)` overrides.
    pub grounds: Vec<(Ground, Analysis)>,
    /// Further aggravated-felony routes of this variant, replacing the offense's; `None`
    /// keeps the offense's (a subsection of a bare section has its own).
    pub more_af: Option<Vec<Analysis>>,
    /// The conduct traits of this prong, replacing the offense's (which describe the whole
    /// statute, its worst prong included); `None` keeps the offense's.
    pub traits: Option<Vec<Trait>>,
    /// A reviewer's U visa answer for this prong, replacing the offense's; `None` keeps the
    /// offense's (a bare section's prong carries its member entry's).
    pub u_visa: Option<UVisaRow>,
    /// The class and family of this prong where they differ from the offense's: a bare
    /// section's prong is its own entry (`None` in the data files).
    pub class: Option<OffenseClass>,
    pub family: Option<Family>,
}
}

packed! {
/// A reviewer's answer to whether the offense is U visa qualifying criminal activity
/// (INA 101(a)(15)(U)(iii)), where deriving it from the traits and grounds would be wrong or
/// too weak ([`super::u_visa::qualifying`] uses it instead of its own derivation).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UVisaRow {
    pub grade: Grade,
    /// The listed activities the offense is (or may be); empty only for `no`.
    pub activities: Vec<QualifyingActivity>,
    /// Why, in each language (required unless `no`).
    pub note: Prose,
    pub citations: Vec<String>,
}
}

packed! {
/// A curated safer plea.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Alternative {
    pub offense_id: String,
    pub why: Prose,
}
}

packed! {
/// One offense of a state catalog.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Offense {
    pub id: String,
    pub jurisdiction: Jurisdiction,
    /// As displayed: "PC 273.5".
    pub citation: String,
    /// Every statute that names this entry (its citation and aliases), in canonical spelling
    /// ("PC 273.5(a)", "720 ILCS 5/12-3.2"): the catalog parses them to find it.
    pub statutes: Vec<String>,
    pub keywords: Vec<String>,
    pub title: Prose,
    pub class: OffenseClass,
    pub felony_max_days: Option<u32>,
    pub misdemeanor_max: Option<MaxTerm>,
    pub family: Family,
    pub traits: Vec<Trait>,
    pub grounds: Analyses,
    /// Further aggravated-felony subparagraphs the offense may meet (theft and fraud, say),
    /// each with its own trigger; the worst applies.
    pub more_af: Vec<Analysis>,
    pub variants: Vec<Variant>,
    pub alternatives: Vec<Alternative>,
    pub record_advice: Option<Prose>,
    /// For a divisible statute: the variant to plead to specifically.
    pub safer_variant: Option<String>,
    /// Post-conviction relief that matters for this offense (PC 1473.7, PC 1203.43, 735 ILCS 5/2-1401 ...).
    pub post_conviction: Option<Prose>,
    pub sources: Vec<String>,
    pub confidence: Confidence,
    /// A reviewer's U visa answer, where the derivation from traits and grounds would be
    /// wrong or too weak.
    pub u_visa: Option<UVisaRow>,
    pub last_reviewed: Date,
    /// A bare section built from its catalogued subsections ([`super::sections`]), not a
    /// reviewed entry of its own: never proposed as a plea.
    pub is_section: bool,
    /// Where the entry starts in its data file.
    pub file: String,
    pub line: u32,
}
}

impl Offense {
    pub fn has(&self, t: Trait) -> bool {
        self.traits.contains(&t)
    }

    /// Whether the prong the record names (or, on a silent record, the statute as a whole)
    /// has trait `t`.
    pub fn has_in(&self, t: Trait, variant: Option<&Variant>) -> bool {
        variant.and_then(|v| v.traits.as_ref()).map_or(self.has(t), |own| own.contains(&t))
    }

    /// The analysis of `ground` for `variant` (the offense's own where the variant does not
    /// override it).
    pub fn analysis<'a>(&'a self, ground: Ground, variant: Option<&'a Variant>) -> &'a Analysis {
        variant
            .and_then(|v| v.grounds.iter().find(|(g, _)| *g == ground).map(|(_, a)| a))
            .unwrap_or(&self.grounds[ground as usize])
    }

    /// The further aggravated-felony routes for `variant`.
    pub fn more_af<'a>(&'a self, variant: Option<&'a Variant>) -> &'a [Analysis] {
        variant.and_then(|v| v.more_af.as_deref()).unwrap_or(&self.more_af)
    }

    pub fn variant(&self, id: &str) -> Option<&Variant> {
        self.variants.iter().find(|v| v.id == id)
    }
}
