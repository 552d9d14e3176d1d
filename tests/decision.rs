//! The panel's decision is the record (research in METHOD.md: the panel, not one member,
//! decides): its recommendation is the outcome in the overview, the report and the letter;
//! it is held against the standard like one interviewer's; the lead's levels from before the
//! reveal are the independent ones; a level without written evidence does not count; and a
//! position's agreement is measured across its candidates.

mod common;

use common::{PanelSteps, NOW};

use interviewgids::domain::agreement::NoIcc;
use interviewgids::domain::calibration::calibrate;
use interviewgids::domain::debrief::{debrief, Change, NotCounted};
use interviewgids::domain::decision::{DecidedBy, PanelDecision};
use interviewgids::domain::evaluation::{Departure, Recommendation, Short};
use interviewgids::domain::overview::{in_use, overview, Order};
use interviewgids::domain::panel::{Consensus, PanelRefusal, Role};
use interviewgids::domain::position::panel_agreement;
use interviewgids::domain::{Session, SessionAction as A, Status};

fn rate(s: &mut Session, competency: &str, level: u8) {
    s.apply(A::SetEvidence {
        competency: competency.into(),
        text: format!("{} saw it on {competency}.", s.interviewer),
    })
    .unwrap();
    s.apply(A::Rate {
        competency: competency.into(),
        level,
    })
    .unwrap();
}

fn complete(s: &mut Session, recommendation: Recommendation, at: &str) {
    s.apply(A::SetRecommendation(Some(recommendation))).unwrap();
    s.apply(A::SetSubstantiation("What was observed.".into()))
        .unwrap();
    s.apply(A::SetDepartureReason("Weighed as a whole.".into()))
        .unwrap();
    s.apply(A::SetRejectionReason("Own reason.".into()))
        .unwrap();
    s.apply(A::Complete {
        now: 1,
        now_iso: at.into(),
    })
    .unwrap();
}

fn role(name: &str) -> Role {
    Role {
        interviewer: name.into(),
        focus: Vec::new(),
        observer: false,
    }
}

/// A colleague invited by `lead`, rating planning and initiative, completed, attached.
fn join(lead: &mut Session, id: &str, name: &str, levels: [u8; 2], r: Recommendation) {
    let mut s = lead.invite(id, "2026-12-07T09:00:00Z", role(name)).unwrap();
    rate(&mut s, "planning", levels[0]);
    rate(&mut s, "initiative", levels[1]);
    complete(&mut s, r, "2026-12-07T11:00:00Z");
    lead.attach(s.returned().unwrap(), false).unwrap();
}

/// Lies leads (planning 4, initiative 3, yes); Rob (3, 3, yes) and Ayla (2, 2, no) return.
fn three_person_panel(id: &str) -> Session {
    let mut lead = common::session(id);
    lead.interviewer = "Lies".into();
    lead.panel_start(format!("panel-{id}"));
    join(
        &mut lead,
        &format!("{id}-rob"),
        "Rob",
        [3, 3],
        Recommendation::Yes,
    );
    join(
        &mut lead,
        &format!("{id}-ayla"),
        "Ayla",
        [2, 2],
        Recommendation::No,
    );
    rate(&mut lead, "planning", 4);
    rate(&mut lead, "initiative", 3);
    complete(&mut lead, Recommendation::Yes, "2026-12-07T12:00:00Z");
    lead
}

fn agree(lead: &mut Session, competency: &str, level: u8) {
    lead.consensus(
        competency,
        Some(Consensus {
            level,
            rationale: "Ayla's example was the most concrete.".into(),
            departure: "The plan was the team's, not the candidate's.".into(),
        }),
    )
    .unwrap();
}

#[test]
fn a_panel_no_over_two_yeses_is_the_outcome_in_overview_report_letter_and_retention() {
    let mut lead = three_person_panel("p-1");
    assert_eq!(lead.majority(), Some(Recommendation::Yes));
    // Until the panel has decided, nothing is shown as the outcome.
    let outcome = lead.outcome();
    assert_eq!(outcome.by, DecidedBy::Panel);
    assert!(outcome.pending());
    assert_eq!(outcome.recommendation, None);
    let o = overview(
        "teamleider",
        None,
        std::slice::from_ref(&lead),
        None,
        Order::Name,
    );
    assert!(o.rows[0].outcome.pending());
    assert_eq!(lead.feedback_facts().outcome, None);
    // Completing the own evaluation proposes no end: the panel decides that.
    assert_eq!(lead.retention.procedure_ended, "");

    agree(&mut lead, "planning", 2);
    agree(&mut lead, "initiative", 2);
    // A no departs from the majority's yes (a reason), and needs the reason the candidate hears.
    let decision = PanelDecision {
        recommendation: Some(Recommendation::No),
        substantiation: "Both competencies fell short of the standard.".into(),
        departure: "Ayla heard the candidate's own part; the yeses heard the team's.".into(),
        ..PanelDecision::default()
    };
    let before = lead.clone();
    assert_eq!(
        lead.decide_with(decision.clone()),
        Err(PanelRefusal::NoRejectionReason)
    );
    assert_eq!(lead, before);
    lead.decide_with(PanelDecision {
        rejection_reason: "Planning and initiative were not shown at the level asked.".into(),
        ..decision
    })
    .unwrap();

    let outcome = lead.outcome();
    assert_eq!(outcome.recommendation, Some(Recommendation::No));
    assert_eq!(outcome.lead_own, Some(Recommendation::Yes));
    assert_eq!(
        outcome.rejection_reason,
        "Planning and initiative were not shown at the level asked."
    );
    // The overview's row, and so its column, departure note and flag, carry the panel's.
    let o = overview(
        "teamleider",
        None,
        std::slice::from_ref(&lead),
        None,
        Order::Name,
    );
    assert_eq!(o.rows[0].outcome, outcome);
    assert_eq!(o.rows[0].outcome.departure, None);
    // The letter says no, with the panel's reason, never the lead's own.
    let facts = lead.feedback_facts();
    assert_eq!(facts.outcome, Some(Recommendation::No));
    assert_eq!(
        facts.rejection_reason,
        "Planning and initiative were not shown at the level asked."
    );
    // The decision proposes the procedure's end, as one interviewer's completion does.
    assert_eq!(lead.retention.procedure_ended, NOW[..10]);
    assert!(lead.retention.end_proposed);
}

#[test]
fn the_panels_recommendation_is_held_against_the_standard_like_one_interviewers() {
    let mut lead = three_person_panel("p-1");
    agree(&mut lead, "planning", 2);
    // Strong yes while planning is below the standard and initiative has no consensus.
    let strong_yes = PanelDecision {
        recommendation: Some(Recommendation::StrongYes),
        substantiation: "Convincing in the room.".into(),
        departure: "The majority said yes too.".into(),
        ..PanelDecision::default()
    };
    assert_eq!(
        lead.decide_with(strong_yes.clone()),
        Err(PanelRefusal::DepartsFromStandard(
            Departure::PositiveBelowStandard(vec![
                ("planning".into(), Short::Below),
                ("initiative".into(), Short::Unrated),
            ])
        ))
    );
    lead.decide_with(PanelDecision {
        standard_departure: "Planning is coached in the first months.".into(),
        ..strong_yes
    })
    .unwrap();
    let outcome = lead.outcome();
    assert_eq!(
        outcome.departure.map(|(_, reason)| reason),
        Some("Planning is coached in the first months.".into())
    );
    // A no while every consensus meets the standard departs too.
    agree(&mut lead, "initiative", 3);
    lead.consensus(
        "planning",
        Some(Consensus {
            level: 3,
            rationale: "At the median.".into(),
            departure: String::new(),
        }),
    )
    .unwrap();
    assert_eq!(
        lead.decide_with(PanelDecision {
            recommendation: Some(Recommendation::No),
            substantiation: "Motivation.".into(),
            departure: "Motivation was absent.".into(),
            rejection_reason: "Motivation for the role.".into(),
            ..PanelDecision::default()
        }),
        Err(PanelRefusal::DepartsFromStandard(
            Departure::NegativeAllMeet
        ))
    );
}

#[test]
fn reopening_after_the_reveal_keeps_the_independent_levels_and_is_recorded() {
    let mut lead = three_person_panel("p-1");
    let sealed = lead.panel.as_ref().unwrap().sealed.clone().unwrap();
    assert_eq!(sealed.at, "2026-12-07T12:00:00Z");
    assert_eq!(sealed.levels["planning"], 4);
    let median = lead.combined("planning");
    let majority = lead.majority();
    let calibrated = calibrate([&lead]);

    lead.apply(A::Reopen {
        now_iso: "2026-12-07T13:05:00Z".into(),
    })
    .unwrap();
    rate(&mut lead, "planning", 2);
    lead.apply(A::SetRecommendation(Some(Recommendation::No)))
        .unwrap();
    complete(&mut lead, Recommendation::No, "2026-12-07T13:10:00Z");

    // The median, the majority and the calibration still use the levels from before.
    assert_eq!(lead.combined("planning"), median);
    assert_eq!(lead.majority(), majority);
    assert_eq!(calibrate([&lead]), calibrated);
    // Recorded: when, and what changed.
    let d = debrief(&lead).unwrap();
    assert_eq!(d.reopened, ["2026-12-07T13:05:00Z"]);
    assert_eq!(
        d.changes,
        [
            Change::Level {
                competency: "planning".into(),
                before: Some(4),
                after: Some(2),
            },
            Change::Recommendation {
                before: Some(Recommendation::Yes),
                after: Some(Recommendation::No),
            },
        ]
    );
    let lies = &d.topics[0].views[0];
    assert_eq!((lies.level, lies.counted), (Some(2), Some(4)));
    assert_eq!(
        d.topics[0].not_counted(),
        [("Lies", NotCounted::ChangedAfterReveal { counted: Some(4) })]
    );
    // A file that arrives after completion seals the judgement as it stood then.
    let mut late = common::session("p-2");
    late.panel_start("panel-p-2");
    rate(&mut late, "planning", 3);
    rate(&mut late, "initiative", 3);
    let mut rob = late.invite("p-2-rob", "now", role("Rob")).unwrap();
    complete(&mut late, Recommendation::Yes, "2026-12-07T12:00:00Z");
    assert!(late.panel.as_ref().unwrap().sealed.is_none());
    rate(&mut rob, "planning", 3);
    rate(&mut rob, "initiative", 3);
    complete(&mut rob, Recommendation::Yes, "2026-12-07T12:30:00Z");
    late.attach(rob.returned().unwrap(), false).unwrap();
    let sealed = late.panel.as_ref().unwrap().sealed.clone().unwrap();
    assert_eq!((sealed.at.as_str(), sealed.levels.len()), (NOW, 2));
    // Reopening before any colleague was seen is not recorded: nothing was revealed.
    let mut early = common::session("p-3");
    early.panel_start("panel-p-3");
    rate(&mut early, "planning", 3);
    rate(&mut early, "initiative", 3);
    complete(&mut early, Recommendation::Yes, "2026-12-07T12:00:00Z");
    early
        .apply(A::Reopen {
            now_iso: NOW.into(),
        })
        .unwrap();
    assert!(early.panel.as_ref().unwrap().reopened.is_empty());
}

#[test]
fn a_level_without_written_evidence_is_left_out_and_named() {
    let mut lead = common::session("p-1");
    lead.interviewer = "Lies".into();
    lead.panel_start("panel-p-1");
    let mut rob = lead.invite("p-1-rob", "now", role("Rob")).unwrap();
    rate(&mut rob, "planning", 5);
    rate(&mut rob, "initiative", 3);
    complete(&mut rob, Recommendation::Yes, "2026-12-07T11:00:00Z");
    let mut file = rob.returned().unwrap();
    file.rating.ratings.get_mut("planning").unwrap().evidence = "  ".into();
    lead.attach(file, false).unwrap();
    rate(&mut lead, "planning", 3);
    rate(&mut lead, "initiative", 3);
    complete(&mut lead, Recommendation::Yes, "2026-12-07T12:00:00Z");

    // Rob's 5 without evidence: shown, not in the median, the agreement or the calibration.
    assert_eq!(lead.independent_levels("planning"), [Some(3), None]);
    let d = debrief(&lead).unwrap();
    let planning = &d.topics[0];
    assert_eq!(planning.views[1].level, Some(5));
    assert_eq!(planning.views[1].counted, None);
    assert_eq!(planning.combined.map(|c| c.count), Some(1));
    assert_eq!(planning.range, None);
    assert_eq!(planning.not_counted(), [("Rob", NotCounted::NoEvidence)]);
    assert_eq!((d.agreement.within_one, d.agreement.compared), (1, 1));
    let rob = calibrate([&lead])
        .interviewers
        .into_iter()
        .find(|f| f.name == "Rob")
        .unwrap();
    assert_eq!(rob.compared, 1);
}

#[test]
fn a_panel_started_and_never_used_leaves_the_decision_with_the_interviewer() {
    let mut s = common::session("s-1");
    s.panel_start("panel-s-1");
    assert!(!s.decided_by_panel());
    s.apply(A::SetRecommendation(Some(Recommendation::Yes)))
        .unwrap();
    assert_eq!(s.outcome().by, DecidedBy::Interviewer);
    assert_eq!(s.outcome().recommendation, Some(Recommendation::Yes));
    s.invite("s-1-rob", "now", role("Rob")).unwrap();
    assert!(s.decided_by_panel());
    assert!(s.outcome().pending());
}

#[test]
fn a_positions_agreement_needs_ten_candidate_competency_targets() {
    // Each panel gives two targets (planning, initiative) rated by all three seats.
    let panels: Vec<Session> = (0..5)
        .map(|i| three_person_panel(&format!("p-{i}")))
        .collect();
    let refs: Vec<&Session> = panels.iter().collect();
    let icc = panel_agreement(&refs).unwrap();
    assert_eq!((icc.targets, icc.interviewers), (10, 3));
    // Nine targets: too few to say.
    let mut fewer = panels.clone();
    fewer[4].panel.as_mut().unwrap().colleagues[0]
        .ratings
        .get_mut("initiative")
        .unwrap()
        .evidence
        .clear();
    let refs: Vec<&Session> = fewer.iter().collect();
    assert_eq!(
        panel_agreement(&refs),
        Err(NoIcc::TooFewTargets { found: 9 })
    );
    // Without a completed panel there is nothing to say.
    let solo = common::session("solo");
    assert_eq!(panel_agreement(&[&solo]), Err(NoIcc::OneInterviewer));
}

#[test]
fn a_lens_with_candidates_says_how_many_and_which_are_still_open() {
    let mut done = common::session("a");
    done.candidate = "Ada".into();
    done.status = Status::Completed;
    let mut open = common::session("b");
    open.candidate = "Bo".into();
    open.status = Status::InProgress;
    let mut other = common::session("c");
    other.lens.id = "other".into();
    let summaries: Vec<_> = [&done, &open, &other].iter().map(|s| s.summary()).collect();
    let found = in_use("teamleider", &summaries);
    assert_eq!(found.total, 2);
    assert_eq!(found.open, [("b".to_owned(), "Bo".to_owned())]);
    assert_eq!(in_use("nobody", &summaries).total, 0);
}
