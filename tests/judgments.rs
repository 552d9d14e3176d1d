//! Judgments that hold up (M1–M4, M20, M24, M27, M28): one standard per position, "no example"
//! kept apart from weak examples, the recommendation held against the standard, and scores
//! read on the scale they were typed on. Each rule is pinned at its boundaries.

mod common;

use interviewgids::domain::assessment::{
    parse_score, Band, Release, Scale, Score, ScoreError, Thresholds, STEN_PERCENTILES,
};
use interviewgids::domain::evaluation::{
    reading, Behaviour, Departure, Flag, Reading, Recommendation, Short, Versus,
};
use interviewgids::domain::finding::Problem;
use interviewgids::domain::interchange::{self, Content, Document};
use interviewgids::domain::interview::{ClosingPoint, Example};
use interviewgids::domain::lens_edit::{LensEdit, LensRefusal};
use interviewgids::domain::overview::{overview, Order, Standing};
use interviewgids::domain::session_action::Refusal;
use interviewgids::domain::{Lens, Session, SessionAction as A};

fn scored(id: &str, lens: &Lens, planning: u8, initiative: u8) -> Session {
    let mut s = Session::new(id, lens.clone(), "2026-11-28T09:00:00Z");
    s.candidate = format!("Candidate {id}");
    s.assessment.release = Release::Cleared;
    for (competency, score) in [("planning", planning), ("initiative", initiative)] {
        s.apply(A::SetScore {
            competency: competency.into(),
            score: Some(score),
        })
        .unwrap();
    }
    s
}

fn rate(s: &mut Session, competency: &str, level: u8) {
    s.apply(A::SetEvidence {
        competency: competency.into(),
        text: "Beschreef het project en de eigen rol.".into(),
    })
    .unwrap();
    s.apply(A::Rate {
        competency: competency.into(),
        level,
    })
    .unwrap();
}

fn mark(s: &mut Session, question: &str, example: Example) {
    s.apply(A::SetExample {
        question: question.into(),
        example: Some(example),
    })
    .unwrap();
}

fn no_example(s: &mut Session, competency: &str) {
    s.apply(A::SetNoExample {
        competency: competency.into(),
        no_example: true,
    })
    .unwrap();
}

fn complete() -> A {
    A::Complete {
        now: 0,
        now_iso: "2026-12-01T11:00:00Z".into(),
    }
}

fn position(low: u8, high: u8) -> Lens {
    let mut lens = common::lens("teamleider");
    lens.apply(LensEdit::SetThresholds { low, high }).unwrap();
    lens
}

// One standard per position.

#[test]
fn the_middle_band_of_a_position_is_at_least_ten_points() {
    let mut lens = common::lens("teamleider");
    assert_eq!(lens.thresholds, Thresholds::default());
    let before = lens.clone();
    assert_eq!(
        lens.apply(LensEdit::SetThresholds { low: 40, high: 49 }),
        Err(LensRefusal::ThresholdsInvalid)
    );
    assert_eq!(
        lens.apply(LensEdit::SetThresholds { low: 60, high: 50 }),
        Err(LensRefusal::ThresholdsInvalid)
    );
    assert_eq!(lens, before);
    assert_eq!(
        lens.apply(LensEdit::SetThresholds { low: 40, high: 50 }),
        Ok(())
    );
    assert_eq!(lens.thresholds, Thresholds { low: 40, high: 50 });
    assert!(lens.is_ready());
}

#[test]
fn a_lens_file_with_no_middle_band_is_refused_and_one_without_thresholds_gets_the_default() {
    // Without thresholds: the default, and the file is written as before (same fingerprint).
    let lens = common::lens("teamleider");
    let text = serde_json::to_string(&lens).unwrap();
    assert!(!text.contains("thresholds"), "{text}");
    let back: Lens = serde_json::from_str(&text).unwrap();
    assert_eq!(back.thresholds, Thresholds::default());
    // With their own, they travel with the lens.
    let own = position(30, 70);
    let doc = Document::new("", Content::Lens(own.clone()));
    let read = interchange::parse(&doc.to_json().unwrap()).unwrap();
    assert_eq!(read.content, Content::Lens(own));
    // A 9-point band in a file is refused with its path; nothing is read.
    let mut narrow = common::lens("teamleider");
    narrow.thresholds = Thresholds { low: 40, high: 49 };
    let doc = Document::new("", Content::Lens(narrow));
    let findings = interchange::parse(&doc.to_json().unwrap()).unwrap_err();
    assert_eq!(findings.len(), 1, "{findings:?}");
    assert_eq!(findings[0].path, "$.lens.thresholds");
    assert_eq!(findings[0].problem, Problem::ThresholdsInvalid);
}

#[test]
fn every_candidate_of_a_position_is_read_with_its_thresholds() {
    let lens = position(40, 60);
    let mut a = scored("a", &lens, 60, 40);
    let mut b = scored("b", &lens, 60, 40);
    for s in [&mut a, &mut b] {
        rate(s, "planning", 4);
        rate(s, "initiative", 4);
    }
    // Same score, same lens → the same reading for every candidate: 60 is high here, 40 low.
    assert_eq!(a.results(), b.results());
    assert_eq!(a.results()[0].reading, Some(Reading::Confirmed));
    assert_eq!(a.results()[1].reading, Some(Reading::LearnedBehaviour));
    let o = overview(
        "teamleider",
        Some(&lens),
        &[a.clone(), b.clone()],
        None,
        Order::Name,
    );
    assert_eq!(o.rows[0].cells, o.rows[1].cells);
    assert_eq!(o.thresholds, Thresholds { low: 40, high: 60 });
    // The position's thresholds change after candidate a was interviewed: a keeps the
    // reading the report gives (the thresholds a was read with throughout), c is read with
    // the new ones, and a's row says where it differs from the position as it is now.
    let changed = position(30, 70);
    let c = {
        let mut c = scored("c", &changed, 60, 40);
        rate(&mut c, "planning", 4);
        rate(&mut c, "initiative", 4);
        c
    };
    let o = overview(
        "teamleider",
        Some(&changed),
        &[a.clone(), c],
        None,
        Order::Name,
    );
    assert_eq!(o.thresholds, Thresholds { low: 30, high: 70 });
    assert_eq!(o.rows[0].cells[0].reading, a.results()[0].reading);
    assert_eq!(o.rows[0].cells[0].reading, Some(Reading::Confirmed));
    assert_eq!(o.rows[0].thresholds, Thresholds { low: 40, high: 60 });
    assert_eq!(
        o.rows[0].earlier_thresholds,
        Some(Thresholds { low: 40, high: 60 })
    );
    assert_eq!(o.rows[1].cells[0].reading, Some(Reading::InterviewDecides));
    assert_eq!(o.rows[1].earlier_thresholds, None);
}

#[test]
fn other_thresholds_for_one_candidate_are_a_deviation_with_a_reason() {
    let lens = position(40, 60);
    let mut s = scored("a", &lens, 62, 50);
    assert_eq!(s.thresholds(), lens.thresholds);
    assert_eq!(s.threshold_deviation(), None);
    let before = s.clone();
    assert_eq!(
        s.apply(A::SetThresholds {
            low: 30,
            high: 70,
            reason: "  ".into()
        }),
        Err(Refusal::NeedsReason)
    );
    assert_eq!(s, before);
    s.apply(A::SetThresholds {
        low: 30,
        high: 70,
        reason: "Norm group differs from the other candidates'.".into(),
    })
    .unwrap();
    assert_eq!(s.thresholds(), Thresholds { low: 30, high: 70 });
    assert_eq!(
        s.threshold_deviation(),
        Some((
            Thresholds { low: 30, high: 70 },
            "Norm group differs from the other candidates'."
        ))
    );
    assert_eq!(s.results()[0].band, Some(Band::Middle));
    // The overview reads this candidate with their own thresholds and says so.
    let o = overview("teamleider", Some(&lens), &[s.clone()], None, Order::Name);
    assert_eq!(o.rows[0].thresholds, Thresholds { low: 30, high: 70 });
    assert_eq!(
        o.rows[0].own_thresholds.as_deref(),
        Some("Norm group differs from the other candidates'.")
    );
    // Back to the position's: no deviation left, and no reason kept.
    s.apply(A::SetThresholds {
        low: 40,
        high: 60,
        reason: String::new(),
    })
    .unwrap();
    assert_eq!(s.preparation.thresholds, None);
    assert!(s.preparation.threshold_reason.is_empty());
    assert_eq!(s.results()[0].band, Some(Band::High));
}

#[test]
fn sessions_of_earlier_releases_keep_what_they_have() {
    // Earlier releases stored thresholds in every session. The default reads as the
    // position's; other ones as a deviation whose reason was never asked.
    let s = common::session("old");
    let mut json = serde_json::to_value(&s).unwrap();
    json["preparation"]["thresholds"] = serde_json::json!({ "low": 35, "high": 65 });
    let plain: Session = serde_json::from_value(json.clone()).unwrap();
    assert_eq!(plain.threshold_deviation(), None);
    json["preparation"]["thresholds"] = serde_json::json!({ "low": 40, "high": 45 });
    let own: Session = serde_json::from_value(json).unwrap();
    assert_eq!(own.thresholds(), Thresholds { low: 40, high: 45 });
    assert_eq!(
        own.threshold_deviation(),
        Some((Thresholds { low: 40, high: 45 }, ""))
    );
    // Such a session still imports: what an earlier release wrote reads back.
    let doc = Document::new("", Content::Session(Box::new(own.clone())));
    let read = interchange::parse(&doc.to_json().unwrap()).unwrap();
    assert_eq!(read.content, Content::Session(Box::new(own)));
}

// "No example" is not the worst behaviour.

#[test]
fn every_reading_follows_band_and_behaviour() {
    use Behaviour::{NoExample, Shown, Weak};
    let table = [
        (Band::High, Shown, Reading::Confirmed),
        (Band::High, Weak, Reading::NotConfirmed),
        (Band::High, NoExample, Reading::UntappedPotential),
        (Band::Low, Shown, Reading::LearnedBehaviour),
        (Band::Low, Weak, Reading::FallsShort),
        (Band::Low, NoExample, Reading::DevelopmentArea),
        (Band::Middle, Shown, Reading::InterviewDecides),
        (Band::Middle, Weak, Reading::InterviewDecides),
        (Band::Middle, NoExample, Reading::InterviewDecides),
    ];
    for (band, behaviour, expected) in table {
        assert_eq!(
            reading(band, behaviour),
            expected,
            "{band:?} × {behaviour:?}"
        );
    }
}

#[test]
fn every_rating_and_example_combination_reads_as_the_method_says() {
    // (rating, marks on the two questions asked) → behaviour; under a high (80) and a low
    // (20) score. The rating decides over the marks; "no example" recorded comes next.
    type Case = (Option<u8>, bool, [Option<Example>; 2], Option<Behaviour>);
    use Example::{None as Nothing, Partly, Yes};
    let cases: [Case; 12] = [
        (Some(5), false, [Some(Yes), None], Some(Behaviour::Shown)),
        (Some(3), false, [None, None], Some(Behaviour::Shown)),
        (
            Some(2),
            false,
            [Some(Yes), Some(Yes)],
            Some(Behaviour::Weak),
        ),
        (Some(1), false, [Some(Partly), None], Some(Behaviour::Weak)),
        (
            None,
            true,
            [Some(Nothing), Some(Nothing)],
            Some(Behaviour::NoExample),
        ),
        (None, true, [None, None], Some(Behaviour::NoExample)),
        (None, false, [Some(Yes), None], Some(Behaviour::Shown)),
        (
            None,
            false,
            [Some(Partly), Some(Partly)],
            Some(Behaviour::Shown),
        ),
        (
            None,
            false,
            [Some(Partly), Some(Nothing)],
            Some(Behaviour::Weak),
        ),
        (
            None,
            false,
            [Some(Nothing), Some(Nothing)],
            Some(Behaviour::NoExample),
        ),
        (
            None,
            false,
            [Some(Nothing), None],
            Some(Behaviour::NoExample),
        ),
        (None, false, [None, None], None),
    ];
    let lens = common::lens("teamleider");
    for (level, none_recorded, marks, expected) in cases {
        for score in [80, 20] {
            let mut s = scored("s", &lens, score, 50);
            for (q, m) in ["planning-q1", "planning-q2"].iter().zip(marks) {
                if let Some(m) = m {
                    mark(&mut s, q, m);
                }
            }
            if let Some(level) = level {
                rate(&mut s, "planning", level);
            }
            if none_recorded {
                no_example(&mut s, "planning");
            }
            // Something was typed, so the competency counts as discussed.
            s.apply(A::SetEvidence {
                competency: "planning".into(),
                text: "Aantekening.".into(),
            })
            .unwrap();
            let r = &s.results()[0];
            let case = format!("{level:?} {none_recorded} {marks:?} at {score}");
            assert_eq!(r.behaviour, expected, "{case}");
            let band = if score == 80 { Band::High } else { Band::Low };
            assert_eq!(r.reading, expected.map(|b| reading(band, b)), "{case}");
        }
    }
}

#[test]
fn no_example_leaves_the_competency_unrated_and_reads_from_the_score() {
    let lens = common::lens("teamleider");
    // M2: 74, no example even after time to think → untapped potential, never level 1.
    let mut high = scored("h", &lens, 74, 50);
    rate(&mut high, "planning", 1);
    no_example(&mut high, "planning");
    let r = &high.results()[0];
    assert_eq!((r.level, r.versus, r.no_example), (None, None, true));
    assert_eq!(r.reading, Some(Reading::UntappedPotential));
    assert!(high.interview.ratings["planning"].level.is_none());
    // Low score, no example → a development area.
    let mut low = scored("l", &lens, 31, 50);
    no_example(&mut low, "planning");
    assert_eq!(low.results()[0].reading, Some(Reading::DevelopmentArea));
    // It is a reason to leave a competency unrated: completing needs none other for it.
    assert_eq!(low.unrated_without_reason(), ["initiative"]);
    // Rating afterwards takes "no example" back; a level with "no example" cannot both stand.
    rate(&mut low, "planning", 2);
    assert!(!low.interview.ratings["planning"].no_example);
    assert_eq!(low.results()[0].reading, Some(Reading::FallsShort));
    // Taking the record back leaves a level untouched only when it was not set to no example.
    low.apply(A::SetNoExample {
        competency: "planning".into(),
        no_example: false,
    })
    .unwrap();
    assert_eq!(low.results()[0].level, Some(2));
    assert_eq!(
        low.apply(A::SetNoExample {
            competency: "ghost".into(),
            no_example: true
        }),
        Err(Refusal::UnknownCompetency)
    );
}

#[test]
fn the_contradiction_flags_point_at_the_record_whatever_the_standard() {
    let lens = common::lens("teamleider");
    let mut s = scored("s", &lens, 80, 80);
    mark(&mut s, "planning-q1", Example::None);
    mark(&mut s, "planning-q2", Example::None);
    for (level, flag) in [
        (1, None),
        (2, None),
        (3, Some(Flag::RatedWithoutExamples)),
        (5, Some(Flag::RatedWithoutExamples)),
    ] {
        rate(&mut s, "planning", level);
        assert_eq!(s.results()[0].flag, flag, "level {level}");
    }
    // "No example" recorded while a question is marked as having one.
    mark(&mut s, "initiative-q1", Example::Partly);
    no_example(&mut s, "initiative");
    assert_eq!(s.results()[1].flag, Some(Flag::NoExampleDespiteExamples));
    mark(&mut s, "initiative-q1", Example::None);
    assert_eq!(s.results()[1].flag, None);
    // A stored rating that has a level and "no example" at once is refused on import.
    let mut broken = common::session("broken");
    broken
        .apply(A::SetEvidence {
            competency: "planning".into(),
            text: "x".into(),
        })
        .unwrap();
    broken
        .apply(A::Rate {
            competency: "planning".into(),
            level: 3,
        })
        .unwrap();
    broken
        .interview
        .ratings
        .get_mut("planning")
        .unwrap()
        .no_example = true;
    let doc = Document::new("", Content::Session(Box::new(broken)));
    let findings = interchange::parse(&doc.to_json().unwrap()).unwrap_err();
    assert_eq!(
        findings[0].path,
        "$.session.interview.ratings.planning.no_example"
    );
    assert_eq!(findings[0].problem, Problem::LevelAndNoExample);
}

// The recommendation and the standard.

fn decided(recommendation: Recommendation, planning: Option<u8>, initiative: u8) -> Session {
    let mut s = scored("s", &common::lens("teamleider"), 50, 50);
    match planning {
        Some(level) => rate(&mut s, "planning", level),
        None => no_example(&mut s, "planning"),
    }
    rate(&mut s, "initiative", initiative);
    s.apply(A::SetRecommendation(Some(recommendation))).unwrap();
    s.apply(A::SetSubstantiation(
        "Concrete voorbeelden bij beide.".into(),
    ))
    .unwrap();
    s
}

#[test]
fn a_positive_recommendation_names_what_is_below_the_standard() {
    // Standard 3 for both. A yes with planning at 2 departs; at 3 it does not.
    for yes in [Recommendation::Yes, Recommendation::StrongYes] {
        let mut s = decided(yes, Some(2), 4);
        let departure = Departure::PositiveBelowStandard(vec![("planning".into(), Short::Below)]);
        assert_eq!(s.departure(), Some(departure.clone()));
        let before = s.clone();
        assert_eq!(
            s.apply(complete()),
            Err(Refusal::DepartureUnexplained(departure))
        );
        assert_eq!(s, before);
        s.apply(A::SetDepartureReason(" ".into())).unwrap();
        assert!(s.apply(complete()).is_err());
        s.apply(A::SetDepartureReason(
            "Planning weighs less in this role; the team has a planner.".into(),
        ))
        .unwrap();
        assert_eq!(s.apply(complete()), Ok(()));
        assert_eq!(decided(yes, Some(3), 3).departure(), None);
    }
    // No example counts as not shown to meet the standard.
    assert_eq!(
        decided(Recommendation::Yes, None, 3).departure(),
        Some(Departure::PositiveBelowStandard(vec![(
            "planning".into(),
            Short::NoExample
        )]))
    );
    // So does a competency left unrated, whatever the reason ("out of time").
    let mut s = decided(Recommendation::StrongYes, Some(4), 4);
    s.interview.ratings.remove("initiative");
    s.apply(A::SetUnratedReason {
        competency: "initiative".into(),
        reason: "Not discussed: out of time.".into(),
    })
    .unwrap();
    assert_eq!(
        s.departure(),
        Some(Departure::PositiveBelowStandard(vec![(
            "initiative".into(),
            Short::Unrated
        )]))
    );
    assert!(matches!(
        s.apply(complete()),
        Err(Refusal::DepartureUnexplained(_))
    ));
}

#[test]
fn a_negative_recommendation_while_all_meet_the_standard_departs_too() {
    for no in [Recommendation::No, Recommendation::StrongNo] {
        let mut s = decided(no, Some(3), 5);
        assert_eq!(s.departure(), Some(Departure::NegativeAllMeet));
        assert!(matches!(
            s.apply(complete()),
            Err(Refusal::DepartureUnexplained(Departure::NegativeAllMeet))
        ));
        // One below the standard, or one not rated: the no does not depart.
        assert_eq!(decided(no, Some(2), 5).departure(), None);
        assert_eq!(decided(no, None, 5).departure(), None);
    }
    // No decision never departs.
    assert_eq!(
        decided(Recommendation::NoDecision, Some(1), 5).departure(),
        None
    );
    assert_eq!(
        decided(Recommendation::NoDecision, Some(5), 5).departure(),
        None
    );
    // The overview carries the departure and its reason.
    let mut s = decided(Recommendation::No, Some(4), 4);
    s.apply(A::SetDepartureReason(
        "Motivation for the role was absent.".into(),
    ))
    .unwrap();
    let o = overview("teamleider", None, &[s], None, Order::Name);
    assert_eq!(
        o.rows[0].outcome.departure,
        Some((
            Departure::NegativeAllMeet,
            "Motivation for the role was absent.".into()
        ))
    );
    assert!(matches!(
        o.rows[0].cells[0].standing,
        Standing::Rated {
            versus: Versus::Above,
            ..
        }
    ));
}

// The assessment record.

#[test]
fn stens_convert_to_the_percentile_of_their_band_and_never_read_as_percentiles() {
    let sten = |value| Score {
        value,
        scale: Scale::Sten,
    };
    // The edges of the scale, and the middle either side of 5.5.
    assert_eq!(sten(1).percentile(), 1);
    assert_eq!(sten(10).percentile(), 99);
    assert_eq!((sten(5).percentile(), sten(6).percentile()), (40, 60));
    assert_eq!(STEN_PERCENTILES.len(), 10);
    assert!(STEN_PERCENTILES.windows(2).all(|w| w[0] < w[1]));
    // Symmetric about the mean: sten s and 11 − s sum to 100.
    for s in 1..=10u8 {
        assert_eq!(
            sten(s).percentile() + sten(11 - s).percentile(),
            100,
            "sten {s}"
        );
    }
    assert_eq!(
        parse_score("0", Scale::Sten),
        Err(ScoreError::OutOfRange { min: 1, max: 10 })
    );
    assert_eq!(
        parse_score("11", Scale::Sten),
        Err(ScoreError::OutOfRange { min: 1, max: 10 })
    );
    assert_eq!(parse_score("10", Scale::Sten), Ok(Some(10)));
    assert_eq!(parse_score("1", Scale::Sten), Ok(Some(1)));
    // With default thresholds 35/65: sten 4 (23) is low, 5 and 6 middle, 7 (77) high.
    let t = Thresholds::default();
    let bands: Vec<Band> = (4..=7).map(|s| t.band(sten(s).percentile())).collect();
    assert_eq!(bands, [Band::Low, Band::Middle, Band::Middle, Band::High]);
    // A session on the sten scale reads 7 as high; the same 7 on percentiles is low.
    let lens = common::lens("teamleider");
    let mut s = Session::new("s", lens.clone(), "2026-11-28T09:00:00Z");
    s.assessment.release = Release::Cleared;
    s.apply(A::SetScale(Scale::Sten)).unwrap();
    for (score, ok) in [(0, false), (1, true), (10, true), (11, false)] {
        let set = s.apply(A::SetScore {
            competency: "planning".into(),
            score: Some(score),
        });
        assert_eq!(set.is_ok(), ok, "sten {score}");
    }
    s.apply(A::SetScore {
        competency: "planning".into(),
        score: Some(7),
    })
    .unwrap();
    assert_eq!(s.results()[0].band, Some(Band::High));
    let mut p = Session::new("p", lens, "2026-11-28T09:00:00Z");
    p.assessment.release = Release::Cleared;
    p.apply(A::SetScore {
        competency: "planning".into(),
        score: Some(7),
    })
    .unwrap();
    assert_eq!(p.results()[0].band, Some(Band::Low));
}

#[test]
fn the_scale_cannot_change_under_scores_typed_on_the_other() {
    let mut s = common::session("s");
    s.apply(A::SetScale(Scale::Sten)).unwrap();
    s.apply(A::SetScore {
        competency: "planning".into(),
        score: Some(8),
    })
    .unwrap();
    let before = s.clone();
    assert_eq!(
        s.apply(A::SetScale(Scale::Percentile)),
        Err(Refusal::ScoresOnOtherScale)
    );
    assert_eq!(s, before);
    // Choosing the same scale again is no change; emptying the scores frees it.
    assert_eq!(s.apply(A::SetScale(Scale::Sten)), Ok(()));
    s.apply(A::SetScore {
        competency: "planning".into(),
        score: None,
    })
    .unwrap();
    assert_eq!(s.apply(A::SetScale(Scale::Percentile)), Ok(()));
    // The record: instrument, date and norm group, the date a real one.
    s.apply(A::SetInstrument("Werkstijlvragenlijst v3".into()))
        .unwrap();
    s.apply(A::SetNormGroup("Nederlandse beroepsbevolking, hbo".into()))
        .unwrap();
    assert_eq!(
        s.apply(A::SetTakenOn("2026-02-30".into())),
        Err(Refusal::BadDate)
    );
    s.apply(A::SetTakenOn("2026-11-20".into())).unwrap();
    assert_eq!(s.assessment.taken_on, "2026-11-20");
    // A sten session travels with its scale; a sten of 11 in a file is refused with its path.
    let doc = Document::new("", Content::Session(Box::new(s.clone())));
    let read = interchange::parse(&doc.to_json().unwrap()).unwrap();
    assert_eq!(read.content, Content::Session(Box::new(s.clone())));
    let mut bad = s;
    bad.assessment.scale = Scale::Sten;
    bad.assessment.scores.insert("planning".into(), 11);
    bad.assessment.taken_on = "yesterday".into();
    let doc = Document::new("", Content::Session(Box::new(bad)));
    let findings = interchange::parse(&doc.to_json().unwrap()).unwrap_err();
    let paths: Vec<&str> = findings.iter().map(|f| f.path.as_str()).collect();
    assert_eq!(
        paths,
        [
            "$.session.assessment.scores.planning",
            "$.session.assessment.taken_on"
        ]
    );
}

#[test]
fn the_closing_has_talking_points_for_the_position_and_the_organisation() {
    let mut s = common::session("s");
    for point in [ClosingPoint::Position, ClosingPoint::Organisation] {
        s.apply(A::TickClosing { point, done: true }).unwrap();
        s.apply(A::TickClosing { point, done: true }).unwrap();
    }
    assert_eq!(
        s.interview.closing_done,
        [ClosingPoint::Position, ClosingPoint::Organisation]
    );
    s.apply(A::TickClosing {
        point: ClosingPoint::Position,
        done: false,
    })
    .unwrap();
    assert_eq!(s.interview.closing_done, [ClosingPoint::Organisation]);
}
