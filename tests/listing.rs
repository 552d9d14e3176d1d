//! The interview list's order and length at their boundaries (domain/listing.rs).

use interviewgids::domain::listing::{
    arrange, coming_days, days_shown, more_rows, rows, when, When,
};
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
    let today = "2030-03-12";
    // Fifty interviews to come (one a day from today) and one held: the held one waits.
    let mut list: Vec<SessionSummary> = (0..50)
        .map(|i| {
            let day = interviewgids::domain::dates::day(today).unwrap() + i;
            let at = format!("{}T09:00", interviewgids::domain::dates::date(day));
            summary(&format!("c{i:02}"), "Coming", &at)
        })
        .collect();
    list.push(summary("held", "Held", "2030-03-01T09:00"));
    let first = rows(&list, today, false);
    assert_eq!(first.len(), 50);
    assert!(first.iter().all(|s| s.id != "held"));
    assert_eq!(first[0].id, "c00");
    assert!(more_rows(list.len(), false));
    let all = rows(&list, today, true);
    assert_eq!(all.len(), 51);
    assert_eq!(all[50].id, "held");
    assert!(!more_rows(list.len(), true));
    // Fifty exactly: nothing left out, no "Show all".
    list.pop();
    assert_eq!(rows(&list, today, false).len(), 50);
    assert!(!more_rows(list.len(), false));
    assert!(!more_rows(0, false));

    // Days: eight planned from today on, one before: the next seven, the eighth on request.
    let starts: Vec<String> = (-1..8)
        .map(|i| {
            let day = interviewgids::domain::dates::day(today).unwrap() + i;
            format!("{}T10:00", interviewgids::domain::dates::date(day))
        })
        .collect();
    let days = coming_days(starts.iter().map(String::as_str), today);
    assert_eq!(days.len(), 8);
    assert_eq!(days[0], (today.to_owned(), 1));
    assert_eq!(days_shown(days.len(), false), 7);
    assert_eq!(days_shown(days.len(), true), 8);
    assert_eq!(days_shown(7, false), 7);
    assert_eq!(days_shown(0, false), 0);
}
