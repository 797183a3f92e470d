//! One small function component per file; each renders what it is given.

pub mod footer;
pub mod header;
pub mod privacy_note;
pub mod quick_check;
pub mod results;
