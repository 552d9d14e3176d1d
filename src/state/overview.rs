//! The overviews' data: every stored session of one position, of one day, or of the panels
//! (for calibration), read whole.
//! Unsaved edits of the open session are written first, so an overview shows what the
//! interviewer just typed; a session that cannot be read is kept aside and reported.

use leptos::prelude::*;

use super::AppState;
use crate::domain::{Session, SessionSummary, Status};

impl AppState {
    /// The stored sessions interviewed with lens `lens_id`.
    pub fn position_sessions(&self, lens_id: &str) -> Vec<Session> {
        self.read_sessions(&self.ids_where(|s| s.lens == lens_id))
    }

    /// The stored sessions planned on `date` (`YYYY-MM-DD`).
    pub fn day_sessions(&self, date: &str) -> Vec<Session> {
        self.read_sessions(&self.ids_where(|s| s.scheduled_at.get(..10) == Some(date)))
    }

    /// The completed panel sessions, for the calibration of the interviewers.
    pub fn panel_sessions(&self) -> Vec<Session> {
        self.read_sessions(
            &self.ids_where(|s| !s.panel.is_empty() && s.status == Status::Completed),
        )
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
