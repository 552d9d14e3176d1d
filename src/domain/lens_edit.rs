//! Editing a lens: one [`LensEdit`] per user action, applied by [`Lens::apply`], and the rules a
//! lens must meet before interviews can use it ([`Lens::issues`]).

use super::assessment::Thresholds;
use super::competency::{Competency, Question};
use super::finding::{out_of_range, Checker, Problem};
use super::lens::{Lens, LensCompetency, LEVEL_MAX, LEVEL_MIN};
use super::order;
use super::phase::{Phase, PhaseMinutes, MAX_PHASE_MINUTES};
use super::text::Text;

/// The level a competency gets when it is added: what a typical position asks for.
pub const DEFAULT_STANDARD: u8 = 3;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LensEdit {
    Rename(String),
    Describe(String),
    /// Adds a copy of a library competency, with all its questions as standard questions.
    AddCompetency(Competency),
    RemoveCompetency(String),
    /// Moves a competency one place up (`-1`) or down (`1`).
    MoveCompetency {
        id: String,
        by: isize,
    },
    /// Adds or removes a question from the set every candidate is asked (M20).
    ToggleQuestion {
        competency: String,
        question: String,
    },
    /// Adds the organisation's own question, with its probes, as a standard question.
    AddOwnQuestion {
        competency: String,
        text: String,
        probes: Vec<String>,
    },
    RemoveOwnQuestion {
        competency: String,
        question: String,
    },
    SetStandard {
        competency: String,
        level: u8,
    },
    SetMinutes {
        phase: Phase,
        minutes: u16,
    },
    /// The focus thresholds every candidate of the position is read with.
    SetThresholds {
        low: u8,
        high: u8,
    },
}

/// Why an edit was refused; a refused edit changes nothing.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LensRefusal {
    /// Thresholds off 0–100, or fewer than [`super::assessment::MIN_MIDDLE`] points apart.
    ThresholdsInvalid,
}

/// Why a lens is not yet ready for interviews.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LensIssue {
    NoName,
    NoCompetencies,
    /// The competency at `index` has no standard question.
    NoQuestions {
        index: usize,
    },
    StandardOutOfRange {
        index: usize,
    },
    WeightOutOfRange {
        index: usize,
    },
    /// A standard question id that the competency does not have.
    UnknownQuestion {
        index: usize,
        position: usize,
    },
    DuplicateCompetency {
        index: usize,
    },
    /// The focus thresholds leave too narrow a middle band (or none).
    ThresholdsInvalid,
}

/// The same text in both languages: own questions are written once, in the user's language.
fn own_text(text: &str) -> Text {
    let text = text.trim();
    Text::new(text, text)
}

impl Lens {
    pub fn new(id: impl Into<String>, name: impl Into<String>) -> Lens {
        Lens {
            id: id.into(),
            name: name.into(),
            description: String::new(),
            competencies: Vec::new(),
            phase_minutes: PhaseMinutes::default(),
            thresholds: Thresholds::default(),
        }
    }

    /// A copy under a new id and name, to edit without touching the original.
    pub fn duplicate(&self, id: impl Into<String>, name: impl Into<String>) -> Lens {
        Lens {
            id: id.into(),
            name: name.into(),
            ..self.clone()
        }
    }

    fn item_mut(&mut self, id: &str) -> Option<&mut LensCompetency> {
        self.competencies.iter_mut().find(|c| c.competency.id == id)
    }

    /// Applies one edit. A refused edit leaves the lens exactly as it was.
    pub fn apply(&mut self, edit: LensEdit) -> Result<(), LensRefusal> {
        match edit {
            LensEdit::Rename(name) => self.name = name,
            LensEdit::Describe(text) => self.description = text,
            LensEdit::AddCompetency(competency) => {
                if self.competency(&competency.id).is_none() {
                    let standard_questions =
                        competency.questions.iter().map(|q| q.id.clone()).collect();
                    self.competencies.push(LensCompetency {
                        competency,
                        standard: DEFAULT_STANDARD,
                        weight: 1,
                        standard_questions,
                    });
                }
            }
            LensEdit::RemoveCompetency(id) => self.competencies.retain(|c| c.competency.id != id),
            LensEdit::MoveCompetency { id, by } => {
                if let Some(from) = self.competencies.iter().position(|c| c.competency.id == id) {
                    let to = from.saturating_add_signed(by);
                    if to < self.competencies.len() && to != from {
                        let item = self.competencies.remove(from);
                        self.competencies.insert(to, item);
                    }
                }
            }
            LensEdit::ToggleQuestion {
                competency,
                question,
            } => {
                if let Some(item) = self.item_mut(&competency) {
                    if item.standard_questions.contains(&question) {
                        item.standard_questions.retain(|q| q != &question);
                    } else if item.competency.question(&question).is_some() {
                        // Keep the competency's own order, so every candidate hears them alike.
                        item.standard_questions.push(question);
                        let competency_order: Vec<String> = item
                            .competency
                            .questions
                            .iter()
                            .map(|q| q.id.clone())
                            .collect();
                        order::sort_by_key(&mut item.standard_questions, |id| {
                            competency_order.iter().position(|o| o == id)
                        });
                    }
                }
            }
            LensEdit::AddOwnQuestion {
                competency,
                text,
                probes,
            } => {
                if text.trim().is_empty() {
                    return Ok(());
                }
                if let Some(item) = self.item_mut(&competency) {
                    let next = (1..)
                        .map(|n| format!("{}-own{n}", item.competency.id))
                        .find(|id| item.competency.question(id).is_none())
                        .unwrap_or_default();
                    item.competency.questions.push(Question {
                        id: next.clone(),
                        text: own_text(&text),
                        probes: probes
                            .iter()
                            .filter(|p| !p.trim().is_empty())
                            .map(|p| own_text(p))
                            .collect(),
                        own: true,
                    });
                    item.standard_questions.push(next);
                }
            }
            LensEdit::RemoveOwnQuestion {
                competency,
                question,
            } => {
                if let Some(item) = self.item_mut(&competency) {
                    item.competency
                        .questions
                        .retain(|q| !(q.own && q.id == question));
                    item.standard_questions
                        .retain(|id| item.competency.question(id).is_some());
                }
            }
            LensEdit::SetStandard { competency, level } => {
                if let Some(item) = self.item_mut(&competency) {
                    item.standard = level.clamp(LEVEL_MIN, LEVEL_MAX);
                }
            }
            LensEdit::SetMinutes { phase, minutes } => self.phase_minutes.set(phase, minutes),
            LensEdit::SetThresholds { low, high } => {
                self.thresholds =
                    Thresholds::new(low, high).ok_or(LensRefusal::ThresholdsInvalid)?;
            }
        }
        Ok(())
    }

    /// What stands between this lens and its use in interviews; empty when it is ready.
    pub fn issues(&self) -> Vec<LensIssue> {
        let mut issues = Vec::new();
        if self.name.trim().is_empty() {
            issues.push(LensIssue::NoName);
        }
        if Thresholds::new(self.thresholds.low, self.thresholds.high).is_none() {
            issues.push(LensIssue::ThresholdsInvalid);
        }
        if self.competencies.is_empty() {
            issues.push(LensIssue::NoCompetencies);
        }
        let level = LEVEL_MIN..=LEVEL_MAX;
        for (index, item) in self.competencies.iter().enumerate() {
            if self.competencies[..index]
                .iter()
                .any(|c| c.competency.id == item.competency.id)
            {
                issues.push(LensIssue::DuplicateCompetency { index });
            }
            if !level.contains(&item.standard) {
                issues.push(LensIssue::StandardOutOfRange { index });
            }
            if !level.contains(&item.weight) {
                issues.push(LensIssue::WeightOutOfRange { index });
            }
            if item.standard_questions.is_empty() {
                issues.push(LensIssue::NoQuestions { index });
            }
            for (position, id) in item.standard_questions.iter().enumerate() {
                if item.competency.question(id).is_none() {
                    issues.push(LensIssue::UnknownQuestion { index, position });
                }
            }
        }
        issues
    }

    pub fn is_ready(&self) -> bool {
        self.issues().is_empty()
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

/// A lens in a file: its competencies, the rules of [`Lens::issues`] at their places, and the
/// phase lengths.
impl Checker {
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
}
