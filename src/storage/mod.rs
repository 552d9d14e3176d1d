//! The storage adapter: the only code that knows how sessions and preferences are laid out in
//! localStorage. One key per session plus an index, so an edit writes only its own session.
//!
//! Keys (schema 1):
//! - `interviewgids.index`          — `{ "schema": 1, "sessions": [SessionSummary…] }`
//! - `interviewgids.session.<id>`   — one session as JSON
//! - `interviewgids.prefs`          — `{ "lang": "nl" }`
//! - `interviewgids.lens.<id>`      — one of the user's own lenses as JSON
//! - `interviewgids.library`        — competencies the user imported from a library file
//! - `interviewgids.aside.<n>.<key>` — the raw text of a value that could not be read, kept aside
//!
//! [`Store`] holds the rules and works over any [`Backend`]; [`browser::LocalStorage`] is the real
//! one, [`memory::MemoryBackend`] serves native tests.

pub mod browser;
pub mod memory;

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

use crate::domain::{json, Lang, Lens, Library, Session, SessionSummary};

pub const SCHEMA: u32 = 1;
pub const PREFIX: &str = "interviewgids.";
const INDEX_KEY: &str = "interviewgids.index";
const PREFS_KEY: &str = "interviewgids.prefs";
const SESSION_PREFIX: &str = "interviewgids.session.";
const LENS_PREFIX: &str = "interviewgids.lens.";
const LIBRARY_KEY: &str = "interviewgids.library";
const ASIDE_PREFIX: &str = "interviewgids.aside.";

/// What can go wrong, said plainly enough for the UI to tell the user.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StorageError {
    /// The browser offers no localStorage (blocked, or a privacy mode that forbids it).
    Unavailable(String),
    /// The browser refused the write because its storage quota is used up.
    QuotaExceeded,
    /// Any other refused write.
    WriteFailed(String),
    /// Stored data was written by a newer version of the app; it is left untouched.
    NewerSchema { found: u32 },
}

/// A stored value that could not be read, and where its raw text was kept.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unreadable {
    pub key: String,
    /// Where the raw text now lives; `None` if copying it aside failed, in which case the value
    /// was left where it was, untouched.
    pub aside_key: Option<String>,
    pub detail: String,
}

/// Raw key/value access. Implementations must never panic.
pub trait Backend {
    fn get(&self, key: &str) -> Result<Option<String>, StorageError>;
    fn set(&self, key: &str, value: &str) -> Result<(), StorageError>;
    fn remove(&self, key: &str) -> Result<(), StorageError>;
    fn keys(&self) -> Result<Vec<String>, StorageError>;
}

#[derive(Debug, Default, Serialize, Deserialize)]
struct Index {
    schema: u32,
    sessions: Vec<SessionSummary>,
}

/// Small settings of this browser: the interface language and when a backup was last made.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Prefs {
    pub lang: Option<Lang>,
    /// When the last full backup was exported (ISO 8601).
    pub last_backup: Option<String>,
    /// How long sessions are kept after their procedure ends.
    pub retention: crate::domain::retention::Policy,
}

/// The result of reading the session list: the sessions, and anything that could not be read.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Listing {
    pub sessions: Vec<SessionSummary>,
    pub unreadable: Vec<Unreadable>,
}

pub struct Store<B: Backend> {
    backend: B,
}

pub fn session_key(id: &str) -> String {
    format!("{SESSION_PREFIX}{id}")
}

pub fn lens_key(id: &str) -> String {
    format!("{LENS_PREFIX}{id}")
}

fn to_json<T: Serialize>(value: &T) -> Result<String, StorageError> {
    json::write(value).map_err(|e| StorageError::WriteFailed(e.to_string()))
}

impl<B: Backend> Store<B> {
    pub fn new(backend: B) -> Store<B> {
        Store { backend }
    }

    pub fn backend(&self) -> &B {
        &self.backend
    }

    /// The index's sessions as stored, or `None` when there is no readable index.
    fn indexed(&self) -> Result<Option<Vec<SessionSummary>>, StorageError> {
        let Some(raw) = self.backend.get(INDEX_KEY)? else {
            return Ok(None);
        };
        match json::read::<Index>(&raw) {
            Ok(index) if index.schema > SCHEMA => Err(StorageError::NewerSchema {
                found: index.schema,
            }),
            Ok(index) => Ok(Some(index.sessions)),
            Err(_) => Ok(None),
        }
    }

    /// Lists the stored sessions from the index. A missing or unreadable index is rebuilt from
    /// the session keys (an unreadable one is first kept aside), and sessions the index does not
    /// know — a write interrupted between session and index — are added, so the list always
    /// matches what is stored.
    pub fn list_sessions(&self) -> Result<Listing, StorageError> {
        let mut listing = Listing::default();
        let mut sessions = match self.indexed()? {
            Some(sessions) => sessions,
            None => {
                if let Some(raw) = self.backend.get(INDEX_KEY)? {
                    let detail = json::read::<Index>(&raw)
                        .err()
                        .map(|e| e.to_string())
                        .unwrap_or_default();
                    listing
                        .unreadable
                        .push(self.set_aside(INDEX_KEY, &raw, detail));
                }
                Vec::new()
            }
        };
        let stored: Vec<String> = self
            .backend
            .keys()?
            .into_iter()
            .filter_map(|k| k.strip_prefix(SESSION_PREFIX).map(str::to_owned))
            .collect();
        let before = sessions.clone();
        sessions.retain(|s| stored.contains(&s.id));
        for id in &stored {
            if sessions.iter().any(|s| &s.id == id) {
                continue;
            }
            match self.load_session(id) {
                Ok(Some(session)) => sessions.push(session.summary()),
                Ok(None) => {}
                Err(unreadable) => listing.unreadable.push(unreadable),
            }
        }
        if sessions != before {
            // Best effort: the listing is right either way, the repaired index only saves work.
            let _ = self.write_index(sessions.clone());
        }
        listing.sessions = sessions;
        Ok(listing)
    }

    /// Reads one JSON value. A value that cannot be parsed is moved aside and reported.
    fn read<T: DeserializeOwned>(&self, key: &str) -> Result<Option<T>, Unreadable> {
        let raw = match self.backend.get(key) {
            Ok(Some(raw)) => raw,
            Ok(None) => return Ok(None),
            Err(e) => {
                return Err(Unreadable {
                    key: key.to_owned(),
                    aside_key: None,
                    detail: format!("{e:?}"),
                })
            }
        };
        json::read(&raw)
            .map(Some)
            .map_err(|e| self.set_aside(key, &raw, e.to_string()))
    }

    /// Reads one session. A value that cannot be parsed, or that holds another session than
    /// its key says, is moved aside and reported.
    pub fn load_session(&self, id: &str) -> Result<Option<Session>, Unreadable> {
        let key = session_key(id);
        match self.read::<Session>(&key)? {
            Some(session) if session.id != id => {
                let raw = self.backend.get(&key).ok().flatten().unwrap_or_default();
                let detail = format!("the session inside has id {:?}", session.id);
                Err(self.set_aside(&key, &raw, detail))
            }
            found => Ok(found),
        }
    }

    /// The user's own lenses, sorted by name, and any that could not be read.
    pub fn list_lenses(&self) -> Result<(Vec<Lens>, Vec<Unreadable>), StorageError> {
        let mut lenses = Vec::new();
        let mut unreadable = Vec::new();
        for key in self.backend.keys()? {
            let Some(id) = key.strip_prefix(LENS_PREFIX) else {
                continue;
            };
            match self.read::<Lens>(&key) {
                Ok(Some(lens)) if lens.id == id => lenses.push(lens),
                Ok(Some(lens)) => {
                    let raw = self.backend.get(&key).ok().flatten().unwrap_or_default();
                    let detail = format!("the lens inside has id {:?}", lens.id);
                    unreadable.push(self.set_aside(&key, &raw, detail));
                }
                Ok(None) => {}
                Err(u) => unreadable.push(u),
            }
        }
        lenses.sort_by_key(|l| l.name.to_lowercase());
        Ok((lenses, unreadable))
    }

    pub fn save_lens(&self, lens: &Lens) -> Result<(), StorageError> {
        self.backend.set(&lens_key(&lens.id), &to_json(lens)?)
    }

    pub fn delete_lens(&self, id: &str) -> Result<(), StorageError> {
        self.backend.remove(&lens_key(id))
    }

    /// Competencies imported from a library file, if any.
    pub fn load_imported_library(&self) -> Result<Option<Library>, Unreadable> {
        self.read(LIBRARY_KEY)
    }

    pub fn save_imported_library(&self, library: &Library) -> Result<(), StorageError> {
        self.backend.set(LIBRARY_KEY, &to_json(library)?)
    }

    pub fn delete_imported_library(&self) -> Result<(), StorageError> {
        self.backend.remove(LIBRARY_KEY)
    }

    /// Writes one session, then — only if its summary changed — the index. If the session write
    /// fails nothing has changed; if only the index write fails, the next listing repairs it.
    pub fn save_session(&self, session: &Session) -> Result<(), StorageError> {
        let indexed = self.indexed()?;
        let json = to_json(session)?;
        self.backend.set(&session_key(&session.id), &json)?;
        let mut sessions = match indexed {
            Some(sessions) => sessions,
            None => self.list_sessions()?.sessions,
        };
        let summary = session.summary();
        match sessions.iter_mut().find(|s| s.id == session.id) {
            Some(existing) if *existing == summary => return Ok(()),
            Some(existing) => *existing = summary,
            None => sessions.push(summary),
        }
        self.write_index(sessions)
    }

    pub fn delete_session(&self, id: &str) -> Result<(), StorageError> {
        let indexed = self.indexed()?;
        self.backend.remove(&session_key(id))?;
        let mut sessions = match indexed {
            Some(sessions) => sessions,
            None => self.list_sessions()?.sessions,
        };
        sessions.retain(|s| s.id != id);
        self.write_index(sessions)
    }

    fn write_index(&self, sessions: Vec<SessionSummary>) -> Result<(), StorageError> {
        let index = Index {
            schema: SCHEMA,
            sessions,
        };
        self.backend.set(INDEX_KEY, &to_json(&index)?)
    }

    /// Copies an unreadable value to a fresh `aside` key (never one that exists), and only once
    /// that copy is stored removes the original, so the raw text is never lost.
    fn set_aside(&self, key: &str, raw: &str, detail: String) -> Unreadable {
        let existing = self.backend.keys().unwrap_or_default();
        let aside_key = (1..)
            .map(|n| format!("{ASIDE_PREFIX}{n}.{key}"))
            .find(|candidate| !existing.contains(candidate))
            .unwrap_or_default();
        let moved = self.backend.set(&aside_key, raw).is_ok() && self.backend.remove(key).is_ok();
        Unreadable {
            key: key.to_owned(),
            aside_key: moved.then_some(aside_key),
            detail,
        }
    }

    /// The keys of values kept aside, oldest first, with their raw text.
    pub fn kept_aside(&self) -> Result<Vec<(String, String)>, StorageError> {
        let mut keys: Vec<String> = self
            .backend
            .keys()?
            .into_iter()
            .filter(|k| k.starts_with(ASIDE_PREFIX))
            .collect();
        keys.sort();
        let mut out = Vec::with_capacity(keys.len());
        for key in keys {
            if let Some(raw) = self.backend.get(&key)? {
                out.push((key, raw));
            }
        }
        Ok(out)
    }

    /// The preferences. Unreadable preferences count as none: they hold nothing the user would
    /// miss, and are rewritten on the next change.
    pub fn prefs(&self) -> Prefs {
        self.backend
            .get(PREFS_KEY)
            .ok()
            .flatten()
            .and_then(|raw| json::read::<Prefs>(&raw).ok())
            .unwrap_or_default()
    }

    /// Changes the preferences and stores them.
    pub fn update_prefs(&self, change: impl FnOnce(&mut Prefs)) -> Result<(), StorageError> {
        let mut prefs = self.prefs();
        change(&mut prefs);
        self.backend.set(PREFS_KEY, &to_json(&prefs)?)
    }

    /// The remembered interface language, if one was chosen.
    pub fn load_lang(&self) -> Option<Lang> {
        self.prefs().lang
    }

    pub fn save_lang(&self, lang: Lang) -> Result<(), StorageError> {
        self.update_prefs(|p| p.lang = Some(lang))
    }

    /// Bytes this app holds in storage (UTF-16, as browsers count them).
    pub fn bytes_used(&self) -> Result<usize, StorageError> {
        let mut total = 0;
        for key in self.backend.keys()? {
            if key.starts_with(PREFIX) {
                let len = self
                    .backend
                    .get(&key)?
                    .map_or(0, |v| v.encode_utf16().count());
                total += 2 * (key.encode_utf16().count() + len);
            }
        }
        Ok(total)
    }
}
