//! Builders for valid domain values, shared by the native tests.
#![allow(dead_code)]

use interviewgids::domain::assessment::Release;
use interviewgids::domain::{
    Competency, Factor, Lens, LensCompetency, PhaseMinutes, Question, Session, Text,
};

pub fn text(base: &str) -> Text {
    Text::new(format!("{base} (nl)"), format!("{base} (en)"))
}

pub fn competency(id: &str) -> Competency {
    Competency {
        id: id.to_owned(),
        factor: Factor::OrganisingExecuting,
        name: text("name"),
        definition: text("definition"),
        basis: text("basis"),
        questions: (1..=3)
            .map(|n| Question {
                id: format!("{id}-q{n}"),
                text: text("question"),
                probes: vec![text("probe a"), text("probe b")],
                own: false,
            })
            .collect(),
        anchors: (1..=5).map(|n| text(&format!("anchor {n}"))).collect(),
    }
}

pub fn lens(id: &str) -> Lens {
    Lens {
        id: id.to_owned(),
        name: "Teamleider".to_owned(),
        description: String::new(),
        competencies: ["planning", "initiative"]
            .iter()
            .map(|c| LensCompetency {
                competency: competency(c),
                standard: 3,
                weight: 1,
                standard_questions: vec![format!("{c}-q1"), format!("{c}-q2")],
            })
            .collect(),
        phase_minutes: PhaseMinutes::default(),
        thresholds: Default::default(),
    }
}

pub fn session(id: &str) -> Session {
    let mut session = Session::new(id, lens("teamleider"), "2026-11-28T09:00:00Z");
    session.candidate = "Sanne de Vries".to_owned();
    session.interviewer = "J. Bakker".to_owned();
    session.scheduled_at = "2026-12-01T10:00".to_owned();
    // The candidate saw the assessment report and did not block it, so its scores are used.
    session.assessment.release = Release::Cleared;
    session.assessment.release_on = "2026-11-27".to_owned();
    session.revision = 1;
    session
}

use interviewgids::domain::decision::PanelDecision;
use interviewgids::domain::evaluation::Recommendation;
use interviewgids::domain::panel::{Consensus, PanelRefusal, Returned, Role};
use interviewgids::domain::session_action::Refusal;
use interviewgids::domain::SessionAction as A;

/// The moment the tests' panel actions happen.
pub const NOW: &str = "2026-12-01T12:00:00Z";

fn panel_only(refusal: Refusal) -> PanelRefusal {
    match refusal {
        Refusal::Panel(r) => r,
        other => panic!("not a panel refusal: {other:?}"),
    }
}

/// The panel's steps, each one [`A`] through `Session::apply` like every other change.
pub trait PanelSteps {
    fn panel_start(&mut self, id: impl Into<String>);
    fn attach(&mut self, file: Returned, replace: bool) -> Result<(), PanelRefusal>;
    fn attach_uninvited(&mut self, file: Returned, replace: bool) -> Result<(), PanelRefusal>;
    fn consensus(&mut self, competency: &str, c: Option<Consensus>) -> Result<(), PanelRefusal>;
    fn decide(
        &mut self,
        recommendation: Option<Recommendation>,
        substantiation: String,
        departure: String,
    ) -> Result<(), PanelRefusal>;
    fn decide_with(&mut self, decision: PanelDecision) -> Result<(), PanelRefusal>;
}

impl PanelSteps for Session {
    fn panel_start(&mut self, id: impl Into<String>) {
        self.apply(A::StartPanel { id: id.into() }).unwrap();
    }

    /// Attaches `file` as the lead who handed out its invitation: the invitation is recorded
    /// first where it is not (see [`PanelSteps::attach_uninvited`] for a file that answers none).
    fn attach(&mut self, file: Returned, replace: bool) -> Result<(), PanelRefusal> {
        let recorded = self
            .panel
            .as_ref()
            .is_some_and(|p| p.invited.iter().any(|i| i.session == file.rating.session));
        if !recorded {
            let _ = self.apply(A::Invite {
                id: file.rating.session.clone(),
                now_iso: NOW.into(),
                role: Role {
                    interviewer: file.rating.interviewer.clone(),
                    focus: file.rating.focus.clone(),
                    observer: file.rating.observer,
                },
            });
        }
        self.attach_uninvited(file, replace)
    }

    fn attach_uninvited(&mut self, file: Returned, replace: bool) -> Result<(), PanelRefusal> {
        self.apply(A::AttachReturned {
            file: Box::new(file),
            replace,
            now_iso: NOW.into(),
        })
        .map_err(panel_only)
    }

    fn consensus(&mut self, competency: &str, c: Option<Consensus>) -> Result<(), PanelRefusal> {
        self.apply(A::SetConsensus {
            competency: competency.into(),
            consensus: c,
        })
        .map_err(panel_only)
    }

    fn decide(
        &mut self,
        recommendation: Option<Recommendation>,
        substantiation: String,
        departure: String,
    ) -> Result<(), PanelRefusal> {
        self.decide_with(PanelDecision {
            recommendation,
            substantiation,
            departure,
            ..PanelDecision::default()
        })
    }

    fn decide_with(&mut self, decision: PanelDecision) -> Result<(), PanelRefusal> {
        self.apply(A::DecidePanel {
            decision,
            now_iso: NOW.into(),
        })
        .map_err(panel_only)
    }
}
