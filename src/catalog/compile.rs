//! The build step: data files (TOML) → checked types → the binary files a phone downloads.
//! `build.rs` calls [`compile`]; a problem stops the build with every `file:line` message.

use crate::engine::case::Jurisdiction;
use crate::engine::offense::Offense;
use crate::lang::Lang;
use crate::pack::{pack_all, Pack, Writer};

use super::load::{load_catalogs, load_params, CatalogError};
use super::raw::Manifest;

/// What the build writes: the federal parameters, and per state one file per language.
pub struct Compiled {
    /// `data/federal.bin`.
    pub federal: Vec<u8>,
    /// Per state: `(file name, bytes)` for each language, `ca.en.bin` first.
    pub states: Vec<(Jurisdiction, Vec<(String, Vec<u8>)>)>,
}

/// The data version (`data/manifest.toml`: `(version, released date)`), or the problem.
pub fn manifest(file: &str, text: &str) -> Result<(String, String), CatalogError> {
    let problem = |field: &str, message: String| CatalogError {
        file: file.into(),
        line: 0,
        id: "-".into(),
        field: field.into(),
        message,
    };
    let m: Manifest = toml::from_str(text).map_err(|e| problem("-", e.message().to_string()))?;
    let parts: Vec<&str> = m.data_version.split('.').collect();
    if parts.len() != 3 || parts.iter().any(|p| p.is_empty() || !p.bytes().all(|b| b.is_ascii_digit())) {
        return Err(problem("data_version", format!("\"{}\" must read like \"2026.11.0\"", m.data_version)));
    }
    if m.released.date.is_none() || m.released.time.is_some() {
        return Err(problem("released", "must be a date like 2026-12-02".into()));
    }
    Ok((m.data_version, m.released.to_string()))
}

/// Checks every data file and packs the result for `version`. `catalogs` and `federal` are
/// `(file, text)`.
pub fn compile(version: &str, federal: (&str, &str), catalogs: &[(&str, &str)]) -> Result<Compiled, Vec<CatalogError>> {
    let params = load_params(federal.0, federal.1);
    let offenses = load_catalogs(catalogs);
    let (params, offenses) = match (params, offenses) {
        (Ok(p), Ok(o)) => (p, o),
        (p, o) => return Err(p.err().into_iter().chain(o.err()).flatten().collect()),
    };
    let mut w = Writer::new();
    params.pack(&mut w);
    let federal = w.file(version, "US", Lang::En);
    let states = Jurisdiction::ALL
        .iter()
        .filter_map(|j| {
            let mine: Vec<Offense> = offenses.iter().filter(|o| o.jurisdiction == *j).cloned().collect();
            (!mine.is_empty()).then(|| (*j, state_files(version, *j, &mine)))
        })
        .collect();
    Ok(Compiled { federal, states })
}

/// One state's files, one per language: the same structure, each with its own texts.
fn state_files(version: &str, j: Jurisdiction, offenses: &[Offense]) -> Vec<(String, Vec<u8>)> {
    let mut w = Writer::new();
    pack_all(offenses, &mut w);
    let code = j.code().to_lowercase();
    Lang::ALL.iter().map(|l| (format!("{code}.{}.bin", l.tag()), w.file(version, j.code(), *l))).collect()
}
