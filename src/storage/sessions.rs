//! Sessions in storage: the index, one key per session, and the lens snapshots they share.

use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet, HashSet};

use serde::{Deserialize, Serialize};

use super::{
    codec, session_key, snapshot_key, to_json, write_failed, Backend, StorageError, Store,
    Unreadable, Upgrade, ASIDE_PREFIX, INDEX_KEY, SCHEMA, SESSION_PREFIX, SNAPSHOT_PREFIX,
};
use crate::domain::session::MODEL;
use crate::domain::{json, order, snapshot, Session, SessionSummary};

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub(super) struct Index {
    pub schema: u32,
    pub sessions: Vec<SessionSummary>,
    /// Set while a schema upgrade is under way, so an interrupted one resumes.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub upgrading: bool,
}

/// The result of reading the session list: the sessions, and anything that could not be read.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Listing {
    pub sessions: Vec<SessionSummary>,
    pub unreadable: Vec<Unreadable>,
}

/// A session that could not be read and was kept aside: what the interviews list shows of it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Damaged {
    pub aside_key: String,
    pub id: String,
    /// The candidate's name, when it can still be made out of the damaged text.
    pub candidate: Option<String>,
}

thread_local! {
    /// The sealed session value this page wrote last, with its revision.
    static LAST_SEALED: std::cell::RefCell<Option<(String, String, u64)>> =
        const { std::cell::RefCell::new(None) };
    /// The sealed index as last read or written here, and what it holds: a save reads the
    /// index, and a year of interviews makes it the largest value to open.
    static LAST_INDEX: std::cell::RefCell<Option<(String, Index)>> =
        const { std::cell::RefCell::new(None) };
}

/// Lens snapshots already read, for reading many sessions in a row (the check of every stored
/// session after start): most share a lens, and a snapshot is several times their size.
/// Snapshots are named by content and never change, so a name read once stays right.
#[derive(Default)]
pub struct Snapshots(BTreeMap<String, Option<String>>);

impl<B: Backend> Store<B> {
    /// The index as stored, or `None` when there is no readable index.
    pub(super) fn index(&self) -> Result<Option<Index>, StorageError> {
        let Some(raw) = self.backend.get(INDEX_KEY)? else {
            return Ok(None);
        };
        if let Some(index) = LAST_INDEX.with(|last| {
            let last = last.borrow();
            last.as_ref()
                .filter(|(value, _)| *value == raw && self.cipher.is_some())
                .map(|(_, index)| index.clone())
        }) {
            return Ok(Some(index));
        }
        let text = match self.unseal(&raw) {
            Ok(text) => text,
            Err(codec::DecodeError::Sealed) => return Err(StorageError::Locked),
            Err(_) => return Ok(None),
        };
        match json::read::<Index>(&text) {
            Ok(index) if index.schema > SCHEMA => Err(StorageError::NewerSchema {
                found: index.schema,
            }),
            Ok(index) => {
                if codec::is_sealed(&raw) {
                    LAST_INDEX.with(|last| *last.borrow_mut() = Some((raw, index.clone())));
                }
                Ok(Some(index))
            }
            Err(_) => Ok(None),
        }
    }

    fn indexed(&self) -> Result<Option<Vec<SessionSummary>>, StorageError> {
        Ok(self.index()?.map(|i| i.sessions))
    }

    /// The ids of every stored session key.
    pub(super) fn stored_ids(&self) -> Result<Vec<String>, StorageError> {
        Ok(self
            .backend
            .keys()?
            .into_iter()
            .filter_map(|k| k.strip_prefix(SESSION_PREFIX).map(str::to_owned))
            .collect())
    }

    /// Lists the stored sessions from the index. A missing or unreadable index is rebuilt from
    /// the session keys (an unreadable one is first kept aside), and sessions the index does not
    /// know — a write interrupted between session and index — are added, so the list always
    /// matches what is stored.
    pub fn list_sessions(&self) -> Result<Listing, StorageError> {
        self.list_from(self.index()?)
    }

    /// What the app needs at start: the upgrade's outcome and the session list, as
    /// [`Store::upgrade`] then [`Store::list_sessions`] give them, with the index read once
    /// when it is current (the usual start; the index is the largest value read then).
    pub fn open(&self) -> (Result<Upgrade, StorageError>, Result<Listing, StorageError>) {
        match self.index() {
            Ok(Some(index)) if index.schema == SCHEMA && !index.upgrading => {
                (Ok(Upgrade::Current), self.list_from(Some(index)))
            }
            _ => (self.upgrade(), self.list_sessions()),
        }
    }

    fn list_from(&self, index: Option<Index>) -> Result<Listing, StorageError> {
        let mut listing = Listing::default();
        let mut sessions = match index.map(|i| i.sessions) {
            Some(sessions) => sessions,
            None => {
                if let Some(raw) = self.backend.get(INDEX_KEY)? {
                    let detail = self
                        .unseal(&raw)
                        .map_err(|e| e.to_string())
                        .and_then(|t| {
                            json::read::<Index>(&t)
                                .map(|_| ())
                                .map_err(|e| e.to_string())
                        })
                        .err()
                        .unwrap_or_default();
                    listing
                        .unreadable
                        .push(self.set_aside(INDEX_KEY, &raw, detail));
                }
                Vec::new()
            }
        };
        // Sets of borrowed ids: with a year of interviews, copying and ordering every id was a
        // measurable part of the start.
        let stored_ids = self.stored_ids()?;
        let stored: HashSet<&str> = stored_ids.iter().map(String::as_str).collect();
        let listed = sessions.len();
        sessions.retain(|s| stored.contains(s.id.as_str()));
        let mut changed = sessions.len() != listed;
        let mut missing: Vec<&str> = {
            let known: HashSet<&str> = sessions.iter().map(|s| s.id.as_str()).collect();
            stored_ids
                .iter()
                .map(String::as_str)
                .filter(|id| !known.contains(id))
                .collect()
        };
        order::sort(&mut missing);
        for id in missing {
            match self.load_session(id) {
                Ok(Some(session)) => {
                    sessions.push(session.summary());
                    changed = true;
                }
                Ok(None) => {}
                Err(unreadable) => listing.unreadable.push(unreadable),
            }
        }
        // An index written before it kept the lens id gets it from the session, once.
        let mut damaged = BTreeSet::new();
        for summary in sessions.iter_mut().filter(|s| s.lens.is_empty()) {
            match self.load_session(&summary.id) {
                Ok(Some(session)) => {
                    let fresh = session.summary();
                    if *summary != fresh {
                        *summary = fresh;
                        changed = true;
                    }
                }
                Ok(None) => {}
                Err(unreadable) => {
                    damaged.insert(summary.id.clone());
                    listing.unreadable.push(unreadable);
                }
            }
        }
        if !damaged.is_empty() {
            sessions.retain(|s| !damaged.contains(&s.id));
            changed = true;
        }
        if changed {
            // Best effort: the listing is right either way, the repaired index only saves work.
            let _ = self.write_index(sessions.clone());
        }
        listing.sessions = sessions;
        Ok(listing)
    }

    /// Reads one session, its lens joined in from its snapshot. A value that cannot be read, or
    /// that holds another session than its key says, is moved aside and reported.
    pub fn load_session(&self, id: &str) -> Result<Option<Session>, Unreadable> {
        self.load_session_with(id, &mut Snapshots::default())
    }

    /// [`Store::load_session`], reading each lens snapshot once across calls that share `snapshots`.
    pub fn load_session_with(
        &self,
        id: &str,
        snapshots: &mut Snapshots,
    ) -> Result<Option<Session>, Unreadable> {
        let key = session_key(id);
        let Some(text) = self.text(&key)? else {
            return Ok(None);
        };
        let aside = |detail: String| {
            let raw = self.backend.get(&key).ok().flatten().unwrap_or_default();
            self.set_aside(&key, &raw, detail)
        };
        let joined = match snapshot::reference(&text) {
            Err(finding) => return Err(aside(finding.to_string())),
            Ok(None) => text,
            Ok(Some(name)) => match snapshots
                .0
                .entry(name.clone())
                .or_insert_with(|| self.snapshot_text(&name))
            {
                Some(lens) => snapshot::join(&text, lens).map_err(|f| aside(f.to_string()))?,
                None => return Err(aside(format!("its lens snapshot \"{name}\" is missing"))),
            },
        };
        match json::read::<Session>(&joined) {
            Ok(session) if session.id == id => Ok(Some(session)),
            Ok(session) => Err(aside(format!(
                "the session inside has id \"{}\"",
                session.id
            ))),
            Err(finding) => Err(aside(finding.to_string())),
        }
    }

    /// The revision of a stored session, read without reading the rest of it; `None` when
    /// the session is not stored or cannot be read.
    pub fn stored_revision(&self, id: &str) -> Option<u64> {
        #[derive(Deserialize)]
        struct Revision {
            #[serde(default)]
            revision: u64,
        }
        let key = session_key(id);
        let raw = self.backend.get(&key).ok()??;
        // A sealed value this page wrote itself is not opened again just for its revision:
        // every save asks, and opening a session is most of what the lock adds to a keystroke.
        if let Some(revision) = LAST_SEALED.with(|last| {
            let last = last.borrow();
            last.as_ref()
                .filter(|(k, value, _)| *k == key && *value == raw)
                .map(|(_, _, revision)| *revision)
        }) {
            return Some(revision);
        }
        let text = self.unseal(&raw).ok()?;
        json::read::<Revision>(&text).ok().map(|r| r.revision)
    }

    fn snapshot_text(&self, name: &str) -> Option<String> {
        let raw = self.backend.get(&snapshot_key(name)).ok()??;
        self.unseal(&raw).ok().map(|t| t.into_owned())
    }

    /// The name under which this lens is stored: its fingerprint, or — should another lens
    /// already hold that name — the fingerprint with a counter. `true` when it is not yet
    /// stored. `pending` holds names a batch has chosen but not yet written.
    pub(super) fn snapshot_name(
        &self,
        fingerprint: &str,
        lens_json: &str,
        pending: &BTreeMap<String, String>,
    ) -> (String, bool) {
        let mut n = 1;
        loop {
            let name = if n == 1 {
                fingerprint.to_owned()
            } else {
                format!("{fingerprint}-{n}")
            };
            n += 1;
            if let Some(lens) = pending.get(&name) {
                if lens == lens_json {
                    return (name, false);
                }
                continue;
            }
            match self.snapshot_text(&name) {
                Some(stored) if stored == lens_json => return (name, false),
                Some(_) => continue,
                // A value that is there but unreadable is not ours to overwrite.
                None if matches!(self.backend.get(&snapshot_key(&name)), Ok(Some(_))) => continue,
                None => return (name, true),
            }
        }
    }

    /// Writes one session's key, its lens into a shared snapshot (written first when new, and
    /// removed again should the session write fail). The index is the caller's.
    pub(super) fn write_shared(&self, session: &Session) -> Result<(), StorageError> {
        let session = as_written(session)?;
        let split = snapshot::split(&session).map_err(write_failed)?;
        let (name, new) = self.snapshot_name(&split.fingerprint, &split.lens, &BTreeMap::new());
        let json = split.session_json(&name).map_err(write_failed)?;
        if new {
            self.write(&snapshot_key(&name), &split.lens)?;
        }
        let key = session_key(&session.id);
        let value = self.seal_text(&json)?;
        if let Err(e) = self.put(&key, &value) {
            if new {
                let _ = self.take_out(&snapshot_key(&name));
            }
            return Err(e);
        }
        if codec::is_sealed(&value) {
            LAST_SEALED.with(|last| *last.borrow_mut() = Some((key, value, session.revision)));
        }
        Ok(())
    }

    /// Writes one session (its lens as a shared snapshot), then — only if its summary changed —
    /// the index. If the session write fails nothing has changed; if only the index write fails,
    /// the next listing repairs it.
    pub fn save_session(&self, session: &Session) -> Result<(), StorageError> {
        let indexed = self.indexed()?;
        self.write_shared(session)?;
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
        self.delete_sessions(&[id.to_owned()])
    }

    /// Deletes sessions for good: their keys, their index entries (one index write), and any
    /// snapshot no session uses any more.
    pub fn delete_sessions(&self, ids: &[String]) -> Result<(), StorageError> {
        let indexed = self.indexed()?;
        for id in ids {
            self.take_out(&session_key(id))?;
        }
        let mut sessions = match indexed {
            Some(sessions) => sessions,
            None => self.list_sessions()?.sessions,
        };
        sessions.retain(|s| !ids.contains(&s.id));
        self.write_index(sessions)?;
        self.collect_snapshots()
    }

    pub(super) fn write_index(&self, sessions: Vec<SessionSummary>) -> Result<(), StorageError> {
        let index = Index {
            schema: SCHEMA,
            sessions,
            upgrading: false,
        };
        let value = self.seal_text(&to_json(&index)?)?;
        self.put(INDEX_KEY, &value)?;
        if codec::is_sealed(&value) {
            LAST_INDEX.with(|last| *last.borrow_mut() = Some((value, index)));
        }
        Ok(())
    }

    /// Removes snapshots that no session refers to. When the reference of any stored session
    /// cannot be made out, nothing is removed: a spare snapshot only costs room.
    pub fn collect_snapshots(&self) -> Result<(), StorageError> {
        let keys = self.backend.keys()?;
        let mut used = BTreeSet::new();
        for key in &keys {
            let live = key.starts_with(SESSION_PREFIX);
            let aside = key.starts_with(ASIDE_PREFIX) && key.contains(SESSION_PREFIX);
            if !live && !aside {
                continue;
            }
            let Some(raw) = self.backend.get(key)? else {
                continue;
            };
            let text = self.unseal(&raw).ok();
            match text.as_deref().map(snapshot::reference) {
                Some(Ok(Some(name))) => {
                    used.insert(name);
                }
                Some(Ok(None)) => {}
                // Damaged text kept aside: any name it still mentions stays.
                _ if aside => used.extend(mentioned_snapshot(&self.lossy(&raw))),
                _ => return Ok(()),
            }
        }
        for key in keys {
            if let Some(name) = key.strip_prefix(SNAPSHOT_PREFIX) {
                if !used.contains(name) {
                    self.take_out(&key)?;
                }
            }
        }
        Ok(())
    }

    /// Sessions kept aside because they could not be read, for the interviews list.
    pub fn damaged_sessions(&self) -> Result<Vec<Damaged>, StorageError> {
        let mut out = Vec::new();
        for (aside_key, text) in self.kept_aside()? {
            let Some((_, id)) = aside_key.split_once(SESSION_PREFIX) else {
                continue;
            };
            out.push(Damaged {
                id: id.to_owned(),
                candidate: string_field(&text, "candidate"),
                aside_key,
            });
        }
        Ok(out)
    }
}

/// A session as this build writes it: marked with its data model. A newer build's session may
/// hold fields this one would drop: it is never written.
pub(super) fn as_written(session: &Session) -> Result<Cow<'_, Session>, StorageError> {
    if session.from_newer_app() {
        return Err(StorageError::OlderApp);
    }
    Ok(if session.written_by == MODEL {
        Cow::Borrowed(session)
    } else {
        Cow::Owned(Session {
            written_by: MODEL,
            ..session.clone()
        })
    })
}

/// The snapshot name a damaged session's text still mentions, if any.
fn mentioned_snapshot(text: &str) -> Option<String> {
    string_field(text, "snapshot")
}

/// The value of `"field":"…"` in text that may not parse as a whole (no escapes decoded
/// beyond `\"`), at most 200 characters.
fn string_field(text: &str, field: &str) -> Option<String> {
    let start = text.find(&format!("\"{field}\":\""))? + field.len() + 4;
    let mut out = String::new();
    let mut escaped = false;
    for c in text.get(start..)?.chars().take(200) {
        match c {
            _ if escaped => {
                out.push(c);
                escaped = false;
            }
            '\\' => escaped = true,
            '"' => return Some(out),
            _ => out.push(c),
        }
    }
    None
}
