//! The interview list's order and how much of it is shown at once. An interviewer opens the
//! list for what comes next: the interviews still to come (soonest first), then those not yet
//! planned, then those held (most recent first). With a year of interviews the list shows the
//! first fifty of that order and the rest on request, so it stays quick to read and to draw;
//! likewise the next week of planned days.

use std::borrow::Borrow;
use std::cmp::Ordering;

use super::order;
use super::planning::planned_days;
use super::session::SessionSummary;

/// How many rows the list shows before the interviewer asks for all: ten weeks of five
/// interviews, a few screens on a tablet. Drawing them took about 8 ms more than one row at
/// start (profiled with 500 interviews stored).
pub const SHOWN_AT_ONCE: usize = 50;

/// How many planned days the list links to before the interviewer asks for all (the day plan
/// itself steps from day to day).
pub const DAYS_AT_ONCE: usize = 7;

/// Where an interview stands in time, in the order the list shows the groups.
#[derive(Copy, Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum When {
    /// Planned for today (`YYYY-MM-DD`) or later.
    Coming,
    NotPlanned,
    /// Planned before today.
    Held,
}

/// The group of a planned start (`YYYY-MM-DDTHH:MM`, or empty) on `today` (`YYYY-MM-DD`).
pub fn when(scheduled_at: &str, today: &str) -> When {
    match scheduled_at.get(..10).unwrap_or(scheduled_at) {
        "" => When::NotPlanned,
        day if day >= today => When::Coming,
        _ => When::Held,
    }
}

/// Orders the list: coming soonest first, then not planned, then held most recent first; equal
/// starts by candidate, then id, so the order never depends on how the index was stored.
/// Works on the summaries or on references to them (the list sorts references, so drawing
/// its first rows does not copy every summary).
pub fn arrange<S: Borrow<SessionSummary>>(list: &mut [S], today: &str) {
    order::sort_by(list, |a, b| {
        let (a, b) = (a.borrow(), b.borrow());
        let (wa, wb) = (when(&a.scheduled_at, today), when(&b.scheduled_at, today));
        wa.cmp(&wb)
            .then_with(|| match wa {
                When::Held => b.scheduled_at.cmp(&a.scheduled_at),
                _ => a.scheduled_at.cmp(&b.scheduled_at),
            })
            .then_with(|| by_name(a, b))
    });
}

fn by_name(a: &SessionSummary, b: &SessionSummary) -> Ordering {
    a.candidate.cmp(&b.candidate).then_with(|| a.id.cmp(&b.id))
}

/// How many of `total` entries are shown: all when asked for, else at most `at_once`.
fn shown(total: usize, all: bool, at_once: usize) -> usize {
    if all {
        total
    } else {
        total.min(at_once)
    }
}

/// The list's rows on `today`: the first [`SHOWN_AT_ONCE`] of [`arrange`]'s order, or every one
/// when `all` is asked for.
pub fn rows<'a>(list: &'a [SessionSummary], today: &str, all: bool) -> Vec<&'a SessionSummary> {
    let mut arranged: Vec<&SessionSummary> = list.iter().collect();
    arrange(&mut arranged, today);
    arranged.truncate(shown(list.len(), all, SHOWN_AT_ONCE));
    arranged
}

/// Whether [`rows`] leaves some of `total` interviews out (so "Show all" is offered).
pub fn more_rows(total: usize, all: bool) -> bool {
    shown(total, all, SHOWN_AT_ONCE) < total
}

/// The planned days the list links to, from `today` on, with how many interviews each: all of
/// them; the list draws the first [`days_shown`].
pub fn coming_days<'a>(
    scheduled: impl IntoIterator<Item = &'a str>,
    today: &str,
) -> Vec<(String, usize)> {
    let mut days = planned_days(scheduled);
    days.retain(|(day, _)| day.as_str() >= today);
    days
}

/// How many of `total` coming days the list links to: the next [`DAYS_AT_ONCE`], or all.
pub fn days_shown(total: usize, all: bool) -> usize {
    shown(total, all, DAYS_AT_ONCE)
}
