//! Session actions: create a session, open one, apply the user's actions to it, delete it. Only the
//! open session is held in memory; the list shows summaries from the storage index.

use leptos::prelude::*;

use super::{store, AppState, Notice};
use crate::domain::lens_edit::fresh_id;
use crate::domain::retention::Policy;
use crate::domain::session_action::Refusal;
use crate::domain::{Lens, Session, SessionAction};
use crate::files::{now_iso, now_stamp};
use crate::state::saving::DEBOUNCE;

impl AppState {
    /// The ids of all stored sessions (untracked).
    pub fn session_ids(&self) -> Vec<String> {
        self.sessions
            .with_untracked(|s| s.iter().map(|s| s.id.clone()).collect())
    }

    /// Creates a session for `lens` (frozen into it) and returns its id.
    pub fn create_session(&self, lens: Lens, candidate: &str) -> Option<String> {
        let taken = self.session_ids();
        let id = fresh_id("s", now_stamp(), taken.iter().map(String::as_str));
        let mut session = Session::new(id.clone(), lens, now_iso());
        session.candidate = candidate.trim().to_owned();
        session.revision = 1;
        if !self.saved(store().save_session(&session)) {
            return None;
        }
        self.sessions.update(|list| list.push(session.summary()));
        self.session.set(Some(session));
        self.in_step(1);
        Some(id)
    }

    /// Makes `id` the open session, reading it from storage unless it already is.
    pub fn open_session(&self, id: &str) {
        if self
            .session
            .with_untracked(|s| s.as_ref().is_some_and(|s| s.id == id))
        {
            return;
        }
        self.flush();
        match store().load_session(id) {
            Ok(found) => {
                self.in_step(found.as_ref().map_or(0, |s| s.revision));
                self.session.set(found);
            }
            Err(unreadable) => {
                self.notify(Notice::Unreadable(unreadable));
                self.session.set(None);
            }
        }
    }

    /// Deletes a session for good: its key and its index entry are removed.
    pub fn delete_session(&self, id: &str) {
        if self.saved(store().delete_session(id)) {
            self.sessions.update(|list| list.retain(|s| s.id != id));
            self.session.update(|open| {
                if open.as_ref().is_some_and(|s| s.id == id) {
                    *open = None;
                }
            });
        }
    }

    /// Sets how long sessions are kept; refused (false) when the periods make no sense.
    pub fn set_policy(&self, days: u32, days_with_consent: u32) -> bool {
        let Some(policy) = Policy::new(days, days_with_consent) else {
            return false;
        };
        self.saved(store().update_prefs(|p| p.retention = policy));
        self.policy.set(policy);
        true
    }

    /// Applies an action to the open session: on screen at once, written shortly after (see
    /// `saving.rs`). A refused action changes nothing.
    pub fn act(&self, action: SessionAction) -> Result<(), Refusal> {
        let mut outcome = Ok(());
        let mut summary = None;
        self.session.maybe_update(|open| {
            let Some(session) = open else {
                return false;
            };
            let mut next = session.clone();
            outcome = next.apply(action);
            if outcome.is_err() || next == *session {
                return false;
            }
            next.updated_at = now_iso();
            summary = Some(next.summary());
            *session = next;
            true
        });
        if let Some(summary) = summary {
            self.schedule_save(DEBOUNCE);
            // Notify the list only when what it shows changed, not on every keystroke.
            self.sessions
                .maybe_update(|list| match list.iter_mut().find(|s| s.id == summary.id) {
                    Some(s) if *s != summary => {
                        *s = summary;
                        true
                    }
                    _ => false,
                });
        }
        outcome
    }
}
