//! The position overview (M26–M28): candidates against the standard, never against each other.

mod common;

use interviewgids::domain::evaluation::{Recommendation, Versus};
use interviewgids::domain::interview::Example;
use interviewgids::domain::overview::{overview, positions, Order, Source, Standing};
use interviewgids::domain::{Session, SessionAction as A, Status};

fn candidate(id: &str, name: &str, date: &str, planning: Option<u8>) -> Session {
    let mut s = common::session(id);
    s.candidate = name.into();
    s.scheduled_at = date.into();
    if let Some(level) = planning {
        s.apply(A::SetEvidence {
            competency: "planning".into(),
            text: "Planned the move of the archive.".into(),
        })
        .unwrap();
        s.apply(A::Rate {
            competency: "planning".into(),
            level,
        })
        .unwrap();
    }
    s
}

fn names(o: &interviewgids::domain::overview::Overview) -> Vec<&str> {
    o.rows.iter().map(|r| r.candidate.as_str()).collect()
}

#[test]
fn rows_follow_name_or_date_and_never_a_score() {
    // The best rated candidate is neither first by name nor by date.
    let sessions = [
        candidate("a", "Zeynep Kaya", "2026-12-02T09:00", Some(5)),
        candidate("b", "bram Jansen", "2026-12-03T09:00", Some(2)),
        candidate("c", "Anouk de Wit", "", Some(3)),
    ];
    let by_name = overview("teamleider", None, &sessions, None, Order::Name);
    assert_eq!(
        names(&by_name),
        ["Anouk de Wit", "bram Jansen", "Zeynep Kaya"]
    );
    let by_date = overview("teamleider", None, &sessions, None, Order::Date);
    assert_eq!(
        names(&by_date),
        ["Zeynep Kaya", "bram Jansen", "Anouk de Wit"]
    );
}

#[test]
fn each_cell_is_the_rating_against_the_candidates_own_standard() {
    let mut older = candidate("a", "Anouk", "", Some(2));
    // An older snapshot of the lens asked less of planning.
    older.lens.competencies[0].standard = 2;
    let newer = candidate("b", "Bram", "", Some(2));
    let o = overview("teamleider", None, &[older, newer], None, Order::Name);
    assert_eq!(o.columns.len(), 2);
    let planning = |row: usize| o.rows[row].cells[0].standing.clone();
    assert_eq!(
        planning(0),
        Standing::Rated {
            level: 2,
            standard: 2,
            versus: Versus::Meets,
            source: Source::Interviewer
        }
    );
    assert_eq!(
        planning(1),
        Standing::Rated {
            level: 2,
            standard: 3,
            versus: Versus::Below,
            source: Source::Interviewer
        }
    );
}

#[test]
fn unrated_cells_carry_the_reason_and_deviations_are_counted_per_competency() {
    let mut s = candidate("a", "Anouk", "", None);
    s.apply(A::SkipStandardQuestion {
        question: "planning-q1".into(),
        reason: "Covered in the first round.".into(),
    })
    .unwrap();
    s.apply(A::UseQuestion {
        question: "planning-q3".into(),
        used: true,
    })
    .unwrap();
    s.apply(A::SetUnratedReason {
        competency: "planning".into(),
        reason: "Out of time.".into(),
    })
    .unwrap();
    s.apply(A::SetExample {
        question: "initiative-q1".into(),
        example: Some(Example::Yes),
    })
    .unwrap();
    let o = overview("teamleider", None, &[s], None, Order::Name);
    let planning = &o.rows[0].cells[0];
    assert_eq!(
        planning.standing,
        Standing::Unrated {
            reason: Some("Out of time.".into())
        }
    );
    assert_eq!((planning.skipped, planning.added), (1, 1));
    let initiative = &o.rows[0].cells[1];
    assert_eq!(initiative.standing, Standing::Unrated { reason: None });
    assert_eq!((initiative.skipped, initiative.added), (0, 0));
}

#[test]
fn other_positions_are_left_out_and_the_filter_says_how_many_it_hid() {
    let mut done = candidate("a", "Anouk", "", Some(4));
    done.status = Status::Completed;
    done.evaluation.recommendation = Some(Recommendation::Yes);
    let open = candidate("b", "Bram", "", None);
    let mut elsewhere = candidate("c", "Cas", "", None);
    elsewhere.lens.id = "sales".into();
    let all = [done, open, elsewhere];
    let o = overview(
        "teamleider",
        None,
        &all,
        Some(Status::Completed),
        Order::Name,
    );
    assert_eq!(names(&o), ["Anouk"]);
    assert_eq!(o.hidden, 1);
    assert_eq!(o.rows[0].outcome.recommendation, Some(Recommendation::Yes));
    assert_eq!(o.name, "Teamleider");
}

#[test]
fn the_current_lens_leads_the_columns_and_competencies_it_dropped_stay_visible() {
    let mut current = common::lens("teamleider");
    current.name = "Teamleider (2027)".into();
    current.competencies.remove(1);
    current
        .competencies
        .push(interviewgids::domain::LensCompetency {
            competency: common::competency("coaching"),
            standard: 3,
            weight: 1,
            standard_questions: vec!["coaching-q1".into()],
        });
    let o = overview(
        "teamleider",
        Some(&current),
        &[candidate("a", "Anouk", "", Some(3))],
        None,
        Order::Name,
    );
    let ids: Vec<&str> = o.columns.iter().map(|c| c.competency.as_str()).collect();
    assert_eq!(ids, ["planning", "coaching", "initiative"]);
    assert_eq!(o.rows[0].cells[1].standing, Standing::NotInLens);
    assert_eq!(o.name, "Teamleider (2027)");
}

#[test]
fn positions_are_counted_once_each_and_listed_by_name() {
    let list = positions([
        ("sales", "Sales"),
        ("teamleider", "Teamleider"),
        ("sales", "Sales"),
        ("", "Unknown"),
    ]);
    assert_eq!(
        list,
        [
            ("sales".to_owned(), "Sales".to_owned(), 2),
            ("teamleider".to_owned(), "Teamleider".to_owned(), 1)
        ]
    );
}
