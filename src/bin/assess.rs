//! `assess`: the native door onto the engine.
//!
//! - `assess < case.json`: one Case (JSON, `shared/contract/assessment-v1.md`) in, one
//!   Assessment out. A bad Case exits 2 with the error, naming the field, on standard error.
//! - `assess --jsonl < cases.jsonl`: one Case per line in, one line out for each, in order;
//!   a bad line gives `{"error": "..."}` and the rest go on.
//! - `assess --catalog`: the offense catalog as JSON lines (id, jurisdiction, citation,
//!   title, last_reviewed, sources, confidence), for review in a spreadsheet.
//! - `assess --search "robo" [CA|IL]`: what the search field lists for a query, as JSON lines.
//! - `assess --version`.

use std::io::{BufRead, BufWriter, Read, Write};
use std::process::ExitCode;

use padilla::catalog::Catalog;
use padilla::contract::assess_json;
use padilla::engine::date::Date;

const USAGE: &str = "usage: assess [--jsonl | --catalog | --search QUERY [CA|IL] | --version] < input";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.iter().map(String::as_str).collect::<Vec<_>>().as_slice() {
        [] => single(),
        ["--jsonl"] => jsonl(),
        ["--catalog"] => catalog(),
        ["--search", query] => search(query, "CA"),
        ["--search", query, jurisdiction] => search(query, jurisdiction),
        ["--version"] => {
            println!("assess {} (data {})", env!("CARGO_PKG_VERSION"), padilla::DATA_VERSION);
            ExitCode::SUCCESS
        }
        ["--help" | "-h"] => {
            println!("{USAGE}");
            ExitCode::SUCCESS
        }
        _ => {
            eprintln!("assess: unknown arguments {args:?}; {USAGE}");
            ExitCode::from(2)
        }
    }
}

fn single() -> ExitCode {
    let mut input = String::new();
    if let Err(e) = std::io::stdin().read_to_string(&mut input) {
        eprintln!("assess: cannot read standard input: {e}");
        return ExitCode::from(2);
    }
    match assess_json(&input, today()) {
        Ok(out) => {
            println!("{out}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("{e}");
            ExitCode::from(2)
        }
    }
}

fn jsonl() -> ExitCode {
    let today = today();
    let stdout = std::io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    for line in std::io::stdin().lock().lines() {
        let line = match line {
            Ok(l) => l,
            Err(e) => {
                eprintln!("assess: cannot read standard input: {e}");
                return ExitCode::from(2);
            }
        };
        if line.trim().is_empty() {
            continue;
        }
        let result = match assess_json(&line, today) {
            Ok(text) => text,
            Err(e) => serde_json::json!({ "error": e.to_string() }).to_string(),
        };
        if writeln!(out, "{result}").is_err() {
            return ExitCode::from(2);
        }
    }
    if out.flush().is_err() {
        return ExitCode::from(2);
    }
    ExitCode::SUCCESS
}

fn catalog() -> ExitCode {
    let catalog = match Catalog::embedded() {
        Ok(c) => c,
        Err(errors) => {
            errors.iter().for_each(|e| eprintln!("{e}"));
            return ExitCode::from(2);
        }
    };
    // The reviewed entries only: a bare section is built from them, not reviewed itself.
    for o in catalog.offenses.iter().filter(|o| !o.is_section) {
        let row = serde_json::json!({
            "id": o.id,
            "jurisdiction": o.jurisdiction.code(),
            "citation": o.citation,
            "title": &*o.title.en,
            "title_es": &*o.title.es,
            "last_reviewed": o.last_reviewed.to_string(),
            "sources": o.sources,
            "confidence": o.confidence.code(),
            "variants": o.variants.iter().map(|v| v.id.clone()).collect::<Vec<_>>(),
        });
        println!("{row}");
    }
    ExitCode::SUCCESS
}

fn search(query: &str, jurisdiction: &str) -> ExitCode {
    let Some(j) = padilla::engine::case::Jurisdiction::from_code(jurisdiction) else {
        eprintln!("assess: jurisdiction: \"{jurisdiction}\" is not one of CA, IL");
        return ExitCode::from(2);
    };
    let Ok(catalog) = Catalog::embedded() else {
        eprintln!("assess: the offense catalog failed its checks; run cargo test");
        return ExitCode::from(2);
    };
    for o in catalog.lookup(query, j, 10) {
        println!(
            "{}",
            serde_json::json!({ "id": o.id, "citation": o.citation, "title": &*o.title.en, "title_es": &*o.title.es })
        );
    }
    ExitCode::SUCCESS
}

/// Today's date (UTC), for a Case without `as_of`.
fn today() -> Date {
    let secs = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs());
    Date::from_unix_days((secs / 86_400) as i64).unwrap_or(Date::EPOCH)
}
