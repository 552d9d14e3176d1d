//! Sessions: one candidate's interview for one position, with a frozen copy of the lens so every
//! candidate for the position gets the same questions (M20). [`SessionAction`] is everything a
//! user can do to a session; [`Session::apply`] is the one place that changes it.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::assessment::{Assessment, Thresholds, SCORE_MAX};
use super::evaluation::{result, CompetencyResult, Evaluation, Recommendation};
use super::interview::{
    tick, AnswerField, ClarityPoint, Example, ExplainPoint, Interview, Recognition,
};
use super::lens::{Lens, LensCompetency, LEVEL_MAX, LEVEL_MIN};
use super::phase::Phase;

/// Where a session stands in its life.
#[derive(Copy, Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    #[default]
    Draft,
    Prepared,
    InProgress,
    Completed,
}

/// The interviewer's preparation (M6–M8).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Preparation {
    pub thresholds: Thresholds,
    /// Question id → use (true) or skip (false); absent means the lens decides: its standard
    /// questions are used, the rest skipped (M7, M22).
    pub choices: BTreeMap<String, bool>,
    /// The candidate was told about examples and time to think (M8).
    pub reminder_given: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Session {
    pub id: String,
    pub candidate: String,
    #[serde(default)]
    pub interviewer: String,
    /// Planned start, as a local date-time `YYYY-MM-DDTHH:MM`; empty when not yet planned.
    #[serde(default)]
    pub scheduled_at: String,
    /// The lens as it was when the session was created.
    pub lens: Lens,
    #[serde(default)]
    pub status: Status,
    #[serde(default)]
    pub created_at: String,
    #[serde(default)]
    pub updated_at: String,
    /// Raised on every save; lets two tabs tell whose copy is newer.
    #[serde(default)]
    pub revision: u64,
    #[serde(default)]
    pub assessment: Assessment,
    #[serde(default)]
    pub preparation: Preparation,
    #[serde(default)]
    pub interview: Interview,
    #[serde(default)]
    pub evaluation: Evaluation,
}

/// What the Sessions list shows of a session, kept in the storage index so listing
/// hundreds of sessions does not read every one of them. It changes only when these fields do,
/// so typing a note does not rewrite the index.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct SessionSummary {
    pub id: String,
    pub candidate: String,
    pub position: String,
    pub status: Status,
    #[serde(default)]
    pub scheduled_at: String,
}

/// Something still missing before the interview (M5).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Missing {
    Candidate,
    Interviewer,
    Schedule,
    /// The score of this competency (by id).
    Score(String),
    Report,
}

/// Everything a user can do to a session.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SessionAction {
    SetCandidate(String),
    SetInterviewer(String),
    SetSchedule(String),
    SetScore {
        competency: String,
        score: Option<u8>,
    },
    SetReport(String),
    SetOther(String),
    SetThresholds {
        low: u8,
        high: u8,
    },
    UseQuestion {
        question: String,
        used: bool,
    },
    SetReminderGiven(bool),
    MarkPrepared,
    /// Opens a phase (starting the interview and its clock if needed).
    GoTo {
        phase: Phase,
        now: u64,
    },
    OpenCompetency(usize),
    Pause {
        now: u64,
    },
    Resume {
        now: u64,
    },
    SetWarmUpNotes(String),
    TickClarity {
        point: ClarityPoint,
        done: bool,
    },
    SetClarityReaction(String),
    SetRecognition(Option<Recognition>),
    SetRecognitionExamples(String),
    TickExplained {
        point: ExplainPoint,
        done: bool,
    },
    SetDiscussionNotes(String),
    SetAnswer {
        question: String,
        field: AnswerField,
        text: String,
    },
    SetExample {
        question: String,
        example: Option<Example>,
    },
    SetEvidence {
        competency: String,
        text: String,
    },
    Rate {
        competency: String,
        level: u8,
    },
    SetCandidateQuestions(String),
    SetNextStepsExplained(bool),
    SetClosingNotes(String),
    SetRecommendation(Option<Recommendation>),
    SetSubstantiation(String),
    /// Completes the evaluation at `now` (ms, for the clock) / `now_iso` (for the record).
    Complete {
        now: u64,
        now_iso: String,
    },
    Reopen,
}

/// Why an action was refused; a refused action changes nothing.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Refusal {
    ScoreTooHigh,
    UnknownCompetency,
    ThresholdsInvalid,
    LevelOutOfRange,
    /// A rating needs written evidence first (M27).
    NoEvidence,
    NotReady(Vec<Missing>),
    NoRecommendation,
    NoSubstantiation,
    Completed,
}

impl Session {
    /// A new session for `lens`, which is frozen into it.
    pub fn new(id: impl Into<String>, lens: Lens, now: impl Into<String>) -> Session {
        let now = now.into();
        Session {
            id: id.into(),
            candidate: String::new(),
            interviewer: String::new(),
            scheduled_at: String::new(),
            lens,
            status: Status::Draft,
            created_at: now.clone(),
            updated_at: now,
            revision: 0,
            assessment: Assessment::default(),
            preparation: Preparation::default(),
            interview: Interview::default(),
            evaluation: Evaluation::default(),
        }
    }

    pub fn summary(&self) -> SessionSummary {
        SessionSummary {
            id: self.id.clone(),
            candidate: self.candidate.clone(),
            position: self.lens.name.clone(),
            status: self.status,
            scheduled_at: self.scheduled_at.clone(),
        }
    }

    fn has_competency(&self, id: &str) -> bool {
        self.lens.competency(id).is_some()
    }

    /// Whether the interviewer will ask this question: their choice, or else the lens's.
    pub fn uses(&self, item: &LensCompetency, question: &str) -> bool {
        self.preparation
            .choices
            .get(question)
            .copied()
            .unwrap_or_else(|| item.standard_questions.iter().any(|q| q == question))
    }

    /// The questions to ask for a competency, in the competency's order.
    pub fn asked(&self, item: &LensCompetency) -> Vec<String> {
        item.competency
            .questions
            .iter()
            .filter(|q| self.uses(item, &q.id))
            .map(|q| q.id.clone())
            .collect()
    }

    /// What is still missing before the interview (M5); empty when ready.
    pub fn readiness(&self) -> Vec<Missing> {
        let mut missing = Vec::new();
        if self.candidate.trim().is_empty() {
            missing.push(Missing::Candidate);
        }
        if self.interviewer.trim().is_empty() {
            missing.push(Missing::Interviewer);
        }
        if self.scheduled_at.trim().is_empty() {
            missing.push(Missing::Schedule);
        }
        for item in &self.lens.competencies {
            if !self.assessment.scores.contains_key(&item.competency.id) {
                missing.push(Missing::Score(item.competency.id.clone()));
            }
        }
        if self.assessment.report.trim().is_empty() {
            missing.push(Missing::Report);
        }
        missing
    }

    /// The evaluation rows, one per lens competency, in lens order.
    pub fn results(&self) -> Vec<CompetencyResult> {
        self.lens
            .competencies
            .iter()
            .map(|item| {
                let score = self.assessment.scores.get(&item.competency.id).copied();
                result(item, score, &self.interview, &self.asked(item))
            })
            .collect()
    }

    /// Applies one action. A refused action leaves the session exactly as it was.
    pub fn apply(&mut self, action: SessionAction) -> Result<(), Refusal> {
        use SessionAction as A;
        let completed = self.status == Status::Completed;
        match action {
            A::Reopen => {
                if completed {
                    self.status = Status::InProgress;
                    self.evaluation.completed_at.clear();
                }
                return Ok(());
            }
            _ if completed => return Err(Refusal::Completed),
            A::SetCandidate(v) => self.candidate = v,
            A::SetInterviewer(v) => self.interviewer = v,
            A::SetSchedule(v) => self.scheduled_at = v,
            A::SetScore { competency, score } => {
                if !self.has_competency(&competency) {
                    return Err(Refusal::UnknownCompetency);
                }
                match score {
                    Some(s) if s > SCORE_MAX => return Err(Refusal::ScoreTooHigh),
                    Some(s) => {
                        self.assessment.scores.insert(competency, s);
                    }
                    None => {
                        self.assessment.scores.remove(&competency);
                    }
                }
            }
            A::SetReport(v) => self.assessment.report = v,
            A::SetOther(v) => self.assessment.other = v,
            A::SetThresholds { low, high } => {
                self.preparation.thresholds =
                    Thresholds::new(low, high).ok_or(Refusal::ThresholdsInvalid)?;
            }
            A::UseQuestion { question, used } => {
                self.preparation.choices.insert(question, used);
            }
            A::SetReminderGiven(v) => self.preparation.reminder_given = v,
            A::MarkPrepared => {
                let missing = self.readiness();
                if !missing.is_empty() {
                    return Err(Refusal::NotReady(missing));
                }
                if self.status == Status::Draft {
                    self.status = Status::Prepared;
                }
            }
            A::GoTo { phase, now } => {
                let interview = &mut self.interview;
                let was_running = interview.clock.running() || !interview.clock.started();
                interview.phase = Some(phase);
                if was_running {
                    interview.clock.run(phase, now);
                }
                self.status = Status::InProgress;
            }
            A::OpenCompetency(index) => {
                self.interview.competency =
                    index.min(self.lens.competencies.len().saturating_sub(1));
            }
            A::Pause { now } => self.interview.clock.stop(now),
            A::Resume { now } => {
                if !self.interview.clock.running() {
                    let phase = self.interview.phase.unwrap_or(Phase::WarmUp);
                    self.interview.clock.run(phase, now);
                }
            }
            A::SetWarmUpNotes(v) => self.interview.warm_up_notes = v,
            A::TickClarity { point, done } => tick(&mut self.interview.clarity_done, point, done),
            A::SetClarityReaction(v) => self.interview.clarity_reaction = v,
            A::SetRecognition(v) => self.interview.recognition = v,
            A::SetRecognitionExamples(v) => self.interview.recognition_examples = v,
            A::TickExplained { point, done } => tick(&mut self.interview.explained, point, done),
            A::SetDiscussionNotes(v) => self.interview.discussion_notes = v,
            A::SetAnswer {
                question,
                field,
                text,
            } => {
                *self
                    .interview
                    .answers
                    .entry(question)
                    .or_default()
                    .field_mut(field) = text
            }
            A::SetExample { question, example } => {
                self.interview.answers.entry(question).or_default().example = example;
            }
            A::SetEvidence { competency, text } => {
                if !self.has_competency(&competency) {
                    return Err(Refusal::UnknownCompetency);
                }
                self.interview
                    .ratings
                    .entry(competency)
                    .or_default()
                    .evidence = text;
            }
            A::Rate { competency, level } => {
                if !self.has_competency(&competency) {
                    return Err(Refusal::UnknownCompetency);
                }
                if !(LEVEL_MIN..=LEVEL_MAX).contains(&level) {
                    return Err(Refusal::LevelOutOfRange);
                }
                let has_evidence = self
                    .interview
                    .ratings
                    .get(&competency)
                    .is_some_and(|r| !r.evidence.trim().is_empty());
                if !has_evidence {
                    return Err(Refusal::NoEvidence);
                }
                self.interview.ratings.entry(competency).or_default().level = Some(level);
            }
            A::SetCandidateQuestions(v) => self.interview.candidate_questions = v,
            A::SetNextStepsExplained(v) => self.interview.next_steps_explained = v,
            A::SetClosingNotes(v) => self.interview.closing_notes = v,
            A::SetRecommendation(v) => self.evaluation.recommendation = v,
            A::SetSubstantiation(v) => self.evaluation.substantiation = v,
            A::Complete { now, now_iso } => {
                if self.evaluation.recommendation.is_none() {
                    return Err(Refusal::NoRecommendation);
                }
                if self.evaluation.substantiation.trim().is_empty() {
                    return Err(Refusal::NoSubstantiation);
                }
                self.interview.clock.stop(now);
                self.status = Status::Completed;
                self.evaluation.completed_at = now_iso;
            }
        }
        Ok(())
    }
}
