//! Everything a user can do to a session ([`SessionAction`]) and the one place that does it
//! ([`Session::apply`]): a refused action leaves the session exactly as it was.

use super::assessment::{Release, Scale, Thresholds};
use super::dates;
use super::decision::PanelDecision;
use super::evaluation::{Departure, Recommendation};
use super::interview::{
    tick, AnswerField, ClarityPoint, ClosingPoint, Example, ExplainPoint, Recognition,
};
use super::lens::{LEVEL_MAX, LEVEL_MIN};
use super::panel::{Consensus, PanelRefusal, Returned, Role};
use super::phase::Phase;
use super::session::{Missing, Session, Status, MAX_PLANNED_MINUTES};

/// Everything a user can do to a session.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SessionAction {
    SetCandidate(String),
    SetInterviewer(String),
    SetSchedule(String),
    /// The planned length in minutes; `None` goes back to the agenda's total.
    SetDuration(Option<u32>),
    SetScore {
        competency: String,
        score: Option<u8>,
    },
    SetReport(String),
    SetOther(String),
    /// The scale the instrument reports on; only while no score is entered, so a score is
    /// never read on another scale than it was typed on.
    SetScale(Scale),
    SetInstrument(String),
    /// When the assessment was taken (`YYYY-MM-DD`, or empty).
    SetTakenOn(String),
    SetNormGroup(String),
    /// Focus thresholds for this candidate. The position's own clear the deviation; others
    /// are a deviation from the position's standard and need a reason (M20, M28).
    SetThresholds {
        low: u8,
        high: u8,
        reason: String,
    },
    /// Use a question, or skip one that is not a standard question of the lens.
    UseQuestion {
        question: String,
        used: bool,
    },
    /// Skip a standard question for this candidate: a deviation from the same questions for
    /// everyone (M20), so it needs a reason.
    SkipStandardQuestion {
        question: String,
        reason: String,
    },
    SetReminderGiven(bool),
    /// The candidate's invitation as edited; empty returns to the generated text.
    SetInvitationLetter(String),
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
    /// Records that the candidate gave no example, even after time to think (M24): the
    /// competency stays unrated for that reason (any level is cleared), or with `false` the
    /// record is taken back.
    SetNoExample {
        competency: String,
        no_example: bool,
    },
    SetCandidateQuestions(String),
    TickClosing {
        point: ClosingPoint,
        done: bool,
    },
    SetNextStepsExplained(bool),
    SetClosingNotes(String),
    SetRecommendation(Option<Recommendation>),
    SetSubstantiation(String),
    /// How the substantiation weighs the competencies the recommendation departs from.
    SetDepartureReason(String),
    /// Why the candidate is rejected, as they will hear it if they ask.
    SetRejectionReason(String),
    /// Why a competency was left unrated ("not discussed: out of time").
    SetUnratedReason {
        competency: String,
        reason: String,
    },
    /// Completes the evaluation at `now` (ms, for the clock) / `now_iso` (for the record).
    Complete {
        now: u64,
        now_iso: String,
    },
    /// Reopens a completed evaluation at `now_iso`; after the reveal of a panel's ratings
    /// the reopening is recorded.
    Reopen {
        now_iso: String,
    },
    /// The procedure's end date (`YYYY-MM-DD`, or empty when not ended).
    SetProcedureEnded(String),
    /// Records the candidate's consent to longer storage on `date`, or withdraws it (`None`).
    SetConsent(Option<String>),
    /// Records on `date` that the candidate agreed to the assessment being shared with the
    /// interviewer(s), or clears it (`None`).
    SetShareConsent(Option<String>),
    /// Records whether the candidate saw the assessment report and did not block it, on `on`
    /// (`YYYY-MM-DD`). A fact about the candidate's rights, so it stays editable after
    /// completion: a report recorded as blocked later is no longer used anywhere.
    SetRelease {
        release: Release,
        on: String,
    },
    /// The last day the report's conclusions are valid (`YYYY-MM-DD`, or empty).
    SetValidUntil(String),
    /// Confirms the procedure's end that completing the evaluation proposed.
    ConfirmProcedureEnd,
    /// The feedback for the candidate as edited; empty returns to the drawn-up text. It is
    /// written after the evaluation is completed, so it stays editable then.
    SetFeedbackLetter(String),
    /// Marks the candidate as hired: kept out of the deletion list until unmarked.
    SetHired(bool),
    /// Makes this session the lead's session of a new panel named `id`.
    StartPanel {
        id: String,
    },
    /// Records an invitation the lead hands out: the colleague's session id and role.
    Invite {
        id: String,
        now_iso: String,
        role: Role,
    },
    /// Attaches a colleague's returned ratings; a newer revision replaces the attached one
    /// only with `replace`. Once visible they seal the lead's own judgement (at `now_iso`).
    AttachReturned {
        file: Box<Returned>,
        replace: bool,
        now_iso: String,
    },
    /// Sets when the panel's ratings are due (`YYYY-MM-DDTHH:MM`); empty: an hour after the
    /// interview ends.
    SetRatingsDue(String),
    /// The lead counts a rating taken without an invitation as an interviewer's (`counted`),
    /// or again as an observer's. Until then it is shown but not counted.
    CountUninvited {
        session: String,
        counted: bool,
    },
    /// Records (or with `None` clears) the panel's level for a competency, with its rationale
    /// and, one level or more from the median, why it departs.
    SetConsensus {
        competency: String,
        consensus: Option<Consensus>,
    },
    /// Records the panel's recommendation (see [`PanelDecision`]) at `now_iso`.
    DecidePanel {
        decision: PanelDecision,
        now_iso: String,
    },
}

/// Why an action was refused; a refused action changes nothing.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Refusal {
    /// A score off the assessment's scale.
    ScoreOutOfRange,
    /// The scale cannot change while scores typed on the other one are entered.
    ScoresOnOtherScale,
    UnknownCompetency,
    ThresholdsInvalid,
    LevelOutOfRange,
    /// A rating needs written evidence first (M27).
    NoEvidence,
    NotReady(Vec<Missing>),
    NoRecommendation,
    NoSubstantiation,
    /// These competencies have no rating and no reason why.
    UnratedWithoutReason(Vec<String>),
    /// The recommendation departs from the standard and the departure is not explained.
    DepartureUnexplained(Departure),
    /// A negative recommendation is completed only with the reason the candidate will hear.
    NoRejectionReason,
    /// Skipping a standard question needs a reason.
    NeedsReason,
    Completed,
    /// A date that is not a real `YYYY-MM-DD` date.
    BadDate,
    /// A planned length of no minutes, or longer than a working day.
    DurationOutOfRange,
    /// A panel's rule was not met (see [`PanelRefusal`]).
    Panel(PanelRefusal),
    /// The session was saved by a newer version of the app; this one only shows it.
    NewerApp,
}

impl From<PanelRefusal> for Refusal {
    fn from(refusal: PanelRefusal) -> Refusal {
        Refusal::Panel(refusal)
    }
}

impl Session {
    /// Applies one action. A refused action leaves the session exactly as it was.
    pub fn apply(&mut self, action: SessionAction) -> Result<(), Refusal> {
        use SessionAction as A;
        // What a newer build saved may hold fields this one would drop: it is not changed.
        if self.from_newer_app() {
            return Err(Refusal::NewerApp);
        }
        let completed = self.status == Status::Completed;
        match action {
            // Retention data stays editable after completion: that is when it matters.
            A::SetProcedureEnded(date) => {
                if !date.is_empty() && dates::day(&date).is_none() {
                    return Err(Refusal::BadDate);
                }
                self.retention.procedure_ended = date;
                self.retention.end_proposed = false;
                return Ok(());
            }
            A::SetFeedbackLetter(text) => {
                self.evaluation.feedback_letter = text;
                return Ok(());
            }
            A::ConfirmProcedureEnd => {
                self.retention.end_proposed = false;
                return Ok(());
            }
            A::SetHired(hired) => {
                self.retention.hired = hired;
                return Ok(());
            }
            A::SetRelease { release, on } => {
                if release != Release::NotRecorded && !dates::is_date(&on, false) {
                    return Err(Refusal::BadDate);
                }
                self.assessment.release = release;
                self.assessment.release_on = if release == Release::NotRecorded {
                    String::new()
                } else {
                    on
                };
                return Ok(());
            }
            A::SetConsent(date) => {
                match date {
                    Some(d) if dates::day(&d).is_none() => return Err(Refusal::BadDate),
                    Some(d) => self.retention.consent_given = d.chars().take(10).collect(),
                    None => self.retention.consent_given.clear(),
                }
                return Ok(());
            }
            A::Reopen { now_iso } => {
                if completed {
                    self.status = Status::InProgress;
                    self.evaluation.completed_at.clear();
                    // A panel's decision, not this evaluation, proposed the end there.
                    if !self.decided_by_panel() {
                        self.retention.withdraw_proposal();
                    }
                    if let Some(panel) = self.panel.as_mut().filter(|p| p.sealed.is_some()) {
                        panel.reopened.push(now_iso);
                    }
                }
                return Ok(());
            }
            // A panel is started, invited and decided also after the own evaluation.
            A::StartPanel { id } => {
                self.start_panel(id);
                return Ok(());
            }
            A::Invite { id, now_iso, role } => {
                return Ok(self.record_invitation(id, now_iso, role)?);
            }
            A::AttachReturned {
                file,
                replace,
                now_iso,
            } => return Ok(self.attach_returned(*file, replace, &now_iso)?),
            A::SetRatingsDue(due) => {
                if !due.is_empty() && !dates::is_date(&due, true) {
                    return Err(Refusal::BadDate);
                }
                let panel = self
                    .panel
                    .as_mut()
                    .filter(|p| p.lead)
                    .ok_or(PanelRefusal::NotLead)?;
                panel.due = due;
                return Ok(());
            }
            A::CountUninvited { session, counted } => {
                return Ok(self.count_uninvited(&session, counted)?)
            }
            A::SetConsensus {
                competency,
                consensus,
            } => {
                if !self.has_competency(&competency) {
                    return Err(Refusal::UnknownCompetency);
                }
                return Ok(self.set_consensus(&competency, consensus)?);
            }
            A::DecidePanel { decision, now_iso } => {
                return Ok(self.decide_panel(decision, &now_iso)?);
            }
            _ if completed => return Err(Refusal::Completed),
            A::SetCandidate(v) => self.candidate = v,
            A::SetInterviewer(v) => self.interviewer = v,
            A::SetSchedule(v) => self.scheduled_at = v,
            A::SetDuration(minutes) => {
                if minutes.is_some_and(|m| !(1..=MAX_PLANNED_MINUTES).contains(&m)) {
                    return Err(Refusal::DurationOutOfRange);
                }
                self.planned_minutes = minutes;
            }
            A::SetScore { competency, score } => {
                if !self.has_competency(&competency) {
                    return Err(Refusal::UnknownCompetency);
                }
                let (min, max) = self.assessment.scale.range();
                match score {
                    Some(s) if !(min..=max).contains(&s) => return Err(Refusal::ScoreOutOfRange),
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
            A::SetScale(scale) => {
                if scale != self.assessment.scale && !self.assessment.scores.is_empty() {
                    return Err(Refusal::ScoresOnOtherScale);
                }
                self.assessment.scale = scale;
            }
            A::SetInstrument(v) => self.assessment.instrument = v,
            A::SetTakenOn(date) => {
                if !date.is_empty() && !dates::is_date(&date, false) {
                    return Err(Refusal::BadDate);
                }
                self.assessment.taken_on = date;
            }
            A::SetNormGroup(v) => self.assessment.norm_group = v,
            A::SetValidUntil(date) => {
                if !date.is_empty() && !dates::is_date(&date, false) {
                    return Err(Refusal::BadDate);
                }
                self.assessment.valid_until = date;
            }
            A::SetShareConsent(date) => match date {
                Some(d) if !dates::is_date(&d, false) => return Err(Refusal::BadDate),
                Some(d) => self.assessment.shared_consent = d,
                None => self.assessment.shared_consent.clear(),
            },
            A::SetThresholds { low, high, reason } => {
                let position = self.lens.thresholds;
                if (low, high) == (position.low, position.high) {
                    self.preparation.thresholds = None;
                    self.preparation.threshold_reason.clear();
                } else {
                    let own = Thresholds::new(low, high).ok_or(Refusal::ThresholdsInvalid)?;
                    if reason.trim().is_empty() {
                        return Err(Refusal::NeedsReason);
                    }
                    self.preparation.thresholds = Some(own);
                    self.preparation.threshold_reason = reason;
                }
            }
            A::UseQuestion { question, used } => {
                if !used && self.is_standard_question(&question) {
                    return Err(Refusal::NeedsReason);
                }
                self.preparation.skip_reasons.remove(&question);
                self.preparation.choices.insert(question, used);
            }
            A::SkipStandardQuestion { question, reason } => {
                if reason.trim().is_empty() {
                    return Err(Refusal::NeedsReason);
                }
                self.preparation.choices.insert(question.clone(), false);
                self.preparation.skip_reasons.insert(question, reason);
            }
            A::SetReminderGiven(v) => self.preparation.reminder_given = v,
            A::SetInvitationLetter(v) => self.preparation.invitation_letter = v,
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
                let rating = self.interview.ratings.entry(competency).or_default();
                rating.level = Some(level);
                rating.no_example = false;
            }
            A::SetNoExample {
                competency,
                no_example,
            } => {
                if !self.has_competency(&competency) {
                    return Err(Refusal::UnknownCompetency);
                }
                let rating = self.interview.ratings.entry(competency).or_default();
                rating.no_example = no_example;
                if no_example {
                    rating.level = None;
                }
            }
            A::SetCandidateQuestions(v) => self.interview.candidate_questions = v,
            A::TickClosing { point, done } => tick(&mut self.interview.closing_done, point, done),
            A::SetNextStepsExplained(v) => self.interview.next_steps_explained = v,
            A::SetClosingNotes(v) => self.interview.closing_notes = v,
            A::SetRecommendation(v) => self.evaluation.recommendation = v,
            A::SetSubstantiation(v) => self.evaluation.substantiation = v,
            A::SetDepartureReason(v) => self.evaluation.departure_reason = v,
            A::SetRejectionReason(v) => self.evaluation.rejection_reason = v,
            A::SetUnratedReason { competency, reason } => {
                if !self.has_competency(&competency) {
                    return Err(Refusal::UnknownCompetency);
                }
                if reason.is_empty() {
                    self.evaluation.unrated.remove(&competency);
                } else {
                    self.evaluation.unrated.insert(competency, reason);
                }
            }
            A::Complete { now, now_iso } => {
                if self.evaluation.recommendation.is_none() {
                    return Err(Refusal::NoRecommendation);
                }
                if self.evaluation.substantiation.trim().is_empty() {
                    return Err(Refusal::NoSubstantiation);
                }
                let unexplained = self.unrated_without_reason();
                if !unexplained.is_empty() {
                    return Err(Refusal::UnratedWithoutReason(unexplained));
                }
                if let Some(departure) = self.departure() {
                    if self.evaluation.departure_reason.trim().is_empty() {
                        return Err(Refusal::DepartureUnexplained(departure));
                    }
                }
                // Where a panel decides, the candidate hears the panel's reason, not this one.
                let negative = self.evaluation.recommendation.is_some_and(|r| r.negative());
                let heard = !self.decided_by_panel();
                if heard && negative && self.evaluation.rejection_reason.trim().is_empty() {
                    return Err(Refusal::NoRejectionReason);
                }
                self.interview.clock.stop(now);
                self.status = Status::Completed;
                // Where a panel decides, its decision proposes the end, not this evaluation.
                if !self.decided_by_panel() {
                    self.retention
                        .propose_end(now_iso.get(..10).unwrap_or_default());
                }
                self.seal_if_revealed(&now_iso);
                self.evaluation.completed_at = now_iso;
            }
        }
        Ok(())
    }
}
