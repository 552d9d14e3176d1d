//! Panels through files (M27): the same frozen questions for every interviewer, colleagues'
//! ratings attached once and hidden until the lead's own evaluation is complete, and a
//! debrief that shows the spread and asks for a substantiated consensus.

mod common;

use common::PanelSteps;

use interviewgids::domain::debrief::debrief;
use interviewgids::domain::evaluation::{Reading, Recommendation, Versus};
use interviewgids::domain::interview::Example;
use interviewgids::domain::overview::{Source, Standing};
use interviewgids::domain::panel::{Arrival, Consensus, PanelRefusal, Returned};
use interviewgids::domain::panel_exchange::{arrived, revealed};
use interviewgids::domain::{Session, SessionAction as A};

fn rate(s: &mut Session, competency: &str, level: u8, evidence: &str) {
    s.apply(A::SetEvidence {
        competency: competency.into(),
        text: evidence.into(),
    })
    .unwrap();
    s.apply(A::Rate {
        competency: competency.into(),
        level,
    })
    .unwrap();
}

fn complete(s: &mut Session, at: &str) {
    s.apply(A::SetRecommendation(Some(Recommendation::Yes)))
        .unwrap();
    s.apply(A::SetSubstantiation("Concrete examples throughout.".into()))
        .unwrap();
    // Some ratings below the standard: the yes says how it weighs them.
    s.apply(A::SetDepartureReason(
        "The rest of the evidence outweighs it.".into(),
    ))
    .unwrap();
    s.apply(A::Complete {
        now: 1,
        now_iso: at.into(),
    })
    .unwrap();
}

fn lead() -> Session {
    let mut s = common::session("lead-1");
    s.assessment.scores.insert("planning".into(), 71);
    s.apply(A::SkipStandardQuestion {
        question: "planning-q2".into(),
        reason: "Asked in the first round.".into(),
    })
    .unwrap();
    s.panel_start("panel-7");
    s
}

/// A colleague's session from the lead's invitation, rated and completed.
fn colleague(lead: &Session, id: &str, name: &str, planning: u8) -> Session {
    let mut s = lead.invitation(id, "2026-11-29T08:00:00Z").unwrap();
    s.interviewer = name.into();
    rate(
        &mut s,
        "planning",
        planning,
        &format!("{name} saw a weekly plan."),
    );
    rate(&mut s, "initiative", 3, "Started the archive project.");
    s.apply(A::SetExample {
        question: "planning-q1".into(),
        example: Some(Example::Yes),
    })
    .unwrap();
    complete(&mut s, "2026-12-01T11:00:00Z");
    s
}

#[test]
fn an_invitation_carries_the_same_questions_and_nothing_of_the_leads_judgement() {
    let mut lead = lead();
    rate(&mut lead, "planning", 4, "Lead's private evidence.");
    lead.interview
        .answers
        .entry("planning-q1".into())
        .or_default()
        .notes = "Lead's notes".into();
    lead.assessment.report = "A calm, structured worker.".into();
    lead.assessment.other = "CV: six years in logistics.".into();
    // Without the candidate's agreement to share them, the results stay with the lead and the
    // invitation says they were left out.
    let withheld = lead.invitation("col-0", "2026-11-29T08:00:00Z").unwrap();
    assert!(withheld.assessment.scores.is_empty() && withheld.assessment.report.is_empty());
    assert_eq!(withheld.assessment.other, lead.assessment.other);
    assert!(withheld.panel.as_ref().unwrap().assessment_left_out);
    // With it recorded, they go along.
    lead.apply(A::SetShareConsent(Some("2026-11-20".into())))
        .unwrap();
    let invited = lead.invitation("col-1", "2026-11-29T08:00:00Z").unwrap();
    assert_eq!(invited.lens, lead.lens);
    assert_eq!(invited.candidate, lead.candidate);
    assert_eq!(invited.assessment, lead.assessment);
    assert!(!invited.panel.as_ref().unwrap().assessment_left_out);
    assert_eq!(
        invited.asked(&invited.lens.competencies[0]),
        lead.asked(&lead.lens.competencies[0])
    );
    assert_eq!(invited.deviations(), lead.deviations());
    assert!(invited.interview.ratings.is_empty() && invited.interview.answers.is_empty());
    assert_eq!(invited.evaluation, Default::default());
    assert!(invited.interviewer.is_empty());
    let panel = invited.panel.as_ref().unwrap();
    assert_eq!((panel.id.as_str(), panel.lead), ("panel-7", false));
    // Only a lead hands out invitations.
    assert!(invited.invitation("col-2", "now").is_none());
    assert!(common::session("solo").invitation("x", "now").is_none());
}

#[test]
fn a_completed_colleague_rating_links_once_and_a_newer_revision_replaces_it_only_when_asked() {
    let mut lead = lead();
    let mut col = colleague(&lead, "col-1", "Rob", 3);
    let file = col.returned().unwrap();
    assert_eq!(lead.check_returned(&file), Ok(Arrival::New));
    lead.attach(file.clone(), false).unwrap();
    assert_eq!(arrived(&lead), 1);
    // The same file again changes nothing.
    assert_eq!(lead.check_returned(&file), Ok(Arrival::AlreadyAttached));
    let before = lead.clone();
    lead.attach(file.clone(), false).unwrap();
    assert_eq!(lead, before);

    // The colleague reopens, corrects, completes again: a newer revision.
    col.apply(A::Reopen {
        now_iso: common::NOW.into(),
    })
    .unwrap();
    col.revision += 1;
    rate(
        &mut col,
        "planning",
        4,
        "Rob, corrected after reading his notes.",
    );
    complete(&mut col, "2026-12-01T12:00:00Z");
    let newer = col.returned().unwrap();
    assert_eq!(
        lead.check_returned(&newer),
        Ok(Arrival::Newer {
            attached: file.rating.revision
        })
    );
    assert_eq!(
        lead.attach(newer.clone(), false),
        Err(PanelRefusal::ReplaceUnconfirmed {
            attached: file.rating.revision,
            offered: newer.rating.revision
        })
    );
    assert_eq!(lead, before);
    lead.attach(newer.clone(), true).unwrap();
    let attached = &lead.panel.as_ref().unwrap().colleagues;
    assert_eq!(attached.len(), 1);
    assert_eq!(attached[0].ratings["planning"].level, Some(4));
    // The older file, offered again, is refused: the newer one stays.
    assert_eq!(
        lead.check_returned(&file),
        Err(PanelRefusal::Older {
            attached: newer.rating.revision,
            offered: file.rating.revision
        })
    );
}

#[test]
fn files_for_another_candidate_another_lens_or_an_unfinished_evaluation_are_refused() {
    let lead = lead();
    let good = colleague(&lead, "col-1", "Rob", 3).returned().unwrap();

    let mut other = lead.clone();
    other.panel.as_mut().unwrap().id = "panel-8".into();
    other.candidate = "Someone Else".into();
    let elsewhere = colleague(&other, "col-2", "Rob", 3).returned().unwrap();
    assert_eq!(
        lead.check_returned(&elsewhere),
        Err(PanelRefusal::OtherCandidate("Someone Else".into()))
    );

    let changed = Returned {
        lens: "0000000000000000".into(),
        ..good.clone()
    };
    assert_eq!(lead.check_returned(&changed), Err(PanelRefusal::OtherLens));
    let mut unknown = good.clone();
    unknown
        .rating
        .ratings
        .insert("coaching".into(), Default::default());
    assert_eq!(lead.check_returned(&unknown), Err(PanelRefusal::OtherLens));

    let mut open = good.clone();
    open.rating.completed_at.clear();
    assert_eq!(lead.check_returned(&open), Err(PanelRefusal::Unfinished));
    // An unfinished colleague session makes no file at all.
    let mut unfinished = lead.invitation("col-3", "now").unwrap();
    rate(&mut unfinished, "planning", 3, "Halfway.");
    assert!(unfinished.returned().is_none());

    // One invitation passed on to two colleagues: the second cannot be told apart.
    let mut lead_with_rob = lead.clone();
    lead_with_rob.attach(good.clone(), false).unwrap();
    let mut ayla = good.clone();
    ayla.rating.interviewer = "Ayla".into();
    assert_eq!(
        lead_with_rob.check_returned(&ayla),
        Err(PanelRefusal::SameInvitation {
            attached: "Rob".into()
        })
    );

    let mut own = good.clone();
    own.rating.session = "lead-1".into();
    assert_eq!(lead.check_returned(&own), Err(PanelRefusal::OwnSession));
    assert_eq!(
        colleague(&lead, "col-4", "Rob", 3).check_returned(&good),
        Err(PanelRefusal::NotLead)
    );
}

#[test]
fn colleague_ratings_stay_hidden_until_the_leads_own_evaluation_is_complete() {
    let mut lead = lead();
    lead.attach(
        colleague(&lead, "col-1", "Rob", 2).returned().unwrap(),
        false,
    )
    .unwrap();
    assert!(!revealed(&lead));
    assert_eq!(arrived(&lead), 1);
    assert_eq!(debrief(&lead), None);
    assert_eq!(
        lead.consensus(
            "planning",
            Some(Consensus {
                level: 3,
                rationale: "Talked it over.".into(),
                ..Consensus::default()
            })
        ),
        Err(PanelRefusal::NotRevealed)
    );
    rate(&mut lead, "planning", 4, "Lead saw a plan with milestones.");
    rate(&mut lead, "initiative", 3, "Lead: took on the archive.");
    complete(&mut lead, "2026-12-01T12:30:00Z");
    assert!(revealed(&lead));
    assert!(debrief(&lead).is_some());
}

#[test]
fn the_debrief_shows_every_view_the_spread_and_what_needs_talking_about() {
    let mut lead = lead();
    for (id, name, level) in [("col-1", "Rob", 2), ("col-2", "Ayla", 3)] {
        let file = colleague(&lead, id, name, level).returned().unwrap();
        lead.attach(file, false).unwrap();
    }
    // A colleague level without evidence (a hand-edited file) is pointed out.
    let mut bare = colleague(&lead, "col-3", "Mees", 3).returned().unwrap();
    bare.rating
        .ratings
        .get_mut("initiative")
        .unwrap()
        .evidence
        .clear();
    lead.attach(bare, false).unwrap();
    rate(&mut lead, "planning", 4, "Lead saw a plan with milestones.");
    rate(&mut lead, "initiative", 3, "Lead: took on the archive.");
    complete(&mut lead, "2026-12-01T12:30:00Z");

    let d = debrief(&lead).unwrap();
    let planning = &d.topics[0];
    let levels: Vec<_> = planning
        .views
        .iter()
        .map(|v| (v.interviewer.as_str(), v.level))
        .collect();
    assert_eq!(
        levels,
        [
            ("J. Bakker", Some(4)),
            ("Rob", Some(2)),
            ("Ayla", Some(3)),
            ("Mees", Some(3))
        ]
    );
    assert_eq!((planning.spread, planning.disagreement), (Some(2), true));
    assert!(!planning.without_evidence());
    // The lead skipped planning-q2; every view lists the same asked questions.
    assert!(planning.views.iter().all(|v| v
        .examples
        .iter()
        .map(|(q, _)| q.as_str())
        .eq(["planning-q1"])));
    assert_eq!(planning.views[1].examples[0].1, Some(Example::Yes));
    let initiative = &d.topics[1];
    assert_eq!(
        (initiative.spread, initiative.disagreement),
        (Some(0), false)
    );
    assert!(initiative.without_evidence());
    assert_eq!(d.advice.len(), 4);

    // A spread of one level is no disagreement.
    let mut close = lead.clone();
    close
        .panel
        .as_mut()
        .unwrap()
        .colleagues
        .retain(|c| c.interviewer == "Ayla");
    let d = debrief(&close).unwrap();
    assert_eq!(
        (d.topics[0].spread, d.topics[0].disagreement),
        (Some(1), false)
    );
}

#[test]
fn a_consensus_needs_a_level_in_range_and_its_rationale() {
    let mut lead = lead();
    lead.attach(
        colleague(&lead, "col-1", "Rob", 2).returned().unwrap(),
        false,
    )
    .unwrap();
    rate(&mut lead, "planning", 4, "Lead saw a plan with milestones.");
    rate(&mut lead, "initiative", 3, "Lead: took on the archive.");
    complete(&mut lead, "2026-12-01T12:30:00Z");
    let c = |level: u8, rationale: &str| {
        Some(Consensus {
            level,
            rationale: rationale.into(),
            ..Consensus::default()
        })
    };
    assert_eq!(
        lead.consensus("planning", c(3, "  ")),
        Err(PanelRefusal::NoRationale)
    );
    assert_eq!(
        lead.consensus("planning", c(6, "Why")),
        Err(PanelRefusal::LevelOutOfRange)
    );
    assert_eq!(
        lead.consensus("planning", c(0, "Why")),
        Err(PanelRefusal::LevelOutOfRange)
    );
    lead.consensus("planning", c(3, "Rob's example was the stronger one."))
        .unwrap();
    assert_eq!(
        debrief(&lead).unwrap().topics[0].consensus,
        Some(Consensus {
            level: 3,
            rationale: "Rob's example was the stronger one.".into(),
            ..Consensus::default()
        })
    );
    assert_eq!(
        lead.decide(Some(Recommendation::Yes), " ".into(), String::new()),
        Err(PanelRefusal::NoRationale)
    );
    // Initiative has no consensus yet: a yes departs from the standard there.
    assert!(matches!(
        lead.decide(
            Some(Recommendation::Yes),
            "Meets the standard on both.".into(),
            String::new(),
        ),
        Err(PanelRefusal::DepartsFromStandard(_))
    ));
    lead.consensus("initiative", c(3, "Both heard the archive project."))
        .unwrap();
    lead.decide(
        Some(Recommendation::Yes),
        "Meets the standard on both.".into(),
        String::new(),
    )
    .unwrap();
    // The position overview shows the consensus as the candidate's level, says so, and
    // keeps the lead's own rating beside it; the reading follows the consensus (71 is high,
    // 3 shows the behaviour).
    let overview = |lead: &Session| {
        interviewgids::domain::overview::overview(
            "teamleider",
            None,
            std::slice::from_ref(lead),
            None,
            Default::default(),
        )
    };
    let o = overview(&lead);
    let cell = &o.rows[0].cells[0];
    assert_eq!(
        cell.standing,
        Standing::Rated {
            level: 3,
            standard: 3,
            versus: Versus::Meets,
            source: Source::Consensus
        }
    );
    assert_eq!(cell.own_level, Some(4));
    assert_eq!(cell.reading, Some(Reading::Confirmed));
    // A consensus of 2 under a high score reads as not confirmed, below the standard.
    // Two is a level from the median of 4 and 2: the departure says why.
    lead.consensus(
        "planning",
        Some(Consensus {
            level: 2,
            rationale: "Rob's doubts held.".into(),
            departure: "Lies's plan was a team plan, not the candidate's own.".into(),
        }),
    )
    .unwrap();
    let o = overview(&lead);
    let cell = &o.rows[0].cells[0];
    assert!(matches!(
        cell.standing,
        Standing::Rated {
            level: 2,
            versus: Versus::Below,
            source: Source::Consensus,
            ..
        }
    ));
    assert_eq!(cell.reading, Some(Reading::NotConfirmed));
    // Without a consensus the lead's own rating shows, marked as the lead's, not the panel's.
    lead.consensus("initiative", None).unwrap();
    let o = overview(&lead);
    assert!(matches!(
        o.rows[0].cells[1].standing,
        Standing::Rated {
            level: 3,
            source: Source::Lead,
            ..
        }
    ));
    assert_eq!(o.rows[0].cells[1].own_level, None);
    lead.consensus("planning", None).unwrap();
    assert_eq!(debrief(&lead).unwrap().topics[0].consensus, None);
}

#[test]
fn a_panel_survives_validation_and_bad_levels_in_it_are_found() {
    let mut lead = lead();
    lead.attach(
        colleague(&lead, "col-1", "Rob", 2).returned().unwrap(),
        false,
    )
    .unwrap();
    let mut c = interviewgids::domain::finding::Checker::new();
    c.session(&lead);
    assert!(c.findings.is_empty(), "{:?}", c.findings);
    lead.panel.as_mut().unwrap().colleagues[0]
        .ratings
        .get_mut("planning")
        .unwrap()
        .level = Some(9);
    let mut c = interviewgids::domain::finding::Checker::new();
    c.session(&lead);
    let paths: Vec<_> = c.findings.iter().map(|f| f.path.as_str()).collect();
    assert_eq!(paths, ["$.panel.colleagues[0].ratings.planning.level"]);
}

#[test]
fn deleting_the_leads_session_deletes_the_colleague_ratings_attached_to_it() {
    use interviewgids::storage::memory::MemoryBackend;
    use interviewgids::storage::{codec, Store};
    let store = Store::new(MemoryBackend::default());
    let mut lead = lead();
    lead.attach(
        colleague(&lead, "col-1", "Rob", 2).returned().unwrap(),
        false,
    )
    .unwrap();
    store.save_session(&lead).unwrap();
    let holds_rob = |store: &Store<MemoryBackend>| {
        store
            .backend()
            .snapshot()
            .values()
            .any(|v| codec::decode_lossy(v).contains("Rob saw a weekly plan."))
    };
    assert!(holds_rob(&store));
    store.delete_session("lead-1").unwrap();
    assert!(!holds_rob(&store));
}

#[test]
fn no_example_travels_to_the_debrief_as_no_example_not_as_a_level() {
    let mut lead = lead();
    let mut col = lead.invitation("col-9", "2026-11-29T08:00:00Z").unwrap();
    col.interviewer = "Ayla".into();
    rate(&mut col, "planning", 3, "Ayla saw a plan.");
    col.apply(A::SetNoExample {
        competency: "initiative".into(),
        no_example: true,
    })
    .unwrap();
    complete(&mut col, "2026-12-01T11:00:00Z");
    lead.attach(col.returned().unwrap(), false).unwrap();
    rate(&mut lead, "planning", 3, "Lead saw a plan.");
    rate(&mut lead, "initiative", 3, "Lead: took on the archive.");
    complete(&mut lead, "2026-12-01T12:30:00Z");
    let d = debrief(&lead).unwrap();
    let ayla = &d.topics[1].views[1];
    assert_eq!((ayla.level, ayla.no_example), (None, true));
    // One level beside a "no example" is no spread: there is nothing to compare it with.
    assert_eq!(d.topics[1].spread, None);
    assert!(!d.topics[0].views[1].no_example);
}
