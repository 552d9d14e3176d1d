//! A panel that decides on evidence (research in METHOD.md): focus competencies and observers
//! given out with the invitation, the median before the consensus (a departure says why), the
//! majority before the panel's recommendation, coverage warnings, and the roles' validation.

mod common;

use common::PanelSteps;

use interviewgids::domain::agreement::Half;
use interviewgids::domain::debrief::{coverage, debrief};
use interviewgids::domain::decision::PanelDecision;
use interviewgids::domain::evaluation::Recommendation;
use interviewgids::domain::finding::Problem;
use interviewgids::domain::interchange::{self, Content, Document};
use interviewgids::domain::panel::{Consensus, PanelRefusal, Role};
use interviewgids::domain::session_action::Refusal;
use interviewgids::domain::{Session, SessionAction as A};

const COMPETENCIES: [&str; 4] = ["planning", "initiative", "cooperation", "resilience"];

fn rate(s: &mut Session, competency: &str, level: u8) {
    s.apply(A::SetEvidence {
        competency: competency.into(),
        text: format!("{} on {competency}.", s.interviewer),
    })
    .unwrap();
    s.apply(A::Rate {
        competency: competency.into(),
        level,
    })
    .unwrap();
}

fn complete(s: &mut Session, recommendation: Recommendation) {
    s.apply(A::SetRecommendation(Some(recommendation))).unwrap();
    s.apply(A::SetSubstantiation("What was observed.".into()))
        .unwrap();
    s.apply(A::SetDepartureReason("Weighed as a whole.".into()))
        .unwrap();
    // Used only when the recommendation is negative.
    s.apply(A::SetRejectionReason("Too little shown in a team.".into()))
        .unwrap();
    for id in COMPETENCIES {
        if !s.interview.ratings.contains_key(id) {
            s.apply(A::SetUnratedReason {
                competency: id.into(),
                reason: "Not discussed.".into(),
            })
            .unwrap();
        }
    }
    s.apply(A::Complete {
        now: 1,
        now_iso: "2026-12-07T12:00:00Z".into(),
    })
    .unwrap();
}

/// A lead's session with four competencies, a panel started.
fn lead(name: &str) -> Session {
    let mut s = common::session("lead-1");
    s.interviewer = name.into();
    s.lens.competencies = COMPETENCIES
        .iter()
        .map(|id| {
            let mut c = s.lens.competencies[0].clone();
            c.competency = common::competency(id);
            c.standard_questions = vec![format!("{id}-q1"), format!("{id}-q2")];
            c
        })
        .collect();
    s.panel_start("panel-1");
    s
}

fn role(name: &str, focus: &[&str], observer: bool) -> Role {
    Role {
        interviewer: name.into(),
        focus: focus.iter().map(|f| (*f).to_owned()).collect(),
        observer,
    }
}

/// A colleague invited with `role`, rating `levels` (competency, level) and completing.
fn join(lead: &mut Session, id: &str, role: Role, levels: &[(&str, u8)], r: Recommendation) {
    let mut s = lead.invite(id, "2026-12-07T09:00:00Z", role).unwrap();
    for (c, level) in levels {
        rate(&mut s, c, *level);
    }
    complete(&mut s, r);
    lead.attach(s.returned().unwrap(), false).unwrap();
}

/// Lies leads and rates planning 4 with a yes; Rob rates planning 3 with `rob`'s advice.
fn lies_and_rob(rob: Recommendation) -> Session {
    let mut lead = lead("Lies");
    join(
        &mut lead,
        "col-1",
        role("Rob", &[], false),
        &[("planning", 3)],
        rob,
    );
    rate(&mut lead, "planning", 4);
    complete(&mut lead, Recommendation::Yes);
    lead
}

fn consensus(level: u8, departure: &str) -> Option<Consensus> {
    Some(Consensus {
        level,
        rationale: "Weighed the examples together.".into(),
        departure: departure.into(),
    })
}

#[test]
fn an_invitation_carries_the_role_and_the_leads_record_decides_it_on_return() {
    let mut lead = lead("Lies");
    let invited = lead
        .invite(
            "col-1",
            "2026-12-07T09:00:00Z",
            role(" Rob ", &["planning"], false),
        )
        .unwrap();
    assert_eq!(invited.interviewer, "Rob");
    // The colleague's screens mark the focus; the lead's own session has none.
    assert!(invited.panel_focus("planning") && !invited.panel_focus("initiative"));
    assert!(!lead.panel_focus("planning"));
    let panel = invited.panel.as_ref().unwrap();
    assert_eq!(
        (panel.focus.clone(), panel.observer),
        (vec!["planning".to_owned()], false)
    );
    let record = &lead.panel.as_ref().unwrap().invited[0];
    assert_eq!(
        (record.session.as_str(), record.interviewer.as_str()),
        ("col-1", "Rob")
    );

    // The colleague's file claims to be an observer with another focus: the lead's record wins.
    let mut colleague = invited;
    rate(&mut colleague, "planning", 3);
    complete(&mut colleague, Recommendation::Yes);
    let mut file = colleague.returned().unwrap();
    assert_eq!(file.rating.focus, ["planning"]);
    file.rating.observer = true;
    file.rating.focus = vec!["initiative".into()];
    lead.attach(file, false).unwrap();
    let attached = &lead.panel.as_ref().unwrap().colleagues[0];
    assert_eq!(
        (attached.observer, attached.focus.clone()),
        (false, vec!["planning".to_owned()])
    );
}

#[test]
fn a_focus_outside_the_lens_is_refused_and_changes_nothing() {
    let mut lead = lead("Lies");
    let before = lead.clone();
    assert_eq!(
        lead.invite("col-1", "now", role("Rob", &["negotiating"], false)),
        Err(Refusal::Panel(PanelRefusal::UnknownFocus))
    );
    assert_eq!(lead, before);
    // A returned file naming a focus outside the lens is another lens's.
    let mut col = lead.invitation("col-2", "now").unwrap();
    complete(&mut col, Recommendation::Yes);
    let mut file = col.returned().unwrap();
    file.rating.focus = vec!["negotiating".into()];
    assert_eq!(lead.check_returned(&file), Err(PanelRefusal::OtherLens));
}

#[test]
fn the_median_comes_before_the_consensus_and_a_departure_of_a_level_says_why() {
    let mut lead = lies_and_rob(Recommendation::Yes);
    let d = debrief(&lead).unwrap();
    let planning = &d.topics[0];
    assert_eq!(planning.combined.unwrap().median, Half(7));
    // The consensus starts empty.
    assert_eq!(planning.consensus, None);
    // 3 and 4 lie half a level from 3.5: no departure.
    lead.consensus("planning", consensus(3, "")).unwrap();
    lead.consensus("planning", consensus(4, "")).unwrap();
    // 2 lies one and a half from it: refused without a reason, nothing changed.
    let before = lead.clone();
    assert_eq!(
        lead.consensus("planning", consensus(2, " ")),
        Err(PanelRefusal::DepartsFromMedian { median: Half(7) })
    );
    assert_eq!(lead, before);
    lead.consensus(
        "planning",
        consensus(2, "Both examples were the team's work."),
    )
    .unwrap();
    assert!(debrief(&lead).unwrap().topics[0].departs());
    // Back at the median, the departure's reason is not kept.
    lead.consensus("planning", consensus(3, "Stale reason."))
        .unwrap();
    let kept = &lead.panel.as_ref().unwrap().consensus["planning"];
    assert_eq!(kept.departure, "");
    // Without any level there is no median, and no departure to explain.
    lead.consensus("resilience", consensus(1, "")).unwrap();
}

#[test]
fn no_example_and_unrated_give_no_level_to_the_median() {
    let mut lead = lead("Lies");
    let mut col = lead
        .invite("col-1", "now", role("Rob", &[], false))
        .unwrap();
    col.apply(A::SetNoExample {
        competency: "planning".into(),
        no_example: true,
    })
    .unwrap();
    complete(&mut col, Recommendation::Yes);
    lead.attach(col.returned().unwrap(), false).unwrap();
    rate(&mut lead, "planning", 2);
    complete(&mut lead, Recommendation::Yes);
    let topic = &debrief(&lead).unwrap().topics[0];
    assert_eq!(
        topic.combined.map(|c| (c.median, c.count)),
        Some((Half(4), 1))
    );
    assert!(topic.views[1].no_example);
    assert_eq!(topic.covered(), 1);
}

#[test]
fn an_observer_is_shown_marked_and_left_out_of_combination_agreement_and_majority() {
    let mut lead = lead("Lies");
    let all = |level: u8| COMPETENCIES.map(|c| (c, level));
    join(
        &mut lead,
        "col-1",
        role("Rob", &[], false),
        &[("planning", 3), ("initiative", 2), ("cooperation", 4)],
        Recommendation::Yes,
    );
    join(
        &mut lead,
        "col-2",
        role("Sam", &[], true),
        &all(1),
        Recommendation::StrongNo,
    );
    rate(&mut lead, "planning", 4);
    rate(&mut lead, "initiative", 2);
    rate(&mut lead, "cooperation", 5);
    complete(&mut lead, Recommendation::Yes);
    let d = debrief(&lead).unwrap();
    let planning = &d.topics[0];
    let sam = &planning.views[2];
    assert!(sam.observer && sam.level == Some(1));
    // The median of 4 and 3, not of 4, 3 and 1.
    assert_eq!(
        planning.combined.map(|c| (c.median, c.count)),
        Some((Half(7), 2))
    );
    assert_eq!(planning.spread, Some(1));
    // Resilience: only the observer rated it, so no one did.
    assert_eq!(d.topics[3].covered(), 0);
    // Agreement over Lies and Rob only: planning 4/3, initiative 2/2, cooperation 5/4.
    assert_eq!((d.agreement.within_one, d.agreement.compared), (3, 3));
    // Per competency: the pairs of independent levels within one level (4 and 3: one of one).
    assert_eq!(
        (
            planning.range,
            planning.pairs.within_one,
            planning.pairs.total
        ),
        (Some((3, 4)), 1, 1)
    );
    // Two yeses against the observer's strong no: the majority is yes.
    assert_eq!(d.majority, Some(Recommendation::Yes));
    assert!(d.advice[2].observer);
}

#[test]
fn coverage_warns_of_competencies_rated_once_or_by_no_one() {
    let mut lead = lead("Lies");
    // Without a colleague's file, nothing about coverage is known yet beyond the lead.
    rate(&mut lead, "planning", 4);
    rate(&mut lead, "initiative", 3);
    join(
        &mut lead,
        "col-1",
        role("Rob", &["planning"], false),
        &[("planning", 3)],
        Recommendation::Yes,
    );
    let gaps: Vec<(String, usize)> = coverage(&lead)
        .into_iter()
        .map(|g| (g.competency, g.levels))
        .collect();
    assert_eq!(
        gaps,
        [
            ("initiative".into(), 1),
            ("cooperation".into(), 0),
            ("resilience".into(), 0)
        ]
    );
    // Only counts: shown before the lead's evaluation is complete, with no level in it.
    assert!(debrief(&lead).is_none());
    // A session outside a panel, or a colleague's, has no coverage to warn about.
    assert!(coverage(&common::session("solo")).is_empty());
}

#[test]
fn the_panel_departs_from_the_majority_only_with_a_reason() {
    let mut lead = lead("Lies");
    join(
        &mut lead,
        "col-1",
        role("Rob", &[], false),
        &[("planning", 3)],
        Recommendation::No,
    );
    join(
        &mut lead,
        "col-2",
        role("Ayla", &[], false),
        &[("planning", 2)],
        Recommendation::No,
    );
    rate(&mut lead, "planning", 4);
    complete(&mut lead, Recommendation::Yes);
    assert_eq!(lead.majority(), Some(Recommendation::No));
    let before = lead.clone();
    assert_eq!(
        lead.decide(Some(Recommendation::Yes), "Strong plan.".into(), "".into()),
        Err(PanelRefusal::DepartsFromMajority {
            majority: Recommendation::No
        })
    );
    assert_eq!(lead, before);
    // The yes also departs from the standard (no consensus recorded yet): both are said.
    lead.decide_with(PanelDecision {
        recommendation: Some(Recommendation::Yes),
        substantiation: "Strong plan.".into(),
        departure: "Rob and Ayla heard only the first, weaker example.".into(),
        standard_departure: "The rest follows in a second round.".into(),
        ..PanelDecision::default()
    })
    .unwrap();
    assert_eq!(
        debrief(&lead).unwrap().decision.departure,
        "Rob and Ayla heard only the first, weaker example."
    );
    // With the majority, no departure is asked or kept; a no asks the reason the candidate
    // hears.
    assert_eq!(
        lead.decide(
            Some(Recommendation::No),
            "Too little shown.".into(),
            "old".into(),
        ),
        Err(PanelRefusal::NoRejectionReason)
    );
    lead.decide_with(PanelDecision {
        recommendation: Some(Recommendation::No),
        substantiation: "Too little shown.".into(),
        departure: "old".into(),
        standard_departure: "old".into(),
        rejection_reason: "Planning was not shown at the level the role asks.".into(),
    })
    .unwrap();
    let panel = lead.panel.as_ref().unwrap();
    assert_eq!(
        (panel.departure.as_str(), panel.standard_departure.as_str()),
        ("", "")
    );
}

#[test]
fn a_tie_has_no_majority_and_asks_no_departure() {
    let mut lead = lies_and_rob(Recommendation::No);
    assert_eq!(lead.majority(), None);
    lead.decide(
        Some(Recommendation::NoDecision),
        "Undecided.".into(),
        "".into(),
    )
    .unwrap();
}

fn findings(doc: &serde_json::Value) -> Vec<(String, Problem)> {
    match interchange::parse(&doc.to_string()) {
        Ok(_) => Vec::new(),
        Err(found) => found.into_iter().map(|f| (f.path, f.problem)).collect(),
    }
}

#[test]
fn a_file_with_a_focus_outside_the_lens_or_an_observing_lead_is_refused_with_its_path() {
    let mut lead = lead("Lies");
    let invited = lead
        .invite("col-1", "now", role("Rob", &["planning"], true))
        .unwrap();
    let text = Document::new("2026-12-07T09:00:00Z", Content::Session(Box::new(invited)))
        .to_json()
        .unwrap();
    let good: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(good["version"], 5);
    assert!(findings(&good).is_empty());

    let mut bad = good.clone();
    bad["session"]["panel"]["focus"][0] = "negotiating".into();
    assert_eq!(
        findings(&bad),
        [(
            "$.session.panel.focus[0]".to_owned(),
            Problem::UnknownCompetency {
                id: "negotiating".into()
            }
        )]
    );

    let mut lead_file: serde_json::Value = serde_json::from_str(
        &Document::new("now", Content::Session(Box::new(lead.clone())))
            .to_json()
            .unwrap(),
    )
    .unwrap();
    assert!(findings(&lead_file).is_empty());
    lead_file["session"]["panel"]["observer"] = true.into();
    assert_eq!(
        findings(&lead_file),
        [("$.session.panel.observer".to_owned(), Problem::ObserverLead)]
    );
}

#[test]
fn an_invitation_written_before_roles_existed_still_reads() {
    let lead = lead("Lies");
    let invited = lead.invitation("col-1", "now").unwrap();
    let text = Document::new("now", Content::Session(Box::new(invited)))
        .to_json()
        .unwrap();
    // Without a role nothing new is written, so the file is as version 3 wrote it.
    assert!(!text.contains("focus") && !text.contains("observer") && !text.contains("invited"));
    let older = text.replacen("\"version\":5", "\"version\":3", 1);
    let doc = interchange::parse(&older).unwrap();
    let Content::Session(session) = doc.content else {
        panic!("not a session");
    };
    let panel = session.panel.unwrap();
    assert!(panel.focus.is_empty() && !panel.observer);
}

#[test]
fn deleting_the_leads_session_removes_the_roles_and_the_observers_ratings() {
    use interviewgids::domain::calibration::calibrate;
    use interviewgids::storage::memory::MemoryBackend;
    use interviewgids::storage::{codec, Store};
    let store = Store::new(MemoryBackend::default());
    let mut lead = lead("Lies");
    join(
        &mut lead,
        "col-1",
        role("Sam Observer", &["planning"], true),
        &[("planning", 1)],
        Recommendation::No,
    );
    rate(&mut lead, "planning", 4);
    complete(&mut lead, Recommendation::Yes);
    store.save_session(&lead).unwrap();
    let holds_sam = |store: &Store<MemoryBackend>| {
        store
            .backend()
            .snapshot()
            .values()
            .any(|v| codec::decode_lossy(v).contains("Sam Observer"))
    };
    assert!(holds_sam(&store));
    assert_eq!(calibrate([&lead]).interviewers.len(), 2);
    store.delete_session("lead-1").unwrap();
    // Calibration keeps nothing of its own: it reads what is stored, and that is gone.
    assert!(!holds_sam(&store));
    assert_eq!(store.load_session("lead-1"), Ok(None));
}
