//! Statute-citation parsing: every spelling a person types, reduced to one key.
//!
//! `"PC 273.5"`, `"273.5(a) PC"`, `"Cal. Penal Code § 273.5"`, `"penal code 273.5"` all
//! name California Penal Code section 273.5; `"720 ILCS 5/12-3.2"`, `"720-5/12-3.2"` and
//! `"5/12-3.2"` name the Illinois Criminal Code's domestic battery.

use std::fmt;

use crate::engine::case::Jurisdiction;
use crate::lang::quoted;

/// A California code.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CaCode {
    Penal,
    HealthSafety,
    Vehicle,
    BusinessProfessions,
    WelfareInstitutions,
}

impl CaCode {
    /// The short form used in catalog ids and in the app: `PC`, `HS`, `VC`, `BP`, `WI`.
    pub fn abbrev(self) -> &'static str {
        match self {
            CaCode::Penal => "PC",
            CaCode::HealthSafety => "HS",
            CaCode::Vehicle => "VC",
            CaCode::BusinessProfessions => "BP",
            CaCode::WelfareInstitutions => "WI",
        }
    }
}

/// Every way a California code is written, after [`code_words`] has folded it: lower
/// case, no dots or spaces, a trailing "code" and a leading "cal"/"california" removed.
const CA_CODE_SPELLINGS: &[(CaCode, &[&str])] = &[
    (CaCode::Penal, &["pc", "pen", "penal"]),
    (
        CaCode::HealthSafety,
        &["hs", "h&s", "hsc", "healthandsafety", "health&safety", "health&saf", "healthsafety"],
    ),
    (CaCode::Vehicle, &["vc", "veh", "vehicle"]),
    (
        CaCode::BusinessProfessions,
        &["bp", "b&p", "bpc", "businessandprofessions", "business&professions", "bus&prof"],
    ),
    (
        CaCode::WelfareInstitutions,
        &["wi", "w&i", "wic", "welfareandinstitutions", "welfare&institutions", "welf&inst"],
    ),
];

/// A statute as parsed from what a person typed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StatuteRef {
    California {
        /// `None` when only a number was typed ("273.5"): the catalog resolves it.
        code: Option<CaCode>,
        /// "273.5", "11377", "23152".
        section: String,
        /// The parenthesised parts in order: `(a)(1)` → `["a", "1"]`, lower case.
        subdivisions: Vec<String>,
    },
    Illinois {
        /// 720 for the Criminal Code; `None` when typed as "5/12-3.2".
        chapter: Option<u16>,
        /// 5 for the Criminal Code of 2012, 570 for the Controlled Substances Act.
        act: u16,
        /// "12-3.2", "402".
        section: String,
        subdivisions: Vec<String>,
    },
}

/// Why a typed statute could not be read. Messages name what was wrong in words a user
/// can act on; the caller prefixes the field (`convictions[0].statute: ...`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StatuteError {
    Empty,
    NoSection(String),
    UnknownCode(String),
    BadSubdivision(String),
    /// The form belongs to the other state's catalog.
    WrongJurisdiction {
        typed: String,
        jurisdiction: Jurisdiction,
    },
}

impl fmt::Display for StatuteError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StatuteError::Empty => f.write_str("is empty; type a code section such as \"PC 273.5\""),
            StatuteError::NoSection(t) => write!(f, "{} has no section number, such as 273.5", quoted(t)),
            StatuteError::UnknownCode(c) => {
                write!(f, "{} is not a code this catalog knows (PC, HS, VC, BP, WI, or ILCS)", quoted(c))
            }
            StatuteError::BadSubdivision(t) => {
                write!(f, "{} has a subdivision that is not letters or digits in parentheses", quoted(t))
            }
            StatuteError::WrongJurisdiction { typed, jurisdiction } => {
                write!(f, "{} is not a {} statute; check the jurisdiction", quoted(typed), jurisdiction.code())
            }
        }
    }
}

impl fmt::Display for StatuteRef {
    /// The canonical spelling: `PC 273.5(a)`, `720 ILCS 5/12-3.2`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let subs = |f: &mut fmt::Formatter<'_>, s: &[String]| s.iter().try_for_each(|p| write!(f, "({p})"));
        match self {
            StatuteRef::California { code, section, subdivisions } => {
                if let Some(code) = code {
                    write!(f, "{} ", code.abbrev())?;
                }
                f.write_str(section)?;
                subs(f, subdivisions)
            }
            StatuteRef::Illinois { chapter, act, section, subdivisions } => {
                match chapter {
                    Some(ch) => write!(f, "{ch} ILCS {act}/{section}")?,
                    None => write!(f, "{act}/{section}")?,
                }
                subs(f, subdivisions)
            }
        }
    }
}

impl StatuteRef {
    /// This reference, then with its subdivisions dropped one at a time from the end:
    /// `PC 245(a)(1)`, `PC 245(a)`, `PC 245`.
    pub fn generalisations(&self) -> Vec<StatuteRef> {
        let mut out = vec![self.clone()];
        let mut current = self.clone();
        while current.subdivisions_mut().pop().is_some() {
            out.push(current.clone());
        }
        out
    }

    /// The parenthesised parts, in order: `(a)(1)` → `["a", "1"]`.
    pub fn subdivisions(&self) -> &[String] {
        match self {
            StatuteRef::California { subdivisions, .. } | StatuteRef::Illinois { subdivisions, .. } => {
                subdivisions
            }
        }
    }

    pub(crate) fn subdivisions_mut(&mut self) -> &mut Vec<String> {
        match self {
            StatuteRef::California { subdivisions, .. } | StatuteRef::Illinois { subdivisions, .. } => {
                subdivisions
            }
        }
    }

    /// Whether this (typed, possibly without code or chapter) reference names the same
    /// statute as `entry` (from the catalog, complete).
    pub fn fits(&self, entry: &StatuteRef) -> bool {
        match (self, entry) {
            (
                StatuteRef::California { code, section, subdivisions },
                StatuteRef::California { code: c2, section: s2, subdivisions: d2 },
            ) => code.is_none_or(|c| Some(c) == *c2) && section == s2 && subdivisions == d2,
            (
                StatuteRef::Illinois { chapter, act, section, subdivisions },
                StatuteRef::Illinois { chapter: c2, act: a2, section: s2, subdivisions: d2 },
            ) => chapter.is_none_or(|c| Some(c) == *c2) && act == a2 && section == s2 && subdivisions == d2,
            _ => false,
        }
    }
}

/// Parses a statute as typed, for the catalog of `jurisdiction`.
pub fn parse_statute(typed: &str, jurisdiction: Jurisdiction) -> Result<StatuteRef, StatuteError> {
    let text = typed.trim().to_lowercase().replace('§', " ");
    if text.is_empty() {
        return Err(StatuteError::Empty);
    }
    let pair = jurisdiction == Jurisdiction::Ca && is_california_pair(&text);
    let text = if pair { first_of_pair(&text) } else { text };
    let parsed = match looks_illinois(&text) {
        true => parse_illinois(&text, typed)?,
        false => parse_california(&text, typed)?,
    };
    let belongs = matches!(
        (&parsed, jurisdiction),
        (StatuteRef::California { .. }, Jurisdiction::Ca) | (StatuteRef::Illinois { .. }, Jurisdiction::Il)
    );
    // A bare number ("273.5") is read as California's shape; in Illinois it names nothing.
    match belongs {
        true => Ok(parsed),
        false => Err(StatuteError::WrongJurisdiction { typed: typed.trim().to_string(), jurisdiction }),
    }
}

fn looks_illinois(text: &str) -> bool {
    text.contains("ilcs") || text.contains('/')
}

/// "PC 484/488", "484/488 PC": two California sections read together, as charging papers
/// write petty theft. Illinois puts the act before the slash and a hyphenated section after
/// it ("5/12-3.2"); California has neither a hyphen nor a code word missing.
fn is_california_pair(text: &str) -> bool {
    let Some((before, after)) = text.split_once('/') else { return false };
    let after_section =
        after.trim_start().split(|c: char| !(c.is_ascii_alphanumeric() || c == '.')).next().unwrap_or("");
    let before_has_code = before.chars().any(|c| c.is_ascii_alphabetic());
    let after_has_code = after.chars().skip(after_section.len()).any(|c| c.is_ascii_alphabetic());
    !after.contains('-') && (before_has_code || after_has_code) && !text.contains("ilcs")
}

/// The first section of a California pair, with the code words of the whole.
fn first_of_pair(text: &str) -> String {
    match text.split_once('/') {
        Some((before, after)) => {
            let after = after.trim_start();
            let rest = after
                .trim_start_matches(|c: char| c.is_ascii_alphanumeric() || c == '.' || c == '(' || c == ')');
            format!("{before} {rest}")
        }
        None => text.to_string(),
    }
}

/// `720 ILCS 5/12-3.2(a)(1)`, `720-5/12-3.2`, `5/12-3.2`, `720 ilcs 570/402(c)`.
fn parse_illinois(text: &str, typed: &str) -> Result<StatuteRef, StatuteError> {
    let no_section = || StatuteError::NoSection(typed.trim().to_string());
    let (head, tail) = text.split_once('/').ok_or_else(no_section)?;
    let head = head.replace("ilcs", " ").replace('-', " ");
    let numbers: Vec<&str> = head.split_whitespace().collect();
    let parse_num =
        |s: &str| s.parse::<u16>().map_err(|_| StatuteError::UnknownCode(head.trim().to_string()));
    let (chapter, act) = match numbers.as_slice() {
        [act] => (None, parse_num(act)?),
        [chapter, act] => (Some(parse_num(chapter)?), parse_num(act)?),
        _ => return Err(StatuteError::UnknownCode(head.trim().to_string())),
    };
    let tail = tail.trim_start();
    // A letter inside the section belongs to it when it sits between a digit and a hyphen
    // ("12C-5"); anything else ends the section.
    let bytes = tail.as_bytes();
    let end = (0..bytes.len())
        .find(|&i| {
            let c = bytes[i];
            let inner_letter = c.is_ascii_alphabetic()
                && i > 0
                && bytes[i - 1].is_ascii_digit()
                && bytes.get(i + 1) == Some(&b'-');
            !(c.is_ascii_digit() || c == b'-' || c == b'.' || inner_letter)
        })
        .unwrap_or(tail.len());
    let section = tail[..end].trim_end_matches(['.', '-']).to_string();
    if !section.starts_with(|c: char| c.is_ascii_digit()) {
        return Err(no_section());
    }
    let (subdivisions, rest) = take_subdivisions(&tail[end..], typed)?;
    if !rest.trim().is_empty() {
        return Err(StatuteError::UnknownCode(rest.trim().to_string()));
    }
    Ok(StatuteRef::Illinois { chapter, act, section, subdivisions })
}

/// `PC 273.5(a)`, `273.5(a) PC`, `Cal. Penal Code § 273.5`, `H&S 11377(a)`, `VC 23152 (b)`.
fn parse_california(text: &str, typed: &str) -> Result<StatuteRef, StatuteError> {
    let start = text
        .find(|c: char| c.is_ascii_digit())
        .ok_or_else(|| StatuteError::NoSection(typed.trim().to_string()))?;
    let after = &text[start..];
    let mut end = after.find(|c: char| !(c.is_ascii_digit() || c == '.')).unwrap_or(after.len());
    // A one-letter suffix is part of the section ("273a", "653m"), not a code ("273.5pc").
    let mut rest_chars = after[end..].chars();
    if let (Some(letter), next) = (rest_chars.next(), rest_chars.next()) {
        if letter.is_ascii_lowercase()
            && !next.is_some_and(|c| c.is_ascii_alphabetic() || c == '&' || c == '.')
        {
            end += 1;
        }
    }
    let section = after[..end].trim_end_matches('.').to_string();
    let (subdivisions, rest) = take_subdivisions(&after[end..], typed)?;
    let words = code_words(&format!("{} {}", &text[..start], rest));
    let code = match words.as_str() {
        "" => None,
        w => Some(
            CA_CODE_SPELLINGS
                .iter()
                .find(|(_, spellings)| spellings.contains(&w))
                .map(|(code, _)| *code)
                .ok_or_else(|| StatuteError::UnknownCode(w.to_string()))?,
        ),
    };
    Ok(StatuteRef::California { code, section, subdivisions })
}

/// Reads `(a)(1)(A)` (spaces allowed between groups); returns the parts and what follows.
fn take_subdivisions<'a>(mut rest: &'a str, typed: &str) -> Result<(Vec<String>, &'a str), StatuteError> {
    let mut parts = Vec::new();
    loop {
        let trimmed = rest.trim_start();
        let Some(inner) = trimmed.strip_prefix('(') else { return Ok((parts, rest)) };
        let close = inner.find(')').ok_or_else(|| StatuteError::BadSubdivision(typed.trim().to_string()))?;
        let part = inner[..close].trim();
        if part.is_empty() || !part.chars().all(|c| c.is_ascii_alphanumeric()) {
            return Err(StatuteError::BadSubdivision(typed.trim().to_string()));
        }
        parts.push(part.to_string());
        rest = &inner[close + 1..];
    }
}

/// Folds the words around a section number into one key: "Cal. Penal Code" → "penal",
/// "H & S" → "h&s", "Veh. Code" → "veh", "Health and Safety Code" → "healthandsafety".
fn code_words(text: &str) -> String {
    const NOISE: &[&str] = &["cal", "calif", "california", "sec", "section", "ann", "annotated"];
    let folded: String = text
        .split(|c: char| c.is_whitespace() || c == '.' || c == ',')
        .filter(|w| !w.is_empty() && !NOISE.contains(w))
        .collect();
    let folded = folded.strip_suffix("code").unwrap_or(&folded);
    folded.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ca(typed: &str) -> String {
        parse_statute(typed, Jurisdiction::Ca).unwrap_or_else(|e| panic!("{typed}: {e}")).to_string()
    }
    fn il(typed: &str) -> String {
        parse_statute(typed, Jurisdiction::Il).unwrap_or_else(|e| panic!("{typed}: {e}")).to_string()
    }

    #[test]
    fn every_spelling_in_the_contract_names_the_same_section() {
        for typed in ["PC 273.5", "273.5 PC", "Cal. Penal Code § 273.5", "penal code 273.5", "P.C. 273.5"] {
            assert_eq!(ca(typed), "PC 273.5", "{typed}");
        }
        assert_eq!(ca("273.5(a) PC"), "PC 273.5(a)");
        assert_eq!(ca("HS 11377"), "HS 11377");
        assert_eq!(ca("H&S 11377(a)"), "HS 11377(a)");
        assert_eq!(ca("VC 23152(b)"), "VC 23152(b)");
        assert_eq!(il("720 ILCS 5/12-3.2"), "720 ILCS 5/12-3.2");
    }

    #[test]
    fn code_abbreviations_people_type() {
        for (typed, want) in [
            ("HSC 11350", "HS 11350"),
            ("Health & Safety Code 11350(a)", "HS 11350(a)"),
            ("Health and Safety Code section 11350", "HS 11350"),
            ("Veh. Code 23152 (a)", "VC 23152(a)"),
            ("vehicle code 10851", "VC 10851"),
            ("B&P 25620", "BP 25620"),
            ("Bus. & Prof. Code § 4060", "BP 4060"),
            ("W&I 10980(c)(2)", "WI 10980(c)(2)"),
            ("pc245(a)(1)", "PC 245(a)(1)"),
            ("  PC   243(e)(1)  ", "PC 243(e)(1)"),
            ("273.5", "273.5"),
            ("PC 273a(a)", "PC 273a(a)"),
            ("273d PC", "PC 273d"),
            ("Penal Code 653m", "PC 653m"),
            ("273.5pc", "PC 273.5"),
            ("P.C.273.5", "PC 273.5"),
            ("PC 484/488", "PC 484"),
            ("484/488 PC", "PC 484"),
        ] {
            assert_eq!(ca(typed), want, "{typed}");
        }
    }

    #[test]
    fn illinois_forms() {
        assert_eq!(il("720-5/12-3.2"), "720 ILCS 5/12-3.2");
        assert_eq!(il("5/12-3.2"), "5/12-3.2");
        assert_eq!(il("720 ILCS 570/402(c)"), "720 ILCS 570/402(c)");
        assert_eq!(il("570/402(c)"), "570/402(c)");
        assert_eq!(il("720 ILCS 5/12C-5"), "720 ILCS 5/12c-5");
        assert_eq!(il("625 ILCS 5/11-501(a)(2)"), "625 ILCS 5/11-501(a)(2)");
        assert_eq!(il("720 ilcs 5/16-1 (a)(1)(A)"), "720 ILCS 5/16-1(a)(1)(a)");
    }

    #[test]
    fn subdivisions_keep_their_order_in_lower_case() {
        let parsed = parse_statute("PC 245(A)(1)", Jurisdiction::Ca).unwrap();
        let StatuteRef::California { code, section, subdivisions } = parsed else { panic!("not CA") };
        assert_eq!((code, section.as_str()), (Some(CaCode::Penal), "245"));
        assert_eq!(subdivisions, vec!["a".to_string(), "1".to_string()]);
    }

    #[test]
    fn bad_input_says_what_is_wrong() {
        assert_eq!(parse_statute("   ", Jurisdiction::Ca), Err(StatuteError::Empty));
        assert_eq!(
            parse_statute("penal code", Jurisdiction::Ca),
            Err(StatuteError::NoSection("penal code".into()))
        );
        assert_eq!(parse_statute("XYZ 12", Jurisdiction::Ca), Err(StatuteError::UnknownCode("xyz".into())));
        assert!(matches!(parse_statute("PC 245(a", Jurisdiction::Ca), Err(StatuteError::BadSubdivision(_))));
        assert!(matches!(
            parse_statute("PC 245(a-1)", Jurisdiction::Ca),
            Err(StatuteError::BadSubdivision(_))
        ));
        assert!(matches!(
            parse_statute("720 ILCS 5/12-3.2", Jurisdiction::Ca),
            Err(StatuteError::WrongJurisdiction { .. })
        ));
        assert!(matches!(
            parse_statute("PC 273.5", Jurisdiction::Il),
            Err(StatuteError::WrongJurisdiction { .. })
        ));
        let msg = parse_statute("XYZ 12", Jurisdiction::Ca).unwrap_err().to_string();
        assert!(msg.contains("xyz") && msg.contains("PC"), "{msg}");
    }
}
