//! A day's interviews as an iCalendar file (RFC 5545) that calendar apps import: one event per
//! interview and one for deliberating after the last. Calendars sync to servers, so the titles
//! are chosen by the caller (by default without a candidate's name).

use super::dates;

/// One event, on its day, in local (floating) time: calendar apps show it at that clock time.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Event {
    /// Unique and stable, so importing the same day again updates instead of duplicating.
    pub uid: String,
    pub day: i64,
    /// Minutes after midnight.
    pub start: u32,
    pub minutes: u32,
    pub title: String,
    /// A reminder this many minutes after the start (a panel colleague's ratings due), with
    /// its text.
    pub alarm: Option<(u32, String)>,
}

/// Text escaped for a property value (RFC 5545 §3.3.11).
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// A content line folded to at most 75 octets per line, never inside a character (§3.1).
fn fold(line: &str, out: &mut String) {
    let mut width = 0;
    for c in line.chars() {
        let len = c.len_utf8();
        // A continuation line starts with a space, which counts toward its 75 octets.
        if width + len > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += len;
    }
    out.push_str("\r\n");
}

/// `YYYYMMDDTHHMMSS` for a day and a minute of it (a minute past midnight may run into the
/// next day).
fn local(day: i64, minute: u32) -> String {
    let day = day + i64::from(minute / (24 * 60));
    let minute = minute % (24 * 60);
    format!(
        "{}T{:02}{:02}00",
        dates::date(day).replace('-', ""),
        minute / 60,
        minute % 60
    )
}

/// A moment in ISO 8601 UTC (`2026-11-29T05:56:31.123Z`) as a calendar stamp
/// (`20261129T055631Z`); the digits are taken in order, so anything shorter gives the epoch.
pub fn stamp(iso: &str) -> String {
    let digits: String = iso.chars().filter(char::is_ascii_digit).take(14).collect();
    if digits.len() < 14 {
        return "19700101T000000Z".to_owned();
    }
    format!("{}T{}Z", &digits[..8], &digits[8..])
}

/// The calendar file; `stamp` is when it is made, in UTC (`YYYYMMDDTHHMMSSZ`).
pub fn calendar(events: &[Event], stamp: &str) -> String {
    let mut out = String::new();
    for line in [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Interviewgids//Day plan//EN",
        "CALSCALE:GREGORIAN",
    ] {
        fold(line, &mut out);
    }
    for event in events {
        fold("BEGIN:VEVENT", &mut out);
        fold(&format!("UID:{}", escape(&event.uid)), &mut out);
        fold(&format!("DTSTAMP:{stamp}"), &mut out);
        fold(
            &format!("DTSTART:{}", local(event.day, event.start)),
            &mut out,
        );
        let end = event.start + event.minutes;
        fold(&format!("DTEND:{}", local(event.day, end)), &mut out);
        fold(&format!("SUMMARY:{}", escape(&event.title)), &mut out);
        fold("TRANSP:OPAQUE", &mut out);
        if let Some((after, text)) = &event.alarm {
            // Relative to the start: a floating event has no UTC moment to name (§3.8.6.3).
            fold("BEGIN:VALARM", &mut out);
            fold("ACTION:DISPLAY", &mut out);
            fold(&format!("DESCRIPTION:{}", escape(text)), &mut out);
            fold(&format!("TRIGGER;RELATED=START:PT{after}M"), &mut out);
            fold("END:VALARM", &mut out);
        }
        fold("END:VEVENT", &mut out);
    }
    fold("END:VCALENDAR", &mut out);
    out
}
