//! The languages Padilla speaks. Every user-visible text is looked up by key and language.

/// The first `n` characters of `text` (never a byte offset inside a character), and
/// whether anything was cut.
pub fn clip(text: &str, n: usize) -> (&str, bool) {
    match text.char_indices().nth(n) {
        Some((at, _)) => (&text[..at], true),
        None => (text, false),
    }
}

/// Text someone typed, as an error quotes it: in quotes, with line breaks, control, invisible
/// and direction-changing characters escaped (`\u{202e}`: the error stays one line and shows
/// what is there), cut at 60 characters (an error never repeats a megabyte).
pub fn quoted(text: &str) -> String {
    match clip(text, 60) {
        (shown, true) => format!("{shown:?}…"),
        (shown, false) => format!("{shown:?}"),
    }
}

/// A language the app and the engine's explanations are written in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    #[default]
    En,
    Es,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Es];

    /// The BCP 47 tag, for `<html lang>` and the language switch.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Es => "es",
        }
    }

    pub fn from_tag(tag: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| tag.eq_ignore_ascii_case(l.tag()))
    }
}

/// A text a person wrote (a reviewer's note, advice, a title), in every language the app
/// speaks. Catalog texts travel as `Prose`, so no English is ever pasted into Spanish. The
/// texts are shared, not copied: an explanation that quotes a note holds the same text.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Default)]
pub struct Prose {
    pub en: std::sync::Arc<str>,
    pub es: std::sync::Arc<str>,
}

impl Prose {
    pub fn new(en: impl Into<String>, es: impl Into<String>) -> Prose {
        Prose { en: en.into().into(), es: es.into().into() }
    }

    /// The text in `lang`.
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::En => &self.en,
            Lang::Es => &self.es,
        }
    }

    /// Each language's texts of `items` joined with `sep`.
    pub fn join<'a>(items: impl IntoIterator<Item = &'a Prose>, sep: &str) -> Prose {
        let items: Vec<&Prose> = items.into_iter().collect();
        Prose::new(
            items.iter().map(|p| &*p.en).collect::<Vec<_>>().join(sep),
            items.iter().map(|p| &*p.es).collect::<Vec<_>>().join(sep),
        )
    }
}

/// Declares an enum of message keys together with their English and Spanish texts, so a
/// key can never lack a translation. Texts may hold `{name}` placeholders, filled by
/// [`fill`].
///
/// ```text
/// messages! { pub enum Msg {
///     Title { en: "Padilla", es: "Padilla" },
/// } }
/// ```
#[macro_export]
macro_rules! messages {
    ($(#[$m:meta])* $vis:vis enum $name:ident {
        $($(#[$vm:meta])* $variant:ident { en: $en:expr, es: $es:expr $(,)? }),+ $(,)?
    }) => {
        $(#[$m])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        $vis enum $name { $($(#[$vm])* $variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The key's name, as the JSON output and translators see it.
            pub fn key(self) -> &'static str {
                match self { $($name::$variant => stringify!($variant)),+ }
            }

            /// The text of this message in `lang`, placeholders unfilled.
            pub fn text(self, lang: $crate::lang::Lang) -> &'static str {
                match (self, lang) {
                    $(
                        ($name::$variant, $crate::lang::Lang::En) => $en,
                        ($name::$variant, $crate::lang::Lang::Es) => $es,
                    )+
                }
            }
        }
    };
}

/// Fills `{name}` placeholders in `template` from `params`. A placeholder with no
/// parameter is left as it stands, so a missing value shows rather than vanishes.
pub fn fill(template: &str, params: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) => {
                let name = &after[..close];
                match params.iter().find(|(k, _)| *k == name) {
                    Some((_, v)) => out.push_str(v),
                    None => {
                        out.push('{');
                        out.push_str(name);
                        out.push('}');
                    }
                }
                rest = &after[close + 1..];
            }
            None => {
                out.push_str(&rest[open..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_round_trip() {
        for lang in Lang::ALL {
            assert_eq!(Lang::from_tag(lang.tag()), Some(lang));
        }
        assert_eq!(Lang::from_tag("ES"), Some(Lang::Es));
        assert_eq!(Lang::from_tag("fr"), None);
    }

    #[test]
    fn fill_replaces_known_placeholders_and_keeps_unknown_ones() {
        assert_eq!(fill("{n} days", &[("n", "364")]), "364 days");
        assert_eq!(fill("{a} and {b}", &[("a", "x")]), "x and {b}");
        assert_eq!(fill("no braces", &[]), "no braces");
        assert_eq!(fill("open { only", &[]), "open { only");
    }
}
