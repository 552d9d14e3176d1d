//! A panel's follow-up: when the colleagues' ratings are due, who is still missing, and the one
//! next step each side sees. Times are local date-times `YYYY-MM-DDTHH:MM`, as the interview's
//! own `scheduled_at`.

use super::dates;
use super::panel::Awaited;
use super::planning::{clock, minute_of};
use super::session::{revealed, Session};

/// By default the ratings are due this long after the interview ends.
pub const DUE_AFTER_END_MINUTES: i64 = 60;

/// A local date-time as minutes since 1970-01-01 00:00.
pub fn minutes_of(at: &str) -> Option<i64> {
    let (day, time) = at.split_once('T')?;
    Some(dates::day(day)? * 1440 + i64::from(minute_of(time.get(..5)?)?))
}

/// Minutes since 1970-01-01 00:00 as a local date-time.
pub fn at_of(minutes: i64) -> String {
    let minute = minutes.rem_euclid(1440) as u32;
    format!(
        "{}T{}",
        dates::date(minutes.div_euclid(1440)),
        clock(minute)
    )
}

/// Whether ratings due at `due` are late at `now`: from the minute after it.
pub fn overdue(due: &str, now: &str) -> bool {
    matches!((minutes_of(due), minutes_of(now)), (Some(d), Some(n)) if n > d)
}

/// The one next step after one's own evaluation in a panel.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NextStep {
    /// A colleague: send the ratings to the lead.
    SendRatings,
    /// The lead: these colleagues' ratings are still out.
    WaitFor(Vec<String>),
    /// The lead: every invited colleague's ratings are back.
    Debrief,
}

impl Session {
    /// When the colleagues' ratings are due: the time the lead set for the panel (or the one
    /// an invitation carried), else an hour after the interview ends; `None` when the interview
    /// has no time yet.
    pub fn ratings_due(&self) -> Option<String> {
        let panel = self.panel.as_ref()?;
        if !panel.due.is_empty() {
            return Some(panel.due.clone());
        }
        let start = minutes_of(&self.scheduled_at)?;
        Some(at_of(
            start + i64::from(self.duration()) + DUE_AFTER_END_MINUTES,
        ))
    }

    /// A lead's panel with invitations out: how many are back, who is missing, when due.
    pub fn awaited(&self) -> Option<Awaited> {
        let panel = self.panel.as_ref().filter(|p| p.lead)?;
        if panel.invited.is_empty() {
            return None;
        }
        let returned = |session: &str| panel.colleagues.iter().any(|c| c.session == session);
        let missing: Vec<String> = panel
            .invited
            .iter()
            .filter(|i| !returned(&i.session))
            .map(|i| i.interviewer.clone())
            .collect();
        Some(Awaited {
            invited: panel.invited.len(),
            back: panel.invited.len() - missing.len(),
            missing,
            due: self.ratings_due().unwrap_or_default(),
        })
    }

    /// The next step once one's own evaluation is complete; `None` outside a panel, before
    /// completion, and for a lead who invited no one.
    pub fn next_step(&self) -> Option<NextStep> {
        let panel = self.panel.as_ref()?;
        if !revealed(self) {
            return None;
        }
        if !panel.lead {
            return Some(NextStep::SendRatings);
        }
        let awaited = self.awaited()?;
        Some(if awaited.missing.is_empty() {
            NextStep::Debrief
        } else {
            NextStep::WaitFor(awaited.missing)
        })
    }
}
