//! The device lock in this page: the data key while unlocked, held only in this page's memory
//! (never stored, gone on reload), the cipher the store seals with (nonces from the browser's
//! random source), and the channel over which every open tab of the app locks and unlocks
//! together. The rules are `domain::device_lock`; storage's side is `storage::lock`.

use std::cell::RefCell;
use std::rc::Rc;

use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{BroadcastChannel, MessageEvent};

use crate::domain::device_lock::{Fresh, LockRecord, Secret, SecretKey, Tampered, NONCE_BYTES};
use crate::domain::encryption::{base64, decode};
use crate::domain::Lang;
use crate::storage::Cipher;

/// The data key as the store uses it.
pub struct DataCipher {
    key: SecretKey,
}

impl Cipher for DataCipher {
    fn seal(&self, plain: &[u8]) -> Result<Vec<u8>, String> {
        let nonce = crate::crypto::random::<NONCE_BYTES>().map_err(|e| format!("{e:?}"))?;
        Ok(self.key.seal(nonce, plain))
    }

    fn open(&self, sealed: &[u8]) -> Option<Vec<u8>> {
        self.key.open(sealed).ok()
    }
}

/// Everything of the lock that runs AES-GCM, handed over as plain functions: in release
/// builds it is a piece of its own (`crate::pieces::lock_kit`), so the cipher is loaded only
/// where the lock is used and the first load stays small.
#[derive(Clone, Copy)]
pub struct Kit {
    /// The store's cipher for a data key.
    pub cipher: fn(SecretKey) -> Rc<dyn Cipher>,
    /// The data key, if `derived` (from `secret` with its salt) opens the record.
    pub open: fn(&LockRecord, Secret, SecretKey) -> Result<SecretKey, Tampered>,
    /// A new record wrapping a data key under the passphrase's and the code's keys.
    pub wrap: fn(&SecretKey, &SecretKey, &SecretKey, &Fresh) -> LockRecord,
    /// The record with the data key wrapped under a new passphrase's key.
    pub rewrap: fn(&LockRecord, &SecretKey, &SecretKey, [u8; 16], [u8; NONCE_BYTES]) -> LockRecord,
    /// The lock screen (its view and the unlocking behind it).
    pub screen: fn(RwSignal<Lang>, Callback<()>) -> AnyView,
}

/// The kit's functions, built where the piece is. The screen is the views' to give
/// (`pieces` puts the lock screen in); here it is empty.
pub fn kit() -> Kit {
    Kit {
        cipher: |key| Rc::new(DataCipher { key }) as Rc<dyn Cipher>,
        open: |record, secret, derived| record.open(secret, &derived),
        wrap: LockRecord::new,
        rewrap: |record, data, key, salt, nonce| record.with_passphrase(data, key, salt, nonce),
        screen: |_, _| ().into_any(),
    }
}

thread_local! {
    static CIPHER: RefCell<Option<Rc<dyn Cipher>>> = const { RefCell::new(None) };
    /// The data key's bytes, to hand to another tab of the app.
    static KEY: RefCell<Option<SecretKey>> = const { RefCell::new(None) };
}

/// The cipher while unlocked.
pub fn cipher() -> Option<Rc<dyn Cipher>> {
    CIPHER.with(|c| c.borrow().clone())
}

pub fn unlocked() -> bool {
    CIPHER.with(|c| c.borrow().is_some())
}

/// Holds the data key (and its cipher, from the kit) in this page from now on.
pub fn hold(kit: &Kit, key: SecretKey) {
    KEY.with(|k| *k.borrow_mut() = Some(key.clone()));
    CIPHER.with(|c| *c.borrow_mut() = Some((kit.cipher)(key)));
}

/// Forgets the data key (the lock turned off: nothing is sealed any more).
pub fn forget() {
    CIPHER.with(|c| *c.borrow_mut() = None);
    KEY.with(|k| *k.borrow_mut() = None);
}

/// The channel every tab of the app on this origin listens to.
const CHANNEL: &str = "interviewgids-lock";

/// What one tab tells the others.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Word {
    /// Lock now: every tab saves and goes to its lock screen.
    Lock,
    /// A tab on its lock screen asks whether another holds the key.
    Ask,
    /// The data key, for tabs on their lock screen (sent on unlocking, or when asked).
    Key(String),
}

impl Word {
    fn text(&self) -> String {
        match self {
            Word::Lock => "lock".to_owned(),
            Word::Ask => "ask".to_owned(),
            Word::Key(key) => format!("key:{key}"),
        }
    }

    fn read(text: &str) -> Option<Word> {
        match text {
            "lock" => Some(Word::Lock),
            "ask" => Some(Word::Ask),
            _ => text.strip_prefix("key:").map(|k| Word::Key(k.to_owned())),
        }
    }
}

/// The data key as the channel carries it.
pub fn shared_key() -> Option<String> {
    KEY.with(|k| k.borrow().as_ref().map(|key| base64(key.bytes())))
}

/// A key received over the channel.
pub fn key_from(shared: &str) -> Option<SecretKey> {
    let bytes: [u8; 32] = decode(shared)?.try_into().ok()?;
    Some(SecretKey::new(bytes))
}

/// Tells the other tabs; a browser without the channel simply has no other tab to tell.
pub fn tell(word: Word) {
    if let Ok(channel) = BroadcastChannel::new(CHANNEL) {
        let _ = channel.post_message(&JsValue::from_str(&word.text()));
        channel.close();
    }
}

/// Calls `heard` with every word another tab says, for the life of the page.
pub fn listen(heard: impl Fn(Word) + 'static) {
    let Ok(channel) = BroadcastChannel::new(CHANNEL) else {
        return;
    };
    let on_message = Closure::<dyn Fn(MessageEvent)>::new(move |event: MessageEvent| {
        if let Some(word) = event.data().as_string().as_deref().and_then(Word::read) {
            heard(word);
        }
    });
    channel.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    // Both live as long as the page: the channel must stay open to hear.
    on_message.forget();
    std::mem::forget(channel);
}
