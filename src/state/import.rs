//! The one way in for files: a picked or dropped file is read, unlocked when it is encrypted,
//! checked (with progress for large files) and staged; it is written only when the user
//! confirms what the preview shows. The import panel draws each [`ImportStep`]; the steps
//! themselves happen here, as `state/export.rs` does for the way out.

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::{AppState, Outcome, Preview, Staged, StorageError};
use crate::crypto::{self, CryptoError};
use crate::domain::encryption::{self, Sealed};
use crate::domain::finding::Finding;
use crate::domain::import::Resolution;
use crate::files::{read_text, ReadError};

/// From this size on the panel says it is reading, before it has anything to count.
const LARGE_FILE_BYTES: f64 = 1_000_000.0;

/// Where an import stands.
#[derive(Clone, Debug, PartialEq)]
pub enum ImportStep {
    Idle,
    Reading {
        bytes: f64,
    },
    Checking {
        done: usize,
        total: usize,
    },
    Refused(Vec<Finding>),
    Unreadable(NotRead),
    Empty,
    Preview(Preview),
    Failed(StorageError),
    Done(Outcome),
    /// An encrypted file waits for its passphrase; `wrong` after a failed try.
    Locked {
        wrong: bool,
    },
    Opening,
}

/// Why a file could not be read or opened at all; nothing changed.
#[derive(Clone, Debug, PartialEq)]
pub enum NotRead {
    /// Larger than any file this app writes (`bytes` as the browser counts them).
    TooLarge { bytes: f64 },
    /// The browser could not read the file; its own words.
    ReadFailed(String),
    /// No Web Crypto here (a page served over plain HTTP), so an encrypted file stays shut.
    CryptoUnavailable,
    /// Web Crypto failed; the browser's words.
    CryptoFailed(String),
}

/// One import in progress: its step (tracked, for the panel), the file staged for
/// confirmation and an encrypted file waiting for its passphrase.
#[derive(Clone, Copy)]
pub struct Import {
    app: AppState,
    step: RwSignal<ImportStep>,
    staged: StoredValue<Option<Staged>>,
    locked: StoredValue<Option<Sealed>>,
}

impl Import {
    pub fn new(app: AppState) -> Import {
        Import {
            app,
            step: RwSignal::new(ImportStep::Idle),
            staged: StoredValue::new(None),
            locked: StoredValue::new(None),
        }
    }

    /// The current step (tracked).
    pub fn step(&self) -> ImportStep {
        self.step.get()
    }

    /// Reads, checks and stages a file; whatever was waiting is dropped first.
    pub fn start(self, file: web_sys::File) {
        self.staged.set_value(None);
        self.locked.set_value(None);
        let bytes = file.size();
        self.step.set(if bytes >= LARGE_FILE_BYTES {
            ImportStep::Reading { bytes }
        } else {
            ImportStep::Idle
        });
        spawn_local(async move {
            let text = match read_text(&file).await {
                Ok(text) => text,
                Err(ReadError::TooLarge { bytes }) => {
                    return self.unreadable(NotRead::TooLarge { bytes })
                }
                Err(ReadError::NotText(finding)) => {
                    return self.step.set(ImportStep::Refused(vec![finding]))
                }
                Err(ReadError::Failed(detail)) => {
                    return self.unreadable(NotRead::ReadFailed(detail))
                }
            };
            if encryption::is_encrypted(&text) {
                match encryption::read(&text) {
                    Ok(sealed) => {
                        self.locked.set_value(Some(sealed));
                        self.step.set(ImportStep::Locked { wrong: false });
                    }
                    Err(findings) => self.step.set(ImportStep::Refused(findings)),
                }
                return;
            }
            self.check(text).await;
        });
    }

    /// Opens the waiting encrypted file with the passphrase typed, then checks it like any
    /// file. A wrong passphrase changes nothing and asks again.
    pub fn unlock(self, passphrase: String) {
        let Some(sealed) = self.locked.get_value() else {
            return;
        };
        self.step.set(ImportStep::Opening);
        spawn_local(async move {
            match crypto::open(&sealed, &passphrase).await {
                Ok(text) => {
                    self.locked.set_value(None);
                    self.check(text).await;
                }
                Err(CryptoError::WrongPassphrase) => {
                    self.step.set(ImportStep::Locked { wrong: true })
                }
                Err(CryptoError::Unavailable) => self.unreadable(NotRead::CryptoUnavailable),
                Err(CryptoError::Failed(detail)) => self.unreadable(NotRead::CryptoFailed(detail)),
            }
        });
    }

    /// Writes the staged file with the user's choice for each item here in another version.
    pub fn confirm(self, choices: &[Option<Resolution>]) {
        let Some(found) = self.staged.get_value() else {
            return;
        };
        self.staged.set_value(None);
        match self.app.commit_import(found, choices) {
            Ok(outcome) => self.step.set(ImportStep::Done(outcome)),
            Err(error) => self.step.set(ImportStep::Failed(error)),
        }
    }

    /// Drops whatever waits; nothing was written.
    pub fn cancel(self) {
        self.staged.set_value(None);
        self.locked.set_value(None);
        self.step.set(ImportStep::Idle);
    }

    fn unreadable(self, why: NotRead) {
        self.step.set(ImportStep::Unreadable(why));
    }

    /// Checks a file's plain text and stages what it would change.
    async fn check(self, text: String) {
        let large = text.len() as f64 >= LARGE_FILE_BYTES;
        let step = self.step;
        let progress = move |done, total| {
            if large && total > 0 {
                step.set(ImportStep::Checking { done, total });
            }
        };
        match self.app.stage_import(text, progress).await {
            Err(findings) => step.set(ImportStep::Refused(findings)),
            Ok(found) if found.is_empty() => step.set(ImportStep::Empty),
            Ok(found) => {
                let preview = found.preview();
                // Everything already here needs no confirmation and keeps nothing waiting.
                if !preview.nothing_to_do() {
                    self.staged.set_value(Some(found));
                }
                step.set(ImportStep::Preview(preview));
            }
        }
    }
}
