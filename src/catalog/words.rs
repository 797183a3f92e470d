//! Word search over the catalog, in English and Spanish: "domestic battery", "robo",
//! "posesión", typo-tolerant ("batery", "posesion") and ranked. Built once, then each query
//! is a scan of a few thousand short tokens: well under a millisecond (see `make bench`).

use crate::engine::case::Jurisdiction;

use super::search::{parse_statute, StatuteRef};
use super::Catalog;
use crate::engine::offense::Offense;

/// A word index over the offenses: a vocabulary of folded words, and per offense the
/// words of its titles and keywords as indices into it, so each query word is compared
/// with each distinct word once.
pub struct WordIndex {
    vocab: Vec<String>,
    /// Per vocabulary word, the letters it holds ([`letters`]), to rule out typo matches
    /// without computing an edit distance.
    vocab_letters: Vec<u64>,
    /// Per jurisdiction, the vocabulary words its entries use: a query scores only those.
    used_by: Vec<(Jurisdiction, Vec<u32>)>,
    entries: Vec<Entry>,
}

struct Entry {
    jurisdiction: Jurisdiction,
    /// Title words weigh more than keywords.
    title: Vec<u32>,
    keywords: Vec<u32>,
}

/// One search result.
#[derive(Clone, Debug, PartialEq)]
pub struct Hit {
    /// Index into `Catalog::offenses`.
    pub offense: usize,
    pub score: u32,
}

/// Folds a text for matching: lower case, accents removed (á → a, ñ → n), punctuation to
/// spaces.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars().flat_map(char::to_lowercase) {
        let plain = match c {
            'á' | 'à' | 'ä' | 'â' => 'a',
            'é' | 'è' | 'ë' | 'ê' => 'e',
            'í' | 'ì' | 'ï' | 'î' => 'i',
            'ó' | 'ò' | 'ö' | 'ô' => 'o',
            'ú' | 'ù' | 'ü' | 'û' => 'u',
            'ñ' => 'n',
            'ç' => 'c',
            c if c.is_alphanumeric() => c,
            _ => ' ',
        };
        out.push(plain);
    }
    out
}

/// Words too common to rank by, in either language.
const STOP: &[&str] = &[
    "a", "an", "the", "of", "on", "or", "and", "to", "in", "by", "with", "for", "de", "la", "el", "los",
    "las", "del", "y", "o", "en", "con", "por", "un", "una", "al", "a",
];

fn tokens(text: &str) -> impl Iterator<Item = String> + '_ {
    fold(text)
        .split_whitespace()
        .filter(|w| !STOP.contains(w))
        .map(String::from)
        .collect::<Vec<_>>()
        .into_iter()
}

impl WordIndex {
    pub fn new(offenses: &[Offense]) -> WordIndex {
        let mut vocab: Vec<String> = Vec::new();
        let mut ids: std::collections::HashMap<String, u32> = std::collections::HashMap::new();
        let mut intern = |w: String| -> u32 {
            *ids.entry(w.clone()).or_insert_with(|| {
                vocab.push(w);
                (vocab.len() - 1) as u32
            })
        };
        let mut entries = Vec::with_capacity(offenses.len());
        for o in offenses {
            // A bare section is found by its statute, not by words: its title says only that
            // the subsection is not named.
            let words = |t: &str| if o.is_section { Vec::new() } else { tokens(t).collect::<Vec<_>>() };
            let mut title: Vec<u32> =
                words(&o.title.en).into_iter().chain(words(&o.title.es)).map(&mut intern).collect();
            title.sort_unstable();
            title.dedup();
            let mut keywords: Vec<u32> = o.keywords.iter().flat_map(|k| tokens(k)).map(&mut intern).collect();
            keywords.sort_unstable();
            keywords.dedup();
            entries.push(Entry { jurisdiction: o.jurisdiction, title, keywords });
        }
        let vocab_letters = vocab.iter().map(|w| letters(w)).collect();
        let used_by = Jurisdiction::ALL
            .iter()
            .map(|&j| {
                let mut used: Vec<u32> = entries
                    .iter()
                    .filter(|e| e.jurisdiction == j)
                    .flat_map(|e| e.title.iter().chain(&e.keywords).copied())
                    .collect();
                used.sort_unstable();
                used.dedup();
                (j, used)
            })
            .collect();
        WordIndex { vocab, vocab_letters, used_by, entries }
    }

    /// The offenses of `jurisdiction` matching every word of `query`, best first, at most
    /// `limit`.
    pub fn search(&self, query: &str, jurisdiction: Jurisdiction, limit: usize) -> Vec<Hit> {
        let words: Vec<String> = tokens(query).collect();
        if words.is_empty() {
            return Vec::new();
        }
        // One pass per query word over the words of the jurisdiction's entries (the others'
        // scores are never read: they stay 0).
        let used: &[u32] = self.used_by.iter().find(|(j, _)| *j == jurisdiction).map_or(&[], |(_, u)| u);
        let scores: Vec<Vec<u32>> = words
            .iter()
            .map(|w| {
                let query = Query::new(w);
                let mut per_word = vec![0; self.vocab.len()];
                for &v in used {
                    let (word, letters) = (&self.vocab[v as usize], self.vocab_letters[v as usize]);
                    per_word[v as usize] = query.score(word, letters);
                }
                per_word
            })
            .collect();
        let mut hits: Vec<Hit> = self
            .entries
            .iter()
            .enumerate()
            .filter(|(_, e)| e.jurisdiction == jurisdiction)
            .filter_map(|(i, e)| {
                let mut score = 0;
                for per_word in &scores {
                    let title = e.title.iter().map(|&t| per_word[t as usize] * 2).max().unwrap_or(0);
                    let keyword = e.keywords.iter().map(|&k| per_word[k as usize]).max().unwrap_or(0);
                    let best = title.max(keyword);
                    if best == 0 {
                        return None;
                    }
                    score += best;
                }
                Some(Hit { offense: i, score })
            })
            .collect();
        hits.sort_by(|a, b| b.score.cmp(&a.score).then(a.offense.cmp(&b.offense)));
        hits.truncate(limit);
        hits
    }
}

/// The letters of a word as a set: bit `c % 64` for each character `c`. Two characters may
/// share a bit, so a bit set in both words proves nothing, but a bit of one missing from the
/// other proves that character is not in it.
fn letters(word: &str) -> u64 {
    word.chars().fold(0, |set, c| set | 1 << (u32::from(c) % 64))
}

/// A query word, with what [`Query::score`] needs of it worked out once per query.
struct Query<'q> {
    word: &'q str,
    /// Its characters as [`letters`] bits, in order.
    bits: Vec<u64>,
    /// How many edits a typo match may need (0: none is tried).
    limit: usize,
}

impl<'q> Query<'q> {
    fn new(word: &'q str) -> Query<'q> {
        let bits: Vec<u64> = word.chars().map(|c| 1 << (u32::from(c) % 64)).collect();
        let limit = match bits.len() {
            0..4 => 0,
            4..8 => 1,
            _ => 2,
        };
        Query { word, bits, limit }
    }

    /// [`word_score`] of this query against `word`, whose [`letters`] are `word_letters`.
    /// Each query character that `word` lacks costs an edit (a substitution or deletion of
    /// it; an insertion or transposition does not remove one), so more of them than the
    /// limit rules out a typo match before any distance is computed.
    fn score(&self, word: &str, word_letters: u64) -> u32 {
        // Shorter by more bytes than the edits could add: neither equal, nor a prefix, nor a
        // typo (a character is at most four bytes).
        if word.len() + 4 * self.limit < self.word.len() {
            return 0;
        }
        if self.limit > 0 && self.word != word && !(self.word.len() >= 3 && word.starts_with(self.word)) {
            let missing = self.bits.iter().filter(|&&b| b & word_letters == 0).count();
            if missing > self.limit {
                return 0;
            }
        }
        word_score(self.word, word)
    }
}

/// How well a query word matches an indexed word: exact 6, prefix 4, one edit 2 (words of
/// four letters or more), two edits 1 (eight or more), else 0.
fn word_score(query: &str, word: &str) -> u32 {
    if query == word {
        return 6;
    }
    if query.len() >= 3 && word.starts_with(query) {
        return 4;
    }
    let n = query.chars().count();
    if n < 4 {
        return 0;
    }
    let limit = if n >= 8 { 2 } else { 1 };
    match edit_distance_within(query, word, limit) {
        Some(1) => 2,
        Some(_) => 1,
        None => 0,
    }
}

/// Damerau–Levenshtein (optimal string alignment) distance if it is at most `limit`.
fn edit_distance_within(a: &str, b: &str, limit: usize) -> Option<usize> {
    if a.len().abs_diff(b.len()) > limit * 4 {
        return None; // cheap byte-length bound before any work (a char is at most 4 bytes)
    }
    if a.is_ascii() && b.is_ascii() {
        return distance(a.as_bytes(), b.as_bytes(), limit);
    }
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    distance(&a, &b, limit)
}

/// Rows of at most this many cells live on the stack; longer words fall back to the heap.
const ROW: usize = 40;

fn distance<T: PartialEq>(a: &[T], b: &[T], limit: usize) -> Option<usize> {
    if a.len().abs_diff(b.len()) > limit {
        return None;
    }
    let width = b.len() + 1;
    let (mut s2, mut s1, mut s0) = ([0usize; ROW], [0usize; ROW], [0usize; ROW]);
    let (mut h2, mut h1, mut h0);
    let (prev2, prev, cur): (&mut [usize], &mut [usize], &mut [usize]) = if width <= ROW {
        (&mut s2[..width], &mut s1[..width], &mut s0[..width])
    } else {
        h2 = vec![0; width];
        h1 = vec![0; width];
        h0 = vec![0; width];
        (&mut h2[..], &mut h1[..], &mut h0[..])
    };
    for (j, cell) in prev.iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        cur[0] = i;
        let mut row_min = i;
        for j in 1..width {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut v = (prev[j] + 1).min(cur[j - 1] + 1).min(prev[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                v = v.min(prev2[j - 2] + 1);
            }
            cur[j] = v;
            row_min = row_min.min(v);
        }
        if row_min > limit {
            return None;
        }
        prev2.copy_from_slice(prev);
        prev.copy_from_slice(cur);
    }
    (prev[width - 1] <= limit).then_some(prev[width - 1])
}

/// At most [`MAX_STATUTE_CHARS`] characters of what was typed: no statute or offense name
/// is longer, and nothing longer may make a search slow (a Case refuses longer statutes by
/// name; the search field is cut here).
fn bounded(query: &str) -> &str {
    crate::lang::clip(query, crate::engine::case::MAX_STATUTE_CHARS).0
}

impl Catalog {
    /// What a person typed in the search field: a statute (exact entry first) or words.
    pub fn lookup(&self, query: &str, jurisdiction: Jurisdiction, limit: usize) -> Vec<&Offense> {
        let query = bounded(query);
        let mut out: Vec<&Offense> = Vec::new();
        if query.chars().any(|c| c.is_ascii_digit()) {
            if let Ok(Some(o)) = self.find(query, jurisdiction) {
                out.push(o);
            }
            // "PC 245" also lists PC 245(a)(1), PC 245(a)(4): entries under the section typed;
            // then, as a person types, sections that begin with what is typed so far ("PC 27"
            // lists PC 273.5), nearest first.
            if let Ok(typed) = parse_statute(query, jurisdiction) {
                let prefix = typed.to_string();
                let mut begins: Vec<(usize, &Offense)> = Vec::new();
                for (i, o) in self.offenses.iter().enumerate() {
                    if o.jurisdiction != jurisdiction || out.iter().any(|x| x.id == o.id) {
                        continue;
                    }
                    let texts = &self.statute_text[i];
                    if texts.iter().any(|s| s.starts_with(&prefix) && s[prefix.len()..].starts_with('(')) {
                        out.push(o);
                    } else if let Some(extra) =
                        texts.iter().filter(|s| s.starts_with(&prefix)).map(|s| s.len() - prefix.len()).min()
                    {
                        begins.push((extra, o));
                    }
                }
                begins.sort_by(|(x, a), (y, b)| (x, &a.citation).cmp(&(y, &b.citation)));
                out.extend(begins.into_iter().map(|(_, o)| o));
            }
        }
        for hit in self.words().search(query, jurisdiction, limit) {
            let o = &self.offenses[hit.offense];
            if !out.iter().any(|x| x.id == o.id) {
                out.push(o);
            }
        }
        out.truncate(limit);
        out
    }
}

/// A section's place on the number line, for nearness: "273.5" → 273.5, "12-3.2" → 12003.2,
/// "653m" → 653.
fn section_number(s: &StatuteRef) -> Option<f64> {
    let section = match s {
        StatuteRef::California { section, .. } | StatuteRef::Illinois { section, .. } => section,
    };
    let (chapter, rest) = section.split_once('-').unwrap_or(("0", section));
    let digits = |t: &str| -> Option<f64> {
        let end = t.find(|c: char| !(c.is_ascii_digit() || c == '.')).unwrap_or(t.len());
        t[..end].trim_end_matches('.').parse().ok()
    };
    Some(digits(chapter)? * 1000.0 + digits(rest)?)
}

/// Whether two references are in the same code (California) or act (Illinois).
fn same_code(a: &StatuteRef, b: &StatuteRef) -> bool {
    match (a, b) {
        (StatuteRef::California { code: c1, .. }, StatuteRef::California { code: c2, .. }) => {
            c1.is_none_or(|c| Some(c) == *c2)
        }
        (StatuteRef::Illinois { act: a1, .. }, StatuteRef::Illinois { act: a2, .. }) => a1 == a2,
        _ => false,
    }
}

impl Catalog {
    /// For what the catalog does not have: the nearest entries, for a person to check
    /// whether they meant one. What [`Catalog::lookup`] finds first; else, for a statute,
    /// the entries of the same code whose section numbers are closest.
    pub fn nearest(&self, query: &str, jurisdiction: Jurisdiction, limit: usize) -> Vec<&Offense> {
        let query = bounded(query);
        let found: Vec<&Offense> =
            self.lookup(query, jurisdiction, limit).into_iter().filter(|o| !o.is_section).collect();
        if !found.is_empty() {
            return found;
        }
        let Ok(typed) = parse_statute(query, jurisdiction) else { return Vec::new() };
        let Some(at) = section_number(&typed) else { return Vec::new() };
        let mut near: Vec<(f64, &Offense)> = self
            .offenses
            .iter()
            .zip(&self.statutes)
            .filter(|(o, _)| o.jurisdiction == jurisdiction && !o.is_section)
            .filter_map(|(o, parsed)| {
                let s = parsed.iter().find(|s| same_code(&typed, s))?;
                Some(((section_number(s)? - at).abs(), o))
            })
            .collect();
        near.sort_by(|a, b| a.0.total_cmp(&b.0).then_with(|| a.1.id.cmp(&b.1.id)));
        near.into_iter().take(limit).map(|(_, o)| o).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_removes_accents_case_and_punctuation() {
        assert_eq!(fold("Posesión de DROGAS, ¿sí?"), "posesion de drogas   si ");
    }

    #[test]
    fn edit_distance_is_bounded_and_counts_transpositions_once() {
        assert_eq!(edit_distance_within("batery", "battery", 1), Some(1));
        assert_eq!(edit_distance_within("tehft", "theft", 1), Some(1));
        assert_eq!(edit_distance_within("robo", "robbery", 1), None);
        assert_eq!(edit_distance_within("posesion", "posesion", 2), Some(0));
    }

    #[test]
    fn words_score_exact_over_prefix_over_typo() {
        assert!(word_score("battery", "battery") > word_score("batt", "battery"));
        assert!(word_score("batt", "battery") > word_score("batery", "battery"));
        assert_eq!(word_score("xy", "xylophone"), 0);
    }
}
