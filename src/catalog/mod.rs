//! The offense data: the state catalogs and federal parameters written by lawyers in
//! `data/*.toml`, checked and compiled by `build.rs` ([`load`], [`compile`]) into the
//! compact binary form of [`crate::pack`], decoded here ([`decode_params`],
//! [`decode_state`]) and found by statute ([`search`]) or by word ([`words`]).
//!
//! The TOML side (`raw`, `load`, `compile`) is built natively only: no TOML parser and no
//! data check ships to a phone. Never imports yew, web-sys, wasm-bindgen or gloo (see
//! `tests/architecture.rs`).

pub mod alternatives_index;
#[cfg(not(target_arch = "wasm32"))]
pub mod compile;
#[cfg(not(target_arch = "wasm32"))]
pub mod load;
#[cfg(not(target_arch = "wasm32"))]
pub mod raw;
pub mod search;
pub mod sections;
pub mod words;

use std::collections::HashMap;
use std::fmt;
use std::sync::OnceLock;

use crate::engine::case::Jurisdiction;
use crate::engine::params::Params;
use crate::lang::Lang;
use crate::pack::{Pack, Reader};

use crate::engine::offense::{self, Offense};
use search::{parse_statute, StatuteError, StatuteRef};

/// Every offense of the states loaded, the federal parameters, and an index by statute.
pub struct Catalog {
    pub offenses: Vec<Offense>,
    pub params: Params,
    /// Statute key without code or chapter (see [`loose_key`]) → offense indices.
    by_statute: HashMap<String, Vec<usize>>,
    by_id: HashMap<String, usize>,
    words: OnceLock<words::WordIndex>,
    /// Each offense's statutes in their canonical spelling, for prefix search.
    pub(crate) statute_text: Vec<Vec<String>>,
    /// The same, parsed once at load, for matching what a person typed.
    pub(crate) statutes: Vec<Vec<StatuteRef>>,
    /// Per offense, the pleas the engine weighs against it ([`alternatives_index`]).
    candidates: Vec<Vec<crate::engine::alternatives::Candidate>>,
    /// Per jurisdiction (by `Jurisdiction as usize`), what [`Catalog::find`] answers for each
    /// entry's own spellings (its citation and statutes as the data writes them), worked out
    /// once: the engine's hypothetical pleas name entries by their citation, so most lookups
    /// are these and need no parsing.
    found: Vec<HashMap<String, Option<usize>>>,
}

/// One problem in a data file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CatalogError {
    pub file: String,
    pub line: u32,
    /// The entry's id, or "-" when it has none.
    pub id: String,
    pub field: String,
    pub message: String,
}

impl fmt::Display for CatalogError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}: {}: {}", self.file, self.line, self.id, self.field, self.message)
    }
}

/// The federal parameters from their data file (`data/federal.bin`); `None` if the bytes
/// are not a data file of `version`.
pub fn decode_params(bytes: &[u8], version: &str) -> Option<Params> {
    let (header, mut r) = Reader::open(&[bytes])?;
    let params = Params::unpack(&mut r)?;
    (header.version == version && r.at_end()).then_some(params)
}

/// One state's offenses from its data files (`data/ca.en.bin`, `data/ca.es.bin`: one or
/// more languages of the same state), with the languages they hold; `None` if the bytes are
/// not data files of `version`, or mix states.
pub fn decode_state(files: &[&[u8]], version: &str) -> Option<(Jurisdiction, Vec<Lang>, Vec<Offense>)> {
    let (header, mut r) = Reader::open(files)?;
    let jurisdiction = Jurisdiction::from_code(&header.jurisdiction)?;
    let offenses = Vec::<Offense>::unpack(&mut r)?;
    let all_of_it = r.at_end() && offenses.iter().all(|o| o.jurisdiction == jurisdiction);
    (header.version == version && all_of_it).then(|| (jurisdiction, r.langs(), offenses))
}

/// The state a data file of `version` is for, read from its header alone.
pub fn state_of(bytes: &[u8], version: &str) -> Option<Jurisdiction> {
    let (header, _) = Reader::open(&[bytes])?;
    (header.version == version).then(|| Jurisdiction::from_code(&header.jurisdiction)).flatten()
}

#[cfg(padilla_packed)]
impl Catalog {
    /// Every state and language compiled into this build (native tools and tests; the app
    /// fetches one state's file at a time instead, and never calls this: see
    /// `tests/architecture.rs`). An error means the compiled files do not
    /// read, which `cargo test` rules out.
    pub fn embedded() -> Result<&'static Catalog, &'static [CatalogError]> {
        static CATALOG: OnceLock<Result<Catalog, Vec<CatalogError>>> = OnceLock::new();
        let loaded = CATALOG.get_or_init(|| {
            let version = crate::DATA_VERSION;
            let unreadable = |what: &str| vec![CatalogError {
                file: format!("data/{what}"),
                line: 0,
                id: "-".into(),
                field: "-".into(),
                message: "the compiled data file does not read; rebuild".into(),
            }];
            let params = decode_params(embedded::FEDERAL, version).ok_or_else(|| unreadable("federal.bin"))?;
            let mut offenses = Vec::new();
            for (code, files) in embedded::STATES {
                let (_, _, state) = decode_state(files, version).ok_or_else(|| unreadable(code))?;
                offenses.extend(state);
            }
            Ok(Catalog::new(offenses, params))
        });
        match loaded {
            Ok(c) => Ok(c),
            Err(errors) => Err(errors.as_slice()),
        }
    }
}

/// The compiled data files, as bytes in this build (`build.rs` writes the list).
#[cfg(padilla_packed)]
pub mod embedded {
    include!(concat!(env!("OUT_DIR"), "/data/files.rs"));
}

impl Catalog {
    /// Builds the indexes over already-checked offenses.
    pub fn new(mut offenses: Vec<Offense>, params: Params) -> Catalog {
        // Each statute is parsed once, here: for the bare sections and for the index.
        let mut statutes: Vec<Vec<StatuteRef>> = offenses.iter().map(parsed).collect();
        for (section, bare) in sections::section_entries(&offenses, &statutes) {
            offenses.push(section);
            statutes.push(vec![bare]);
        }
        let mut by_statute: HashMap<String, Vec<usize>> = HashMap::new();
        let mut by_id = HashMap::new();
        for (i, o) in offenses.iter().enumerate() {
            by_id.insert(o.id.clone(), i);
            for s in &statutes[i] {
                by_statute.entry(loose_key(o.jurisdiction, s)).or_default().push(i);
            }
        }
        let statute_text = offenses.iter().map(|o| o.statutes.clone()).collect();
        let candidates = alternatives_index::candidates(&offenses);
        let mut catalog = Catalog {
            offenses,
            params,
            by_statute,
            by_id,
            words: OnceLock::new(),
            statute_text,
            statutes,
            candidates,
            found: Vec::new(),
        };
        catalog.found = Jurisdiction::ALL
            .iter()
            .map(|&j| {
                let own = catalog.offenses.iter().filter(|o| o.jurisdiction == j);
                own.flat_map(|o| std::iter::once(&o.citation).chain(&o.statutes))
                    .filter_map(|s| {
                        let found = catalog.find_parsing(s, j).ok()?;
                        Some((s.clone(), found.and_then(|o| catalog.by_id.get(&o.id).copied())))
                    })
                    .collect()
            })
            .collect();
        catalog
    }

    /// The word index, built on first use.
    pub fn words(&self) -> &words::WordIndex {
        self.words.get_or_init(|| words::WordIndex::new(&self.offenses))
    }

    pub fn get(&self, id: &str) -> Option<&Offense> {
        self.by_id.get(id).map(|&i| &self.offenses[i])
    }

    /// An offense id, or a variant id with its offense (alternatives may name a variant: "plead
    /// to 24-1 with a weapon other than a firearm").
    pub fn get_plea(&self, id: &str) -> Option<(&Offense, Option<&offense::Variant>)> {
        let index = |id: &str| self.by_id.get(id).copied();
        let (i, variant) = alternatives_index::plea_index(&self.offenses, &index, id)?;
        let o = self.offenses.get(i)?;
        match variant {
            None => Some((o, None)),
            Some(v) => o.variants.get(v as usize).map(|v| (o, Some(v))),
        }
    }

    /// The offense a typed statute names in `jurisdiction`'s catalog: the most specific
    /// entry (`PC 245(a)(1)` before `PC 245`). `Ok(None)`: a readable statute the catalog
    /// does not have, or one that matches several entries (a bare "5/11-501").
    pub fn find(&self, typed: &str, jurisdiction: Jurisdiction) -> Result<Option<&Offense>, StatuteError> {
        match self.found.get(jurisdiction as usize).and_then(|own| own.get(typed)) {
            Some(found) => Ok(found.and_then(|i| self.offenses.get(i))),
            None => self.find_parsing(typed, jurisdiction),
        }
    }

    /// [`Catalog::find`], by parsing what was typed.
    fn find_parsing(
        &self,
        typed: &str,
        jurisdiction: Jurisdiction,
    ) -> Result<Option<&Offense>, StatuteError> {
        let wanted = parse_statute(typed, jurisdiction)?;
        for candidate in wanted.generalisations() {
            let matches: Vec<&Offense> = self
                .by_statute
                .get(&loose_key(jurisdiction, &candidate))
                .into_iter()
                .flatten()
                .filter(|&&i| {
                    self.offenses[i].jurisdiction == jurisdiction
                        && self.statutes[i].iter().any(|s| candidate.fits(s))
                })
                .map(|&i| &self.offenses[i])
                .collect();
            let mut ids: Vec<&str> = matches.iter().map(|o| o.id.as_str()).collect();
            ids.dedup();
            match ids.len() {
                0 => continue,
                1 => return Ok(matches.first().copied()),
                _ => return Ok(None),
            }
        }
        Ok(None)
    }

    /// The offenses of one state.
    pub fn of(&self, jurisdiction: Jurisdiction) -> impl Iterator<Item = &Offense> {
        self.offenses.iter().filter(move |o| o.jurisdiction == jurisdiction)
    }
}

impl crate::engine::Offenses for Catalog {
    fn params(&self) -> &Params {
        &self.params
    }

    fn find(&self, statute: &str, jurisdiction: Jurisdiction) -> Result<Option<&Offense>, String> {
        Catalog::find(self, statute, jurisdiction).map_err(|e| e.to_string())
    }

    fn candidates(&self, charged: &Offense) -> &[crate::engine::alternatives::Candidate] {
        self.by_id.get(&charged.id).and_then(|&i| self.candidates.get(i)).map_or(&[], Vec::as_slice)
    }

    fn offense(&self, index: u32) -> Option<&Offense> {
        self.offenses.get(index as usize)
    }

    fn nearest(&self, statute: &str, jurisdiction: Jurisdiction, limit: usize) -> Vec<&Offense> {
        Catalog::nearest(self, statute, jurisdiction, limit)
    }
}

/// The statutes of `o`, parsed from their canonical spelling (which always parses).
pub(crate) fn parsed(o: &Offense) -> Vec<StatuteRef> {
    o.statutes.iter().filter_map(|s| parse_statute(s, o.jurisdiction).ok()).collect()
}

/// The statute without the parts a person may leave out (California's code, Illinois's
/// chapter), for the index; [`StatuteRef::fits`] then checks what was given.
fn loose_key(jurisdiction: Jurisdiction, s: &StatuteRef) -> String {
    let mut key = format!("{}:", jurisdiction.code());
    match s {
        StatuteRef::California { section, subdivisions, .. } => {
            key.push_str(section);
            subdivisions.iter().for_each(|p| key.push_str(&format!("({p})")));
        }
        StatuteRef::Illinois { act, section, subdivisions, .. } => {
            key.push_str(&format!("{act}/{section}"));
            subdivisions.iter().for_each(|p| key.push_str(&format!("({p})")));
        }
    }
    key
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_catalog_loads_without_a_problem() {
        if let Err(errors) = Catalog::embedded() {
            let lines: Vec<String> = errors.iter().map(|e| e.to_string()).collect();
            panic!("the data has problems:\n{}", lines.join("\n"));
        }
    }
}
