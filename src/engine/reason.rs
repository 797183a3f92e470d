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
        UnknownOffense {
            en: "{statute} is not in Padilla's catalog, so this ground cannot be ruled out. Have an immigration lawyer analyse the statute.",
            es: "{statute} no está en el catálogo de Padilla, así que no se puede descartar esta causal. Pida a un abogado de inmigración que analice la ley.",
        },
        NotAConviction {
            en: "This disposition is not a conviction for immigration purposes, so no ground that needs a conviction rests on it.",
            es: "Esta resolución no es una condena para fines de inmigración, así que ninguna causal que exija una condena se basa en ella.",
        },
        ConvictionUncertain {
            en: "Whether this disposition counts as a conviction is not settled, so this is a risk rather than a certainty.",
            es: "No está resuelto si esta resolución cuenta como condena, así que esto es un riesgo y no una certeza.",
        },
        GroundNoMatch {
            en: "The elements of {offense} do not match this ground under current law.",
            es: "Los elementos de {offense} no coinciden con esta causal según la ley vigente.",
        },
        GroundSilentRecord {
            en: "{offense}: {note} The statute is divisible and the record does not say which part was proved. DHS must prove deportability, but for admission and relief the person must show the conviction is not the harmful part, and a silent record does not show it (Pereida).",
            es: "{offense}: {note} La ley es divisible y el expediente no dice qué parte se probó. El DHS debe probar la deportabilidad, pero para la admisión y los alivios la persona debe demostrar que la condena no es la parte dañina, y un expediente que no lo dice no lo demuestra (Pereida).",
        },
        GroundFromCatalog {
            en: "{offense}: {note}",
            es: "{offense}: {note}",
        },
        AfTermMet {
            en: "{offense} is an aggravated felony under INA 101(a)(43)({sub}) when the term of imprisonment is one year or more, and the sentence of {days} days reaches it. {note}",
            es: "{offense} es un delito grave agravado (aggravated felony) según la INA 101(a)(43)({sub}) cuando la pena de prisión es de un año o más, y la sentencia de {days} días la alcanza. {note}",
        },
        AfTermBelow {
            en: "{offense} is an aggravated felony under INA 101(a)(43)({sub}) only with a term of imprisonment of one year or more; the sentence of {days} days is below it. Suspended time counts, and a later probation violation that adds time can cross the line.",
            es: "{offense} es un delito grave agravado según la INA 101(a)(43)({sub}) solo con una pena de prisión de un año o más; la sentencia de {days} días no la alcanza. El tiempo suspendido cuenta, y una violación posterior de la libertad condicional que agregue tiempo puede cruzar el límite.",
        },
        AfTermUnknown {
            en: "{offense} is an aggravated felony under INA 101(a)(43)({sub}) only with a term of imprisonment of one year or more. With {threshold} days or more on this count it is one; with {below} days or less it is not. Suspended time counts.",
            es: "{offense} es un delito grave agravado según la INA 101(a)(43)({sub}) solo con una pena de prisión de un año o más. Con {threshold} días o más en este cargo lo es; con {below} días o menos no lo es. El tiempo suspendido cuenta.",
        },
        AfLossMet {
            en: "{offense} involves fraud or deceit, and a loss of {loss} is more than $10,000: an aggravated felony under INA 101(a)(43)({sub}), whatever the sentence.",
            es: "{offense} implica fraude o engaño, y una pérdida de {loss} supera los $10,000: es un delito grave agravado según la INA 101(a)(43)({sub}), sea cual sea la sentencia.",
        },
        AfLossBelow {
            en: "{offense} is an aggravated felony under INA 101(a)(43)({sub}) only with a loss over $10,000; the loss of {loss} is not. DHS may prove the loss with any reliable evidence, so the plea should state the loss tied to this count.",
            es: "{offense} es un delito grave agravado según la INA 101(a)(43)({sub}) solo con una pérdida de más de $10,000; la pérdida de {loss} no lo es. El DHS puede probar la pérdida con cualquier prueba confiable, así que la declaración debe indicar la pérdida de este cargo.",
        },
        AfLossUnknown {
            en: "{offense} is an aggravated felony under INA 101(a)(43)({sub}) only when the loss to the victim is more than {threshold}. The loss is not given: more than that makes it one, {threshold} or less does not.",
            es: "{offense} es un delito grave agravado según la INA 101(a)(43)({sub}) solo cuando la pérdida de la víctima supera {threshold}. No se indicó la pérdida: más de esa cantidad lo convierte en uno; {threshold} o menos, no.",
        },
        DvBeforeIirira {
            en: "{offense} was a conviction entered before October 1, 1996, which the domestic-violence ground does not reach.",
            es: "{offense} es una condena anterior al 1 de octubre de 1996, que la causal de violencia doméstica no alcanza.",
        },
        DvRelationshipElement {
            en: "{offense} is a crime of violence whose elements include a protected domestic relationship, so it is a crime of domestic violence. {note}",
            es: "{offense} es un delito violento cuyos elementos incluyen una relación doméstica protegida, así que es un delito de violencia doméstica. {note}",
        },
        DvRelationshipInRecord {
            en: "{offense} is a crime of violence, and the record shows a protected domestic relationship with the victim, so it is a crime of domestic violence.",
            es: "{offense} es un delito violento, y el expediente muestra una relación doméstica protegida con la víctima, así que es un delito de violencia doméstica.",
        },
        DvRecordOnlyNinth {
            en: "{offense} is a crime of violence, but in the Ninth Circuit the domestic relationship must appear in the record of conviction, and this record does not show one.",
            es: "{offense} es un delito violento, pero en el Noveno Circuito la relación doméstica debe constar en el expediente de la condena, y este expediente no la muestra.",
        },
        DvRelationshipAnyEvidence {
            en: "{offense} is a crime of violence. The record does not show a domestic relationship, but DHS may prove one with any reliable evidence, such as a police report, so a clean record does not protect the person.",
            es: "{offense} es un delito violento. El expediente no muestra una relación doméstica, pero el DHS puede probarla con cualquier prueba confiable, como un informe policial, así que un expediente limpio no protege a la persona.",
        },
        ChildAbuseMinorInRecord {
            en: "The record shows a victim under 18. {offense} is not child abuse by its elements, but DHS sometimes charges such a conviction as child abuse.",
            es: "El expediente muestra una víctima menor de 18 años. {offense} no es maltrato infantil por sus elementos, pero el DHS a veces acusa una condena así como maltrato infantil.",
        },
        DeportAggravatedFelony {
            en: "An aggravated felony conviction ({offense}) makes an admitted person deportable at any time after admission.",
            es: "Una condena por delito grave agravado ({offense}) hace deportable a una persona admitida en cualquier momento después de la admisión.",
        },
        DeportCimtWithinFive {
            en: "{offense} is a crime involving moral turpitude committed within five years after admission, with a possible sentence of one year or more, so it makes the person deportable.",
            es: "{offense} es un delito que implica vileza moral (CIMT) cometido dentro de los cinco años posteriores a la admisión, con una pena posible de un año o más, así que hace deportable a la persona.",
        },
        CimtClock {
            en: "The five-year clock from admission on {admitted} ends on {ends}; the offense was committed on {committed}.",
            es: "El plazo de cinco años desde la admisión el {admitted} termina el {ends}; el delito se cometió el {committed}.",
        },
        CimtClockNoDate {
            en: "The five-year clock from admission on {admitted} ends on {ends}; the date of the offense was not entered.",
            es: "El plazo de cinco años desde la admisión el {admitted} termina el {ends}; no se ingresó la fecha del delito.",
        },
        DeportCimtOutsideFive {
            en: "{offense} is a crime involving moral turpitude, but it was not committed within five years after admission, or its maximum sentence is under one year, so by itself it does not make the person deportable. A second CIMT would.",
            es: "{offense} es un delito que implica vileza moral, pero no se cometió dentro de los cinco años posteriores a la admisión, o su pena máxima es menor de un año, así que por sí solo no hace deportable a la persona. Un segundo CIMT sí lo haría.",
        },
        DeportControlledSubstance {
            en: "A conviction relating to a federally controlled substance ({offense}) makes an admitted person deportable, unless it is a single offense of possessing 30 grams or less of marijuana for one's own use.",
            es: "Una condena relacionada con una sustancia controlada federal ({offense}) hace deportable a una persona admitida, salvo que sea un solo delito de posesión de 30 gramos o menos de marihuana para uso personal.",
        },
        DeportMarijuanaException {
            en: "{offense} is a single offense of possessing 30 grams or less of marijuana for one's own use, which the drug deportability ground excepts. It is still a ground of inadmissibility.",
            es: "{offense} es un solo delito de posesión de 30 gramos o menos de marihuana para uso personal, que la causal de deportación por drogas exceptúa. Sigue siendo causal de inadmisibilidad.",
        },
        DeportFirearm {
            en: "A firearm conviction ({offense}) makes an admitted person deportable.",
            es: "Una condena por armas de fuego ({offense}) hace deportable a una persona admitida.",
        },
        DeportDomesticViolence {
            en: "A crime of domestic violence ({offense}) makes an admitted person deportable at any time after admission, whatever the sentence.",
            es: "Un delito de violencia doméstica ({offense}) hace deportable a una persona admitida en cualquier momento después de la admisión, sea cual sea la sentencia.",
        },
        DeportStalking {
            en: "A crime of stalking ({offense}) makes an admitted person deportable.",
            es: "Un delito de acecho ({offense}) hace deportable a una persona admitida.",
        },
        DeportChildAbuse {
            en: "A crime of child abuse, neglect or abandonment ({offense}) makes an admitted person deportable.",
            es: "Un delito de maltrato, negligencia o abandono de menores ({offense}) hace deportable a una persona admitida.",
        },
        DeportProtectionOrder {
            en: "A court finding that the person violated the protective part of a protection order ({offense}) makes an admitted person deportable, with or without a conviction.",
            es: "Una determinación judicial de que la persona violó la parte protectora de una orden de protección ({offense}) hace deportable a una persona admitida, con o sin condena.",
        },
        DeportTwoCimts {
            en: "Two convictions for crimes involving moral turpitude ({first}; {second}) that did not arise from a single scheme make an admitted person deportable at any time, whatever the sentences.",
            es: "Dos condenas por delitos que implican vileza moral ({first}; {second}) que no surgieron de un mismo plan hacen deportable a una persona admitida en cualquier momento, sean cuales sean las sentencias.",
        },
        NotAdmitted {
            en: "The person was never admitted, so the deportability grounds of INA 237 do not reach them; the inadmissibility grounds of INA 212 do, and so do the relief bars.",
            es: "La persona nunca fue admitida, así que las causales de deportación de la INA 237 no la alcanzan; sí la alcanzan las causales de inadmisibilidad de la INA 212 y las restricciones a los alivios.",
        },
        NoDeportabilityGround {
            en: "No deportability ground listed here is triggered under current law on the facts entered.",
            es: "Ninguna causal de deportación de esta lista se activa según la ley vigente con los datos ingresados.",
        },
        InadmPettyOffense {
            en: "{offense} is the person's only crime involving moral turpitude, its maximum sentence is one year or less and the sentence is six months or less, so the petty-offense exception keeps it from making the person inadmissible.",
            es: "{offense} es el único delito que implica vileza moral de la persona, su pena máxima es de un año o menos y la sentencia es de seis meses o menos, así que la excepción de delito menor evita que haga inadmisible a la persona.",
        },
        InadmYouthfulReleaseAssumed {
            en: "{offense} is the person's only crime, committed before age 18 and more than five years ago. Taking release from confinement as the conviction date plus the sentence, that too was more than five years ago, so the youthful-offender exception keeps it from making the person inadmissible. Confirm the release date: a later release could defeat the exception.",
            es: "{offense} es el único delito de la persona, cometido antes de los 18 años y hace más de cinco años. Si la salida del encarcelamiento fue en la fecha de la condena más la sentencia, también fue hace más de cinco años, así que la excepción de delincuente juvenil evita que haga inadmisible a la persona. Confirme la fecha de salida: una salida posterior podría impedir la excepción.",
        },
        InadmYouthfulOffender {
            en: "{offense} is the person's only crime, committed before age 18 and more than five years ago, so the youthful-offender exception keeps it from making the person inadmissible.",
            es: "{offense} es el único delito de la persona, cometido antes de los 18 años y hace más de cinco años, así que la excepción de delincuente juvenil evita que haga inadmisible a la persona.",
        },
        InadmPettyUnknown {
            en: "{offense} may be a crime involving moral turpitude. The petty-offense exception applies only if the maximum sentence is one year or less and the sentence six months (180 days) or less; the level or the sentence is not given.",
            es: "{offense} puede ser un delito que implica vileza moral. La excepción de delito menor solo aplica si la pena máxima es de un año o menos y la sentencia de seis meses (180 días) o menos; no se indicó el nivel o la sentencia.",
        },
        InadmCimt {
            en: "{offense} is a crime involving moral turpitude outside the petty-offense exception (its maximum is over one year, or the sentence is over six months), so it makes the person inadmissible.",
            es: "{offense} es un delito que implica vileza moral fuera de la excepción de delito menor (su máximo supera un año, o la sentencia supera seis meses), así que hace inadmisible a la persona.",
        },
        InadmTwoCimts {
            en: "{offense} is a crime involving moral turpitude, and the person has another one, so the petty-offense exception, which allows only one, does not apply.",
            es: "{offense} es un delito que implica vileza moral, y la persona tiene otro, así que la excepción de delito menor, que permite solo uno, no aplica.",
        },
        InadmControlledSubstance {
            en: "{offense} relates to a federally controlled substance, which makes a person inadmissible. There is no 30-gram exception in this ground; only a waiver for a single simple possession of 30 grams or less of marijuana.",
            es: "{offense} se relaciona con una sustancia controlada federal, lo que hace inadmisible a una persona. Esta causal no tiene excepción de 30 gramos; solo hay un perdón para una sola posesión simple de 30 gramos o menos de marihuana.",
        },
        InadmTrafficking {
            en: "A sale or possession-for-sale charge ({offense}) can give the government reason to believe the person trafficked drugs, which makes them inadmissible without any conviction and cannot be waived.",
            es: "Un cargo de venta o posesión para la venta ({offense}) puede darle al gobierno motivos para creer que la persona traficó drogas, lo que la hace inadmisible sin necesidad de condena y no se puede perdonar.",
        },
        InadmProstitution {
            en: "A prostitution conviction ({offense}) is evidence of engaging in prostitution, which makes a person inadmissible if it shows a regular pattern within ten years.",
            es: "Una condena por prostitución ({offense}) es prueba de haber ejercido la prostitución, lo que hace inadmisible a una persona si muestra un patrón regular dentro de diez años.",
        },
        InadmAggregate {
            en: "Two or more convictions with sentences adding up to five years or more ({days} days) make a person inadmissible, whatever the offenses.",
            es: "Dos o más condenas con sentencias que suman cinco años o más ({days} días) hacen inadmisible a una persona, sean cuales sean los delitos.",
        },
        NoInadmissibilityGround {
            en: "No inadmissibility ground listed here is triggered under current law on the facts entered.",
            es: "Ninguna causal de inadmisibilidad de esta lista se activa según la ley vigente con los datos ingresados.",
        },
        DetentionInadmissible {
            en: "A person charged as inadmissible for an offense covered by INA 212(a)(2) must be detained without bond.",
            es: "Una persona acusada de ser inadmisible por un delito comprendido en la INA 212(a)(2) debe quedar detenida sin fianza.",
        },
        DetentionDeportableListed {
            en: "A person deportable for an aggravated felony, a drug offense or a firearm offense ({offense}) must be detained without bond.",
            es: "Una persona deportable por un delito grave agravado, un delito de drogas o de armas ({offense}) debe quedar detenida sin fianza.",
        },
        DetentionCimtYear {
            en: "A person deportable for a crime involving moral turpitude committed within five years of admission ({offense}) with a sentence of one year or more must be detained without bond.",
            es: "Una persona deportable por un delito que implica vileza moral cometido dentro de los cinco años de la admisión ({offense}) con una sentencia de un año o más debe quedar detenida sin fianza.",
        },
        DetentionTwoCimts {
            en: "A person deportable for two crimes involving moral turpitude must be detained without bond.",
            es: "Una persona deportable por dos delitos que implican vileza moral debe quedar detenida sin fianza.",
        },
        DetentionLakenRiley {
            en: "Under the Laken Riley Act, a person present without admission or parole who is charged with, arrested for or convicted of burglary, theft, shoplifting, assault of an officer or a crime causing death or serious injury ({offense}) must be detained. The charge alone is enough, so the plea does not change this.",
            es: "Según la Ley Laken Riley, una persona presente sin admisión ni permiso de permanencia que es acusada, arrestada o condenada por robo con allanamiento, hurto, robo en tienda, agresión a un agente o un delito que cause muerte o lesión grave ({offense}) debe quedar detenida. Basta con la acusación, así que la declaración no cambia esto.",
        },
        DetentionLakenRileyUnknown {
            en: "{offense} is not in the catalog; if it is burglary, theft, shoplifting, assault of an officer or a crime causing death or serious injury, the Laken Riley Act requires detention of a person present without admission.",
            es: "{offense} no está en el catálogo; si es robo con allanamiento, hurto, robo en tienda, agresión a un agente o un delito que cause muerte o lesión grave, la Ley Laken Riley exige detener a una persona presente sin admisión.",
        },
        DetentionNone {
            en: "No mandatory-detention ground of INA 236(c) is triggered under current law on the facts entered. Detention with bond remains possible.",
            es: "Ninguna causal de detención obligatoria de la INA 236(c) se activa según la ley vigente con los datos ingresados. La detención con fianza sigue siendo posible.",
        },
        ReliefNotForStatus {
            en: "Not available for this status ({status}).",
            es: "No disponible para este estatus ({status}).",
        },
        ReliefNoBar {
            en: "These convictions do not bar this relief under current law. Its other requirements and discretion are not judged here.",
            es: "Estas condenas no excluyen este alivio según la ley vigente. Sus demás requisitos y la discreción no se evalúan aquí.",
        },
        ReliefAggravatedFelony {
            en: "An aggravated felony conviction ({offense}) bars this relief.",
            es: "Una condena por delito grave agravado ({offense}) excluye este alivio.",
        },
        ReliefStopTime {
            en: "{offense} renders the person inadmissible and was committed before the seven years of residence after admission were complete, which stops the clock for cancellation.",
            es: "{offense} hace inadmisible a la persona y se cometió antes de completar los siete años de residencia después de la admisión, lo que detiene el plazo para la cancelación.",
        },
        ReliefOffenseDescribed {
            en: "A conviction of an offense described in the criminal grounds ({offense}) bars cancellation for a person who is not a permanent resident, even one who was never admitted.",
            es: "Una condena por un delito descrito en las causales penales ({offense}) excluye la cancelación para una persona que no es residente permanente, aunque nunca haya sido admitida.",
        },
        ReliefCimtDescribed {
            en: "A crime involving moral turpitude for which a sentence of one year or more may be imposed ({offense}) bars cancellation for a person who is not a permanent resident, even within the petty-offense exception.",
            es: "Un delito que implica vileza moral con una pena posible de un año o más ({offense}) excluye la cancelación para una persona que no es residente permanente, aun dentro de la excepción de delito menor.",
        },
        ReliefTwoCimts {
            en: "Two crimes involving moral turpitude bar this relief.",
            es: "Dos delitos que implican vileza moral excluyen este alivio.",
        },
        ReliefConfinement {
            en: "Confinement of 180 days or more as a result of conviction during the period ({days} days counted) bars good moral character.",
            es: "Un encarcelamiento de 180 días o más por condena durante el período ({days} días contados) impide demostrar buena conducta moral.",
        },
        ReliefConfinementUnknown {
            en: "Confinement of {threshold} days or more as a result of conviction during the period bars good moral character. The days in custody were not entered: if they reach {threshold}, this bars it; the sentence does not rule that out.",
            es: "Un encarcelamiento de {threshold} días o más por condena durante el período impide demostrar buena conducta moral. No se indicaron los días bajo custodia: si llegan a {threshold}, esto lo impide; la sentencia no lo descarta.",
        },
        ReliefTwoDuis {
            en: "Two or more DUI convictions raise a presumption against good moral character.",
            es: "Dos o más condenas por manejar bajo los efectos (DUI) crean una presunción en contra de la buena conducta moral.",
        },
        ReliefAggravatedFelonyPsc {
            en: "An aggravated felony ({offense}) is a particularly serious crime, which bars this relief.",
            es: "Un delito grave agravado ({offense}) es un delito particularmente grave, lo que excluye este alivio.",
        },
        ReliefPscRisk {
            en: "{offense} may be found a particularly serious crime case by case (the nature of the offense, the sentence and the facts), which would bar this relief.",
            es: "{offense} puede considerarse un delito particularmente grave caso por caso (la naturaleza del delito, la sentencia y los hechos), lo que excluiría este alivio.",
        },
        ReliefWithholdingFiveYears {
            en: "Aggravated felonies with an aggregate term of five years or more ({days} days counted) are a particularly serious crime for withholding of removal.",
            es: "Delitos graves agravados con una pena total de cinco años o más ({days} días contados) son un delito particularmente grave para la suspensión de la deportación (withholding).",
        },
        ReliefTraffickingPsc {
            en: "A drug-trafficking aggravated felony ({offense}) is presumed a particularly serious crime.",
            es: "Un delito grave agravado de tráfico de drogas ({offense}) se presume delito particularmente grave.",
        },
        ReliefMurder {
            en: "A murder conviction ({offense}) bars this relief permanently.",
            es: "Una condena por homicidio ({offense}) excluye este alivio de forma permanente.",
        },
        ReliefGmcPeriodOffense {
            en: "{offense} is an offense described in INA 212(a)(2) committed within the statutory period, which bars good moral character for naturalization.",
            es: "{offense} es un delito descrito en la INA 212(a)(2) cometido dentro del período legal, lo que impide demostrar buena conducta moral para la naturalización.",
        },
        ReliefConvictionInPeriod {
            en: "A conviction within the statutory period ({offense}) weighs against good moral character even where no bar applies.",
            es: "Una condena dentro del período legal ({offense}) pesa en contra de la buena conducta moral aunque no haya una exclusión.",
        },
        ReliefSentenceRunning {
            en: "The sentence for {offense} may still be running; an application is not approved until probation, parole or a suspended sentence is complete.",
            es: "La sentencia de {offense} puede seguir vigente; una solicitud no se aprueba hasta que termine la libertad condicional, la libertad bajo palabra o la sentencia suspendida.",
        },
        ReliefAggregate {
            en: "Convictions with aggregate sentences of five years or more bar this relief.",
            es: "Condenas con sentencias que suman cinco años o más excluyen este alivio.",
        },
        ReliefDacaDiscretion {
            en: "A juvenile adjudication or an expunged conviction ({offense}) is not an automatic DACA bar, but it weighs in discretion.",
            es: "Una adjudicación juvenil o una condena eliminada ({offense}) no es una exclusión automática de DACA, pero pesa en la discreción.",
        },
        ReliefDacaUnknownOffense {
            en: "{offense} is not in the catalog, so whether it is a felony or a significant misdemeanor for DACA cannot be told.",
            es: "{offense} no está en el catálogo, así que no se puede saber si es un delito grave o un delito menor significativo para DACA.",
        },
        ReliefDacaFelony {
            en: "A felony conviction ({offense}) bars DACA.",
            es: "Una condena por delito grave (felony) ({offense}) excluye DACA.",
        },
        ReliefDacaLevelUnknown {
            en: "{offense} can be a felony or a misdemeanor and the level is not given; a felony would bar DACA.",
            es: "{offense} puede ser delito grave o menor y no se indicó el nivel; un delito grave excluiría DACA.",
        },
        ReliefDacaSignificant {
            en: "{offense} is a significant misdemeanor for DACA, as {category}, whatever the sentence, which bars DACA.",
            es: "{offense} es un delito menor significativo para DACA, por {category}, sea cual sea la sentencia, lo que excluye DACA.",
        },
        ReliefDacaSignificantRisk {
            en: "{offense} may be a significant misdemeanor for DACA, as {category}: it depends on what the record shows (the relationship with the victim, the weapon, or the conduct), so DACA is at risk.",
            es: "{offense} puede ser un delito menor significativo para DACA, por {category}: depende de lo que muestre el expediente (la relación con la víctima, el arma o la conducta), así que DACA está en riesgo.",
        },
        ReliefDacaCustody {
            en: "A custodial sentence of more than 90 days ({days} days, suspended time excluded) makes {offense} a significant misdemeanor, which bars DACA.",
            es: "Una sentencia de custodia de más de 90 días ({days} días, sin contar el tiempo suspendido) convierte {offense} en un delito menor significativo, lo que excluye DACA.",
        },
        ReliefDacaSuspendedUnknown {
            en: "The sentence for {offense} is over 90 days; whether part of it was suspended is not given. More than 90 days of custody ordered would make it a significant misdemeanor.",
            es: "La sentencia de {offense} supera los 90 días; no se indicó si una parte fue suspendida. Más de 90 días de custodia ordenados lo convertirían en un delito menor significativo.",
        },
        ReliefDacaSentenceUnknown {
            en: "The sentence for {offense} is not set; more than 90 days of custody would make it a significant misdemeanor for DACA.",
            es: "La sentencia de {offense} no está fijada; más de 90 días de custodia lo convertirían en un delito menor significativo para DACA.",
        },
        ReliefDacaThreeMisdemeanors {
            en: "Three or more misdemeanors on different dates ({count} counted) bar DACA.",
            es: "Tres o más delitos menores en fechas distintas ({count} contados) excluyen DACA.",
        },
        ReliefTpsFelony {
            en: "A felony conviction ({offense}) bars TPS.",
            es: "Una condena por delito grave ({offense}) excluye el TPS.",
        },
        ReliefTpsLevelUnknown {
            en: "Whether {offense} is a felony is not known; a felony would bar TPS, and as a misdemeanor it counts toward the two-misdemeanor bar.",
            es: "No se sabe si {offense} es un delito grave; un delito grave excluiría el TPS, y como delito menor cuenta para la exclusión por dos delitos menores.",
        },
        ReliefTpsUnwaivable {
            en: "{offense} makes the person inadmissible on a ground TPS cannot waive (a crime involving moral turpitude, drugs or trafficking).",
            es: "{offense} hace inadmisible a la persona por una causal que el TPS no puede perdonar (vileza moral, drogas o tráfico).",
        },
        ReliefTpsTwoMisdemeanors {
            en: "Two or more misdemeanor convictions ({count} counted) bar TPS, even from the same day.",
            es: "Dos o más condenas por delitos menores ({count} contadas) excluyen el TPS, aunque sean del mismo día.",
        },
        ReliefWaiverDrugs {
            en: "A drug offense other than a single possession of 30 grams or less of marijuana ({offense}) cannot be waived under INA 212(h).",
            es: "Un delito de drogas distinto de una sola posesión de 30 gramos o menos de marihuana ({offense}) no se puede perdonar con la INA 212(h).",
        },
        ReliefWaiverLprAggravatedFelony {
            en: "An aggravated felony since becoming a permanent resident ({offense}) bars the 212(h) waiver if the person was admitted as a resident at a port of entry rather than adjusting inside the country.",
            es: "Un delito grave agravado después de hacerse residente permanente ({offense}) excluye el perdón 212(h) si la persona fue admitida como residente en un puerto de entrada en vez de ajustar su estatus dentro del país.",
        },
        ReliefViolentDiscretion {
            en: "{offense} is a violent or dangerous crime: the waiver is granted only in extraordinary circumstances.",
            es: "{offense} es un delito violento o peligroso: el perdón solo se concede en circunstancias extraordinarias.",
        },
        ReliefWaiverSevenYears {
            en: "A permanent resident admitted at a port of entry needs seven years of lawful continuous residence before proceedings for the 212(h) waiver; how the person became a resident, or how long ago, is not clear from the dates given.",
            es: "Un residente permanente admitido en un puerto de entrada necesita siete años de residencia legal continua antes del proceso para el perdón 212(h); con las fechas dadas no queda claro cómo ni hace cuánto se hizo residente.",
        },
        WarnUnknownOffense {
            en: "{statute} is not in the catalog: every ground is shown as a risk until a lawyer analyses it.",
            es: "{statute} no está en el catálogo: todas las causales se muestran como riesgo hasta que un abogado la analice.",
        },
        WarnLevelUnknown {
            en: "{offense} can be a felony or a misdemeanor and the level is not given: rules that depend on the maximum sentence are shown as risks.",
            es: "{offense} puede ser delito grave o menor y no se indicó el nivel: las reglas que dependen de la pena máxima se muestran como riesgos.",
        },
        WarnSentenceUnknown {
            en: "The sentence for {offense} is not set: 364 days or less on the count keeps the sentence-based aggravated felony away; 365 days or more, suspended time included, triggers it.",
            es: "La sentencia de {offense} no está fijada: 364 días o menos en el cargo evitan el delito grave agravado por sentencia; 365 días o más, incluido el tiempo suspendido, lo activan.",
        },
        WarnProbationViolation {
            en: "{offense} is below the one-year line now; a later probation violation that adds custody to this count can make it an aggravated felony.",
            es: "{offense} está por debajo del límite de un año ahora; una violación posterior de la libertad condicional que agregue custodia a este cargo puede convertirlo en delito grave agravado.",
        },
        WarnRecordSilent {
            en: "The record for {offense} does not say which part of the statute was proved ({variants}). A specific plea to the safer part protects both deportability and relief; a vague record protects neither reliably.",
            es: "El expediente de {offense} no dice qué parte de la ley se probó ({variants}). Una declaración específica a la parte menos dañina protege tanto frente a la deportación como para los alivios; un expediente impreciso no protege de forma confiable.",
        },
        WarnEntryUnknown {
            en: "How the person entered the United States is not given: if they were admitted, the deportability grounds apply; if they entered without inspection, the Laken Riley Act may apply.",
            es: "No se indicó cómo entró la persona a Estados Unidos: si fue admitida, aplican las causales de deportación; si entró sin inspección, puede aplicar la Ley Laken Riley.",
        },
        WarnStatusUnknown {
            en: "The person's status is unknown, so both deportability and inadmissibility are shown. Ask about the card the person holds, how they entered, and whether a parent is a citizen.",
            es: "Se desconoce el estatus de la persona, así que se muestran la deportación y la inadmisibilidad. Pregunte qué tarjeta tiene, cómo entró y si alguno de sus padres es ciudadano.",
        },
        WarnNaturalizationCounsel {
            en: "A naturalization application puts the whole record before USCIS, which can start removal proceedings: do not apply for citizenship without an immigration lawyer.",
            es: "Una solicitud de naturalización pone todo el historial ante USCIS, que puede iniciar un proceso de deportación: no solicite la ciudadanía sin un abogado de inmigración.",
        },
        WarnEwiNoBond {
            en: "Apart from this case, a person who entered without inspection may be held without bond if ICE arrests them (Matter of Yajure Hurtado, under challenge in court).",
            es: "Aparte de este caso, una persona que entró sin inspección puede quedar detenida sin fianza si ICE la arresta (Matter of Yajure Hurtado, impugnado en los tribunales).",
        },
        WarnTravel {
            en: "Travel abroad is a risk: a permanent resident with an offense covered by INA 212(a)(2), or a charge pending, can be treated as seeking admission on return.",
            es: "Viajar al extranjero es un riesgo: un residente permanente con un delito comprendido en la INA 212(a)(2), o con un cargo pendiente, puede ser tratado como solicitante de admisión al regresar.",
        },
        WarnLujan {
            en: "{offense} was expunged and entered on or before July 14, 2011: in the Ninth Circuit a first simple possession may still be disregarded (Lujan-Armendariz). Ask an immigration lawyer.",
            es: "{offense} fue eliminada y dictada el 14 de julio de 2011 o antes: en el Noveno Circuito una primera posesión simple todavía puede no tomarse en cuenta (Lujan-Armendariz). Consulte a un abogado de inmigración.",
        },
        WarnEarlierAdmission {
            en: "The seven-year clock for cancellation was counted from the admission date given. An earlier admission, such as a visa entry, could lengthen it: ask.",
            es: "El plazo de siete años para la cancelación se contó desde la fecha de admisión indicada. Una admisión anterior, como una entrada con visa, podría alargarlo: pregunte.",
        },
        WarnStayAway {
            en: "If a protective or stay-away order is issued in the case of {offense}, a later court finding that it was violated can make the person deportable by itself.",
            es: "Si en el caso de {offense} se dicta una orden de protección o de alejamiento, una determinación judicial posterior de que se violó puede, por sí sola, hacer deportable a la persona.",
        },
        WarnLowConfidence {
            en: "The analysis of {offense} rests on unsettled law or little authority: confirm it with an immigration lawyer.",
            es: "El análisis de {offense} se basa en ley no resuelta o poca autoridad: confírmelo con un abogado de inmigración.",
        },
        WarnIllinoisPre2009 {
            en: "{offense} is an Illinois misdemeanor convicted before July 1, 2009: its maximum is taken as 364 days, but have a lawyer confirm it.",
            es: "{offense} es un delito menor de Illinois con condena anterior al 1 de julio de 2009: su máximo se toma como 364 días, pero pida a un abogado que lo confirme.",
        },
        WarnDiscretion {
            en: "Any criminal record weighs in discretionary decisions (asylum, adjustment, DACA, naturalization, bond) even where no bar applies.",
            es: "Cualquier antecedente penal pesa en las decisiones discrecionales (asilo, ajuste, DACA, naturalización, fianza) aunque no haya una exclusión.",
        },
        WarnPostConclusionDeparture {
            en: "Voluntary departure at the end of proceedings also needs five years of good moral character; these convictions may stand in its way.",
            es: "La salida voluntaria al final del proceso también exige cinco años de buena conducta moral; estas condenas pueden impedirla.",
        },
        DeportDrugAbuser {
            en: "A drug possession or use offense ({offense}) can support a finding that the person is, or has been since admission, a drug abuser or addict, which makes them deportable without any further conviction.",
            es: "Un delito de posesión o uso de drogas ({offense}) puede respaldar la determinación de que la persona es, o ha sido desde su admisión, adicta o consumidora habitual de drogas, lo que la hace deportable sin otra condena.",
        },
        InadmDrugAbuser {
            en: "A drug possession or use offense ({offense}) can lead a civil surgeon or consular doctor to find drug abuse, a health ground of inadmissibility.",
            es: "Un delito de posesión o uso de drogas ({offense}) puede llevar a un médico autorizado o consular a determinar abuso de drogas, una causal de inadmisibilidad por salud.",
        },
        InadmFalseClaim {
            en: "{offense} involves false documents: if the facts include a false claim to U.S. citizenship, the person is permanently inadmissible, with or without a conviction. Have a lawyer review the facts.",
            es: "{offense} implica documentos falsos: si los hechos incluyen una declaración falsa de ciudadanía estadounidense, la persona queda inadmisible de por vida, con o sin condena. Pida a un abogado que revise los hechos.",
        },
        WarnAlcoholHealth {
            en: "{offense}: a DUI can lead to a medical referral when the person applies for a visa or a green card, and two or more weigh against good moral character.",
            es: "{offense}: un DUI puede llevar a una evaluación médica cuando la persona solicita una visa o la residencia, y dos o más pesan en contra de la buena conducta moral.",
        },
        WarnAdamWalsh {
            en: "{offense} with a minor victim: under the Adam Walsh Act the person may be unable to petition for family members, even after becoming a citizen.",
            es: "{offense} con una víctima menor: según la Ley Adam Walsh, la persona puede quedar impedida de pedir a sus familiares, aun después de hacerse ciudadana.",
        },
        LujanProtection {
            en: "{offense} is a drug conviction, but it was a first simple possession, expunged, and entered on or before July 14, 2011: in the Ninth Circuit it may still be disregarded (Lujan-Armendariz), if the person meets that rule's conditions.",
            es: "{offense} es una condena de drogas, pero fue una primera posesión simple, eliminada y dictada el 14 de julio de 2011 o antes: en el Noveno Circuito todavía puede no tomarse en cuenta (Lujan-Armendariz), si la persona cumple las condiciones de esa regla.",
        },
        WarnLossUnknown {
            en: "The loss for {offense} is not given: over $10,000 tied to this count makes it an aggravated felony whatever the sentence. State the loss for the count of conviction in the plea.",
            es: "No se indicó la pérdida de {offense}: más de $10,000 en este cargo lo convierte en delito grave agravado sea cual sea la sentencia. Indique en la declaración la pérdida del cargo de la condena.",
        },
        AnalysisFelonyOnly {
            en: "{offense}: this analysis reaches only a felony conviction, and this one was entered as a misdemeanor.",
            es: "{offense}: este análisis solo alcanza una condena por delito grave, y esta se dictó como delito menor.",
        },
        AnalysisLevelUnknown {
            en: "{offense}: {note} This reaches only a felony conviction, and the level is not given.",
            es: "{offense}: {note} Esto solo alcanza una condena por delito grave, y no se indicó el nivel.",
        },
        DeportAggravatedFelonyBefore1988 {
            en: "{offense} is an aggravated felony, but the conviction was entered before November 18, 1988, and the Ninth Circuit holds that the aggravated-felony deportability ground does not reach it (the Board disagrees). It still bars relief and good moral character.",
            es: "{offense} es un delito grave agravado, pero la condena se dictó antes del 18 de noviembre de 1988, y el Noveno Circuito sostiene que la causal de deportación por delito grave agravado no la alcanza (la Junta no está de acuerdo). Aun así excluye alivios y la buena conducta moral.",
        },
        WarnFormer212c {
            en: "A conviction by plea before April 1, 1997 may still allow former 212(c) relief for a permanent resident (INS v. St. Cyr). Ask an immigration lawyer.",
            es: "Una condena por declaración anterior al 1 de abril de 1997 todavía puede permitir el antiguo alivio 212(c) para un residente permanente (INS v. St. Cyr). Consulte a un abogado de inmigración.",
        },
        QuestionVariant {
            en: "Which subsection or element of {offense} does the record of conviction name?",
            es: "¿Qué subsección o elemento de {offense} indica el expediente de la condena?",
        },
        QuestionRelationship {
            en: "Does the record of {offense} show that the victim was a spouse, former spouse, co-parent, cohabitant or a person in a similar relationship?",
            es: "¿Muestra el expediente de {offense} que la víctima era cónyuge, excónyuge, la otra madre o padre de un hijo en común, conviviente o una persona en una relación similar?",
        },
        QuestionMinorVictim {
            en: "Does the record of {offense} show that the victim was under 18?",
            es: "¿Muestra el expediente de {offense} que la víctima era menor de 18 años?",
        },
        QuestionMarijuana30g {
            en: "Does the record of {offense} show 30 grams or less of marijuana, for the person's own use?",
            es: "¿Muestra el expediente de {offense} 30 gramos o menos de marihuana, para uso personal?",
        },
        QuestionLevel {
            en: "Will {offense} be entered as a felony or as a misdemeanor?",
            es: "¿Se registrará {offense} como delito grave (felony) o como delito menor (misdemeanor)?",
        },
        QuestionSentence {
            en: "What term of imprisonment will be ordered on {offense}? Suspended time counts.",
            es: "¿Qué pena de prisión se impondrá por {offense}? El tiempo suspendido cuenta.",
        },
        QuestionLoss {
            en: "What was the loss to the victims of {offense}, as the record will state it?",
            es: "¿Cuál fue la pérdida de las víctimas de {offense}, según la indicará el expediente?",
        },
        QuestionCustody {
            en: "How many days has the person actually been confined on {offense}?",
            es: "¿Cuántos días ha estado la persona efectivamente detenida por {offense}?",
        },
        AnswerVariant {
            en: "If the record names {variant}",
            es: "Si el expediente indica {variant}",
        },
        AnswerRecordShows {
            en: "If the record shows it",
            es: "Si el expediente lo muestra",
        },
        AnswerRecordSilent {
            en: "If the record does not show it",
            es: "Si el expediente no lo muestra",
        },
        AnswerFelony {
            en: "If it is a felony",
            es: "Si es delito grave (felony)",
        },
        AnswerMisdemeanor {
            en: "If it is a misdemeanor",
            es: "Si es delito menor (misdemeanor)",
        },
        AnswerDaysUpTo {
            en: "With {days} days or less",
            es: "Con {days} días o menos",
        },
        AnswerDaysBetween {
            en: "With {from} to {days} days",
            es: "Con {from} a {days} días",
        },
        AnswerDaysAtLeast {
            en: "With {days} days or more",
            es: "Con {days} días o más",
        },
        AnswerLossAtMost {
            en: "If the loss is {amount} or less",
            es: "Si la pérdida es de {amount} o menos",
        },
        AnswerLossOver {
            en: "If the loss is more than {amount}",
            es: "Si la pérdida supera {amount}",
        },
        AlternativeAvoids {
            en: "A plea to {offense} avoids what the charge risks here: {avoids}.",
            es: "Una declaración por {offense} evita lo que el cargo arriesga aquí: {avoids}.",
        },
        AlternativeReduces {
            en: "A plea to {offense} lowers the risk of: {reduces}.",
            es: "Una declaración por {offense} reduce el riesgo de: {reduces}.",
        },
        AlternativeAvoidsAndReduces {
            en: "A plea to {offense} avoids what the charge risks here: {avoids}; and it lowers the risk of: {reduces}.",
            es: "Una declaración por {offense} evita lo que el cargo arriesga aquí: {avoids}; y reduce el riesgo de: {reduces}.",
        },
        AlternativeCurated {
            en: "{why}",
            es: "{why}",
        },
        UVisaElement {
            en: "The elements of {offense} include {activities}, which INA 101(a)(15)(U)(iii) lists as qualifying criminal activity for a U visa.",
            es: "Los elementos de {offense} incluyen {activities}, que la INA 101(a)(15)(U)(iii) enumera como actividad delictiva calificada para la visa U.",
        },
        UVisaLikely {
            en: "By its elements, {offense} is most likely {activities}, which INA 101(a)(15)(U)(iii) lists as qualifying criminal activity; only an unusual reading of the statute would place it outside the list.",
            es: "Por sus elementos, {offense} es muy probablemente {activities}, que la INA 101(a)(15)(U)(iii) enumera como actividad delictiva calificada; solo una lectura inusual de la ley lo dejaría fuera de la lista.",
        },
        UVisaFeloniousAssault {
            en: "{offense} is a felony whose elements include force against a person, with a weapon, a serious injury or an officer as the victim, so it is most likely felonious assault, which INA 101(a)(15)(U)(iii) lists as qualifying criminal activity.",
            es: "{offense} es un delito grave (felony) cuyos elementos incluyen fuerza contra una persona, con un arma, con una lesión grave o contra un agente, así que muy probablemente es una agresión constitutiva de delito grave (felonious assault), que la INA 101(a)(15)(U)(iii) enumera como actividad delictiva calificada.",
        },
        UVisaFeloniousFacts {
            en: "{offense} is a felony that may involve force against a person: it is felonious assault, listed in INA 101(a)(15)(U)(iii), if the facts show an assault, which depends on the case.",
            es: "{offense} es un delito grave (felony) que puede implicar fuerza contra una persona: es una agresión constitutiva de delito grave (felonious assault), que figura en la lista de la INA 101(a)(15)(U)(iii), si los hechos muestran una agresión, lo que depende del caso.",
        },
        UVisaFeloniousLevel {
            en: "{offense} uses or threatens force against a person. Charged as a felony, it is felonious assault, listed in INA 101(a)(15)(U)(iii); charged as a misdemeanor, it qualifies only if its conduct is similar in nature and elements. It depends on whether it is a felony or a misdemeanor.",
            es: "{offense} usa o amenaza con usar fuerza contra una persona. Si se imputa como delito grave (felony), es una agresión constitutiva de delito grave (felonious assault), que figura en la lista de la INA 101(a)(15)(U)(iii); si se imputa como delito menor (misdemeanor), solo califica si su conducta es semejante en naturaleza y elementos. Depende de si es delito grave o delito menor.",
        },
        UVisaSimilar {
            en: "{offense} is not a listed activity by name, but its conduct may be similar in nature and elements to {activities}, in the list of INA 101(a)(15)(U)(iii). A similar activity qualifies, and whether this one is depends on the facts.",
            es: "{offense} no es por su nombre una actividad de la lista, pero su conducta puede ser semejante en naturaleza y elementos a {activities}, que figura en la lista de la INA 101(a)(15)(U)(iii). Una actividad semejante califica, y que esta lo sea depende de los hechos.",
        },
        UVisaFacts {
            en: "{offense} may involve {activities}, in the list of INA 101(a)(15)(U)(iii); its elements do not require it, so it depends on the facts of the case.",
            es: "{offense} puede implicar {activities}, que figura en la lista de la INA 101(a)(15)(U)(iii); sus elementos no lo exigen, así que depende de los hechos del caso.",
        },
        UVisaRelationship {
            en: "{offense} is domestic violence, in the list of INA 101(a)(15)(U)(iii), when the victim is a spouse, former spouse, partner, co-parent, or a family or household member; that depends on the relationship with the victim.",
            es: "{offense} es violencia doméstica, que figura en la lista de la INA 101(a)(15)(U)(iii), cuando la víctima es cónyuge, excónyuge, pareja, la otra madre o padre de un hijo en común, o un familiar o miembro del hogar; eso depende de la relación con la víctima.",
        },
        UVisaObstruction {
            en: "The catalog finds {offense} an offense relating to obstruction of justice or perjury under INA 101(a)(43)(S). Obstruction of justice, perjury and witness tampering are in the list of INA 101(a)(15)(U)(iii), but the two lists do not share one definition, so this is likely rather than certain.",
            es: "El catálogo considera que {offense} es un delito relacionado con la obstrucción de la justicia o el perjurio según la INA 101(a)(43)(S). La obstrucción de la justicia, el perjurio y la manipulación de testigos figuran en la lista de la INA 101(a)(15)(U)(iii), pero las dos listas no comparten una definición, así que esto es probable, no una certeza.",
        },
        UVisaInchoate {
            en: "{offense} is an attempt, conspiracy or solicitation whose target offense is not named here. An attempt, conspiracy or solicitation to commit a listed activity qualifies, so it depends on the offense attempted or planned.",
            es: "{offense} es una tentativa, conspiración o solicitación cuyo delito objetivo no se indica aquí. La tentativa, la conspiración o la solicitación para cometer una actividad de la lista califica, así que depende del delito que se intentó o se planeó.",
        },
        UVisaNone {
            en: "The elements of {offense} include none of the activities listed in INA 101(a)(15)(U)(iii), and its conduct is not similar to any of them in nature and elements. If the facts show a listed activity beside this offense, such as domestic violence or trafficking, that activity may still be certified on its own.",
            es: "Los elementos de {offense} no incluyen ninguna de las actividades enumeradas en la INA 101(a)(15)(U)(iii), y su conducta no es semejante a ninguna de ellas en naturaleza y elementos. Si los hechos muestran una actividad de la lista además de este delito, como violencia doméstica o trata de personas, esa actividad todavía puede certificarse por sí sola.",
        },
        UVisaReviewed {
            en: "{offense}: {note}",
            es: "{offense}: {note}",
        },
        UVisaSection {
            en: "{offense} covers several subsections, and they do not give the same answer; it depends on which subsection is charged.",
            es: "{offense} abarca varios incisos, y no dan la misma respuesta; depende de qué inciso se imputa.",
        },
        UVisaCertification {
            en: "Qualifying criminal activity is only the first question. The certifying agency decides whether to sign Form I-918, Supplement B, and USCIS decides whether the person is a victim who suffered substantial abuse and has been helpful to the investigation or prosecution.",
            es: "La actividad delictiva calificada es solo la primera pregunta. La agencia certificadora decide si firma el Formulario I-918, Suplemento B, y USCIS decide si la persona es víctima, sufrió un abuso sustancial y ha ayudado en la investigación o el proceso penal.",
        },
        UVisaTVisa {
            en: "A victim of trafficking may also seek a T visa, whose law enforcement declaration is Form I-914, Supplement B, separate from the U visa certification.",
            es: "Una víctima de trata de personas también puede solicitar la visa T (para víctimas de trata), cuya declaración de la autoridad es el Formulario I-914, Suplemento B, distinta de la certificación de la visa U.",
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
            // An answer to a question is a short condition ("If the record shows it").
            let answer = key.key().starts_with("Answer");
            for lang in Lang::ALL {
                let text = key.text(lang);
                let words: String = strip_placeholders(text);
                if answer {
                    assert!(text.starts_with(char::is_uppercase) && !text.ends_with('.'), "{key:?} {lang:?}");
                    continue;
                }
                assert!(
                    text.len() > 40 || words.trim_matches(|c: char| !c.is_alphabetic()).is_empty(),
                    "{key:?} {lang:?} is too short to explain anything"
                );
                // A template may end with a parameter that is itself a sentence ({note}).
                assert!(
                    text.ends_with('.')
                        || text.ends_with('}')
                        || (key.key().starts_with("Question") && text.ends_with('?')),
                    "{key:?} {lang:?} should end as a sentence (a question, as a question)"
                );
                assert!(!text.contains('!'), "{key:?} {lang:?}: calm words, no exclamation marks");
            }
            let only_params = strip_placeholders(key.text(Lang::En)).chars().all(|c| !c.is_alphabetic());
            if !only_params {
                assert_ne!(key.text(Lang::En), key.text(Lang::Es), "{key:?} is untranslated");
            }
        }
    }

    /// The text without its `{name}` placeholders.
    fn strip_placeholders(text: &str) -> String {
        let mut out = String::new();
        let mut depth = 0;
        for c in text.chars() {
            match c {
                '{' => depth += 1,
                '}' => depth -= 1,
                _ if depth == 0 => out.push(c),
                _ => {}
            }
        }
        out
    }

    #[test]
    fn both_languages_use_the_same_placeholders() {
        let names = |t: &str| {
            let mut v: Vec<String> =
                t.split('{').skip(1).filter_map(|p| p.split_once('}').map(|(n, _)| n.to_string())).collect();
            v.sort();
            v
        };
        for key in ReasonKey::ALL {
            assert_eq!(names(key.text(Lang::En)), names(key.text(Lang::Es)), "{key:?}");
        }
    }
}

crate::messages! {
    /// What a risk (`possible`) turns on, for the grade's own words: "Risk: depends on the
    /// sentence" (ui.md: "possible" says what it depends on).
    pub enum DependsOn {
        Record { en: "what the record of conviction says", es: "lo que diga el expediente de la condena" },
        Sentence { en: "the sentence", es: "la sentencia" },
        Loss { en: "the amount of the loss", es: "el monto de la pérdida" },
        Level { en: "whether it is a felony or a misdemeanor", es: "si es delito grave o delito menor" },
        Disposition { en: "whether it counts as a conviction", es: "si cuenta como condena" },
        Relationship { en: "the relationship with the victim", es: "la relación con la víctima" },
        Analysis { en: "a lawyer's analysis of the statute", es: "el análisis de la ley por un abogado" },
        Law { en: "how the courts read the law", es: "cómo interpretan la ley los tribunales" },
    }
}

impl ReasonKey {
    /// The leading case or agency authority a defender can cite for this reason, besides the
    /// statute the finding rests on (addendum 2026-12 §H). Added to every finding the reason
    /// explains; the catalog's own citations come with its notes.
    pub fn authority(self) -> &'static [&'static str] {
        use ReasonKey as K;
        match self {
            K::AfTermMet | K::AfTermBelow | K::AfTermUnknown | K::WarnProbationViolation => {
                &["Matter of S-S-, 21 I&N Dec. 900 (BIA 1997)"]
            }
            K::AfLossMet | K::AfLossBelow | K::AfLossUnknown => {
                &["Nijhawan v. Holder, 557 U.S. 29 (2009)", "Kawashima v. Holder, 565 U.S. 478 (2012)"]
            }
            K::DeportAggravatedFelony | K::ReliefAggravatedFelony => {
                &["Moncrieffe v. Holder, 569 U.S. 184 (2013)"]
            }
            K::ReliefAggravatedFelonyPsc | K::ReliefWithholdingFiveYears => {
                &["Matter of N-A-M-, 24 I&N Dec. 336 (BIA 2007)"]
            }
            K::DeportChildAbuse => &["Matter of Velazquez-Herrera, 24 I&N Dec. 503 (BIA 2008)"],
            K::DeportDomesticViolence => &["Matter of Velasquez, 25 I&N Dec. 278 (BIA 2010)"],
            K::DeportDrugAbuser | K::InadmDrugAbuser => {
                &["42 C.F.R. 34.2 (drug abuse and drug addiction, for the medical examination)"]
            }
            K::DeportFirearm => &["United States v. Aguilera-Rios, 769 F.3d 626 (9th Cir. 2014)"],
            K::DeportProtectionOrder => &["Matter of Obshatko, 27 I&N Dec. 173 (BIA 2017)"],
            K::DeportStalking => &["Matter of Sanchez-Lopez, 27 I&N Dec. 256 (BIA 2018)"],
            K::DetentionCimtYear
            | K::DetentionDeportableListed
            | K::DetentionInadmissible
            | K::DetentionLakenRiley
            | K::DetentionLakenRileyUnknown
            | K::DetentionTwoCimts => &["Nielsen v. Preap, 586 U.S. 392 (2019)"],
            K::InadmControlledSubstance | K::DeportControlledSubstance => {
                &["Mellouli v. Lynch, 575 U.S. 798 (2015)"]
            }
            K::ReliefWaiverDrugs => &["Matter of Davey, 26 I&N Dec. 37 (BIA 2012)"],
            K::InadmTrafficking => &[
                "Matter of Rico, 16 I&N Dec. 181 (BIA 1977)",
                "Alarcon-Serrano v. INS, 220 F.3d 1116 (9th Cir. 2000)",
            ],
            K::ReliefOffenseDescribed | K::ReliefCimtDescribed => {
                &["Matter of Cortez Canales, 25 I&N Dec. 301 (BIA 2010)"]
            }
            K::ReliefTpsUnwaivable
            | K::ReliefTpsFelony
            | K::ReliefTpsTwoMisdemeanors
            | K::ReliefTpsLevelUnknown => &["8 C.F.R. 244.4", "8 C.F.R. 244.3(c)"],
            K::ReliefMurder => &["8 C.F.R. 212.7(d)", "Matter of Jean, 23 I&N Dec. 373 (A.G. 2002)"],
            K::UVisaSimilar | K::UVisaInchoate | K::UVisaFeloniousLevel => &["8 C.F.R. 214.14(a)(9)"],
            K::UVisaCertification => {
                &["8 C.F.R. 214.14(a)(2)", "8 C.F.R. 214.14(a)(3)", "8 C.F.R. 214.14(c)(2)(i)"]
            }
            // ⚠ The T visa declaration's regulation is cited by the form; check 8 C.F.R. 214.11(d)(3).
            K::UVisaTVisa => &["INA 101(a)(15)(T) (8 U.S.C. 1101(a)(15)(T))", "Form I-914, Supplement B"],
            _ => &[],
        }
    }

    /// What a risk explained by this reason turns on, where the reason says it.
    pub fn depends_on(self) -> Option<DependsOn> {
        use ReasonKey as K;
        Some(match self {
            K::UnknownOffense | K::ReliefDacaUnknownOffense => DependsOn::Analysis,
            K::ConvictionUncertain | K::ConvictionInfraction | K::VacatedPleaPlanning => {
                DependsOn::Disposition
            }
            K::GroundSilentRecord | K::ChildAbuseMinorInRecord => DependsOn::Record,
            K::AfTermUnknown
            | K::WarnSentenceUnknown
            | K::ReliefDacaSentenceUnknown
            | K::ReliefDacaSuspendedUnknown
            | K::InadmPettyUnknown => DependsOn::Sentence,
            K::AfLossUnknown | K::WarnLossUnknown => DependsOn::Loss,
            K::AnalysisLevelUnknown | K::ReliefDacaLevelUnknown | K::ReliefTpsLevelUnknown => {
                DependsOn::Level
            }
            K::DvRelationshipAnyEvidence | K::DvRecordOnlyNinth => DependsOn::Relationship,
            K::GroundFromCatalog => DependsOn::Law,
            _ => return None,
        })
    }
}

crate::messages! {
    /// What a U visa answer of `possible` turns on ([`super::u_visa::UVisa::depends_on`]).
    pub enum UVisaDepends {
        Facts { en: "the facts of the case", es: "los hechos del caso" },
        Relationship { en: "the relationship with the victim", es: "la relación con la víctima" },
        Level { en: "whether it is charged as a felony or a misdemeanor", es: "si se imputa como delito grave o delito menor" },
        Target { en: "the offense attempted, planned or solicited", es: "el delito que se intentó, planeó o solicitó" },
        Subsection { en: "which subsection is charged", es: "qué inciso se imputa" },
    }
}

crate::messages! {
    /// The name of each qualifying criminal activity of INA 101(a)(15)(U)(iii)
    /// ([`super::u_visa::QualifyingActivity::name`]).
    pub enum ActivityName {
        Rape { en: "rape", es: "violación" },
        Torture { en: "torture", es: "tortura" },
        Trafficking { en: "trafficking", es: "trata de personas" },
        Incest { en: "incest", es: "incesto" },
        DomesticViolence { en: "domestic violence", es: "violencia doméstica" },
        SexualAssault { en: "sexual assault", es: "agresión sexual" },
        AbusiveSexualContact { en: "abusive sexual contact", es: "contacto sexual abusivo" },
        Prostitution { en: "prostitution", es: "prostitución" },
        SexualExploitation { en: "sexual exploitation", es: "explotación sexual" },
        Stalking { en: "stalking", es: "acecho (stalking)" },
        FemaleGenitalMutilation { en: "female genital mutilation", es: "mutilación genital femenina" },
        BeingHeldHostage { en: "being held hostage", es: "toma de rehenes" },
        Peonage { en: "peonage", es: "peonaje" },
        InvoluntaryServitude { en: "involuntary servitude", es: "servidumbre involuntaria" },
        SlaveTrade { en: "slave trade", es: "trata de esclavos" },
        Kidnapping { en: "kidnapping", es: "secuestro" },
        Abduction { en: "abduction", es: "rapto" },
        UnlawfulCriminalRestraint { en: "unlawful criminal restraint", es: "restricción ilegal de la libertad" },
        FalseImprisonment { en: "false imprisonment", es: "privación ilegal de la libertad (false imprisonment)" },
        Blackmail { en: "blackmail", es: "chantaje" },
        Extortion { en: "extortion", es: "extorsión" },
        Manslaughter { en: "manslaughter", es: "homicidio sin premeditación (manslaughter)" },
        Murder { en: "murder", es: "asesinato" },
        FeloniousAssault { en: "felonious assault", es: "agresión constitutiva de delito grave (felonious assault)" },
        WitnessTampering { en: "witness tampering", es: "manipulación de testigos" },
        ObstructionOfJustice { en: "obstruction of justice", es: "obstrucción de la justicia" },
        Perjury { en: "perjury", es: "perjurio" },
        FraudInForeignLaborContracting {
            en: "fraud in foreign labor contracting",
            es: "fraude en la contratación de trabajadores extranjeros",
        },
    }
}

crate::messages! {
    /// The name of each conclusion a reader sees: a ground, removability, a form of relief,
    /// mandatory detention. The long form first, the abbreviation beside it (ui.md).
    pub enum Term {
        AggravatedFelony { en: "Aggravated felony", es: "Delito grave agravado (aggravated felony)" },
        Cimt {
            en: "Crime involving moral turpitude (CIMT)",
            es: "Delito que implica vileza moral (CIMT)",
        },
        ControlledSubstance {
            en: "Controlled substance offense",
            es: "Delito relacionado con sustancias controladas",
        },
        Firearm { en: "Firearm offense", es: "Delito con arma de fuego" },
        DomesticViolence { en: "Crime of domestic violence", es: "Delito de violencia doméstica" },
        Stalking { en: "Stalking", es: "Acecho (stalking)" },
        ChildAbuse {
            en: "Child abuse, neglect or abandonment",
            es: "Abuso, negligencia o abandono de menores",
        },
        ProtectionOrderViolation {
            en: "Violation of a protection order",
            es: "Violación de una orden de protección",
        },
        Deportable { en: "Deportability (INA 237)", es: "Deportabilidad (INA 237)" },
        Inadmissible { en: "Inadmissibility (INA 212)", es: "Inadmisibilidad (INA 212)" },
        MandatoryDetention {
            en: "Mandatory detention (INA 236(c))",
            es: "Detención obligatoria, sin fianza (INA 236(c))",
        },
        LprCancellation {
            en: "Cancellation of removal for permanent residents",
            es: "Cancelación de deportación para residentes permanentes",
        },
        NonLprCancellation {
            en: "Cancellation of removal for non-permanent residents",
            es: "Cancelación de deportación para no residentes",
        },
        Asylum { en: "Asylum", es: "Asilo" },
        Withholding { en: "Withholding of removal", es: "Suspensión de la deportación (withholding)" },
        Naturalization { en: "Naturalization (citizenship)", es: "Naturalización (ciudadanía)" },
        Daca { en: "DACA", es: "DACA" },
        Tps { en: "TPS (Temporary Protected Status)", es: "TPS (Estatus de Protección Temporal)" },
        Waiver212h { en: "212(h) waiver", es: "Perdón 212(h) (waiver)" },
        VoluntaryDeparture { en: "Voluntary departure", es: "Salida voluntaria" },
    }
}

impl Term {
    /// The label of a conclusion.
    pub fn of(subject: super::outcome::Subject) -> Term {
        use super::outcome::{Ground as G, Relief as R, Subject as S};
        match subject {
            S::Ground(G::AggravatedFelony) => Term::AggravatedFelony,
            S::Ground(G::Cimt) => Term::Cimt,
            S::Ground(G::ControlledSubstance) => Term::ControlledSubstance,
            S::Ground(G::Firearm) => Term::Firearm,
            S::Ground(G::DomesticViolence) => Term::DomesticViolence,
            S::Ground(G::Stalking) => Term::Stalking,
            S::Ground(G::ChildAbuse) => Term::ChildAbuse,
            S::Ground(G::ProtectionOrderViolation) => Term::ProtectionOrderViolation,
            S::Deportable => Term::Deportable,
            S::Inadmissible => Term::Inadmissible,
            S::MandatoryDetention => Term::MandatoryDetention,
            S::Relief(R::LprCancellation) => Term::LprCancellation,
            S::Relief(R::NonLprCancellation) => Term::NonLprCancellation,
            S::Relief(R::Asylum) => Term::Asylum,
            S::Relief(R::Withholding) => Term::Withholding,
            S::Relief(R::Naturalization) => Term::Naturalization,
            S::Relief(R::Daca) => Term::Daca,
            S::Relief(R::Tps) => Term::Tps,
            S::Relief(R::Waiver212h) => Term::Waiver212h,
            S::Relief(R::VoluntaryDeparture) => Term::VoluntaryDeparture,
        }
    }
}
