//! A candidate's own data on request: every session about them (with the colleagues' ratings
//! inside a lead's session) exported as one file, or deleted together. The rules of who is
//! who are in `domain::access`.

use leptos::prelude::*;

use super::export::Protect;
use super::panel::file_stem;
use super::AppState;
use crate::clock::{now_iso, today};
use crate::domain::access;
use crate::domain::interchange::{Backup, Content, Document};
use crate::domain::Session;

impl AppState {
    /// The candidates on this device with their number of sessions, alphabetical.
    pub fn candidates(&self) -> Vec<(String, usize)> {
        self.sessions.with(|list| access::candidates(list.iter()))
    }

    /// Every stored session about `name`, read whole (unsaved edits written first).
    pub fn candidate_sessions(&self, name: &str) -> Vec<Session> {
        self.flush();
        let ids = self
            .sessions
            .with_untracked(|list| access::session_ids(name, list.iter()));
        self.read_sessions(&ids)
    }

    /// Offers everything about `name` as one file, protection ticked: it leaves the device.
    pub fn export_candidate(&self, name: &str) {
        let sessions = self.candidate_sessions(name);
        if sessions.is_empty() {
            return;
        }
        let doc = Document::new(
            now_iso(),
            Content::Backup(Backup {
                sessions,
                lenses: Vec::new(),
            }),
        );
        let file = format!(
            "interviewgids-candidate-{}-{}.json",
            file_stem(name),
            today()
        );
        self.stage_export(file, &doc, Protect::ByDefault, false);
    }

    /// Deletes every session about `name` for good (the colleagues' ratings inside go with
    /// their lead's session).
    pub fn delete_candidate(&self, name: &str) {
        let ids = self
            .sessions
            .with_untracked(|list| access::session_ids(name, list.iter()));
        self.delete_sessions(&ids);
    }
}
