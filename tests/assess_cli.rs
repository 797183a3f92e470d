//! The native `assess` binary as a user runs it.

use std::io::Write;
use std::process::{Command, Output, Stdio};

/// Runs `assess args` with `stdin` written from a thread of its own, so that neither side
/// waits on the other however much goes each way; a write refused because assess stopped
/// reading (a Case over the limit) is no error here.
fn assess(args: &[&str], stdin: impl AsRef<[u8]> + Sync) -> Output {
    let stdin = stdin.as_ref();
    run(args, move |mut input| {
        let _ = input.write_all(stdin);
    })
}

/// `assess args` started, its three streams piped.
fn spawn(args: &[&str]) -> std::process::Child {
    Command::new(env!("CARGO_BIN_EXE_assess"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("assess runs")
}

/// Runs `assess args` with `feed` writing its standard input from a thread of its own.
fn run(args: &[&str], feed: impl FnOnce(std::process::ChildStdin) + Send) -> Output {
    let mut child = spawn(args);
    let input = child.stdin.take().unwrap();
    std::thread::scope(|s| {
        s.spawn(move || feed(input));
        child.wait_with_output().unwrap()
    })
}

/// The lines of `--jsonl` output, each parsed.
fn jsonl_lines(out: &Output) -> Vec<serde_json::Value> {
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(out.stderr.is_empty(), "{}", String::from_utf8_lossy(&out.stderr));
    let text = std::str::from_utf8(&out.stdout).expect("UTF-8 out");
    text.lines().map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}"))).collect()
}

/// An `--jsonl` error line for line `n`, whose message goes on with `then`.
fn assert_error(line: &serde_json::Value, n: usize, then: &str) {
    assert_eq!(line["line"], n, "{line}");
    let error = line["error"].as_str().unwrap_or_else(|| panic!("no error in {line}"));
    assert!(error.starts_with(&format!("line {n}: {then}")), "{line}");
}

/// An `--jsonl` line holding an Assessment.
fn assert_assessed(line: &serde_json::Value) {
    assert!(line["convictions"].is_array(), "{line}");
    assert_eq!(line["removability"]["deportable"], "yes", "{line}");
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
    assert!(String::from_utf8_lossy(&out.stderr).starts_with("case: not valid JSON"));
}

#[test]
fn version_names_the_data() {
    let out = assess(&["--version"], "");
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).contains(padilla::DATA_VERSION));
    assert_eq!(out.status.code(), Some(0));
}

const GOOD: &str = r#"{"as_of":"2026-11-22","jurisdiction":"CA","person":{"status":"lpr","admitted_on":"2016-03-01"},"convictions":[{"statute":"PC 273.5","disposition":"plea_or_verdict","sentence_days":364,"level":"misdemeanor","committed_on":"2024-05-02","convicted_on":"2024-09-10"}]}"#;

#[test]
fn a_good_case_gives_the_assessment_on_standard_output() {
    let out = assess(&[], GOOD);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let a: serde_json::Value = serde_json::from_slice(&out.stdout).expect("one JSON document");
    assert_eq!(a["removability"]["deportable"], "yes");
    assert_eq!(a["convictions"][0]["offense_id"], "ca.pc.273.5");
    assert_eq!(a["data_version"], padilla::DATA_VERSION);
}

#[test]
fn a_case_up_to_the_limit_is_read_and_one_byte_over_is_refused_naming_the_limit() {
    let max = padilla::contract::MAX_CASE_BYTES;
    let padded = |len: usize| format!("{GOOD}{}", " ".repeat(len - GOOD.len()));
    assert_eq!(assess(&[], padded(max)).status.code(), Some(0));

    let out = assess(&[], padded(max + 1));
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.starts_with(&format!("case: longer than {max} bytes")), "{err}");
    assert!(out.stdout.is_empty());

    // Far over: refused the same way (assess stops reading one byte past the limit).
    assert_eq!(assess(&[], vec![b' '; 20 * max]).status.code(), Some(2));
}

#[test]
fn a_case_that_is_not_utf8_exits_2_naming_the_byte() {
    let mut input = GOOD.as_bytes().to_vec();
    input[20] = 0xFF;
    let out = assess(&[], input);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.starts_with("case: not valid UTF-8 at byte offset 20"), "{err}");
    assert!(out.stdout.is_empty());
}

#[test]
fn a_byte_order_mark_before_a_case_is_dropped() {
    let out = assess(&[], format!("\u{FEFF}{GOOD}\r\n"));
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let a: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(a["removability"]["deportable"], "yes");
}

#[test]
fn jsonl_answers_every_line_in_order_and_a_bad_line_does_not_stop_the_rest() {
    let input = format!(
        "{GOOD}\n{{\"jurisdiction\":\"CA\"}}\nnot json\n{}\n{}\n",
        GOOD.replace("\"lpr\"", "\"undocumented\""),
        GOOD.replace("364", "-3"),
    );
    let out = assess(&["--jsonl"], input);
    let lines = jsonl_lines(&out);
    assert_eq!(lines.len(), 5);
    // As before lines were numbered, an error line starts `{"error"` (scripts/bench-jsonl.mjs
    // counts them so).
    assert!(String::from_utf8_lossy(&out.stdout)
        .lines()
        .nth(1)
        .unwrap()
        .starts_with(r#"{"error":"line 2: "#));
    assert_assessed(&lines[0]);
    assert_error(&lines[1], 2, "person: is required");
    assert_error(&lines[2], 3, "case: not valid JSON");
    assert_eq!(lines[3]["removability"]["deportable"], "not_applicable");
    assert_error(&lines[4], 5, "convictions[0].sentence_days: must be a whole number of days");
}

#[test]
fn jsonl_gives_one_line_out_for_each_line_in_whatever_it_holds() {
    let mut input = Vec::new();
    for line in [GOOD, "", "\u{00A0}", "\u{3000}", "\u{000C}", &format!("{GOOD}\r")] {
        input.extend_from_slice(line.as_bytes());
        input.push(b'\n');
    }
    input.extend_from_slice(b"{\"jurisdiction\":\"C\xFFA\"}\n"); // line 7: one invalid byte
    input.extend_from_slice(&vec![b' '; 100 * 1024]); // line 8: 100 KB
    input.push(b'\n');
    input.extend_from_slice(GOOD.as_bytes()); // line 9, with no newline

    let lines = jsonl_lines(&assess(&["--jsonl"], input));
    assert_eq!(lines.len(), 9, "{lines:#?}");
    assert_assessed(&lines[0]);
    for n in 2..=5 {
        assert_error(&lines[n - 1], n, "blank");
    }
    assert_assessed(&lines[5]);
    assert_error(&lines[6], 7, "not valid UTF-8 at byte offset 18");
    assert_error(&lines[7], 8, &format!("longer than {} bytes", padilla::contract::MAX_CASE_BYTES));
    assert_assessed(&lines[8]);
}

#[test]
fn jsonl_drops_a_byte_order_mark_at_the_start() {
    let lines = jsonl_lines(&assess(&["--jsonl"], format!("\u{FEFF}{GOOD}\n{GOOD}\n")));
    assert_eq!(lines.len(), 2);
    assert_assessed(&lines[0]);
    assert_assessed(&lines[1]);
}

#[test]
fn jsonl_of_nothing_gives_nothing() {
    assert!(jsonl_lines(&assess(&["--jsonl"], "")).is_empty());
}

#[test]
fn jsonl_reads_past_a_50_mb_line_to_the_next() {
    // Written in pieces as it goes, so that no copy of the long line is ever whole.
    let out = run(&["--jsonl"], |mut input| {
        let digits = vec![b'1'; 1 << 20];
        input
            .write_all(br#"{"jurisdiction":"CA","person":{"status":"lpr"},"convictions":[{"statute":""#)
            .unwrap();
        for _ in 0..50 {
            input.write_all(&digits).unwrap();
        }
        writeln!(input, r#"","disposition":"plea_or_verdict"}}]}}"#).unwrap();
        writeln!(input, "{GOOD}").unwrap();
    });
    let lines = jsonl_lines(&out);
    assert_eq!(lines.len(), 2);
    assert_error(&lines[0], 1, "longer than");
    assert_assessed(&lines[1]);
}

#[test]
fn the_catalog_prints_one_reviewable_line_per_offense() {
    let out = assess(&["--catalog"], "");
    assert!(out.status.success());
    let rows: Vec<serde_json::Value> =
        String::from_utf8_lossy(&out.stdout).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert!(rows.len() >= 25, "{} rows", rows.len());
    for r in &rows {
        for key in ["id", "jurisdiction", "citation", "title", "last_reviewed", "sources", "confidence"] {
            assert!(!r[key].is_null(), "{key} missing in {r}");
        }
    }
}

#[test]
fn unknown_or_missing_arguments_are_a_usage_error_exit_1() {
    for args in
        [&["--frobnicate"][..], &["--search"], &["--jsonl", "cases.jsonl"], &["--search", "robo", "TX"]]
    {
        let out = assess(args, "");
        assert_eq!(out.status.code(), Some(1), "{args:?}");
        assert!(String::from_utf8_lossy(&out.stderr).contains("usage: assess"), "{args:?}");
        assert!(out.stdout.is_empty(), "{args:?}");
    }
}

#[test]
fn help_gives_the_modes_the_exit_codes_and_the_limits() {
    for flag in ["--help", "-h"] {
        let out = assess(&[flag], "");
        assert_eq!(out.status.code(), Some(0));
        assert!(out.stderr.is_empty());
        let help = String::from_utf8_lossy(&out.stdout);
        for text in
            ["usage: assess", "--jsonl", "--catalog", "--search", "Exit codes", "  0 ", "  1 ", "  2 "]
        {
            assert!(help.contains(text), "{text:?} missing in {help}");
        }
        for limit in [
            padilla::contract::MAX_CASE_BYTES,
            padilla::engine::case::MAX_STATUTE_CHARS,
            padilla::engine::case::MAX_CONVICTIONS,
        ] {
            assert!(help.contains(&format!(" {limit} ")), "limit {limit} missing in {help}");
        }
    }
}

#[test]
fn search_lists_offenses_for_a_spanish_word() {
    let out = assess(&["--search", "robo", "CA"], "");
    assert!(out.status.success());
    let first: serde_json::Value =
        serde_json::from_str(String::from_utf8_lossy(&out.stdout).lines().next().unwrap()).unwrap();
    assert_eq!(first["id"], "ca.pc.211");
}

/// Runs `assess args`, `feed` writing its standard input from a thread of its own, reads one
/// line of the answer and closes the pipe, as `assess ... | head -1` does. Gives the exit
/// status and standard error.
fn read_one_line_and_close(
    args: &[&str],
    feed: impl FnOnce(std::process::ChildStdin) + Send + 'static,
) -> (std::process::ExitStatus, String) {
    use std::io::{BufRead, Read};
    let mut child = spawn(args);
    let stdin = child.stdin.take().unwrap();
    let writer = std::thread::spawn(move || feed(stdin));
    let mut stdout = std::io::BufReader::new(child.stdout.take().unwrap());
    let mut first = String::new();
    stdout.read_line(&mut first).unwrap();
    assert!(first.starts_with('{'), "{first}");
    drop(stdout);
    let status = child.wait().unwrap();
    writer.join().unwrap();
    let mut err = String::new();
    child.stderr.take().unwrap().read_to_string(&mut err).unwrap();
    (status, err)
}

#[test]
fn the_catalog_stops_quietly_when_its_reader_closes_the_pipe() {
    // The catalog is over 100 KB, more than a pipe holds: assess is still writing when the
    // reader goes.
    let (status, err) = read_one_line_and_close(&["--catalog"], drop);
    assert!(status.success(), "{status}: {err}");
    assert_eq!(err, "", "nothing on standard error, no panic");
}

#[test]
fn jsonl_stops_quietly_when_its_reader_closes_the_pipe() {
    // Cases keep coming until assess stops reading them: only the closed output can end it.
    let (status, err) = read_one_line_and_close(&["--jsonl"], |mut stdin| {
        for _ in 0..100_000 {
            if writeln!(stdin, "{GOOD}").is_err() {
                break;
            }
        }
    });
    assert!(status.success(), "{status}: {err}");
    assert_eq!(err, "", "nothing on standard error, no panic");
}

#[test]
fn jsonl_answers_each_line_as_it_comes_so_a_program_can_wait_for_its_answer() {
    use std::io::{BufRead, BufReader, Write};
    use std::process::{Command, Stdio};
    let mut child = Command::new(env!("CARGO_BIN_EXE_assess"))
        .arg("--jsonl")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("assess starts");
    let mut stdin = child.stdin.take().unwrap();
    let stdout = child.stdout.take().unwrap();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let mut lines = BufReader::new(stdout).lines();
        while let Some(Ok(line)) = lines.next() {
            if tx.send(line).is_err() {
                break;
            }
        }
    });
    for _ in 0..2 {
        // One Case in, the input left open: its answer comes without waiting for more.
        writeln!(stdin, "{}", GOOD.replace('\n', " ")).unwrap();
        stdin.flush().unwrap();
        let answer = rx.recv_timeout(std::time::Duration::from_secs(60)).expect("an answer before the input ends");
        assert!(answer.starts_with("{\"convictions\""), "{answer}");
    }
    drop(stdin);
    assert!(child.wait().unwrap().success());
}
