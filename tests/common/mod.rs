//! Builders for valid domain values, shared by the native tests.
#![allow(dead_code)]

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
    session.revision = 1;
    session
}
