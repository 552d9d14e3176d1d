//! Validation of everything that enters the app from a file. Each finding names the JSON path
//! (`$.lens.competencies[0].anchors`) and what is wrong there, so the user can fix the file.

use std::collections::HashSet;
use std::fmt;

use super::competency::{Competency, Library, Question, ANCHOR_COUNT};
use super::dates;
use super::lens::{Lens, LEVEL_MAX, LEVEL_MIN};
use super::lens_edit::LensIssue;
use super::phase::{Phase, MAX_PHASE_MINUTES};
use super::session::{Session, MAX_PLANNED_MINUTES};
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

/// The field name of a phase in `phase_minutes`.
fn phase_field(phase: Phase) -> &'static str {
    match phase {
        Phase::WarmUp => "warm_up",
        Phase::Clarity => "clarity",
        Phase::Assessment => "assessment",
        Phase::Competencies => "competencies",
        Phase::Closing => "closing",
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

    /// A rating level, reported at `level` when it is off the anchored scale.
    pub fn level(&mut self, level: u8) {
        if !(LEVEL_MIN..=LEVEL_MAX).contains(&level) {
            self.field("level", |c| {
                c.report(out_of_range(
                    level,
                    i64::from(LEVEL_MIN),
                    i64::from(LEVEL_MAX),
                ))
            });
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

    pub fn question(&mut self, question: &Question) {
        self.id(&question.id);
        self.field("text", |c| c.text(&question.text));
        self.field("probes", |c| {
            for (i, probe) in question.probes.iter().enumerate() {
                c.index(i, |c| c.text(probe));
            }
        });
    }

    pub fn competency(&mut self, competency: &Competency) {
        self.id(&competency.id);
        self.field("name", |c| c.text(&competency.name));
        self.field("definition", |c| c.text(&competency.definition));
        self.field("basis", |c| c.text(&competency.basis));
        self.field("questions", |c| {
            if competency.questions.is_empty() {
                c.report(Problem::NoQuestions);
            }
            for (i, question) in competency.questions.iter().enumerate() {
                c.index(i, |c| c.question(question));
            }
        });
        self.unique_ids(
            "questions",
            &["id"],
            competency.questions.iter().map(|q| q.id.as_str()),
        );
        self.field("anchors", |c| {
            if competency.anchors.len() != ANCHOR_COUNT {
                c.report(Problem::AnchorCount {
                    found: competency.anchors.len(),
                });
            }
            for (i, anchor) in competency.anchors.iter().enumerate() {
                c.index(i, |c| c.text(anchor));
            }
        });
    }

    pub fn library(&mut self, library: &Library) {
        self.field("competencies", |c| {
            for (i, competency) in library.competencies.iter().enumerate() {
                c.index(i, |c| c.competency(competency));
            }
        });
        self.unique_ids(
            "competencies",
            &["id"],
            library.competencies.iter().map(|c| c.id.as_str()),
        );
    }

    pub fn lens(&mut self, lens: &Lens) {
        self.id(&lens.id);
        self.field("competencies", |c| {
            for (i, item) in lens.competencies.iter().enumerate() {
                c.index(i, |c| {
                    c.field("competency", |c| c.competency(&item.competency))
                });
            }
        });
        for issue in lens.issues() {
            self.lens_issue(lens, issue);
        }
        self.field("phase_minutes", |c| {
            for phase in Phase::ALL {
                let minutes = lens.phase_minutes.get(phase);
                if minutes > MAX_PHASE_MINUTES {
                    c.field(phase_field(phase), |c| {
                        c.report(out_of_range(minutes, 0, i64::from(MAX_PHASE_MINUTES)))
                    });
                }
            }
        });
    }

    /// Reports a lens rule (shared with the lens editor) at its place in the file.
    fn lens_issue(&mut self, lens: &Lens, issue: LensIssue) {
        let at = |c: &mut Checker, index: usize, field: &str, problem: Problem| {
            c.field("competencies", |c| {
                c.index(index, |c| c.field(field, |c| c.report(problem)))
            })
        };
        let level = |found: u8| out_of_range(found, i64::from(LEVEL_MIN), i64::from(LEVEL_MAX));
        let item = |index: usize| &lens.competencies[index];
        match issue {
            LensIssue::NoName => self.field("name", |c| c.report(Problem::Empty)),
            LensIssue::ThresholdsInvalid => {
                self.field("thresholds", |c| c.report(Problem::ThresholdsInvalid))
            }
            LensIssue::NoCompetencies => {
                self.field("competencies", |c| c.report(Problem::NoCompetencies))
            }
            LensIssue::NoQuestions { index } => at(
                self,
                index,
                "standard_questions",
                Problem::NoStandardQuestions,
            ),
            LensIssue::StandardOutOfRange { index } => {
                at(self, index, "standard", level(item(index).standard))
            }
            LensIssue::WeightOutOfRange { index } => {
                at(self, index, "weight", level(item(index).weight))
            }
            LensIssue::UnknownQuestion { index, position } => {
                let id = item(index).standard_questions[position].clone();
                self.field("competencies", |c| {
                    c.index(index, |c| {
                        c.field("standard_questions", |c| {
                            c.index(position, |c| c.report(Problem::UnknownQuestion { id }))
                        })
                    })
                })
            }
            LensIssue::DuplicateCompetency { index } => {
                let id = item(index).competency.id.clone();
                self.field("competencies", |c| {
                    c.index(index, |c| {
                        c.field("competency", |c| {
                            c.field("id", |c| c.report(Problem::DuplicateId { id }))
                        })
                    })
                })
            }
        }
    }

    /// A date `YYYY-MM-DD`, or a date and time `YYYY-MM-DDTHH:MM` when `with_time`; empty is
    /// allowed (not known yet).
    fn date(&mut self, name: &str, value: &str, with_time: bool) {
        if value.is_empty() || dates::is_date(value, with_time) {
            return;
        }
        let found = value.chars().take(40).collect();
        self.field(name, |c| c.report(Problem::BadDate { found }));
    }

    pub fn session(&mut self, session: &Session) {
        self.id(&session.id);
        self.date("scheduled_at", &session.scheduled_at, true);
        if let Some(minutes) = session.planned_minutes {
            if !(1..=MAX_PLANNED_MINUTES).contains(&minutes) {
                let max = i64::from(MAX_PLANNED_MINUTES);
                self.field("planned_minutes", |c| {
                    c.report(out_of_range(minutes, 1, max))
                });
            }
        }
        self.field("retention", |c| {
            c.date("procedure_ended", &session.retention.procedure_ended, false);
            c.date("consent_given", &session.retention.consent_given, false);
        });
        self.field("lens", |c| c.lens(&session.lens));
        let known = |id: &str| session.lens.competency(id).is_some();
        let assessment = &session.assessment;
        let (min, max) = assessment.scale.range();
        self.field("assessment", |c| {
            c.field("scores", |c| {
                for (id, score) in &assessment.scores {
                    c.field(id, |c| {
                        if !known(id) {
                            c.report(Problem::UnknownCompetency { id: id.clone() });
                        } else if !(min..=max).contains(score) {
                            c.report(out_of_range(*score, i64::from(min), i64::from(max)));
                        }
                    });
                }
            });
            c.date("taken_on", &assessment.taken_on, false);
            c.date("shared_consent", &assessment.shared_consent, false);
        });
        // Stored thresholds stay readable as earlier releases allowed them (`low < high`).
        if session
            .preparation
            .thresholds
            .is_some_and(|t| !t.readable())
        {
            self.field("preparation", |c| {
                c.field("thresholds", |c| c.report(Problem::ThresholdsInvalid))
            });
        }
        self.field("interview", |c| {
            c.field("ratings", |c| {
                for (id, rating) in &session.interview.ratings {
                    c.field(id, |c| {
                        if !known(id) {
                            c.report(Problem::UnknownCompetency { id: id.clone() });
                        }
                        if let Some(level) = rating.level {
                            c.level(level);
                            if rating.no_example {
                                c.field("no_example", |c| c.report(Problem::LevelAndNoExample));
                            }
                        }
                    });
                }
            })
        });
        if let Some(panel) = &session.panel {
            self.field("panel", |c| super::panel::check(c, panel, session));
        }
    }
}
