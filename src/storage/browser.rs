//! The browser's localStorage behind the [`Backend`] trait. Every call goes through `Result`:
//! storage can be missing, blocked or full, and none of that may panic.

use std::cell::RefCell;

use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::{JsCast, JsValue};

use super::{Backend, StorageError};

/// The window's localStorage, looked up on each call so nothing browser-bound is held.
#[derive(Clone, Copy, Default)]
pub struct LocalStorage;

fn storage() -> Result<web_sys::Storage, StorageError> {
    let window =
        web_sys::window().ok_or_else(|| StorageError::Unavailable("no window".to_owned()))?;
    match window.local_storage() {
        Ok(Some(storage)) => Ok(storage),
        Ok(None) => Err(StorageError::Unavailable(
            "localStorage is switched off".to_owned(),
        )),
        Err(e) => Err(StorageError::Unavailable(describe(&e))),
    }
}

thread_local! {
    /// While [`remembering_keys`] runs: `Some`, holding the key list once it has been read.
    static KEYS: RefCell<Option<Option<Vec<String>>>> = const { RefCell::new(None) };
}

/// Runs `reads` with the list of keys read from the browser once and remembered until a write.
/// For the reads at start, which ask for it four times (upgrade check, sessions, lenses, damaged
/// sessions): with 500 interviews each listing costs milliseconds. A closure cannot wait, and
/// browsers apply another tab's changes between tasks, so the list stays right.
pub fn remembering_keys<T>(reads: impl FnOnce() -> T) -> T {
    KEYS.with(|keys| keys.replace(Some(None)));
    let out = reads();
    KEYS.with(|keys| keys.replace(None));
    out
}

/// A write changes the key list: forget it (if it is being remembered).
fn forget_keys() {
    KEYS.with(|keys| {
        if let Some(listed) = keys.borrow_mut().as_mut() {
            *listed = None;
        }
    });
}

#[wasm_bindgen]
extern "C" {
    /// The same `Storage` object, with a `getItem` that leaves the value a JS string, so its
    /// length can be read without copying (and transcoding) the text into the module.
    type RawStorage;
    #[wasm_bindgen(method, catch, js_name = getItem)]
    fn item(this: &RawStorage, key: &str) -> Result<JsValue, JsValue>;
}

fn property(value: &JsValue, name: &str) -> Option<JsValue> {
    js_sys::Reflect::get(value, &JsValue::from_str(name)).ok()
}

fn describe(error: &JsValue) -> String {
    error
        .dyn_ref::<js_sys::Error>()
        .map(|e| format!("{}: {}", String::from(e.name()), String::from(e.message())))
        .or_else(|| error.as_string())
        .unwrap_or_else(|| "unknown error".to_owned())
}

/// Browsers name a full store differently: Chromium and Safari `QuotaExceededError` (code 22),
/// old Firefox `NS_ERROR_DOM_QUOTA_REACHED` (code 1014).
fn write_error(error: JsValue) -> StorageError {
    let name = property(&error, "name").and_then(|v| v.as_string());
    let code = property(&error, "code").and_then(|v| v.as_f64());
    let quota = matches!(
        name.as_deref(),
        Some("QuotaExceededError" | "NS_ERROR_DOM_QUOTA_REACHED")
    ) || matches!(code, Some(c) if c == 22.0 || c == 1014.0);
    if quota {
        StorageError::QuotaExceeded
    } else {
        StorageError::WriteFailed(describe(&error))
    }
}

impl Backend for LocalStorage {
    fn get(&self, key: &str) -> Result<Option<String>, StorageError> {
        storage()?
            .get_item(key)
            .map_err(|e| StorageError::Unavailable(describe(&e)))
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StorageError> {
        forget_keys();
        storage()?.set_item(key, value).map_err(write_error)
    }

    fn remove(&self, key: &str) -> Result<(), StorageError> {
        forget_keys();
        storage()?.remove_item(key).map_err(write_error)
    }

    fn units(&self, key: &str) -> Result<usize, StorageError> {
        let value = storage()?
            .unchecked_ref::<RawStorage>()
            .item(key)
            .map_err(|e| StorageError::Unavailable(describe(&e)))?;
        Ok(value
            .dyn_ref::<js_sys::JsString>()
            .map_or(0, |text| text.length() as usize))
    }

    fn keys(&self) -> Result<Vec<String>, StorageError> {
        let remembered = KEYS.with(|keys| keys.borrow().as_ref().map(Option::clone));
        if let Some(Some(keys)) = remembered {
            return Ok(keys);
        }
        let keys = match keys_at_once() {
            Some(keys) => keys,
            None => {
                let storage = storage()?;
                let length = storage
                    .length()
                    .map_err(|e| StorageError::Unavailable(describe(&e)))?;
                (0..length)
                    .filter_map(|i| storage.key(i).ok().flatten())
                    .collect()
            }
        };
        if remembered.is_some() {
            KEYS.with(|remembering| remembering.replace(Some(Some(keys.clone()))));
        }
        Ok(keys)
    }
}

/// Every key in one crossing, as one JSON text: with 500 interviews, asking `key(i)` for each
/// (a call into the browser and a copy per key) cost as much as reading the index at start.
/// `None` when that is not every key: Chromium leaves out a key named `length`, and then
/// [`Backend::keys`] asks for them one by one. Public for the browser tests.
pub fn keys_at_once() -> Option<Vec<String>> {
    let storage = storage().ok()?;
    let length = storage.length().ok()?;
    let json = js_sys::JSON::stringify(&js_sys::Object::keys(&storage)).ok()?;
    // The glue copies an all-ASCII text into the module in a JS loop, not yet compiled at start
    // (2 ms for 500 keys in a profile); a first character past ASCII hands it to the browser's
    // own encoder.
    let text = js_sys::JsString::from(NOT_ASCII)
        .concat(&json)
        .as_string()?;
    let keys: Vec<String> = serde_json::from_str(text.strip_prefix(NOT_ASCII)?).ok()?;
    (keys.len() == length as usize).then_some(keys)
}

const NOT_ASCII: char = '\u{a0}';

fn manager() -> Option<web_sys::StorageManager> {
    let navigator = web_sys::window()?.navigator();
    js_sys::Reflect::has(&navigator, &"storage".into())
        .ok()
        .filter(|has| *has)
        .map(|_| navigator.storage())
}

/// The browser's estimate of what this origin uses and may use, in bytes.
pub async fn estimate() -> Option<(f64, f64)> {
    let promise = manager()?.estimate().ok()?;
    let estimate: web_sys::StorageEstimate = wasm_bindgen_futures::JsFuture::from(promise)
        .await
        .ok()?
        .unchecked_into();
    Some((estimate.get_usage()?, estimate.get_quota()?))
}

/// Whether the browser keeps this origin's data as persistent, without asking for it (asking
/// may show a prompt, as Firefox does).
pub async fn persisted() -> Option<bool> {
    answer(manager()?.persisted().ok()?).await
}

/// Asks the browser to keep this origin's data even when space runs low; true if granted.
pub async fn persist() -> Option<bool> {
    answer(manager()?.persist().ok()?).await
}

/// The yes or no a storage manager's promise resolves to.
async fn answer(promise: js_sys::Promise) -> Option<bool> {
    wasm_bindgen_futures::JsFuture::from(promise)
        .await
        .ok()?
        .as_bool()
}
