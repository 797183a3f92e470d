//! The native `assess` binary as a user runs it.

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn assess(args: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_assess"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("assess runs");
    child.stdin.take().unwrap().write_all(stdin.as_bytes()).unwrap();
    child.wait_with_output().unwrap()
}

#[test]
fn a_bad_case_exits_2_naming_the_field() {
    let out = assess(
        &[],
        r#"{"jurisdiction":"CA","person":{"status":"lpr"},
            "convictions":[{"statute":"PC 273.5","disposition":"plea_or_verdict","sentence_days":-3}]}"#,
    );
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.starts_with("convictions[0].sentence_days: must be a whole number of days"), "{err}");
    assert!(out.stdout.is_empty(), "no partial answer on standard output");
}

#[test]
fn input_that_is_not_json_is_an_error_not_a_panic() {
    let out = assess(&[], "PC 273.5");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).starts_with("not valid JSON"));
}

#[test]
fn version_names_the_data() {
    let out = assess(&["--version"], "");
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).contains(padilla::DATA_VERSION));
}
