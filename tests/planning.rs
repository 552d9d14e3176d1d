//! A realistic day (M9, M26): boundaries of the planning rules — 4 vs 5 in a row, a 14 vs 15
//! minute gap to write notes, an overlap of one minute, and time to deliberate at the end.

mod common;

use interviewgids::domain::planning::{
    check, clock, day_slots, deliberations, minute_of, planned_days, timeline, Entry, Rules, Slot,
    Warning,
};
use interviewgids::domain::session_action::{Refusal, SessionAction};

fn slot(id: &str, h: u32, m: u32, minutes: u32) -> Slot {
    Slot {
        session: id.into(),
        start: h * 60 + m,
        minutes,
    }
}

/// `n` one-hour interviews from 09:00, each `gap` minutes after the previous one ends.
fn row(n: usize, gap: u32) -> Vec<Slot> {
    (0..n)
        .map(|i| {
            let start = 9 * 60 + i as u32 * (60 + gap);
            Slot {
                session: format!("s{}", i + 1),
                start,
                minutes: 60,
            }
        })
        .collect()
}

fn in_a_row(w: &[Warning]) -> Vec<&Warning> {
    w.iter()
        .filter(|w| matches!(w, Warning::TooManyInARow { .. }))
        .collect()
}

#[test]
fn four_in_a_row_is_fine_and_five_is_one_too_many() {
    let rules = Rules {
        day_end: 23 * 60,
        ..Rules::default()
    };
    assert!(in_a_row(&check(&row(4, 15), &rules)).is_empty());
    assert_eq!(
        in_a_row(&check(&row(5, 15), &rules)),
        [&Warning::TooManyInARow {
            count: 5,
            break_after: "s4".into()
        }]
    );
    // A real break (an hour) between the fourth and fifth starts a new row.
    let mut day = row(4, 15);
    day.push(slot("s5", 9 + 5, 0, 60)); // s4 ends 13:45; s5 at 14:00 is only 15 min later
    assert_eq!(in_a_row(&check(&day, &rules)).len(), 1);
    day.pop();
    day.push(slot("s5", 14, 45, 60)); // an hour after s4 ends
    assert!(in_a_row(&check(&day, &rules)).is_empty());
}

#[test]
fn fourteen_minutes_to_write_notes_warns_and_fifteen_does_not() {
    let rules = Rules::default();
    let day = [slot("a", 9, 0, 60), slot("b", 10, 14, 60)];
    assert_eq!(
        check(&day, &rules),
        [Warning::NoTimeForNotes {
            first: "a".into(),
            second: "b".into(),
            gap: 14,
            suggested: 10 * 60 + 15
        }]
    );
    let day = [slot("a", 9, 0, 60), slot("b", 10, 15, 60)];
    assert!(check(&day, &rules).is_empty());
    // The setting is the user's: with 20 minutes, 15 is too little.
    assert_eq!(check(&day, &Rules { notes: 20, ..rules }).len(), 1);
}

#[test]
fn an_overlap_of_one_minute_is_found_and_touching_is_no_overlap() {
    let rules = Rules {
        notes: 0,
        ..Rules::default()
    };
    let day = [slot("b", 9, 59, 60), slot("a", 9, 0, 60)];
    assert_eq!(
        check(&day, &rules),
        [Warning::Overlap {
            first: "a".into(),
            second: "b".into(),
            minutes: 1,
            suggested: 10 * 60
        }]
    );
    let day = [slot("a", 9, 0, 60), slot("b", 10, 0, 60)];
    assert!(check(&day, &rules).is_empty());
}

#[test]
fn the_last_interview_leaves_time_to_deliberate_before_the_day_ends() {
    let rules = Rules::default(); // the day ends at 18:00, deliberation takes 30 minutes
    assert!(check(&[slot("a", 16, 30, 60)], &rules).is_empty());
    assert_eq!(
        check(&[slot("a", 16, 31, 60)], &rules),
        [Warning::NoTimeToDeliberate {
            last: "a".into(),
            left: 29
        }]
    );
    assert!(check(&[], &rules).is_empty());
}

#[test]
fn a_session_is_planned_from_its_date_time_and_agenda_total() {
    let mut s = common::session("s-1");
    s.scheduled_at = "2026-12-01T10:05".into();
    let (day, slot) = Slot::of(&s).unwrap();
    assert_eq!(interviewgids::domain::dates::date(day), "2026-12-01");
    assert_eq!(
        (slot.start, slot.minutes),
        (10 * 60 + 5, s.lens.phase_minutes.total())
    );
    for bad in [
        "",
        "2026-12-01",
        "2026-12-01T24:00",
        "2026-02-30T10:00",
        "2026-12-01Tab:cd",
    ] {
        s.scheduled_at = bad.into();
        assert_eq!(Slot::of(&s), None, "{bad:?}");
    }
}

#[test]
fn a_planned_length_replaces_the_agenda_total_within_a_working_day() {
    let mut s = common::session("s-1");
    s.scheduled_at = "2026-12-01T10:00".into();
    s.apply(SessionAction::SetDuration(Some(45))).unwrap();
    assert_eq!(Slot::of(&s).unwrap().1.minutes, 45);
    for bad in [0, 481] {
        assert_eq!(
            s.apply(SessionAction::SetDuration(Some(bad))),
            Err(Refusal::DurationOutOfRange)
        );
    }
    assert_eq!(
        s.planned_minutes,
        Some(45),
        "a refused length changes nothing"
    );
    s.apply(SessionAction::SetDuration(Some(480))).unwrap();
    s.apply(SessionAction::SetDuration(None)).unwrap();
    assert_eq!(s.duration(), s.lens.phase_minutes.total());
    // An imported file with an absurd length is refused by validation.
    s.planned_minutes = Some(100_000);
    let mut checker = interviewgids::domain::finding::Checker::new();
    checker.session(&s);
    assert!(checker
        .findings
        .iter()
        .any(|f| f.path.ends_with("planned_minutes")));
}

#[test]
fn a_day_holds_only_its_own_sessions_in_order_and_days_are_counted() {
    let plan = |id: &str, at: &str| {
        let mut s = common::session(id);
        s.scheduled_at = at.into();
        s.planned_minutes = Some(60);
        s
    };
    let sessions = [
        plan("late", "2026-12-01T14:00"),
        plan("early", "2026-12-01T09:00"),
        plan("other-day", "2026-12-02T09:00"),
        plan("unplanned", ""),
        // Not real dates: no day of their own.
        plan("impossible", "2026-02-30T09:00"),
        plan("typo", "2026-1-05T09:00"),
    ];
    let day = interviewgids::domain::dates::day("2026-12-01").unwrap();
    let ids: Vec<_> = day_slots(&sessions, day)
        .into_iter()
        .map(|s| s.session)
        .collect();
    assert_eq!(ids, ["early", "late"]);
    let days = planned_days(sessions.iter().map(|s| s.scheduled_at.as_str()));
    assert_eq!(
        days,
        [("2026-12-01".to_string(), 2), ("2026-12-02".to_string(), 1)]
    );
}

#[test]
fn the_timeline_shows_gaps_overlaps_and_the_deliberation() {
    let rules = Rules::default();
    let day = [
        slot("a", 9, 0, 60),
        slot("b", 10, 14, 60), // 14 minutes after a: short
        slot("c", 11, 29, 60), // 15 minutes after b: enough
        slot("d", 12, 0, 60),  // overlaps c by 29 minutes
    ];
    assert_eq!(
        timeline(&day, &rules),
        [
            Entry::Interview(day[0].clone()),
            Entry::Gap {
                minutes: 14,
                short: true
            },
            Entry::Interview(day[1].clone()),
            Entry::Gap {
                minutes: 15,
                short: false
            },
            Entry::Interview(day[2].clone()),
            Entry::Overlap { minutes: 29 },
            Entry::Interview(day[3].clone()),
            // It names the interview it follows.
            Entry::Deliberation(Slot {
                session: "d".into(),
                start: 13 * 60,
                minutes: 30
            }),
        ]
    );
    assert!(timeline(&[], &rules).is_empty());
}

#[test]
fn a_day_holds_at_most_its_maximum_even_with_breaks() {
    let rules = Rules::default();
    assert_eq!(rules.per_day, 6);
    // Three in the morning, three in the afternoon: two rows within the limit, six in all.
    let day = |n: usize| -> Vec<Slot> {
        (0..n)
            .map(|i| {
                let (h, m) = if i < 3 {
                    (8 + i as u32, 0)
                } else {
                    (13 + (i as u32 - 3), 0)
                };
                slot(&format!("s{i}"), h, m, 45)
            })
            .collect()
    };
    let many = |w: &[Warning]| {
        w.iter()
            .filter(|w| matches!(w, Warning::TooManyInDay { .. }))
            .count()
    };
    let six = check(&day(6), &rules);
    assert_eq!(many(&six), 0, "{six:?}");
    assert!(!six
        .iter()
        .any(|w| matches!(w, Warning::TooManyInARow { .. })));
    let seven = check(&day(7), &rules);
    assert!(
        seven.contains(&Warning::TooManyInDay { count: 7 }),
        "{seven:?}"
    );
    // The maximum is adjustable, and refused outside 1–24.
    let five = Rules {
        per_day: 5,
        ..rules
    };
    assert!(check(&day(6), &five).contains(&Warning::TooManyInDay { count: 6 }));
    for per_day in [0, 25] {
        assert_eq!(Rules { per_day, ..rules }.checked(), None);
    }
    assert!(Rules {
        per_day: 24,
        ..rules
    }
    .checked()
    .is_some());
}

#[test]
fn deliberation_can_follow_each_block_not_only_the_day() {
    // A morning block ending 11:15, a break until 13:00, an afternoon block ending 14:45.
    let day = [
        slot("a", 9, 0, 60),
        slot("b", 10, 15, 60),
        slot("c", 13, 0, 45),
        slot("d", 14, 0, 45),
    ];
    let end_only = Rules::default();
    assert_eq!(
        deliberations(&day, &end_only),
        [Slot {
            session: "d".into(),
            start: 14 * 60 + 45,
            minutes: 30
        }]
    );
    let blocks = Rules {
        between_blocks: true,
        ..end_only
    };
    assert_eq!(
        deliberations(&day, &blocks),
        [
            Slot {
                session: "b".into(),
                start: 11 * 60 + 15,
                minutes: 30
            },
            Slot {
                session: "d".into(),
                start: 14 * 60 + 45,
                minutes: 30
            },
        ]
    );
    assert!(
        check(&day, &blocks).is_empty(),
        "{:?}",
        check(&day, &blocks)
    );
    // On the timeline the deliberation takes the start of the break; the rest stays free.
    let lines = timeline(&day, &blocks);
    assert_eq!(
        lines[2..5],
        [
            Entry::Interview(day[1].clone()),
            Entry::Deliberation(Slot {
                session: "b".into(),
                start: 11 * 60 + 15,
                minutes: 30
            }),
            Entry::Gap {
                minutes: 75,
                short: false
            },
        ]
    );
    // A break long enough to end the block but too short to deliberate is pointed out, and
    // the deliberation takes the whole break: 105 minutes fit the break, 106 do not.
    let fits = Rules {
        deliberation: 105,
        day_end: 20 * 60,
        ..blocks
    };
    assert!(check(&day, &fits).is_empty());
    let longer = Rules {
        deliberation: 106,
        ..fits
    };
    assert_eq!(
        check(&day, &longer),
        [Warning::NoTimeToDeliberateBetween {
            last: "b".into(),
            next: "c".into(),
            left: 105,
        }]
    );
    assert_eq!(deliberations(&day, &longer)[0].minutes, 105);
}

#[test]
fn settings_outside_a_day_are_refused_and_clock_times_read_back() {
    assert_eq!(Rules::default().checked(), Some(Rules::default()));
    for bad in [
        Rules {
            in_a_row: 0,
            ..Rules::default()
        },
        Rules {
            notes: 241,
            ..Rules::default()
        },
        Rules {
            deliberation: 241,
            ..Rules::default()
        },
        Rules {
            day_end: 24 * 60,
            ..Rules::default()
        },
        Rules {
            day_end: 0,
            ..Rules::default()
        },
    ] {
        assert_eq!(bad.checked(), None, "{bad:?}");
    }
    assert_eq!(minute_of("18:00"), Some(18 * 60));
    assert_eq!(clock(18 * 60 + 5), "18:05");
    for bad in ["24:00", "9:00", "12:60", "", "ab:cd"] {
        assert_eq!(minute_of(bad), None, "{bad:?}");
    }
}
