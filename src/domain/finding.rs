//! The vocabulary every reader of a file shares: what can be wrong ([`Problem`]), where
//! ([`Finding`], a JSON path such as `$.lens.competencies[0].anchors`), the [`Checker`] that walks
//! a value keeping that path, and the rules for ids. The rules of each type sit beside the type
//! (`impl Checker` blocks in `competency.rs`, `lens.rs`, `lens_edit.rs`, `session.rs`,
//! `panel.rs`), so this module imports none of them.

use std::collections::HashSet;
use std::fmt;

use super::dates;
use super::text::{Lang, Text};

/// What is wrong at one place in a file. Views turn it into a sentence in the user's language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// The text is not JSON at all; position of the first error.
    NotJson {
        line: usize,
        column: usize,
    },
    /// A number beyond what any field can hold (such as 1e309); position as for `NotJson`.
    NumberTooLarge {
        line: usize,
        column: usize,
    },
    NotAnObject,
    /// The file is larger than any Interviewgids file can be.
    TooLarge {
        bytes: usize,
        max: usize,
    },
    /// Arrays and objects nest deeper than the format ever does.
    TooDeep {
        max: usize,
    },
    Missing,
    WrongFormat {
        found: String,
    },
    NewerVersion {
        found: u64,
        supported: u64,
    },
    UnsupportedVersion {
        found: String,
    },
    UnknownKind {
        found: String,
    },
    /// The value has the wrong type or shape; `detail` is the parser's own description.
    WrongType {
        detail: String,
    },
    EmptyText {
        lang: Lang,
    },
    Empty,
    BadId {
        found: String,
    },
    DuplicateId {
        id: String,
    },
    AnchorCount {
        found: usize,
    },
    NoQuestions,
    NoCompetencies,
    NoStandardQuestions,
    UnknownQuestion {
        id: String,
    },
    /// Not a whole number from `min` to `max`; `found` as written in the file.
    OutOfRange {
        found: String,
        min: i64,
        max: i64,
    },
    UnknownCompetency {
        id: String,
    },
    /// The focus thresholds leave no middle band.
    ThresholdsInvalid,
    /// A rating with a level that also says no example was given.
    LevelAndNoExample,
    /// The lead's own session marked as an observer's.
    ObserverLead,
    /// Saved by a newer version of the app (its data model), which may hold fields this one
    /// would drop.
    NewerApp {
        model: u32,
    },
    /// More entries than this device's storage could ever hold: refused before any is read.
    TooMany {
        found: usize,
        max: usize,
    },
    /// The file is not UTF-8 text; `at` is the offset of the first byte that is not.
    NotUtf8 {
        at: usize,
    },
    /// A backup's session refers to a lens snapshot the file does not hold.
    UnknownSnapshot {
        name: String,
    },
    /// Not a real date (`YYYY-MM-DD`) or date and time (`YYYY-MM-DDTHH:MM`).
    BadDate {
        found: String,
    },
    /// An algorithm or parameter this app does not use (in an encrypted file).
    Unsupported {
        found: String,
    },
    /// Not base64 text, or not the number of bytes the field must hold.
    NotBase64 {
        bytes: usize,
    },
}

/// One finding: where, and what.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    pub path: String,
    pub problem: Problem,
}

impl Finding {
    pub fn new(path: impl Into<String>, problem: Problem) -> Finding {
        Finding {
            path: path.into(),
            problem,
        }
    }

    /// The same finding for a value that sits at `at` inside a larger file.
    pub fn under(mut self, at: &str) -> Finding {
        if let Some(rest) = self.path.strip_prefix('$') {
            self.path = format!("{at}{rest}");
        }
        self
    }
}

/// A whole number out of its range, as a problem.
pub fn out_of_range(found: impl ToString, min: i64, max: i64) -> Problem {
    Problem::OutOfRange {
        found: found.to_string(),
        min,
        max,
    }
}

impl fmt::Display for Finding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {:?}", self.path, self.problem)
    }
}

/// The longest id: ids appear in URLs and storage keys.
pub const MAX_ID_LEN: usize = 64;

/// Ids appear in URLs and storage keys, so they keep to a small, safe alphabet.
pub fn is_valid_id(id: &str) -> bool {
    (1..=MAX_ID_LEN).contains(&id.len())
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_' || b == b'.')
}

/// Walks a value, keeping the JSON path of where it is, and collects findings.
#[derive(Default)]
pub struct Checker {
    path: Vec<String>,
    pub findings: Vec<Finding>,
}

impl Checker {
    pub fn new() -> Checker {
        Checker::default()
    }

    pub fn path(&self) -> String {
        let mut out = String::from("$");
        for segment in &self.path {
            out.push_str(segment);
        }
        out
    }

    pub fn report(&mut self, problem: Problem) {
        let path = self.path();
        self.findings.push(Finding { path, problem });
    }

    /// Checks inside the field `name`.
    pub fn field(&mut self, name: &str, check: impl FnOnce(&mut Checker)) {
        self.path.push(format!(".{name}"));
        check(self);
        self.path.pop();
    }

    /// Checks at a path written out (`$.sessions[3]`), inside the current one.
    pub fn at(&mut self, path: &str, check: impl FnOnce(&mut Checker)) {
        self.path
            .push(path.strip_prefix('$').unwrap_or(path).to_owned());
        check(self);
        self.path.pop();
    }

    /// Checks inside element `index` of an array.
    pub fn index(&mut self, index: usize, check: impl FnOnce(&mut Checker)) {
        self.path.push(format!("[{index}]"));
        check(self);
        self.path.pop();
    }

    pub fn into_result(self) -> Result<(), Vec<Finding>> {
        if self.findings.is_empty() {
            Ok(())
        } else {
            Err(self.findings)
        }
    }

    pub fn text(&mut self, text: &Text) {
        for lang in text.missing() {
            self.field(lang.code(), |c| c.report(Problem::EmptyText { lang }));
        }
    }

    /// An id in the field `name` that is not in the safe alphabet (empty is reported too).
    pub fn id_in(&mut self, name: &str, id: &str) {
        if !is_valid_id(id) {
            self.field(name, |c| {
                c.report(Problem::BadId {
                    found: id.chars().take(80).collect(),
                })
            });
        }
    }

    pub fn id(&mut self, id: &str) {
        self.field("id", |c| {
            if id.is_empty() {
                c.report(Problem::Missing);
            } else if !is_valid_id(id) {
                c.report(Problem::BadId {
                    found: id.to_owned(),
                });
            }
        });
    }

    /// Reports every id that occurs a second time in the array `field`, at `id_path` inside
    /// the element that repeats it.
    pub fn unique_ids<'a>(
        &mut self,
        field: &str,
        id_path: &[&str],
        ids: impl Iterator<Item = &'a str>,
    ) {
        let mut seen = HashSet::new();
        self.field(field, |c| {
            for (i, id) in ids.enumerate() {
                if !seen.insert(id) {
                    c.path.push(format!("[{i}]"));
                    c.path
                        .extend(id_path.iter().map(|segment| format!(".{segment}")));
                    c.report(Problem::DuplicateId { id: id.to_owned() });
                    c.path.truncate(c.path.len() - id_path.len() - 1);
                }
            }
        });
    }

    /// A date `YYYY-MM-DD`, or a date and time `YYYY-MM-DDTHH:MM` when `with_time`; empty is
    /// allowed (not known yet).
    pub fn date(&mut self, name: &str, value: &str, with_time: bool) {
        if value.is_empty() || dates::is_date(value, with_time) {
            return;
        }
        let found = value.chars().take(40).collect();
        self.field(name, |c| c.report(Problem::BadDate { found }));
    }
}

/// An id that is not yet taken: `<prefix>-<stamp>` in base 36, with `-2`, `-3`… if needed.
/// The prefix is shortened so the id always stays a valid id (64 characters at most).
pub fn fresh_id<'a>(prefix: &str, stamp: u64, taken: impl IntoIterator<Item = &'a str>) -> String {
    let taken: Vec<&str> = taken.into_iter().collect();
    let mut digits = Vec::new();
    let mut n = stamp;
    loop {
        digits.push(char::from_digit((n % 36) as u32, 36).unwrap_or('0'));
        n /= 36;
        if n == 0 {
            break;
        }
    }
    let stamp: String = digits.iter().rev().collect();
    // Room for "-<stamp>" and a counter of up to "-9999".
    let room = MAX_ID_LEN.saturating_sub(stamp.len() + 1 + 5);
    let prefix: String = prefix.chars().take(room).collect();
    let base = format!("{prefix}-{stamp}");
    (1..)
        .map(|n| {
            if n == 1 {
                base.clone()
            } else {
                format!("{base}-{n}")
            }
        })
        .find(|id| !taken.contains(&id.as_str()))
        .unwrap_or(base)
}
