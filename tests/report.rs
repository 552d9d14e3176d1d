//! The report holds what substantiates the judgement: the anchor of the rating, the evidence,
//! each question asked with its example mark and notes, and the reason for an unrated one.

mod common;

use interviewgids::domain::assessment::Focus;
use interviewgids::domain::interview::{AnswerField, Example};
use interviewgids::domain::report::{kit, on_scale, sections};
use interviewgids::domain::SessionAction as A;

#[test]
fn a_rated_competency_carries_its_anchor_evidence_and_notes() {
    let mut s = common::session("s-1");
    s.apply(A::SetScore {
        competency: "planning".into(),
        score: Some(74),
    })
    .unwrap();
    s.apply(A::SetAnswer {
        question: "planning-q1".into(),
        field: AnswerField::Action,
        text: "Split the move into three steps.".into(),
    })
    .unwrap();
    s.apply(A::SetExample {
        question: "planning-q1".into(),
        example: Some(Example::Yes),
    })
    .unwrap();
    s.apply(A::SetEvidence {
        competency: "planning".into(),
        text: "Planned the archive move.".into(),
    })
    .unwrap();
    s.apply(A::Rate {
        competency: "planning".into(),
        level: 4,
    })
    .unwrap();
    s.apply(A::SetUnratedReason {
        competency: "initiative".into(),
        reason: "Ran out of time.".into(),
    })
    .unwrap();

    let report = sections(&s);
    assert_eq!(report.len(), 2);
    let planning = &report[0];
    assert_eq!(planning.result.level, Some(4));
    assert_eq!(
        planning.anchor.as_ref().map(|a| a.en.as_str()),
        Some("anchor 4 (en)")
    );
    assert_eq!(planning.evidence, "Planned the archive move.");
    assert_eq!(
        planning.questions.len(),
        2,
        "the two questions asked, not the third"
    );
    assert_eq!(planning.questions[0].example, Some(Example::Yes));
    assert_eq!(
        planning.questions[0].star[2],
        "Split the move into three steps."
    );
    assert_eq!(planning.questions[1].notes, "");
    assert_eq!(planning.unrated_reason, None);

    let initiative = &report[1];
    assert_eq!((initiative.result.level, &initiative.anchor), (None, &None));
    assert_eq!(
        initiative.unrated_reason.as_deref(),
        Some("Ran out of time.")
    );
}

#[test]
fn figures_land_on_their_scale_and_stay_within_it() {
    assert_eq!(on_scale(0, 0, 100, 200), 0);
    assert_eq!(on_scale(74, 0, 100, 200), 148);
    assert_eq!(on_scale(100, 0, 100, 200), 200);
    assert_eq!(on_scale(1, 1, 5, 200), 0);
    assert_eq!(on_scale(3, 1, 5, 200), 100);
    assert_eq!(on_scale(9, 1, 5, 200), 200);
    assert_eq!(on_scale(3, 5, 5, 200), 0);
}

#[test]
fn the_kit_holds_the_chosen_questions_with_probes_the_anchors_and_the_focus() {
    let mut s = common::session("s-1");
    s.apply(A::SetScore {
        competency: "planning".into(),
        score: Some(20),
    })
    .unwrap();
    s.apply(A::UseQuestion {
        question: "initiative-q3".into(),
        used: true,
    })
    .unwrap();
    let kit = kit(&s);
    assert_eq!(kit.len(), 2);
    assert_eq!(kit[0].focus, Some(Focus::ProbeLearnedBehaviour));
    assert_eq!((kit[1].score, kit[1].focus), (None, None));
    let ids = |i: usize| {
        kit[i]
            .questions
            .iter()
            .map(|q| q.id.as_str())
            .collect::<Vec<_>>()
    };
    assert_eq!(ids(0), ["planning-q1", "planning-q2"]);
    assert_eq!(ids(1), ["initiative-q1", "initiative-q2", "initiative-q3"]);
    assert_eq!(kit[0].questions[0].probes.len(), 2);
    assert_eq!(kit[0].anchors.len(), 5);
    assert_eq!(kit[0].standard, 3);
}
