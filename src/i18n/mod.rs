//! The one place for user-visible texts. Every string the interface shows is a [`Key`] here,
//! with its Dutch and English text side by side. Content (competencies, lenses) carries its own
//! two languages in [`crate::domain::Text`].

mod catalogue;
mod labels;
mod letters;
mod messages;

pub use catalogue::{other_screens, register, Key, Table};
pub use labels::{
    flag_label, long_date, phase_label, reading_label, recommendation_label, scale_label,
    score_text, status_label, versus_label,
};
pub use letters::{feedback_letter, invitation_letter};
pub use messages::{
    decimal, factor, finding, icc, panel_refusal, passphrase_refusal, position_icc, storage_error,
    unreadable,
};

use crate::domain::Lang;

/// The text of `key` in `lang`.
pub fn t(lang: Lang, key: Key) -> &'static str {
    let (nl, en) = catalogue::texts(key);
    match lang {
        Lang::Nl => nl,
        Lang::En => en,
    }
}

/// The text of `key` with its `{name}` placeholders filled in.
pub fn tf(lang: Lang, key: Key, args: &[(&str, &str)]) -> String {
    let mut out = t(lang, key).to_owned();
    for (name, value) in args {
        out = out.replace(&format!("{{{name}}}"), value);
    }
    out
}

/// User text set apart from the sentence around it (Unicode first-strong isolate), so a name
/// with right-to-left characters cannot reorder or disguise the words around it.
pub fn isolate(text: &str) -> String {
    format!("\u{2068}{text}\u{2069}")
}

/// A byte count for people: "980 B", "12.3 kB" ("12,3 kB" in Dutch), "4.1 MB", "4.3 GB".
pub fn bytes(lang: Lang, bytes: usize) -> String {
    // Whole-number arithmetic: formatting floats would add their code to the binary.
    let (unit, name) = match bytes {
        b if b < 1000 => return format!("{b} B"),
        b if b < 1_000_000 => (1000, "kB"),
        b if b < 1_000_000_000 => (1_000_000, "MB"),
        _ => (1_000_000_000, "GB"),
    };
    let tenths = (bytes as u64 * 10 + unit / 2) / unit;
    let mark = match lang {
        Lang::Nl => ',',
        Lang::En => '.',
    };
    format!("{}{mark}{} {name}", tenths / 10, tenths % 10)
}

/// The `{name}` placeholders a text uses, sorted.
pub fn placeholders(text: &str) -> Vec<&str> {
    let mut names: Vec<&str> = text
        .split('{')
        .skip(1)
        .filter_map(|rest| rest.split_once('}').map(|(name, _)| name))
        .collect();
    crate::domain::order::sort(&mut names);
    names.dedup();
    names
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_key_has_both_languages_with_the_same_placeholders() {
        let mut problems = Vec::new();
        for &key in Key::ALL {
            let (nl, en) = catalogue::texts(key);
            for (lang, text) in [("nl", nl), ("en", en)] {
                if text.trim().is_empty() {
                    problems.push(format!("{key:?} has no {lang} text"));
                }
                if text != text.trim() {
                    problems.push(format!("{key:?} {lang} has stray whitespace"));
                }
            }
            if placeholders(nl) != placeholders(en) {
                problems.push(format!(
                    "{key:?}: nl uses {:?}, en uses {:?}",
                    placeholders(nl),
                    placeholders(en)
                ));
            }
        }
        assert!(problems.is_empty(), "{}", problems.join("\n"));
    }

    #[test]
    fn placeholders_are_filled_in() {
        assert_eq!(placeholders("a {x} b {y} {x}"), ["x", "y"]);
        let text = tf(
            Lang::En,
            Key::ProbOutOfRange,
            &[("found", "7"), ("min", "1"), ("max", "5")],
        );
        assert!(text.contains('7') && text.contains("from 1 to 5"), "{text}");
        assert!(!text.contains('{'), "{text}");
    }

    #[test]
    fn byte_counts_read_naturally() {
        assert_eq!(bytes(Lang::En, 980), "980 B");
        assert_eq!(bytes(Lang::En, 12_345), "12.3 kB");
        assert_eq!(bytes(Lang::Nl, 12_345), "12,3 kB");
        assert_eq!(bytes(Lang::Nl, 4_100_000), "4,1 MB");
        assert_eq!(bytes(Lang::En, 4_294_967_296), "4.3 GB");
        assert_eq!(bytes(Lang::En, 999_960), "1000.0 kB");
        assert_eq!(bytes(Lang::En, 1000), "1.0 kB");
    }

    #[test]
    fn dates_are_written_out_with_their_weekday() {
        assert_eq!(long_date(Lang::En, "2026-12-01"), "Tuesday 1 December 2026");
        assert_eq!(long_date(Lang::Nl, "2026-12-01"), "dinsdag 1 december 2026");
        assert_eq!(long_date(Lang::En, "1970-01-01"), "Thursday 1 January 1970");
        assert_eq!(
            long_date(Lang::Nl, "2028-02-29"),
            "dinsdag 29 februari 2028"
        );
        assert_eq!(long_date(Lang::En, "2026-13-01"), "2026-13-01");
    }

    #[test]
    fn lookups_follow_the_language() {
        assert_eq!(t(Lang::Nl, Key::NavLibrary), "Bibliotheek");
        assert_eq!(t(Lang::En, Key::NavLibrary), "Library");
    }
}
