//! The law: pure, total, no web dependency, tested natively.
//!
//! The engine reads a [`case::Case`] (already parsed at the edge by [`crate::contract`])
//! and says what each conviction does under federal immigration law, with the reason and
//! the authority for every conclusion. It reads no clock (`as_of` is an input), performs no
//! I/O and never panics.

/// Declares an enum whose variants have a fixed wire code (the contract's spelling), with
/// `ALL`, `code()` and `from_code()`. The engine's logic uses the variants; only the edges
/// (JSON, data files) use the codes.
macro_rules! coded_enum {
    ($(#[$m:meta])* pub enum $name:ident {
        $($(#[$vm:meta])* $variant:ident = $code:literal),+ $(,)?
    }) => {
        $(#[$m])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name { $($(#[$vm])* $variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The contract's spelling of this value.
            pub fn code(self) -> &'static str {
                match self { $($name::$variant => $code),+ }
            }

            /// Parses the contract's spelling; `None` for anything else.
            pub fn from_code(code: &str) -> Option<Self> {
                match code { $($code => Some($name::$variant),)+ _ => None }
            }

            /// "one of a, b, c": for error messages that list what is accepted.
            pub fn expected() -> String {
                let codes: Vec<&str> = Self::ALL.iter().map(|v| v.code()).collect();
                format!("one of {}", codes.join(", "))
            }
        }
    };
}

pub mod case;
pub mod citation;
pub mod conviction;
pub mod date;
pub mod outcome;
pub mod reason;
