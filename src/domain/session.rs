//! Sessions: one candidate's interview for one position, with a frozen copy of the lens so every
//! candidate for the position gets the same questions (M20). [`SessionAction`] is everything a
//! user can do to a session; [`Session::apply`] is the one place that changes it.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::assessment::{Assessment, Release, Score, Thresholds};
use super::dates;
use super::evaluation::{departure, result, CompetencyResult, Departure, Evaluation};
use super::finding::{out_of_range, Checker, Problem};
use super::interview::Interview;
use super::lens::{Lens, LensCompetency};
use super::panel::{Awaited, Panel};
use super::retention::Retention;

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
    /// This candidate's own focus thresholds: a deviation from the position's, which needs
    /// [`Preparation::threshold_reason`]. `None` reads the candidate with the lens's. Sessions
    /// of earlier releases always stored thresholds; where they equal the lens's, they are none.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub thresholds: Option<Thresholds>,
    /// Why this candidate is read with other thresholds than the position's.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub threshold_reason: String,
    /// Question id → use (true) or skip (false); absent means the lens decides: its standard
    /// questions are used, the rest skipped (M7, M22).
    pub choices: BTreeMap<String, bool>,
    /// The candidate was told about examples and time to think (M8).
    pub reminder_given: bool,
    /// The invitation for the candidate as the interviewer edited it; empty while the
    /// generated text stands.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub invitation_letter: String,
    /// Question id → why a standard question is skipped for this candidate (M20).
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub skip_reasons: BTreeMap<String, String>,
}

/// A way in which this candidate's questions differ from the position's standard set (M20).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Deviation {
    pub competency: String,
    pub question: String,
    /// `Some(reason)`: a standard question skipped; `None`: another question added.
    pub skipped: Option<String>,
}

/// Longest an interview may be planned for: a working day; longer is a typing error.
pub const MAX_PLANNED_MINUTES: u32 = 8 * 60;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Session {
    pub id: String,
    pub candidate: String,
    #[serde(default)]
    pub interviewer: String,
    /// Planned start, as a local date-time `YYYY-MM-DDTHH:MM`; empty when not yet planned.
    #[serde(default)]
    pub scheduled_at: String,
    /// Planned length in minutes; `None` means the lens's agenda total.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub planned_minutes: Option<u32>,
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
    #[serde(default)]
    pub retention: Retention,
    /// Set when the candidate is interviewed by a panel (M27).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub panel: Option<Panel>,
    /// The data model of the app that last saved it ([`MODEL`]; 0 before it was kept). A
    /// session from a newer model may hold fields this build does not know: it is shown, never
    /// changed or saved here, so nothing of it is silently dropped.
    #[serde(default)]
    pub written_by: u32,
}

/// Whether a panel's colleagues' ratings may be shown: only once the lead's own evaluation is
/// completed, so it cannot lean on theirs.
pub fn revealed(session: &Session) -> bool {
    session.status == Status::Completed
}

/// The data model this build reads and writes. Raised with every release that stores
/// something an older build would not know (a field, a kind of value), so that an older build
/// meeting it opens it read-only instead of dropping what it does not know.
pub const MODEL: u32 = 1;

/// What the Sessions list shows of a session, kept in the storage index so listing
/// hundreds of sessions does not read every one of them. It changes only when these fields do,
/// so typing a note does not rewrite the index.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct SessionSummary {
    pub id: String,
    pub candidate: String,
    pub position: String,
    /// The id of the lens the session was interviewed with, for the position overview. Empty
    /// in an index written before it was kept; the next save fills it in.
    #[serde(default)]
    pub lens: String,
    /// The panel id, when the candidate is interviewed by a panel; empty otherwise.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub panel: String,
    pub status: Status,
    #[serde(default)]
    pub scheduled_at: String,
    /// Kept in the index so the due-for-deletion list needs no session reads.
    #[serde(default)]
    pub retention: Retention,
    /// A lead's panel with invitations out: ratings back, who is missing, when due.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub awaited: Option<Awaited>,
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
    /// Whether the candidate saw the assessment report and did not block it.
    Release,
}

impl Session {
    /// Whether a newer build saved it: then this one only shows it (see [`MODEL`]).
    pub fn from_newer_app(&self) -> bool {
        self.written_by > MODEL
    }

    /// A new session for `lens`, which is frozen into it.
    pub fn new(id: impl Into<String>, lens: Lens, now: impl Into<String>) -> Session {
        let now = now.into();
        Session {
            id: id.into(),
            candidate: String::new(),
            interviewer: String::new(),
            scheduled_at: String::new(),
            planned_minutes: None,
            lens,
            status: Status::Draft,
            created_at: now.clone(),
            updated_at: now,
            revision: 0,
            assessment: Assessment::default(),
            preparation: Preparation::default(),
            interview: Interview::default(),
            evaluation: Evaluation::default(),
            retention: Retention::default(),
            panel: None,
            written_by: MODEL,
        }
    }

    pub fn summary(&self) -> SessionSummary {
        SessionSummary {
            id: self.id.clone(),
            candidate: self.candidate.clone(),
            position: self.lens.name.clone(),
            lens: self.lens.id.clone(),
            panel: self
                .panel
                .as_ref()
                .filter(|p| p.lead)
                .map(|p| p.id.clone())
                .unwrap_or_default(),
            status: self.status,
            scheduled_at: self.scheduled_at.clone(),
            retention: self.retention.clone(),
            awaited: self.awaited(),
        }
    }

    /// How long the interview is planned to take: the interviewer's figure, or else the
    /// agenda's total.
    pub fn duration(&self) -> u32 {
        self.planned_minutes
            .unwrap_or_else(|| self.lens.phase_minutes.total())
    }

    pub(super) fn has_competency(&self, id: &str) -> bool {
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

    pub(super) fn is_standard_question(&self, question: &str) -> bool {
        self.lens
            .competencies
            .iter()
            .any(|c| c.standard_questions.iter().any(|q| q == question))
    }

    /// The focus thresholds this candidate is read with: the position's, unless changed for
    /// this candidate.
    pub fn thresholds(&self) -> Thresholds {
        self.preparation.thresholds.unwrap_or(self.lens.thresholds)
    }

    /// This candidate's own thresholds and the reason for them, where they differ from the
    /// position's (M20, M28): listed with the other deviations.
    pub fn threshold_deviation(&self) -> Option<(Thresholds, &str)> {
        self.preparation
            .thresholds
            .filter(|t| *t != self.lens.thresholds)
            .map(|t| (t, self.preparation.threshold_reason.as_str()))
    }

    /// Every difference from the lens's standard questions, competency by competency.
    pub fn deviations(&self) -> Vec<Deviation> {
        let mut out = Vec::new();
        for item in &self.lens.competencies {
            for question in &item.competency.questions {
                let standard = item.standard_questions.contains(&question.id);
                let used = self.uses(item, &question.id);
                if standard != used {
                    let skipped = standard.then(|| {
                        self.preparation
                            .skip_reasons
                            .get(&question.id)
                            .cloned()
                            .unwrap_or_default()
                    });
                    out.push(Deviation {
                        competency: item.competency.id.clone(),
                        question: question.id.clone(),
                        skipped,
                    });
                }
            }
        }
        out
    }

    /// How the recommendation departs from the ratings against the standard, if it does.
    pub fn departure(&self) -> Option<Departure> {
        departure(self.evaluation.recommendation, &self.results())
    }

    /// Competencies with neither a complete rating nor "no example, even after time to think"
    /// recorded (ids, in lens order): the ones that need a reason before completing.
    pub fn unrated(&self) -> Vec<String> {
        self.results()
            .into_iter()
            .filter(|r| r.level.is_none() && !r.no_example)
            .map(|r| r.competency)
            .collect()
    }

    /// Competencies without a complete rating and without a reason why (ids, in lens order).
    /// "No example, even after time to think" is a reason.
    pub fn unrated_without_reason(&self) -> Vec<String> {
        self.unrated()
            .into_iter()
            .filter(|id| {
                self.evaluation
                    .unrated
                    .get(id)
                    .is_none_or(|reason| reason.trim().is_empty())
            })
            .collect()
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

    /// The questions asked (chosen for this candidate) that have nothing written down, as
    /// (competency id, question id) in lens order: the list to fill in while memory is fresh.
    pub fn unnoted(&self) -> Vec<(String, String)> {
        self.lens
            .competencies
            .iter()
            .flat_map(|item| {
                self.asked(item)
                    .into_iter()
                    .filter(|q| !self.interview.answers.get(q).is_some_and(|a| a.has_text()))
                    .map(|q| (item.competency.id.clone(), q))
            })
            .collect()
    }

    /// Whether the candidate's agreement to sharing the assessment with the interviewer(s) is
    /// not recorded; the intake says so (it does not hold up the preparation).
    pub fn share_consent_missing(&self) -> bool {
        self.assessment.shared_consent.is_empty()
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
        match self.assessment.release {
            Release::NotRecorded => missing.push(Missing::Release),
            // A blocked report is not used, so neither its scores nor its summary are missing.
            Release::Blocked => return missing,
            Release::Cleared => {}
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

    /// The score of a competency where it may be used (the report was seen and not blocked):
    /// the focus, the assessment discussion and the readings all ask through here.
    pub fn usable_score(&self, competency: &str) -> Option<Score> {
        self.assessment
            .usable()
            .then(|| self.assessment.score(competency))
            .flatten()
    }

    /// The interview is planned after the last day the report's conclusions are valid.
    pub fn report_expired(&self) -> bool {
        let until = dates::day(&self.assessment.valid_until);
        let planned = dates::day(&self.scheduled_at);
        matches!((until, planned), (Some(until), Some(planned)) if planned > until)
    }

    /// The evaluation rows, one per lens competency, in lens order.
    pub fn results(&self) -> Vec<CompetencyResult> {
        self.results_with(&self.thresholds())
    }

    /// The evaluation rows read with `thresholds` (the position overview reads every
    /// candidate with the position's).
    pub fn results_with(&self, thresholds: &Thresholds) -> Vec<CompetencyResult> {
        self.lens
            .competencies
            .iter()
            .map(|item| {
                let score = self.usable_score(&item.competency.id);
                result(item, score, thresholds, &self.interview, &self.asked(item))
            })
            .collect()
    }
}

/// A session in a file or in storage: its dates, lens, scores, ratings and panel.
impl Checker {
    pub fn session(&mut self, session: &Session) {
        self.id(&session.id);
        if session.from_newer_app() {
            let model = session.written_by;
            self.field("written_by", |c| c.report(Problem::NewerApp { model }));
        }
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
            c.date("release_on", &assessment.release_on, false);
            c.date("valid_until", &assessment.valid_until, false);
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
            self.field("panel", |c| c.panel(panel, &session.lens));
        }
    }
}
