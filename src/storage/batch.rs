//! Many writes as one: an import is stored whole or not at all. The values are prepared first
//! (sessions split from their lenses, everything packed), the room they need is checked against
//! what is free, and only then written — the index once. Should the browser still refuse a
//! write, everything written so far is undone.

use std::collections::BTreeMap;

use super::{
    codec, lens_key, session_key, snapshot_key, to_json, write_failed, Backend, StorageError,
    Store, INDEX_KEY,
};
use crate::domain::capacity::QUOTA_UNITS;
use crate::domain::{snapshot, Lens, Session, SessionSummary};

/// Prepared writes, in the order they are made: snapshots before the sessions that use them.
#[derive(Default)]
pub struct Batch {
    /// Snapshot name → lens JSON, for every snapshot the batch's sessions use.
    snapshots: BTreeMap<String, String>,
    values: Vec<(String, String)>,
    summaries: Vec<SessionSummary>,
}

impl Batch {
    pub fn is_empty(&self) -> bool {
        self.values.is_empty()
    }
}

impl<B: Backend> Store<B> {
    /// Adds a session to the batch (replacing any stored one with its id on commit).
    pub fn prepare_session(
        &self,
        batch: &mut Batch,
        session: &Session,
    ) -> Result<(), StorageError> {
        let session = super::sessions::as_written(session)?;
        let split = snapshot::split(&session).map_err(write_failed)?;
        let (name, _) = self.snapshot_name(&split.fingerprint, &split.lens, &batch.snapshots);
        let json = split.session_json(&name).map_err(write_failed)?;
        batch
            .values
            .push((session_key(&session.id), self.seal_text(&json)?));
        batch.summaries.push(session.summary());
        batch.snapshots.entry(name).or_insert(split.lens);
        Ok(())
    }

    /// Adds one of the user's own lenses to the batch.
    pub fn prepare_lens(&self, batch: &mut Batch, lens: &Lens) -> Result<(), StorageError> {
        batch
            .values
            .push((lens_key(&lens.id), self.seal_text(&to_json(lens)?)?));
        Ok(())
    }

    /// Stores the batch whole, or returns an error with nothing changed.
    pub fn commit(&self, batch: Batch) -> Result<(), StorageError> {
        let mut sessions = match self.index()? {
            Some(index) => index.sessions,
            None => self.list_sessions()?.sessions,
        };
        for summary in batch.summaries {
            match sessions.iter_mut().find(|s| s.id == summary.id) {
                Some(existing) => *existing = summary,
                None => sessions.push(summary),
            }
        }
        let index = super::sessions::Index {
            schema: super::SCHEMA,
            sessions,
            upgrading: false,
        };
        let mut writes: Vec<(String, String)> = Vec::new();
        for (name, lens) in batch.snapshots {
            let key = snapshot_key(&name);
            // Stored already (same content, checked when the name was chosen): keep it.
            if self.backend.get(&key)?.is_none() {
                writes.push((key, self.seal_text(&lens)?));
            }
        }
        writes.extend(batch.values);
        writes.push((INDEX_KEY.to_owned(), self.seal_text(&to_json(&index)?)?));

        // The room it needs: new values in full, replaced ones by how much they grow. What
        // each write replaces is kept, to undo the batch should the browser refuse a write.
        let usage = self.usage()?;
        let mut needed: isize = 0;
        let mut olds = Vec::with_capacity(writes.len());
        for (key, value) in &writes {
            let old = self.backend.get(key)?;
            let old_units = old
                .as_ref()
                .map_or(0, |v| codec::units(key) + codec::units(v));
            needed += (codec::units(key) + codec::units(value)) as isize - old_units as isize;
            olds.push(old);
        }
        let free = QUOTA_UNITS.saturating_sub(usage.all_units);
        if needed > free as isize {
            return Err(StorageError::NoRoom {
                needed: needed as usize,
                free,
            });
        }

        let mut undo: Vec<(String, Option<String>)> = Vec::with_capacity(writes.len());
        for ((key, value), old) in writes.into_iter().zip(olds) {
            if let Err(e) = self.put(&key, &value) {
                for (key, old) in undo.into_iter().rev() {
                    let _ = match old {
                        Some(old) => self.put(&key, &old),
                        None => self.take_out(&key),
                    };
                }
                return Err(e);
            }
            undo.push((key, old));
        }
        // A replaced session may have left its old snapshot unused.
        self.collect_snapshots()
    }
}
