//! Every user-visible string of the app, keyed by [`Text`], in English and Spanish.
//!
//! Spanish: neutral Latin American, "usted", the glossary's terms
//! (`shared/reference/glossary.md`). Never "safe", "cleared" or "cannot be deported".

use crate::engine::case::{Disposition, Fact, Jurisdiction, Level, Perspective, Status};
use crate::engine::date::Date;
use crate::engine::offense::Confidence;
use crate::engine::outcome::Grade;
use crate::lang::Lang;
use crate::ui::case_form::{ConvictionField, FieldError, FieldProblem, FormField, PersonDate};
use crate::ui::input::quoted;
use crate::ui::state::{nothing_triggered, Checked, Problem, Screen, StatuteProblem};

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
            en: "Type the code section as it appears on the charge, such as PC 273.5 or 720 ILCS 5/12-3.2, or words such as battery, then pick from the list or press Check.",
            es: "Escriba la sección del código como aparece en el cargo, por ejemplo PC 273.5 o 720 ILCS 5/12-3.2, o palabras como agresión, y elija de la lista o presione Consultar.",
        },
        SuggestionsLabel { en: "Offenses in the catalog", es: "Delitos del catálogo" },
        JurisdictionLabel { en: "State", es: "Estado" },
        JurisdictionCa { en: "California", es: "California" },
        JurisdictionIl { en: "Illinois", es: "Illinois" },
        DataLoading {
            en: "Loading the {state} offenses…",
            es: "Cargando los delitos de {state}…",
        },
        DataLoadingThenAnswer {
            en: "Loading the {state} offenses… The answer follows as soon as they arrive.",
            es: "Cargando los delitos de {state}… La respuesta aparecerá en cuanto lleguen.",
        },
        DataFailed {
            en: "The {state} offenses could not be loaded. Check the connection, then try again.",
            es: "No se pudieron cargar los delitos de {state}. Revise la conexión y vuelva a intentarlo.",
        },
        Retry { en: "Try again", es: "Intentar de nuevo" },
        ScreensLabel { en: "Screens", es: "Pantallas" },
        PlainLanguage { en: "Plain language", es: "Lenguaje sencillo" },
        ScreenQuick { en: "Quick check", es: "Consulta rápida" },
        ScreenCase { en: "Full case", es: "Caso completo" },
        ScreenCompare { en: "Compare pleas", es: "Comparar declaraciones" },
        ScreenProsecutor { en: "Prosecutor", es: "Fiscalía" },
        CaseHeading { en: "The whole case", es: "El caso completo" },
        CaseIntro {
            en: "Enter what you know. Blank fields are treated as unknown, and the answer says what they would settle.",
            es: "Ingrese lo que sepa. Los campos en blanco se tratan como desconocidos, y la respuesta indica qué aclararían.",
        },
        PersonHeading { en: "The person", es: "La persona" },
        AdmittedOnLabel { en: "Date of admission (entry with inspection)", es: "Fecha de admisión (entrada con inspección)" },
        LprSinceLabel { en: "Permanent resident since", es: "Residente permanente desde" },
        BornOnLabel { en: "Date of birth", es: "Fecha de nacimiento" },
        DateHint { en: "YYYY-MM-DD, blank if not known", es: "AAAA-MM-DD, en blanco si no se sabe" },
        AsOfLabel { en: "Assess as of", es: "Evaluar a la fecha" },
        ConvictionsHeading { en: "Convictions", es: "Condenas" },
        ConvictionN { en: "Conviction {n}", es: "Condena {n}" },
        AddConviction { en: "+ Add conviction", es: "+ Agregar condena" },
        RemoveConviction { en: "Remove conviction {n}", es: "Quitar la condena {n}" },
        SentenceDaysLabel { en: "Sentence ordered (days, suspended part included)", es: "Sentencia impuesta (días, incluida la parte suspendida)" },
        SuspendedLabel { en: "Suspended part (days)", es: "Parte suspendida (días)" },
        CustodyLabel { en: "Days actually in custody", es: "Días efectivamente en custodia" },
        DispositionLabel { en: "How the case ended", es: "Cómo terminó el caso" },
        DispositionPleaOrVerdict { en: "Plea or verdict of guilt", es: "Declaración o veredicto de culpabilidad" },
        DispositionPretrialDiversion { en: "Pretrial diversion, no plea", es: "Desvío previo al juicio, sin declaración" },
        DispositionDeferredEntry { en: "Deferred entry of judgment, with a plea", es: "Fallo diferido, con declaración" },
        DispositionJuvenile { en: "Juvenile adjudication", es: "Resolución de menores" },
        DispositionVacated { en: "Vacated for a legal defect", es: "Anulada por un defecto legal" },
        DispositionExpunged { en: "Expunged or dismissed for rehabilitation", es: "Borrada o desestimada por rehabilitación" },
        CommittedOnLabel { en: "Date of the offense", es: "Fecha del delito" },
        ConvictedOnLabel { en: "Date of conviction", es: "Fecha de la condena" },
        LossLabel { en: "Loss to the victim (US dollars)", es: "Pérdida de la víctima (dólares)" },
        RecordShowsLabel { en: "Which part the record names", es: "Qué parte indica el expediente" },
        RecordSilent { en: "The record does not say", es: "El expediente no lo indica" },
        RecordFactsLabel { en: "What the record shows", es: "Lo que muestra el expediente" },
        FactProtectedRelationship { en: "The victim was a spouse, partner, co-parent or cohabitant", es: "La víctima era cónyuge, pareja, progenitor/a en común o conviviente" },
        FactMinorVictim { en: "The victim was a minor", es: "La víctima era menor de edad" },
        FactMarijuana30g { en: "Marijuana, 30 grams or less", es: "Marihuana, 30 gramos o menos" },
        FactFirearmUsed { en: "A firearm was used", es: "Se usó un arma de fuego" },
        FactSingleScheme { en: "Same scheme as another conviction", es: "El mismo plan que otra condena" },
        AssessCase { en: "Assess the case", es: "Evaluar el caso" },
        CaseResultHeading { en: "What the case means", es: "Lo que significa el caso" },
        ReliefHeading { en: "Relief from removal", es: "Alivio contra la deportación" },
        FieldInConviction { en: "Conviction {n}, {field}", es: "Condena {n}, {field}" },
        ProblemRequired { en: "{field}: required.", es: "{field}: es obligatorio." },
        ProblemDate { en: "{field}: write the date as YYYY-MM-DD.", es: "{field}: escriba la fecha como AAAA-MM-DD." },
        ProblemDays {
            en: "{field}: write a whole number of days, 0 or more, such as 364.",
            es: "{field}: escriba un número entero de días, 0 o más, por ejemplo 364.",
        },
        ProblemDaysNotSet {
            en: "{field}: write a whole number of days, 0 or more, such as 364. Until then the answer treats the sentence as not set.",
            es: "{field}: escriba un número entero de días, 0 o más, por ejemplo 364. Mientras tanto, la respuesta trata la sentencia como no indicada.",
        },
        ProblemNoSuchDay {
            en: "{field}: the calendar has no such day. Write a real date as YYYY-MM-DD, such as 2024-05-02.",
            es: "{field}: esa fecha no existe en el calendario. Escriba una fecha real como AAAA-MM-DD, por ejemplo 2024-05-02.",
        },
        FieldSays { en: "{field}: {problem}", es: "{field}: {problem}" },
        OfferLeftOut {
            en: "{problem} It is left out of the comparison.",
            es: "{problem} Queda fuera de la comparación.",
        },
        ConvictionsLimit {
            en: "One case holds at most {n} convictions.",
            es: "Un caso admite como máximo {n} condenas.",
        },
        ProblemDollars { en: "{field}: write an amount such as 10000 or 10,000.01.", es: "{field}: escriba un monto como 10000 o 10,000.01." },
        ProblemEngine { en: "This case could not be assessed: {detail}", es: "No se pudo evaluar este caso: {detail}" },
        CompareHeading { en: "Compare pleas", es: "Comparar declaraciones" },
        CompareIntro {
            en: "The charge against the offers, at the same sentence and for the same person. Rows that differ from the charge are marked.",
            es: "El cargo frente a las ofertas, con la misma sentencia y para la misma persona. Se marcan las filas que difieren del cargo.",
        },
        ChargedLabel { en: "Charged offense", es: "Delito imputado" },
        OffersHeading { en: "Offers", es: "Ofertas" },
        OfferLabel { en: "Another offer (statute)", es: "Otra oferta (ley)" },
        AddOffer { en: "Add offer", es: "Agregar oferta" },
        RemoveOffer { en: "Remove {offer}", es: "Quitar {offer}" },
        CompareSentenceLabel { en: "Sentence for every plea (days)", es: "Sentencia para cada declaración (días)" },
        CompareButton { en: "Compare", es: "Comparar" },
        SuggestedHeading { en: "Safer alternatives to compare", es: "Alternativas de menor riesgo para comparar" },
        AddSuggested { en: "Compare {offer}", es: "Comparar {offer}" },
        ChargeColumn { en: "Charge", es: "Cargo" },
        OfferColumn { en: "Offer {n}", es: "Oferta {n}" },
        DiffersFromCharge { en: "Differs from the charge", es: "Difiere del cargo" },
        SentenceLinesHeading { en: "Where the sentence changes the result", es: "Dónde la sentencia cambia el resultado" },
        SentenceChangesNothing { en: "No sentence changes these results.", es: "Ninguna sentencia cambia estos resultados." },
        ProsecutorHeading { en: "A plea of equal weight", es: "Una declaración de peso equivalente" },
        ProsecutorIntro {
            en: "No status is asked: California Penal Code sections 1016.3 and 1016.5 do not require it. The charge, then safer pleas of similar exposure, each with the statuses it protects and from what.",
            es: "No se pregunta el estatus: las secciones 1016.3 y 1016.5 del Código Penal de California no lo exigen. El cargo y luego declaraciones de menor riesgo con una exposición similar, cada una con los estatus que protege y de qué.",
        },
        ShowPleas { en: "Show pleas", es: "Mostrar declaraciones" },
        ChargeRisksHeading { en: "What the charge risks, whatever the status", es: "Qué arriesga el cargo, sea cual sea el estatus" },
        PleasHeading { en: "Pleas to weigh", es: "Declaraciones para considerar" },
        NoPleas { en: "The catalog has no safer plea of the same kind for this charge.", es: "El catálogo no tiene una declaración de menor riesgo del mismo tipo para este cargo." },
        ExposureFelony { en: "Felony, up to {days} days", es: "Delito grave, hasta {days} días" },
        ExposureMisdemeanor { en: "Misdemeanor, up to {days} days", es: "Delito menor, hasta {days} días" },
        ExposureWobbler {
            en: "Felony up to {felony} days, or misdemeanor up to {misdemeanor} days",
            es: "Delito grave hasta {felony} días, o delito menor hasta {misdemeanor} días",
        },
        ExposureInfraction { en: "Infraction", es: "Infracción" },
        ProtectsEveryStatus { en: "Helps every status listed and hurts none", es: "Ayuda a todos los estatus indicados y no perjudica a ninguno" },
        ProtectionAvoids { en: "avoids {list}", es: "evita {list}" },
        ProtectionReduces { en: "lowers the risk of {list}", es: "reduce el riesgo de {list}" },
        ProtectionWorse { en: "worse on {list}", es: "empeora {list}" },
        ProtectionNone { en: "no difference", es: "sin diferencia" },
        UVisaHeading { en: "For the victim: U visa certification", es: "Para la víctima: certificación de la visa U" },
        UVisaActivities { en: "Qualifying criminal activity: {list}", es: "Actividad delictiva que califica: {list}" },
        UVisaYes { en: "Qualifying criminal activity", es: "Actividad delictiva que califica" },
        UVisaLikely { en: "Likely qualifying criminal activity", es: "Probablemente actividad delictiva que califica" },
        UVisaPossible { en: "May be qualifying criminal activity: it depends on the facts", es: "Puede ser actividad delictiva que califica: depende de los hechos" },
        UVisaNo { en: "No listed activity in the offense's elements", es: "Ninguna actividad de la lista en los elementos del delito" },
        SummaryHeading { en: "Summary for the other side", es: "Resumen para la otra parte" },
        SummaryIntro {
            en: "A short statement to share with the prosecutor or the court. It says about your client only what you tick below.",
            es: "Una declaración breve para compartir con la fiscalía o el tribunal. Sobre su cliente dice solo lo que usted marque abajo.",
        },
        SummaryOfferLabel { en: "Offer to summarize", es: "Oferta a resumir" },
        SummaryRevealStatus { en: "Include the person's immigration status", es: "Incluir el estatus migratorio de la persona" },
        SummaryLangLabel { en: "Language of the summary", es: "Idioma del resumen" },
        SummaryCopy { en: "Copy the summary", es: "Copiar el resumen" },
        SummaryCopied { en: "Copied.", es: "Copiado." },
        SummaryCharge {
            en: "A conviction for {charge} would likely trigger: {grounds}.",
            es: "Una condena por {charge} probablemente activaría: {grounds}.",
        },
        SummaryChargeNone {
            en: "A conviction for {charge} triggers no ground listed here as likely on the facts entered.",
            es: "Una condena por {charge} no activa como probable ninguna causal de esta lista con los datos ingresados.",
        },
        SummaryOfferAvoids {
            en: "A plea to {offer} avoids: {grounds}.",
            es: "Una declaración por {offer} evita: {grounds}.",
        },
        SummaryOfferSame {
            en: "A plea to {offer} does not avoid those grounds.",
            es: "Una declaración por {offer} no evita esas causales.",
        },
        SummaryOfferNone {
            en: "A plea to {offer} triggers none of them as likely on the facts entered.",
            es: "Una declaración por {offer} no activa ninguna como probable con los datos ingresados.",
        },
        SummaryPerson {
            en: "For a person whose status is {status}, the plea avoids: {list}.",
            es: "Para una persona con estatus de {status}, la declaración evita: {list}.",
        },
        SummaryPersonSame {
            en: "For a person whose status is {status}, the plea does not change removability or detention.",
            es: "Para una persona con estatus de {status}, la declaración no cambia la deportabilidad ni la detención.",
        },
        SummaryAuthorities { en: "Authorities: {list}.", es: "Fuentes legales: {list}." },
        PrintRecord { en: "Print the advice record", es: "Imprimir el registro de asesoría" },
        RecordHeading { en: "Immigration consequences: advice record", es: "Consecuencias migratorias: registro de asesoría" },
        RecordAsOf {
            en: "Assessed as of {as_of} with Padilla, data version {version}, reviewed {date}.",
            es: "Evaluado a la fecha {as_of} con Padilla, versión de datos {version}, revisada el {date}.",
        },
        RecordAssessed { en: "What was assessed: {what}", es: "Qué se evaluó: {what}" },
        Check { en: "Check", es: "Consultar" },
        Clear { en: "Clear", es: "Borrar" },
        ClearLabel { en: "Clear the form and the answer", es: "Borrar el formulario y la respuesta" },
        StatuteEmpty {
            en: "Type a statute or an offense first.",
            es: "Primero escriba una ley o un delito.",
        },
        StatuteNoSection {
            en: "{statute} is not a code section Padilla can read. Type the code and the section, such as PC 273.5, or pick an offense from the list.",
            es: "{statute} no es una sección de código que Padilla pueda leer. Escriba el código y la sección, por ejemplo PC 273.5, o elija un delito de la lista.",
        },
        StatuteUnknownCode {
            en: "Padilla cannot tell which code {statute} belongs to. Type it as it appears on the charge, such as PC 273.5 or 720 ILCS 5/12-3.2.",
            es: "Padilla no puede saber a qué código pertenece {statute}. Escríbalo como aparece en el cargo, por ejemplo PC 273.5 o 720 ILCS 5/12-3.2.",
        },
        StatuteBadSubdivision {
            en: "The subdivision in {statute} cannot be read. Write each part in parentheses, such as PC 245(a)(1).",
            es: "No se puede leer la subdivisión de {statute}. Escriba cada parte entre paréntesis, por ejemplo PC 245(a)(1).",
        },
        StatuteOtherState {
            en: "{statute} looks like a statute of the other state. Choose that state above, then check again.",
            es: "{statute} parece una ley del otro estado. Elija ese estado arriba y vuelva a consultar.",
        },
        StatuteOther {
            en: "{statute} cannot be checked as written. Type the code section as it appears on the charge.",
            es: "{statute} no se puede consultar tal como está escrito. Escriba la sección del código como aparece en el cargo.",
        },
        NoCatalog {
            en: "The offense data did not load, so nothing can be assessed. Reload the page.",
            es: "Los datos de los delitos no se cargaron, así que no se puede evaluar nada. Vuelva a cargar la página.",
        },
        FactsSummary { en: "More facts (optional)", es: "Más datos (opcional)" },
        SentenceLabel {
            en: "Sentence ordered, in days (suspended time included)",
            es: "Sentencia impuesta, en días (incluido el tiempo suspendido)",
        },
        SentenceNotSet {
            en: "Not set yet: the answer shows what each length would do.",
            es: "Aún sin indicar: la respuesta muestra qué haría cada duración.",
        },
        SentenceLine {
            en: "364 days or less / 365 days or more: one year is the line for many aggravated felonies.",
            es: "364 días o menos / 365 días o más: un año es el límite para muchos delitos graves agravados.",
        },
        SentenceBelow {
            en: "{days} days: 364 days or less, below the one-year line.",
            es: "{days} días: 364 días o menos, por debajo del límite de un año.",
        },
        SentenceAtOrAbove {
            en: "{days} days: 365 days or more, at or above the one-year line.",
            es: "{days} días: 365 días o más, en el límite de un año o por encima.",
        },
        LevelLabel { en: "Level of the conviction", es: "Nivel de la condena" },
        LevelUnknown { en: "Not known", es: "No se sabe" },
        LevelFelony { en: "Felony", es: "Delito grave (felonía)" },
        LevelMisdemeanor { en: "Misdemeanor", es: "Delito menor" },
        PerspectiveLabel { en: "Whose law to plan for", es: "Qué ley tomar en cuenta" },
        PerspectivePleaPlanning {
            en: "Plea planning: the stricter of the home circuit and the Fifth Circuit",
            es: "Planear la declaración: lo más estricto entre el circuito local y el Quinto Circuito",
        },
        PerspectiveRemovalDefense {
            en: "Removal defense: the home circuit's law",
            es: "Defensa contra la deportación: la ley del circuito local",
        },
        GroundsHeading { en: "What this conviction triggers", es: "Qué activa esta condena" },
        GradeYes { en: "Triggers", es: "Activa" },
        GradeLikely { en: "Likely triggers", es: "Probablemente activa" },
        GradePossible { en: "Risk: depends on the facts or the law", es: "Riesgo: depende de los hechos o de la ley" },
        GradePossibleOn { en: "Risk: depends on {what}", es: "Riesgo: depende de {what}" },
        GradeNo {
            en: "Does not trigger this ground under current law",
            es: "No activa esta causal según la ley vigente",
        },
        ReachNotApplicable { en: "Does not apply to this status", es: "No se aplica a este estatus" },
        ReliefBarred { en: "Barred", es: "Excluido" },
        ReliefAtRisk { en: "At risk", es: "En riesgo" },
        ReliefNotBarred { en: "Not barred by these convictions", es: "No excluido por estas condenas" },
        ReliefNotApplicable { en: "Not available for this status", es: "No disponible para este estatus" },
        Why { en: "Why?", es: "¿Por qué?" },
        WhyBasis { en: "Rests on", es: "Se basa en" },
        WhyCitations { en: "Authority", es: "Fundamentos" },
        WhyConfidence { en: "Reviewer's confidence in this entry: {level}", es: "Confianza de quien revisó esta entrada: {level}" },
        ConfidenceHigh { en: "high", es: "alta" },
        ConfidenceMedium { en: "medium", es: "media" },
        ConfidenceLow { en: "low", es: "baja" },
        WhyReviewed { en: "Entry reviewed {date}", es: "Entrada revisada el {date}" },
        WhySources { en: "Sources", es: "Fuentes" },
        WhyNone {
            en: "The assessment gives no further reason for this row.",
            es: "La evaluación no da más razones para esta fila.",
        },
        ForPersonHeading { en: "What it means for the person", es: "Qué significa para la persona" },
        ColumnLpr { en: "If a permanent resident", es: "Si es residente permanente" },
        ColumnUndocumented { en: "If undocumented", es: "Si es indocumentado/a" },
        ColumnStatus { en: "For: {status}", es: "Para: {status}" },
        NothingTriggered {
            en: "No ground listed here is triggered under current law on the facts entered. This is not legal advice.",
            es: "Ninguna causal de esta lista se activa según la ley vigente con los hechos indicados. Esto no es asesoría legal.",
        },
        QuestionsHeading { en: "What the record would settle", es: "Lo que el expediente aclararía" },
        AnswerChangesNothing {
            en: "Changes nothing shown here.",
            es: "No cambia nada de lo que se muestra aquí.",
        },
        RecordAdviceHeading { en: "The record of conviction", es: "El expediente de la condena" },
        PostConvictionHeading { en: "After a conviction", es: "Después de una condena" },
        SaferVariant { en: "Safer part to plead to: {variant}", es: "Parte de menor riesgo para declararse: {variant}" },
        WarningsHeading { en: "Keep in mind", es: "Tenga en cuenta" },
        AlternativesHeading { en: "Safer alternatives", es: "Alternativas de menor riesgo" },
        AlternativesHint {
            en: "Tap one to see its own answer.",
            es: "Toque una para ver su propia respuesta.",
        },
        Avoids { en: "Avoids: {list}", es: "Evita: {list}" },
        Reduces { en: "Lowers the risk of: {list}", es: "Reduce el riesgo de: {list}" },
        StillRisks { en: "Still risks: {list}", es: "Sigue con riesgo de: {list}" },
        UnknownOffense {
            en: "{statute} is not in Padilla's catalog. Every ground is graded 'Risk' until a lawyer analyses it.",
            es: "{statute} no está en el catálogo de Padilla. Cada causal se califica como 'Riesgo' hasta que un abogado la analice.",
        },
        NearestHeading { en: "Nearby entries in the catalog", es: "Entradas cercanas del catálogo" },
        AnnounceCounts {
            en: "{statute}: triggers {yes} of 8 grounds, {likely} likely, {possible} depend on the record.",
            es: "{statute}: activa {yes} de 8 causales, {likely} probablemente, {possible} dependen del expediente.",
        },
        DataInfoSummary { en: "Data version {version}, reviewed {date}", es: "Versión de los datos {version}, revisada el {date}" },
        DataInfoReview {
            en: "Each offense entry records its sources, the reviewer's confidence and the date it was last reviewed; every answer shows them under Why?. A new data version ships only after every entry passes the automated checks.",
            es: "Cada entrada de delito indica sus fuentes, el grado de confianza de quien la revisó y la fecha de su última revisión; cada respuesta los muestra en ¿Por qué?. Una nueva versión de los datos se publica solo después de que cada entrada pasa las verificaciones automáticas.",
        },
        StatusLabel { en: "Immigration status of the person", es: "Estatus migratorio de la persona" },
        ResultsEmpty {
            en: "Type a statute and press Check. The answer appears here.",
            es: "Escriba una ley y presione Consultar. La respuesta aparece aquí.",
        },
        PrivacyNote {
            en: "The assessment runs on this device. Nothing you type is sent anywhere or stored.",
            es: "La evaluación se hace en este dispositivo. Nada de lo que escriba se envía ni se guarda.",
        },
        PrivacyNoteShared {
            en: "The assessment runs on this device. This website has chosen to receive each result.",
            es: "La evaluación se hace en este dispositivo. Este sitio web eligió recibir cada resultado.",
        },
        PrivacyHeading { en: "Privacy", es: "Privacidad" },
        PrivacyRunsTerm { en: "What runs where", es: "Qué funciona dónde" },
        PrivacyRuns {
            en: "Padilla's rules and offense data are downloaded to this browser and every assessment is made here, on this device. There is no Padilla server that sees a case, no account and no analytics.",
            es: "Las reglas y los datos de delitos de Padilla se descargan a este navegador y cada evaluación se hace aquí, en este dispositivo. No hay un servidor de Padilla que vea un caso, ni cuenta, ni estadísticas de uso.",
        },
        PrivacyStoredTerm { en: "What is stored", es: "Qué se guarda" },
        PrivacyStored {
            en: "Nothing of the case: no cookies, and nothing saved in the browser. Closing or reloading the page forgets it. So that Padilla works without a connection, the browser keeps a copy of Padilla's own files (the app and the offense data), never what you type.",
            es: "Nada del caso: ni cookies ni nada guardado en el navegador. Al cerrar o recargar la página se olvida. Para que Padilla funcione sin conexión, el navegador guarda una copia de los archivos de Padilla (la aplicación y los datos de delitos), nunca lo que usted escribe.",
        },
        PrivacyStoredEmbedded {
            en: "Nothing of the case: no cookies, and nothing saved in the browser. Closing or reloading the page forgets it. Padilla runs here in a sealed frame: the page around it cannot read what you type.",
            es: "Nada del caso: ni cookies ni nada guardado en el navegador. Al cerrar o recargar la página se olvida. Padilla funciona aquí dentro de un marco aislado: la página que lo rodea no puede leer lo que usted escribe.",
        },
        PrivacySentTerm { en: "What is sent", es: "Qué se envía" },
        PrivacySent {
            en: "Nothing. The only downloads are Padilla's own files, from the site that serves it; what you type never leaves this device.",
            es: "Nada. Lo único que se descarga son los archivos de Padilla, del sitio que lo ofrece; lo que usted escribe nunca sale de este dispositivo.",
        },
        PrivacySentShared {
            en: "Each result (the offenses assessed and what they trigger) is handed to the website this tool sits in, because that website asked for it. Nothing is sent to Padilla or to anyone else.",
            es: "Cada resultado (los delitos evaluados y lo que activan) se entrega al sitio web en el que está esta herramienta, porque ese sitio lo pidió. No se envía nada a Padilla ni a nadie más.",
        },
        UpdateReady {
            en: "A new version of Padilla is ready. Reload to use it; reloading clears what is on the screen.",
            es: "Hay una nueva versión de Padilla. Recargue la página para usarla; al recargar se borra lo que está en la pantalla.",
        },
        UpdateReload { en: "Reload", es: "Recargar" },
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

/// The text of `key` in `lang` with its placeholders filled.
pub fn tf(lang: Lang, key: Text, params: &[(&str, &str)]) -> String {
    crate::lang::fill(key.text(lang), params)
}

pub fn jurisdiction_label(j: Jurisdiction) -> Text {
    match j {
        Jurisdiction::Ca => Text::JurisdictionCa,
        Jurisdiction::Il => Text::JurisdictionIl,
    }
}

/// The level choices of the facts form: not known, felony, misdemeanor.
pub const LEVELS: [(Option<Level>, Text); 3] = [
    (None, Text::LevelUnknown),
    (Some(Level::Felony), Text::LevelFelony),
    (Some(Level::Misdemeanor), Text::LevelMisdemeanor),
];

pub fn perspective_label(p: Perspective) -> Text {
    match p {
        Perspective::PleaPlanning => Text::PerspectivePleaPlanning,
        Perspective::RemovalDefense => Text::PerspectiveRemovalDefense,
    }
}

pub fn confidence_word(c: Confidence) -> Text {
    match c {
        Confidence::High => Text::ConfidenceHigh,
        Confidence::Medium => Text::ConfidenceMedium,
        Confidence::Low => Text::ConfidenceLow,
    }
}

/// The words for what is wrong with a statute as typed.
pub fn statute_problem(p: StatuteProblem) -> Text {
    match p {
        StatuteProblem::NoSection => Text::StatuteNoSection,
        StatuteProblem::UnknownCode => Text::StatuteUnknownCode,
        StatuteProblem::BadSubdivision => Text::StatuteBadSubdivision,
        StatuteProblem::OtherState => Text::StatuteOtherState,
        StatuteProblem::Other => Text::StatuteOther,
    }
}

/// A date as the reader sees it: 2026-12-02.
pub fn date_text(d: Date) -> String {
    let (y, m, day) = d.ymd();
    format!("{y:04}-{m:02}-{day:02}")
}

/// The one-sentence summary the live region announces for a new answer.
pub fn summary(lang: Lang, checked: &Checked) -> String {
    let typed = quoted(&checked.statute);
    let name = checked.offense.map(|o| o.citation.as_str()).unwrap_or(typed.as_str());
    let answer = match &checked.answer {
        Ok(a) => a,
        Err(Problem::Empty) => return t(lang, Text::StatuteEmpty).to_string(),
        Err(Problem::NoCatalog) => return t(lang, Text::NoCatalog).to_string(),
        Err(Problem::NotAStatute(p)) => return tf(lang, statute_problem(*p), &[("statute", name)]),
    };
    if answer.main.convictions.first().is_some_and(|c| c.offense_id.is_none()) {
        return tf(lang, Text::UnknownOffense, &[("statute", name)]);
    }
    if nothing_triggered(&answer.all()) {
        return t(lang, Text::NothingTriggered).to_string();
    }
    let grounds = answer.main.convictions.first().map(|c| c.grounds.as_slice()).unwrap_or(&[]);
    let count = |g: Grade| grounds.iter().filter(|x| **x == g).count().to_string();
    let (yes, likely, possible) = (count(Grade::Yes), count(Grade::Likely), count(Grade::Possible));
    tf(
        lang,
        Text::AnnounceCounts,
        &[("statute", name), ("yes", &yes), ("likely", &likely), ("possible", &possible)],
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::reason::{ReasonKey, Term};

    /// Words and phrases the app must never show (reference §14.3), in either language.
    /// Single words match whole words only: "safeguards" and "safer" are fine, "safe" is not.
    /// (ui.md itself names the "Safer alternatives" section.)
    const BANNED: &[&str] = &[
        "safe",
        "immigration-safe",
        "no consequences",
        "cannot be deported",
        "cleared",
        "seguro",
        "segura",
        "sin consecuencias",
        "no puede ser deportad",
    ];

    /// The banned word or phrase `text` contains, if any.
    pub(crate) fn banned_in(text: &str) -> Option<&'static str> {
        let lower = text.to_lowercase();
        BANNED.iter().copied().find(|word| {
            lower.match_indices(word).any(|(at, _)| {
                let before = lower[..at].chars().next_back();
                let after = lower[at + word.len()..].chars().next();
                let open = |c: Option<char>| !c.is_some_and(|c| c.is_alphanumeric());
                // A phrase may end mid-word ("deportad" for deportado, deportada).
                open(before) && (word.contains(' ') || open(after))
            })
        })
    }

    /// The `{name}`s of a template.
    fn placeholders(text: &str) -> Vec<&str> {
        text.split('{').skip(1).filter_map(|p| p.split_once('}').map(|(n, _)| n)).collect()
    }

    /// The template with every placeholder filled with a sample value.
    fn filled(text: &str) -> String {
        let names = placeholders(text);
        let params: Vec<(&str, &str)> = names.iter().map(|n| (*n, "PC 1")).collect();
        crate::lang::fill(text, &params)
    }

    fn check(what: &str, text: &str) {
        let out = filled(text);
        if let Some(word) = banned_in(&out) {
            panic!("{what} says {word:?}: {out}");
        }
        assert!(!out.contains('{') && !out.contains('}'), "{what} keeps a placeholder: {out}");
        assert!(!out.contains('!'), "{what}: calm words, no exclamation marks");
    }

    #[test]
    fn the_banned_word_check_finds_what_it_should() {
        assert_eq!(banned_in("This plea is safe."), Some("safe"));
        assert_eq!(banned_in("Es seguro."), Some("seguro"));
        assert_eq!(banned_in("no puede ser deportado"), Some("no puede ser deportad"));
        assert_eq!(banned_in("criminal safeguards; a safer plea"), None);
        assert_eq!(banned_in("la seguridad"), None);
    }

    #[test]
    fn no_text_key_reason_or_term_promises_safety_or_keeps_a_placeholder() {
        for lang in Lang::ALL {
            for key in Text::ALL {
                check(&format!("Text::{key:?} {lang:?}"), key.text(lang));
            }
            for key in ReasonKey::ALL {
                check(&format!("ReasonKey::{key:?} {lang:?}"), key.text(lang));
            }
            for key in Term::ALL {
                check(&format!("Term::{key:?} {lang:?}"), key.text(lang));
            }
        }
    }

    #[test]
    fn both_languages_of_a_text_use_the_same_placeholders() {
        for key in Text::ALL {
            let mut en = placeholders(key.text(Lang::En));
            let mut es = placeholders(key.text(Lang::Es));
            en.sort();
            es.sort();
            assert_eq!(en, es, "{key:?}");
        }
    }

    #[test]
    fn the_grade_words_are_the_design_words() {
        assert_eq!(t(Lang::En, Text::GradeYes), "Triggers");
        assert_eq!(t(Lang::Es, Text::GradeLikely), "Probablemente activa");
        assert!(t(Lang::En, Text::GradePossible).starts_with("Risk: depends on "));
        assert!(t(Lang::Es, Text::GradePossibleOn).starts_with("Riesgo: depende de "));
        assert_eq!(t(Lang::Es, Text::GradeNo), "No activa esta causal según la ley vigente");
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

/// The label of each screen's tab.
pub fn screen_label(screen: Screen) -> Text {
    match screen {
        Screen::Quick => Text::ScreenQuick,
        Screen::Case => Text::ScreenCase,
        Screen::Compare => Text::ScreenCompare,
        Screen::Prosecutor => Text::ScreenProsecutor,
    }
}

pub fn disposition_label(d: Disposition) -> Text {
    match d {
        Disposition::PleaOrVerdict => Text::DispositionPleaOrVerdict,
        Disposition::PretrialDiversionNoPlea => Text::DispositionPretrialDiversion,
        Disposition::DeferredEntryWithPlea => Text::DispositionDeferredEntry,
        Disposition::JuvenileAdjudication => Text::DispositionJuvenile,
        Disposition::VacatedLegalDefect => Text::DispositionVacated,
        Disposition::ExpungedRehabilitative => Text::DispositionExpunged,
    }
}

pub fn fact_label(f: Fact) -> Text {
    match f {
        Fact::ProtectedRelationship => Text::FactProtectedRelationship,
        Fact::MinorVictim => Text::FactMinorVictim,
        Fact::Marijuana30gOrLess => Text::FactMarijuana30g,
        Fact::FirearmUsed => Text::FactFirearmUsed,
        Fact::SingleSchemeWithOtherConviction => Text::FactSingleScheme,
    }
}

/// The label of a field of the case form.
pub fn form_field_label(field: FormField) -> Text {
    match field {
        FormField::AsOf => Text::AsOfLabel,
        FormField::Person(PersonDate::AdmittedOn) => Text::AdmittedOnLabel,
        FormField::Person(PersonDate::LprSince) => Text::LprSinceLabel,
        FormField::Person(PersonDate::BornOn) => Text::BornOnLabel,
        FormField::Conviction(f) => match f {
            // The card's field is the quick check's combobox, with its label.
            ConvictionField::Statute => Text::StatuteLabel,
            ConvictionField::Sentence => Text::SentenceDaysLabel,
            ConvictionField::Suspended => Text::SuspendedLabel,
            ConvictionField::Custody => Text::CustodyLabel,
            ConvictionField::CommittedOn => Text::CommittedOnLabel,
            ConvictionField::ConvictedOn => Text::ConvictedOnLabel,
            ConvictionField::Loss => Text::LossLabel,
        },
    }
}

/// What is wrong with a field of the case form, naming it.
pub fn field_error(lang: Lang, e: &FieldError) -> String {
    let label = t(lang, form_field_label(e.field));
    let field = match e.conviction {
        Some(i) => tf(lang, Text::FieldInConviction, &[("n", &(i + 1).to_string()), ("field", label)]),
        None => label.to_string(),
    };
    let key = match &e.problem {
        FieldProblem::Required => Text::ProblemRequired,
        FieldProblem::NotADate => Text::ProblemDate,
        FieldProblem::NotDays => Text::ProblemDays,
        FieldProblem::NotDollars => Text::ProblemDollars,
        FieldProblem::NoSuchDay => Text::ProblemNoSuchDay,
        FieldProblem::NotAStatute(p, statute) => {
            let problem = tf(lang, statute_problem(*p), &[("statute", &quoted(statute))]);
            return tf(lang, Text::FieldSays, &[("field", &field), ("problem", &problem)]);
        }
        FieldProblem::Engine(detail) => return tf(lang, Text::ProblemEngine, &[("detail", detail)]),
    };
    tf(lang, key, &[("field", &field)])
}

/// The U visa answer in words (the prosecutor's view).
pub fn u_visa_word(g: Grade) -> Text {
    match g {
        Grade::Yes => Text::UVisaYes,
        Grade::Likely => Text::UVisaLikely,
        Grade::Possible => Text::UVisaPossible,
        Grade::No => Text::UVisaNo,
    }
}
