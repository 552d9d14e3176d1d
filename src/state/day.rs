//! The day plan's settings and the day as a calendar file.

use leptos::prelude::*;

use super::{store, AppState};
use crate::clock::now_iso;
use crate::domain::calendar::{calendar, stamp, Event};
use crate::domain::panel_due::minutes_of;
use crate::domain::planning::{day_slots, deliberations, Rules};
use crate::domain::{dates, Session};
use crate::i18n::{t, tf, Key};

impl AppState {
    /// Stores new planning rules; `false` (and nothing changes) when they do not fit a day.
    pub fn set_planning(&self, rules: Rules) -> bool {
        let Some(rules) = rules.checked() else {
            return false;
        };
        self.saved(store().update_prefs(|p| p.planning = rules));
        self.planning.set(rules);
        true
    }

    /// Offers the day's interviews on `date` as an iCalendar file: one event per interview,
    /// numbered in the order of the day, and the deliberation after the last. Titles carry the
    /// candidate's name only when `with_names`, since calendars sync to servers.
    pub fn export_day(&self, date: &str, sessions: &[Session], with_names: bool) -> bool {
        let Some(day) = dates::day(date) else {
            return false;
        };
        let lang = self.lang.get_untracked();
        let slots = day_slots(sessions, day);
        let mut events = Vec::with_capacity(slots.len() + 1);
        let mut positions: Vec<&str> = Vec::new();
        for (index, slot) in slots.iter().enumerate() {
            let Some(session) = sessions.iter().find(|s| s.id == slot.session) else {
                continue;
            };
            let position = session.lens.name.as_str();
            if !positions.contains(&position) {
                positions.push(position);
            }
            let n = (index + 1).to_string();
            let name = session.candidate.trim();
            let title = if with_names && !name.is_empty() {
                let args = [("n", n.as_str()), ("position", position), ("name", name)];
                tf(lang, Key::CalInterviewNamed, &args)
            } else {
                tf(
                    lang,
                    Key::CalInterview,
                    &[("n", &n), ("position", position)],
                )
            };
            events.push(Event {
                uid: format!("{}@interviewgids", session.id),
                day,
                start: slot.start,
                minutes: slot.minutes,
                title,
                alarm: ratings_alarm(session)
                    .map(|after| (after, t(lang, Key::CalRatingsDue).to_owned())),
            });
        }
        let rules = self.planning.get_untracked();
        let blocks = deliberations(&slots, &rules);
        let last = blocks.len().saturating_sub(1);
        for (n, block) in blocks.into_iter().enumerate() {
            // The day's last keeps the name earlier files gave the one deliberation.
            let uid = if n == last {
                format!("deliberation-{date}@interviewgids")
            } else {
                format!("deliberation-{date}-block-{}@interviewgids", n + 1)
            };
            events.push(Event {
                uid,
                day,
                start: block.start,
                minutes: block.minutes,
                title: tf(
                    lang,
                    Key::CalDeliberation,
                    &[("positions", &positions.join(", "))],
                ),
                alarm: None,
            });
        }
        let text = calendar(&events, &stamp(&now_iso()));
        self.offer_download(&format!("interviews-{date}.ics"), "text/calendar", &text)
    }
}

/// For a panel colleague's interview: the minutes from its start to when the ratings are due.
fn ratings_alarm(session: &Session) -> Option<u32> {
    if session.panel.as_ref().is_none_or(|p| p.lead) {
        return None;
    }
    let due = minutes_of(&session.ratings_due()?)?;
    let start = minutes_of(&session.scheduled_at)?;
    u32::try_from(due - start).ok()
}
