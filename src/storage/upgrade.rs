//! Bringing a store written by an older release up to the current schema, on first start.
//!
//! Schema 1 kept every session as plain JSON with its whole lens inside. Schema 2 packs values
//! and keeps each lens once. The upgrade goes session by session, and every step leaves every
//! session readable: a session is first packed as it is (never larger), then — with the room
//! that freed — rewritten to refer to its shared snapshot. An upgrade that stops (a full store,
//! a closed tab) resumes at the next start.

use super::{
    codec, session_key, to_json, Backend, StorageError, Store, INDEX_KEY, LENS_PREFIX, LIBRARY_KEY,
    SCHEMA, SESSION_PREFIX,
};
use crate::domain::{json, snapshot, Session};

/// What an upgrade did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Upgrade {
    /// The store was current already.
    Current,
    /// Every session is in the current layout.
    Done { sessions: usize },
    /// It stopped early; every session is readable, and the rest follows at the next start.
    Stopped {
        done: usize,
        left: usize,
        error: StorageError,
    },
}

impl<B: Backend> Store<B> {
    /// Upgrades the store if it was written by an older release (or an upgrade was interrupted).
    pub fn upgrade(&self) -> Result<Upgrade, StorageError> {
        let index = self.index()?;
        if index.is_none() {
            // An index that is there but cannot be read is kept aside, never overwritten.
            if let Some(raw) = self.backend.get(INDEX_KEY)? {
                let unreadable = self.set_aside(INDEX_KEY, &raw, "unreadable index".to_owned());
                if unreadable.aside_key.is_none() {
                    return Err(StorageError::WriteFailed(unreadable.detail));
                }
            }
        }
        let ids = self.stored_ids()?;
        let needed = match &index {
            Some(index) => index.schema < SCHEMA || index.upgrading,
            None => !ids.is_empty(),
        };
        if !needed {
            return Ok(Upgrade::Current);
        }
        // Claim the store first: an older release seeing schema 2 leaves it alone.
        let sessions = index.map(|i| i.sessions).unwrap_or_default();
        let marker = super::sessions::Index {
            schema: SCHEMA,
            sessions: sessions.clone(),
            upgrading: true,
        };
        self.write(INDEX_KEY, &to_json(&marker)?)?;

        // Pass 1: pack every value as it is. A packed value is never longer than the plain one,
        // so these writes only free room.
        for key in self.backend.keys()? {
            let packable = key.starts_with(SESSION_PREFIX)
                || key.starts_with(LENS_PREFIX)
                || key == LIBRARY_KEY;
            if !packable {
                continue;
            }
            if let Some(raw) = self.backend.get(&key)? {
                // Only sound JSON: anything else is kept aside, exactly as it is, when read.
                let sound = serde_json::from_str::<serde::de::IgnoredAny>(&raw).is_ok();
                let packed = codec::encode(&raw);
                if sound && !codec::is_packed(&raw) && codec::units(&packed) < codec::units(&raw) {
                    if let Err(error) = self.put(&key, &packed) {
                        return Ok(Upgrade::Stopped {
                            done: 0,
                            left: ids.len(),
                            error,
                        });
                    }
                }
            }
        }

        // Pass 2: each session's lens into a shared snapshot.
        let mut done = 0;
        for (n, id) in ids.iter().enumerate() {
            if let Err(error) = self.share_lens(id) {
                return Ok(Upgrade::Stopped {
                    done,
                    left: ids.len() - n,
                    error,
                });
            }
            done += 1;
        }
        self.write_index(sessions)?;
        self.collect_snapshots()?;
        Ok(Upgrade::Done { sessions: done })
    }

    /// Rewrites one session to refer to a shared snapshot of its lens. A session that already
    /// does, or that cannot be read (it is found and kept aside when it is opened), is left.
    fn share_lens(&self, id: &str) -> Result<(), StorageError> {
        let key = session_key(id);
        let Some(raw) = self.backend.get(&key)? else {
            return Ok(());
        };
        let Ok(text) = self.unseal(&raw) else {
            return Ok(());
        };
        if !matches!(snapshot::reference(&text), Ok(None)) {
            return Ok(());
        }
        let Ok(session) = json::read::<Session>(&text) else {
            return Ok(());
        };
        self.write_shared(&session)
    }
}
