//! The storage adapter: the only code that knows how sessions and preferences are laid out in
//! localStorage. One key per session plus an index, so an edit writes only its own session;
//! each frozen lens once, shared by the sessions that use it.
//!
//! Keys (schema 2; values packed by [`codec`] unless noted):
//! - `interviewgids.index`           — `{ "schema": 2, "sessions": [SessionSummary…] }`
//! - `interviewgids.session.<id>`    — one session, its lens replaced by `"snapshot": "<name>"`
//! - `interviewgids.snapshot.<name>` — one frozen lens, named by its fingerprint
//! - `interviewgids.lens.<id>`       — one of the user's own lenses
//! - `interviewgids.library`         — competencies the user imported from a library file
//! - `interviewgids.prefs`           — `{ "lang": "nl", … }` (plain JSON)
//! - `interviewgids.aside.<n>.<key>` — the raw text of a value that could not be read, kept aside
//! - `interviewgids.lock`            — the device lock's record (plain JSON, nothing secret)
//! - `interviewgids.writer`          — `{ "model": 1, "app": "0.1.0" }`: the newest build that
//!   wrote here (plain JSON); an older one writes nothing
//!
//! With the device lock on, every value but the preferences and the lock record is sealed: its
//! text (for a value kept aside, the stored string as it was) encrypted under the data key and
//! packed behind the sealed markers ([`codec::encode_sealed`]). A store without the key reads no
//! sealed value and moves none of them aside.
//!
//! [`Store`] holds the rules and works over any [`Backend`]; [`browser::LocalStorage`] is the real
//! one, [`memory::MemoryBackend`] serves native tests.

mod batch;
pub mod browser;
pub mod codec;
mod lock;
pub mod memory;
mod sessions;
mod upgrade;
mod writer;

use std::borrow::Cow;
use std::rc::Rc;

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

pub use batch::Batch;
pub use lock::LockState;
pub use sessions::{Damaged, Listing, Snapshots};
pub use upgrade::Upgrade;
pub use writer::{Claim, Writer};

use crate::domain::capacity::Usage;
use crate::domain::order;
use crate::domain::{json, Lang, Lens, Library};

pub const SCHEMA: u32 = 2;
pub const PREFIX: &str = "interviewgids.";
const INDEX_KEY: &str = "interviewgids.index";
const PREFS_KEY: &str = "interviewgids.prefs";
const SESSION_PREFIX: &str = "interviewgids.session.";
const SNAPSHOT_PREFIX: &str = "interviewgids.snapshot.";
const LENS_PREFIX: &str = "interviewgids.lens.";
const LIBRARY_KEY: &str = "interviewgids.library";
const ASIDE_PREFIX: &str = "interviewgids.aside.";
pub const LOCK_KEY: &str = "interviewgids.lock";
/// Which build last claimed the store (plain JSON, nothing personal): see [`Store::claim`].
pub const WRITER_KEY: &str = "interviewgids.writer";

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
    /// Checked before writing anything: what a change needs and what is free (UTF-16 units).
    NoRoom { needed: usize, free: usize },
    /// A newer version of the app wrote here (the store, or this session): this older copy
    /// writes nothing, so nothing it does not know is lost. Reloading brings the newer one.
    OlderApp,
    /// The store is locked: its values open only once the device lock is unlocked.
    Locked,
}

/// The device lock's data key as the store uses it: seals a value's bytes with a fresh nonce,
/// opens what it sealed. The concrete one (`crate::lock`) takes its nonces from the browser.
pub trait Cipher {
    /// `Err` (with the browser's words) when no fresh nonce can be had: nothing is written
    /// then, rather than a value sealed with a reused one.
    fn seal(&self, plain: &[u8]) -> Result<Vec<u8>, String>;
    /// `None` for a value that does not open: changed, or sealed under another key.
    fn open(&self, sealed: &[u8]) -> Option<Vec<u8>>;
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
    /// The UTF-16 length of a stored value (0 when absent). The browser's backend counts it
    /// without copying the text out, which is what makes a usage count over a full store cheap.
    fn units(&self, key: &str) -> Result<usize, StorageError> {
        Ok(self.get(key)?.map_or(0, |v| codec::units(&v)))
    }
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
    /// The rules a day's plan is checked against.
    pub planning: crate::domain::planning::Rules,
    /// The notice that this browser deletes data after a week without a visit was shown.
    pub warned_unvisited: bool,
    /// Minutes of inactivity after which the device lock locks; `None`: the default.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lock_after_minutes: Option<u32>,
    /// Wrong unlock tries in a row, and until when (ms since the epoch) the next must wait.
    #[serde(skip_serializing_if = "is_zero")]
    pub lock_failures: u32,
    #[serde(skip_serializing_if = "is_zero_u64")]
    pub lock_wait_until: u64,
    /// The device lock was offered once, after the first interview was stored.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub lock_offered: bool,
}

fn is_zero(n: &u32) -> bool {
    *n == 0
}

fn is_zero_u64(n: &u64) -> bool {
    *n == 0
}

pub struct Store<B: Backend> {
    backend: B,
    /// The data key, while the device lock is on and unlocked.
    cipher: Option<Rc<dyn Cipher>>,
    /// A newer build claimed the store: nothing is written (see [`Store::claim`]).
    read_only: bool,
}

pub fn session_key(id: &str) -> String {
    format!("{SESSION_PREFIX}{id}")
}

pub fn lens_key(id: &str) -> String {
    format!("{LENS_PREFIX}{id}")
}

fn snapshot_key(name: &str) -> String {
    format!("{SNAPSHOT_PREFIX}{name}")
}

fn write_failed(e: impl std::fmt::Display) -> StorageError {
    StorageError::WriteFailed(e.to_string())
}

fn to_json<T: Serialize>(value: &T) -> Result<String, StorageError> {
    json::write(value).map_err(write_failed)
}

impl<B: Backend> Store<B> {
    pub fn new(backend: B) -> Store<B> {
        Store {
            backend,
            cipher: None,
            read_only: false,
        }
    }

    /// The store as an older build must use it once a newer one claimed it: every write is
    /// refused ([`StorageError::OlderApp`]) and nothing stored changes.
    pub fn read_only(self, read_only: bool) -> Store<B> {
        Store { read_only, ..self }
    }

    fn put(&self, key: &str, value: &str) -> Result<(), StorageError> {
        if self.read_only {
            return Err(StorageError::OlderApp);
        }
        self.backend.set(key, value)
    }

    fn take_out(&self, key: &str) -> Result<(), StorageError> {
        if self.read_only {
            return Err(StorageError::OlderApp);
        }
        self.backend.remove(key)
    }

    /// The store with the device lock's data key: it reads and writes sealed values.
    pub fn with_cipher(self, cipher: Option<Rc<dyn Cipher>>) -> Store<B> {
        Store { cipher, ..self }
    }

    /// The text of a stored value as the store wrote it: a sealed value opened (then read as
    /// the string it sealed: JSON, or a value kept aside verbatim), a packed one unpacked.
    fn unseal<'a>(&self, raw: &'a str) -> Result<Cow<'a, str>, codec::DecodeError> {
        if !codec::is_sealed(raw) {
            return codec::decode(raw);
        }
        let inner = self.open_sealed(raw)?;
        Ok(Cow::Owned(codec::decode(&inner)?.into_owned()))
    }

    /// The string a sealed value holds: a value's JSON text, or what was kept aside verbatim.
    fn open_sealed(&self, raw: &str) -> Result<String, codec::DecodeError> {
        let cipher = self.cipher.as_ref().ok_or(codec::DecodeError::Sealed)?;
        let bytes = codec::decode_sealed(raw)?;
        let plain = cipher.open(&bytes).ok_or(codec::DecodeError::Tampered)?;
        String::from_utf8(plain).map_err(|_| codec::DecodeError::NotText)
    }

    /// How a value's text is stored: sealed while the lock is on, packed otherwise.
    fn seal_text(&self, text: &str) -> Result<String, StorageError> {
        match &self.cipher {
            Some(cipher) => cipher
                .seal(text.as_bytes())
                .map(|sealed| codec::encode_sealed(&sealed))
                .map_err(StorageError::WriteFailed),
            None => Ok(codec::encode(text)),
        }
    }

    /// As much text as a damaged value holds (a sealed one opened first, when it opens).
    fn lossy(&self, raw: &str) -> String {
        if !codec::is_sealed(raw) {
            return codec::decode_lossy(raw);
        }
        self.open_sealed(raw)
            .map(|inner| codec::decode_lossy(&inner))
            .unwrap_or_default()
    }

    pub fn backend(&self) -> &B {
        &self.backend
    }

    /// The text of a stored value, unpacked; `Err` holds the raw value and what is wrong.
    fn text(&self, key: &str) -> Result<Option<String>, Unreadable> {
        let raw = match self.backend.get(key) {
            Ok(Some(raw)) => raw,
            Ok(None) => return Ok(None),
            Err(e) => {
                return Err(Unreadable {
                    key: key.to_owned(),
                    aside_key: None,
                    detail: match e {
                        StorageError::Unavailable(detail) | StorageError::WriteFailed(detail) => {
                            detail
                        }
                        _ => "the browser refused to read it".to_owned(),
                    },
                })
            }
        };
        match self.unseal(&raw) {
            Ok(text) => Ok(Some(text.into_owned())),
            // Locked is not damaged: nothing moves.
            Err(codec::DecodeError::Sealed) => Err(Unreadable {
                key: key.to_owned(),
                aside_key: None,
                detail: codec::DecodeError::Sealed.to_string(),
            }),
            Err(e) => Err(self.set_aside(key, &raw, e.to_string())),
        }
    }

    /// Reads one JSON value. A value that cannot be read is moved aside and reported.
    fn read<T: DeserializeOwned>(&self, key: &str) -> Result<Option<T>, Unreadable> {
        let Some(text) = self.text(key)? else {
            return Ok(None);
        };
        json::read(&text).map(Some).map_err(|e| {
            let raw = self.backend.get(key).ok().flatten().unwrap_or_default();
            self.set_aside(key, &raw, e.to_string())
        })
    }

    /// Writes JSON text, packed (sealed while the lock is on).
    fn write(&self, key: &str, json: &str) -> Result<(), StorageError> {
        self.put(key, &self.seal_text(json)?)
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
                    let detail = format!("the lens inside has id \"{}\"", lens.id);
                    unreadable.push(self.set_aside(&key, &raw, detail));
                }
                Ok(None) => {}
                Err(u) => unreadable.push(u),
            }
        }
        order::sort_by_key(&mut lenses, |l| l.name.to_lowercase());
        Ok((lenses, unreadable))
    }

    pub fn save_lens(&self, lens: &Lens) -> Result<(), StorageError> {
        self.write(&lens_key(&lens.id), &to_json(lens)?)
    }

    pub fn delete_lens(&self, id: &str) -> Result<(), StorageError> {
        self.take_out(&lens_key(id))
    }

    /// Competencies imported from a library file, if any.
    pub fn load_imported_library(&self) -> Result<Option<Library>, Unreadable> {
        self.read(LIBRARY_KEY)
    }

    pub fn save_imported_library(&self, library: &Library) -> Result<(), StorageError> {
        self.write(LIBRARY_KEY, &to_json(library)?)
    }

    pub fn delete_imported_library(&self) -> Result<(), StorageError> {
        self.take_out(LIBRARY_KEY)
    }

    /// Copies an unreadable value to a fresh `aside` key (never one that exists), and only once
    /// that copy is stored removes the original, so the raw text is never lost.
    fn set_aside(&self, key: &str, raw: &str, detail: String) -> Unreadable {
        // A sealed value this store cannot open is locked, not damaged: it stays where it is.
        if codec::is_sealed(raw) && self.cipher.is_none() {
            return Unreadable {
                key: key.to_owned(),
                aside_key: None,
                detail,
            };
        }
        let existing = self.backend.keys().unwrap_or_default();
        let aside_key = (1..)
            .map(|n| format!("{ASIDE_PREFIX}{n}.{key}"))
            .find(|candidate| !existing.contains(candidate))
            .unwrap_or_default();
        let moved = self.put(&aside_key, raw).is_ok() && self.take_out(key).is_ok();
        Unreadable {
            key: key.to_owned(),
            aside_key: moved.then_some(aside_key),
            detail,
        }
    }

    /// The keys of values kept aside, oldest first, with their text (unpacked where it was
    /// packed and still can be, else raw).
    pub fn kept_aside(&self) -> Result<Vec<(String, String)>, StorageError> {
        let mut keys: Vec<String> = self
            .backend
            .keys()?
            .into_iter()
            .filter(|k| k.starts_with(ASIDE_PREFIX))
            .collect();
        order::sort(&mut keys);
        let mut out = Vec::with_capacity(keys.len());
        for key in keys {
            if let Some(raw) = self.backend.get(&key)? {
                out.push((key, self.lossy(&raw)));
            }
        }
        Ok(out)
    }

    /// Deletes a value kept aside (after the user saved what they wanted of it).
    pub fn delete_aside(&self, key: &str) -> Result<(), StorageError> {
        if key.starts_with(ASIDE_PREFIX) {
            self.take_out(key)?;
        }
        Ok(())
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

    /// Changes the preferences and stores them (plain JSON: small, and readable by hand).
    pub fn update_prefs(&self, change: impl FnOnce(&mut Prefs)) -> Result<(), StorageError> {
        let mut prefs = self.prefs();
        change(&mut prefs);
        self.put(PREFS_KEY, &to_json(&prefs)?)
    }

    /// The remembered interface language, if one was chosen.
    pub fn load_lang(&self) -> Option<Lang> {
        self.prefs().lang
    }

    pub fn save_lang(&self, lang: Lang) -> Result<(), StorageError> {
        self.update_prefs(|p| p.lang = Some(lang))
    }

    /// What this app and the whole origin hold, in UTF-16 units, keys included.
    pub fn usage(&self) -> Result<Usage, StorageError> {
        let mut usage = Usage {
            app_units: 0,
            all_units: 0,
        };
        for key in self.backend.keys()? {
            let units = codec::units(&key) + self.backend.units(&key)?;
            usage.all_units += units;
            if key.starts_with(PREFIX) {
                usage.app_units += units;
            }
        }
        Ok(usage)
    }

    /// Bytes this app holds in storage (UTF-16, as browsers count them).
    pub fn bytes_used(&self) -> Result<usize, StorageError> {
        Ok(crate::domain::capacity::bytes(self.usage()?.app_units))
    }
}
