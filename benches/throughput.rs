//! Assessments per second, natively, single thread: `make bench` (or `cargo bench`).
//! A measurement, not a test: it prints numbers and never fails on them.

use std::hint::black_box;
use std::time::Instant;

use padilla::catalog::Catalog;
use padilla::contract::{assess_value, case_from_value};
use padilla::engine::date::Date;
use serde_json::json;

fn main() {
    let started = Instant::now();
    let catalog = Catalog::embedded().expect("the catalog loads");
    let load = started.elapsed();
    let today = Date::parse("2026-11-22").unwrap();
    let statuses = ["lpr", "undocumented", "unknown", "daca", "nonimmigrant"];
    // One case per catalog offense and status, some with two convictions.
    let mut cases = Vec::new();
    for (i, o) in catalog.offenses.iter().enumerate() {
        let status = statuses[i % statuses.len()];
        let mut convictions = vec![json!({
            "statute": o.citation, "committed_on": "2021-05-02", "convicted_on": "2021-09-10",
            "sentence_days": (i * 37) % 500, "disposition": "plea_or_verdict", "level": null,
        })];
        if i % 3 == 0 {
            let other = &catalog.offenses[(i * 7) % catalog.offenses.len()];
            if other.jurisdiction == o.jurisdiction {
                convictions.push(json!({ "statute": other.citation, "committed_on": "2023-01-01", "disposition": "plea_or_verdict", "sentence_days": null }));
            }
        }
        cases.push(json!({
            "as_of": "2026-11-22", "jurisdiction": o.jurisdiction.code(),
            "person": { "status": status, "admitted_on": "2018-03-01", "lpr_since": "2019-03-01" },
            "convictions": convictions,
        }));
    }
    let parsed: Vec<_> = cases.iter().map(|c| case_from_value(c, today).unwrap()).collect();

    let rounds = 200;
    let t = Instant::now();
    for _ in 0..rounds {
        for c in &parsed {
            black_box(padilla::engine::assess(black_box(c), catalog).unwrap());
        }
    }
    let engine = t.elapsed();
    let t = Instant::now();
    for _ in 0..rounds / 4 {
        for c in &cases {
            black_box(assess_value(black_box(c), today).unwrap());
        }
    }
    let full = t.elapsed();
    let queries = [
        "domestic battery",
        "robo",
        "posesión",
        "domestc batery",
        "PC 245",
        "theft",
        "manejar ebrio",
        "720 ILCS 5/12-3.2",
        "firearm",
        "11377",
    ];
    let _ = catalog.lookup("warm up", padilla::engine::case::Jurisdiction::Ca, 10);
    let search_rounds = 2_000;
    let t = Instant::now();
    for _ in 0..search_rounds {
        for q in &queries {
            for j in [padilla::engine::case::Jurisdiction::Ca, padilla::engine::case::Jurisdiction::Il] {
                black_box(catalog.lookup(black_box(q), j, 10));
            }
        }
    }
    let search = t.elapsed();
    let n_search = (search_rounds * queries.len() * 2) as f64;
    println!(
        "search (statute or words, typo-tolerant, top 10): {:.1} µs per query",
        search.as_secs_f64() * 1e6 / n_search
    );
    let n_engine = (rounds * parsed.len()) as f64;
    let n_full = (rounds / 4 * cases.len()) as f64;
    println!("catalog: {} offenses, loaded in {:.2} ms", catalog.offenses.len(), load.as_secs_f64() * 1e3);
    println!(
        "engine only (parsed Case → Assessment): {:.0} assessments/s ({:.1} µs each)",
        n_engine / engine.as_secs_f64(),
        engine.as_secs_f64() * 1e6 / n_engine
    );
    println!(
        "contract door (Case JSON value → Assessment JSON): {:.0} assessments/s ({:.1} µs each)",
        n_full / full.as_secs_f64(),
        full.as_secs_f64() * 1e6 / n_full
    );
}
