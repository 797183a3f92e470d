//! Every user-visible string of the app, keyed by [`Text`], in English and Spanish.
//!
//! Spanish: neutral Latin American, "usted", the glossary's terms
//! (`shared/reference/glossary.md`). Never "safe", "cleared" or "cannot be deported".

use crate::engine::case::Status;
use crate::lang::Lang;

crate::messages! {
    /// A string the app shows.
    pub enum Text {
        AppName { en: "Padilla", es: "Padilla" },
        Tagline {
            en: "What a criminal charge, plea or sentence does to immigration status, and which plea avoids the harm.",
            es: "Qué efecto tiene un cargo, una declaración o una sentencia penal en el estatus migratorio, y qué declaración evita el daño.",
        },
        SwitchLanguage { en: "Español", es: "English" },
        SwitchLanguageLabel { en: "Leer en español", es: "Read in English" },
        SkipToMain { en: "Skip to the check", es: "Ir a la consulta" },
        QuickCheckHeading { en: "Quick check", es: "Consulta rápida" },
        StatuteLabel { en: "Statute or offense", es: "Ley o delito" },
        StatutePlaceholder { en: "PC 273.5", es: "PC 273.5" },
        StatuteHint {
            en: "Type the code section as it appears on the charge, such as PC 273.5 or 720 ILCS 5/12-3.2.",
            es: "Escriba la sección del código como aparece en el cargo, por ejemplo PC 273.5 o 720 ILCS 5/12-3.2.",
        },
        StatusLabel { en: "Immigration status of the person", es: "Estatus migratorio de la persona" },
        ResultsHeading { en: "Results", es: "Resultados" },
        ResultsEmpty {
            en: "Results will appear here.",
            es: "Los resultados aparecerán aquí.",
        },
        PrivacyNote {
            en: "The assessment runs on this device. Nothing you type is sent anywhere or stored.",
            es: "La evaluación se hace en este dispositivo. Nada de lo que escriba se envía ni se guarda.",
        },
        DataVersion { en: "Data version {version}", es: "Versión de los datos {version}" },
        NotLegalAdvice {
            en: "This is not legal advice. It supports, and does not replace, the advice of a lawyer who knows the whole case.",
            es: "Esto no es asesoría legal. Apoya, y no reemplaza, el consejo de un abogado que conozca todo el caso.",
        },
        StatusLpr { en: "Permanent resident (green card)", es: "Residente permanente legal (green card)" },
        StatusConditionalLpr { en: "Conditional permanent resident", es: "Residente condicional" },
        StatusRefugee { en: "Refugee", es: "Refugiado/a" },
        StatusAsylee { en: "Asylee (granted asylum)", es: "Asilado/a (con asilo otorgado)" },
        StatusNonimmigrant { en: "Visa holder (nonimmigrant)", es: "Titular de visa temporal (no inmigrante)" },
        StatusParolee { en: "Parolee (humanitarian parole)", es: "Con permiso de permanencia temporal (parole)" },
        StatusUndocumented {
            en: "Undocumented (entered without inspection)",
            es: "Indocumentado/a (entrada sin inspección)",
        },
        StatusDaca { en: "DACA recipient", es: "Beneficiario/a de DACA" },
        StatusTps { en: "TPS (Temporary Protected Status)", es: "TPS (Estatus de Protección Temporal)" },
        StatusUnknown { en: "Status unknown", es: "Estatus desconocido" },
    }
}

/// The label of a status in the status selector.
pub fn status_label(status: Status) -> Text {
    match status {
        Status::Lpr => Text::StatusLpr,
        Status::ConditionalLpr => Text::StatusConditionalLpr,
        Status::Refugee => Text::StatusRefugee,
        Status::Asylee => Text::StatusAsylee,
        Status::Nonimmigrant => Text::StatusNonimmigrant,
        Status::Parolee => Text::StatusParolee,
        Status::Undocumented => Text::StatusUndocumented,
        Status::Daca => Text::StatusDaca,
        Status::Tps => Text::StatusTps,
        Status::Unknown => Text::StatusUnknown,
    }
}

/// Shorthand for the text of `key` in `lang`.
pub fn t(lang: Lang, key: Text) -> &'static str {
    key.text(lang)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Words the UI must never use (reference §14.3), in either language.
    const FORBIDDEN: &[&str] = &[
        "safe",
        "cleared",
        "no consequences",
        "cannot be deported",
        "seguro",
        "sin consecuencias",
        "no puede ser deportad",
    ];

    #[test]
    fn no_text_promises_safety() {
        for key in Text::ALL {
            for lang in Lang::ALL {
                let text = key.text(lang).to_lowercase();
                for word in FORBIDDEN {
                    assert!(!text.contains(word), "{key:?} {lang:?} says {word:?}");
                }
                assert!(!text.contains('!'), "{key:?} {lang:?}: calm words, no exclamation marks");
            }
        }
    }

    #[test]
    fn every_status_has_its_own_label_in_both_languages() {
        let mut seen = std::collections::HashSet::new();
        for status in Status::ALL {
            let key = status_label(*status);
            assert!(seen.insert(key), "{status:?} shares a label");
            assert_ne!(key.text(Lang::En), key.text(Lang::Es), "{status:?} is untranslated");
        }
    }
}
