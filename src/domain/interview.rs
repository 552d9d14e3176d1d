//! What happens during the interview, phase by phase, and the clock that times it.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::phase::Phase;

/// Did the candidate recognise themself in the candidate report (M16)?
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Recognition {
    Yes,
    Partly,
    No,
}

/// Did the candidate give a concrete example (M23–M24)?
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Example {
    Yes,
    Partly,
    /// None, even after time to think.
    None,
}

/// The talking points of the clarity phase (M11–M13).
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ClarityPoint {
    Roles,
    Purpose,
    Agenda,
}

/// What the candidate needs to hear at the close, besides the answers to their questions and
/// the next steps.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ClosingPoint {
    /// The position: tasks, team, conditions.
    Position,
    /// The organisation: what it does, how it works, what it offers.
    Organisation,
}

/// The points the interviewer must make about the competency scores (M17–M19, M4).
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ExplainPoint {
    /// The candidate report is the basis of the scores (M18).
    ReportIsBasis,
    /// A low score indicates aptitude, not performance (M4).
    LowIsNotBad,
    /// The interviewer interprets the results, not the candidate (M19).
    InterviewerInterprets,
}

#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AnswerField {
    Notes,
    Situation,
    Task,
    Action,
    Result,
}

/// Notes on one question's answer, with optional STAR fields.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Answer {
    pub notes: String,
    pub situation: String,
    pub task: String,
    pub action: String,
    pub result: String,
    pub example: Option<Example>,
}

impl Answer {
    pub fn field(&self, field: AnswerField) -> &str {
        match field {
            AnswerField::Notes => &self.notes,
            AnswerField::Situation => &self.situation,
            AnswerField::Task => &self.task,
            AnswerField::Action => &self.action,
            AnswerField::Result => &self.result,
        }
    }

    /// Whether anything was written down for this answer.
    pub fn has_text(&self) -> bool {
        [
            &self.notes,
            &self.situation,
            &self.task,
            &self.action,
            &self.result,
        ]
        .iter()
        .any(|t| !t.trim().is_empty())
    }

    pub fn field_mut(&mut self, field: AnswerField) -> &mut String {
        match field {
            AnswerField::Notes => &mut self.notes,
            AnswerField::Situation => &mut self.situation,
            AnswerField::Task => &mut self.task,
            AnswerField::Action => &mut self.action,
            AnswerField::Result => &mut self.result,
        }
    }
}

/// A competency's rating on its anchored scale, with the evidence that supports it (M27).
/// The anchors describe behaviour that was shown; when the candidate gave no example even
/// after time to think, that is recorded as such (`no_example`) and the competency stays
/// unrated, never rated as level 1 (M2, M24).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Rating {
    pub level: Option<u8>,
    pub evidence: String,
    /// No example of the behaviour, even after time to think; excludes a level.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub no_example: bool,
}

impl Rating {
    /// A rating counts only with a level and written evidence.
    pub fn complete(&self) -> Option<u8> {
        self.level.filter(|_| !self.evidence.trim().is_empty())
    }
}

/// One stretch of running time on a phase; `end` is `None` while it runs.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Segment {
    pub phase: Phase,
    pub start: u64,
    pub end: Option<u64>,
}

/// The agenda timer, kept as timestamps (ms since the epoch) so a reload, a closed tab or a
/// sleeping tablet loses nothing.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Clock {
    pub segments: Vec<Segment>,
}

impl Clock {
    pub fn running(&self) -> bool {
        self.segments.last().is_some_and(|s| s.end.is_none())
    }

    pub fn started(&self) -> bool {
        !self.segments.is_empty()
    }

    /// Starts timing `phase` (ending whatever ran before).
    pub fn run(&mut self, phase: Phase, now: u64) {
        self.stop(now);
        self.segments.push(Segment {
            phase,
            start: now,
            end: None,
        });
    }

    pub fn stop(&mut self, now: u64) {
        if let Some(last) = self.segments.last_mut() {
            if last.end.is_none() {
                last.end = Some(now.max(last.start));
            }
        }
    }

    /// Milliseconds spent on `phase` (or on all phases) up to `now`.
    pub fn elapsed(&self, phase: Option<Phase>, now: u64) -> u64 {
        self.segments
            .iter()
            .filter(|s| phase.is_none_or(|p| s.phase == p))
            .map(|s| s.end.unwrap_or(now).saturating_sub(s.start))
            .sum()
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Interview {
    /// The phase on screen; the interview resumes here.
    pub phase: Option<Phase>,
    /// Which competency of the lens is open in the competency phase.
    pub competency: usize,
    pub clock: Clock,
    pub warm_up_notes: String,
    pub clarity_done: Vec<ClarityPoint>,
    pub clarity_reaction: String,
    pub recognition: Option<Recognition>,
    pub recognition_examples: String,
    pub explained: Vec<ExplainPoint>,
    pub discussion_notes: String,
    /// Question id → the answer's notes.
    pub answers: BTreeMap<String, Answer>,
    /// Competency id → its rating.
    pub ratings: BTreeMap<String, Rating>,
    pub candidate_questions: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub closing_done: Vec<ClosingPoint>,
    pub next_steps_explained: bool,
    pub closing_notes: String,
}

/// Adds or removes `item` from a list of ticked points, keeping each at most once.
pub fn tick<T: PartialEq>(list: &mut Vec<T>, item: T, done: bool) {
    let present = list.contains(&item);
    if done && !present {
        list.push(item);
    } else if !done && present {
        list.retain(|i| *i != item);
    }
}
