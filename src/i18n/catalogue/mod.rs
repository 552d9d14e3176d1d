//! The catalogue: each key with its Dutch and English text, kept by screen in the modules
//! below. Placeholders are `{name}`; the test in `i18n/mod.rs` fails when a key lacks a language
//! or the two disagree on placeholders.
//!
//! Every screen's module defines a macro that adds its texts to the ones gathered so far and
//! passes them on; the last in the chain, `catalogue!`, makes the one `Key` enum and its table.

#[macro_use]
mod shell;
#[macro_use]
mod sessions;
#[macro_use]
mod interview;
#[macro_use]
mod lenses;
#[macro_use]
mod library;
#[macro_use]
mod data;
#[macro_use]
mod findings;
#[macro_use]
mod overview;
#[macro_use]
mod panel;
#[macro_use]
mod planning;
#[macro_use]
mod report;
#[macro_use]
mod export;

macro_rules! catalogue {
    ( ; $($key:ident => ($nl:expr, $en:expr),)*) => {
        #[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
        pub enum Key { $($key),* }

        impl Key {
            pub const ALL: &'static [Key] = &[$(Key::$key),*];
        }

        /// (Dutch, English) for `key`.
        pub(in crate::i18n) fn texts(key: Key) -> (&'static str, &'static str) {
            match key { $(Key::$key => ($nl, $en)),* }
        }
    };
}

shell_texts! { sessions_texts interview_texts overview_texts panel_texts planning_texts report_texts export_texts lenses_texts library_texts data_texts findings_texts catalogue ; }
