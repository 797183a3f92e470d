//! INA 101(a)(15)(U)(iii) (8 U.S.C. 1101(a)(15)(U)(iii)): whether the charged conduct is
//! "qualifying criminal activity" for a crime victim's U visa (issue #10, the prosecutor
//! view). The statute lists rape; torture; trafficking; incest; domestic violence; sexual
//! assault; abusive sexual contact; prostitution; sexual exploitation; stalking; female
//! genital mutilation; being held hostage; peonage; involuntary servitude; slave trade;
//! kidnapping; abduction; unlawful criminal restraint; false imprisonment; blackmail;
//! extortion; manslaughter; murder; felonious assault; witness tampering; obstruction of
//! justice; perjury; fraud in foreign labor contracting; "or any similar activity"; and
//! attempt, conspiracy or solicitation to commit any of them. 8 C.F.R. 214.14(a)(9) reads
//! "any similar activity" as activity whose nature and elements are substantially similar.
//!
//! Qualifying activity is only the first question: the certifying agency signs Form I-918,
//! Supplement B (8 C.F.R. 214.14(a)(2), (a)(3), (c)(2)(i)), and USCIS decides whether the
//! person was a victim who suffered substantial abuse and was helpful. A trafficking victim
//! may instead seek a T visa (INA 101(a)(15)(T)), whose law enforcement declaration is
//! Form I-914, Supplement B. Every answer says so.
//!
//! The answer is derived from what the catalog already says of the offense (its traits and
//! its domestic-violence, stalking and obstruction analyses), conservatively: where the
//! elements do not settle it, `possible` and what it depends on. Where that derivation would
//! be wrong or too weak, a reviewer's row in the data (`u_visa = { ... }`, [`UVisaRow`])
//! replaces it. Pure and total: no I/O, no panic.

use super::offense::{Family, Offense, OffenseClass, Trait, UVisaRow, Variant};
use super::outcome::{join_words, Arg, Explanation, Grade, Ground};
use super::reason::{ActivityName, ReasonKey, UVisaDepends};
use crate::lang::{Lang, Prose};

coded_enum! {
    /// One activity of the list in INA 101(a)(15)(U)(iii), in the statute's order.
    pub enum QualifyingActivity {
        Rape = "rape",
        Torture = "torture",
        Trafficking = "trafficking",
        Incest = "incest",
        DomesticViolence = "domestic_violence",
        SexualAssault = "sexual_assault",
        AbusiveSexualContact = "abusive_sexual_contact",
        Prostitution = "prostitution",
        SexualExploitation = "sexual_exploitation",
        Stalking = "stalking",
        FemaleGenitalMutilation = "female_genital_mutilation",
        BeingHeldHostage = "being_held_hostage",
        Peonage = "peonage",
        InvoluntaryServitude = "involuntary_servitude",
        SlaveTrade = "slave_trade",
        Kidnapping = "kidnapping",
        Abduction = "abduction",
        UnlawfulCriminalRestraint = "unlawful_criminal_restraint",
        FalseImprisonment = "false_imprisonment",
        Blackmail = "blackmail",
        Extortion = "extortion",
        Manslaughter = "manslaughter",
        Murder = "murder",
        FeloniousAssault = "felonious_assault",
        WitnessTampering = "witness_tampering",
        ObstructionOfJustice = "obstruction_of_justice",
        Perjury = "perjury",
        FraudInForeignLaborContracting = "fraud_in_foreign_labor_contracting",
    }
}

impl QualifyingActivity {
    /// The activity's name in each language.
    pub fn name(self) -> ActivityName {
        use ActivityName as N;
        use QualifyingActivity as A;
        match self {
            A::Rape => N::Rape,
            A::Torture => N::Torture,
            A::Trafficking => N::Trafficking,
            A::Incest => N::Incest,
            A::DomesticViolence => N::DomesticViolence,
            A::SexualAssault => N::SexualAssault,
            A::AbusiveSexualContact => N::AbusiveSexualContact,
            A::Prostitution => N::Prostitution,
            A::SexualExploitation => N::SexualExploitation,
            A::Stalking => N::Stalking,
            A::FemaleGenitalMutilation => N::FemaleGenitalMutilation,
            A::BeingHeldHostage => N::BeingHeldHostage,
            A::Peonage => N::Peonage,
            A::InvoluntaryServitude => N::InvoluntaryServitude,
            A::SlaveTrade => N::SlaveTrade,
            A::Kidnapping => N::Kidnapping,
            A::Abduction => N::Abduction,
            A::UnlawfulCriminalRestraint => N::UnlawfulCriminalRestraint,
            A::FalseImprisonment => N::FalseImprisonment,
            A::Blackmail => N::Blackmail,
            A::Extortion => N::Extortion,
            A::Manslaughter => N::Manslaughter,
            A::Murder => N::Murder,
            A::FeloniousAssault => N::FeloniousAssault,
            A::WitnessTampering => N::WitnessTampering,
            A::ObstructionOfJustice => N::ObstructionOfJustice,
            A::Perjury => N::Perjury,
            A::FraudInForeignLaborContracting => N::FraudInForeignLaborContracting,
        }
    }

    /// Activities a trafficking victim may also bring to a T visa (INA 101(a)(15)(T); the
    /// severe forms of trafficking of 22 U.S.C. 7102 include peonage, involuntary servitude
    /// and slavery).
    fn t_visa(self) -> bool {
        use QualifyingActivity as A;
        matches!(self, A::Trafficking | A::Peonage | A::InvoluntaryServitude | A::SlaveTrade)
    }
}

/// The statute every answer rests on.
pub const STATUTE: &str = "INA 101(a)(15)(U)(iii) (8 U.S.C. 1101(a)(15)(U)(iii))";
/// The regulation that defines the list, "any similar activity" and inchoate offenses.
pub const REGULATION: &str = "8 C.F.R. 214.14(a)(9)";

/// Whether an offense is U visa qualifying criminal activity, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UVisa {
    /// `yes`: a listed activity is an element; `likely`: it is by the usual reading of the
    /// elements; `possible`: it depends on the facts (see `depends_on`); `no`: no listed or
    /// similar activity is in the offense.
    pub grade: Grade,
    /// Each activity the offense is or may be, once, at its own grade, best first. Empty
    /// only when the grade is `no`; an attempt, conspiracy or solicitation whose target is
    /// not named lists every activity as `possible`.
    pub activities: Vec<(QualifyingActivity, Grade)>,
    /// The reasons, best first, then what certification needs besides.
    pub reasons: Vec<Explanation>,
    /// What a `possible` turns on.
    pub depends_on: Vec<UVisaDepends>,
    /// The statute and regulations, then the reviewer's citations.
    pub citations: Vec<String>,
    /// A reviewer's row in the data decided the answer (not the derivation).
    pub reviewed: bool,
}

impl UVisa {
    /// The activities at the answer's own grade: what the answer is about.
    pub fn headline(&self) -> Vec<QualifyingActivity> {
        self.activities.iter().filter(|(_, g)| *g == self.grade).map(|(a, _)| *a).collect()
    }
}

/// Whether `offense` (the prong `variant` where the charge names one) is qualifying
/// criminal activity for a U visa under INA 101(a)(15)(U)(iii).
pub fn qualifying(offense: &Offense, variant: Option<&Variant>) -> UVisa {
    // A bare section the catalog built from its subsections: each subsection has its own
    // answer (a reviewer's row included), and a charge that names none gets what they share.
    if offense.is_section && variant.is_none() && !offense.variants.is_empty() {
        return section(offense);
    }
    let row = variant.and_then(|v| v.u_visa.as_ref()).or(offense.u_visa.as_ref());
    let found = match row {
        Some(row) => reviewed(named(offense, variant), row),
        None => derive(offense, variant),
    };
    found.finish(row)
}

/// What the derivation or a row found, before the closing reasons.
#[derive(Default)]
struct Found {
    activities: Vec<(QualifyingActivity, Grade)>,
    reasons: Vec<(Grade, Explanation)>,
    depends_on: Vec<UVisaDepends>,
}

impl Found {
    fn add(
        &mut self,
        acts: &[QualifyingActivity],
        grade: Grade,
        reason: Explanation,
        depends: Option<UVisaDepends>,
    ) {
        for a in acts {
            match self.activities.iter_mut().find(|(x, _)| x == a) {
                Some((_, g)) => *g = (*g).max(grade),
                None => self.activities.push((*a, grade)),
            }
        }
        self.reasons.push((grade, reason));
        if let Some(d) = depends {
            if !self.depends_on.contains(&d) {
                self.depends_on.push(d);
            }
        }
    }

    fn has(&self, a: QualifyingActivity) -> bool {
        self.activities.iter().any(|(x, _)| *x == a)
    }

    fn finish(mut self, row: Option<&UVisaRow>) -> UVisa {
        let grade = self.activities.iter().map(|(_, g)| *g).max().unwrap_or(Grade::No);
        self.activities.sort_by(|(a, g), (b, h)| h.cmp(g).then(a.cmp(b)));
        self.reasons.sort_by(|(g, _), (h, _)| h.cmp(g));
        let mut reasons: Vec<Explanation> = self.reasons.into_iter().map(|(_, e)| e).collect();
        if grade != Grade::Possible {
            self.depends_on.clear();
        }
        let mut citations: Vec<String> = vec![STATUTE.to_string(), REGULATION.to_string()];
        citations.extend(row.into_iter().flat_map(|r| r.citations.iter().cloned()));
        reasons.push(Explanation::new(ReasonKey::UVisaCertification));
        if self.activities.iter().any(|(a, _)| a.t_visa()) {
            reasons.push(Explanation::new(ReasonKey::UVisaTVisa));
        }
        for r in &reasons {
            citations.extend(r.key.authority().iter().map(|c| c.to_string()));
        }
        // Each once; "INA 101(a)(15)(U)(iii)" is the statute already cited with its U.S. Code twin.
        let mut seen: Vec<String> = Vec::new();
        citations.retain(|c| match seen.iter().any(|s| s == c || s.starts_with(&format!("{c} ("))) {
            true => false,
            false => {
                seen.push(c.clone());
                true
            }
        });
        UVisa {
            grade,
            activities: self.activities,
            reasons,
            depends_on: self.depends_on,
            citations,
            reviewed: row.is_some(),
        }
    }
}

/// The names of `acts`, joined, in each language: "stalking and felonious assault".
fn names(acts: &[QualifyingActivity]) -> Arg {
    let of = |lang: Lang| {
        let list: Vec<&str> = acts.iter().map(|a| a.name().text(lang)).collect();
        join_words(&list, lang)
    };
    Arg::Prose(Prose::new(of(Lang::En), of(Lang::Es)))
}

/// The offense as a reason names it: a bare section's prong by its own entry's label
/// ("PC 647(b): Prostitution ..."), not by the section's.
fn named(offense: &Offense, variant: Option<&Variant>) -> Arg {
    match variant {
        Some(v) if offense.is_section => Arg::Prose(v.label.clone()),
        _ => Arg::offense(offense),
    }
}

fn because(key: ReasonKey, offense: Arg, acts: &[QualifyingActivity]) -> Explanation {
    let e = Explanation::new(key).with("offense", offense);
    match acts.is_empty() {
        true => e,
        false => e.with("activities", names(acts)),
    }
}

/// A reviewer's row: its grade, activities and note.
fn reviewed(offense: Arg, row: &UVisaRow) -> Found {
    let mut found = Found::default();
    let reason =
        Explanation::new(ReasonKey::UVisaReviewed).with("offense", offense.clone()).with("note", &row.note);
    match row.grade {
        // A row that says no still explains itself; one without a note gets the standard reason.
        Grade::No if row.note.en.is_empty() => {
            found.reasons.push((Grade::No, because(ReasonKey::UVisaNone, offense, &[])))
        }
        Grade::No => found.reasons.push((Grade::No, reason)),
        g => {
            let depends = (g == Grade::Possible).then_some(UVisaDepends::Facts);
            found.add(&row.activities, g, reason, depends);
        }
    }
    found
}

/// The answer from the catalog's traits and analyses.
fn derive(offense: &Offense, variant: Option<&Variant>) -> Found {
    use Grade::{Likely, Possible, Yes};
    use QualifyingActivity as A;
    let has = |t: Trait| offense.has_in(t, variant);
    let mut f = Found::default();
    let add = |f: &mut Found, acts: &[A], grade: Grade, key: ReasonKey, depends: Option<UVisaDepends>| {
        f.add(acts, grade, because(key, named(offense, variant), acts), depends)
    };
    let worst = |g: Ground| {
        let a = offense.analysis(g, variant);
        (a.home.max(a.worst), a.relationship_element)
    };

    let class = variant.and_then(|v| v.class).unwrap_or(offense.class);
    let family = variant.and_then(|v| v.family).unwrap_or(offense.family);
    let against_person =
        [Trait::Violent, Trait::Threat, Trait::Harassment, Trait::Restraint, Trait::OfficerAssault]
            .into_iter()
            .any(&has);

    // Domestic violence: the catalog's own analysis of the ground. A protected relationship
    // as an element makes it domestic violence by its elements; otherwise it depends on
    // who the victim was. The ground's crime-of-violence question does not limit the U visa
    // list, so an offense against a person whose ground says `no` is still domestic violence
    // when the victim is a partner or family member: `possible`, never more without a row.
    // A protection-order violation may be too. Child abuse alone is not: the catalog's
    // child-abuse ground reaches endangerment (a DUI with a child in the car), and abuse by
    // force is already an offense against a person.
    let order = worst(Ground::ProtectionOrderViolation).0 != Grade::No;
    match worst(Ground::DomesticViolence) {
        (Yes, true) => add(&mut f, &[A::DomesticViolence], Yes, ReasonKey::UVisaElement, None),
        (Likely | Possible, true) => {
            add(&mut f, &[A::DomesticViolence], Likely, ReasonKey::UVisaLikely, None)
        }
        (g, _) if g != Grade::No || against_person || order => add(
            &mut f,
            &[A::DomesticViolence],
            Possible,
            ReasonKey::UVisaRelationship,
            Some(UVisaDepends::Relationship),
        ),
        _ => {}
    }
    // Stalking: the catalog's analysis of the deportable stalking ground, then harassment.
    match worst(Ground::Stalking).0 {
        Grade::No => {}
        Yes => add(&mut f, &[A::Stalking], Yes, ReasonKey::UVisaElement, None),
        Likely => add(&mut f, &[A::Stalking], Likely, ReasonKey::UVisaLikely, None),
        _ => add(&mut f, &[A::Stalking], Possible, ReasonKey::UVisaFacts, Some(UVisaDepends::Facts)),
    }
    if (has(Trait::Harassment) || order) && !f.has(A::Stalking) {
        add(&mut f, &[A::Stalking], Possible, ReasonKey::UVisaSimilar, Some(UVisaDepends::Facts));
    }
    if has(Trait::Murder) {
        add(&mut f, &[A::Murder], Yes, ReasonKey::UVisaElement, None);
    }
    // Manslaughter has no trait of its own: the catalog's manslaughter entries say so in
    // their own rows (data/*.toml, `u_visa`).
    // Felonious assault: force against a person, and a felony.
    if has(Trait::Violent) || has(Trait::OfficerAssault) {
        let aggravated = has(Trait::DeathOrSeriousInjury) || has(Trait::Weapon) || has(Trait::OfficerAssault);
        match class {
            OffenseClass::Felony if aggravated => {
                add(&mut f, &[A::FeloniousAssault], Likely, ReasonKey::UVisaFeloniousAssault, None)
            }
            OffenseClass::Felony => add(
                &mut f,
                &[A::FeloniousAssault],
                Possible,
                ReasonKey::UVisaFeloniousFacts,
                Some(UVisaDepends::Facts),
            ),
            OffenseClass::Wobbler => add(
                &mut f,
                &[A::FeloniousAssault],
                Possible,
                ReasonKey::UVisaFeloniousLevel,
                Some(UVisaDepends::Level),
            ),
            // ⚠ A misdemeanor assault is not "felonious" by name; whether it is a "similar
            // activity" is unsettled (8 C.F.R. 214.14(a)(9)), so never `no`.
            OffenseClass::Misdemeanor | OffenseClass::Infraction => add(
                &mut f,
                &[A::FeloniousAssault],
                Possible,
                ReasonKey::UVisaSimilar,
                Some(UVisaDepends::Facts),
            ),
        }
    }
    if has(Trait::Restraint) {
        add(
            &mut f,
            &[A::FalseImprisonment, A::UnlawfulCriminalRestraint],
            Yes,
            ReasonKey::UVisaElement,
            None,
        );
    }
    if has(Trait::SexualAbuse) && has(Trait::Violent) {
        add(&mut f, &[A::SexualAssault], Likely, ReasonKey::UVisaLikely, None);
    } else if has(Trait::SexualAbuse) {
        let acts = [A::AbusiveSexualContact, A::SexualExploitation];
        add(&mut f, &acts, Possible, ReasonKey::UVisaFacts, Some(UVisaDepends::Facts));
    } else if has(Trait::SexOffense) || has(Trait::Lewdness) {
        add(&mut f, &[A::SexualExploitation], Possible, ReasonKey::UVisaSimilar, Some(UVisaDepends::Facts));
    }
    if has(Trait::Prostitution) {
        // ⚠ The trait covers procuring and loitering with intent as well as the act itself.
        add(&mut f, &[A::Prostitution], Likely, ReasonKey::UVisaLikely, None);
    }
    if has(Trait::Threat) {
        // ⚠ A threat is not listed by name; criminal threats are often certified as similar
        // to stalking or felonious assault, which depends on the facts.
        add(
            &mut f,
            &[A::Stalking, A::FeloniousAssault],
            Possible,
            ReasonKey::UVisaSimilar,
            Some(UVisaDepends::Facts),
        );
    }
    // Obstruction: the catalog's aggravated-felony route under 101(a)(43)(S).
    let s = std::iter::once(offense.analysis(Ground::AggravatedFelony, variant))
        .chain(offense.more_af(variant))
        .filter(|a| a.subparagraph.as_deref() == Some("S"))
        .map(|a| a.home.max(a.worst))
        .max()
        .unwrap_or(Grade::No);
    if s != Grade::No {
        let grade = if s == Yes { Likely } else { Possible };
        let depends = (grade == Possible).then_some(UVisaDepends::Facts);
        add(&mut f, &[A::ObstructionOfJustice], grade, ReasonKey::UVisaObstruction, depends);
    }
    if has(Trait::FalseDocument) && !f.has(A::ObstructionOfJustice) {
        let acts = [A::Perjury, A::ObstructionOfJustice];
        add(&mut f, &acts, Possible, ReasonKey::UVisaSimilar, Some(UVisaDepends::Facts));
    }
    let traffic = has(Trait::MinorTraffic) || has(Trait::MaybeMinorTraffic);
    if family == Family::Court && !traffic && !f.has(A::ObstructionOfJustice) {
        add(&mut f, &[A::ObstructionOfJustice], Possible, ReasonKey::UVisaSimilar, Some(UVisaDepends::Facts));
    }
    if has(Trait::Inchoate) {
        add(&mut f, A::ALL, Possible, ReasonKey::UVisaInchoate, Some(UVisaDepends::Target));
        // One reason names the target, not every activity of the list.
        if let Some((_, e)) = f.reasons.last_mut() {
            e.params.retain(|(k, _)| *k != "activities");
        }
    }
    if f.activities.is_empty() {
        f.reasons.push((Grade::No, because(ReasonKey::UVisaNone, named(offense, variant), &[])));
    }
    f
}

/// A bare section: each subsection's answer; the section's grade is what they share, and
/// `possible` where they differ and one of them may qualify.
fn section(offense: &Offense) -> UVisa {
    let answers: Vec<UVisa> = offense.variants.iter().map(|v| qualifying(offense, Some(v))).collect();
    let low = answers.iter().map(|a| a.grade).min().unwrap_or(Grade::Possible);
    let high = answers.iter().map(|a| a.grade).max().unwrap_or(Grade::Possible);
    let grade = match (low, high) {
        (l, _) if l >= Grade::Likely => l,
        (_, Grade::No) => Grade::No,
        _ => Grade::Possible,
    };
    let mut f = Found::default();
    if low != high {
        let e = Explanation::new(ReasonKey::UVisaSection).with("offense", Arg::offense(offense));
        f.reasons.push((Grade::Yes, e));
        f.depends_on.push(UVisaDepends::Subsection);
    }
    for a in &answers {
        for (act, g) in &a.activities {
            let g = (*g).min(grade);
            match f.activities.iter_mut().find(|(x, _)| x == act) {
                Some((_, h)) => *h = (*h).max(g),
                None => f.activities.push((*act, g)),
            }
        }
        for r in &a.reasons {
            // A subsection that names nothing explains itself only where no subsection names anything.
            let closing = matches!(r.key, ReasonKey::UVisaCertification | ReasonKey::UVisaTVisa)
                || (r.key == ReasonKey::UVisaNone && grade != Grade::No);
            if !closing && !f.reasons.iter().any(|(_, e)| e == r) {
                f.reasons.push((a.grade, r.clone()));
            }
        }
        for d in &a.depends_on {
            if !f.depends_on.contains(d) {
                f.depends_on.push(*d);
            }
        }
    }
    // A subsection's own citations come with it.
    let mut answer = f.finish(None);
    for a in &answers {
        for c in &a.citations {
            if !answer.citations.contains(c) {
                answer.citations.push(c.clone());
            }
        }
    }
    answer.reviewed = answers.iter().all(|a| a.reviewed);
    answer.grade = grade;
    answer
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::case::Jurisdiction;
    use crate::engine::date::Date;
    use crate::engine::offense::{Analysis, Confidence, Trigger};

    fn analysis(grade: Grade) -> Analysis {
        Analysis {
            home: grade,
            worst: grade,
            trigger: Trigger::None,
            subparagraph: None,
            relationship_element: false,
            minor_victim: None,
            felony_only: false,
            note: Prose::default(),
            citations: Vec::new(),
        }
    }

    fn offense(class: OffenseClass, family: Family, traits: &[Trait]) -> Offense {
        Offense {
            id: "ca.test".into(),
            jurisdiction: Jurisdiction::Ca,
            citation: "PC 0".into(),
            statutes: vec!["PC 0".into()],
            keywords: Vec::new(),
            title: Prose::new("Test", "Prueba"),
            class,
            felony_max_days: None,
            misdemeanor_max: None,
            family,
            traits: traits.to_vec(),
            grounds: Ground::ALL.iter().map(|_| analysis(Grade::No)).collect(),
            more_af: Vec::new(),
            variants: Vec::new(),
            alternatives: Vec::new(),
            record_advice: None,
            safer_variant: None,
            post_conviction: None,
            sources: vec!["test".into()],
            confidence: Confidence::High,
            u_visa: None,
            last_reviewed: Date::EPOCH,
            is_section: false,
            file: "test".into(),
            line: 1,
        }
    }

    #[test]
    fn a_relationship_element_makes_domestic_violence_an_element() {
        let mut o = offense(OffenseClass::Wobbler, Family::Domestic, &[Trait::Violent]);
        o.grounds[Ground::DomesticViolence as usize] =
            Analysis { relationship_element: true, ..analysis(Grade::Yes) };
        let u = qualifying(&o, None);
        assert_eq!(u.grade, Grade::Yes);
        assert_eq!(u.headline(), vec![QualifyingActivity::DomesticViolence]);
        assert!(u.activities.contains(&(QualifyingActivity::FeloniousAssault, Grade::Possible)));
        assert_eq!(u.reasons.last().map(|r| r.key), Some(ReasonKey::UVisaCertification));
    }

    #[test]
    fn without_the_relationship_domestic_violence_depends_on_the_victim() {
        let mut o = offense(OffenseClass::Misdemeanor, Family::Violence, &[Trait::Violent]);
        o.grounds[Ground::DomesticViolence as usize] = analysis(Grade::Possible);
        let u = qualifying(&o, None);
        assert_eq!(u.grade, Grade::Possible);
        assert!(u.depends_on.contains(&UVisaDepends::Relationship));
        assert!(u.headline().contains(&QualifyingActivity::DomesticViolence));
    }

    #[test]
    fn a_drug_possession_or_a_dui_names_no_activity() {
        for t in [Trait::DrugPossession, Trait::Dui] {
            let u = qualifying(&offense(OffenseClass::Misdemeanor, Family::Drugs, &[t]), None);
            assert_eq!(u.grade, Grade::No, "{t:?}");
            assert!(u.activities.is_empty());
            assert_eq!(u.reasons[0].key, ReasonKey::UVisaNone);
            assert!(u.depends_on.is_empty());
        }
    }

    #[test]
    fn an_inchoate_offense_depends_on_its_target() {
        let u = qualifying(&offense(OffenseClass::Wobbler, Family::PublicOrder, &[Trait::Inchoate]), None);
        assert_eq!(u.grade, Grade::Possible);
        assert_eq!(u.activities.len(), QualifyingActivity::ALL.len());
        assert_eq!(u.depends_on, vec![UVisaDepends::Target]);
        assert!(u.citations.iter().any(|c| c == REGULATION));
    }

    #[test]
    fn a_felony_with_force_and_a_weapon_is_likely_felonious_assault_and_a_wobbler_depends_on_the_level() {
        let felony = offense(OffenseClass::Felony, Family::Violence, &[Trait::Violent, Trait::Weapon]);
        assert_eq!(qualifying(&felony, None).grade, Grade::Likely);
        let wobbler = offense(OffenseClass::Wobbler, Family::Violence, &[Trait::Violent, Trait::Weapon]);
        let u = qualifying(&wobbler, None);
        assert_eq!(u.grade, Grade::Possible);
        assert!(u.depends_on.contains(&UVisaDepends::Level), "{:?}", u.depends_on);
        // An offense against a person may be domestic violence, on the relationship.
        assert!(u.depends_on.contains(&UVisaDepends::Relationship));
    }

    #[test]
    fn a_reviewers_row_replaces_the_derivation_and_a_variants_row_the_offenses() {
        let mut o = offense(OffenseClass::Felony, Family::Court, &[]);
        o.u_visa = Some(UVisaRow {
            grade: Grade::Yes,
            activities: vec![QualifyingActivity::Perjury],
            note: Prose::new("Perjury by name.", "Perjurio por su nombre."),
            citations: vec!["Cal. Penal Code 118".into()],
        });
        let u = qualifying(&o, None);
        assert!(u.reviewed);
        assert_eq!(u.grade, Grade::Yes);
        assert_eq!(u.headline(), vec![QualifyingActivity::Perjury]);
        assert!(u.citations.iter().any(|c| c == "Cal. Penal Code 118"));
        let v = Variant {
            id: "ca.test.v".into(),
            label: Prose::new("v", "v"),
            grounds: Vec::new(),
            more_af: None,
            traits: None,
            class: None,
            family: None,
            u_visa: Some(UVisaRow {
                grade: Grade::No,
                activities: Vec::new(),
                note: Prose::default(),
                citations: Vec::new(),
            }),
        };
        let u = qualifying(&o, Some(&v));
        assert_eq!(u.grade, Grade::No);
        assert_eq!(u.reasons[0].key, ReasonKey::UVisaNone);
    }

    #[test]
    fn a_trafficking_activity_points_to_the_t_visa() {
        let mut o = offense(OffenseClass::Felony, Family::Violence, &[]);
        o.u_visa = Some(UVisaRow {
            grade: Grade::Yes,
            activities: vec![QualifyingActivity::Trafficking],
            note: Prose::new("Trafficking.", "Trata."),
            citations: vec!["x".into()],
        });
        let u = qualifying(&o, None);
        assert!(u.reasons.iter().any(|r| r.key == ReasonKey::UVisaTVisa));
        assert!(u.citations.iter().any(|c| c.contains("101(a)(15)(T)")));
    }

    #[test]
    fn every_activity_has_a_distinct_name_in_both_languages() {
        let mut seen = std::collections::HashSet::new();
        for a in QualifyingActivity::ALL {
            assert!(seen.insert(a.name()), "{a:?}");
            for lang in Lang::ALL {
                assert!(!a.name().text(lang).is_empty());
            }
        }
    }
}
