//! Session actions: create a session, open one, apply the user's actions to it, delete it. Only the
//! open session is held in memory; the list shows summaries from the storage index.

use leptos::prelude::*;

use super::{store, yield_now, AppState, Notice};
use crate::clock::{now_iso, now_stamp};
use crate::domain::finding::fresh_id;
use crate::domain::retention::Policy;
use crate::domain::session_action::Refusal;
use crate::domain::{Lens, Session, SessionAction};
use crate::state::saving::DEBOUNCE;
use crate::storage::{Snapshots, Unreadable};

/// How long the background check at start reads sessions before it lets the page handle input:
/// a tap then waits at most this long, plus one session's read.
const CHECK_STEP_MS: u64 = 4;

impl AppState {
    /// Reads the open session (tracked), if one is open.
    pub fn with_session<T>(&self, read: impl FnOnce(&Session) -> T) -> Option<T> {
        self.session.with(|s| s.as_ref().map(read))
    }

    /// Reads the open session without tracking it, if one is open.
    pub fn with_session_untracked<T>(&self, read: impl FnOnce(&Session) -> T) -> Option<T> {
        self.session.with_untracked(|s| s.as_ref().map(read))
    }

    /// The ids of all stored sessions (untracked).
    pub fn session_ids(&self) -> Vec<String> {
        self.sessions
            .with_untracked(|s| s.iter().map(|s| s.id.clone()).collect())
    }

    /// Creates a session for `lens` (frozen into it) and returns its id.
    pub fn create_session(&self, lens: Lens, candidate: &str) -> Option<String> {
        // The session open until now keeps its last edits: the new one takes its place below.
        self.flush();
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
                self.found_damaged(unreadable);
                self.session.set(None);
            }
        }
    }

    /// A stored session turned out unreadable (the store kept it aside): say so, and show it
    /// as damaged in the list instead of as a link that leads nowhere.
    pub(super) fn found_damaged(&self, unreadable: Unreadable) {
        self.notify(Notice::Unreadable(unreadable));
        if let Ok(listing) = store().list_sessions() {
            self.sessions.set(listing.sessions);
        }
        self.damaged
            .set(store().damaged_sessions().unwrap_or_default());
    }

    /// Once the first screen is drawn (the root calls it): warns when storage is nearly full,
    /// and reads every stored session once, a few at a time while the page stays responsive, so
    /// damaged data is found now rather than when someone opens it.
    pub fn check_sessions(&self) {
        let app = *self;
        leptos::task::spawn_local(async move {
            yield_now().await;
            if let Ok(usage) = store().usage() {
                if usage.nearly_full() {
                    app.notify(Notice::NearlyFull(usage.percent()));
                }
            }
            let mut snapshots = Snapshots::default();
            let mut since = now_stamp();
            for id in app.session_ids() {
                if let Err(unreadable) = store().load_session_with(&id, &mut snapshots) {
                    app.found_damaged(unreadable);
                }
                if now_stamp().saturating_sub(since) >= CHECK_STEP_MS {
                    yield_now().await;
                    since = now_stamp();
                }
            }
        });
    }

    /// Deletes a session for good: its key and its index entry are removed.
    pub fn delete_session(&self, id: &str) {
        self.delete_sessions(&[id.to_owned()]);
    }

    /// Deletes sessions for good, with one index write.
    pub fn delete_sessions(&self, ids: &[String]) {
        if self.saved(store().delete_sessions(ids)) {
            self.sessions
                .update(|list| list.retain(|s| !ids.contains(&s.id)));
            self.session.update(|open| {
                if open.as_ref().is_some_and(|s| ids.contains(&s.id)) {
                    *open = None;
                }
            });
        }
    }

    /// Deletes a value kept aside: a damaged session (after the user saved what they wanted)
    /// or anything else, as when a candidate's data is erased.
    pub fn delete_damaged(&self, aside_key: &str) {
        if self.saved(store().delete_aside(aside_key)) {
            self.damaged
                .update(|list| list.retain(|d| d.aside_key != aside_key));
        }
    }

    /// Offers the device lock once, on the list, when an interview is stored and the lock is
    /// off (not in the middle of an interview, where a banner would push the questions down).
    pub fn offer_lock(&self) {
        let store = store();
        let none = self.sessions.with_untracked(Vec::is_empty);
        if none || self.lock_on.get_untracked() || store.prefs().lock_offered {
            return;
        }
        if self.saved(store.update_prefs(|p| p.lock_offered = true)) {
            self.notify(Notice::OfferLock);
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
        self.change(Ok(()), |session| session.apply(action))
    }

    /// Changes the open session by `edit` as [`AppState::act`] does; `none` is the outcome when
    /// no session is open.
    pub(super) fn change<E>(
        &self,
        none: Result<(), E>,
        edit: impl FnOnce(&mut Session) -> Result<(), E>,
    ) -> Result<(), E> {
        let mut outcome = none;
        let mut summary = None;
        self.session.maybe_update(|open| {
            let Some(session) = open else {
                return false;
            };
            let mut next = session.clone();
            outcome = edit(&mut next);
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
