//! The interview's rules: focus bands (M6), readiness (M5), phases and the agenda clock,
//! ratings with evidence (M27), the aptitude × behaviour readings (M1–M3) and completion.

mod common;

use interviewgids::domain::assessment::{
    parse_score, Band, Focus, Release, Scale, ScoreError, Thresholds,
};
use interviewgids::domain::evaluation::{
    marked_behaviour, reading, versus, Behaviour, Reading, Recommendation, Versus,
};
use interviewgids::domain::finding::Problem;
use interviewgids::domain::interchange::{self, Content, Document};
use interviewgids::domain::interview::{AnswerField, Example};
use interviewgids::domain::report::kit;
use interviewgids::domain::session::Missing;
use interviewgids::domain::session_action::Refusal;
use interviewgids::domain::{Phase, Session, SessionAction as A, Status};

fn fresh() -> Session {
    Session::new("s-1", common::lens("teamleider"), "2026-11-28T09:00:00Z")
}

const MIN: u64 = 60_000;

#[test]
fn the_methods_examples_land_in_the_low_and_high_bands() {
    let t = Thresholds::default();
    assert_eq!((t.low, t.high), (35, 65));
    assert_eq!(t.focus(31), Focus::ProbeLearnedBehaviour);
    assert_eq!(t.focus(74), Focus::CheckExamples);
    assert_eq!(t.focus(35), Focus::ProbeLearnedBehaviour);
    assert_eq!(t.focus(36), Focus::Standard);
    assert_eq!(t.focus(64), Focus::Standard);
    assert_eq!(t.focus(65), Focus::CheckExamples);
    let wide = Thresholds::new(20, 80).unwrap();
    assert_eq!(wide.focus(31), Focus::Standard);
    assert_eq!(Thresholds::new(60, 40), None);
    assert_eq!(Thresholds::new(50, 50), None);
    assert_eq!(Thresholds::new(10, 101), None);
}

#[test]
fn the_middle_band_keeps_at_least_ten_points() {
    // A 9-point band is refused, 10 accepted, at every place of the scale.
    assert_eq!(Thresholds::new(40, 49), None);
    assert_eq!(
        Thresholds::new(40, 50),
        Some(Thresholds { low: 40, high: 50 })
    );
    assert_eq!(Thresholds::new(0, 9), None);
    assert!(Thresholds::new(0, 10).is_some());
    assert!(Thresholds::new(90, 100).is_some());
    assert_eq!(Thresholds::new(91, 100), None);
    assert_eq!(Thresholds::new(250, 255), None);
    // What earlier releases stored (any low below high) stays readable.
    assert!(Thresholds { low: 40, high: 45 }.readable());
    assert!(!Thresholds { low: 45, high: 45 }.readable());
    assert!(!Thresholds { low: 40, high: 101 }.readable());
}

#[test]
fn thresholds_that_leave_no_middle_band_are_refused_and_change_nothing() {
    let mut s = fresh();
    let reason = || "Second round; first round used other bands.".to_owned();
    assert_eq!(
        s.apply(A::SetThresholds {
            low: 30,
            high: 70,
            reason: reason()
        }),
        Ok(())
    );
    let before = s.clone();
    for (low, high) in [(70, 30), (40, 49), (95, 104)] {
        assert_eq!(
            s.apply(A::SetThresholds {
                low,
                high,
                reason: reason()
            }),
            Err(Refusal::ThresholdsInvalid),
            "{low}/{high}"
        );
        assert_eq!(s, before);
    }
    assert_eq!(
        s.apply(A::SetThresholds {
            low: 40,
            high: 50,
            reason: reason()
        }),
        Ok(())
    );
}

#[test]
fn scores_are_whole_numbers_from_0_to_100() {
    let p = Scale::Percentile;
    let off = Err(ScoreError::OutOfRange { min: 0, max: 100 });
    assert_eq!(parse_score("", p), Ok(None));
    assert_eq!(parse_score("  ", p), Ok(None));
    assert_eq!(parse_score(" 74 ", p), Ok(Some(74)));
    assert_eq!(parse_score("0", p), Ok(Some(0)));
    assert_eq!(parse_score("100", p), Ok(Some(100)));
    assert_eq!(parse_score("101", p), off);
    assert_eq!(parse_score("99999999999999999999", p), off);
    for bad in ["7a", "1.5", "-3", "1e309", "seventy", "٣"] {
        assert_eq!(parse_score(bad, p), Err(ScoreError::NotWhole), "{bad}");
    }
    let mut s = fresh();
    assert_eq!(
        s.apply(A::SetScore {
            competency: "planning".into(),
            score: Some(101)
        }),
        Err(Refusal::ScoreOutOfRange)
    );
    assert_eq!(
        s.apply(A::SetScore {
            competency: "nope".into(),
            score: Some(50)
        }),
        Err(Refusal::UnknownCompetency)
    );
    assert!(s.assessment.scores.is_empty());
}

#[test]
fn the_readiness_checklist_names_what_is_missing() {
    let mut s = fresh();
    assert_eq!(
        s.readiness(),
        [
            Missing::Candidate,
            Missing::Interviewer,
            Missing::Schedule,
            Missing::Release,
            Missing::Score("planning".into()),
            Missing::Score("initiative".into()),
            Missing::Report,
        ]
    );
    assert_eq!(
        s.apply(A::MarkPrepared),
        Err(Refusal::NotReady(s.readiness()))
    );
    s.apply(A::SetCandidate("Sanne".into())).unwrap();
    s.apply(A::SetInterviewer("Jan".into())).unwrap();
    s.apply(A::SetSchedule("2026-12-01T10:00".into())).unwrap();
    s.apply(A::SetRelease {
        release: Release::Cleared,
        on: "2026-11-27".into(),
    })
    .unwrap();
    s.apply(A::SetScore {
        competency: "planning".into(),
        score: Some(31),
    })
    .unwrap();
    s.apply(A::SetScore {
        competency: "initiative".into(),
        score: Some(74),
    })
    .unwrap();
    assert_eq!(s.readiness(), [Missing::Report]);
    s.apply(A::SetReport("Rustig, analytisch, zorgvuldig.".into()))
        .unwrap();
    assert!(s.readiness().is_empty());
    s.apply(A::MarkPrepared).unwrap();
    assert_eq!(s.status, Status::Prepared);
}

#[test]
fn standard_questions_are_preselected_and_can_be_skipped() {
    let mut s = fresh();
    let item = s.lens.competencies[0].clone();
    assert_eq!(s.asked(&item), ["planning-q1", "planning-q2"]);
    s.apply(A::UseQuestion {
        question: "planning-q3".into(),
        used: true,
    })
    .unwrap();
    s.apply(A::SkipStandardQuestion {
        question: "planning-q1".into(),
        reason: "Eerder besproken.".into(),
    })
    .unwrap();
    assert_eq!(s.asked(&item), ["planning-q2", "planning-q3"]);
}

#[test]
fn phases_and_the_agenda_clock_survive_pauses() {
    let mut s = fresh();
    s.apply(A::GoTo {
        phase: Phase::WarmUp,
        now: 0,
    })
    .unwrap();
    assert_eq!(s.status, Status::InProgress);
    assert!(s.interview.clock.running());
    s.apply(A::GoTo {
        phase: Phase::Clarity,
        now: 4 * MIN,
    })
    .unwrap();
    s.apply(A::Pause { now: 6 * MIN }).unwrap();
    // Moving while paused keeps the clock paused.
    s.apply(A::GoTo {
        phase: Phase::Assessment,
        now: 10 * MIN,
    })
    .unwrap();
    assert!(!s.interview.clock.running());
    s.apply(A::Resume { now: 20 * MIN }).unwrap();
    let now = 32 * MIN;
    let clock = &s.interview.clock;
    assert_eq!(clock.elapsed(Some(Phase::WarmUp), now), 4 * MIN);
    assert_eq!(clock.elapsed(Some(Phase::Clarity), now), 2 * MIN);
    assert_eq!(clock.elapsed(Some(Phase::Assessment), now), 12 * MIN);
    assert_eq!(clock.elapsed(None, now), 18 * MIN);
    assert_eq!(s.interview.phase, Some(Phase::Assessment));
    // Going back to a phase adds to its time.
    s.apply(A::GoTo {
        phase: Phase::Clarity,
        now,
    })
    .unwrap();
    assert_eq!(
        s.interview.clock.elapsed(Some(Phase::Clarity), now + MIN),
        3 * MIN
    );
    // The clock is plain data: it survives a round trip through storage.
    let copy: Session = serde_json::from_str(&serde_json::to_string(&s).unwrap()).unwrap();
    assert_eq!(copy.interview.clock.elapsed(None, now + MIN), 19 * MIN);
}

#[test]
fn a_rating_needs_written_evidence() {
    let mut s = fresh();
    let before = s.clone();
    assert_eq!(
        s.apply(A::Rate {
            competency: "planning".into(),
            level: 4
        }),
        Err(Refusal::NoEvidence)
    );
    assert_eq!(s, before);
    s.apply(A::SetEvidence {
        competency: "planning".into(),
        text: "   ".into(),
    })
    .unwrap();
    assert_eq!(
        s.apply(A::Rate {
            competency: "planning".into(),
            level: 4
        }),
        Err(Refusal::NoEvidence)
    );
    s.apply(A::SetEvidence {
        competency: "planning".into(),
        text: "Plande de verhuizing van 40 werkplekken, met draaiboek.".into(),
    })
    .unwrap();
    assert_eq!(
        s.apply(A::Rate {
            competency: "planning".into(),
            level: 6
        }),
        Err(Refusal::LevelOutOfRange)
    );
    s.apply(A::Rate {
        competency: "planning".into(),
        level: 4,
    })
    .unwrap();
    assert_eq!(s.interview.ratings["planning"].complete(), Some(4));
    // Erasing the evidence leaves the rating incomplete: it no longer counts.
    s.apply(A::SetEvidence {
        competency: "planning".into(),
        text: String::new(),
    })
    .unwrap();
    assert_eq!(s.interview.ratings["planning"].complete(), None);
}

#[test]
fn the_aptitude_behaviour_readings_follow_the_method() {
    // M2: 74 on Initiating action, no example even after time to think → untapped potential.
    let t = Thresholds::default();
    let none = marked_behaviour([Some(Example::None), None]);
    assert_eq!(none, Some(Behaviour::NoExample));
    assert_eq!(
        reading(t.band(74), Behaviour::NoExample),
        Reading::UntappedPotential
    );
    // M3: 31 on Influencing and inspiring, a strong concrete example → learned behaviour.
    assert_eq!(
        marked_behaviour([Some(Example::Yes)]),
        Some(Behaviour::Shown)
    );
    assert_eq!(
        reading(t.band(31), Behaviour::Shown),
        Reading::LearnedBehaviour
    );
    assert_eq!(reading(Band::High, Behaviour::Shown), Reading::Confirmed);
    assert_eq!(reading(Band::Low, Behaviour::Weak), Reading::FallsShort);
    assert_eq!(
        marked_behaviour([Some(Example::Partly), Some(Example::Partly)]),
        Some(Behaviour::Shown)
    );
    assert_eq!(
        marked_behaviour([Some(Example::Partly), Some(Example::None)]),
        Some(Behaviour::Weak)
    );
    assert_eq!(marked_behaviour([None, None]), None);
    assert_eq!(versus(2, 3), Versus::Below);
    assert_eq!(versus(3, 3), Versus::Meets);
    assert_eq!(versus(5, 3), Versus::Above);
}

#[test]
fn the_evaluation_reads_each_competency_from_score_and_interview() {
    let mut s = fresh();
    s.apply(A::SetRelease {
        release: Release::Cleared,
        on: "2026-11-27".into(),
    })
    .unwrap();
    s.apply(A::SetScore {
        competency: "planning".into(),
        score: Some(31),
    })
    .unwrap();
    s.apply(A::SetScore {
        competency: "initiative".into(),
        score: Some(74),
    })
    .unwrap();
    s.apply(A::SetExample {
        question: "planning-q1".into(),
        example: Some(Example::Yes),
    })
    .unwrap();
    s.apply(A::SetExample {
        question: "initiative-q1".into(),
        example: Some(Example::None),
    })
    .unwrap();
    // An example on a question that was skipped does not count.
    s.apply(A::SetExample {
        question: "initiative-q3".into(),
        example: Some(Example::Yes),
    })
    .unwrap();
    s.apply(A::SetEvidence {
        competency: "planning".into(),
        text: "Draaiboek, 40 werkplekken".into(),
    })
    .unwrap();
    s.apply(A::Rate {
        competency: "planning".into(),
        level: 4,
    })
    .unwrap();
    let results = s.results();
    assert_eq!(results[0].reading, Some(Reading::LearnedBehaviour));
    assert_eq!(results[0].versus, Some(Versus::Above));
    assert_eq!(results[1].reading, Some(Reading::UntappedPotential));
    assert_eq!(results[1].level, None);
    assert_eq!(results[1].versus, None);
}

#[test]
fn completing_needs_a_substantiated_recommendation_and_then_locks_the_session() {
    let mut s = fresh();
    s.apply(A::GoTo {
        phase: Phase::WarmUp,
        now: 0,
    })
    .unwrap();
    let complete = A::Complete {
        now: 50 * MIN,
        now_iso: "2026-12-01T11:00:00Z".into(),
    };
    assert_eq!(s.apply(complete.clone()), Err(Refusal::NoRecommendation));
    s.apply(A::SetRecommendation(Some(Recommendation::Yes)))
        .unwrap();
    assert_eq!(s.apply(complete.clone()), Err(Refusal::NoSubstantiation));
    s.apply(A::SetSubstantiation(
        "Sterke voorbeelden bij plannen; zie notities.".into(),
    ))
    .unwrap();
    for competency in ["planning", "initiative"] {
        s.apply(A::SetUnratedReason {
            competency: competency.into(),
            reason: "Niet besproken: geen tijd.".into(),
        })
        .unwrap();
    }
    s.apply(A::SetDepartureReason(
        "Beide komen terug in het tweede gesprek.".into(),
    ))
    .unwrap();
    s.apply(complete).unwrap();
    assert_eq!(s.status, Status::Completed);
    assert_eq!(s.evaluation.completed_at, "2026-12-01T11:00:00Z");
    assert!(!s.interview.clock.running());
    assert_eq!(s.interview.clock.elapsed(None, 90 * MIN), 50 * MIN);
    assert_eq!(
        s.apply(A::SetClosingNotes("x".into())),
        Err(Refusal::Completed)
    );
    s.apply(A::Reopen {
        now_iso: common::NOW.into(),
    })
    .unwrap();
    assert_eq!(s.status, Status::InProgress);
    s.apply(A::SetClosingNotes("x".into())).unwrap();
}

#[test]
fn a_whole_interview_round_trips_through_a_session_file() {
    let mut s = common::session("s-9");
    s.apply(A::SetScore {
        competency: "planning".into(),
        score: Some(31),
    })
    .unwrap();
    s.apply(A::SetAnswer {
        question: "planning-q1".into(),
        field: AnswerField::Action,
        text: "Maakte een weekplanning <met> “aanhalingstekens”".into(),
    })
    .unwrap();
    s.apply(A::SetExample {
        question: "planning-q1".into(),
        example: Some(Example::Partly),
    })
    .unwrap();
    s.apply(A::GoTo {
        phase: Phase::Competencies,
        now: 5,
    })
    .unwrap();
    let doc = Document::new(
        "2026-12-01T12:00:00Z",
        Content::Session(Box::new(s.clone())),
    );
    let back = interchange::parse(&doc.to_json().unwrap()).unwrap();
    assert_eq!(back.content, Content::Session(Box::new(s)));
}

#[test]
fn an_imported_session_with_impossible_values_is_refused_with_paths() {
    let mut s = common::session("s-9");
    s.assessment.scores.insert("planning".into(), 180);
    s.assessment.scores.insert("ghost".into(), 50);
    s.preparation.thresholds = Some(Thresholds { low: 70, high: 20 });
    s.interview
        .ratings
        .entry("planning".into())
        .or_default()
        .level = Some(9);
    let doc = Document::new("", Content::Session(Box::new(s)));
    let findings = interchange::parse(&doc.to_json().unwrap()).unwrap_err();
    let paths: Vec<&str> = findings.iter().map(|f| f.path.as_str()).collect();
    assert_eq!(
        paths,
        [
            "$.session.assessment.scores.ghost",
            "$.session.assessment.scores.planning",
            "$.session.preparation.thresholds",
            "$.session.interview.ratings.planning.level",
        ]
    );
    // A score beyond any number is refused by the parser, with its position.
    let findings = interchange::parse(&doc_with_score("1e309")).unwrap_err();
    assert!(
        matches!(findings[0].problem, Problem::NumberTooLarge { .. }),
        "{findings:?}"
    );
    // A fraction is the wrong type for a score, named at its path.
    let findings = interchange::parse(&doc_with_score("74.5")).unwrap_err();
    assert_eq!(findings[0].path, "$.session.assessment.scores.planning");
}

fn doc_with_score(score: &str) -> String {
    let doc = Document::new("", Content::Session(Box::new(common::session("s-9"))));
    doc.to_json().unwrap().replace(
        "\"scores\":{}",
        &format!("\"scores\":{{\"planning\":{score}}}"),
    )
}

#[test]
fn questions_asked_without_notes_are_listed_in_lens_order() {
    let mut s = fresh();
    let all = |s: &Session| s.unnoted().into_iter().map(|(_, q)| q).collect::<Vec<_>>();
    // The standard questions of both competencies; q3 is not asked.
    assert_eq!(
        all(&s),
        [
            "planning-q1",
            "planning-q2",
            "initiative-q1",
            "initiative-q2"
        ]
    );
    // Any written field counts (a STAR field too); an example mark alone does not.
    s.apply(A::SetAnswer {
        question: "planning-q1".into(),
        field: AnswerField::Result,
        text: "On time.".into(),
    })
    .unwrap();
    s.apply(A::SetExample {
        question: "planning-q2".into(),
        example: Some(Example::Yes),
    })
    .unwrap();
    s.apply(A::SetAnswer {
        question: "initiative-q1".into(),
        field: AnswerField::Notes,
        text: "   ".into(),
    })
    .unwrap();
    assert_eq!(all(&s), ["planning-q2", "initiative-q1", "initiative-q2"]);
    // A question added for this candidate is asked, so it counts too.
    s.apply(A::UseQuestion {
        question: "initiative-q3".into(),
        used: true,
    })
    .unwrap();
    assert_eq!(
        s.unnoted().last(),
        Some(&("initiative".to_string(), "initiative-q3".to_string()))
    );
}

/// The candidate's rights around the assessment (NIP code): only a report the candidate saw
/// and did not block is used, for the focus, the discussion and the readings alike.
#[test]
fn scores_are_used_only_from_a_report_the_candidate_saw_and_did_not_block() {
    let mut s = fresh();
    s.apply(A::SetSchedule("2026-12-01T10:00".into())).unwrap();
    for (competency, score) in [("planning", 31), ("initiative", 74)] {
        s.apply(A::SetScore {
            competency: competency.into(),
            score: Some(score),
        })
        .unwrap();
    }
    s.apply(A::SetEvidence {
        competency: "planning".into(),
        text: "Draaiboek voor de verhuizing.".into(),
    })
    .unwrap();
    s.apply(A::Rate {
        competency: "planning".into(),
        level: 4,
    })
    .unwrap();
    // Not recorded: the scores are kept but not used — no focus, no band, no reading.
    assert!(!s.assessment.usable());
    assert_eq!(s.usable_score("planning"), None);
    assert!(kit(&s)
        .iter()
        .all(|c| c.score.is_none() && c.focus.is_none()));
    let r = &s.results()[0];
    assert_eq!((r.score, r.band, r.reading), (None, None, None));
    assert_eq!(r.versus, Some(Versus::Above));
    // Recording it needs a real date, and brings the scores in.
    assert_eq!(
        s.apply(A::SetRelease {
            release: Release::Cleared,
            on: "gisteren".into(),
        }),
        Err(Refusal::BadDate)
    );
    s.apply(A::SetRelease {
        release: Release::Cleared,
        on: "2026-11-27".into(),
    })
    .unwrap();
    assert_eq!(s.results()[0].reading, Some(Reading::LearnedBehaviour));
    assert_eq!(kit(&s)[0].focus, Some(Focus::ProbeLearnedBehaviour));
    // Blocked: nothing of the report is used, and it asks for no scores or summary.
    s.apply(A::SetRelease {
        release: Release::Blocked,
        on: "2026-11-28".into(),
    })
    .unwrap();
    assert_eq!(s.results()[0].reading, None);
    assert!(!s
        .readiness()
        .iter()
        .any(|m| matches!(m, Missing::Score(_) | Missing::Report | Missing::Release)));
    // Stays editable after completion: a right the candidate exercised later still counts.
    s.status = Status::Completed;
    s.apply(A::SetRelease {
        release: Release::NotRecorded,
        on: String::new(),
    })
    .unwrap();
    assert_eq!(
        (s.assessment.release, s.assessment.release_on.as_str()),
        (Release::NotRecorded, "")
    );
}

#[test]
fn an_interview_planned_after_the_reports_validity_is_flagged() {
    let mut s = fresh();
    s.apply(A::SetSchedule("2026-12-01T10:00".into())).unwrap();
    assert!(!s.report_expired());
    assert_eq!(
        s.apply(A::SetValidUntil("2026-13-01".into())),
        Err(Refusal::BadDate)
    );
    s.apply(A::SetValidUntil("2026-12-01".into())).unwrap();
    // Valid until and including the day itself.
    assert!(!s.report_expired());
    s.apply(A::SetSchedule("2026-12-02T09:00".into())).unwrap();
    assert!(s.report_expired());
    s.apply(A::SetValidUntil(String::new())).unwrap();
    assert!(!s.report_expired());
}
