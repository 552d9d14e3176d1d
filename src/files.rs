//! Files: the only way data moves in or out. Downloads, files the user picks, and the
//! organisation's file next to the app. Browser-only code.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::domain::encryption::MAX_ENCRYPTED_BYTES;
use crate::domain::finding::Finding;
use crate::domain::interchange;

/// Why a file could not be read.
#[derive(Clone, Debug, PartialEq)]
pub enum ReadError {
    TooLarge {
        bytes: f64,
    },
    /// Read, but not UTF-8 text.
    NotText(Finding),
    Failed(String),
}

fn describe(error: JsValue) -> String {
    error
        .dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| error.as_string())
        .unwrap_or_else(|| "unknown error".to_owned())
}

/// Offers `text` as a download named `filename`, without any network request: the bytes go
/// through a `blob:` URL of this page's own origin, revoked right after the click.
pub fn download_text(filename: &str, mime: &str, text: &str) -> Result<(), String> {
    let window = web_sys::window().ok_or("no window")?;
    let document = window.document().ok_or("no document")?;
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob =
        web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).map_err(describe)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(describe)?;
    let anchor = document
        .create_element("a")
        .map_err(describe)?
        .dyn_into::<web_sys::HtmlAnchorElement>()
        .map_err(|_| "not an anchor".to_owned())?;
    anchor.set_href(&url);
    anchor.set_download(filename);
    anchor.click();
    web_sys::Url::revoke_object_url(&url).map_err(describe)?;
    Ok(())
}

/// Reads a picked or dropped file as UTF-8 text, refusing files larger than any the app writes
/// (an encrypted backup of a full store) before reading them, and text in any other encoding
/// (which the browser would silently garble). A plain file is held to its own, smaller limit
/// when it is checked.
pub async fn read_text(file: &web_sys::Blob) -> Result<String, ReadError> {
    let size = file.size();
    if size > MAX_ENCRYPTED_BYTES as f64 {
        return Err(ReadError::TooLarge { bytes: size });
    }
    let buffer = JsFuture::from(file.array_buffer())
        .await
        .map_err(|e| ReadError::Failed(describe(e)))?;
    let bytes = js_sys::Uint8Array::new(&buffer).to_vec();
    interchange::text_of(&bytes)
        .map(str::to_owned)
        .map_err(ReadError::NotText)
}

/// Fetches a file that sits next to the app on its own host (a relative path, so never another
/// origin). `Ok(None)` when the host has no such file.
pub async fn fetch_beside_app(path: &str) -> Result<Option<String>, String> {
    let window = web_sys::window().ok_or("no window")?;
    let response: web_sys::Response = JsFuture::from(window.fetch_with_str(path))
        .await
        .map_err(describe)?
        .dyn_into()
        .map_err(|_| "not a response".to_owned())?;
    if response.status() == 404 {
        return Ok(None);
    }
    if !response.ok() {
        return Err(format!("HTTP {}", response.status()));
    }
    let text = JsFuture::from(response.text().map_err(describe)?)
        .await
        .map_err(describe)?;
    Ok(text.as_string())
}
