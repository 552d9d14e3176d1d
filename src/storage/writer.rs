//! Which build wrote the store last: the newest build claims it at start, and an older one
//! that finds a newer claim writes nothing (see `Store::read_only`), so fields it does not know
//! are never dropped. Plain JSON under [`WRITER_KEY`]; nothing personal.

use serde::{Deserialize, Serialize};

use super::{to_json, Backend, StorageError, Store, WRITER_KEY};
use crate::domain::json;

/// The build that last claimed a store: its data model and version.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Writer {
    pub model: u32,
    pub app: String,
}

/// What claiming a store found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Claim {
    /// This build (or an older one, or none) wrote here: it may write, and is now recorded.
    Ours,
    /// A newer build wrote here: this one must write nothing.
    Newer(Writer),
}

impl<B: Backend> Store<B> {
    /// The build that last claimed this store, if one did (builds before the record kept
    /// none; an unreadable record counts as none).
    pub fn writer(&self) -> Option<Writer> {
        let raw = self.backend.get(WRITER_KEY).ok()??;
        json::read::<Writer>(&raw).ok()
    }

    /// Claims the store for this build (data model `model`, version `app`) unless a newer build
    /// did: then nothing is written and [`Claim::Newer`] says who.
    pub fn claim(&self, model: u32, app: &str) -> Result<Claim, StorageError> {
        match self.writer() {
            Some(writer) if writer.model > model => Ok(Claim::Newer(writer)),
            Some(writer) if writer.model == model && writer.app == app => Ok(Claim::Ours),
            _ => {
                let ours = Writer {
                    model,
                    app: app.to_owned(),
                };
                self.put(WRITER_KEY, &to_json(&ours)?)?;
                Ok(Claim::Ours)
            }
        }
    }
}
