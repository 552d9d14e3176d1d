//! The interview list's order and length at their boundaries (domain/listing.rs).

use interviewgids::domain::listing::{arrange, shown, when, When, DAYS_AT_ONCE, SHOWN_AT_ONCE};
use interviewgids::domain::SessionSummary;

fn summary(id: &str, candidate: &str, scheduled_at: &str) -> SessionSummary {
    SessionSummary {
        id: id.into(),
        candidate: candidate.into(),
        scheduled_at: scheduled_at.into(),
        ..SessionSummary::default()
    }
}

#[test]
fn today_counts_as_coming_and_yesterday_as_held() {
    let today = "2030-03-12";
    assert_eq!(when("2030-03-12T08:00", today), When::Coming);
    assert_eq!(when("2030-03-12T23:59", today), When::Coming);
    assert_eq!(when("2030-03-11T23:59", today), When::Held);
    assert_eq!(when("2031-01-01T09:00", today), When::Coming);
    assert_eq!(when("", today), When::NotPlanned);
}

#[test]
fn coming_soonest_first_then_not_planned_then_held_most_recent_first() {
    let mut list = vec![
        summary("a", "Old", "2029-01-05T09:00"),
        summary("b", "Unplanned Z", ""),
        summary("c", "Next week", "2030-03-19T09:00"),
        summary("d", "Yesterday", "2030-03-11T14:00"),
        summary("e", "Today", "2030-03-12T10:00"),
        summary("f", "Unplanned A", ""),
        summary("h", "Same start", "2030-03-19T09:00"),
        summary("g", "Same start", "2030-03-19T09:00"),
    ];
    arrange(&mut list, "2030-03-12");
    let ids: Vec<&str> = list.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(ids, ["e", "c", "g", "h", "f", "b", "d", "a"]);

    // The order is the same whatever order the index had.
    let mut reversed: Vec<SessionSummary> = list.iter().rev().cloned().collect();
    arrange(&mut reversed, "2030-03-12");
    assert_eq!(reversed, list);
}

#[test]
fn the_list_shows_fifty_rows_and_a_week_of_days_until_all_are_asked_for() {
    for at_once in [SHOWN_AT_ONCE, DAYS_AT_ONCE] {
        assert_eq!(shown(0, false, at_once), 0);
        assert_eq!(shown(at_once, false, at_once), at_once);
        assert_eq!(shown(at_once + 1, false, at_once), at_once);
        assert_eq!(shown(at_once + 1, true, at_once), at_once + 1);
        assert_eq!(shown(500, true, at_once), 500);
    }
    assert_eq!((SHOWN_AT_ONCE, DAYS_AT_ONCE), (50, 7));
}
