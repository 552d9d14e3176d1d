//! The overviews' data: every stored session of one position, or of one day, read whole.
//! Unsaved edits of the open session are written first, so an overview shows what the
//! interviewer just typed; a session that cannot be read is kept aside and reported.

use leptos::prelude::*;

use super::AppState;
use crate::domain::{Session, SessionSummary};

impl AppState {
    /// The stored sessions interviewed with lens `lens_id`.
    pub fn position_sessions(&self, lens_id: &str) -> Vec<Session> {
        self.read_sessions(&self.ids_where(|s| s.lens == lens_id))
    }

    /// The stored sessions planned on `date` (`YYYY-MM-DD`).
    pub fn day_sessions(&self, date: &str) -> Vec<Session> {
        self.read_sessions(&self.ids_where(|s| s.scheduled_at.get(..10) == Some(date)))
    }

    fn ids_where(&self, wanted: impl Fn(&SessionSummary) -> bool) -> Vec<String> {
        self.sessions.with_untracked(|list| {
            list.iter()
                .filter(|s| wanted(s))
                .map(|s| s.id.clone())
                .collect()
        })
    }
}
