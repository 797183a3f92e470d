//! The compact binary form of the offense data: what `build.rs` writes after checking the
//! TOML, and what a phone decodes without a text parser and without re-running any check.
//!
//! One file per state and language (`data/ca.en.bin`, `data/ca.es.bin`, ...): the same
//! structure in each (grades, triggers, traits, ids, citations), then that language's
//! texts. Loading a second language of a state adds its texts to the first.
//!
//! A type becomes packable by being declared with `packed!` (a struct: every field, in
//! order, one declaration each) or `coded_enum!` (a variant's position); the rest are the
//! few hand-written impls below. Decoding returns `None` on any malformed or truncated
//! input: a file from another build is refused, never half-read.
//!
//! Layout: `MAGIC`, data version, jurisdiction code, language tag, the shared strings, the
//! language's texts, the structure.

use std::collections::HashMap;
use std::sync::Arc;

use crate::lang::{Lang, Prose};

/// The first bytes of every data file.
pub const MAGIC: &[u8; 4] = b"PDL1";

/// A value in the binary form.
pub trait Pack: Sized {
    fn pack(&self, w: &mut Writer);
    fn unpack(r: &mut Reader<'_>) -> Option<Self>;
}

/// Encodes values; strings and texts are interned, so a citation or a note that recurs is
/// stored once.
#[derive(Default)]
pub struct Writer {
    out: Vec<u8>,
    strings: Vec<Arc<str>>,
    string_ix: HashMap<Arc<str>, u32>,
    texts: Vec<Prose>,
    text_ix: HashMap<Prose, u32>,
}

impl Writer {
    pub fn new() -> Writer {
        Writer::default()
    }

    pub fn byte(&mut self, b: u8) {
        self.out.push(b);
    }

    /// LEB128.
    pub fn varint(&mut self, mut n: u64) {
        loop {
            let low = (n & 0x7f) as u8;
            n >>= 7;
            if n == 0 {
                self.out.push(low);
                return;
            }
            self.out.push(low | 0x80);
        }
    }

    fn string(&mut self, s: &str) {
        let i = match self.string_ix.get(s) {
            Some(&i) => i,
            None => {
                let i = self.strings.len() as u32;
                let s: Arc<str> = s.into();
                self.strings.push(s.clone());
                self.string_ix.insert(s, i);
                i
            }
        };
        self.varint(u64::from(i));
    }

    fn text(&mut self, p: &Prose) {
        let i = match self.text_ix.get(p) {
            Some(&i) => i,
            None => {
                let i = self.texts.len() as u32;
                self.texts.push(p.clone());
                self.text_ix.insert(p.clone(), i);
                i
            }
        };
        self.varint(u64::from(i));
    }

    /// The file for one language: header, tables and the structure written so far.
    pub fn file(&self, version: &str, jurisdiction: &str, lang: Lang) -> Vec<u8> {
        let mut head = Writer::new();
        head.out.extend_from_slice(MAGIC);
        head.raw_str(version);
        head.raw_str(jurisdiction);
        head.raw_str(lang.tag());
        head.varint(self.strings.len() as u64);
        for s in &self.strings {
            head.raw_str(s);
        }
        head.varint(self.texts.len() as u64);
        for t in &self.texts {
            head.raw_str(t.get(lang));
        }
        head.varint(self.out.len() as u64);
        head.out.extend_from_slice(&self.out);
        head.out
    }

    fn raw_str(&mut self, s: &str) {
        self.varint(s.len() as u64);
        self.out.extend_from_slice(s.as_bytes());
    }
}

/// Decodes one structure, with the string tables of every file read for it.
pub struct Reader<'a> {
    bytes: &'a [u8],
    pos: usize,
    strings: Vec<Arc<str>>,
    /// Per language, the texts (empty where that language's file was not loaded).
    texts: [Vec<Arc<str>>; 2],
}

/// What a data file's header says.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Header {
    pub version: String,
    pub jurisdiction: String,
    pub lang: Lang,
}

impl<'a> Reader<'a> {
    /// Reads the headers and tables of one state's files (one per language, the same data
    /// version and state); the structure is read from the first.
    pub fn open(files: &[&'a [u8]]) -> Option<(Header, Reader<'a>)> {
        let mut first: Option<(Header, Reader<'a>)> = None;
        for bytes in files {
            let mut r = Reader { bytes, pos: 0, strings: Vec::new(), texts: [Vec::new(), Vec::new()] };
            if r.take(MAGIC.len())? != MAGIC {
                return None;
            }
            let header = Header {
                version: r.raw_str()?.to_string(),
                jurisdiction: r.raw_str()?.to_string(),
                lang: Lang::from_tag(r.raw_str()?)?,
            };
            let strings = r.table()?;
            let texts = r.table()?;
            let len = usize::try_from(r.varint()?).ok()?;
            let structure = r.take(len)?;
            match &mut first {
                None => {
                    r.strings = strings;
                    r.texts[header.lang as usize] = texts;
                    first = Some((header, Reader { bytes: structure, pos: 0, ..r }));
                }
                Some((h, reader)) => {
                    if h.version != header.version || h.jurisdiction != header.jurisdiction {
                        return None;
                    }
                    reader.texts[header.lang as usize] = texts;
                }
            }
        }
        first
    }

    /// The languages whose texts were loaded.
    pub fn langs(&self) -> Vec<Lang> {
        Lang::ALL.into_iter().filter(|l| !self.texts[*l as usize].is_empty()).collect()
    }

    /// Whether the whole structure was read.
    pub fn at_end(&self) -> bool {
        self.pos == self.bytes.len()
    }

    fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        let end = self.pos.checked_add(n)?;
        let s = self.bytes.get(self.pos..end)?;
        self.pos = end;
        Some(s)
    }

    pub fn byte(&mut self) -> Option<u8> {
        let b = *self.bytes.get(self.pos)?;
        self.pos += 1;
        Some(b)
    }

    pub fn varint(&mut self) -> Option<u64> {
        let mut n = 0u64;
        for shift in (0..64).step_by(7) {
            let b = self.byte()?;
            n |= u64::from(b & 0x7f) << shift;
            if b & 0x80 == 0 {
                return Some(n);
            }
        }
        None
    }

    fn raw_str(&mut self) -> Option<&'a str> {
        let len = usize::try_from(self.varint()?).ok()?;
        std::str::from_utf8(self.take(len)?).ok()
    }

    fn table(&mut self) -> Option<Vec<Arc<str>>> {
        let n = usize::try_from(self.varint()?).ok()?;
        // Each entry takes at least a byte: a count larger than what is left is corrupt.
        if n > self.bytes.len() - self.pos {
            return None;
        }
        (0..n).map(|_| self.raw_str().map(Arc::from)).collect()
    }

    fn index(&mut self) -> Option<usize> {
        usize::try_from(self.varint()?).ok()
    }
}

/// Encodes `items` as a structure.
pub fn pack_all<T: Pack>(items: &[T], w: &mut Writer) {
    w.varint(items.len() as u64);
    for item in items {
        item.pack(w);
    }
}

impl Pack for bool {
    fn pack(&self, w: &mut Writer) {
        w.byte(u8::from(*self));
    }
    fn unpack(r: &mut Reader<'_>) -> Option<Self> {
        match r.byte()? {
            0 => Some(false),
            1 => Some(true),
            _ => None,
        }
    }
}

impl Pack for u32 {
    fn pack(&self, w: &mut Writer) {
        w.varint(u64::from(*self));
    }
    fn unpack(r: &mut Reader<'_>) -> Option<Self> {
        u32::try_from(r.varint()?).ok()
    }
}

impl Pack for u64 {
    fn pack(&self, w: &mut Writer) {
        w.varint(*self);
    }
    fn unpack(r: &mut Reader<'_>) -> Option<Self> {
        r.varint()
    }
}

impl Pack for i32 {
    fn pack(&self, w: &mut Writer) {
        // Zigzag, so small negative numbers stay small.
        w.varint(u64::from(((*self << 1) ^ (*self >> 31)) as u32));
    }
    fn unpack(r: &mut Reader<'_>) -> Option<Self> {
        let z = u32::try_from(r.varint()?).ok()?;
        Some(((z >> 1) as i32) ^ -((z & 1) as i32))
    }
}

impl Pack for String {
    fn pack(&self, w: &mut Writer) {
        w.string(self);
    }
    fn unpack(r: &mut Reader<'_>) -> Option<Self> {
        let i = r.index()?;
        r.strings.get(i).map(|s| s.to_string())
    }
}

impl Pack for Arc<str> {
    fn pack(&self, w: &mut Writer) {
        w.string(self);
    }
    fn unpack(r: &mut Reader<'_>) -> Option<Self> {
        let i = r.index()?;
        r.strings.get(i).cloned()
    }
}

/// A reader's text: an index into each language's table. A language whose file was not
/// loaded reads as empty; the app loads the reader's language before it renders.
impl Pack for Prose {
    fn pack(&self, w: &mut Writer) {
        w.text(self);
    }
    fn unpack(r: &mut Reader<'_>) -> Option<Self> {
        let i = r.index()?;
        let get = |lang: Lang| -> Option<Arc<str>> {
            let table = &r.texts[lang as usize];
            match table.is_empty() {
                true => Some(Arc::from("")),
                false => table.get(i).cloned(),
            }
        };
        Some(Prose { en: get(Lang::En)?, es: get(Lang::Es)? })
    }
}

impl<T: Pack> Pack for Option<T> {
    fn pack(&self, w: &mut Writer) {
        match self {
            None => w.byte(0),
            Some(v) => {
                w.byte(1);
                v.pack(w);
            }
        }
    }
    fn unpack(r: &mut Reader<'_>) -> Option<Self> {
        match r.byte()? {
            0 => Some(None),
            1 => Some(Some(T::unpack(r)?)),
            _ => None,
        }
    }
}

impl<T: Pack> Pack for Vec<T> {
    fn pack(&self, w: &mut Writer) {
        pack_all(self, w);
    }
    fn unpack(r: &mut Reader<'_>) -> Option<Self> {
        let n = r.index()?;
        if n > r.bytes.len() - r.pos {
            return None;
        }
        (0..n).map(|_| T::unpack(r)).collect()
    }
}

impl<A: Pack, B: Pack> Pack for (A, B) {
    fn pack(&self, w: &mut Writer) {
        self.0.pack(w);
        self.1.pack(w);
    }
    fn unpack(r: &mut Reader<'_>) -> Option<Self> {
        Some((A::unpack(r)?, B::unpack(r)?))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_strings_and_texts_round_trip_in_each_language() {
        let mut w = Writer::new();
        let values = (vec![0u32, 127, 128, 300, u32::MAX], (-5i32, String::from("PC 1")));
        let prose = Prose::new("Note", "Nota");
        values.pack(&mut w);
        Some(prose.clone()).pack(&mut w);
        String::from("PC 1").pack(&mut w);
        let en = w.file("1", "CA", Lang::En);
        let es = w.file("1", "CA", Lang::Es);
        assert!(es.len() < en.len() + 4 && en.starts_with(MAGIC));

        let (header, mut r) = Reader::open(&[&en, &es]).expect("opens");
        assert_eq!(header.jurisdiction, "CA");
        assert_eq!(r.langs(), vec![Lang::En, Lang::Es]);
        assert_eq!(<(Vec<u32>, (i32, String))>::unpack(&mut r), Some(values));
        assert_eq!(Option::<Prose>::unpack(&mut r), Some(Some(prose)));
        assert_eq!(String::unpack(&mut r).as_deref(), Some("PC 1"));
        assert!(r.at_end());

        let (_, mut only_es) = Reader::open(&[&es]).expect("opens");
        <(Vec<u32>, (i32, String))>::unpack(&mut only_es);
        let p = Option::<Prose>::unpack(&mut only_es).flatten().expect("a text");
        assert_eq!((&*p.en, &*p.es), ("", "Nota"));
    }

    #[test]
    fn truncated_or_foreign_files_are_refused() {
        let mut w = Writer::new();
        vec![String::from("x"); 3].pack(&mut w);
        let file = w.file("1", "CA", Lang::En);
        for cut in 0..file.len() {
            assert!(Reader::open(&[&file[..cut]]).is_none(), "cut at {cut}");
        }
        assert!(Reader::open(&[&file]).is_some());
        assert!(Reader::open(&[b"JSON{}"]).is_none());
        let other = Writer::new().file("2", "CA", Lang::Es);
        assert!(Reader::open(&[&file, &other]).is_none(), "another data version is refused");
    }
}
