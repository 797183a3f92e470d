//! Every text a reader can see, in both languages: no promise of safety in any language
//! (reference §14.3; ui.md), no English left in Spanish, no `{placeholder}` left unfilled.
//! Checked over every catalog text and over every explanation the engine gives for every
//! catalog offense, rendered with its real parameters.

use padilla::catalog::Catalog;
use padilla::contract::case_from_value;
use padilla::engine::date::Date;
use padilla::engine::outcome::{Assessment, Explanation};
use padilla::lang::{Lang, Prose};
use serde_json::json;

/// Words and phrases that promise what no one can promise (reference §14.3), any language.
const BANNED: &[&str] = &[
    "safe",
    "immigration-safe",
    "no consequences",
    "cannot be deported",
    "can't be deported",
    "cleared",
    "seguro",
    "segura",
    "sin consecuencias",
    "no puede ser deportad",
    "no lo pueden deportar",
];

/// English words that never occur in Spanish prose (case names and English terms of art in
/// parentheses are removed before looking).
const ENGLISH: &[&str] = &[
    "the",
    "and",
    "is",
    "not",
    "with",
    "which",
    "that",
    "does",
    "under",
    "this",
    "are",
    "was",
    "were",
    "has",
    "have",
    "will",
    "would",
    "should",
    "only",
    "if",
    "when",
    "from",
    "by",
    "its",
    "it",
    "an",
    "or",
    "of",
    "be",
    "may",
    "must",
    "any",
    "conviction",
    "offense",
    "sentence",
    "record",
    "plea",
];

fn banned_in(text: &str) -> Option<&'static str> {
    let lower = text.to_lowercase();
    BANNED.iter().copied().find(|b| {
        lower.match_indices(b).any(|(i, _)| {
            // Whole words only: "unsafe" and "safety" are not promises, "seguridad" is not "seguro".
            let before = lower[..i].chars().next_back();
            let after = lower[i + b.len()..].chars().next();
            !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
        })
    })
}

/// The Spanish text without what may stay English: parenthesised terms and clauses that
/// cite a case ("Matter of Tran", "Moncrieffe v. Holder").
fn spanish_prose(text: &str) -> String {
    let mut plain = String::new();
    let mut depth = 0;
    for c in text.chars() {
        match c {
            '(' => depth += 1,
            ')' => depth = (depth as i32 - 1).max(0) as usize,
            _ if depth == 0 => plain.push(c),
            _ => {}
        }
    }
    plain
        .split([',', ';', ':', '.'])
        .filter(|clause| {
            !(clause.contains(" v ") || clause.contains("Matter of") || clause.contains("In re "))
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn english_in(es: &str) -> Option<String> {
    spanish_prose(es)
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .find(|w| ENGLISH.contains(&w.to_lowercase().as_str()) && !w.chars().all(|c| c.is_uppercase()))
        .map(String::from)
}

fn check_text(problems: &mut Vec<String>, place: &str, lang: Lang, text: &str) {
    if let Some(b) = banned_in(text) {
        problems.push(format!("{place} ({}): says {b:?}: {text}", lang.tag()));
    }
    if text.contains('{') || text.contains('}') {
        problems.push(format!("{place} ({}): a placeholder is left: {text}", lang.tag()));
    }
    if lang == Lang::Es {
        if let Some(w) = english_in(text) {
            problems.push(format!("{place} (es): English word {w:?} left: {text}"));
        }
    }
}

fn check_prose(problems: &mut Vec<String>, place: &str, p: &Prose) {
    for lang in Lang::ALL {
        check_text(problems, place, lang, p.get(lang));
    }
}

fn check_explanation(problems: &mut Vec<String>, place: &str, e: &Explanation) {
    for lang in Lang::ALL {
        check_text(problems, &format!("{place} {}", e.key.key()), lang, &e.render(lang));
    }
}

fn explanations(a: &Assessment) -> Vec<(&'static str, &Explanation)> {
    let mut out: Vec<(&'static str, &Explanation)> = Vec::new();
    for c in &a.convictions {
        out.extend(c.findings.iter().map(|f| ("finding", &f.explanation)));
        out.extend(c.alternatives.iter().map(|x| ("alternative", &x.why)));
    }
    out.extend(a.findings.iter().map(|f| ("finding", &f.explanation)));
    out.extend(a.warnings.iter().map(|w| ("warning", w)));
    for q in &a.questions {
        out.push(("question", &q.ask));
        out.extend(q.answers.iter().map(|x| ("answer", &x.label)));
    }
    out
}

#[test]
fn every_catalog_text_is_in_both_languages_without_a_promise_or_english_left_in_spanish() {
    let catalog = Catalog::embedded().expect("catalog");
    let mut problems = Vec::new();
    for o in &catalog.offenses {
        let at = |field: &str| format!("{} {field}", o.id);
        check_prose(&mut problems, &at("title"), &o.title);
        for (g, a) in o.grounds.iter().enumerate() {
            check_prose(&mut problems, &at(&format!("grounds[{g}].note")), &a.note);
        }
        for a in &o.more_af {
            check_prose(&mut problems, &at("more_af.note"), &a.note);
        }
        for v in &o.variants {
            check_prose(&mut problems, &at(&format!("variant {} label", v.id)), &v.label);
            for (g, a) in &v.grounds {
                check_prose(&mut problems, &at(&format!("variant {} {}", v.id, g.code())), &a.note);
            }
        }
        for a in &o.alternatives {
            check_prose(&mut problems, &at(&format!("alternative {} why", a.offense_id)), &a.why);
        }
        if let Some(u) = &o.u_visa {
            check_prose(&mut problems, &at("u_visa.note"), &u.note);
        }
        for v in &o.variants {
            if let Some(u) = &v.u_visa {
                check_prose(&mut problems, &at(&format!("variant {} u_visa.note", v.id)), &u.note);
            }
        }
        for (field, p) in [("record_advice", &o.record_advice), ("post_conviction", &o.post_conviction)] {
            if let Some(p) = p {
                check_prose(&mut problems, &at(field), p);
            }
        }
    }
    assert!(problems.is_empty(), "{} problems:\n{}", problems.len(), problems.join("\n"));
}

#[test]
fn every_explanation_for_every_offense_renders_in_both_languages_with_nothing_left_over() {
    let catalog = Catalog::embedded().expect("catalog");
    let today = Date::from_ymd(2026, 12, 1).expect("date");
    let mut problems = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for o in &catalog.offenses {
        for (status, sentence) in [("lpr", json!(null)), ("undocumented", json!(365)), ("daca", json!(30))] {
            let case = json!({
                "as_of": "2026-12-01", "jurisdiction": o.jurisdiction.code(),
                "person": { "status": status, "admitted_on": "2010-03-01", "lpr_since": "2012-03-01" },
                "convictions": [{ "statute": o.citation, "disposition": "plea_or_verdict", "sentence_days": sentence,
                                  "committed_on": "2026-05-02", "convicted_on": "2026-09-10" }],
            });
            let case = case_from_value(&case, today).expect("a valid case");
            let a = padilla::engine::assess(&case, catalog).expect("assessable");
            for (what, e) in explanations(&a) {
                // The same key with the same parameters renders the same: check it once.
                if seen.insert(format!("{e:?}")) {
                    check_explanation(&mut problems, &format!("{} {status} {what}", o.id), e);
                }
            }
        }
    }
    problems.sort();
    problems.dedup();
    assert!(problems.is_empty(), "{} problems:\n{}", problems.len(), problems.join("\n"));
}

#[test]
fn every_u_visa_answer_renders_in_both_languages_with_nothing_left_over() {
    let catalog = Catalog::embedded().expect("catalog");
    let mut problems = Vec::new();
    for o in &catalog.offenses {
        let prongs = std::iter::once(None).chain(o.variants.iter().map(Some));
        for v in prongs {
            let u = padilla::engine::u_visa::qualifying(o, v);
            let place = format!("{} {} u_visa", o.id, v.map_or("-", |v| v.id.as_str()));
            for e in &u.reasons {
                check_explanation(&mut problems, &place, e);
            }
            for d in &u.depends_on {
                for lang in Lang::ALL {
                    check_text(&mut problems, &format!("{place} depends_on"), lang, d.text(lang));
                }
            }
        }
    }
    for a in padilla::engine::u_visa::QualifyingActivity::ALL {
        for lang in Lang::ALL {
            check_text(&mut problems, &format!("activity {}", a.code()), lang, a.name().text(lang));
        }
    }
    problems.sort();
    problems.dedup();
    assert!(problems.is_empty(), "{} problems:\n{}", problems.len(), problems.join("\n"));
}

#[test]
fn the_checks_catch_what_they_look_for() {
    assert_eq!(banned_in("This plea is immigration-safe."), Some("safe"));
    assert_eq!(banned_in("Es una declaración segura."), Some("segura"));
    assert_eq!(banned_in("Poner en peligro la seguridad pública."), None);
    assert_eq!(english_in("La condena is a CIMT."), Some("is".to_string()));
    assert_eq!(english_in("Según Matter of Tran, es un CIMT (crime involving moral turpitude)."), None);
}
