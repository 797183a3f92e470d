//! Hostile Cases, by the thousand: a structure-aware fuzzer over Case JSON text (proptest
//! strategies). Each input goes through the native door (`contract::assess_json`, what
//! `assess` runs) and must come back as an Assessment of the contract's shape or as one
//! error naming a field: never a panic. What it makes: wrong types, missing and extra
//! fields, huge, negative and fractional numbers, impossible dates, empty and megabyte text,
//! control characters, right-to-left text, emoji, deep nesting, duplicate keys, up to a
//! thousand convictions, statutes in odd spellings, truncated and trailing text.
//!
//! `cargo test --test fuzz` runs 10,000 (CI); `make fuzz` runs a million in release and
//! reports the count, the rate and the slowest inputs (`PADILLA_FUZZ_CASES`, and
//! `PADILLA_FUZZ_SEED` to try another sequence). The CI run also writes its inputs with the
//! native door's answers to `target/tmp/fuzz-corpus.jsonl`, which the browser test
//! (`tests/e2e/fuzz_api.test.mjs`) feeds the JavaScript API, to show both doors agree.

use std::io::Write;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::time::{Duration, Instant};

use padilla::catalog::Catalog;
use padilla::contract::assess_json;
use padilla::engine::date::Date;
use proptest::prelude::*;
use proptest::strategy::ValueTree;
use proptest::test_runner::{Config, RngAlgorithm, TestRng, TestRunner};
use serde_json::Value;

fn quote(s: &str) -> String {
    Value::from(s).to_string()
}

/// Pieces text is made of: letters, digits, punctuation of citations, and what a hostile
/// caller sends (control, invisible and direction-changing characters, markup, emoji,
/// right-to-left scripts).
const PIECES: &[&str] = &[
    "pc", "PC", "hs", " ", "  ", "273", ".5", "(a)", "(1)", "§", "/", "-", "&", "ilcs", "720", "5/12-3.2", "robo",
    "battery", "theft", "é", "ñ", "\u{202E}", "\u{200B}", "\u{200D}", "\u{FEFF}", "\u{00A0}", "\u{3000}", "\u{0}",
    "\u{7}", "\n", "\t", "\"", "\\", "<img src=x onerror=alert(1)>", "\"><svg onload=alert(1)>", "👮‍♀️", "🚔",
    "💥", "مرحبا", "שלום", "null", "0", "-1", "1E400", "{", "}", "[", "]",
];

/// Text a person or a program might put in a field, most of it hostile.
fn text() -> BoxedStrategy<String> {
    prop_oneof![
        12 => proptest::collection::vec(proptest::sample::select(PIECES), 0..5).prop_map(|p| p.concat()),
        1 => Just(String::new()),
        1 => Just("   ".to_string()),
        1 => (1usize..=4).prop_map(|k| "A".repeat(k * 3_000)),
        1 => (1usize..=3).prop_map(|k| "9".repeat(k * 30_000)),
    ]
    .boxed()
}

/// The California citations of the catalog (a well-formed Case's statutes are of its state).
fn california(citations: &'static [String]) -> &'static [String] {
    let count = citations.iter().take_while(|c| !c.contains("ILCS")).count();
    &citations[..count]
}

/// A statute as people type it: a catalog citation, respelt; or hostile text.
fn statute(citations: &'static [String]) -> BoxedStrategy<String> {
    let spelt = (proptest::sample::select(citations), 0u8..8).prop_map(|(c, how)| match how {
        0 => c.to_lowercase(),
        1 => c.replace(' ', ""),
        2 => format!("Cal. Penal Code § {}", c.trim_start_matches("PC ")),
        3 => format!("{c}(a)(1)(zz)"),
        4 => format!("  {}  ", c.to_uppercase()),
        5 => c.replace('.', ","),
        6 => format!("{c}{}", "(a)".repeat(70)),
        _ => c,
    });
    prop_oneof![20 => spelt, 1 => text()].boxed()
}

/// A JSON number, as text: whole days, and every kind that is not.
fn number() -> BoxedStrategy<String> {
    prop_oneof![
        30 => (0u32..1200).prop_map(|n| n.to_string()),
        1 => (0u32..80_000).prop_map(|n| n.to_string()),
        1 => prop_oneof![Just("365.0"), Just("-0"), Just("1E400"), Just("-1e999"), Just("365.5"), Just("-1"),
            Just("18446744073709551616"), Just("1e-400"), Just("3.65e2"), Just("0.1e1"), Just("73001"), Just("4294967296")]
            .prop_map(str::to_string),
        1 => any::<f64>().prop_filter("JSON has no NaN", |f| f.is_finite()).prop_map(|f| format!("{f:e}")),
    ]
    .boxed()
}

/// A date, as JSON text: real ones (between the years `from` and `to`), and impossible ones.
fn date_in(from: i32, to: i32) -> BoxedStrategy<String> {
    prop_oneof![
        30 => (from..to, 1u32..=12, 1u32..=28).prop_map(|(y, m, d)| quote(&format!("{y:04}-{m:02}-{d:02}"))),
        1 => prop_oneof![Just("2025-02-30"), Just("0000-00-00"), Just("9999-12-31"), Just("2026-13-01"), Just("2026-1-1"),
            Just("yesterday"), Just("2024-02-29"), Just("2023-02-29"), Just("-2024-01-01"), Just("2024-01-01T00:00:00Z")]
            .prop_map(quote),
    ]
    .boxed()
}

fn date() -> BoxedStrategy<String> {
    date_in(1960, 2030)
}

/// Only real dates, for a well-formed Case.
fn real_date(from: i32, to: i32) -> BoxedStrategy<String> {
    (from..to, 1u32..=12, 1u32..=28).prop_map(|(y, m, d)| quote(&format!("{y:04}-{m:02}-{d:02}"))).boxed()
}

/// One of the values a field may be: its own, or anything else JSON can hold.
fn any_value() -> BoxedStrategy<String> {
    let leaf = prop_oneof![
        Just("null".to_string()),
        Just("true".to_string()),
        Just("false".to_string()),
        number(),
        text().prop_map(|t| quote(&t)),
        Just("[]".to_string()),
        Just("{}".to_string()),
    ];
    leaf.prop_recursive(3, 8, 3, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..4).prop_map(|v| format!("[{}]", v.join(","))),
            proptest::collection::vec((text(), inner), 0..4)
                .prop_map(|v| format!("{{{}}}", v.iter().map(|(k, v)| format!("{}:{v}", quote(k))).collect::<Vec<_>>().join(","))),
        ]
    })
    .boxed()
}

/// A field: mostly its own kind of value, sometimes absent, sometimes anything.
/// In a well-formed Case (`hostile` false) a field is its own kind of value or absent.
fn field(hostile: bool, key: &'static str, own: BoxedStrategy<String>) -> BoxedStrategy<Option<(String, String)>> {
    let anything = if hostile { 1 } else { 0 };
    prop_oneof![
        40 => own.prop_map(move |v| Some((key.to_string(), v))),
        3 => Just(None),
        anything => any_value().prop_map(move |v| Some((key.to_string(), v))),
    ]
    .boxed()
}

/// A field every well-formed Case has.
fn must(hostile: bool, key: &'static str, own: BoxedStrategy<String>) -> BoxedStrategy<Option<(String, String)>> {
    match hostile {
        true => field(true, key, own),
        false => own.prop_map(move |v| Some((key.to_string(), v))).boxed(),
    }
}

/// An object from its fields, with now and then a key the contract does not have, and a
/// key given twice.
fn object(hostile: bool, fields: Vec<BoxedStrategy<Option<(String, String)>>>) -> BoxedStrategy<String> {
    let odd = if hostile { 1 } else { 0 };
    let extra = prop_oneof![
        12 => Just(None),
        odd => (prop_oneof![Just("sentance_days"), Just(""), Just("__proto__"), Just("💥"), Just("constructor"), Just("0")], any_value())
            .prop_map(|(k, v)| Some((k.to_string(), v))),
    ];
    (fields, extra, 0u8..30)
        .prop_map(move |(fields, extra, twice)| {
            let mut entries: Vec<(String, String)> = fields.into_iter().flatten().chain(extra).collect();
            if hostile && twice == 0 && !entries.is_empty() {
                entries.push(entries[0].clone());
            }
            format!("{{{}}}", entries.iter().map(|(k, v)| format!("{}: {v}", quote(k))).collect::<Vec<_>>().join(", "))
        })
        .boxed()
}

fn code(options: &'static [&'static str]) -> BoxedStrategy<String> {
    prop_oneof![30 => proptest::sample::select(options).prop_map(quote), 1 => text().prop_map(|t| quote(&t))].boxed()
}

fn good_code(options: &'static [&'static str]) -> BoxedStrategy<String> {
    proptest::sample::select(options).prop_map(quote).boxed()
}

fn conviction(hostile: bool, citations: &'static [String], variants: &'static [String]) -> BoxedStrategy<String> {
    let pick = move |options: &'static [&'static str]| if hostile { code(options) } else { good_code(options) };
    let f = move |key, own| field(hostile, key, own);
    let days = move || if hostile { number() } else { (0u32..1200).prop_map(|n| n.to_string()).boxed() };
    let day = move |from, to| if hostile { date_in(from, to) } else { real_date(from, to) };
    object(hostile, vec![
        // A well-formed Case names catalog entries as the catalog writes them, so that long
        // Cases are accepted too and their cost shows.
        must(hostile, "statute", match hostile {
            true => statute(citations).prop_map(|s| quote(&s)).boxed(),
            false => proptest::sample::select(california(citations)).prop_map(|s| quote(&s)).boxed(),
        }),
        f("variant", match hostile {
            true => prop_oneof![proptest::sample::select(variants).prop_map(|v| quote(&v)), Just("null".to_string())].boxed(),
            false => Just("null".to_string()).boxed(),
        }),
        f("committed_on", day(1990, 2010)),
        f("convicted_on", day(2010, 2026)),
        f("level", pick(&["felony", "misdemeanor", "infraction"])),
        f("sentence_days", days()),
        f("suspended_days", if hostile { prop_oneof![9 => Just("0".to_string()), 1 => number()].boxed() } else { Just("0".to_string()).boxed() }),
        f("custody_days", days()),
        must(hostile, "disposition", pick(&["plea_or_verdict", "pretrial_diversion_no_plea", "deferred_entry_with_plea",
            "juvenile_adjudication", "vacated_legal_defect", "expunged_rehabilitative"])),
        f("loss_usd", days()),
        f("facts", proptest::collection::vec(pick(&["protected_relationship", "minor_victim",
            "marijuana_30g_or_less", "firearm_used", "single_scheme_with_other_conviction"]), 0..4)
            .prop_map(|f| format!("[{}]", f.join(","))).boxed()),
    ])
}

/// A whole Case as JSON text: well-formed or hostile in its fields.
fn case(hostile: bool, citations: &'static [String], variants: &'static [String]) -> BoxedStrategy<String> {
    let pick = move |options: &'static [&'static str]| if hostile { code(options) } else { good_code(options) };
    let f = move |key, own| field(hostile, key, own);
    let date = move || if hostile { date() } else { real_date(1960, 2030) };
    let person = object(hostile, vec![
        must(hostile, "status", pick(&["lpr", "conditional_lpr", "refugee", "asylee", "nonimmigrant", "parolee",
            "undocumented", "daca", "tps", "unknown"])),
        f("admitted_on", date()),
        f("lpr_since", date()),
        f("born_on", date()),
    ]);
    // Mostly a few convictions, as in life; now and then many, up to past the limit.
    let how_many = prop_oneof![40 => 0usize..4, 4 => 4usize..12, 1 => 12usize..=30, 1 => 31usize..40];
    let convictions = how_many
        .prop_flat_map(move |n| proptest::collection::vec(conviction(hostile, citations, variants), n))
        .prop_map(|cs| format!("[{}]", cs.join(",")));
    let thousand = conviction(hostile, citations, variants).prop_map(|c| format!("[{}]", vec![c; 1000].join(",")));
    let schema = match hostile {
        true => prop_oneof![20 => Just("1".to_string()), 1 => Just("1.0".to_string()), 1 => number()].boxed(),
        false => prop_oneof![Just("1".to_string()), Just("1.0".to_string())].boxed(),
    };
    object(hostile, vec![
        f("schema_version", schema),
        f("as_of", date()),
        f("perspective", pick(&["plea_planning", "removal_defense"])),
        // A well-formed Case is Californian, as its statutes are.
        must(hostile, "jurisdiction", if hostile { pick(&["CA", "IL"]) } else { Just(quote("CA")).boxed() }),
        must(hostile, "person", person),
        must(hostile, "convictions", prop_oneof![200 => convictions, 1 => thousand].boxed()),
    ])
}

/// What the fuzzer feeds the door: well-formed Cases, hostile ones, and things that are not
/// a Case at all.
fn case_text(citations: &'static [String], variants: &'static [String]) -> BoxedStrategy<String> {
    let hostile = case(true, citations, variants);
    prop_oneof![
        30 => case(false, citations, variants),
        30 => hostile.clone(),
        2 => (hostile.clone(), any::<prop::sample::Index>()).prop_map(|(c, at)| {
            // Cut anywhere, at a character boundary.
            let cut = c.char_indices().map(|(i, _)| i).nth(at.index(c.chars().count().max(1))).unwrap_or(0);
            c[..cut].to_string()
        }),
        1 => (hostile.clone(), prop_oneof![Just(" {}"), Just("x"), Just(","), Just("\u{0}")]).prop_map(|(c, tail)| format!("{c}{tail}")),
        1 => hostile.prop_map(|c| format!("\u{FEFF}{c}")),
        1 => (1usize..60).prop_map(|d| format!("{}{}", "[".repeat(d * d * 30), "]".repeat(d * d * 30))),
        1 => (1usize..40).prop_map(|d| format!("{}1{}", "{\"a\":".repeat(d * 10), "}".repeat(d * 10))),
        1 => any_value(),
        1 => Just(format!("{{\"jurisdiction\":\"CA\",\"person\":{{\"status\":\"lpr\"}},\"convictions\":[{{\"statute\":{},\"disposition\":\"plea_or_verdict\"}}]}}", quote(&"A".repeat(1 << 20)))),
    ]
    .boxed()
}

/// What one run found.
#[derive(Default)]
struct Report {
    count: usize,
    /// Each accepted input's time, and how many convictions it held.
    accepted: Vec<(Duration, usize)>,
    rejected: usize,
    slowest: Option<(Duration, String, bool)>,
    failures: Vec<String>,
    /// The slowest accepted inputs as first timed, to time again (a shared machine preempts).
    slow_accepted: Vec<(Duration, String)>,
    /// For each number of convictions, its three slowest inputs as first timed: an input is
    /// slow only against Cases of its own size.
    slow_by_size: std::collections::BTreeMap<usize, Vec<(Duration, String)>>,
    /// How many refusals each field and message had (indices left out).
    refused_by: std::collections::BTreeMap<String, usize>,
}

fn preview(text: &str) -> String {
    let cut: String = text.chars().take(400).collect();
    format!("{cut:?}{} ({} bytes)", if cut.len() < text.len() { "…" } else { "" }, text.len())
}

const REACH: &[&str] = &["yes", "likely", "possible", "no", "not_applicable"];

/// Why an answer is not acceptable, if it is not.
fn problem(result: &Result<String, padilla::contract::InputError>) -> Option<String> {
    match result {
        Err(e) if e.field.is_empty() => Some(format!("an error naming no field: {e}")),
        Err(e) if e.message.is_empty() || e.to_string().contains('\n') => Some(format!("an error that is not one line: {e:?}")),
        Err(_) => None,
        Ok(text) => {
            let Ok(out) = serde_json::from_str::<Value>(text) else { return Some("an Assessment that is not JSON".into()) };
            let grade = out["removability"]["deportable"].as_str().unwrap_or("");
            (!out["convictions"].is_array() || !REACH.contains(&grade))
                .then(|| format!("an Assessment without the contract's shape: {}", &text[..text.len().min(200)]))
        }
    }
}

/// The native door's answer, as the browser test compares it: the grades, or the error.
fn outcome(result: &Result<String, padilla::contract::InputError>) -> Value {
    match result {
        Err(e) => serde_json::json!({ "error": e.to_string() }),
        Ok(text) => {
            let out: Value = serde_json::from_str(text).unwrap_or(Value::Null);
            let grounds: Vec<&Value> = out["convictions"].as_array().map(|cs| cs.iter().map(|c| &c["grounds"]).collect()).unwrap_or_default();
            serde_json::json!({ "ok": { "removability": out["removability"], "relief": out["relief"], "grounds": grounds } })
        }
    }
}

/// How many convictions an accepted Case held (its Assessment has one entry for each).
fn convictions(assessment: &str) -> usize {
    serde_json::from_str::<Value>(assessment).ok().and_then(|v| v["convictions"].as_array().map(Vec::len)).unwrap_or(0)
}

/// Keeps `text` among the `most` slowest inputs of `slow` (fastest first) if it is one.
fn keep_slowest(slow: &mut Vec<(Duration, String)>, most: usize, took: Duration, text: &str) {
    if slow.len() < most || took > slow[0].0 {
        slow.push((took, text.to_string()));
        slow.sort_by_key(|(t, _)| *t);
        if slow.len() > most {
            slow.remove(0);
        }
    }
}

/// The median of `times`.
fn median_of(mut times: Vec<Duration>) -> Duration {
    times.sort();
    times.get(times.len() / 2).copied().unwrap_or_default()
}

#[test]
fn fuzzed_cases_never_panic_and_every_refusal_names_its_field() {
    let count: usize = std::env::var("PADILLA_FUZZ_CASES").ok().and_then(|n| n.parse().ok()).unwrap_or(10_000);
    let seed: u64 = std::env::var("PADILLA_FUZZ_SEED").ok().and_then(|n| n.parse().ok()).unwrap_or(20261203);
    let catalog = Catalog::embedded().expect("the catalog reads");
    let citations: &'static [String] = Box::leak(catalog.offenses.iter().map(|o| o.citation.clone()).collect::<Vec<_>>().into_boxed_slice());
    let variants: &'static [String] =
        Box::leak(catalog.offenses.iter().flat_map(|o| o.variants.iter().map(|v| v.id.clone())).collect::<Vec<_>>().into_boxed_slice());
    let strategy = case_text(citations, variants);
    let mut bytes = [0u8; 32];
    bytes[..8].copy_from_slice(&seed.to_le_bytes());
    let mut runner = TestRunner::new_with_rng(Config::default(), TestRng::from_seed(RngAlgorithm::ChaCha, &bytes));
    // Same day for both doors: the corpus's answers must not turn on the clock.
    let today = Date::parse("2026-12-03").unwrap();
    let corpus_path = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("fuzz-corpus.jsonl");
    let mut corpus = (count <= 20_000).then(|| std::io::BufWriter::new(std::fs::File::create(&corpus_path).expect("the corpus file")));

    let mut report = Report::default();
    let started = Instant::now();
    let mut generating = Duration::ZERO;
    while report.count < count {
        let made = Instant::now();
        let Ok(tree) = strategy.new_tree(&mut runner) else { continue };
        let text = tree.current();
        generating += made.elapsed();
        let at = Instant::now();
        let result = catch_unwind(AssertUnwindSafe(|| assess_json(&text, today)));
        let took = at.elapsed();
        report.count += 1;
        let Ok(result) = result else {
            report.failures.push(format!("panic on {}", preview(&text)));
            continue;
        };
        if let Some(p) = problem(&result) {
            report.failures.push(format!("{p} on {}", preview(&text)));
        }
        match &result {
            Ok(out) => {
                let n = convictions(out);
                report.accepted.push((took, n));
                keep_slowest(report.slow_by_size.entry(n).or_default(), 3, took, &text);
                keep_slowest(&mut report.slow_accepted, 20, took, &text);
            }
            Err(e) => {
                report.rejected += 1;
                let field: String = e.field.chars().filter(|c| !c.is_ascii_digit()).collect();
                *report.refused_by.entry(format!("{field}: {}", e.message.split(['"', '(']).next().unwrap_or(""))).or_default() += 1;
            }
        }
        if report.slowest.as_ref().is_none_or(|(t, _, _)| took > *t) {
            report.slowest = Some((took, preview(&text), matches!(result, Ok(_))));
        }
        if let Some(corpus) = corpus.as_mut() {
            // The browser test reads it; a megabyte input is represented by its answer only.
            if text.len() <= 200_000 {
                let line = serde_json::json!({ "text": text, "native": outcome(&result) });
                writeln!(corpus, "{line}").expect("the corpus is written");
            }
        }
    }
    if let Some(mut corpus) = corpus {
        corpus.flush().expect("the corpus is written");
    }
    let elapsed = started.elapsed();
    let mut accepted: Vec<Duration> = report.accepted.iter().map(|(t, _)| *t).collect();
    accepted.sort();
    let median = median_of(accepted.clone());
    // The median for each number of convictions: the work is the same per conviction, so an
    // input is slow only against Cases of its own size.
    let of_size = |n: usize| median_of(report.accepted.iter().filter(|(_, k)| *k == n).map(|(t, _)| *t).collect());
    // The twenty slowest accepted, timed again five times each: the least of the five is the
    // input's own cost, without the machine's pauses.
    let least_of_five = |text: &str| {
        (0..5)
            .map(|_| {
                let at = Instant::now();
                let _ = assess_json(text, today);
                at.elapsed()
            })
            .min()
            .unwrap_or_default()
    };
    let retimed: Vec<(Duration, &String)> =
        report.slow_accepted.iter().map(|(_, text)| (least_of_five(text), text)).collect();
    let (slowest_accepted, slowest_text) = retimed.iter().max_by_key(|(t, _)| *t).map(|(t, s)| (*t, s.as_str())).unwrap_or_default();
    // The input slowest against the median of Cases of its own size: each size's three
    // slowest, timed again (least of 5).
    let (against_size, size, size_text) = report
        .slow_by_size
        .iter()
        .flat_map(|(n, slow)| slow.iter().map(move |(_, text)| (*n, text)))
        .map(|(n, text)| (least_of_five(text).as_secs_f64() / of_size(n).as_secs_f64().max(1e-9), n, text.as_str()))
        .fold((0.0, 0, ""), |best, x| if x.0 > best.0 { x } else { best });
    eprintln!(
        "fuzz: {} inputs in {:.1} s ({:.0} per second, {:.1} s of it generating them; seed {seed}): {} accepted, {} refused, {} failures",
        report.count,
        elapsed.as_secs_f64(),
        report.count as f64 / elapsed.as_secs_f64(),
        generating.as_secs_f64(),
        accepted.len(),
        report.rejected,
        report.failures.len()
    );
    eprintln!(
        "fuzz: accepted cases: median {:?}, 99th percentile {:?}; slowest, timed again (least of 5): {:?} ({:.1}× the median): {}",
        median,
        accepted.get(accepted.len() * 99 / 100).copied().unwrap_or_default(),
        slowest_accepted,
        slowest_accepted.as_secs_f64() / median.as_secs_f64().max(1e-9),
        preview(slowest_text)
    );
    let sizes: Vec<String> = [0, 1, 2, 3, 5, 10, 15, 20, 25, 30]
        .iter()
        .map(|n| format!("{n}: {:?} ({})", of_size(*n), report.accepted.iter().filter(|(_, k)| k == n).count()))
        .collect();
    eprintln!("fuzz: median by convictions held (cases): {}", sizes.join(", "));
    eprintln!(
        "fuzz: slowest against the median of Cases its size, timed again: {against_size:.1}× ({size} convictions): {}",
        preview(size_text)
    );
    let mut reasons: Vec<_> = report.refused_by.iter().collect();
    reasons.sort_by_key(|(_, n)| std::cmp::Reverse(**n));
    eprintln!("fuzz: the most frequent refusals:");
    for (reason, n) in reasons.iter().take(12) {
        eprintln!("  {n:>8}  {reason}");
    }
    if let Some((took, text, ok)) = &report.slowest {
        eprintln!("fuzz: slowest input as first timed: {took:?} ({}): {text}", if *ok { "accepted" } else { "refused" });
    }
    assert!(report.failures.is_empty(), "{} failures; the first ten:\n{}", report.failures.len(), report.failures[..report.failures.len().min(10)].join("\n"));
}
