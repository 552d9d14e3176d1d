//! Calibration across panels (research in METHOD.md): per interviewer, their mean level minus
//! the median of the other interviewers (leave-one-out), how often they leave a competency unrated and how often they end two
//! levels or more from the consensus — alphabetical, never per candidate.

mod common;

use common::PanelSteps;

use interviewgids::domain::calibration::{calibrate, Figures};
use interviewgids::domain::evaluation::Recommendation;
use interviewgids::domain::panel::{Consensus, Role};
use interviewgids::domain::{Session, SessionAction as A};

fn rate(s: &mut Session, competency: &str, level: u8) {
    s.apply(A::SetEvidence {
        competency: competency.into(),
        text: "Seen.".into(),
    })
    .unwrap();
    s.apply(A::Rate {
        competency: competency.into(),
        level,
    })
    .unwrap();
}

fn complete(s: &mut Session) {
    for id in ["planning", "initiative"] {
        if !s.interview.ratings.contains_key(id) {
            s.apply(A::SetUnratedReason {
                competency: id.into(),
                reason: "Out of time.".into(),
            })
            .unwrap();
        }
    }
    s.apply(A::SetRecommendation(Some(Recommendation::Yes)))
        .unwrap();
    s.apply(A::SetSubstantiation("Seen.".into())).unwrap();
    s.apply(A::SetDepartureReason("Weighed.".into())).unwrap();
    s.apply(A::Complete {
        now: 1,
        now_iso: "2026-12-07T12:00:00Z".into(),
    })
    .unwrap();
}

/// A completed lead session by `lead` rating (planning, initiative), with colleagues.
fn panel(
    id: &str,
    lead: &str,
    own: [Option<u8>; 2],
    colleagues: &[(&str, bool, [Option<u8>; 2])],
) -> Session {
    let mut s = common::session(id);
    s.interviewer = lead.into();
    s.panel_start(format!("panel-{id}"));
    for (i, (name, observer, levels)) in colleagues.iter().enumerate() {
        let role = Role {
            interviewer: (*name).into(),
            focus: Vec::new(),
            observer: *observer,
        };
        let mut col = s.invite(format!("{id}-col-{i}"), "now", role).unwrap();
        for (competency, level) in ["planning", "initiative"].iter().zip(levels) {
            if let Some(level) = level {
                rate(&mut col, competency, *level);
            }
        }
        complete(&mut col);
        s.attach(col.returned().unwrap(), false).unwrap();
    }
    for (competency, level) in ["planning", "initiative"].iter().zip(own) {
        if let Some(level) = level {
            rate(&mut s, competency, level);
        }
    }
    complete(&mut s);
    s
}

fn figures<'a>(all: &'a [Figures], name: &str) -> &'a Figures {
    all.iter().find(|f| f.name == name).unwrap()
}

#[test]
fn leniency_is_the_mean_level_minus_the_others_median_over_several_panels() {
    // Leave one out: in a two-person panel each is measured against the other, so a gap of
    // two is two for both, not half of it each (against a median that holds one's own level).
    // Panel A: planning 4 (Lies) and 2 (Rob); initiative 3 and 3.
    // Sam observes: 5 on planning, against the median of the others, initiative left unrated.
    let mut a = panel(
        "a",
        "Lies",
        [Some(4), Some(3)],
        &[
            ("Rob", false, [Some(2), Some(3)]),
            ("Sam", true, [Some(5), None]),
        ],
    );
    // The consensus of 2 lies two below Lies's 4 and three below Sam's 5.
    a.consensus(
        "planning",
        Some(Consensus {
            level: 2,
            rationale: "Rob's example held.".into(),
            departure: "Lies's example was a team plan.".into(),
        }),
    )
    .unwrap();
    // Panel B: planning 3 and 3; initiative 4 (Lies) and 2 (rob, written small).
    let b = panel(
        "b",
        "Lies",
        [Some(3), Some(4)],
        &[("rob", false, [Some(3), Some(2)])],
    );
    let found = calibrate(&[a, b]);
    assert_eq!(found.panels, 2);
    let names: Vec<&str> = found.interviewers.iter().map(|f| f.name.as_str()).collect();
    assert_eq!(names, ["Lies", "Rob", "Sam"]);

    // Lies: +2, 0, 0, +2 over four levels.
    let lies = figures(&found.interviewers, "Lies");
    assert_eq!((lies.panels, lies.compared), (2, 4));
    assert_eq!(lies.leniency(), Some(1.0));
    assert_eq!(lies.leniency_tenths(), Some(10));
    assert_eq!((lies.far_from_consensus, lies.with_consensus), (1, 1));

    let rob = figures(&found.interviewers, "Rob");
    assert_eq!((rob.panels, rob.compared), (2, 4));
    assert_eq!(rob.leniency(), Some(-1.0));
    assert_eq!((rob.far_from_consensus, rob.with_consensus), (0, 1));

    // Sam observes: 5 against the median of Lies and Rob (3); the others never see Sam's.
    let sam = figures(&found.interviewers, "Sam");
    assert_eq!((sam.panels, sam.as_observer, sam.compared), (1, 1, 1));
    assert_eq!(sam.leniency(), Some(2.0));
    assert_eq!((sam.unrated, sam.competencies), (1, 2));
    assert_eq!((sam.far_from_consensus, sam.with_consensus), (1, 1));
}

#[test]
fn a_level_alone_in_its_median_is_not_compared_and_no_example_is_not_unrated() {
    // Only Lies rated initiative: the median is hers alone, so it says nothing of her.
    let mut a = panel(
        "a",
        "Lies",
        [Some(4), Some(5)],
        &[("Rob", false, [Some(4), None])],
    );
    a.panel.as_mut().unwrap().colleagues[0]
        .ratings
        .entry("initiative".into())
        .or_default()
        .no_example = true;
    a.panel.as_mut().unwrap().colleagues[0].unrated.clear();
    let found = calibrate(&[a]);
    let lies = figures(&found.interviewers, "Lies");
    assert_eq!((lies.compared, lies.leniency()), (1, Some(0.0)));
    let rob = figures(&found.interviewers, "Rob");
    assert_eq!((rob.unrated, rob.competencies), (0, 2));
}

#[test]
fn only_completed_lead_sessions_with_a_colleague_count() {
    let mut open = panel(
        "a",
        "Lies",
        [Some(4), Some(3)],
        &[("Rob", false, [Some(2), Some(3)])],
    );
    open.apply(A::Reopen {
        now_iso: common::NOW.into(),
    })
    .unwrap();
    let alone = panel("b", "Lies", [Some(4), Some(3)], &[]);
    let colleague = {
        let mut lead = common::session("c");
        lead.panel_start("panel-c");
        lead.invitation("c-col", "now").unwrap()
    };
    let solo = common::session("d");
    let found = calibrate(&[open, alone, colleague, solo]);
    assert_eq!(found.panels, 0);
    assert!(found.interviewers.is_empty());
}
