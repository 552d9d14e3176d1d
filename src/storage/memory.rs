//! An in-memory backend with an optional quota, for native tests of the storage rules.

use std::cell::RefCell;
use std::collections::BTreeMap;

use super::{Backend, StorageError};

#[derive(Default)]
pub struct MemoryBackend {
    values: RefCell<BTreeMap<String, String>>,
    /// Maximum total characters (keys + values); writes beyond it fail like a full browser store.
    pub quota: Option<usize>,
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
        self.values.borrow().clone()
    }

    fn used_without(&self, key: &str) -> usize {
        self.values
            .borrow()
            .iter()
            .filter(|(k, _)| k.as_str() != key)
            .map(|(k, v)| k.len() + v.len())
            .sum()
    }
}

impl Backend for MemoryBackend {
    fn get(&self, key: &str) -> Result<Option<String>, StorageError> {
        Ok(self.values.borrow().get(key).cloned())
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StorageError> {
        if let Some(quota) = self.quota {
            if self.used_without(key) + key.len() + value.len() > quota {
                return Err(StorageError::QuotaExceeded);
            }
        }
        self.values
            .borrow_mut()
            .insert(key.to_owned(), value.to_owned());
        Ok(())
    }

    fn remove(&self, key: &str) -> Result<(), StorageError> {
        self.values.borrow_mut().remove(key);
        Ok(())
    }

    fn keys(&self) -> Result<Vec<String>, StorageError> {
        Ok(self.values.borrow().keys().cloned().collect())
    }
}
