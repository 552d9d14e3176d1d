//! Calendar arithmetic on ISO 8601 dates (`YYYY-MM-DD…`), for retention periods and backup
//! reminders. Only the date part counts; times and zones are ignored.

/// Days since 1970-01-01 of a civil date (proleptic Gregorian), after Howard Hinnant's
/// well-known algorithm.
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = if y >= 0 { y } else { y - 399 } / 400;
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = if z >= 0 { z } else { z - 146_096 } / 146_097;
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (yoe + era * 400 + i64::from(m <= 2), m, d)
}

/// The day number of a date written `YYYY-MM-DD` (anything after the date is ignored).
pub fn day(text: &str) -> Option<i64> {
    let date = text.get(..10)?;
    let mut parts = date.split('-');
    let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
    if y.len() != 4 || m.len() != 2 || d.len() != 2 {
        return None;
    }
    let (y, m, d): (i64, i64, i64) = (y.parse().ok()?, m.parse().ok()?, d.parse().ok()?);
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return None;
    }
    let n = days_from_civil(y, m, d);
    // Rejects dates such as 2026-02-30, which would roll over into March.
    (civil_from_days(n) == (y, m, d)).then_some(n)
}

/// Whether `text` is exactly a real date `YYYY-MM-DD`, or with `with_time` a real date and time
/// `YYYY-MM-DDTHH:MM`, seconds optional (as a date-time field gives it).
pub fn is_date(text: &str, with_time: bool) -> bool {
    if !with_time {
        return text.len() == 10 && day(text).is_some();
    }
    let Some((date, time)) = text.split_once('T') else {
        return false;
    };
    let number = |s: &str, max: u32| s.len() == 2 && s.parse::<u32>().is_ok_and(|n| n <= max);
    let parts: Vec<&str> = time.split(':').collect();
    let clock = match parts.as_slice() {
        [h, m] => number(h, 23) && number(m, 59),
        [h, m, s] => number(h, 23) && number(m, 59) && number(s, 59),
        _ => false,
    };
    is_date(date, false) && clock
}

/// The date `days` after a day number, as `YYYY-MM-DD`.
pub fn date(day: i64) -> String {
    let (y, m, d) = civil_from_days(day);
    format!("{y:04}-{m:02}-{d:02}")
}

/// Year, month (1–12) and day of the month of a day number.
pub fn parts(day: i64) -> (i64, u32, u32) {
    let (y, m, d) = civil_from_days(day);
    (y, m as u32, d as u32)
}

/// The day of the week, 1 (Monday) to 7 (Sunday); 1970-01-01 was a Thursday.
pub fn weekday(day: i64) -> u32 {
    (day + 3).rem_euclid(7) as u32 + 1
}

/// A backup is due when none was ever made, or the last one is `every` days old or older.
pub fn backup_due(last: Option<&str>, now: &str, every: i64) -> bool {
    match (last.and_then(day), day(now)) {
        (Some(last), Some(now)) => now - last >= every,
        _ => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_round_trip_and_count_days() {
        assert_eq!(day("1970-01-01"), Some(0));
        assert_eq!(day("2026-11-28T17:00:00Z"), Some(20_785));
        assert_eq!(date(20_785), "2026-11-28");
        assert_eq!(
            day("2028-02-29").map(|d| date(d + 1)),
            Some("2028-03-01".to_owned())
        );
        assert_eq!(day("2026-02-29"), None);
        assert_eq!(day("2026-13-01"), None);
        assert_eq!(day("26-1-1"), None);
        assert_eq!(day(""), None);
    }

    #[test]
    fn real_dates_and_times_only() {
        assert!(is_date("2028-02-29", false));
        assert!(!is_date("2026-02-30", false));
        assert!(!is_date("yesterday", false));
        assert!(!is_date("2026-02-28garbage", false));
        assert!(is_date("2026-12-01T10:00", true));
        assert!(!is_date("2026-12-01T24:00", true));
        assert!(!is_date("2026-12-01 10:00", true));
        assert!(!is_date("2026-12-01", true));
    }

    #[test]
    fn a_backup_is_due_after_a_week_or_when_never_made() {
        assert!(backup_due(None, "2026-11-28", 7));
        assert!(!backup_due(
            Some("2026-11-22T10:00:00Z"),
            "2026-11-28T09:00:00Z",
            7
        ));
        // Where the storage may go after a week without a visit, every three days.
        assert!(!backup_due(Some("2026-11-26"), "2026-11-28", 3));
        assert!(backup_due(Some("2026-11-25"), "2026-11-28", 3));
        assert!(backup_due(Some("2026-11-21"), "2026-11-28", 7));
        assert!(backup_due(Some("garbage"), "2026-11-28", 7));
    }
}
