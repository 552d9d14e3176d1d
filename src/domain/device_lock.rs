//! The device lock's keys (GDPR art. 32): every stored value that can hold candidate data is
//! encrypted with one random data key (AES-256-GCM, a fresh nonce per write). The data key is
//! kept only wrapped — once under a key derived from the passphrase, once under a key derived
//! from the recovery code — so the passphrase changes without re-encrypting anything, and no
//! hash of it is stored: a passphrase is right when its wrapped key opens.
//!
//! The key derivation (PBKDF2-SHA256) is the browser's and runs once per unlock; everything
//! here is synchronous, so a save on page hide finishes before the page goes.

use aes_gcm::aead::{Aead, KeyInit};
use aes_gcm::{Aes256Gcm, Key, Nonce};
use serde::{Deserialize, Serialize};

use super::encryption::{base64, decode, ITERATIONS, MAX_ITERATIONS, SALT_BYTES};

pub const KEY_BYTES: usize = 32;
pub const NONCE_BYTES: usize = 12;
pub const TAG_BYTES: usize = 16;
/// The random bytes a recovery code carries: 160 bits, written as 32 letters and digits.
pub const RECOVERY_BYTES: usize = 20;
/// The version of the lock record this build writes and reads.
pub const LOCK_VERSION: u32 = 1;

/// A 256-bit key: the data key, or a key that wraps it. Zeroed when dropped.
#[derive(Clone, PartialEq, Eq)]
pub struct SecretKey([u8; KEY_BYTES]);

impl SecretKey {
    pub fn new(bytes: [u8; KEY_BYTES]) -> SecretKey {
        SecretKey(bytes)
    }

    /// The key's bytes, for handing the data key to another tab of the app.
    pub fn bytes(&self) -> &[u8; KEY_BYTES] {
        &self.0
    }

    /// Encrypts `plain` with `nonce`: the nonce, then the ciphertext with its tag.
    pub fn seal(&self, nonce: [u8; NONCE_BYTES], plain: &[u8]) -> Vec<u8> {
        let cipher = Aes256Gcm::new(Key::<Aes256Gcm>::from_slice(&self.0));
        let mut out = nonce.to_vec();
        // Encryption with a valid key and nonce cannot fail for inputs this small.
        if let Ok(sealed) = cipher.encrypt(Nonce::from_slice(&nonce), plain) {
            out.extend(sealed);
        }
        out
    }

    /// Decrypts what [`SecretKey::seal`] wrote; a wrong key or any changed byte is refused,
    /// never decrypted into something else.
    pub fn open(&self, sealed: &[u8]) -> Result<Vec<u8>, Tampered> {
        if sealed.len() < NONCE_BYTES + TAG_BYTES {
            return Err(Tampered);
        }
        let (nonce, body) = sealed.split_at(NONCE_BYTES);
        let cipher = Aes256Gcm::new(Key::<Aes256Gcm>::from_slice(&self.0));
        cipher
            .decrypt(Nonce::from_slice(nonce), body)
            .map_err(|_| Tampered)
    }
}

impl Drop for SecretKey {
    fn drop(&mut self) {
        // Best effort: the key does not linger in this value's memory once dropped (the
        // black box keeps the zeroing from being optimised away as a dead write).
        self.0.fill(0);
        std::hint::black_box(&self.0);
    }
}

impl std::fmt::Debug for SecretKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SecretKey(…)")
    }
}

/// A value that does not open under the key: tampered with, or another key.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Tampered;

/// Which secret unlocks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Secret {
    Passphrase,
    RecoveryCode,
}

/// The data key wrapped under one secret: the salt its key is derived with, and the wrapped key.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Wrap {
    /// Base64 of the 16-byte PBKDF2 salt.
    pub salt: String,
    /// Base64 of the nonce, the encrypted data key and its tag.
    pub key: String,
}

/// What is stored of the lock (plain JSON, nothing secret in it).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LockRecord {
    pub version: u32,
    /// PBKDF2-SHA256 iterations for both secrets.
    pub iterations: u32,
    pub passphrase: Wrap,
    pub recovery: Wrap,
}

/// Why a lock record cannot be used.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BadRecord {
    NewerVersion,
    /// Iterations below what the app writes or absurdly many, a salt or wrapped key of the
    /// wrong length: refused before any work is done.
    Parameters,
}

/// The fresh random material a lock is set up with.
pub struct Fresh {
    pub passphrase_salt: [u8; SALT_BYTES],
    pub recovery_salt: [u8; SALT_BYTES],
    pub nonces: [[u8; NONCE_BYTES]; 2],
}

impl LockRecord {
    /// A record wrapping `data_key` under the two keys derived (with the salts in `fresh`)
    /// from the passphrase and the recovery code.
    pub fn new(
        data_key: &SecretKey,
        passphrase_key: &SecretKey,
        recovery_key: &SecretKey,
        fresh: &Fresh,
    ) -> LockRecord {
        let wrap = |kek: &SecretKey, salt: &[u8], nonce| Wrap {
            salt: base64(salt),
            key: base64(&kek.seal(nonce, &data_key.0)),
        };
        LockRecord {
            version: LOCK_VERSION,
            iterations: ITERATIONS,
            passphrase: wrap(passphrase_key, &fresh.passphrase_salt, fresh.nonces[0]),
            recovery: wrap(recovery_key, &fresh.recovery_salt, fresh.nonces[1]),
        }
    }

    /// Checks the parameters before any key is derived with them.
    pub fn check(&self) -> Result<(), BadRecord> {
        if self.version > LOCK_VERSION {
            return Err(BadRecord::NewerVersion);
        }
        let wrap_ok = |w: &Wrap| {
            decode(&w.salt).is_some_and(|s| s.len() == SALT_BYTES)
                && decode(&w.key).is_some_and(|k| k.len() == NONCE_BYTES + KEY_BYTES + TAG_BYTES)
        };
        let iterations = (ITERATIONS..=MAX_ITERATIONS).contains(&self.iterations);
        if !iterations || !wrap_ok(&self.passphrase) || !wrap_ok(&self.recovery) {
            return Err(BadRecord::Parameters);
        }
        Ok(())
    }

    /// The salt to derive `secret`'s key with.
    pub fn salt(&self, secret: Secret) -> Vec<u8> {
        decode(&self.wrap(secret).salt).unwrap_or_default()
    }

    fn wrap(&self, secret: Secret) -> &Wrap {
        match secret {
            Secret::Passphrase => &self.passphrase,
            Secret::RecoveryCode => &self.recovery,
        }
    }

    /// The data key, if `key` (derived from `secret` with its salt) opens its wrap.
    pub fn open(&self, secret: Secret, key: &SecretKey) -> Result<SecretKey, Tampered> {
        let wrapped = decode(&self.wrap(secret).key).ok_or(Tampered)?;
        let bytes = key.open(&wrapped)?;
        let data: [u8; KEY_BYTES] = bytes.try_into().map_err(|_| Tampered)?;
        Ok(SecretKey(data))
    }

    /// The same record with the data key wrapped under a new passphrase's key; the recovery
    /// code's wrap and every stored value stay as they are.
    pub fn with_passphrase(
        &self,
        data_key: &SecretKey,
        passphrase_key: &SecretKey,
        salt: [u8; SALT_BYTES],
        nonce: [u8; NONCE_BYTES],
    ) -> LockRecord {
        LockRecord {
            passphrase: Wrap {
                salt: base64(&salt),
                key: base64(&passphrase_key.seal(nonce, &data_key.0)),
            },
            ..self.clone()
        }
    }
}

/// The alphabet of a recovery code: digits and capitals without I, L, O and U, so that what is
/// written down by hand reads back the same (Crockford's base 32).
const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/// A recovery code from 20 random bytes: 32 characters in eight groups of four.
pub fn recovery_code(random: &[u8; RECOVERY_BYTES]) -> String {
    let mut chars = Vec::with_capacity(32);
    let (mut acc, mut bits) = (0u32, 0u32);
    for &byte in random {
        acc = (acc << 8) | u32::from(byte);
        bits += 8;
        while bits >= 5 {
            bits -= 5;
            chars.push(ALPHABET[((acc >> bits) & 31) as usize] as char);
        }
        acc &= (1 << bits) - 1;
    }
    chars
        .chunks(4)
        .map(|group| group.iter().collect::<String>())
        .collect::<Vec<_>>()
        .join("-")
}

/// A recovery code as typed, in the one form its key is derived from: capitals, no spaces or
/// dashes, and the letters people confuse read as the digits they look like (O → 0, I and L → 1).
/// `None` unless it is 32 characters of the code's alphabet.
pub fn normalise_recovery(typed: &str) -> Option<String> {
    let code: String = typed
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .map(|c| match c.to_ascii_uppercase() {
            'O' => '0',
            'I' | 'L' => '1',
            other => other,
        })
        .collect();
    let valid = code.chars().count() == 32 && code.bytes().all(|b| ALPHABET.contains(&b));
    valid.then_some(code)
}

/// How long to wait before the next try after `failures` wrong ones in a row: the first three
/// are free, then 1 s, doubling, at most 60 s — a slow guesser, a quick typo.
pub fn retry_delay_ms(failures: u32) -> u64 {
    match failures {
        0..=2 => 0,
        n => (1000u64 << (n - 3).min(6)).min(60_000),
    }
}
