//! The device lock's actions: turn it on (every value sealed in one step, a recovery code shown
//! once), unlock with the passphrase or the recovery code, lock now (this tab and every other
//! one), lock after inactivity, change the passphrase, turn it off. The keys' rules are
//! `domain::device_lock`, the switch is `storage::lock`, the key in the page `crate::lock`.

use std::time::Duration;

use leptos::prelude::*;

use super::{store, AppState};
use crate::clock::now_stamp;
use crate::crypto::{self, CryptoError};
use crate::domain::device_lock::{
    normalise_recovery, recovery_code, retry_delay_ms, BadRecord, Fresh, LockRecord, Secret,
    SecretKey, RECOVERY_BYTES,
};
use crate::domain::encryption::SALT_BYTES;
use crate::lock::{self as page_key, Word};
use crate::storage::browser::LocalStorage;
use crate::storage::{LockState, StorageError, Store};

/// Why a lock action did not happen; nothing changed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LockFailure {
    /// The passphrase or recovery code does not open the lock.
    Wrong,
    /// Too many wrong tries: the next is possible after this many milliseconds.
    Wait(u64),
    /// A recovery code that is not 32 characters of the code's alphabet.
    NotACode,
    /// The lock's record cannot be used (damaged, or from a newer version).
    BadRecord(BadRecord),
    /// The lock's piece of the app could not be loaded (offline before it was ever cached).
    NotLoaded,
    Crypto(CryptoError),
    Storage(StorageError),
}

impl From<CryptoError> for LockFailure {
    fn from(e: CryptoError) -> Self {
        LockFailure::Crypto(e)
    }
}

impl From<StorageError> for LockFailure {
    fn from(e: StorageError) -> Self {
        LockFailure::Storage(e)
    }
}

/// Minutes of inactivity after which the interviews lock, unless the user chose otherwise.
pub const IDLE_MINUTES: u32 = 15;

/// The store without the data key: for the lock's record and the preferences.
fn bare() -> Store<LocalStorage> {
    Store::new(LocalStorage)
}

/// Whether the device lock is on (its record is stored).
pub fn lock_on() -> bool {
    bare().lock_present()
}

/// Whether the page must show the lock screen: the lock is on and this page holds no key.
pub fn needs_unlock() -> bool {
    !page_key::unlocked() && lock_on()
}

/// How long before the next try may be made (0: now).
pub fn wait_ms() -> u64 {
    let prefs = bare().prefs();
    let until = prefs.lock_wait_until;
    until.saturating_sub(now_stamp())
}

/// Unlocks with the passphrase or the recovery code: the key derived with the browser's
/// PBKDF2 (once), the data key unwrapped, held in this page, and told to the other tabs.
pub async fn unlock(typed: &str, secret: Secret) -> Result<(), LockFailure> {
    let wait = wait_ms();
    if wait > 0 {
        return Err(LockFailure::Wait(wait));
    }
    let record = match bare().lock_state()? {
        LockState::On(record) => record,
        LockState::Unusable(bad) => return Err(LockFailure::BadRecord(bad)),
        LockState::Off => return Ok(()),
    };
    let text = match secret {
        Secret::Passphrase => typed.to_owned(),
        Secret::RecoveryCode => normalise_recovery(typed).ok_or(LockFailure::NotACode)?,
    };
    let kit = kit().await?;
    let derived = crypto::derive_key(&text, &record.salt(secret), record.iterations).await?;
    let opened = (kit.open)(&record, secret, SecretKey::new(derived));
    let prefs = bare();
    let Ok(data) = opened else {
        // Wrong: remembered across reloads, so guessing slows down.
        let _ = prefs.update_prefs(|p| {
            p.lock_failures += 1;
            p.lock_wait_until = now_stamp() + retry_delay_ms(p.lock_failures);
        });
        return Err(LockFailure::Wrong);
    };
    let _ = prefs.update_prefs(|p| {
        p.lock_failures = 0;
        p.lock_wait_until = 0;
    });
    page_key::hold(&kit, data);
    // A switch cut short (a closed tab) is finished now that the key is here.
    let _ = store().finish_sealing();
    if let Some(key) = page_key::shared_key() {
        page_key::tell(Word::Key(key));
    }
    Ok(())
}

/// The lock's functions that run AES-GCM (a piece of their own in release builds).
async fn kit() -> Result<page_key::Kit, LockFailure> {
    crate::pieces::lock_kit()
        .await
        .map_err(|_| LockFailure::NotLoaded)
}

/// Takes a key another tab sent: held only if it opens this store's values.
pub async fn take_shared(shared: &str) -> bool {
    let Some(key) = page_key::key_from(shared) else {
        return false;
    };
    let Ok(kit) = kit().await else {
        return false;
    };
    page_key::hold(&kit, key);
    // Wrong key (another store's, a stale one): forgotten again, before anything reads with it.
    let opens = store().key_opens().unwrap_or(false);
    if !opens {
        page_key::forget();
    }
    opens
}

/// What turning the lock on gives the user to keep: the recovery code, shown once.
pub struct TurnedOn {
    pub recovery_code: String,
}

fn random_key() -> Result<SecretKey, CryptoError> {
    Ok(SecretKey::new(crypto::random::<32>()?))
}

impl AppState {
    /// Turns the lock on with `passphrase` (checked by the caller: typed twice, strong
    /// enough): a random data key, a recovery code, both wrapped; every value sealed in one
    /// all-or-nothing step. Nothing changes when any step fails.
    pub async fn turn_lock_on(&self, passphrase: &str) -> Result<TurnedOn, LockFailure> {
        self.flush();
        let kit = kit().await?;
        let data = random_key()?;
        let code = recovery_code(&crypto::random::<RECOVERY_BYTES>()?);
        let plain_code = normalise_recovery(&code).unwrap_or_default();
        let fresh = Fresh {
            passphrase_salt: crypto::random::<SALT_BYTES>()?,
            recovery_salt: crypto::random::<SALT_BYTES>()?,
            nonces: [crypto::random()?, crypto::random()?],
        };
        let iterations = crate::domain::encryption::ITERATIONS;
        let pass_key = crypto::derive_key(passphrase, &fresh.passphrase_salt, iterations).await?;
        let code_key = crypto::derive_key(&plain_code, &fresh.recovery_salt, iterations).await?;
        let record = (kit.wrap)(
            &data,
            &SecretKey::new(pass_key),
            &SecretKey::new(code_key),
            &fresh,
        );
        bare().seal_all(&record, (kit.cipher)(data.clone()))?;
        page_key::hold(&kit, data);
        self.lock_on.set(true);
        Ok(TurnedOn {
            recovery_code: code,
        })
    }

    /// A new passphrase, given the current one: only the passphrase's wrap changes.
    pub async fn change_lock_passphrase(
        &self,
        current: &str,
        new: &str,
    ) -> Result<(), LockFailure> {
        let (record, data) = self.checked_record(current).await?;
        let kit = kit().await?;
        let salt = crypto::random::<SALT_BYTES>()?;
        let derived = crypto::derive_key(new, &salt, record.iterations).await?;
        let changed = (kit.rewrap)(
            &record,
            &data,
            &SecretKey::new(derived),
            salt,
            crypto::random()?,
        );
        bare().save_lock_record(&changed)?;
        Ok(())
    }

    /// Turns the lock off, given the passphrase: every value opened again, all or nothing.
    pub async fn turn_lock_off(&self, passphrase: &str) -> Result<(), LockFailure> {
        self.flush();
        self.checked_record(passphrase).await?;
        store().open_all()?;
        page_key::forget();
        self.lock_on.set(false);
        Ok(())
    }

    /// The record and its data key, when `passphrase` opens it.
    async fn checked_record(
        &self,
        passphrase: &str,
    ) -> Result<(LockRecord, SecretKey), LockFailure> {
        let record = match bare().lock_state()? {
            LockState::On(record) => record,
            LockState::Unusable(bad) => return Err(LockFailure::BadRecord(bad)),
            LockState::Off => return Err(LockFailure::Wrong),
        };
        let kit = kit().await?;
        let derived = crypto::derive_key(
            passphrase,
            &record.salt(Secret::Passphrase),
            record.iterations,
        )
        .await?;
        let data = (kit.open)(&record, Secret::Passphrase, SecretKey::new(derived))
            .map_err(|_| LockFailure::Wrong)?;
        Ok((record, data))
    }

    /// Locks this page and every other tab of the app: what is typed is saved first, then the
    /// page reloads into its lock screen, so no decrypted data stays in it.
    pub fn lock_now(&self) {
        self.flush();
        page_key::tell(Word::Lock);
        let _ = window().location().reload();
    }

    /// Minutes of inactivity before the interviews lock.
    pub fn idle_minutes(&self) -> u32 {
        store().prefs().lock_after_minutes.unwrap_or(IDLE_MINUTES)
    }

    pub fn set_idle_minutes(&self, minutes: u32) {
        let minutes = minutes.clamp(1, 240);
        self.saved(store().update_prefs(|p| p.lock_after_minutes = Some(minutes)));
    }

    /// Follows the other tabs (lock when one locks; answer a tab that asks for the key) and
    /// locks after inactivity. Once, from the root.
    pub fn watch_lock(&self) {
        let app = *self;
        page_key::listen(move |word| match word {
            Word::Lock if page_key::unlocked() => app.lock_now(),
            Word::Ask => {
                if let Some(key) = page_key::shared_key() {
                    page_key::tell(Word::Key(key));
                }
            }
            _ => {}
        });
        let last = StoredValue::new(now_stamp());
        let touched = move |_| last.set_value(now_stamp());
        for event in ["pointerdown", "keydown", "input", "scroll"] {
            let _ = window_event_listener_untyped(event, touched);
        }
        let check = move || {
            if !app.lock_on.get_untracked() || !page_key::unlocked() {
                return;
            }
            let idle = now_stamp().saturating_sub(last.get_value());
            if idle >= u64::from(app.idle_minutes()) * 60_000 {
                app.lock_now();
            }
        };
        let _ = set_interval_with_handle(check, Duration::from_secs(15));
    }
}
