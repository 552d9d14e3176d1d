//! The day plan as an iCalendar file (RFC 5545), read back by an independent parser.

mod common;

use icalendar::parser::{read_calendar, unfold};
use interviewgids::domain::calendar::{calendar, escape, stamp, Event};
use interviewgids::domain::dates;
use interviewgids::domain::planning::{deliberations, Rules, Slot};

fn day() -> i64 {
    dates::day("2026-12-01").unwrap()
}

fn events() -> Vec<Event> {
    let slots = [
        Slot {
            session: "s-1".into(),
            start: 9 * 60,
            minutes: 85,
        },
        Slot {
            session: "s-2".into(),
            start: 10 * 60 + 45,
            minutes: 85,
        },
    ];
    let mut out: Vec<Event> = slots
        .iter()
        .enumerate()
        .map(|(i, s)| Event {
            uid: format!("{}@interviewgids", s.session),
            day: day(),
            start: s.start,
            minutes: s.minutes,
            title: format!("Interview {} — Team leader, sales; region \"North\"", i + 1),
            alarm: None,
        })
        .collect();
    let [block] = &deliberations(&slots, &Rules::default())[..] else {
        panic!("one deliberation after the day's one block")
    };
    out.push(Event {
        uid: "deliberation-2026-12-01@interviewgids".into(),
        day: day(),
        start: block.start,
        minutes: block.minutes,
        title: "Deliberate on today's interviews".into(),
        alarm: None,
    });
    out
}

#[test]
fn a_day_plan_parses_with_one_event_per_interview_and_a_deliberation_block() {
    let text = calendar(&events(), "20261129T104700Z");
    let unfolded = unfold(&text);
    let parsed = read_calendar(&unfolded).expect("parses");
    let found: Vec<_> = parsed
        .components
        .iter()
        .filter(|c| c.name == "VEVENT")
        .collect();
    assert_eq!(found.len(), 3);
    let prop = |i: usize, name: &str| {
        found[i]
            .find_prop(name)
            .map(|p| p.val.to_string())
            .unwrap_or_default()
    };
    assert_eq!(prop(0, "DTSTART"), "20261201T090000");
    assert_eq!(prop(0, "DTEND"), "20261201T102500");
    assert_eq!(prop(1, "UID"), "s-2@interviewgids");
    // The deliberation block follows the last interview (ends 12:10) for 30 minutes.
    assert_eq!(prop(2, "DTSTART"), "20261201T121000");
    assert_eq!(prop(2, "DTEND"), "20261201T124000");
    // The parser undoes our escaping: the title reads back exactly.
    assert_eq!(
        prop(0, "SUMMARY"),
        "Interview 1 — Team leader, sales; region \"North\""
    );
    for event in &found {
        assert!(event.find_prop("DTSTAMP").is_some());
    }
}

#[test]
fn lines_end_in_crlf_and_fold_within_75_octets_without_splitting_a_character() {
    let mut long = events();
    long[0].title = "Gesprek met één kandidaat — teamleider klantcontact, ".repeat(6);
    let text = calendar(&long, "20261129T104700Z");
    assert!(text.ends_with("END:VCALENDAR\r\n"));
    for line in text.split("\r\n") {
        assert!(line.len() <= 75, "{} octets: {line:?}", line.len());
        assert!(!line.contains('\n') && !line.contains('\r'));
    }
    let unfolded = unfold(&text);
    let parsed = read_calendar(&unfolded).expect("parses");
    let summary = parsed.components[0]
        .find_prop("SUMMARY")
        .unwrap()
        .val
        .to_string();
    assert_eq!(summary, long[0].title);
}

#[test]
fn text_is_escaped_and_control_characters_dropped() {
    assert_eq!(escape("a,b;c\\d\ne\rf\u{7}"), "a\\,b\\;c\\\\d\\nef");
}

#[test]
fn an_event_past_midnight_ends_on_the_next_day() {
    let late = Event {
        uid: "x".into(),
        day: day(),
        start: 23 * 60 + 30,
        minutes: 60,
        title: "Late".into(),
        alarm: None,
    };
    let text = calendar(&[late], "20261129T104700Z");
    assert!(text.contains("DTEND:20261202T003000\r\n"));
}

#[test]
fn the_stamp_is_the_utc_moment_in_calendar_form() {
    assert_eq!(stamp("2026-11-29T05:56:31.123Z"), "20261129T055631Z");
    assert_eq!(stamp("garbage"), "19700101T000000Z");
}

#[test]
fn a_colleagues_interview_reminds_them_when_the_ratings_are_due() {
    use interviewgids::domain::panel::Role;
    use interviewgids::domain::panel_due::minutes_of;
    use interviewgids::domain::SessionAction as A;
    // The lead plans 14:00 for 60 minutes; the colleague's ratings are due at 15:00 + 1 hour.
    let mut lead = common::session("lead-1");
    lead.apply(A::SetSchedule("2026-12-01T14:00".into()))
        .unwrap();
    lead.apply(A::SetDuration(Some(60))).unwrap();
    lead.apply(A::StartPanel {
        id: "panel-1".into(),
    })
    .unwrap();
    let rob = lead
        .invite("col-1", "2026-12-01T08:00:00Z", Role::default())
        .unwrap();
    let due = minutes_of(&rob.ratings_due().unwrap()).unwrap();
    let start = minutes_of(&rob.scheduled_at).unwrap();
    assert_eq!(due - start, 120);
    let event = Event {
        uid: "col-1@interviewgids".into(),
        day: day(),
        start: 14 * 60,
        minutes: 60,
        title: "Interview 1 — Team leader".into(),
        alarm: Some((120, "Send your ratings to whoever leads the panel.".into())),
    };
    let text = calendar(&[event], "20261129T104700Z");
    let unfolded = unfold(&text);
    let parsed = read_calendar(&unfolded).expect("parses");
    let alarm = parsed.components[0]
        .components
        .iter()
        .find(|c| c.name == "VALARM")
        .expect("an alarm in the event");
    let prop = |name: &str| alarm.find_prop(name).map(|p| p.val.to_string());
    assert_eq!(prop("ACTION").as_deref(), Some("DISPLAY"));
    assert_eq!(prop("TRIGGER").as_deref(), Some("PT120M"));
    assert_eq!(
        prop("DESCRIPTION").as_deref(),
        Some("Send your ratings to whoever leads the panel.")
    );
    // No candidate's name in it.
    assert!(!text.contains("Jan"));
}
