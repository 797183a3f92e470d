//! The crate's declaration macros, shared with `build.rs`.

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

        /// In the data files, a variant's position in `ALL`.
        impl crate::pack::Pack for $name {
            fn pack(&self, w: &mut crate::pack::Writer) {
                w.byte(*self as u8);
            }
            fn unpack(r: &mut crate::pack::Reader<'_>) -> Option<Self> {
                Self::ALL.get(usize::from(r.byte()?)).copied()
            }
        }
    };
}

/// Declares a struct of the offense data together with its binary form ([`crate::pack`]):
/// each field is declared once, and packed in the order written.
macro_rules! packed {
    ($(#[$m:meta])* pub struct $name:ident {
        $($(#[$fm:meta])* pub $field:ident : $ty:ty),+ $(,)?
    }) => {
        $(#[$m])*
        pub struct $name { $($(#[$fm])* pub $field: $ty),+ }

        impl crate::pack::Pack for $name {
            fn pack(&self, w: &mut crate::pack::Writer) {
                $(crate::pack::Pack::pack(&self.$field, w);)+
            }
            fn unpack(r: &mut crate::pack::Reader<'_>) -> Option<Self> {
                Some($name { $($field: crate::pack::Pack::unpack(r)?),+ })
            }
        }
    };
}

