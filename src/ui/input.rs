//! What the fields are given, made safe to keep, to read and to show. A field holds any
//! text a keyboard, a paste or a script can put there: ten thousand characters, markup,
//! emoji, right-to-left overrides, zero-width characters. Here it is clipped (a statute is
//! never longer than [`MAX_STATUTE_CHARS`] characters), read without the invisible
//! characters a copy from a document brings along, and shown isolated, so that a
//! right-to-left override typed in a field cannot turn the sentence around it backwards.
//! Character by character, never at a byte offset: nothing here can split a character.

use crate::engine::case::MAX_STATUTE_CHARS;

/// A statute field's text as kept: at most [`MAX_STATUTE_CHARS`] characters (the input's
/// `maxlength` says the same, but a script or some pastes go around it).
pub fn statute(mut text: String) -> String {
    let kept = crate::lang::clip(&text, MAX_STATUTE_CHARS).0.len();
    text.truncate(kept);
    text
}

/// Characters that take no room and change nothing a reader sees, or only the direction of
/// what follows: zero-width spaces and joiners, the byte-order mark, soft hyphens, variation
/// selectors, and the bidirectional marks, embeddings, overrides and isolates.
pub fn is_invisible(c: char) -> bool {
    matches!(c,
        '\u{00AD}' | '\u{034F}' | '\u{061C}' | '\u{180E}' | '\u{200B}'..='\u{200F}'
        | '\u{2060}'..='\u{2064}' | '\u{FE00}'..='\u{FE0F}' | '\u{FEFF}')
        || is_bidi_control(c)
}

/// The bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069):
/// each changes the direction of what follows it, up to the end of the paragraph.
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// The text as it is read (a statute looked up, a number or date parsed): without invisible
/// characters and without spaces at either end. "\u{FEFF}PC 273.5\u{200B}" reads as
/// "PC 273.5", as the reader sees it. A joiner or variation selector inside an emoji or a
/// word of another script (between characters that are not ASCII) stays: it is part of
/// what the reader sees there ("👮‍♀️").
pub fn readable(text: &str) -> String {
    let mut visible = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        let after_wide = visible.chars().next_back().is_some_and(|p| !p.is_ascii());
        let keep = match c {
            '\u{200C}' | '\u{200D}' => after_wide && chars.peek().is_some_and(|n| !n.is_ascii() && !is_invisible(*n)),
            '\u{FE00}'..='\u{FE0F}' => after_wide,
            c => !is_invisible(c),
        };
        if keep {
            visible.push(c);
        }
    }
    match visible.trim() {
        t if t.len() == visible.len() => visible,
        t => t.to_string(),
    }
}

/// Text the user typed, for a sentence of the app: isolated (U+2068 … U+2069), so Arabic or
/// Hebrew keeps its own direction and the app's sentence around it keeps its own, and with
/// no direction control of its own, which could end the isolate early or reverse it.
/// Joiners stay: an emoji or a Persian word needs them.
pub fn shown(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 6);
    out.push('\u{2068}');
    out.extend(text.chars().filter(|c| !is_bidi_control(*c)));
    out.push('\u{2069}');
    out
}

/// How much of a typed text a message repeats: enough to recognise it.
pub const QUOTED_CHARS: usize = 60;

/// Typed text repeated in a message ("… is not a code section Padilla can read"): as
/// [`shown`], and past [`QUOTED_CHARS`] characters cut with an ellipsis, so the message's
/// own words stay on the screen.
pub fn quoted(text: &str) -> String {
    match crate::lang::clip(text, QUOTED_CHARS) {
        (start, true) => shown(&format!("{start}…")),
        (whole, false) => shown(whole),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_statute_is_clipped_by_characters_never_inside_one() {
        assert_eq!(statute("PC 273.5".into()), "PC 273.5");
        assert_eq!(statute("A".repeat(10_000)).chars().count(), MAX_STATUTE_CHARS);
        // Four bytes a character: a byte offset would split one.
        let emoji = statute("🚔".repeat(MAX_STATUTE_CHARS + 1));
        assert_eq!(emoji.chars().count(), MAX_STATUTE_CHARS);
        assert!(emoji.chars().all(|c| c == '🚔'));
        let mixed = statute(format!("{}é👮‍♀️", "a".repeat(MAX_STATUTE_CHARS - 1)));
        assert_eq!(mixed.chars().count(), MAX_STATUTE_CHARS);
        assert!(mixed.ends_with('é'));
    }

    #[test]
    fn reading_drops_what_cannot_be_seen() {
        assert_eq!(readable("\u{200B}PC\u{200D} 273.5\u{FEFF}"), "PC 273.5");
        assert_eq!(readable("  364 "), "364");
        assert_eq!(readable("\u{202E}365"), "365");
        assert_eq!(readable("\u{200B}\u{FEFF}"), "");
        // What can be seen stays, emoji and their joiners included.
        assert_eq!(readable("👮‍♀️🚔"), "👮‍♀️🚔");
        assert_eq!(readable("PC\u{200D}\u{FE0F} 273.5"), "PC 273.5");
        assert_eq!(readable("عربي"), "عربي");
    }

    #[test]
    fn shown_text_is_isolated_and_cannot_close_its_isolate_early() {
        assert_eq!(shown("PC 1"), "\u{2068}PC 1\u{2069}");
        let s = shown("\u{2069}\u{202E}PC 273.5");
        assert_eq!(s, "\u{2068}PC 273.5\u{2069}");
        assert!(!shown("\u{202E}x").contains('\u{202E}'));
        assert_eq!(shown("👮‍♀️"), "\u{2068}👮‍♀️\u{2069}", "the emoji as typed");
    }

    #[test]
    fn a_message_quotes_the_beginning_of_a_long_text() {
        assert_eq!(quoted("PC 273.9"), "\u{2068}PC 273.9\u{2069}");
        let q = quoted(&"🚔".repeat(1_000));
        assert_eq!(q.chars().count(), QUOTED_CHARS + 3, "60 characters, the ellipsis and the isolate");
        assert!(q.ends_with("…\u{2069}"));
    }
}
