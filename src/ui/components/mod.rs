//! One small function component per file; each renders the plain props it is given and
//! reports what the user did through callbacks. None decides law.

pub mod advice_record;
pub mod alternatives;
pub mod case_screen;
pub mod compare_screen;
pub mod data_info;
pub mod data_notice;
pub mod facts;
pub mod footer;
pub mod grade_badge;
pub mod ground_row;
pub mod header;
pub mod other_side_summary;
pub mod person_column;
pub mod print_button;
pub mod privacy_note;
pub mod prosecutor_screen;
pub mod questions;
pub mod record_advice;
pub mod result;
pub mod screen_tabs;
pub mod statute_combobox;
pub mod unknown_offense;
pub mod update_notice;
pub mod warnings;
pub mod why_panel;

/// An ARIA boolean.
pub fn aria(b: bool) -> &'static str {
    if b {
        "true"
    } else {
        "false"
    }
}
