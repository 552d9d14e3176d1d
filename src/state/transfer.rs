//! Moving data in and out as interchange files: export a lens, the library, sessions or a full
//! backup; import any kind of file. Everything is validated before anything changes, and an
//! item that already exists in another version is never silently overwritten.

use leptos::prelude::*;

use super::{store, AppState, Notice};
use crate::domain::import::{classify, resolve, Incoming, Resolution};
use crate::domain::interchange::{self, Backup, Content, Document};
use crate::domain::validate::Finding;
use crate::domain::{Lens, Library, Session};
use crate::files::{now_iso, now_stamp, today};

/// An item that exists here in another version; the user decides.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Conflict {
    Lens {
        stored: Box<Lens>,
        incoming: Box<Lens>,
    },
    Session {
        stored: Box<Session>,
        incoming: Box<Session>,
    },
}

impl Conflict {
    /// How the user recognises it: a lens's name, a session's candidate and position.
    pub fn label(&self) -> String {
        match self {
            Conflict::Lens { stored, .. } => stored.name.clone(),
            Conflict::Session { stored, .. } => {
                format!("{} ({})", stored.candidate, stored.lens.name)
            }
        }
    }

    pub fn id(&self) -> &str {
        match self {
            Conflict::Lens { incoming, .. } => &incoming.id,
            Conflict::Session { incoming, .. } => &incoming.id,
        }
    }
}

/// The outcome of importing a file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportReport {
    /// The file failed validation; nothing was changed.
    Refused(Vec<Finding>),
    /// The file could not be read at all; nothing was changed.
    Unreadable(String),
    /// What was added, what was already here unchanged, and what awaits a choice.
    Imported {
        added: Vec<String>,
        unchanged: Vec<String>,
        conflicts: Vec<Conflict>,
    },
    /// Competencies added to the library.
    Library { count: usize },
}

fn session_label(s: &Session) -> String {
    format!("{} ({})", s.candidate, s.lens.name)
}

impl AppState {
    pub fn export_lens(&self, lens: &Lens) {
        let doc = Document::new(now_iso(), Content::Lens(lens.clone()));
        self.export(
            &format!("interviewgids-lens-{}-{}.json", lens.id, today()),
            &doc,
        );
    }

    /// Exports the library as the app uses it, imported competencies included.
    pub fn export_library(&self) {
        let doc = Document::new(now_iso(), Content::Library(self.library.get_untracked()));
        self.export(&format!("interviewgids-library-{}.json", today()), &doc);
    }

    /// Exports sessions: one as a session file, several as a backup that holds only them.
    pub fn export_sessions(&self, ids: &[String]) {
        let sessions = self.read_sessions(ids);
        match sessions.as_slice() {
            [] => {}
            [one] => {
                let name = format!("interviewgids-session-{}-{}.json", one.id, today());
                let doc = Document::new(now_iso(), Content::Session(Box::new(one.clone())));
                self.export(&name, &doc);
            }
            _ => {
                let doc = Document::new(
                    now_iso(),
                    Content::Backup(Backup {
                        sessions,
                        lenses: Vec::new(),
                    }),
                );
                self.export(&format!("interviewgids-sessions-{}.json", today()), &doc);
            }
        }
    }

    /// Exports everything: all sessions and the user's own lenses, and remembers when.
    pub fn export_backup(&self) {
        let ids = self.session_ids();
        let backup = Backup {
            sessions: self.read_sessions(&ids),
            lenses: self.lenses.get_untracked(),
        };
        let doc = Document::new(now_iso(), Content::Backup(backup));
        if self.export(&format!("interviewgids-backup-{}.json", today()), &doc) {
            let now = now_iso();
            self.saved(store().update_prefs(|p| p.last_backup = Some(now.clone())));
            self.last_backup.set(Some(now));
            self.notices
                .update(|n| n.retain(|n| *n != Notice::BackupDue));
        }
    }

    /// Reads sessions from storage, after writing any unsaved edit so exports are current.
    fn read_sessions(&self, ids: &[String]) -> Vec<Session> {
        self.flush();
        let store = store();
        ids.iter()
            .filter_map(|id| match store.load_session(id) {
                Ok(found) => found,
                Err(unreadable) => {
                    self.notify(Notice::Unreadable(unreadable));
                    None
                }
            })
            .collect()
    }

    fn export(&self, filename: &str, doc: &Document) -> bool {
        match doc.to_json() {
            Ok(json) => self.offer_download(filename, "application/json", &json),
            Err(e) => {
                self.notify(Notice::Download(e.to_string()));
                false
            }
        }
    }

    /// Imports a file's text: sessions and lenses (from session, lens or backup files) or
    /// competencies (from a library file). A refused file changes nothing.
    pub fn import_file(&self, text: &str) -> ImportReport {
        let doc = match interchange::parse(text) {
            Ok(doc) => doc,
            Err(findings) => return ImportReport::Refused(findings),
        };
        let (sessions, lenses) = match doc.content {
            Content::Lens(lens) => (Vec::new(), vec![lens]),
            Content::Session(session) => (vec![*session], Vec::new()),
            Content::Backup(backup) => (backup.sessions, backup.lenses),
            Content::Library(library) => return self.import_library(library),
        };
        let (mut added, mut unchanged, mut conflicts) = (Vec::new(), Vec::new(), Vec::new());
        for item in classify(&self.lenses.get_untracked(), lenses) {
            match item {
                Incoming::New(lens) => {
                    added.push(lens.name.clone());
                    self.put_lens(lens);
                }
                Incoming::Unchanged(lens) => unchanged.push(lens.name),
                Incoming::Conflict { stored, incoming } => conflicts.push(Conflict::Lens {
                    stored: Box::new(stored),
                    incoming: Box::new(incoming),
                }),
            }
        }
        let stored = self.stored_sessions_like(&sessions);
        for item in classify(&stored, sessions) {
            match item {
                Incoming::New(session) => {
                    added.push(session_label(&session));
                    self.put_session(session);
                }
                Incoming::Unchanged(session) => unchanged.push(session_label(&session)),
                Incoming::Conflict { stored, incoming } => conflicts.push(Conflict::Session {
                    stored: Box::new(stored),
                    incoming: Box::new(incoming),
                }),
            }
        }
        ImportReport::Imported {
            added,
            unchanged,
            conflicts,
        }
    }

    /// The stored sessions that share an id with an incoming one (only those are read).
    fn stored_sessions_like(&self, incoming: &[Session]) -> Vec<Session> {
        let known: Vec<String> = self.sessions.with_untracked(|list| {
            list.iter()
                .filter(|s| incoming.iter().any(|i| i.id == s.id))
                .map(|s| s.id.clone())
                .collect()
        });
        self.read_sessions(&known)
    }

    /// Stores a session from a file and shows it in the list (and on screen, if it is open).
    fn put_session(&self, session: Session) {
        if !self.saved(store().save_session(&session)) {
            return;
        }
        let summary = session.summary();
        self.sessions
            .update(|list| match list.iter_mut().find(|s| s.id == summary.id) {
                Some(existing) => *existing = summary,
                None => list.push(summary),
            });
        if self
            .session
            .with_untracked(|open| open.as_ref().is_some_and(|o| o.id == session.id))
        {
            let revision = session.revision;
            self.session.set(Some(session));
            self.in_step(revision);
        }
    }

    /// Settles one import conflict as the user chose.
    pub fn resolve_conflict(&self, conflict: Conflict, resolution: Resolution) {
        let stamp = now_stamp();
        match conflict {
            Conflict::Lens { incoming, .. } => {
                let taken = self.taken_lens_ids();
                let taken: Vec<&str> = taken.iter().map(String::as_str).collect();
                if let Some(lens) = resolve(*incoming, resolution, stamp, &taken) {
                    self.put_lens(lens);
                }
            }
            Conflict::Session { incoming, .. } => {
                let taken = self.session_ids();
                let taken: Vec<&str> = taken.iter().map(String::as_str).collect();
                if let Some(session) = resolve(*incoming, resolution, stamp, &taken) {
                    self.put_session(session);
                }
            }
        }
    }

    /// Adds a library file's competencies, replacing earlier imported ones with the same id.
    fn import_library(&self, library: Library) -> ImportReport {
        let count = library.competencies.len();
        let merged = self.imported.with_untracked(|i| i.overlaid(&library));
        if self.saved(store().save_imported_library(&merged)) {
            self.imported.set(merged);
        }
        ImportReport::Library { count }
    }

    pub fn remove_imported_library(&self) {
        if self.saved(store().delete_imported_library()) {
            self.imported.set(Library::default());
        }
    }
}
