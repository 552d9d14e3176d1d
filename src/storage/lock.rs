//! The device lock in storage: its record, and the switch that seals every value holding
//! candidate data (or opens them all again) in one all-or-nothing step. The record is written
//! first and removed last, so a switch cut short by a closed tab leaves a locked store whose
//! remaining plain values are sealed after the next unlock ([`Store::finish_sealing`]).

use std::rc::Rc;

use super::{
    codec, to_json, write_failed, Backend, Cipher, StorageError, Store, ASIDE_PREFIX, LOCK_KEY,
    PREFIX, PREFS_KEY, WRITER_KEY,
};
use crate::domain::capacity::QUOTA_UNITS;
use crate::domain::device_lock::{BadRecord, LockRecord};
use crate::domain::json;

/// What storage says of the device lock.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LockState {
    Off,
    On(LockRecord),
    /// A record is there but cannot be used (damaged, or from a newer version): the values stay
    /// sealed and untouched.
    Unusable(BadRecord),
}

/// Whether a key holds a value the lock seals: everything of the app's but the preferences,
/// the lock's own record and the writer's (none holds anything about a candidate).
fn sealable(key: &str) -> bool {
    key.starts_with(PREFIX) && key != PREFS_KEY && key != LOCK_KEY && key != WRITER_KEY
}

impl<B: Backend> Store<B> {
    /// Whether the lock is on (its record is there), without reading the record: what the
    /// start asks, before anything else is read.
    pub fn lock_present(&self) -> bool {
        matches!(self.backend.get(LOCK_KEY), Ok(Some(_)))
    }

    pub fn lock_state(&self) -> Result<LockState, StorageError> {
        let Some(raw) = self.backend.get(LOCK_KEY)? else {
            return Ok(LockState::Off);
        };
        let Ok(record) = json::read::<LockRecord>(&raw) else {
            return Ok(LockState::Unusable(BadRecord::Parameters));
        };
        Ok(match record.check() {
            Ok(()) => LockState::On(record),
            Err(bad) => LockState::Unusable(bad),
        })
    }

    /// Whether this store's key opens what is stored, read without any side effect: the first
    /// sealed value found opens (or there is none). A key handed over by another tab is
    /// checked so before it is used, as a wrong one would see every value as damaged.
    pub fn key_opens(&self) -> Result<bool, StorageError> {
        for key in self.backend.keys()? {
            if !sealable(&key) || key.starts_with(ASIDE_PREFIX) {
                continue;
            }
            if let Some(raw) = self.backend.get(&key)? {
                if codec::is_sealed(&raw) {
                    return Ok(self.open_sealed(&raw).is_ok());
                }
            }
        }
        Ok(true)
    }

    /// Stores a changed record (a new passphrase: the values stay as they are).
    pub fn save_lock_record(&self, record: &LockRecord) -> Result<(), StorageError> {
        self.put(LOCK_KEY, &to_json(record)?)
    }

    /// Turns the lock on: every value that can hold candidate data sealed with `cipher`, the
    /// record beside them. All or nothing: when the room is short or a write is refused,
    /// everything is as it was.
    pub fn seal_all(
        &self,
        record: &LockRecord,
        cipher: Rc<dyn Cipher>,
    ) -> Result<(), StorageError> {
        let mut writes = Vec::new();
        for key in self.backend.keys()? {
            if !sealable(&key) {
                continue;
            }
            let Some(raw) = self.backend.get(&key)? else {
                continue;
            };
            if codec::is_sealed(&raw) {
                continue;
            }
            // A value's text; what was kept aside (or cannot be read) exactly as it is.
            let payload = match codec::decode(&raw) {
                Ok(text) if !key.starts_with(ASIDE_PREFIX) => text.into_owned(),
                _ => raw.clone(),
            };
            let sealed = codec::encode_sealed(
                &cipher
                    .seal(payload.as_bytes())
                    .map_err(StorageError::WriteFailed)?,
            );
            writes.push((key, sealed, raw));
        }
        let record = to_json(record)?;
        self.switch(writes, Some(record))
    }

    /// Turns the lock off (this store must hold the data key): every sealed value opened and
    /// packed as without the lock, then the record removed. All or nothing.
    pub fn open_all(&self) -> Result<(), StorageError> {
        let mut writes = Vec::new();
        for key in self.backend.keys()? {
            if !sealable(&key) {
                continue;
            }
            let Some(raw) = self.backend.get(&key)? else {
                continue;
            };
            if !codec::is_sealed(&raw) {
                continue;
            }
            let inner = self.open_sealed(&raw).map_err(write_failed)?;
            let plain = if key.starts_with(ASIDE_PREFIX) || codec::is_packed(&inner) {
                inner
            } else {
                codec::encode(&inner)
            };
            writes.push((key, plain, raw));
        }
        self.switch(writes, None)
    }

    /// After an unlock: values still plain (a switch cut short, a tab of an older release) are
    /// sealed now. How many.
    pub fn finish_sealing(&self) -> Result<usize, StorageError> {
        let Some(cipher) = self.cipher.clone() else {
            return Ok(0);
        };
        let LockState::On(record) = self.lock_state()? else {
            return Ok(0);
        };
        let before = self
            .backend
            .keys()?
            .into_iter()
            .filter(|k| sealable(k))
            .filter(|k| {
                self.backend
                    .get(k)
                    .ok()
                    .flatten()
                    .is_some_and(|v| !codec::is_sealed(&v))
            })
            .count();
        if before > 0 {
            self.seal_all(&record, cipher)?;
        }
        Ok(before)
    }

    /// Writes `writes` (key, new value, old value) and sets or removes the record: the record
    /// first when it is set, last when it is removed; on any refusal everything written is
    /// put back.
    fn switch(
        &self,
        writes: Vec<(String, String, String)>,
        record: Option<String>,
    ) -> Result<(), StorageError> {
        let usage = self.usage()?;
        let mut needed: isize = writes
            .iter()
            .map(|(_, new, old)| codec::units(new) as isize - codec::units(old) as isize)
            .sum();
        let old_record = self.backend.get(LOCK_KEY)?;
        let old_record_units = old_record
            .as_ref()
            .map_or(0, |r| codec::units(LOCK_KEY) + codec::units(r))
            as isize;
        needed += match &record {
            Some(r) => (codec::units(LOCK_KEY) + codec::units(r)) as isize - old_record_units,
            None => -old_record_units,
        };
        let free = QUOTA_UNITS.saturating_sub(usage.all_units);
        if needed > free as isize {
            return Err(StorageError::NoRoom {
                needed: needed as usize,
                free,
            });
        }
        if let Some(record) = &record {
            self.put(LOCK_KEY, record)?;
        }
        let mut done: Vec<(&str, &str)> = Vec::with_capacity(writes.len());
        for (key, new, old) in &writes {
            if let Err(e) = self.put(key, new) {
                let mut restored = true;
                for (key, old) in done.into_iter().rev() {
                    restored &= self.put(key, old).is_ok();
                }
                // The record goes only when every value is back as it was: while any value
                // stays sealed, the record (and so the key) must stay to open it.
                if restored {
                    let _ = match &old_record {
                        Some(old) => self.put(LOCK_KEY, old),
                        None => self.take_out(LOCK_KEY),
                    };
                }
                return Err(e);
            }
            done.push((key, old));
        }
        if record.is_none() {
            if let Err(e) = self.take_out(LOCK_KEY) {
                for (key, old) in done.into_iter().rev() {
                    let _ = self.put(key, old);
                }
                return Err(e);
            }
        }
        Ok(())
    }
}
