//! The encrypted envelope: standard tools (RustCrypto's PBKDF2, SHA-256 and AES-GCM) make and
//! open what the envelope carries, so an organisation can decrypt an export without this app;
//! and absurd or damaged parameters are refused before any work is done.

use aes_gcm::aead::{Aead, KeyInit};
use aes_gcm::{Aes256Gcm, Nonce};
use interviewgids::domain::encryption::{
    base64, decode, is_encrypted, read, write, Sealed, ITERATIONS, MAX_ENCRYPTED_BYTES,
};
use interviewgids::domain::finding::Problem;

const PLAIN: &str =
    r#"{"format":"interviewgids","version":2,"kind":"backup","sessions":[],"lenses":[]}"#;

fn key(passphrase: &str, salt: &[u8], iterations: u32) -> [u8; 32] {
    let mut key = [0u8; 32];
    pbkdf2::pbkdf2_hmac::<sha2::Sha256>(passphrase.as_bytes(), salt, iterations, &mut key);
    key
}

const SALT: [u8; 16] = [7; 16];

/// Encrypts PLAIN with `key`, as the envelope's parameters say.
fn seal(key: &[u8; 32], iterations: u32) -> Sealed {
    let iv = (100..112).collect::<Vec<u8>>();
    let cipher = Aes256Gcm::new_from_slice(key).unwrap();
    let ciphertext = cipher
        .encrypt(Nonce::from_slice(&iv), PLAIN.as_bytes())
        .unwrap();
    Sealed {
        iterations,
        salt: SALT.to_vec(),
        iv,
        ciphertext,
    }
}

fn open(sealed: &Sealed, key: &[u8; 32]) -> Option<String> {
    let cipher = Aes256Gcm::new_from_slice(key).ok()?;
    let plain = cipher
        .decrypt(Nonce::from_slice(&sealed.iv), sealed.ciphertext.as_slice())
        .ok()?;
    String::from_utf8(plain).ok()
}

fn problems(text: &str) -> Vec<(String, Problem)> {
    read(text)
        .unwrap_err()
        .into_iter()
        .map(|f| (f.path, f.problem))
        .collect()
}

/// The written envelope with one field replaced.
fn with(field: &str, value: serde_json::Value) -> String {
    let text = write(&seal(&[1; 32], 1000), "2026-11-29T08:00:00Z").unwrap();
    let mut tree: serde_json::Value = serde_json::from_str(&text).unwrap();
    *tree.pointer_mut(field).unwrap() = value;
    tree.to_string()
}

#[test]
fn an_envelope_round_trips_and_standard_tools_open_it() {
    // One key at the real count (a debug build takes seconds for it); the envelope carries
    // everything else needed to derive it again.
    let right = key("correct horse battery staple", &SALT, ITERATIONS);
    let sealed = seal(&right, ITERATIONS);
    let text = write(&sealed, "2026-11-29T08:00:00Z").unwrap();
    assert!(is_encrypted(&text));
    assert!(!is_encrypted(PLAIN));
    let tree: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(tree["kind"], "encrypted");
    assert_eq!(tree["encryption"]["kdf"]["name"], "PBKDF2");
    assert_eq!(tree["encryption"]["kdf"]["hash"], "SHA-256");
    assert_eq!(tree["encryption"]["kdf"]["iterations"], 600_000);
    assert_eq!(tree["encryption"]["cipher"]["name"], "AES-GCM");
    assert_eq!(tree["encryption"]["cipher"]["length"], 256);
    assert_eq!(tree["encryption"]["cipher"]["tag_length"], 128);
    let back = read(&text).unwrap();
    assert_eq!(back, sealed);
    assert_eq!(back.salt, SALT);
    assert_eq!(open(&back, &right).as_deref(), Some(PLAIN));
    // Another passphrase gives another key (a cheap count shows it as well as the real one).
    let wrong = key("wrong horse battery staple", &back.salt, 1000);
    assert_eq!(open(&back, &wrong), None);
    // One changed byte fails the GCM tag.
    let mut changed = back.clone();
    changed.ciphertext[3] ^= 1;
    assert_eq!(open(&changed, &right), None);
}

#[test]
fn absurd_parameters_are_refused_before_any_work() {
    for (iterations, shown) in [
        (0u64, "0"),
        (1_000_000_000_000, "1000000000000"),
        (599_999, "599999"),
    ] {
        let found = problems(&with("/encryption/kdf/iterations", iterations.into()));
        assert!(
            found
                .iter()
                .any(|(path, p)| path == "$.encryption.kdf.iterations"
                    && matches!(p, Problem::OutOfRange { found, .. } if found == shown)),
            "{iterations}: {found:?}"
        );
    }
    // A salt of a megabyte is refused by its length, never decoded.
    let huge = "A".repeat(1 << 20);
    let found = problems(&with("/encryption/kdf/salt", huge.into()));
    assert!(found.contains(&(
        "$.encryption.kdf.salt".into(),
        Problem::NotBase64 { bytes: 16 }
    )));
    let found = problems(&with("/encryption/cipher/iv", base64(&[0; 16]).into()));
    assert!(found.contains(&(
        "$.encryption.cipher.iv".into(),
        Problem::NotBase64 { bytes: 12 }
    )));
    let found = problems(&with("/encryption/cipher/name", "AES-CBC".into()));
    assert!(found.contains(&(
        "$.encryption.cipher.name".into(),
        Problem::Unsupported {
            found: "AES-CBC".into()
        }
    )));
    let found = problems(&with("/encryption/kdf/hash", "SHA-1".into()));
    assert_eq!(found.len(), 2, "SHA-1 and the cheap test count: {found:?}");
}

#[test]
fn missing_truncated_and_oversized_envelopes_get_clear_findings() {
    let text = with("/encryption/kdf/iterations", ITERATIONS.into());
    // Missing parameters: the path of what is missing.
    let mut tree: serde_json::Value = serde_json::from_str(&text).unwrap();
    tree["encryption"]["kdf"]
        .as_object_mut()
        .unwrap()
        .remove("salt");
    let found = read(&tree.to_string()).unwrap_err();
    assert!(found[0].path.starts_with("$.encryption.kdf"), "{found:?}");
    // Cut short: the text is no longer JSON.
    let cut = &text[..text.len() / 2];
    assert!(matches!(
        read(cut).unwrap_err()[0].problem,
        Problem::NotJson { .. }
    ));
    // A ciphertext shorter than its tag, or not base64.
    for bad in ["AAAA", "not base64!"] {
        let found = problems(&with("/ciphertext", bad.into()));
        assert!(found.contains(&("$.ciphertext".into(), Problem::NotBase64 { bytes: 16 })));
    }
    // Larger than the largest encrypted backup the app can write: refused unread.
    let big = " ".repeat(MAX_ENCRYPTED_BYTES + 1);
    assert!(matches!(
        read(&big).unwrap_err()[0].problem,
        Problem::TooLarge { .. }
    ));
    assert!(!is_encrypted(&big));
}

#[test]
fn base64_matches_the_standard_and_rejects_anything_else() {
    for (plain, coded) in [
        ("", ""),
        ("f", "Zg=="),
        ("fo", "Zm8="),
        ("foo", "Zm9v"),
        ("foobar", "Zm9vYmFy"),
    ] {
        assert_eq!(base64(plain.as_bytes()), coded);
        assert_eq!(decode(coded).as_deref(), Some(plain.as_bytes()));
    }
    let all: Vec<u8> = (0..=255).collect();
    assert_eq!(decode(&base64(&all)), Some(all));
    for bad in ["Zg=", "Z===", "Zg==Zg==", "Zm9v!", "Zm 9"] {
        assert_eq!(decode(bad), None, "{bad:?}");
    }
}

#[test]
fn the_fixture_made_by_rustcrypto_reads_as_an_envelope() {
    // tests/browser.rs opens this file with Web Crypto: a file made by standard tools opens in
    // the browser. Passphrase: "Zeven zeeën, één wachtwoord".
    let text = include_str!("fixtures/encrypted-by-rustcrypto.json");
    assert!(is_encrypted(text));
    let sealed = read(text).unwrap();
    assert_eq!(sealed.iterations, ITERATIONS);
    assert_eq!((sealed.salt.len(), sealed.iv.len()), (16, 12));
}
