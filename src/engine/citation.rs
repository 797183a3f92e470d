//! Citations: the statute and the leading case a defender can repeat to a judge.
//!
//! An INA section renders with its U.S. Code twin, as lawyers expect:
//! `INA 237(a)(2)(E)(i) (8 U.S.C. 1227(a)(2)(E)(i))`.

use std::fmt;

/// One authority for a conclusion.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Citation {
    /// A section of the Immigration and Nationality Act, e.g. `"237(a)(2)(E)(i)"`.
    Ina(&'static str),
    /// A case, in full citation form, e.g. `"Matter of Roldan, 22 I&N Dec. 512 (BIA 1999)"`.
    Case(&'static str),
    /// A regulation, statute or other authority cited as written, e.g. `"8 C.F.R. 1003.1"`.
    Other(&'static str),
}

/// INA section numbers and their places in Title 8 of the U.S. Code (reference §0.1).
const INA_TO_USC: &[(&str, &str)] = &[
    ("101", "1101"),
    ("208", "1158"),
    ("209", "1159"),
    ("212", "1182"),
    ("235", "1225"),
    ("236", "1226"),
    ("237", "1227"),
    ("238", "1228"),
    ("239", "1229"),
    ("240A", "1229b"),
    ("240B", "1229c"),
    ("240", "1229a"),
    ("241", "1231"),
    ("242", "1252"),
    ("244", "1254a"),
    ("245", "1255"),
    ("276", "1326"),
    ("316", "1427"),
];

impl Citation {
    /// The citation as text, as [`fmt::Display`] writes it, in one allocation of the right
    /// size: every ground and relief of every assessment cites its basis.
    pub fn text(self) -> String {
        let parts = self.parts();
        let mut out = String::with_capacity(parts.iter().map(|p| p.len()).sum());
        parts.iter().for_each(|p| out.push_str(p));
        out
    }

    /// The pieces of the text, in order: `INA `, the section, ` (8 U.S.C. `, the U.S. Code
    /// section, the subdivisions, `)`; empty pieces where there is no U.S. Code twin.
    fn parts(self) -> [&'static str; 6] {
        match self {
            Citation::Ina(section) => {
                let number_len = section.find('(').unwrap_or(section.len());
                let (number, subdivisions) = section.split_at(number_len);
                match INA_TO_USC.iter().find(|(ina, _)| *ina == number) {
                    Some((_, usc)) => ["INA ", section, " (8 U.S.C. ", usc, subdivisions, ")"],
                    None => ["INA ", section, "", "", "", ""],
                }
            }
            Citation::Case(text) | Citation::Other(text) => [text, "", "", "", "", ""],
        }
    }
}

/// One authority a ground cites, kept as given and written out as text only when an
/// assessment is: a hypothetical (a possible answer or plea) never renders its citations.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Cite {
    Authority(Citation),
    /// A case or section written in the code.
    Static(&'static str),
    /// A reviewer's citation from the catalog, or one composed for the case.
    Owned(String),
}

impl Cite {
    /// The citation as text.
    pub fn text(&self) -> String {
        match self {
            Cite::Authority(c) => c.text(),
            Cite::Static(s) => (*s).to_string(),
            Cite::Owned(s) => s.clone(),
        }
    }
}

impl From<Citation> for Cite {
    fn from(c: Citation) -> Cite {
        Cite::Authority(c)
    }
}

impl From<&'static str> for Cite {
    fn from(s: &'static str) -> Cite {
        Cite::Static(s)
    }
}

impl From<String> for Cite {
    fn from(s: String) -> Cite {
        Cite::Owned(s)
    }
}

impl fmt::Display for Citation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.parts().iter().try_for_each(|p| f.write_str(p))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ina_sections_render_with_their_us_code_twin() {
        assert_eq!(
            Citation::Ina("237(a)(2)(E)(i)").to_string(),
            "INA 237(a)(2)(E)(i) (8 U.S.C. 1227(a)(2)(E)(i))"
        );
        assert_eq!(Citation::Ina("101(a)(48)(A)").to_string(), "INA 101(a)(48)(A) (8 U.S.C. 1101(a)(48)(A))");
        assert_eq!(Citation::Ina("240A(a)").to_string(), "INA 240A(a) (8 U.S.C. 1229b(a))");
        assert_eq!(Citation::Ina("240(c)(3)").to_string(), "INA 240(c)(3) (8 U.S.C. 1229a(c)(3))");
        assert_eq!(Citation::Ina("244").to_string(), "INA 244 (8 U.S.C. 1254a)");
    }

    #[test]
    fn unknown_sections_and_cases_render_as_written() {
        assert_eq!(Citation::Ina("999(a)").to_string(), "INA 999(a)");
        let roldan = "Matter of Roldan, 22 I&N Dec. 512 (BIA 1999)";
        assert_eq!(Citation::Case(roldan).to_string(), roldan);
    }

    #[test]
    fn text_is_what_display_writes() {
        for c in [
            Citation::Ina("237(a)(2)(E)(i)"),
            Citation::Ina("244"),
            Citation::Ina("999(a)"),
            Citation::Other("8 C.F.R. 1003.1"),
        ] {
            assert_eq!(c.text(), c.to_string());
        }
    }
}
