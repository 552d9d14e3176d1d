//! The position overview's data: every stored session of one position, read whole.

use leptos::prelude::*;

use super::{store, AppState};
use crate::domain::Session;

impl AppState {
    /// The stored sessions interviewed with lens `lens_id`. Unsaved edits of the open session
    /// are written first, so the overview shows what the interviewer just typed; a session that
    /// cannot be read is kept aside and reported, as anywhere else.
    pub fn position_sessions(&self, lens_id: &str) -> Vec<Session> {
        self.flush();
        let ids: Vec<String> = self.sessions.with_untracked(|list| {
            list.iter()
                .filter(|s| s.lens == lens_id)
                .map(|s| s.id.clone())
                .collect()
        });
        let store = store();
        let mut sessions = Vec::with_capacity(ids.len());
        for id in ids {
            match store.load_session(&id) {
                Ok(Some(session)) => sessions.push(session),
                Ok(None) => {}
                Err(unreadable) => self.found_damaged(unreadable),
            }
        }
        sessions
    }
}
