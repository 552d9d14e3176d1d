//! The catalogue: each key with its Dutch and English text, kept by screen in the modules
//! below. Placeholders are `{name}`; the test in `i18n/mod.rs` fails when a key lacks a language
//! or the two disagree on placeholders.
//!
//! Every screen's module defines a macro that adds its texts to the ones gathered so far and
//! passes them on; the last in the chain, `catalogue!`, makes the one `Key` enum. Each module's
//! macro also makes that module's own lookup (`table!`). The first screen's texts are looked up
//! directly; the other screens' texts are a piece of their own in release builds (see
//! `src/pieces.rs`), which every other piece waits for, so the first load does not carry them.

#[macro_use]
mod shell;
#[macro_use]
mod sessions;
#[macro_use]
mod start;
#[macro_use]
mod intake;
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
mod agreement;
#[macro_use]
mod letters;
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
    };
}

/// One module's lookup: its keys' (Dutch, English) texts, `None` for any other key.
macro_rules! table {
    ($name:ident ; $($key:ident => ($nl:expr, $en:expr),)*) => {
        fn $name(key: Key) -> Option<(&'static str, &'static str)> {
            match key {
                $(Key::$key => Some(($nl, $en)),)*
                #[allow(unreachable_patterns)]
                _ => None,
            }
        }
    };
}

shell_texts! { sessions_texts start_texts intake_texts interview_texts overview_texts panel_texts agreement_texts letters_texts planning_texts report_texts export_texts lenses_texts library_texts data_texts findings_texts catalogue ; }

shell_texts! { table shell ; }
sessions_texts! { table sessions ; }
start_texts! { table start ; }
findings_texts! { table findings ; }
export_texts! { table export ; }
intake_texts! { table intake ; }
interview_texts! { table interview ; }
overview_texts! { table overview ; }
panel_texts! { table panel ; }
agreement_texts! { table agreement ; }
letters_texts! { table letters ; }
planning_texts! { table planning ; }
report_texts! { table report ; }
lenses_texts! { table lenses ; }
library_texts! { table library ; }
data_texts! { table data ; }

/// A lookup of texts by key.
pub type Table = fn(Key) -> Option<(&'static str, &'static str)>;

/// The texts the first screen needs: its frame, the list and the notices. The export form
/// comes in a piece (which brings the texts), and findings are worded only after the texts
/// have arrived (see `pieces::screen_texts`).
fn first_screen(key: Key) -> Option<(&'static str, &'static str)> {
    shell(key).or_else(|| sessions(key)).or_else(|| start(key))
}

/// The texts of every other screen: in release builds the piece of texts.
pub fn other_screens(key: Key) -> Option<(&'static str, &'static str)> {
    findings(key)
        .or_else(|| export(key))
        .or_else(|| intake(key))
        .or_else(|| interview(key))
        .or_else(|| overview(key))
        .or_else(|| panel(key))
        .or_else(|| agreement(key))
        .or_else(|| letters(key))
        .or_else(|| planning(key))
        .or_else(|| report(key))
        .or_else(|| lenses(key))
        .or_else(|| library(key))
        .or_else(|| data(key))
}

/// (Dutch, English) for `key`.
pub(in crate::i18n) fn texts(key: Key) -> (&'static str, &'static str) {
    first_screen(key)
        .or_else(|| arrived::other_screens(key))
        .unwrap_or(("", ""))
}

/// Where the other screens' texts come from: linked in, or the piece once it has arrived.
#[cfg(not(all(feature = "split", not(debug_assertions))))]
mod arrived {
    use super::{Key, Table};

    pub fn other_screens(key: Key) -> Option<(&'static str, &'static str)> {
        super::other_screens(key)
    }

    pub fn register(_: Table) {}
}

#[cfg(all(feature = "split", not(debug_assertions)))]
mod arrived {
    use super::{Key, Table};
    use std::cell::Cell;

    thread_local! {
        static OTHER_SCREENS: Cell<Option<Table>> = const { Cell::new(None) };
    }

    pub fn other_screens(key: Key) -> Option<(&'static str, &'static str)> {
        match OTHER_SCREENS.with(Cell::get) {
            Some(table) => table(key),
            None => {
                // Every piece waits for the texts; a screen that asks earlier is a bug the
                // end-to-end tests' console guard reports.
                web_sys::console::error_1(
                    &"Interviewgids: a text was asked for before the screens' texts arrived".into(),
                );
                None
            }
        }
    }

    pub fn register(table: Table) {
        OTHER_SCREENS.with(|t| t.set(Some(table)));
    }
}

/// Takes the other screens' texts in (the piece hands them over when it arrives).
pub fn register(table: Table) {
    arrived::register(table);
}
