//! The browser's clock: today's date, the current moment, and milliseconds for fresh ids.

/// Today's date as `YYYY-MM-DD` (UTC).
pub fn today() -> String {
    now_iso().chars().take(10).collect()
}

/// The current moment as an ISO 8601 string (UTC).
pub fn now_iso() -> String {
    String::from(js_sys::Date::new_0().to_iso_string())
}

/// Milliseconds since the epoch, for fresh ids.
pub fn now_stamp() -> u64 {
    js_sys::Date::now() as u64
}

/// The current moment as a local date-time `YYYY-MM-DDTHH:MM`, as interview times are typed.
pub fn now_local() -> String {
    let d = js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}",
        d.get_full_year(),
        d.get_month() + 1,
        d.get_date(),
        d.get_hours(),
        d.get_minutes()
    )
}
