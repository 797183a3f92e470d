//! The app's components rendered to HTML natively with Yew's server-side renderer: what a
//! reader would see for real answers, in both languages, without a browser.
#![cfg(not(target_arch = "wasm32"))]

use std::future::Future;
use std::sync::Arc;
use std::task::{Context, Poll, Wake};

use padilla::engine::case::Status;
use padilla::lang::Lang;
use padilla::ui::components::{facts, result, statute_combobox};
use padilla::ui::state::{catalog, nothing_triggered, Action, SentenceSide, State, Step};
use yew::{Callback, LocalServerRenderer};

/// Runs a future to completion on this thread (the renderer needs no runtime).
fn block_on<F: Future>(f: F) -> F::Output {
    struct Unpark(std::thread::Thread);
    impl Wake for Unpark {
        fn wake(self: Arc<Self>) {
            self.0.unpark();
        }
    }
    let waker = Arc::new(Unpark(std::thread::current())).into();
    let mut cx = Context::from_waker(&waker);
    let mut f = std::pin::pin!(f);
    loop {
        match f.as_mut().poll(&mut cx) {
            Poll::Ready(v) => return v,
            Poll::Pending => std::thread::park(),
        }
    }
}

fn checked(lang: Lang, statute: &str, status: Status) -> State {
    State::default()
        .apply(Action::SetLang(lang))
        .apply(Action::SetStatus(status))
        .apply(Action::SetQuery(statute.into()))
        .apply(Action::Submit)
}

fn render_result(state: &State) -> String {
    let props = result::Props {
        lang: state.lang,
        plain: state.plain,
        as_of: state.as_of,
        checked: state.checked.clone().expect("a check was made"),
        open_why: state.open_why.clone(),
        on_toggle: Callback::noop(),
        on_open: Callback::noop(),
    };
    block_on(LocalServerRenderer::<result::ResultSection>::with_props(props).render())
}

/// The HTML of the row whose opening tag holds `attr`, to the end of its component.
fn row<'a>(html: &'a str, attr: &str) -> &'a str {
    let at = html.find(attr).unwrap_or_else(|| panic!("no {attr} in {html}"));
    let start = html[..at].rfind("<li").unwrap();
    let end = html[at..].find("ground_row::GroundRow]>-->").map(|e| at + e).unwrap_or(html.len());
    &html[start..end]
}

/// The text of `html`, tags removed.
fn text(html: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => {
                in_tag = false;
                out.push(' ');
            }
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    out
}

#[test]
fn pc_273_5_triggers_the_domestic_violence_ground_and_says_why() {
    let state =
        checked(Lang::En, "PC 273.5", Status::Unknown).apply(Action::ToggleWhy("g-domestic_violence".into()));
    let html = render_result(&state);
    let dv = row(&html, "data-ground=\"domestic_violence\"");
    assert!(dv.contains("data-grade=\"yes\""), "{dv}");
    assert!(dv.contains("Triggers"), "the grade's word is visible text: {dv}");
    assert!(dv.contains("237(a)(2)(E)(i)"), "the why panel cites the ground: {dv}");
    assert!(dv.contains("class=\"why\"") && dv.contains("aria-expanded=\"true\""), "{dv}");
    assert!(dv.contains("aria-controls=\"why-g-domestic_violence\""), "{dv}");
    assert!(dv.contains("id=\"why-g-domestic_violence\""), "{dv}");
    assert!(html.contains("id=\"result-title\""));
    assert!(text(&html).contains("PC 273.5"));
    assert_eq!(html.matches("class=\"ground-row\"").count(), 8, "one row per ground");
    // Status unknown: a column for a permanent resident and one for an undocumented person.
    assert_eq!(html.matches("class=\"person-column\"").count(), 2, "{html}");
    assert!(html.contains("data-status=\"lpr\""), "{html}");
    assert!(html.contains("data-status=\"undocumented\""));
    assert!(html.contains("If a permanent resident") && html.contains("If undocumented"));
    assert!(html.contains("data-subject=\"deportable\""));
    assert!(html.contains("data-subject=\"mandatory_detention\""));
    assert!(html.contains("data-subject=\"lpr_cancellation\""), "LPR relief at stake");
    assert!(html.contains("data-subject=\"non_lpr_cancellation\""), "non-LPR relief at stake");
    assert!(!html.contains("id=\"nothing-triggered\""));
}

#[test]
fn the_ground_rows_follow_the_engines_grades_in_order() {
    let state = checked(Lang::En, "PC 273.5", Status::Lpr);
    let answer = state.checked.as_ref().unwrap().answer.as_ref().unwrap();
    let html = render_result(&state);
    let mut last = 0;
    for (g, grade) in padilla::engine::outcome::Ground::ALL.iter().zip(&answer.main.convictions[0].grounds) {
        let attr = format!("data-ground=\"{}\"", g.code());
        let at = html.find(&attr).unwrap();
        assert!(at > last, "{g:?} out of order");
        last = at;
        assert!(row(&html, &attr).contains(&format!("data-grade=\"{}\"", grade.code())), "{g:?}");
    }
    assert_eq!(html.matches("class=\"person-column\"").count(), 1, "a known status: one column");
}

#[test]
fn an_open_why_panel_is_not_hidden_and_its_button_says_so() {
    let state = checked(Lang::En, "PC 273.5", Status::Lpr).apply(Action::ToggleWhy("g-cimt".into()));
    let html = render_result(&state);
    let cimt = row(&html, "data-ground=\"cimt\"");
    assert!(cimt.contains("aria-expanded=\"true\""), "{cimt}");
    let panel_tag = |id: &str| {
        let at = html.find(&format!("<div id=\"{id}\"")).unwrap();
        html[at..at + html[at..].find('>').unwrap()].to_string()
    };
    assert!(!panel_tag("why-g-cimt").contains("hidden"), "{}", panel_tag("why-g-cimt"));
    assert!(panel_tag("why-g-domestic_violence").contains("hidden"), "closed panels stay hidden");
    // The printed advice record (hidden on screen) holds every reason; the screen does not.
    let screen = &html[html.find("id=\"result-title\"").unwrap()..];
    assert!(!screen.contains("237(a)(2)(E)(i)"), "a closed panel holds no text: only CIMT is open");
}

/// English words of the app's own labels that must not appear on a Spanish page.
const ENGLISH_LABELS: &[&str] = &[
    "Triggers",
    "Likely triggers",
    "Risk: depends",
    "Does not trigger",
    "Why?",
    "What this conviction",
    "What it means",
    "Crime of domestic violence",
    "Aggravated felony",
    "Deportability",
    "Mandatory detention",
    "Rests on",
    "Authority",
    "Sources",
    "confidence",
    "Entry reviewed",
    "If a permanent resident",
    "If undocumented",
    "Safer alternatives",
    "Avoids:",
    "Lowers the risk",
    "Still risks",
    "Keep in mind",
    "Barred",
    "At risk",
    "Not barred",
    "not in Padilla's catalog",
];

#[test]
fn the_spanish_answer_has_no_english_label_words() {
    for statute in ["PC 273.5", "PC 459", "HS 11350", "PC 999"] {
        for status in [Status::Unknown, Status::Lpr] {
            let html = render_result(&checked(Lang::Es, statute, status));
            let shown = text(&html);
            for word in ENGLISH_LABELS {
                assert!(
                    !shown.contains(word),
                    "{statute} {status:?}: {word:?} in the Spanish page:\n{shown}"
                );
            }
            assert!(shown.contains("¿Por qué?"));
        }
    }
    let html = render_result(&checked(Lang::Es, "PC 273.5", Status::Unknown));
    assert!(html.contains("Activa") && html.contains("Si es residente permanente"));
}

#[test]
fn an_answer_with_nothing_triggered_says_the_designed_line() {
    let c = catalog().unwrap();
    let quiet = c.offenses.iter().find_map(|o| {
        let s = State::default().apply(Action::Pick(o.id.clone()));
        let answer = s.checked.as_ref()?.answer.as_ref().ok()?;
        nothing_triggered(&answer.all()).then_some(s)
    });
    let state = quiet.expect("the catalog has an offense that triggers nothing for either status");
    let html = render_result(&state);
    assert!(
        text(&html).contains(
            "No ground listed here is triggered under current law on the facts entered. This is not legal advice."
        ),
        "{html}"
    );
    assert!(html.matches("data-grade=\"no\"").count() >= 8);
    let es = render_result(&state.apply(Action::SetLang(Lang::Es)));
    assert!(text(&es).contains(
        "Ninguna causal de esta lista se activa según la ley vigente con los hechos indicados. Esto no es asesoría legal."
    ));
}

#[test]
fn an_unknown_statute_says_so_and_offers_nearby_entries() {
    let html = render_result(&checked(Lang::En, "PC 273.9", Status::Unknown));
    assert!(
        text(&html).contains(
            // The statute as typed, isolated (U+2068 … U+2069) from the sentence around it.
            "\u{2068}PC 273.9\u{2069} is not in Padilla's catalog. Every ground is graded 'Risk' until a lawyer analyses it."
        ),
        "{html}"
    );
    assert!(html.contains("class=\"suggestion\"") && html.contains("data-offense-id="), "{html}");
    assert!(html.matches("class=\"suggestion\"").count() <= 5);
    assert!(html.matches("data-grade=\"possible\"").count() >= 8, "every ground a risk");
}

#[test]
fn alternatives_are_cards_with_buttons_that_name_the_offense() {
    let state = checked(Lang::En, "PC 273.5", Status::Lpr);
    let conviction = &state.checked.as_ref().unwrap().answer.as_ref().unwrap().main.convictions[0];
    let html = render_result(&state);
    if conviction.alternatives.is_empty() {
        assert!(!html.contains("id=\"alternatives\""));
        return;
    }
    assert!(html.contains("id=\"alternatives\""));
    let first = &conviction.alternatives[0];
    let (offense, _) = catalog().unwrap().get_plea(&first.offense_id).unwrap();
    assert!(html.contains("class=\"alternative\""), "{html}");
    assert!(html.contains(&format!("data-offense-id=\"{}\"", offense.id)), "{html}");
    assert!(text(&html).contains(&offense.citation));
}

#[test]
fn the_combobox_carries_its_aria_wiring() {
    let state =
        State::default().apply(Action::SetQuery("PC 273".into())).apply(Action::Highlight(Step::Next));
    let props = statute_combobox::Props {
        lang: Lang::En,
        id: "statute".into(),
        with_jurisdiction: true,
        jurisdiction: state.jurisdiction,
        query: state.query.clone(),
        options: state.options.clone(),
        expanded: state.expanded,
        active: state.active_option(),
        error: None,
        on_jurisdiction: Callback::noop(),
        on_input: Callback::noop(),
        on_key: Callback::noop(),
        on_pick: Callback::noop(),
    };
    let html = block_on(LocalServerRenderer::<statute_combobox::StatuteCombobox>::with_props(props).render());
    for attr in [
        "id=\"statute\"",
        "role=\"combobox\"",
        "aria-autocomplete=\"list\"",
        "aria-expanded=\"true\"",
        "aria-controls=\"statute-options\"",
        "aria-activedescendant=\"statute-option-0\"",
        "id=\"statute-options\"",
        "role=\"listbox\"",
        "role=\"option\"",
        "id=\"statute-option-0\"",
        "aria-selected=\"true\"",
        "placeholder=\"PC 273.5\"",
        "maxlength=\"200\"",
        "<label for=\"statute\"",
        "id=\"jurisdiction\"",
    ] {
        assert!(html.contains(attr), "{attr} missing in {html}");
    }
    assert!(!html.contains("aria-invalid"));
}

#[test]
fn the_sentence_hint_says_which_side_of_the_line_a_number_is_on() {
    let render = |state: &State, lang: Lang| {
        let props = facts::Props {
            lang,
            sentence: state.sentence.clone(),
            sentence_days: state.sentence_days,
            side: state.sentence_side(),
            unread: state.sentence_unread(),
            level: state.level,
            status: state.status,
            perspective: state.perspective,
            on_sentence: Callback::noop(),
            on_level: Callback::noop(),
            on_status: Callback::noop(),
            on_perspective: Callback::noop(),
        };
        text(&block_on(LocalServerRenderer::<facts::Facts>::with_props(props).render()))
    };
    let empty = State::default();
    assert!(render(&empty, Lang::En).contains("Not set yet: the answer shows what each length would do"));
    assert!(render(&empty, Lang::En)
        .contains("364 days or less / 365 days or more: one year is the line for many aggravated felonies"));
    let below = empty.apply(Action::SetSentence("364".into()));
    assert_eq!(below.sentence_side(), Some(SentenceSide::Below));
    assert!(render(&below, Lang::En).contains("364 days: 364 days or less"));
    let above = empty.apply(Action::SetSentence("365".into()));
    assert!(render(&above, Lang::Es).contains("365 días: 365 días o más"));
    // A number that does not read: the field named, in both languages, never a side.
    for value in ["-5", "365.5", "1e309", "99999999999999999999", "<img src=x onerror=alert(1)>"] {
        let wrong = empty.apply(Action::SetSentence(value.into()));
        let en = render(&wrong, Lang::En);
        assert!(en.contains("Sentence ordered, in days (suspended time included): write a whole number of days"), "{value}: {en}");
        assert!(en.contains("treats the sentence as not set"), "{en}");
        assert!(!en.contains("365 days or more,") && !en.contains("Not set yet"), "{en}");
        let es = render(&wrong, Lang::Es);
        assert!(es.contains("Sentencia impuesta, en días (incluido el tiempo suspendido): escriba un número entero de días"), "{es}");
    }
    let props = facts::Props {
        lang: Lang::En,
        sentence: "-5".into(),
        sentence_days: None,
        side: None,
        unread: true,
        level: None,
        status: Status::Unknown,
        perspective: padilla::engine::case::Perspective::PleaPlanning,
        on_sentence: Callback::noop(),
        on_level: Callback::noop(),
        on_status: Callback::noop(),
        on_perspective: Callback::noop(),
    };
    let html = block_on(LocalServerRenderer::<facts::Facts>::with_props(props).render());
    assert!(html.contains("aria-invalid=\"true\""), "{html}");
    assert!(html.contains("class=\"sentence-side field-error\""), "{html}");
}

#[test]
fn a_statute_that_does_not_read_is_quoted_isolated_and_short() {
    let long = format!("\u{202E}<img src=x onerror=alert(1)>{}", "A".repeat(10_000));
    let state = State::default().apply(Action::SetQuery(long)).apply(Action::Submit);
    let error = padilla::ui::i18n::summary(Lang::En, state.checked.as_ref().unwrap());
    assert!(error.contains("\u{2068}<img src=x onerror=alert(1)>AAA"), "{error}");
    assert!(error.contains("…\u{2069} "), "cut short and isolated: {error}");
    assert!(!error.contains('\u{202E}'), "the override is not repeated: {error}");
    assert!(error.chars().count() < 250, "{error}");
}

#[test]
fn the_whole_page_renders_with_its_landmarks_and_no_result_yet() {
    let html = block_on(LocalServerRenderer::<padilla::ui::App>::new().render());
    for attr in [
        "<form id=\"quick-check\"",
        "id=\"check\" type=\"submit\"",
        "id=\"clear\" type=\"button\"",
        "<details id=\"facts\"",
        "id=\"sentence-days\" name=\"sentence-days\" type=\"text\" inputmode=\"numeric\"",
        "id=\"level\"",
        "id=\"status\"",
        "id=\"perspective\"",
        "id=\"announce\"",
        "role=\"status\" aria-live=\"polite\"",
        "<details id=\"data-info\"",
        padilla::DATA_VERSION,
        padilla::DATA_DATE,
    ] {
        assert!(html.contains(attr), "{attr} missing in {html}");
    }
    assert!(text(&html).contains("This is not legal advice."));
    assert!(!html.contains("id=\"result\""));
}

#[test]
fn the_live_region_summary_counts_the_grades() {
    let state = checked(Lang::En, "PC 273.5", Status::Unknown);
    let line = padilla::ui::i18n::summary(Lang::En, state.checked.as_ref().unwrap());
    assert!(line.starts_with("PC 273.5: triggers "), "{line}");
    assert!(line.contains("of 8 grounds"), "{line}");
    let es = padilla::ui::i18n::summary(Lang::Es, state.checked.as_ref().unwrap());
    assert!(es.contains("de 8 causales"), "{es}");
}

#[test]
fn a_risk_says_what_it_turns_on() {
    // PC 273.5 with no sentence yet: the aggravated felony turns on the sentence.
    let html = render_result(&checked(Lang::En, "PC 273.5", Status::Lpr));
    let af = text(row(&html, "data-ground=\"aggravated_felony\""));
    assert!(af.contains("Risk: depends on the sentence"), "{af}");
    let es = render_result(&checked(Lang::Es, "PC 273.5", Status::Lpr));
    assert!(text(row(&es, "data-ground=\"aggravated_felony\"")).contains("Riesgo: depende de la sentencia"));
}

#[test]
fn the_privacy_statement_says_what_runs_where_what_is_stored_and_what_is_sent_and_a_sharing_widget_says_so() {
    use padilla::ui::components::privacy_note::{PrivacyNote, Props};
    let render = |lang, embedded, shares_results| {
        text(&block_on(
            LocalServerRenderer::<PrivacyNote>::with_props(Props { lang, embedded, shares_results }).render(),
        ))
    };
    let app = render(Lang::En, false, false);
    for words in ["Nothing you type is sent anywhere or stored", "What runs where", "What is stored", "What is sent",
        "keeps a copy of Padilla's own files", "never what you type"] {
        assert!(app.contains(words), "{words} missing in {app}");
    }
    let widget = render(Lang::En, true, false);
    assert!(widget.contains("cannot read what you type") && !widget.contains("keeps a copy"), "{widget}");
    let sharing = render(Lang::En, true, true);
    assert!(sharing.contains("This website has chosen to receive each result"), "{sharing}");
    assert!(!sharing.contains("Nothing you type is sent"), "a sharing widget never promises that nothing is sent: {sharing}");
    let es = render(Lang::Es, true, true);
    assert!(es.contains("Este sitio web eligió recibir cada resultado") && es.contains("Qué se envía"), "{es}");
}

#[test]
fn a_new_version_is_offered_with_a_reload_that_says_it_clears_the_screen() {
    use padilla::ui::components::update_notice::{Props, UpdateNotice};
    let html = block_on(LocalServerRenderer::<UpdateNotice>::with_props(Props { lang: Lang::Es }).render());
    assert!(html.contains("role=\"status\""), "{html}");
    assert!(html.contains("id=\"update-reload\""), "{html}");
    assert!(text(&html).contains("al recargar se borra lo que está en la pantalla"), "{html}");
    // Nothing about an update until the page says one is ready.
    let page = block_on(LocalServerRenderer::<padilla::ui::App>::new().render());
    assert!(!page.contains("update-notice"));
}
