//! The JavaScript API (wasm-bindgen): the app's entry point and the doors partner sites
//! use. Thin: every function hands over to the engine, the contract layer or the UI.
//!
//! Two builds: the app's (`padilla.js`: `mount` and `dataVersion`, all a first answer
//! needs) and, with the `js-api` feature, the partners' (`padilla-api.js`: the same plus
//! `load`, `assess` and `search`, which bring the JSON machinery the app does without).
//! The partners' build also ships `padilla-api.d.ts`: the Case, the Assessment and a search
//! hit as TypeScript types (`TYPES`), and the functions typed with them.
//!
//! ```js
//! import init, { load, assess } from './padilla-api.js';
//! await init();
//! await load('CA', new URL('data/', import.meta.url).href);   // ca.en.bin and ca.es.bin, once
//! const result = assess({ jurisdiction: 'CA', person: { status: 'lpr' },
//!   convictions: [{ statute: 'PC 273.5', disposition: 'plea_or_verdict', sentence_days: 364 }] });
//! // result is the Assessment object of shared/contract/assessment-v1.md;
//! // bad input throws an Error whose message names the field.
//! ```

use wasm_bindgen::prelude::*;

#[cfg(feature = "js-api")]
use crate::engine::date::Date;

#[cfg(feature = "js-api")]
/// The partners' TypeScript types, placed by wasm-bindgen at the top of `padilla-api.d.ts`:
/// the Case as `contract::case_in` reads it and the Assessment as `contract::assessment_out`
/// writes it (field for field, each value's spelling its `code()`), and a search hit. Kept
/// in step with those two files: `make test-types` type-checks a partner's code against them.
#[wasm_bindgen(typescript_custom_section)]
const TYPES: &str = r#"
/** A state whose offense catalog this build has. */
export type Jurisdiction = "CA" | "IL";

/** A date written `YYYY-MM-DD`. */
export type DateText = string;

/** Immigration status of the person. `unknown`: the engine reports what holds under either family of grounds. */
export type Status =
  | "lpr" | "conditional_lpr" | "refugee" | "asylee" | "nonimmigrant" | "parolee"
  | "undocumented" | "daca" | "tps" | "unknown";

/** Whose law grades the case: the worse of the home circuit and the Fifth (`plea_planning`, the default), or the home circuit only (`removal_defense`). */
export type Perspective = "plea_planning" | "removal_defense";

/** How the offense was classified when judgment was entered. */
export type Level = "felony" | "misdemeanor" | "infraction";

/** How the criminal case ended. */
export type Disposition =
  | "plea_or_verdict" | "pretrial_diversion_no_plea" | "deferred_entry_with_plea"
  | "juvenile_adjudication" | "vacated_legal_defect" | "expunged_rehabilitative";

/** What the record of conviction establishes. */
export type Fact =
  | "protected_relationship" | "minor_victim" | "marijuana_30g_or_less"
  | "firearm_used" | "single_scheme_with_other_conviction";

/** One Case: the input of `assess`. Unknown fields are an input error. */
export interface Case {
  /** 1, or absent. */
  schema_version?: 1;
  /** The date the assessment speaks for; absent or null: today on this device. */
  as_of?: DateText | null;
  /** Absent or null: `plea_planning`. */
  perspective?: Perspective | null;
  /** The state whose offense catalog is searched (loaded first with `load`). */
  jurisdiction: Jurisdiction;
  person: Person;
  /** May be empty. */
  convictions: Conviction[];
}

/** The person whose immigration status is at stake. */
export interface Person {
  status: Status;
  /** The admission that starts the five-year CIMT clock (Matter of Alyazji). */
  admitted_on?: DateText | null;
  /** The date of becoming a permanent resident. */
  lpr_since?: DateText | null;
  /** For the youthful-offender exception. */
  born_on?: DateText | null;
}

/** One conviction, or a disposition that may or may not be one. */
export interface Conviction {
  /** The code section as a person types it: "PC 273.5", "H&S 11377(a)", "720 ILCS 5/12-3.2". */
  statute: string;
  /** The catalog id of the subsection the record proves; null: the record does not say. */
  variant?: string | null;
  committed_on?: DateText | null;
  convicted_on?: DateText | null;
  /** Null or absent: not known (matters for wobblers). */
  level?: Level | null;
  /** The term ordered in whole days, suspended part included; 0 for none; null: not yet known. */
  sentence_days?: number | null;
  /** The part of `sentence_days` whose execution was suspended, in whole days. */
  suspended_days?: number | null;
  /** Days actually confined on this conviction. */
  custody_days?: number | null;
  disposition: Disposition;
  /** Loss to the victim(s) in US dollars, for fraud and tax offenses. */
  loss_usd?: number | null;
  facts?: Fact[] | null;
}

/** How sure the engine is that a consequence attaches. `no` is a promise: where the engine is not sure, it says `possible`. */
export type Grade = "yes" | "likely" | "possible" | "no";

/** `removability.*`: a grade, or `not_applicable` where that family of grounds does not reach the status. */
export type Reach = Grade | "not_applicable";

/** The effect of these convictions on a form of relief. */
export type ReliefGrade = "barred" | "at_risk" | "not_barred" | "not_applicable";

/** A conviction-based ground, graded per conviction. */
export type Ground =
  | "aggravated_felony" | "cimt" | "controlled_substance" | "firearm"
  | "domestic_violence" | "stalking" | "child_abuse" | "protection_order_violation";

/** A form of relief or benefit whose criminal bars the engine checks. */
export type ReliefForm =
  | "lpr_cancellation" | "non_lpr_cancellation" | "asylum" | "withholding" | "naturalization"
  | "daca" | "tps" | "waiver_212h" | "voluntary_departure";

/** Any conclusion of an Assessment, by its code. */
export type Subject = Ground | "deportable" | "inadmissible" | "mandatory_detention" | ReliefForm;

/** A text in each language. */
export interface Prose {
  en: string;
  es: string;
}

/** A parameter of a reason: text the same in every language (an offense by its catalog id), a reviewer's text in each language, or conclusions by their codes. */
export type ReasonParam = string | Prose | Subject[];

/** Why: a message key and its parameters, to render in any language. */
export interface Reason {
  key: string;
  params: { [name: string]: ReasonParam };
  /** A further reason, read after this one. */
  then?: Reason;
}

/** What every finding carries. */
export interface FindingBase {
  /** The INA section the conclusion rests on. */
  basis: string;
  /** Statute and leading cases, as a defender would cite them. */
  citations: string[];
  /** The reason in English. */
  explanation: string;
  reason: Reason;
}

/** A conviction's ground, graded, with its reason. */
export interface GroundFinding extends FindingBase {
  ground: Ground;
  grade: Grade;
  /** The index of the conviction in the Case. */
  conviction: number;
}

/** Removability or mandatory detention, graded, with a reason. */
export interface RemovalFinding extends FindingBase {
  ground: "deportable" | "inadmissible" | "mandatory_detention";
  grade: Grade;
  /** The conviction it rests on, when one does. */
  conviction?: number;
}

/** A form of relief, graded, with a reason. */
export interface ReliefFinding extends FindingBase {
  ground: ReliefForm;
  grade: ReliefGrade;
  /** The conviction it rests on, when one does. */
  conviction?: number;
}

/** A finding about the person (`Assessment.findings`). */
export type PersonFinding = RemovalFinding | ReliefFinding;

/** A safer plea. `avoids`, `reduces` and `still_risks` never share a point. */
export interface Alternative {
  offense_id: string;
  /** Proposed by a reviewer in the catalog (true) or found by the engine (false). */
  curated: boolean;
  /** Why it is safer, in English. */
  why: string;
  why_reason: Reason;
  /** What the charge risks and this plea does not. */
  avoids: Subject[];
  /** Still a risk, but a lower one. */
  reduces: Subject[];
  /** As much a risk as the charge (or more). */
  still_risks: Subject[];
}

/** The assessment of one conviction. */
export interface AssessedConviction {
  /** The statute as given. */
  statute: string;
  /** The catalog entry it resolved to; null: not in the catalog (every ground `possible`). */
  offense_id: string | null;
  /** The entry's English title. */
  offense_name: string | null;
  /** Whether the disposition is a conviction for immigration purposes (INA 101(a)(48)(A)). */
  is_conviction: Grade;
  grounds: Record<Ground, Grade>;
  findings: GroundFinding[];
  alternatives: Alternative[];
  /** What to keep in or out of the record of conviction; null without a catalog entry. */
  record_advice: Prose | null;
  /** What could change a past conviction, and what would not. */
  post_conviction: Prose | null;
  /** For a divisible statute, the catalog id of the safer part to plead to. */
  safer_variant: string | null;
  /** For a statute not in the catalog, the nearest catalog ids. */
  suggestions: string[];
}

/** The paths of an Assessment an answer changes, each with its new value. */
export type Changes = {
  [path: `convictions.${number}.grounds.${Ground}`]: Grade;
} & {
  "removability.deportable"?: Reach;
  "removability.inadmissible"?: Reach;
  mandatory_detention?: Grade;
} & {
  [path in `relief.${ReliefForm}`]?: ReliefGrade;
};

/** One possible answer to a question: what the Case would hold, and what it would change. */
export interface Answer<V> {
  value: V;
  label: Reason;
  changes: Changes;
}

/** What every question carries. */
export interface QuestionBase {
  /** The index of the conviction in the Case. */
  conviction: number;
  ask: Reason;
}

/** Which subsection or element the record names; each answer's value is a variant id. */
export interface VariantQuestion extends QuestionBase {
  about: "variant";
  answers: Answer<string>[];
}

/** Whether the record shows a fact. */
export interface FactQuestion extends QuestionBase {
  about: "fact";
  fact: Fact;
  answers: Answer<boolean>[];
}

/** Felony or misdemeanor, for a wobbler. */
export interface LevelQuestion extends QuestionBase {
  about: "level";
  answers: Answer<Level>[];
}

/** A number of days or dollars, at the lines that matter. */
export interface AmountQuestion extends QuestionBase {
  about: "sentence_days" | "loss_usd" | "custody_days";
  answers: Answer<number>[];
}

/** What the record (or a fact not entered) would settle. */
export type Question = VariantQuestion | FactQuestion | LevelQuestion | AmountQuestion;

/** What `assess` returns. */
export interface Assessment {
  schema_version: 1;
  /** The version of the offense data. */
  data_version: string;
  /** In the order of the Case's convictions. */
  convictions: AssessedConviction[];
  removability: { deportable: Reach; inadmissible: Reach };
  relief: Record<ReliefForm, ReliefGrade>;
  mandatory_detention: Grade;
  /** Removability, detention and relief, each with its reason. */
  findings: PersonFinding[];
  /** In English. */
  warnings: string[];
  /** The same warnings, as reasons. */
  warning_reasons: Reason[];
  /** In the order a defender should ask them. */
  questions: Question[];
}

/** One offense `search` found. */
export interface SearchHit {
  /** The catalog id. */
  id: string;
  citation: string;
  title_en: string;
  title_es: string;
}

/** How `mount` starts the app; every field optional. A value that does not read throws an Error naming it. */
export interface MountOptions {
  jurisdiction?: Jurisdiction;
  lang?: "en" | "es";
  /** The screen to start on. */
  mode?: "quick" | "case" | "compare" | "prosecutor";
  /** Inside another site's page (the privacy statement says so). */
  embedded?: boolean;
  /** Each result as JSON text, `{"screen", "assessment", "offers"}`: the widget's bundle (padilla-embed.js) only. */
  onResult?: (json: string) => void;
}
"#;

/// Mounts the app into `root` (the page's `<div id="app">`, or a partner's element).
/// `data_url` is the directory of the data files (`new URL('data/', import.meta.url).href`);
/// without it, `data/` beside the page. `options` (all optional):
/// `{ jurisdiction: "CA" | "IL", lang: "en" | "es", mode: "quick" | "case" | "compare" |
/// "prosecutor", embedded: boolean, onResult: (json: string) => void }`; `onResult`, where
/// given, receives each result as JSON text (`contract::result_json`; the widget's bundle
/// only). An option that does not read throws an Error naming it.
#[wasm_bindgen]
pub fn mount(
    root: web_sys::Element,
    #[wasm_bindgen(js_name = dataUrl, unchecked_optional_param_type = "string | null")] data_url: Option<String>,
    #[wasm_bindgen(unchecked_optional_param_type = "MountOptions")] options: JsValue,
) -> Result<(), JsError> {
    let options = read_options(&options)?;
    if let Some(url) = data_url {
        crate::ui::data::set_base(&url);
    }
    crate::ui::mount(root, options);
    Ok(())
}

/// `mount`'s options, read at the edge: each one named when it does not read.
fn read_options(value: &JsValue) -> Result<crate::ui::host::Options, JsError> {
    use crate::ui::host::Options;
    use wasm_bindgen::JsCast;
    let mut options = Options::default();
    if value.is_undefined() || value.is_null() {
        return Ok(options);
    }
    let get = |name: &str| js_sys::Reflect::get(value, &JsValue::from_str(name)).unwrap_or(JsValue::UNDEFINED);
    let text = |name: &str| -> Result<Option<String>, JsError> {
        let v = get(name);
        match (v.is_undefined() || v.is_null(), v.as_string()) {
            (true, _) => Ok(None),
            (false, Some(s)) if s.trim().is_empty() => Ok(None),
            (false, Some(s)) => Ok(Some(s.trim().to_string())),
            (false, None) => Err(JsError::new(&format!("options.{name}: must be a string"))),
        }
    };
    if let Some(code) = text("jurisdiction")? {
        options.jurisdiction = Some(
            crate::engine::case::Jurisdiction::from_code(&code.to_ascii_uppercase())
                .ok_or_else(|| JsError::new(&format!("options.jurisdiction: \"{code}\" is not one of CA, IL")))?,
        );
    }
    if let Some(code) = text("lang")? {
        options.lang = Some(
            crate::lang::Lang::ALL
                .into_iter()
                .find(|l| l.tag().eq_ignore_ascii_case(&code))
                .ok_or_else(|| JsError::new(&format!("options.lang: \"{code}\" is not one of en, es")))?,
        );
    }
    if let Some(code) = text("mode")? {
        options.screen = Some(crate::ui::state::Screen::from_code(&code).ok_or_else(|| {
            JsError::new(&format!("options.mode: \"{code}\" is not one of quick, case, compare, prosecutor"))
        })?);
    }
    options.embedded = get("embedded").is_truthy();
    let on_result = get("onResult");
    if !on_result.is_undefined() && !on_result.is_null() {
        let f = on_result
            .dyn_into::<js_sys::Function>()
            .map_err(|_| JsError::new("options.onResult: must be a function"))?;
        crate::ui::host::set_share(sharer(f)?);
        options.shares_results = true;
    }
    Ok(options)
}

/// Each result as the JSON text of `contract::result_json`, handed to `f`. Only the
/// widget's bundle (feature `embed`) carries the writer; the app's own download does not.
#[cfg(feature = "embed")]
fn sharer(f: js_sys::Function) -> Result<crate::ui::host::Sharer, JsError> {
    Ok(Box::new(move |screen, assessment, offers| {
        let json = crate::contract::result_json(screen, assessment, offers);
        let _ = f.call1(&JsValue::NULL, &JsValue::from_str(&json));
    }))
}

#[cfg(not(feature = "embed"))]
fn sharer(_: js_sys::Function) -> Result<crate::ui::host::Sharer, JsError> {
    Err(JsError::new("options.onResult: only the widget's bundle (padilla-embed.js) hands results to a page"))
}

/// Tells the app that a new version is downloaded and waiting; `reload` switches to it (the
/// app offers it with a button, and says that reloading clears the screen).
#[wasm_bindgen(js_name = updateReady)]
pub fn update_ready(reload: js_sys::Function) {
    crate::ui::host::announce_update(reload);
}

/// The version of the offense data in this build, as shown in the footer.
#[wasm_bindgen(js_name = dataVersion)]
pub fn data_version() -> String {
    crate::DATA_VERSION.to_string()
}

#[cfg(feature = "js-api")]
/// Fetches a state's offenses ("CA", "IL"), in every language, from `dataUrl` (the
/// directory `dist/data/` is served as, such as `new URL('data/', import.meta.url).href`;
/// without it, `data/` beside the page); resolves once they are ready (at once if they
/// already are). `assess` and `search` answer for the states loaded; an unknown state or a
/// file that cannot be fetched rejects with an `Error`.
#[wasm_bindgen]
pub async fn load(
    #[wasm_bindgen(unchecked_param_type = "Jurisdiction")] jurisdiction: String,
    #[wasm_bindgen(js_name = dataUrl, unchecked_optional_param_type = "string")] data_url: Option<String>,
) -> Result<(), JsError> {
    let j = jurisdiction_of(&jurisdiction)?;
    if let Some(url) = data_url {
        crate::ui::data::set_base(&url);
    }
    for lang in crate::lang::Lang::ALL {
        crate::ui::data::fetch(j, lang).await.map_err(|e| JsError::new(&e))?;
    }
    Ok(())
}

#[cfg(feature = "js-api")]
fn jurisdiction_of(code: &str) -> Result<crate::engine::case::Jurisdiction, JsError> {
    crate::engine::case::Jurisdiction::from_code(code)
        .ok_or_else(|| JsError::new(&format!("jurisdiction: \"{code}\" is not one of CA, IL")))
}

#[cfg(feature = "js-api")]
fn loaded() -> Result<&'static crate::catalog::Catalog, JsError> {
    crate::ui::data::catalog().ok_or_else(|| JsError::new("the federal parameters in this build do not read"))
}

#[cfg(feature = "js-api")]
/// Assesses one Case, given as an object or as its JSON text, and returns its Assessment
/// (both fixed by the contract, assessment-v1). Bad input throws an `Error` naming the field
/// (`convictions[0].sentence_days: ...`); so does a state not loaded yet. The object is read
/// as its JSON would be (`JSON.stringify`), and both forms are read exactly as the native
/// `assess` reads text: the same answers, the same errors (`read::json`).
#[wasm_bindgen(unchecked_return_type = "Assessment")]
pub fn assess(
    #[wasm_bindgen(js_name = input, unchecked_param_type = "Case | string")] case: JsValue,
) -> Result<JsValue, JsError> {
    let json = match case.dyn_ref::<js_sys::JsString>() {
        Some(text) => text_of(text, "", crate::contract::MAX_CASE_BYTES)
            .map_err(|e| match text.length() as usize > crate::contract::MAX_CASE_BYTES {
                true => crate::contract::too_large(),
                false => e,
            })
            .and_then(|t| crate::contract::read_text(&t)),
        None => from_js::value(&case, "", 0, &mut from_js::Budget::default()),
    }
    .map_err(|e| JsError::new(&e.to_string()))?;
    let out = crate::contract::assess_json_in(&json, today(), loaded()?).map_err(|e| JsError::new(&e.to_string()))?;
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    serde::Serialize::serialize(&out, &serializer).map_err(|e| JsError::new(&e.to_string()))
}

#[cfg(feature = "js-api")]
/// A JavaScript string as Rust text, refused unread when longer than `max` UTF-16 units
/// (which is at most `max` bytes of UTF-8... at least: a longer one cannot fit) or when it
/// holds an unpaired surrogate, which is not a character.
fn text_of(text: &js_sys::JsString, path: &str, max: usize) -> Result<String, crate::read::InputError> {
    if text.length() as usize > max {
        return Err(crate::read::json::too_long(path));
    }
    if !text.is_valid_utf16() {
        return Err(crate::read::json::unpaired_surrogate(path));
    }
    Ok(String::from(text))
}

#[cfg(feature = "js-api")]
/// A JavaScript value read as its JSON would be, into the [`Json`](crate::read::json::Json)
/// the native door parses text into: the same limits, checked before the work they bound
/// (nesting before descending, so a cyclic object is refused, not followed), the same
/// messages. Numbers stay numbers (`NaN` and `Infinity` too: the field that receives one
/// refuses it by name); what `JSON.stringify` leaves out of an object (`undefined`, a
/// function) is left out, and is `null` in a list; a BigInt or a Symbol is refused.
mod from_js {
    use wasm_bindgen::{JsCast, JsValue};

    use crate::read::json::{self, error, index_path, key_path, Json, MAX_DEPTH, MAX_ITEMS, MAX_TEXT_CHARS};
    use crate::read::InputError;

    #[wasm_bindgen::prelude::wasm_bindgen]
    extern "C" {
        /// `Object.keys`, which a Proxy may make throw: caught.
        #[wasm_bindgen(catch, js_namespace = Object, js_name = keys)]
        fn keys(o: &JsValue) -> Result<js_sys::Array, JsValue>;
    }

    /// What a whole Case may hold, counted as it is read: a value given as an object has
    /// no text length, so its values and characters are counted instead.
    pub struct Budget {
        left: usize,
    }

    impl Default for Budget {
        fn default() -> Budget {
            Budget { left: crate::contract::MAX_CASE_BYTES }
        }
    }

    impl Budget {
        fn spend(&mut self, n: usize) -> Result<(), InputError> {
            match self.left.checked_sub(n) {
                Some(left) => {
                    self.left = left;
                    Ok(())
                }
                None => Err(crate::contract::too_large()),
            }
        }
    }

    pub fn value(v: &JsValue, path: &str, depth: usize, budget: &mut Budget) -> Result<Json, InputError> {
        budget.spend(1)?;
        if v.is_null() || v.is_undefined() {
            return Ok(Json::Null);
        }
        if let Some(b) = v.as_bool() {
            return Ok(Json::Bool(b));
        }
        if let Some(n) = v.as_f64() {
            return Ok(Json::Number(n));
        }
        if let Some(text) = v.dyn_ref::<js_sys::JsString>() {
            let text = text_within(text, path)?;
            budget.spend(text.chars().count())?;
            return Ok(Json::Text(text));
        }
        if v.is_bigint() || v.is_symbol() || v.is_function() {
            let what = if v.is_bigint() { "a BigInt" } else if v.is_symbol() { "a Symbol" } else { "a function" };
            return Err(error(path, format!("{what} is not JSON; give text, a number, true, false, null, a list or an object")));
        }
        if depth >= MAX_DEPTH {
            return Err(json::too_deep(path));
        }
        if js_sys::Array::is_array(v) {
            let list = js_sys::Array::from(v);
            let n = list.length() as usize;
            if n > MAX_ITEMS {
                return Err(json::too_many(path));
            }
            let mut items = Vec::with_capacity(n);
            for i in 0..n {
                let item = js_sys::Reflect::get_u32(&list, i as u32).map_err(|_| unreadable(&index_path(path, i)))?;
                // JSON.stringify writes null for these in a list.
                let item = if item.is_function() || item.is_symbol() { JsValue::NULL } else { item };
                items.push(value(&item, &index_path(path, i), depth + 1, budget)?);
            }
            return Ok(Json::List(items));
        }
        let names = keys(v).map_err(|_| unreadable(path))?;
        let n = names.length() as usize;
        if n > MAX_ITEMS {
            return Err(json::too_many(path));
        }
        let mut entries = Vec::with_capacity(n);
        for name in names.iter() {
            let Some(name) = name.dyn_ref::<js_sys::JsString>() else { continue };
            let key = text_within(name, path)?;
            let child = key_path(path, &key);
            budget.spend(key.len())?;
            let item = js_sys::Reflect::get(v, name).map_err(|_| unreadable(&child))?;
            // JSON.stringify leaves these keys out of an object.
            if item.is_undefined() || item.is_function() || item.is_symbol() {
                continue;
            }
            entries.push((key, value(&item, &child, depth + 1, budget)?));
        }
        Ok(Json::Object(entries))
    }

    /// A value's or key's text, at most [`MAX_TEXT_CHARS`] characters, as the native parser
    /// reads text (a longer one is refused by `path` before it is all copied).
    fn text_within(text: &js_sys::JsString, path: &str) -> Result<String, InputError> {
        let text = super::text_of(text, path, MAX_TEXT_CHARS * 2)?;
        match text.chars().count() > MAX_TEXT_CHARS {
            true => Err(json::too_long(path)),
            false => Ok(text),
        }
    }

    fn unreadable(path: &str) -> InputError {
        error(path, "could not be read (a getter or a Proxy threw)")
    }
}

#[cfg(feature = "js-api")]
/// Offenses matching what a person typed (a statute or words, English or Spanish, typos
/// forgiven), best first, at most `limit` of them (10 without it, 1 to 100): `[{ id,
/// citation, title_en, title_es }]`. `jurisdiction` is "CA" or "IL" (loaded first). A query
/// longer than a statute can be, or any argument that does not read, throws an Error naming
/// it.
#[wasm_bindgen(unchecked_return_type = "SearchHit[]")]
pub fn search(
    #[wasm_bindgen(unchecked_param_type = "string")] query: JsValue,
    #[wasm_bindgen(unchecked_param_type = "Jurisdiction")] jurisdiction: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "number")] limit: JsValue,
) -> Result<JsValue, JsError> {
    use crate::engine::case::MAX_STATUTE_CHARS;
    let query = match query.dyn_ref::<js_sys::JsString>() {
        Some(q) => text_of(q, "query", MAX_STATUTE_CHARS * 2).map_err(|e| JsError::new(&e.to_string()))?,
        None => return Err(JsError::new("query: must be text")),
    };
    if query.chars().count() > MAX_STATUTE_CHARS {
        return Err(JsError::new(&format!("query: longer than {MAX_STATUTE_CHARS} characters")));
    }
    let j = match jurisdiction.as_string() {
        Some(code) => jurisdiction_of(&code)?,
        None => return Err(JsError::new("jurisdiction: must be \"CA\" or \"IL\"")),
    };
    let limit = match limit.as_f64() {
        None if limit.is_undefined() || limit.is_null() => 10,
        Some(n) if crate::read::whole(n, 1.0, 100.0).is_some() => n as usize,
        _ => return Err(JsError::new("limit: must be a whole number from 1 to 100")),
    };
    let catalog = loaded()?;
    let hits: Vec<serde_json::Value> = catalog
        .lookup(&query, j, limit)
        .into_iter()
        .map(|o| serde_json::json!({ "id": o.id, "citation": o.citation, "title_en": &*o.title.en, "title_es": &*o.title.es }))
        .collect();
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    serde::Serialize::serialize(&hits, &serializer).map_err(|e| JsError::new(&e.to_string()))
}

#[cfg(feature = "js-api")]
/// Today's date on this device, for a Case without `as_of`.
fn today() -> Date {
    let now = js_sys::Date::new_0();
    Date::from_ymd(now.get_full_year() as i32, now.get_month() + 1, now.get_date()).unwrap_or(Date::EPOCH)
}
