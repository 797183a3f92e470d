//! `assess`: the native door onto the engine.
//!
//! Reads one Case (JSON, `shared/contract/assessment-v1.md`) on standard input. A bad Case
//! exits 2 with the error, naming the field, on standard error.
//!
//! Until the rules engine lands (issue #3) it checks the Case and says so: it never prints
//! an Assessment it has not computed.

use std::io::Read;
use std::process::ExitCode;

use padilla::contract::parse_case;
use padilla::engine::date::Date;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.iter().any(|a| a == "--version") {
        println!("assess {} (data {})", env!("CARGO_PKG_VERSION"), padilla::DATA_VERSION);
        return ExitCode::SUCCESS;
    }
    if let Some(unknown) = args.first() {
        eprintln!("assess: unknown argument {unknown:?}; usage: assess [--version] < case.json");
        return ExitCode::from(2);
    }
    let mut input = String::new();
    if let Err(e) = std::io::stdin().read_to_string(&mut input) {
        eprintln!("assess: cannot read standard input: {e}");
        return ExitCode::from(2);
    }
    match parse_case(&input, today()) {
        Err(e) => {
            eprintln!("{e}");
            ExitCode::from(2)
        }
        Ok(case) => {
            eprintln!(
                "assess: the Case is valid ({} conviction(s)); the rules engine is not built yet, so no Assessment is given",
                case.convictions.len()
            );
            ExitCode::from(3)
        }
    }
}

/// Today's date (UTC), for a Case without `as_of`.
fn today() -> Date {
    let secs = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs());
    Date::from_unix_days((secs / 86_400) as i64).expect("the system clock is within years 1970..9999")
}
