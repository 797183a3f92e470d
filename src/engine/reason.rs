//! The reasons the engine gives, as message keys with their English and Spanish texts.
//!
//! Each text is written to be read aloud to a judge or a client: full sentences, the rule
//! and why it applies. Citations travel beside the key (see [`super::citation`]), never
//! inside the text, so a translation cannot drop one.

crate::messages! {
    /// A reason for a conclusion, rendered in the reader's language.
    pub enum ReasonKey {
        ConvictionJudgment {
            en: "A plea of guilty or no contest, or a verdict of guilty, on which the court entered judgment is a conviction for immigration purposes.",
            es: "Una declaración de culpabilidad o de no disputa (nolo contendere), o un veredicto de culpabilidad, sobre el cual el tribunal dictó sentencia es una condena para fines de inmigración.",
        },
        ConvictionInfraction {
            en: "An infraction is prosecuted with criminal safeguards, and no precedent holds that it is not a conviction. Until the law is settled, treat it as one: whether it counts is a risk, not a certainty.",
            es: "Una infracción se procesa con garantías penales, y ningún precedente establece que no sea una condena. Mientras la ley no se aclare, trátela como condena: que cuente es un riesgo, no una certeza.",
        },
        DiversionWithoutPlea {
            en: "Pretrial diversion without a plea, an admission of facts or a finding of guilt is not a conviction for immigration purposes. If the diversion agreement required a written admission of facts, grounds that rest on admitted conduct may still apply.",
            es: "La desviación previa al juicio (diversion) sin declaración de culpabilidad, sin admisión de hechos y sin determinación de culpabilidad no es una condena para fines de inmigración. Si el acuerdo exigió admitir los hechos por escrito, las causales basadas en conducta admitida todavía pueden aplicarse.",
        },
        DeferredEntryWithPlea {
            en: "Deferred entry of judgment after a plea of guilty or no contest is a conviction for immigration purposes once the court orders any penalty or condition, even if the case is later dismissed.",
            es: "El aplazamiento de la sentencia (deferred entry of judgment) después de una declaración de culpabilidad o de no disputa es una condena para fines de inmigración en cuanto el tribunal impone cualquier pena o condición, aunque el caso se desestime después.",
        },
        JuvenileAdjudication {
            en: "A juvenile delinquency adjudication is not a conviction for immigration purposes, provided the case stayed in juvenile court. Conduct-based grounds, such as reason to believe the person trafficked drugs, may still apply.",
            es: "Una adjudicación de delincuencia juvenil no es una condena para fines de inmigración, siempre que el caso haya permanecido en el tribunal de menores. Las causales basadas en conducta, como tener motivos para creer que la persona traficó drogas, todavía pueden aplicarse.",
        },
        VacatedPleaPlanning {
            en: "A conviction vacated for a legal defect in the criminal case is no longer a conviction under Board of Immigration Appeals precedent, but the Fifth Circuit, where detained people are often moved, has said a vacated conviction still counts and has not overruled that. For plea planning, treat it as a risk.",
            es: "Una condena anulada por un defecto legal del proceso penal deja de ser condena según los precedentes de la Junta de Apelaciones de Inmigración, pero el Quinto Circuito, adonde a menudo trasladan a las personas detenidas, ha dicho que una condena anulada sigue contando y no lo ha revocado. Para planear la declaración, trátela como un riesgo.",
        },
        VacatedRemovalDefense {
            en: "A conviction vacated for a procedural or substantive defect in the criminal case is no longer a conviction for immigration purposes, provided the order states that legal ground; a vacatur for rehabilitation or to avoid immigration consequences has no effect.",
            es: "Una condena anulada por un defecto procesal o sustantivo del proceso penal deja de ser condena para fines de inmigración, siempre que la orden indique ese fundamento legal; una anulación por rehabilitación o para evitar consecuencias migratorias no tiene efecto.",
        },
        ExpungedStillConviction {
            en: "Expungement, dismissal after probation or sealing under a rehabilitative statute does not erase a conviction for immigration purposes.",
            es: "La eliminación de antecedentes (expungement), la desestimación después de la libertad condicional o el sellado bajo una ley de rehabilitación no borran una condena para fines de inmigración.",
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;

    #[test]
    fn every_reason_reads_as_sentences_in_both_languages() {
        for key in ReasonKey::ALL {
            for lang in Lang::ALL {
                let text = key.text(lang);
                assert!(text.len() > 40, "{key:?} {lang:?} is too short to explain anything");
                assert!(text.ends_with('.'), "{key:?} {lang:?} should end as a sentence");
                assert!(!text.contains('!'), "{key:?} {lang:?}: calm words, no exclamation marks");
            }
            assert_ne!(key.text(Lang::En), key.text(Lang::Es), "{key:?} is untranslated");
        }
    }
}
