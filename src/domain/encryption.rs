//! The envelope of an encrypted export (kind `encrypted`): the plain interchange file,
//! encrypted with AES-256-GCM under a key derived from a passphrase with PBKDF2-HMAC-SHA256.
//! The crypto itself is the browser's (Web Crypto); this module writes and reads the envelope
//! and refuses absurd parameters before any work is done.

use serde::{Deserialize, Serialize};

use super::finding::{out_of_range, Finding, Problem};
use super::interchange::{FIRST_ENCRYPTED, FORMAT, MAX_BYTES, VERSION};
use super::json;

pub const KIND: &str = "encrypted";
/// OWASP's figure for PBKDF2-HMAC-SHA256 (2023); what this app writes.
pub const ITERATIONS: u32 = 600_000;
/// Fewer is too weak to accept; more than this would keep a tablet busy for minutes.
pub const MIN_ITERATIONS: u32 = ITERATIONS;
pub const MAX_ITERATIONS: u32 = 10_000_000;
pub const SALT_BYTES: usize = 16;
pub const IV_BYTES: usize = 12;
pub const TAG_BYTES: usize = 16;
/// The largest encrypted file: the largest plain file, its tag, in base64, and the envelope.
pub const MAX_ENCRYPTED_BYTES: usize = (MAX_BYTES + TAG_BYTES).div_ceil(3) * 4 + 4096;

/// What is needed to decrypt, besides the passphrase.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sealed {
    pub iterations: u32,
    pub salt: Vec<u8>,
    pub iv: Vec<u8>,
    /// The encrypted file followed by the 16-byte GCM tag (as Web Crypto returns it).
    pub ciphertext: Vec<u8>,
}

#[derive(Serialize, Deserialize)]
struct File {
    format: String,
    version: u64,
    kind: String,
    #[serde(default)]
    exported_at: String,
    encryption: Params,
    ciphertext: String,
}

#[derive(Serialize, Deserialize)]
struct Params {
    kdf: Kdf,
    cipher: Cipher,
}

#[derive(Serialize, Deserialize)]
struct Kdf {
    name: String,
    hash: String,
    iterations: u64,
    salt: String,
}

#[derive(Serialize, Deserialize)]
struct Cipher {
    name: String,
    length: u64,
    iv: String,
    tag_length: u64,
}

/// Whether `text` is an encrypted envelope (judged by its kind, without reading it all).
pub fn is_encrypted(text: &str) -> bool {
    #[derive(Deserialize)]
    struct Peek {
        kind: Option<String>,
    }
    text.len() <= MAX_ENCRYPTED_BYTES
        && !json::deeper_than(text, 4)
        && json::read::<Peek>(text).is_ok_and(|p| p.kind.as_deref() == Some(KIND))
}

/// The envelope as JSON text.
pub fn write(sealed: &Sealed, exported_at: &str) -> Result<String, serde_json::Error> {
    json::write(&File {
        format: FORMAT.to_owned(),
        version: VERSION,
        kind: KIND.to_owned(),
        exported_at: exported_at.to_owned(),
        encryption: Params {
            kdf: Kdf {
                name: "PBKDF2".to_owned(),
                hash: "SHA-256".to_owned(),
                iterations: u64::from(sealed.iterations),
                salt: base64(&sealed.salt),
            },
            cipher: Cipher {
                name: "AES-GCM".to_owned(),
                length: 256,
                iv: base64(&sealed.iv),
                tag_length: (TAG_BYTES * 8) as u64,
            },
        },
        ciphertext: base64(&sealed.ciphertext),
    })
}

/// Reads an envelope, checking every parameter before anything is decoded or derived.
pub fn read(text: &str) -> Result<Sealed, Vec<Finding>> {
    let one = |path: &str, problem| vec![Finding::new(path, problem)];
    if text.len() > MAX_ENCRYPTED_BYTES {
        let max = MAX_ENCRYPTED_BYTES;
        return Err(one(
            "$",
            Problem::TooLarge {
                bytes: text.len(),
                max,
            },
        ));
    }
    if json::deeper_than(text, 4) {
        return Err(one("$", Problem::TooDeep { max: 4 }));
    }
    let file = json::read::<File>(text).map_err(|f| vec![f])?;
    let mut findings = Vec::new();
    let mut expect = |path: &str, found: &str, wanted: &str| {
        if found != wanted {
            let found = found.chars().take(40).collect();
            findings.push(Finding::new(path, Problem::Unsupported { found }));
        }
    };
    expect("$.format", &file.format, FORMAT);
    expect("$.kind", &file.kind, KIND);
    let (kdf, cipher) = (&file.encryption.kdf, &file.encryption.cipher);
    expect("$.encryption.kdf.name", &kdf.name, "PBKDF2");
    expect("$.encryption.kdf.hash", &kdf.hash, "SHA-256");
    expect("$.encryption.cipher.name", &cipher.name, "AES-GCM");
    expect(
        "$.encryption.cipher.length",
        &cipher.length.to_string(),
        "256",
    );
    let tag_bits = (TAG_BYTES * 8).to_string();
    expect(
        "$.encryption.cipher.tag_length",
        &cipher.tag_length.to_string(),
        &tag_bits,
    );
    if !(FIRST_ENCRYPTED..=VERSION).contains(&file.version) {
        let found = file.version.to_string();
        findings.push(Finding::new(
            "$.version",
            Problem::UnsupportedVersion { found },
        ));
    }
    let range = MIN_ITERATIONS..=MAX_ITERATIONS;
    let iterations = u32::try_from(kdf.iterations)
        .ok()
        .filter(|i| range.contains(i));
    if iterations.is_none() {
        let (min, max) = (i64::from(MIN_ITERATIONS), i64::from(MAX_ITERATIONS));
        let problem = out_of_range(kdf.iterations, min, max);
        findings.push(Finding::new("$.encryption.kdf.iterations", problem));
    }
    let salt = exactly(
        "$.encryption.kdf.salt",
        &kdf.salt,
        SALT_BYTES,
        &mut findings,
    );
    let iv = exactly(
        "$.encryption.cipher.iv",
        &cipher.iv,
        IV_BYTES,
        &mut findings,
    );
    let ciphertext = decode(&file.ciphertext).filter(|c| c.len() >= TAG_BYTES);
    if ciphertext.is_none() {
        let problem = Problem::NotBase64 { bytes: TAG_BYTES };
        findings.push(Finding::new("$.ciphertext", problem));
    }
    match (iterations, salt, iv, ciphertext) {
        (Some(iterations), Some(salt), Some(iv), Some(ciphertext)) if findings.is_empty() => {
            Ok(Sealed {
                iterations,
                salt,
                iv,
                ciphertext,
            })
        }
        _ => Err(findings),
    }
}

/// A base64 field that must hold exactly `bytes` bytes; its length is checked before decoding.
fn exactly(path: &str, text: &str, bytes: usize, findings: &mut Vec<Finding>) -> Option<Vec<u8>> {
    let decoded = (text.len() == bytes.div_ceil(3) * 4)
        .then(|| decode(text))
        .flatten()
        .filter(|d| d.len() == bytes);
    if decoded.is_none() {
        findings.push(Finding::new(path, Problem::NotBase64 { bytes }));
    }
    decoded
}

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/// Standard base64 with padding (RFC 4648 §4).
pub fn base64(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(char::from(ALPHABET[(n >> (18 - 6 * i)) as usize & 63]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// The bytes of standard, padded base64; `None` for anything else.
pub fn decode(text: &str) -> Option<Vec<u8>> {
    let text = text.as_bytes();
    if !text.len().is_multiple_of(4) {
        return None;
    }
    let value = |c: u8| ALPHABET.iter().position(|&a| a == c).map(|v| v as u32);
    let mut out = Vec::with_capacity(text.len() / 4 * 3);
    let quads = text.len() / 4;
    for (index, quad) in text.chunks(4).enumerate() {
        let padding = quad.iter().rev().take_while(|&&c| c == b'=').count();
        if padding > 2 || (padding > 0 && index + 1 != quads) {
            return None;
        }
        let mut n = 0u32;
        for &c in &quad[..4 - padding] {
            n = (n << 6) | value(c)?;
        }
        n <<= 6 * padding as u32;
        let bytes = [(n >> 16) as u8, (n >> 8) as u8, n as u8];
        out.extend_from_slice(&bytes[..3 - padding]);
    }
    Some(out)
}
