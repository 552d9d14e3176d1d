//! A candidate's own data on request: the interviews under a name (and under similar names, to
//! check), the values kept aside that mention it, and of those only what the user ticked
//! exported as one file or deleted. The rules of who is who are in `domain::access`.

use leptos::prelude::*;

use super::export::Protect;
use super::{store, AppState};
use crate::clock::{now_iso, today};
use crate::domain::access;
use crate::domain::interchange::{Backup, Content, Document};
use crate::domain::Session;

/// Everything found for one name, read whole (unsaved edits written first).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Found {
    /// The interviews under the name itself.
    pub under_name: Vec<Session>,
    /// The interviews under similar names: maybe the same person, maybe not.
    pub similar: Vec<Session>,
    /// Values kept aside as they were (damaged) that mention the name: key and text.
    pub kept_aside: Vec<(String, String)>,
}

impl AppState {
    /// The candidates on this device with their number of sessions, alphabetical.
    pub fn candidates(&self) -> Vec<(String, usize)> {
        self.sessions.with(|list| access::candidates(list.iter()))
    }

    /// What is stored under `name`, under similar names, and kept aside with the name in it.
    pub fn find_candidate(&self, name: &str) -> Found {
        self.flush();
        let (exact, similar) = self.sessions.with_untracked(|list| {
            (
                access::session_ids(name, list.iter()),
                access::similar_ids(name, list.iter()),
            )
        });
        let kept_aside = store()
            .kept_aside()
            .unwrap_or_default()
            .into_iter()
            .filter(|(_, text)| access::mentions(text, name))
            .collect();
        Found {
            under_name: self.read_sessions(&exact),
            similar: self.read_sessions(&similar),
            kept_aside,
        }
    }

    /// Offers the ticked interviews and kept-aside values as one file, protection ticked: it
    /// leaves the device. The file is named by date; the export dialog can add the name.
    pub fn export_candidate(&self, name: &str, ids: &[String], aside_keys: &[String]) {
        let found = self.find_candidate(name);
        let sessions: Vec<Session> = found
            .under_name
            .into_iter()
            .chain(found.similar)
            .filter(|s| ids.contains(&s.id))
            .collect();
        let kept_aside: Vec<String> = found
            .kept_aside
            .into_iter()
            .filter(|(key, _)| aside_keys.contains(key))
            .map(|(_, text)| text)
            .collect();
        if sessions.is_empty() && kept_aside.is_empty() {
            return;
        }
        let doc = Document::new(
            now_iso(),
            Content::Backup(Backup {
                sessions,
                lenses: Vec::new(),
                kept_aside,
            }),
        );
        let files = crate::domain::file_name::candidate_file(&today(), name);
        self.stage_export_named(files, &doc, Protect::ByDefault, false);
    }

    /// Deletes the ticked interviews (the colleagues' ratings inside go with their lead's
    /// session) and the ticked values kept aside, for good; an open tab that still shows one of
    /// them does not write it back (see `saving`).
    pub fn delete_candidate(&self, ids: &[String], aside_keys: &[String]) {
        self.delete_sessions(ids);
        for key in aside_keys {
            self.delete_damaged(key);
        }
    }
}
