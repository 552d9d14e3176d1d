//! Passphrase encryption with the browser's own Web Crypto (never home-made): PBKDF2-HMAC-SHA256
//! turns the passphrase into an AES-256-GCM key; `domain::encryption` holds the envelope.
//! The passphrase is only ever passed through, never stored or logged.

use js_sys::{Array, Object, Reflect, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{CryptoKey, SubtleCrypto};

use crate::domain::encryption::{Sealed, IV_BYTES, SALT_BYTES};

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CryptoError {
    /// This browser offers no Web Crypto here (for example a page served over plain HTTP).
    Unavailable,
    /// The passphrase is not the one the file was encrypted with, or the file was changed.
    WrongPassphrase,
    /// Web Crypto failed for another reason; the detail is the browser's.
    Failed(String),
}

/// The browser's own words for an error (a DOMException says its name and message).
fn failed(e: JsValue) -> CryptoError {
    let detail = e
        .as_string()
        .or_else(|| e.dyn_ref::<Object>().map(|o| String::from(o.to_string())))
        .unwrap_or_default();
    CryptoError::Failed(detail)
}

/// Web Crypto's `subtle`, which browsers offer only in secure contexts (HTTPS, localhost).
fn subtle() -> Result<(web_sys::Crypto, SubtleCrypto), CryptoError> {
    let crypto = web_sys::window()
        .and_then(|w| w.crypto().ok())
        .ok_or(CryptoError::Unavailable)?;
    let subtle = Reflect::get(&crypto, &JsValue::from_str("subtle"))
        .ok()
        .filter(|s| !s.is_undefined() && !s.is_null())
        .ok_or(CryptoError::Unavailable)?;
    Ok((crypto, subtle.unchecked_into()))
}

/// A plain JS object with these fields, for Web Crypto's algorithm parameters.
fn params(fields: &[(&str, JsValue)]) -> Result<Object, CryptoError> {
    let object = Object::new();
    for (name, value) in fields {
        Reflect::set(&object, &JsValue::from_str(name), value).map_err(failed)?;
    }
    Ok(object)
}

fn bytes(data: &[u8]) -> JsValue {
    Uint8Array::from(data).into()
}

async fn key(
    subtle: &SubtleCrypto,
    passphrase: &str,
    salt: &[u8],
    iterations: u32,
) -> Result<CryptoKey, CryptoError> {
    let raw = Uint8Array::from(passphrase.as_bytes());
    let usage = Array::of1(&JsValue::from_str("deriveKey"));
    let base = subtle
        .import_key_with_str("raw", &raw, "PBKDF2", false, &usage)
        .map_err(failed)?;
    let base: CryptoKey = JsFuture::from(base).await.map_err(failed)?.unchecked_into();
    let pbkdf2 = params(&[
        ("name", "PBKDF2".into()),
        ("hash", "SHA-256".into()),
        ("salt", bytes(salt)),
        ("iterations", iterations.into()),
    ])?;
    let aes = params(&[("name", "AES-GCM".into()), ("length", 256.into())])?;
    let usages = Array::of2(&"encrypt".into(), &"decrypt".into());
    let derived = subtle
        .derive_key_with_object_and_object(&pbkdf2, &base, &aes, false, &usages)
        .map_err(failed)?;
    Ok(JsFuture::from(derived)
        .await
        .map_err(failed)?
        .unchecked_into())
}

fn gcm(iv: &[u8]) -> Result<Object, CryptoError> {
    params(&[
        ("name", "AES-GCM".into()),
        ("iv", bytes(iv)),
        ("tagLength", 128.into()),
    ])
}

/// Encrypts `plain` under `passphrase` with a fresh random salt and IV.
pub async fn seal(plain: &str, passphrase: &str, iterations: u32) -> Result<Sealed, CryptoError> {
    let (crypto, subtle) = subtle()?;
    let mut salt = vec![0u8; SALT_BYTES];
    let mut iv = vec![0u8; IV_BYTES];
    crypto
        .get_random_values_with_u8_array(&mut salt)
        .map_err(failed)?;
    crypto
        .get_random_values_with_u8_array(&mut iv)
        .map_err(failed)?;
    let key = key(&subtle, passphrase, &salt, iterations).await?;
    let sealed = subtle
        .encrypt_with_object_and_u8_array(&gcm(&iv)?, &key, plain.as_bytes())
        .map_err(failed)?;
    let ciphertext = JsFuture::from(sealed).await.map_err(failed)?;
    Ok(Sealed {
        iterations,
        salt,
        iv,
        ciphertext: Uint8Array::new(&ciphertext).to_vec(),
    })
}

/// Decrypts a sealed file; a wrong passphrase and a changed byte both fail the GCM tag.
pub async fn open(sealed: &Sealed, passphrase: &str) -> Result<String, CryptoError> {
    let (_, subtle) = subtle()?;
    let key = key(&subtle, passphrase, &sealed.salt, sealed.iterations).await?;
    let opened = subtle
        .decrypt_with_object_and_u8_array(&gcm(&sealed.iv)?, &key, &sealed.ciphertext)
        .map_err(failed)?;
    // Web Crypto rejects with an OperationError when the tag does not match.
    let plain = JsFuture::from(opened)
        .await
        .map_err(|_| CryptoError::WrongPassphrase)?;
    String::from_utf8(Uint8Array::new(&plain).to_vec()).map_err(|_| CryptoError::WrongPassphrase)
}

/// `N` bytes from the browser's cryptographic random source (synchronous).
pub fn random<const N: usize>() -> Result<[u8; N], CryptoError> {
    let crypto = web_sys::window()
        .and_then(|w| w.crypto().ok())
        .ok_or(CryptoError::Unavailable)?;
    let mut out = [0u8; N];
    crypto
        .get_random_values_with_u8_array(&mut out)
        .map_err(failed)?;
    Ok(out)
}

/// 256 bits derived from `secret` with PBKDF2-HMAC-SHA256: the key that wraps the device
/// lock's data key. Web Crypto's, once per unlock; the bits never leave this call's result.
pub async fn derive_key(
    secret: &str,
    salt: &[u8],
    iterations: u32,
) -> Result<[u8; 32], CryptoError> {
    let (_, subtle) = subtle()?;
    let raw = Uint8Array::from(secret.as_bytes());
    let usage = Array::of1(&JsValue::from_str("deriveBits"));
    let base = subtle
        .import_key_with_str("raw", &raw, "PBKDF2", false, &usage)
        .map_err(failed)?;
    let base: CryptoKey = JsFuture::from(base).await.map_err(failed)?.unchecked_into();
    let pbkdf2 = params(&[
        ("name", "PBKDF2".into()),
        ("hash", "SHA-256".into()),
        ("salt", bytes(salt)),
        ("iterations", iterations.into()),
    ])?;
    let bits = subtle
        .derive_bits_with_object(&pbkdf2, &base, 256)
        .map_err(failed)?;
    let bits = JsFuture::from(bits).await.map_err(failed)?;
    Uint8Array::new(&bits)
        .to_vec()
        .try_into()
        .map_err(|_| CryptoError::Failed("derived the wrong number of bits".to_owned()))
}
