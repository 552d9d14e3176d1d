//! The evaluation agrees with the rest of the interview (M1–M3, M6, M20, M27): readings use the
//! session's own focus thresholds, a competency nobody discussed says so, a rating counts as
//! behaviour, contradictions are pointed out, and every gap from the standard has a reason.

mod common;

use interviewgids::domain::assessment::{Band, Release};
use interviewgids::domain::evaluation::{
    behaviour, rated_behaviour, Behaviour, Flag, Reading, Recommendation, Versus,
};
use interviewgids::domain::interview::Rating;
use interviewgids::domain::interview::{AnswerField, Example};
use interviewgids::domain::session::Deviation;
use interviewgids::domain::session_action::Refusal;
use interviewgids::domain::{Session, SessionAction as A};

fn with_scores(planning: u8, initiative: u8) -> Session {
    let mut s = Session::new("s-1", common::lens("teamleider"), "2026-11-28T09:00:00Z");
    s.apply(A::SetRelease {
        release: Release::Cleared,
        on: "2026-11-27".into(),
    })
    .unwrap();
    for (competency, score) in [("planning", planning), ("initiative", initiative)] {
        s.apply(A::SetScore {
            competency: competency.into(),
            score: Some(score),
        })
        .unwrap();
    }
    s
}

fn example(s: &mut Session, question: &str, example: Example) {
    s.apply(A::SetExample {
        question: question.into(),
        example: Some(example),
    })
    .unwrap();
}

fn rate(s: &mut Session, competency: &str, level: u8) {
    s.apply(A::SetEvidence {
        competency: competency.into(),
        text: "Noemde het draaiboek en de uitkomst.".into(),
    })
    .unwrap();
    s.apply(A::Rate {
        competency: competency.into(),
        level,
    })
    .unwrap();
}

#[test]
fn readings_use_the_sessions_own_thresholds_and_a_middle_band() {
    // Defaults 35/65: 50 is middle in preparation, so it is middle in the evaluation too.
    let mut s = with_scores(50, 65);
    example(&mut s, "planning-q1", Example::Yes);
    example(&mut s, "initiative-q1", Example::Yes);
    let r = s.results();
    assert_eq!(r[0].band, Some(Band::Middle));
    assert_eq!(r[0].reading, Some(Reading::InterviewDecides));
    assert_eq!(r[1].band, Some(Band::High));
    assert_eq!(r[1].reading, Some(Reading::Confirmed));
    // The boundaries are the preparation's: at `low` is low, at `high` is high.
    s.apply(A::SetThresholds {
        low: 50,
        high: 66,
        reason: "Tried on a narrower middle.".into(),
    })
    .unwrap();
    let r = s.results();
    assert_eq!(r[0].reading, Some(Reading::LearnedBehaviour));
    assert_eq!(r[1].reading, Some(Reading::InterviewDecides));
    s.apply(A::SetThresholds {
        low: 45,
        high: 55,
        reason: "Tried on a narrower middle.".into(),
    })
    .unwrap();
    assert_eq!(s.results()[0].band, Some(Band::Middle));
}

#[test]
fn a_competency_neither_answered_nor_rated_is_not_discussed() {
    let mut s = with_scores(80, 20);
    let r = s.results();
    assert!(!r[0].discussed);
    assert_eq!(r[0].reading, Some(Reading::NotDiscussed));
    assert_eq!(r[1].reading, Some(Reading::NotDiscussed));
    // A note alone is discussion; so is evidence typed before rating.
    s.apply(A::SetAnswer {
        question: "planning-q2".into(),
        field: AnswerField::Notes,
        text: "Begon wel, kwam niet tot een voorbeeld.".into(),
    })
    .unwrap();
    s.apply(A::SetEvidence {
        competency: "initiative".into(),
        text: "Geen".into(),
    })
    .unwrap();
    // Discussed, but with nothing marked or rated there is no behaviour to read yet.
    let r = s.results();
    assert!(r[0].discussed && r[1].discussed);
    assert_eq!((r[0].behaviour, r[0].reading), (None, None));
    assert_eq!((r[1].behaviour, r[1].reading), (None, None));
    example(&mut s, "planning-q2", Example::None);
    assert_eq!(s.results()[0].reading, Some(Reading::UntappedPotential));
    // Notes on a question that was not asked do not count.
    let mut t = with_scores(80, 20);
    t.apply(A::SetAnswer {
        question: "planning-q3".into(),
        field: AnswerField::Notes,
        text: "x".into(),
    })
    .unwrap();
    assert_eq!(t.results()[0].reading, Some(Reading::NotDiscussed));
}

#[test]
fn a_rating_with_evidence_decides_whether_behaviour_was_shown() {
    let rated = |level: u8| Rating {
        level: Some(level),
        evidence: "Noemde het draaiboek.".into(),
        no_example: false,
    };
    let unrated = Rating {
        level: None,
        evidence: String::new(),
        no_example: true,
    };
    let shown = Some(Behaviour::Shown);
    assert_eq!(behaviour(Some(&rated(3)), 3, [Some(Example::None)]), shown);
    assert_eq!(
        behaviour(Some(&rated(2)), 3, [Some(Example::Yes)]),
        Some(Behaviour::Weak)
    );
    assert_eq!(behaviour(None, 3, [Some(Example::Yes)]), shown);
    assert_eq!(behaviour(None, 3, [None]), None);
    // "No example" recorded speaks before the marks, after a rating.
    assert_eq!(
        behaviour(Some(&unrated), 3, [Some(Example::Yes)]),
        Some(Behaviour::NoExample)
    );
    // A level without evidence is no rating yet: the marks speak.
    let bare = Rating {
        evidence: " ".into(),
        ..rated(5)
    };
    assert_eq!(
        behaviour(Some(&bare), 3, [Some(Example::Partly)]),
        Some(Behaviour::Weak)
    );
    // Rated 4, above the standard, without marking examples: behaviour shown, not "little".
    let mut s = with_scores(80, 80);
    rate(&mut s, "planning", 4);
    let r = s.results();
    assert_eq!(r[0].behaviour, shown);
    assert_eq!(r[0].reading, Some(Reading::Confirmed));
    // Rated 2 despite an example: the examples fell short, which is not untapped potential.
    example(&mut s, "initiative-q1", Example::Yes);
    rate(&mut s, "initiative", 2);
    assert_eq!(s.results()[1].reading, Some(Reading::NotConfirmed));
}

#[test]
fn the_standard_decides_what_shown_means_so_reading_and_standard_never_contradict() {
    // Shown from the competency's standard on, whatever it is.
    for standard in 1..=5u8 {
        for level in 1..=5u8 {
            let expected = if level >= standard {
                Behaviour::Shown
            } else {
                Behaviour::Weak
            };
            assert_eq!(
                rated_behaviour(level, standard),
                expected,
                "{level}/{standard}"
            );
        }
    }
    // A standard of 4 with a rating of 3 and a high score: below the standard, so never
    // "confirmed" — the examples fall short of what the position asks.
    let mut s = with_scores(80, 80);
    s.lens.competencies[0].standard = 4;
    rate(&mut s, "planning", 3);
    let r = &s.results()[0];
    assert_eq!(r.versus, Some(Versus::Below));
    assert_eq!(r.behaviour, Some(Behaviour::Weak));
    assert_eq!(r.reading, Some(Reading::NotConfirmed));
    // At the standard it is confirmed; a standard of 2 makes a 2 "shown" as well.
    rate(&mut s, "planning", 4);
    assert_eq!(s.results()[0].reading, Some(Reading::Confirmed));
    s.lens.competencies[0].standard = 2;
    rate(&mut s, "planning", 2);
    assert_eq!(s.results()[0].versus, Some(Versus::Meets));
    assert_eq!(s.results()[0].reading, Some(Reading::Confirmed));
    // Every level against every standard: "shown" exactly where it is not below the standard.
    for standard in 1..=5u8 {
        s.lens.competencies[0].standard = standard;
        for level in 1..=5u8 {
            rate(&mut s, "planning", level);
            let r = &s.results()[0];
            let below = r.versus == Some(Versus::Below);
            assert_eq!(
                r.reading == Some(Reading::Confirmed),
                !below,
                "{level}/{standard}"
            );
        }
    }
}

#[test]
fn a_rating_of_three_or_more_without_any_example_is_pointed_out() {
    let mut s = with_scores(80, 80);
    example(&mut s, "planning-q1", Example::None);
    example(&mut s, "planning-q2", Example::None);
    rate(&mut s, "planning", 3);
    assert_eq!(s.results()[0].flag, Some(Flag::RatedWithoutExamples));
    // Whatever the standard: a 3 under a standard of 4 is still an adequate example rated.
    let mut higher = s.clone();
    higher.lens.competencies[0].standard = 4;
    assert_eq!(higher.results()[0].flag, Some(Flag::RatedWithoutExamples));
    // The flag is for a rating that claims adequate behaviour (3 or more); a 2 is read as
    // falling short either way. One example given settles it too.
    rate(&mut s, "planning", 2);
    assert_eq!(s.results()[0].flag, None);
    rate(&mut s, "planning", 5);
    example(&mut s, "planning-q2", Example::Partly);
    assert_eq!(s.results()[0].flag, None);
    // A question left unmarked is not "no example".
    let mut t = with_scores(80, 80);
    example(&mut t, "initiative-q1", Example::None);
    rate(&mut t, "initiative", 4);
    assert_eq!(t.results()[1].flag, None);
}

#[test]
fn completing_needs_a_reason_for_every_unrated_competency() {
    let mut s = with_scores(50, 50);
    s.apply(A::SetRecommendation(Some(Recommendation::Yes)))
        .unwrap();
    s.apply(A::SetSubstantiation("Sterk in planning.".into()))
        .unwrap();
    rate(&mut s, "planning", 4);
    let complete = || A::Complete {
        now: 0,
        now_iso: "2026-12-01T11:00:00Z".into(),
    };
    let before = s.clone();
    assert_eq!(
        s.apply(complete()),
        Err(Refusal::UnratedWithoutReason(vec!["initiative".into()]))
    );
    assert_eq!(s, before);
    s.apply(A::SetUnratedReason {
        competency: "initiative".into(),
        reason: "  ".into(),
    })
    .unwrap();
    assert!(matches!(
        s.apply(complete()),
        Err(Refusal::UnratedWithoutReason(_))
    ));
    s.apply(A::SetUnratedReason {
        competency: "initiative".into(),
        reason: "Niet besproken: geen tijd meer.".into(),
    })
    .unwrap();
    // A yes with a competency left unrated, for whatever reason, departs from the standard:
    // it was not shown to meet it, so the substantiation says how it weighs that.
    assert!(matches!(
        s.apply(complete()),
        Err(Refusal::DepartureUnexplained(_))
    ));
    s.apply(A::SetDepartureReason(
        "Initiatief weegt in deze rol minder; volgt in de tweede ronde.".into(),
    ))
    .unwrap();
    assert_eq!(s.apply(complete()), Ok(()));
    assert_eq!(
        s.evaluation.unrated["initiative"],
        "Niet besproken: geen tijd meer."
    );
}

#[test]
fn skipping_a_standard_question_needs_a_reason_and_every_deviation_is_listed() {
    let mut s = with_scores(50, 50);
    assert!(s.deviations().is_empty());
    let before = s.clone();
    assert_eq!(
        s.apply(A::UseQuestion {
            question: "planning-q1".into(),
            used: false,
        }),
        Err(Refusal::NeedsReason)
    );
    assert_eq!(
        s.apply(A::SkipStandardQuestion {
            question: "planning-q1".into(),
            reason: " ".into(),
        }),
        Err(Refusal::NeedsReason)
    );
    assert_eq!(s, before);
    s.apply(A::SkipStandardQuestion {
        question: "planning-q1".into(),
        reason: "Al uitgebreid besproken in de eerste ronde.".into(),
    })
    .unwrap();
    // Another question added is a deviation too; skipping it again needs no reason.
    s.apply(A::UseQuestion {
        question: "initiative-q3".into(),
        used: true,
    })
    .unwrap();
    assert_eq!(
        s.deviations(),
        [
            Deviation {
                competency: "planning".into(),
                question: "planning-q1".into(),
                skipped: Some("Al uitgebreid besproken in de eerste ronde.".into()),
            },
            Deviation {
                competency: "initiative".into(),
                question: "initiative-q3".into(),
                skipped: None,
            },
        ]
    );
    s.apply(A::UseQuestion {
        question: "initiative-q3".into(),
        used: false,
    })
    .unwrap();
    // Taking the standard question back removes its reason.
    s.apply(A::UseQuestion {
        question: "planning-q1".into(),
        used: true,
    })
    .unwrap();
    assert!(s.deviations().is_empty());
    assert!(s.preparation.skip_reasons.is_empty());
}
