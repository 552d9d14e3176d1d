//! An in-memory backend that counts like a browser (UTF-16 code units of keys and values
//! against a quota), for native tests of the storage rules.

use std::cell::{Cell, RefCell};
use std::collections::BTreeMap;

use super::{codec, Backend, StorageError};

#[derive(Default)]
pub struct MemoryBackend {
    /// Key → (value, its units including the key's).
    values: RefCell<BTreeMap<String, (String, usize)>>,
    used: Cell<usize>,
    /// Maximum total UTF-16 units (keys + values); writes beyond it fail like a full browser.
    pub quota: Option<usize>,
    /// Writes still allowed before every further write fails (a tab closed mid-way, a crash).
    pub writes_left: Cell<Option<usize>>,
    /// Writes still allowed before one write is refused (once: the browser refusing one write,
    /// a quota reached in passing); the writes after it succeed again.
    pub refuse_one_after: Cell<Option<usize>>,
    /// Values read so far, to check how often a rule reads the store.
    pub reads: Cell<usize>,
}

impl MemoryBackend {
    pub fn with_quota(quota: usize) -> MemoryBackend {
        MemoryBackend {
            quota: Some(quota),
            ..MemoryBackend::default()
        }
    }

    /// A copy of everything stored, to compare before and after an operation.
    pub fn snapshot(&self) -> BTreeMap<String, String> {
        self.values
            .borrow()
            .iter()
            .map(|(k, (v, _))| (k.clone(), v.clone()))
            .collect()
    }

    /// UTF-16 units in use, keys included.
    pub fn used(&self) -> usize {
        self.used.get()
    }
}

impl Backend for MemoryBackend {
    fn get(&self, key: &str) -> Result<Option<String>, StorageError> {
        self.reads.set(self.reads.get() + 1);
        Ok(self.values.borrow().get(key).map(|(v, _)| v.clone()))
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StorageError> {
        if let Some(left) = self.refuse_one_after.get() {
            if left == 0 {
                self.refuse_one_after.set(None);
                return Err(StorageError::QuotaExceeded);
            }
            self.refuse_one_after.set(Some(left - 1));
        }
        if let Some(left) = self.writes_left.get() {
            if left == 0 {
                return Err(StorageError::WriteFailed("stopped".to_owned()));
            }
            self.writes_left.set(Some(left - 1));
        }
        let units = codec::units(key) + codec::units(value);
        let old = self.values.borrow().get(key).map_or(0, |(_, u)| *u);
        let after = self.used.get() - old + units;
        if self.quota.is_some_and(|quota| after > quota) {
            return Err(StorageError::QuotaExceeded);
        }
        self.values
            .borrow_mut()
            .insert(key.to_owned(), (value.to_owned(), units));
        self.used.set(after);
        Ok(())
    }

    fn remove(&self, key: &str) -> Result<(), StorageError> {
        if let Some((_, units)) = self.values.borrow_mut().remove(key) {
            self.used.set(self.used.get() - units);
        }
        Ok(())
    }

    fn units(&self, key: &str) -> Result<usize, StorageError> {
        let key_units = codec::units(key);
        Ok(self
            .values
            .borrow()
            .get(key)
            .map_or(0, |(_, units)| units - key_units))
    }

    fn keys(&self) -> Result<Vec<String>, StorageError> {
        Ok(self.values.borrow().keys().cloned().collect())
    }
}
