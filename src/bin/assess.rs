//! `assess`: the native door onto the engine, a Unix filter (`assess --help`).
//!
//! - `assess < case.json`: one Case (JSON, `shared/contract/assessment-v1.md`) in, one
//!   Assessment out. A bad Case exits 2 with the error, naming the field, on standard error.
//! - `assess --jsonl < cases.jsonl`: exactly one line out per line in, in order; a line that
//!   cannot be assessed gives `{"error": "line N: ...", "line": N}` and the rest go on.
//! - `assess --catalog`: the offense catalog as JSON lines (id, jurisdiction, citation,
//!   title, last_reviewed, sources, confidence), for review in a spreadsheet.
//! - `assess --search "robo" [CA|IL]`: what the search field lists for a query, as JSON lines.
//! - `assess --help`, `assess --version`.
//!
//! Exit codes: 0 done (a closed output pipe included), 1 a usage error, 2 a bad Case or
//! input or output that fails. Whatever comes in, it holds no more than about
//! [`MAX_CASE_BYTES`] of it at once, and no write it makes can panic.

use std::io::{self, BufRead, BufWriter, Read, Write};
use std::process::ExitCode;

use padilla::catalog::Catalog;
use padilla::contract::{assess_json, MAX_CASE_BYTES};
use padilla::engine::case::{MAX_CONVICTIONS, MAX_STATUTE_CHARS};
use padilla::engine::date::Date;

const USAGE: &str =
    "usage: assess [--jsonl | --catalog | --search QUERY [CA|IL] | --help | --version] < input";

/// The exit codes, besides 0.
const USAGE_ERROR: u8 = 1;
const BAD_INPUT: u8 = 2;

/// What `--help` prints: the usage, each mode, the exit codes and the input limits.
fn help() -> String {
    format!(
        "assess: what a criminal charge, plea or sentence does to immigration status.

{USAGE}

  assess < case.json            one Case (JSON, assessment-v1) in, its Assessment (JSON) out
  assess --jsonl < cases.jsonl  one Case per line in, exactly one line out per line in, in order;
                                a line that cannot be assessed (blank, not UTF-8, too long, a bad
                                Case) gives {{\"error\": \"line N: ...\", \"line\": N}} and the rest go on
  assess --catalog              the offense catalog, one JSON line per offense, for review
  assess --search QUERY [CA|IL] what the search field lists for QUERY (CA if none given)
  assess --help | --version

Exit codes:
  0  done; with --jsonl also when some lines were bad (each says so in its own output line),
     and when the reader of the output closes it early (assess --catalog | head -1)
  1  usage error: unknown or missing arguments (the usage on standard error)
  2  a bad Case in single mode (the error, naming the field, on standard error and nothing on
     standard output), or input that cannot be read, or output that cannot be written
Errors go to standard error, never into the JSON on standard output.

Limits: a Case (single mode) or a line (--jsonl) is at most {MAX_CASE_BYTES} bytes of UTF-8 JSON;
a statute at most {MAX_STATUTE_CHARS} characters; a Case at most {MAX_CONVICTIONS} convictions.
"
    )
}

/// Where every mode writes: standard output, locked once and buffered. A write error comes
/// back to `main` through `?`, so none can panic.
type Out<'a> = BufWriter<io::StdoutLock<'a>>;

fn main() -> ExitCode {
    // args_os: an argument that is not UTF-8 is read lossily, where env::args would panic.
    let args: Vec<String> = std::env::args_os().skip(1).map(|a| a.to_string_lossy().into_owned()).collect();
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let done = match args.iter().map(String::as_str).collect::<Vec<_>>().as_slice() {
        [] => single(&mut out),
        ["--jsonl"] => jsonl(&mut out),
        ["--catalog"] => catalog(&mut out),
        ["--search", query] => search(&mut out, query, "CA"),
        ["--search", query, jurisdiction] => search(&mut out, query, jurisdiction),
        ["--version" | "-V"] => {
            writeln!(out, "assess {} (data {})", env!("CARGO_PKG_VERSION"), padilla::DATA_VERSION)
                .map(|()| ExitCode::SUCCESS)
        }
        ["--help" | "-h"] => out.write_all(help().as_bytes()).map(|()| ExitCode::SUCCESS),
        ["--search"] => Ok(usage("--search needs a QUERY")),
        _ => Ok(usage(&format!("unknown arguments {args:?}"))),
    };
    match done.and_then(|code| out.flush().map(|()| code)) {
        Ok(code) => code,
        // The reader has gone (`assess --catalog | head -1`): it has all it wanted.
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => fail(BAD_INPUT, &format!("assess: cannot write standard output: {e}")),
    }
}

/// A usage error: what was wrong and the usage, on standard error.
fn usage(problem: &str) -> ExitCode {
    fail(USAGE_ERROR, &format!("assess: {problem}\n{USAGE}\n(assess --help says more)"))
}

/// Says why on standard error (ignoring a standard error that is closed too) and gives the
/// exit code.
fn fail(code: u8, message: &str) -> ExitCode {
    let _ = writeln!(io::stderr(), "{message}");
    ExitCode::from(code)
}

/// One Case: reads no more than one byte past the limit, however much is sent.
fn single(out: &mut Out) -> io::Result<ExitCode> {
    let mut input = Vec::new();
    if let Err(e) = io::stdin().lock().take(MAX_CASE_BYTES as u64 + 1).read_to_end(&mut input) {
        return Ok(fail(BAD_INPUT, &format!("assess: cannot read standard input: {e}")));
    }
    let text = match case_text(&input, true) {
        Ok(text) => text,
        Err(e) => return Ok(fail(BAD_INPUT, &format!("case: {e}"))),
    };
    match assess_json(text, today()) {
        Ok(assessment) => writeln!(out, "{assessment}").map(|()| ExitCode::SUCCESS),
        Err(e) => Ok(fail(BAD_INPUT, &e.to_string())),
    }
}

const BOM: &[u8] = "\u{FEFF}".as_bytes();

/// The text of one Case (the whole input, or one line): at most [`MAX_CASE_BYTES`], UTF-8,
/// less a leading byte-order mark if `bom`. Offsets count bytes from 0, the mark included.
fn case_text(bytes: &[u8], bom: bool) -> Result<&str, String> {
    if bytes.len() > MAX_CASE_BYTES {
        return Err(format!(
            "longer than {MAX_CASE_BYTES} bytes; one Case is at most {} KB",
            MAX_CASE_BYTES / 1024
        ));
    }
    let skip = if bom && bytes.starts_with(BOM) { BOM.len() } else { 0 };
    std::str::from_utf8(&bytes[skip..])
        .map_err(|e| format!("not valid UTF-8 at byte offset {}", skip + e.valid_up_to()))
}

/// One Case per line in, exactly one line out per line in, in order, whatever a line holds:
/// a line that cannot be assessed gets `{"error": "line N: ...", "line": N}`.
fn jsonl(out: &mut Out) -> io::Result<ExitCode> {
    let today = today();
    let mut input = io::stdin().lock();
    let mut line = Vec::new();
    for n in 1.. {
        match read_line(&mut input, &mut line) {
            Ok(true) => {}
            Ok(false) => break,
            Err(e) => {
                out.flush()?;
                return Ok(fail(BAD_INPUT, &format!("assess: cannot read line {n} of standard input: {e}")));
            }
        }
        let answer = case_text(&line, n == 1).and_then(|text| match text.trim().is_empty() {
            true => Err("blank; each line holds one Case, as JSON".to_string()),
            false => assess_json(text, today).map_err(|e| e.to_string()),
        });
        match answer {
            Ok(assessment) => writeln!(out, "{assessment}")?,
            // "error" first, as before lines were numbered: a script may look for `{"error"`.
            Err(e) => {
                writeln!(out, "{}", serde_json::json!({ "error": format!("line {n}: {e}"), "line": n }))?
            }
        }
        // Each answer goes out with its line: a program that writes one Case and waits for
        // its answer gets it (an Assessment is some 20 KB, so this costs little).
        out.flush()?;
    }
    Ok(ExitCode::SUCCESS)
}

/// Reads the next line into `line`, less its `\n` or `\r\n`; false at the end of the input.
/// Memory stays bounded whatever comes: `line` keeps at most `MAX_CASE_BYTES + 2` bytes (a
/// Case, a `\r`, and one byte to tell the line is longer), and the rest of a longer line is
/// read and dropped.
fn read_line(input: &mut impl BufRead, line: &mut Vec<u8>) -> io::Result<bool> {
    line.clear();
    let mut any = false;
    loop {
        let buf = match input.fill_buf() {
            Ok(buf) => buf,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if buf.is_empty() {
            break; // the end of the input, and of a last line without a newline
        }
        any = true;
        let newline = buf.iter().position(|&b| b == b'\n');
        let part = &buf[..newline.unwrap_or(buf.len())];
        let room = MAX_CASE_BYTES + 2 - line.len();
        line.extend_from_slice(&part[..part.len().min(room)]);
        let used = part.len() + usize::from(newline.is_some());
        input.consume(used);
        if newline.is_some() {
            break;
        }
    }
    if line.ends_with(b"\r") {
        line.pop();
    }
    Ok(any)
}

fn catalog(out: &mut Out) -> io::Result<ExitCode> {
    let catalog = match Catalog::embedded() {
        Ok(c) => c,
        Err(errors) => {
            let all: Vec<String> = errors.iter().map(|e| e.to_string()).collect();
            return Ok(fail(BAD_INPUT, &all.join("\n")));
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
        writeln!(out, "{row}")?;
    }
    Ok(ExitCode::SUCCESS)
}

fn search(out: &mut Out, query: &str, jurisdiction: &str) -> io::Result<ExitCode> {
    let Some(j) = padilla::engine::case::Jurisdiction::from_code(jurisdiction) else {
        return Ok(usage(&format!("jurisdiction: \"{jurisdiction}\" is not one of CA, IL")));
    };
    let Ok(catalog) = Catalog::embedded() else {
        return Ok(fail(BAD_INPUT, "assess: the offense catalog failed its checks; run cargo test"));
    };
    for o in catalog.lookup(query, j, 10) {
        let row = serde_json::json!({ "id": o.id, "citation": o.citation, "title": &*o.title.en, "title_es": &*o.title.es });
        writeln!(out, "{row}")?;
    }
    Ok(ExitCode::SUCCESS)
}

/// Today's date (UTC), for a Case without `as_of`.
fn today() -> Date {
    let secs = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs());
    Date::from_unix_days((secs / 86_400) as i64).unwrap_or(Date::EPOCH)
}
