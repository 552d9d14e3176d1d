//! Keeping the interviews on this device: what the browser said about its storage, the one-time
//! notice where it deletes data after a week without a visit, and the backup reminder's
//! interval that follows from it (`domain::durability`).

use leptos::prelude::*;

use super::{store, AppState, Notice};
use crate::clock::now_iso;
use crate::domain::capacity::Usage;
use crate::domain::dates;
use crate::domain::durability::Durability;
use crate::storage::browser;

impl AppState {
    /// Takes in what the browser said about its storage, once it has answered: warns once
    /// where the interviews may go after a week without a visit, and reminds of a backup at
    /// the interval that risk asks for.
    pub fn learn_durability(&self, durability: Durability) {
        self.durability.set(durability);
        if durability.may_be_deleted_unvisited() && !store().prefs().warned_unvisited {
            self.notify(Notice::MayBeDeleted);
            self.saved(store().update_prefs(|p| p.warned_unvisited = true));
        }
        let due = !self.sessions.with_untracked(Vec::is_empty)
            && dates::backup_due(
                self.last_backup.get_untracked().as_deref(),
                &now_iso(),
                durability.backup_every_days(),
            );
        if due {
            self.notify(Notice::BackupDue);
        }
    }

    /// Asks the browser not to clear this origin's data under storage pressure; its answer
    /// (where it gives one) says whether the interviews are kept persistently.
    pub async fn ask_to_keep_storage(&self) -> Option<bool> {
        browser::persist().await
    }

    /// The space the browser reports as (used, quota) in bytes, where it says.
    pub async fn storage_estimate(&self) -> Option<(f64, f64)> {
        browser::estimate().await
    }

    /// Whether the browser keeps this origin's data persistently, where it says (reads the
    /// answer only: asking again would prompt in some browsers).
    pub async fn storage_persisted(&self) -> Option<bool> {
        browser::persisted().await
    }

    /// What the interviews and lenses take of this device's storage.
    pub fn storage_usage(&self) -> Option<Usage> {
        store().usage().ok()
    }

    /// The values kept aside as (key, raw text); a failed read is reported and gives none.
    pub fn kept_aside(&self) -> Vec<(String, String)> {
        match store().kept_aside() {
            Ok(list) => list,
            Err(error) => {
                self.notify(Notice::Storage(error));
                Vec::new()
            }
        }
    }
}
