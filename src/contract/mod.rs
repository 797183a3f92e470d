//! The exchange format of `assessment-v1` (`shared/contract/assessment-v1.md`): JSON
//! parsed at the edge into the engine's types, and the engine's results written back.
//!
//! Every input error names the field and what was wrong
//! (`convictions[0].sentence_days: must be a whole number of days, 0 or more`); nothing
//! here panics, and a bad field never yields a partial Case.

mod case_in;

pub use crate::read::InputError;
pub use case_in::parse_case;

/// The contract version this build implements.
pub const SCHEMA_VERSION: u64 = 1;
