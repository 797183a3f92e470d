//! Plain language, for advocates at a clinic and the person across the table: each result
//! said again in a short, everyday sentence. Its own message table in each language, written
//! for the purpose, not a filter over the legal wording; the legal row, its grade and its
//! "Why?" stay beside it.

use crate::engine::outcome::{Grade, Ground, Reach, Relief, ReliefGrade, Subject};
use crate::lang::{fill, Lang};

use super::components::grade_badge::Mark;

crate::messages! {
    /// The plain sentences: one per kind of result and answer, `{what}` the thing in plain words.
    pub enum Plain {
        GroundYes { en: "Immigration law treats this conviction as {what}.", es: "La ley de inmigración trata esta condena como {what}." },
        GroundLikely { en: "Immigration law will probably treat this conviction as {what}.", es: "Es probable que la ley de inmigración trate esta condena como {what}." },
        GroundPossible { en: "This conviction might count as {what}. It depends on details a lawyer should check.", es: "Esta condena podría contar como {what}. Depende de detalles que un abogado debe revisar." },
        GroundNo { en: "This conviction does not count as {what} under today's law.", es: "Esta condena no cuenta como {what} según la ley actual." },
        DeportableYes { en: "Someone who was let into the country could be deported for this.", es: "Una persona a quien dejaron entrar al país podría ser deportada por esto." },
        DeportableLikely { en: "Someone who was let into the country could probably be deported for this.", es: "Una persona a quien dejaron entrar al país probablemente podría ser deportada por esto." },
        DeportablePossible { en: "Someone who was let into the country might be deported for this. It depends on details.", es: "Una persona a quien dejaron entrar al país podría ser deportada por esto. Depende de detalles." },
        DeportableNo { en: "This does not by itself make a person who was let in deportable.", es: "Esto por sí solo no hace deportable a una persona a quien dejaron entrar." },
        DeportableNotApplicable { en: "Deportation rules for people let into the country do not apply to this status.", es: "Las reglas de deportación para personas a quienes dejaron entrar no aplican a este estatus." },
        InadmissibleYes { en: "This can stop the person from getting a green card, a visa or back into the country.", es: "Esto puede impedir que la persona obtenga la residencia, una visa o vuelva a entrar al país." },
        InadmissibleLikely { en: "This will probably stop the person from getting a green card, a visa or back into the country.", es: "Esto probablemente impedirá que la persona obtenga la residencia, una visa o vuelva a entrar al país." },
        InadmissiblePossible { en: "This might stop the person from getting a green card, a visa or back into the country. It depends on details.", es: "Esto podría impedir que la persona obtenga la residencia, una visa o vuelva a entrar al país. Depende de detalles." },
        InadmissibleNo { en: "This does not by itself block a green card, a visa or coming back.", es: "Esto por sí solo no bloquea la residencia, una visa ni el regreso." },
        InadmissibleNotApplicable { en: "The rules for getting in do not apply to this status.", es: "Las reglas para entrar no aplican a este estatus." },
        DetentionYes { en: "If immigration arrests the person, they would be held without bond.", es: "Si inmigración arresta a la persona, quedaría detenida sin fianza." },
        DetentionLikely { en: "If immigration arrests the person, they would probably be held without bond.", es: "Si inmigración arresta a la persona, probablemente quedaría detenida sin fianza." },
        DetentionPossible { en: "If immigration arrests the person, they might be held without bond. It depends on details.", es: "Si inmigración arresta a la persona, podría quedar detenida sin fianza. Depende de detalles." },
        DetentionNo { en: "This alone does not mean being held without bond.", es: "Esto por sí solo no significa quedar detenida sin fianza." },
        ReliefBarred { en: "This closes the door to {what}.", es: "Esto cierra la puerta a {what}." },
        ReliefAtRisk { en: "This puts {what} at risk.", es: "Esto pone en riesgo {what}." },
        ReliefNotBarred { en: "These convictions do not close the door to {what}.", es: "Estas condenas no cierran la puerta a {what}." },
        ReliefNotApplicable { en: "{what} is not open to this status.", es: "{what} no está disponible para este estatus." },
        // What each thing is, in everyday words.
        WhatAggravatedFelony { en: "an \"aggravated felony\", the most serious kind of crime for immigration", es: "un \"delito grave agravado\", el tipo de delito más grave para inmigración" },
        WhatCimt { en: "a crime of dishonesty or cruelty (\"moral turpitude\")", es: "un delito de deshonestidad o crueldad (\"vileza moral\")" },
        WhatControlledSubstance { en: "a drug crime", es: "un delito de drogas" },
        WhatFirearm { en: "a gun crime", es: "un delito con arma de fuego" },
        WhatDomesticViolence { en: "domestic violence", es: "violencia doméstica" },
        WhatStalking { en: "stalking", es: "acecho" },
        WhatChildAbuse { en: "child abuse", es: "maltrato infantil" },
        WhatProtectionOrder { en: "breaking a protection order", es: "violar una orden de protección" },
        WhatLprCancellation { en: "the green-card holder's way to stop a deportation (cancellation)", es: "la forma en que un residente puede frenar una deportación (cancelación)" },
        WhatNonLprCancellation { en: "the way to stop a deportation after ten years here (cancellation)", es: "la forma de frenar una deportación después de diez años aquí (cancelación)" },
        WhatAsylum { en: "asylum", es: "el asilo" },
        WhatWithholding { en: "protection from being sent back to danger (withholding)", es: "la protección contra el regreso a un lugar peligroso (withholding)" },
        WhatNaturalization { en: "becoming a citizen", es: "hacerse ciudadano" },
        WhatDaca { en: "DACA", es: "DACA" },
        WhatTps { en: "TPS", es: "el TPS" },
        WhatWaiver { en: "a pardon for the crime in immigration court (212(h) waiver)", es: "un perdón del delito ante inmigración (perdón 212(h))" },
        WhatVoluntaryDeparture { en: "leaving on one's own instead of being deported (voluntary departure)", es: "salir por cuenta propia en vez de ser deportado (salida voluntaria)" },
    }
}

fn what(subject: Subject) -> Option<Plain> {
    Some(match subject {
        Subject::Ground(g) => match g {
            Ground::AggravatedFelony => Plain::WhatAggravatedFelony,
            Ground::Cimt => Plain::WhatCimt,
            Ground::ControlledSubstance => Plain::WhatControlledSubstance,
            Ground::Firearm => Plain::WhatFirearm,
            Ground::DomesticViolence => Plain::WhatDomesticViolence,
            Ground::Stalking => Plain::WhatStalking,
            Ground::ChildAbuse => Plain::WhatChildAbuse,
            Ground::ProtectionOrderViolation => Plain::WhatProtectionOrder,
        },
        Subject::Relief(r) => match r {
            Relief::LprCancellation => Plain::WhatLprCancellation,
            Relief::NonLprCancellation => Plain::WhatNonLprCancellation,
            Relief::Asylum => Plain::WhatAsylum,
            Relief::Withholding => Plain::WhatWithholding,
            Relief::Naturalization => Plain::WhatNaturalization,
            Relief::Daca => Plain::WhatDaca,
            Relief::Tps => Plain::WhatTps,
            Relief::Waiver212h => Plain::WhatWaiver,
            Relief::VoluntaryDeparture => Plain::WhatVoluntaryDeparture,
        },
        _ => return None,
    })
}

/// The plain sentence for one result row.
pub fn sentence(lang: Lang, subject: Subject, mark: Mark) -> String {
    let reach = |r: Reach, yes, likely, possible, no, na| match r {
        Reach::Yes => yes,
        Reach::Likely => likely,
        Reach::Possible => possible,
        Reach::No => no,
        Reach::NotApplicable => na,
    };
    let key = match (subject, mark) {
        (Subject::Ground(_), Mark::Grade(g)) => match g {
            Grade::Yes => Plain::GroundYes,
            Grade::Likely => Plain::GroundLikely,
            Grade::Possible => Plain::GroundPossible,
            Grade::No => Plain::GroundNo,
        },
        (Subject::Deportable, Mark::Reach(r)) => reach(
            r,
            Plain::DeportableYes,
            Plain::DeportableLikely,
            Plain::DeportablePossible,
            Plain::DeportableNo,
            Plain::DeportableNotApplicable,
        ),
        (Subject::Inadmissible, Mark::Reach(r)) => reach(
            r,
            Plain::InadmissibleYes,
            Plain::InadmissibleLikely,
            Plain::InadmissiblePossible,
            Plain::InadmissibleNo,
            Plain::InadmissibleNotApplicable,
        ),
        (Subject::MandatoryDetention, Mark::Grade(g)) => match g {
            Grade::Yes => Plain::DetentionYes,
            Grade::Likely => Plain::DetentionLikely,
            Grade::Possible => Plain::DetentionPossible,
            Grade::No => Plain::DetentionNo,
        },
        (Subject::Relief(_), Mark::Relief(g)) => match g {
            ReliefGrade::Barred => Plain::ReliefBarred,
            ReliefGrade::AtRisk => Plain::ReliefAtRisk,
            ReliefGrade::NotBarred => Plain::ReliefNotBarred,
            ReliefGrade::NotApplicable => Plain::ReliefNotApplicable,
        },
        // A mark of another kind than its subject's never comes from the engine.
        _ => return String::new(),
    };
    let thing = what(subject).map(|w| w.text(lang)).unwrap_or_default();
    let text = fill(key.text(lang), &[("what", thing)]);
    // A sentence that starts with the thing starts with a capital.
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::outcome::Relief;

    #[test]
    fn every_result_has_a_plain_sentence_in_each_language() {
        let mut subjects: Vec<(Subject, Vec<Mark>)> = Vec::new();
        let grades: Vec<Mark> = [Grade::Yes, Grade::Likely, Grade::Possible, Grade::No].map(Mark::Grade).to_vec();
        let reaches: Vec<Mark> =
            [Reach::Yes, Reach::Likely, Reach::Possible, Reach::No, Reach::NotApplicable].map(Mark::Reach).to_vec();
        let relief: Vec<Mark> = [ReliefGrade::Barred, ReliefGrade::AtRisk, ReliefGrade::NotBarred, ReliefGrade::NotApplicable]
            .map(Mark::Relief)
            .to_vec();
        subjects.extend(Ground::ALL.iter().map(|g| (Subject::Ground(*g), grades.clone())));
        subjects.push((Subject::Deportable, reaches.clone()));
        subjects.push((Subject::Inadmissible, reaches));
        subjects.push((Subject::MandatoryDetention, grades));
        subjects.extend(Relief::ALL.iter().map(|r| (Subject::Relief(*r), relief.clone())));
        for lang in Lang::ALL {
            for (subject, marks) in &subjects {
                for mark in marks {
                    let s = sentence(lang, *subject, *mark);
                    assert!(!s.is_empty() && !s.contains('{'), "{subject:?} {mark:?}: {s}");
                    assert!(s.len() < 160, "plain means short: {s}");
                }
            }
        }
        assert_eq!(
            sentence(Lang::Es, Subject::Relief(Relief::Naturalization), Mark::Relief(ReliefGrade::Barred)),
            "Esto cierra la puerta a hacerse ciudadano."
        );
    }
}
