//! Moving data in and out as interchange files: export a lens, the library, sessions or a full
//! backup; import any kind of file. An import is read and checked whole, shown before it is
//! written (what it adds, what collides), and then stored whole or not at all.

use leptos::prelude::*;

use super::export::Protect;
use super::{store, yield_now, AppState};
use crate::clock::{now_iso, now_stamp, today};
use crate::domain::finding::Finding;
use crate::domain::import::{Counts, Incoming, Plan, Resolution};
use crate::domain::interchange::Reading;
use crate::domain::interchange::{Backup, Content, Document};
use crate::domain::order;
use crate::domain::panel::{Arrival, PanelRefusal, Returned};
use crate::domain::{Lens, Library, Session};
use crate::storage::{Batch, StorageError};

/// Sessions read between two pauses that let the page draw the progress.
const SESSIONS_PER_STEP: usize = 40;

/// A file that passed every check, waiting for the user to confirm.
#[derive(Clone, Debug)]
pub enum Staged {
    Items(Plan),
    Library(Library),
    /// A panel colleague's ratings, for the lead's session `lead` (when one is here).
    Returned {
        file: Box<Returned>,
        lead: Option<String>,
        arrival: Result<Arrival, PanelRefusal>,
        /// Whether the lead's session recorded the invitation the file answers.
        invited: bool,
    },
}

/// A colleague's ratings file, as the preview shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ColleagueFile {
    pub interviewer: String,
    pub candidate: String,
    pub arrival: Result<Arrival, PanelRefusal>,
    /// It answers an invitation the lead handed out; if not, it counts as an observer's.
    pub invited: bool,
}

/// How the user recognises an item of an import.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Item {
    pub label: String,
    pub is_session: bool,
}

/// What an import will do, for the preview.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Preview {
    pub counts: Counts,
    /// What is new, sessions first.
    pub new: Vec<Item>,
    /// What is here already, exactly so.
    pub unchanged: Vec<Item>,
    /// What collides with another version here, in the order choices are given.
    pub conflicts: Vec<Item>,
    /// Competencies a library file adds.
    pub competencies: usize,
    pub colleague: Option<ColleagueFile>,
}

/// What an import did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Outcome {
    pub stored: Vec<String>,
    pub competencies: usize,
}

fn session_label(s: &Session) -> String {
    format!("{} ({})", s.candidate, s.lens.name)
}

fn new<T>(item: &Incoming<T>) -> bool {
    matches!(item, Incoming::New(_))
}

fn same<T>(item: &Incoming<T>) -> bool {
    matches!(item, Incoming::Unchanged(_))
}

fn conflict<T>(item: &Incoming<T>) -> bool {
    matches!(item, Incoming::Conflict { .. })
}

fn label<T>(
    items: &[Incoming<T>],
    keep: fn(&Incoming<T>) -> bool,
    name: fn(&T) -> String,
    is_session: bool,
) -> Vec<Item> {
    items
        .iter()
        .filter(|i| keep(i))
        .map(|i| Item {
            label: name(i.known()),
            is_session,
        })
        .collect()
}

impl Preview {
    /// Everything in the file is here already: nothing to write, nothing to choose.
    pub fn nothing_to_do(&self) -> bool {
        self.colleague.is_none()
            && self.competencies == 0
            && self.new.is_empty()
            && self.conflicts.is_empty()
    }
}

impl Staged {
    pub fn preview(&self) -> Preview {
        match self {
            Staged::Library(library) => Preview {
                competencies: library.competencies.len(),
                ..Preview::default()
            },
            Staged::Returned {
                file,
                arrival,
                invited,
                ..
            } => Preview {
                colleague: Some(ColleagueFile {
                    interviewer: file.rating.interviewer.clone(),
                    candidate: file.candidate.clone(),
                    arrival: arrival.clone(),
                    invited: *invited,
                }),
                ..Preview::default()
            },
            Staged::Items(plan) => {
                let lens_name: fn(&Lens) -> String = |l| l.name.clone();
                let mut preview = Preview {
                    counts: plan.counts(),
                    new: label(&plan.sessions, new, session_label, true),
                    unchanged: label(&plan.sessions, same, session_label, true),
                    conflicts: label(&plan.sessions, conflict, session_label, true),
                    competencies: 0,
                    colleague: None,
                };
                preview
                    .unchanged
                    .extend(label(&plan.lenses, same, lens_name, false));
                preview
                    .new
                    .extend(label(&plan.lenses, new, lens_name, false));
                preview
                    .conflicts
                    .extend(label(&plan.lenses, conflict, lens_name, false));
                preview
            }
        }
    }

    /// Nothing in the file could be imported (an empty backup or library).
    pub fn is_empty(&self) -> bool {
        match self {
            Staged::Library(library) => library.competencies.is_empty(),
            Staged::Items(plan) => plan.is_empty(),
            Staged::Returned { .. } => false,
        }
    }
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
    pub fn export_sessions(&self, ids: &[String], protect: Protect) {
        let sessions = self.read_sessions(ids);
        match sessions.as_slice() {
            [] => {}
            [one] => {
                let name = format!("interviewgids-session-{}-{}.json", one.id, today());
                let doc = Document::new(now_iso(), Content::Session(Box::new(one.clone())));
                self.stage_export(name, &doc, protect, false);
            }
            _ => {
                let doc = Document::new(
                    now_iso(),
                    Content::Backup(Backup {
                        sessions,
                        lenses: Vec::new(),
                        kept_aside: Vec::new(),
                    }),
                );
                let name = format!("interviewgids-sessions-{}.json", today());
                self.stage_export(name, &doc, protect, false);
            }
        }
    }

    /// Exports everything: all sessions and the user's own lenses; remembered once offered.
    pub fn export_backup(&self, protect: Protect) {
        let ids = self.session_ids();
        let backup = Backup {
            sessions: self.read_sessions(&ids),
            lenses: self.lenses.get_untracked(),
            kept_aside: Vec::new(),
        };
        let doc = Document::new(now_iso(), Content::Backup(backup));
        let name = format!("interviewgids-backup-{}.json", today());
        self.stage_export(name, &doc, protect, true);
    }

    /// Reads sessions from storage, after writing any unsaved edit so exports are current.
    pub(super) fn read_sessions(&self, ids: &[String]) -> Vec<Session> {
        self.flush();
        let store = store();
        ids.iter()
            .filter_map(|id| match store.load_session(id) {
                Ok(found) => found,
                Err(unreadable) => {
                    self.found_damaged(unreadable);
                    None
                }
            })
            .collect()
    }

    /// Reads and checks a file's text a few sessions at a time (the page stays responsive and
    /// `progress` hears how far it is), then works out what it would change. Nothing is stored.
    pub(super) async fn stage_import(
        &self,
        text: String,
        progress: impl Fn(usize, usize),
    ) -> Result<Staged, Vec<Finding>> {
        let mut reading = Reading::start(&text)?;
        drop(text);
        loop {
            let (done, total) = reading.progress();
            progress(done, total);
            if reading.step(SESSIONS_PER_STEP) {
                break;
            }
            yield_now().await;
        }
        let (sessions, lenses) = match reading.finish()?.content {
            Content::Lens(lens) => (Vec::new(), vec![lens]),
            Content::Session(session) => (vec![*session], Vec::new()),
            Content::Backup(backup) => (backup.sessions, backup.lenses),
            Content::Library(library) => return Ok(Staged::Library(library)),
            Content::Returned(file) => return Ok(self.stage_returned(file)),
        };
        let known: Vec<String> = self.sessions.with_untracked(|list| {
            list.iter()
                .filter(|s| sessions.iter().any(|i| i.id == s.id))
                .map(|s| s.id.clone())
                .collect()
        });
        let stored_sessions = self.read_sessions(&known);
        let stored_lenses = self.lenses.get_untracked();
        Ok(Staged::Items(Plan::new(
            &stored_sessions,
            sessions,
            &stored_lenses,
            lenses,
        )))
    }

    /// Stores a staged import whole, with a choice for each conflict, or changes nothing.
    pub(super) fn commit_import(
        &self,
        staged: Staged,
        choices: &[Option<Resolution>],
    ) -> Result<Outcome, StorageError> {
        let plan = match staged {
            Staged::Library(library) => return self.import_library(library),
            Staged::Returned { file, lead, .. } => return self.attach_returned(*file, lead),
            Staged::Items(plan) => plan,
        };
        self.flush();
        let taken_lenses = self.taken_lens_ids();
        let Some((sessions, lenses)) =
            plan.resolve(choices, now_stamp(), &self.session_ids(), &taken_lenses)
        else {
            return Ok(Outcome::default());
        };
        let store = store();
        let mut batch = Batch::default();
        for session in &sessions {
            store.prepare_session(&mut batch, session)?;
        }
        for lens in &lenses {
            store.prepare_lens(&mut batch, lens)?;
        }
        if !batch.is_empty() {
            store.commit(batch)?;
        }
        self.saved(Ok(()));
        if let Ok(listing) = store.list_sessions() {
            self.sessions.set(listing.sessions);
        }
        let mut stored: Vec<String> = sessions.iter().map(session_label).collect();
        stored.extend(lenses.iter().map(|l| l.name.clone()));
        if let Some(open) = self
            .session
            .with_untracked(|s| s.as_ref().map(|s| s.id.clone()))
            .filter(|id| sessions.iter().any(|s| s.id == *id))
        {
            // The open interview was replaced: show what is stored now.
            self.session.set(None);
            self.open_session(&open);
        }
        self.lenses.update(|list| {
            for lens in lenses {
                match list.iter_mut().find(|l| l.id == lens.id) {
                    Some(existing) => *existing = lens,
                    None => list.push(lens),
                }
            }
            order::sort_by_key(list, |l| l.name.to_lowercase());
        });
        Ok(Outcome {
            stored,
            competencies: 0,
        })
    }

    /// Adds a library file's competencies, replacing earlier imported ones with the same id.
    fn import_library(&self, library: Library) -> Result<Outcome, StorageError> {
        let competencies = library.competencies.len();
        let merged = self.imported.with_untracked(|i| i.overlaid(&library));
        store().save_imported_library(&merged)?;
        self.imported.set(merged);
        Ok(Outcome {
            stored: Vec::new(),
            competencies,
        })
    }

    pub fn remove_imported_library(&self) {
        if self.saved(store().delete_imported_library()) {
            self.imported.set(Library::default());
        }
    }
}
