//! The law: pure, total, no web dependency, tested natively.
//!
//! The engine reads a [`case::Case`] (already parsed at the edge by [`crate::contract`])
//! and says what each conviction does under federal immigration law, with the reason and
//! the authority for every conclusion. It reads no clock (`as_of` is an input), performs no
//! I/O and never panics.

/// Declares an enum whose variants have a fixed wire code (the contract's spelling), with
/// `ALL`, `code()` and `from_code()`. The engine's logic uses the variants; only the edges
/// (JSON, data files) use the codes.
pub mod case;
pub mod citation;
pub mod conviction;
pub mod date;
pub mod outcome;
pub mod params;
pub mod reason;
