//! Saving the open session. An edit shows at once and is written shortly after (debounced), at
//! once when the page is hidden or left. A write that fails keeps the edit on screen, says so,
//! and is retried until it succeeds. A tab never overwrites what another tab saved since it
//! last read: the two versions are both kept, this tab goes on in its copy, and the user is told.

use std::time::Duration;

use leptos::prelude::*;

use super::{store, AppState, Notice};
use crate::clock::now_stamp;
use crate::domain::import::{resolve, Resolution};
use crate::domain::session::MODEL;
use crate::domain::Session;
use crate::route::Route;
use crate::storage::session_key;

/// How long typing may pause before the edit is written.
pub(super) const DEBOUNCE: Duration = Duration::from_millis(300);
/// How soon a failed write is tried again.
const RETRY: Duration = Duration::from_secs(3);

/// Where the open session stands against storage.
#[derive(Copy, Clone, Debug, Default)]
pub struct SaveState {
    /// Edits on screen that are not yet stored.
    pub dirty: bool,
    /// The stored revision this tab last read or wrote.
    pub base: u64,
    pub timer: Option<TimeoutHandle>,
}

impl AppState {
    /// Marks the open session as edited and schedules its write.
    pub(super) fn schedule_save(&self, delay: Duration) {
        let app = *self;
        self.saving.update_value(|s| {
            s.dirty = true;
            if let Some(timer) = s.timer.take() {
                timer.clear();
            }
            s.timer = set_timeout_with_handle(move || app.flush(), delay).ok();
        });
    }

    /// The open session is now exactly what storage holds at `revision`.
    pub(super) fn in_step(&self, revision: u64) {
        self.saving.update_value(|s| {
            if let Some(timer) = s.timer.take() {
                timer.clear();
            }
            *s = SaveState {
                dirty: false,
                base: revision,
                timer: None,
            };
        });
    }

    /// Writes the open session now, if it has unsaved edits.
    pub fn flush(&self) {
        let state = self.saving.get_value();
        // An older copy of the app writes nothing (the banner says to reload); no retries.
        if !state.dirty || super::OLDER_APP.get() {
            return;
        }
        let Some(mut session) = self.session.get_untracked() else {
            return;
        };
        let store = store();
        // Only the stored revision is read on every save; the whole session only on a conflict
        // (or when it cannot be read, so it is kept aside before ours takes its place).
        match store.stored_revision(&session.id) {
            Some(revision) if revision > state.base => match store.load_session(&session.id) {
                Ok(Some(theirs)) => return self.keep_both(session, theirs),
                Ok(None) => {}
                Err(unreadable) => self.found_damaged(unreadable),
            },
            Some(_) => {}
            None => match store.load_session(&session.id) {
                // It was stored and is gone: deleted on purpose (an erasure, the list's delete)
                // in another tab. What was typed here since is not written back.
                Ok(None) if state.base > 0 => return self.deleted_elsewhere(&session.id),
                Ok(_) => {}
                Err(unreadable) => self.found_damaged(unreadable),
            },
        }
        session.revision = state.base + 1;
        if self.saved(store.save_session(&session)) {
            let revision = session.revision;
            self.session.update_untracked(|open| {
                if let Some(open) = open.as_mut().filter(|o| o.id == session.id) {
                    open.revision = revision;
                }
            });
            self.in_step(revision);
        } else {
            self.schedule_save(RETRY);
        }
    }

    /// Another tab saved this session since we read it. This tab's version — with whatever
    /// the user goes on typing — continues as a copy; the other tab's stays under the original
    /// id. Neither is lost, and no sentence is split between the two.
    fn keep_both(&self, ours: Session, theirs: Session) {
        let taken = self.session_ids();
        let taken: Vec<&str> = taken.iter().map(String::as_str).collect();
        let original = theirs.id.clone();
        let Some(mut copy) = resolve(ours, Resolution::KeepBoth, now_stamp(), &taken) else {
            return;
        };
        copy.revision = 1;
        if !self.saved(store().save_session(&copy)) {
            return self.schedule_save(RETRY);
        }
        let summary = copy.summary();
        self.sessions.update(|list| list.push(summary));
        let id = copy.id.clone();
        self.continued
            .set_value(Some((id.clone(), original.clone())));
        self.session.set(Some(copy));
        self.in_step(1);
        if let Route::Session(_, page) = self.route.get_untracked() {
            self.navigate(Route::Session(id.clone(), page));
        }
        self.notify(Notice::KeptBoth { copy: id, original });
    }

    /// The open interview was deleted in another tab: it is closed here, nothing of it is
    /// written again (no pending or retried save), and the user is told.
    fn deleted_elsewhere(&self, id: &str) {
        self.in_step(0);
        self.session.set(None);
        if matches!(self.route.get_untracked(), Route::Session(ref open, _) if open == id) {
            self.navigate(Route::Sessions);
        }
        self.notify(Notice::DeletedElsewhere);
    }

    /// Whether moving from session `from` to `to` only continues the same work in a copy made
    /// by [`Self::keep_both`] (the screen then stays as it is, focus and all).
    pub fn continues(&self, from: &str, to: &str) -> bool {
        self.continued.with_value(|c| {
            c.as_ref()
                .is_some_and(|(copy, original)| copy == to && original == from)
        })
    }

    /// The address has caught up with the copy: later moves build their own screens.
    pub fn end_continuation(&self) {
        self.continued.set_value(None);
    }

    /// Another tab changed a stored value: follow it. For the open session, unsaved edits here
    /// are written (and a real conflict keeps both); otherwise the newer version is shown.
    pub fn on_storage_change(&self, key: &str) {
        let open_id = self
            .session
            .with_untracked(|s| s.as_ref().map(|s| s.id.clone()));
        if let Some(id) = open_id.filter(|id| session_key(id) == key) {
            if self.saving.get_value().dirty {
                return self.flush();
            }
            match store().load_session(&id) {
                Ok(Some(theirs)) => {
                    let revision = theirs.revision;
                    self.session.set(Some(theirs));
                    self.in_step(revision);
                }
                Ok(None) => self.deleted_elsewhere(&id),
                Err(unreadable) => self.found_damaged(unreadable),
            }
        }
        if key == "interviewgids.index" || key.starts_with("interviewgids.session.") {
            if let Ok(listing) = store().list_sessions() {
                self.sessions.set(listing.sessions);
            }
        }
        // A newer version of the app started in another tab: this one writes nothing more.
        if key == crate::storage::WRITER_KEY {
            let newer = store().writer().is_some_and(|w| w.model > MODEL);
            if newer && !super::OLDER_APP.get() {
                super::OLDER_APP.set(true);
                self.notify(Notice::OlderApp);
            }
            return;
        }
        // The lock turned on or off in another tab: this page's key (or its lack of one) no
        // longer matches what is stored, so it saves what it can and starts afresh.
        if key == crate::storage::LOCK_KEY {
            let on = super::lock_on();
            // A new passphrase changes the record but not whether the lock is on.
            if on != self.lock_on.get_untracked() {
                self.flush();
                let _ = window().location().reload();
            }
            return;
        }
        if key.starts_with("interviewgids.lens.") {
            if let Ok((lenses, _)) = store().list_lenses() {
                self.lenses.set(lenses);
            }
        }
    }
}
