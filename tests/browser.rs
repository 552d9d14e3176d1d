//! Browser-only code in headless Chromium and Firefox: the storage adapter against the real localStorage,
//! and reading files.
#![cfg(target_arch = "wasm32")]

use interviewgids::domain::{
    Competency, Factor, Lang, Lens, LensCompetency, PhaseMinutes, Question, Session, Text,
};
use interviewgids::storage::browser::LocalStorage;
use interviewgids::storage::{session_key, Backend, Store};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn clear() {
    let storage = web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .expect("localStorage in the test browser");
    storage.clear().expect("clear");
}

fn session(id: &str, candidate: &str) -> Session {
    let t = |s: &str| Text::new(format!("{s} nl"), format!("{s} en"));
    let competency = Competency {
        id: "planning".into(),
        factor: Factor::OrganisingExecuting,
        name: t("Planning"),
        definition: t("definition"),
        basis: t("basis"),
        questions: vec![Question {
            id: "planning-q1".into(),
            text: t("question"),
            probes: vec![t("probe")],
            own: false,
        }],
        anchors: (1..=5).map(|n| t(&format!("anchor {n}"))).collect(),
    };
    let mut session = Session::new(
        id,
        Lens {
            id: "lens".into(),
            name: "Projectleider".into(),
            description: String::new(),
            competencies: vec![LensCompetency {
                competency,
                standard: 3,
                weight: 1,
                standard_questions: vec!["planning-q1".into()],
            }],
            phase_minutes: PhaseMinutes::default(),
            thresholds: Default::default(),
        },
        "2026-11-28T09:00:00Z",
    );
    session.candidate = candidate.into();
    session
}

#[wasm_bindgen_test]
fn a_session_round_trips_through_local_storage() {
    clear();
    let store = Store::new(LocalStorage);
    let original = session("s-1", "Ayşe Yılmaz — “quotes” & <tags>");
    store.save_session(&original).expect("save");
    assert_eq!(store.load_session("s-1"), Ok(Some(original)));
    // It really is in localStorage under its own key, packed.
    let raw = LocalStorage.get(&session_key("s-1")).unwrap().unwrap();
    assert!(interviewgids::storage::codec::is_packed(&raw));
    assert!(interviewgids::storage::codec::decode(&raw)
        .unwrap()
        .contains("Ayşe"));
}

#[wasm_bindgen_test]
fn sessions_are_listed_from_the_index() {
    clear();
    let store = Store::new(LocalStorage);
    store.save_session(&session("s-1", "Anna")).unwrap();
    store.save_session(&session("s-2", "Bram")).unwrap();
    let names: Vec<String> = store
        .list_sessions()
        .unwrap()
        .sessions
        .into_iter()
        .map(|s| s.candidate)
        .collect();
    assert_eq!(names, ["Anna", "Bram"]);
    let index = LocalStorage.get("interviewgids.index").unwrap().unwrap();
    let index = interviewgids::storage::codec::decode(&index).unwrap();
    assert!(index.contains("\"schema\":2"), "{index}");
}

#[wasm_bindgen_test]
fn a_corrupt_value_is_kept_aside_and_reported() {
    clear();
    let store = Store::new(LocalStorage);
    store.save_session(&session("s-1", "Anna")).unwrap();
    LocalStorage
        .set(&session_key("s-2"), "{\"id\":\"s-2\",")
        .unwrap();
    let listing = store.list_sessions().unwrap();
    assert_eq!(listing.sessions.len(), 1);
    assert_eq!(listing.unreadable.len(), 1);
    let aside = listing.unreadable[0]
        .aside_key
        .clone()
        .expect("moved aside");
    assert_eq!(
        LocalStorage.get(&aside).unwrap().as_deref(),
        Some("{\"id\":\"s-2\",")
    );
    assert_eq!(LocalStorage.get(&session_key("s-2")).unwrap(), None);
    assert_eq!(store.kept_aside().unwrap().len(), 1);
}

#[wasm_bindgen_test]
fn a_full_local_storage_reports_quota_and_keeps_the_old_value() {
    clear();
    let store = Store::new(LocalStorage);
    store.save_session(&session("s-1", "Anna")).unwrap();
    let mut huge = session("s-1", "Anna");
    // Packed, 11 MiB of text takes about 5.9 million units: more than the quota.
    huge.candidate = "x".repeat(11 * 1024 * 1024);
    assert_eq!(
        store.save_session(&huge),
        Err(interviewgids::storage::StorageError::QuotaExceeded)
    );
    assert_eq!(
        store.load_session("s-1").unwrap().map(|s| s.candidate),
        Some("Anna".to_owned())
    );
    clear();
}

#[wasm_bindgen_test]
fn the_language_choice_is_remembered() {
    clear();
    let store = Store::new(LocalStorage);
    store.save_lang(Lang::Nl).unwrap();
    assert_eq!(Store::new(LocalStorage).load_lang(), Some(Lang::Nl));
}

/// The browser counts a value's length without reading it out; the count must match the text's
/// UTF-16 length, also for packed values and characters outside the BMP (two units each).
#[wasm_bindgen_test]
fn stored_lengths_are_counted_in_utf16_units() {
    clear();
    let backend = LocalStorage;
    let texts = [
        "plain".to_owned(),
        "Zoë – 面接 🙂🙂".to_owned(),
        interviewgids::storage::codec::encode("{\"candidate\":\"Zoë 🙂\"}"),
    ];
    for (i, text) in texts.iter().enumerate() {
        let key = format!("interviewgids.t{i}");
        backend.set(&key, text).expect("stored");
        assert_eq!(
            backend.units(&key).expect("counted"),
            interviewgids::storage::codec::units(text)
        );
    }
    assert_eq!(backend.units("interviewgids.absent").expect("counted"), 0);
    let usage = Store::new(LocalStorage).usage().expect("usage");
    let expected: usize = texts
        .iter()
        .enumerate()
        .map(|(i, t)| {
            interviewgids::storage::codec::units(&format!("interviewgids.t{i}"))
                + interviewgids::storage::codec::units(t)
        })
        .sum();
    assert_eq!(usage.app_units, expected);
    clear();
}

/// At start the key list is read once and remembered until a write of the app's own.
#[wasm_bindgen_test]
fn the_key_list_is_remembered_while_start_reads_and_forgotten_on_a_write() {
    clear();
    let backend = LocalStorage;
    let raw = web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .expect("localStorage in the test browser");
    backend.set("interviewgids.a", "1").expect("stored");
    let sorted = |mut keys: Vec<String>| {
        keys.sort();
        keys
    };
    interviewgids::storage::browser::remembering_keys(|| {
        assert_eq!(backend.keys().expect("keys"), ["interviewgids.a"]);
        // Written past the backend (as no code of ours does): the remembered list stands.
        raw.set_item("interviewgids.b", "2").expect("stored");
        assert_eq!(backend.keys().expect("keys"), ["interviewgids.a"]);
        // A write through the backend forgets the list.
        backend.set("interviewgids.c", "3").expect("stored");
        assert_eq!(
            sorted(backend.keys().expect("keys")),
            ["interviewgids.a", "interviewgids.b", "interviewgids.c"]
        );
        backend.remove("interviewgids.a").expect("removed");
        assert_eq!(
            sorted(backend.keys().expect("keys")),
            ["interviewgids.b", "interviewgids.c"]
        );
    });
    // Outside, every call reads the browser's list.
    raw.set_item("interviewgids.d", "4").expect("stored");
    assert_eq!(backend.keys().expect("keys").len(), 3);
    clear();
}

/// The keys come in one call, exactly as `key(i)` gives them, however they are spelled; where
/// that call cannot give them all (no engine lists a key named `length`), one by one.
#[wasm_bindgen_test]
fn every_key_is_listed_exactly_however_it_is_spelled() {
    use interviewgids::storage::browser::keys_at_once;
    clear();
    let raw = web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .expect("localStorage in the test browser");
    let sorted = |mut keys: Vec<String>| {
        keys.sort();
        keys
    };
    let one_by_one = || {
        sorted(
            (0..raw.length().expect("length"))
                .filter_map(|i| raw.key(i).expect("key"))
                .collect(),
        )
    };
    let odd = [
        "key",
        "getItem",
        "__proto__",
        "toString",
        "interviewgids.session.a\"b\\c",
        "line\nbreak\ttab",
        "Zoë 🙂",
        "\u{a0}starts past ASCII",
        "",
    ];
    // The app's own keys come in one call in every engine.
    let mut expected: Vec<String> = (0..600)
        .map(|i| format!("interviewgids.session.s-{i}"))
        .collect();
    for key in &expected {
        raw.set_item(key, "x").expect("stored");
    }
    expected.sort();
    assert_eq!(keys_at_once().map(sorted).as_ref(), Some(&expected));
    // Keys named like Storage's own members are where engines differ: Chromium lists them,
    // Firefox leaves out those its members shadow. One call then gives every key or none,
    // never a wrong list, and the store's own list is exact either way.
    for key in odd {
        raw.set_item(key, "x").expect("stored");
        expected.push(key.to_owned());
    }
    expected.sort();
    let exact_or_none = |found: Option<Vec<String>>| found.is_none_or(|k| sorted(k) == expected);
    assert!(exact_or_none(keys_at_once()));
    assert_eq!(sorted(LocalStorage.keys().expect("keys")), expected);
    assert_eq!(one_by_one(), expected);

    // No engine lists a key named `length`: one call can never be trusted then.
    raw.set_item("length", "x").expect("stored");
    expected.push("length".to_owned());
    expected.sort();
    assert_eq!(keys_at_once(), None);
    assert_eq!(sorted(LocalStorage.keys().expect("keys")), expected);
    assert_eq!(one_by_one(), expected);
    clear();
}

#[wasm_bindgen_test]
fn the_manifest_is_linked_once_however_often_it_is_asked() {
    let doc = web_sys::window()
        .and_then(|w| w.document())
        .expect("a document");
    let found = |selector: &str| doc.query_selector(selector).expect("query").is_some();
    assert!(!found("link[rel=manifest]"));
    interviewgids::offline::link_manifest();
    interviewgids::offline::link_manifest();
    // One link, not a second one beside it.
    assert!(found("link[rel=manifest]"));
    assert!(!found("link[rel=manifest] ~ link[rel=manifest]"));
    let link = doc
        .query_selector("head > link[rel=manifest]")
        .expect("query")
        .expect("in the head");
    assert_eq!(
        link.get_attribute("href").as_deref(),
        Some("manifest.webmanifest")
    );
    link.remove();
}

fn blob(text: &str) -> web_sys::Blob {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    web_sys::Blob::new_with_str_sequence(&parts).expect("blob")
}

#[wasm_bindgen_test]
async fn a_picked_file_is_read_as_text() {
    let text = "{\"format\": \"interviewgids\", \"naam\": \"Ayşe — “citaat”\"}";
    assert_eq!(
        interviewgids::files::read_text(&blob(text)).await,
        Ok(text.to_owned())
    );
}

#[wasm_bindgen_test]
async fn an_oversized_file_is_refused_before_it_is_read() {
    let big = "x".repeat(interviewgids::domain::encryption::MAX_ENCRYPTED_BYTES + 1);
    match interviewgids::files::read_text(&blob(&big)).await {
        Err(interviewgids::files::ReadError::TooLarge { bytes }) => {
            assert_eq!(bytes, big.len() as f64)
        }
        other => panic!("expected a refusal, got {:?}", other.map(|t| t.len())),
    }
}

#[wasm_bindgen_test]
async fn a_file_in_another_encoding_is_refused() {
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(&b"{\"naam\": \"Zo\xEB\"}"[..]));
    let blob = web_sys::Blob::new_with_u8_array_sequence(&parts).expect("blob");
    match interviewgids::files::read_text(&blob).await {
        Err(interviewgids::files::ReadError::NotText(finding)) => assert_eq!(
            finding.problem,
            interviewgids::domain::finding::Problem::NotUtf8 { at: 12 }
        ),
        other => panic!("expected a refusal, got {other:?}"),
    }
}

/// The browser's own quota, not a model of it: typical interviews (the fixture the native
/// capacity test uses) are stored in the browser's localStorage until it refuses.
#[wasm_bindgen_test]
fn at_least_500_typical_interviews_fit_in_real_local_storage() {
    clear();
    let fixture: std::collections::BTreeMap<String, String> =
        serde_json::from_str(include_str!("fixtures/store-v1-typical.json")).expect("fixture");
    let raw = fixture
        .iter()
        .find(|(k, _)| k.starts_with("interviewgids.session."))
        .map(|(_, v)| v.clone())
        .expect("a session");
    let base: Session = interviewgids::domain::json::read(&raw).expect("reads");
    let store = Store::new(LocalStorage);
    let mut count = 0;
    loop {
        let mut s = base.clone();
        s.id = format!("s-{count:05}");
        s.candidate = format!("Kandidaat {count}");
        match store.save_session(&s) {
            Ok(()) => count += 1,
            Err(interviewgids::storage::StorageError::QuotaExceeded) => break,
            Err(other) => panic!("{other:?}"),
        }
    }
    console_log!("{count} typical interviews fit in this browser's localStorage");
    assert!(count >= 500, "only {count}");
    assert_eq!(store.list_sessions().unwrap().sessions.len(), count);
    clear();
}

mod encryption {
    use interviewgids::crypto::{open, seal, CryptoError};
    use interviewgids::domain::encryption::{read, write, ITERATIONS};
    use wasm_bindgen_test::*;

    const PLAIN: &str = include_str!("fixtures/encrypted-plain.json");

    #[wasm_bindgen_test]
    async fn web_crypto_opens_a_file_made_by_rustcrypto() {
        let sealed = read(include_str!("fixtures/encrypted-by-rustcrypto.json")).expect("envelope");
        let opened = open(&sealed, "Zeven zeeën, één wachtwoord").await;
        assert_eq!(opened.as_deref(), Ok(PLAIN));
        let wrong = open(&sealed, "zeven zeeën, één wachtwoord").await;
        assert_eq!(wrong, Err(CryptoError::WrongPassphrase));
    }

    #[wasm_bindgen_test]
    async fn what_web_crypto_seals_goes_through_the_envelope_and_opens_again() {
        let sealed = seal(PLAIN, "lange zin als wachtwoord", ITERATIONS)
            .await
            .expect("sealed");
        assert_eq!((sealed.salt.len(), sealed.iv.len()), (16, 12));
        assert_eq!(sealed.ciphertext.len(), PLAIN.len() + 16);
        let text = write(&sealed, "2026-11-29T07:30:00Z").expect("written");
        let back = read(&text).expect("read back");
        assert_eq!(
            open(&back, "lange zin als wachtwoord").await.as_deref(),
            Ok(PLAIN)
        );
        // A changed byte fails the tag, like a wrong passphrase; nothing half-decrypted comes out.
        let mut changed = back.clone();
        changed.ciphertext[10] ^= 0x20;
        assert_eq!(
            open(&changed, "lange zin als wachtwoord").await,
            Err(CryptoError::WrongPassphrase)
        );
        // Two seals of the same text differ (fresh salt and IV each time).
        let again = seal(PLAIN, "lange zin als wachtwoord", ITERATIONS)
            .await
            .expect("sealed");
        assert_ne!(again.salt, sealed.salt);
        assert_ne!(again.ciphertext, sealed.ciphertext);
    }
}

/// A backup of a million tiny objects holds more interviews than this device could ever store:
/// it is refused at once, with that reason, and nothing stored changes.
#[wasm_bindgen_test]
async fn a_file_that_could_never_fit_is_refused_at_once() {
    use interviewgids::domain::capacity::{most_that_fit, MIN_SESSION_UNITS};
    use interviewgids::domain::finding::Problem;
    use interviewgids::domain::interchange::Reading;
    clear();
    let store = Store::new(LocalStorage);
    store.save_session(&session("s-1", "Sanne")).expect("saved");
    let before = every_value();

    let count = 1_000_000;
    let mut text = String::from(
        r#"{"format":"interviewgids","version":3,"kind":"backup","lenses":[],"sessions":["#,
    );
    text.push_str(&vec!["{}"; count].join(","));
    text.push_str("]}");
    let started = js_sys::Date::now();
    let read = interviewgids::files::read_text(&blob(&text))
        .await
        .expect("a text file");
    let findings = match Reading::start(&read) {
        Err(findings) => findings,
        Ok(_) => panic!("a million sessions were not refused"),
    };
    let took = js_sys::Date::now() - started;
    assert_eq!(findings.len(), 1, "{findings:?}");
    assert_eq!(findings[0].path, "$.sessions");
    assert_eq!(
        findings[0].problem,
        Problem::TooMany {
            found: count,
            max: most_that_fit(MIN_SESSION_UNITS)
        }
    );
    console_log!("a million tiny sessions refused in {took} ms");
    assert!(took < 5_000.0, "took {took} ms");
    assert_eq!(every_value(), before);
    clear();
}

/// Every key and value of this origin's localStorage.
fn every_value() -> std::collections::BTreeMap<String, String> {
    let raw = web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .expect("localStorage");
    (0..raw.length().expect("length"))
        .filter_map(|i| raw.key(i).ok().flatten())
        .filter_map(|k| raw.get_item(&k).ok().flatten().map(|v| (k, v)))
        .collect()
}

/// The device lock in the browser: PBKDF2 from Web Crypto gives the published answer, and a
/// store holding the data key seals every save synchronously (nothing to await between the
/// write and the page going away) and reads it back.
mod device_lock {
    use super::*;
    use interviewgids::domain::device_lock::{LockRecord, Secret, SecretKey};
    use interviewgids::storage::codec;
    use interviewgids::storage::LockState;

    #[wasm_bindgen_test]
    async fn web_crypto_derives_the_published_pbkdf2_answer() {
        // PBKDF2-HMAC-SHA256, "password", "salt", one iteration, 32 bytes (RFC 6070's inputs,
        // the SHA-256 answer as the common test vectors give it).
        let bits = interviewgids::crypto::derive_key("password", b"salt", 1)
            .await
            .expect("derived");
        let hex: String = bits.iter().map(|b| format!("{b:02x}")).collect();
        assert_eq!(
            hex,
            "120fb6cffcf8b32c43e7225256c4f837a86548c92ccc35480805987cb70be17b"
        );
    }

    #[wasm_bindgen_test]
    async fn a_locked_store_seals_each_save_synchronously_and_reads_it_back() {
        clear();
        let kit = interviewgids::lock::kit();
        let data = SecretKey::new(interviewgids::crypto::random::<32>().unwrap());
        let pass = interviewgids::crypto::derive_key("een lange zin om te openen", &[7; 16], 1000)
            .await
            .unwrap();
        let fresh = interviewgids::domain::device_lock::Fresh {
            passphrase_salt: [7; 16],
            recovery_salt: [8; 16],
            nonces: [[1; 12], [2; 12]],
        };
        let record = (kit.wrap)(
            &data,
            &SecretKey::new(pass),
            &SecretKey::new([9; 32]),
            &fresh,
        );
        let plain = Store::new(LocalStorage);
        plain.save_session(&session("s-1", "Noor Haddad")).unwrap();
        let locked = Store::new(LocalStorage).with_cipher(Some((kit.cipher)(data.clone())));
        locked
            .seal_all(&record, (kit.cipher)(data.clone()))
            .unwrap();
        // One save, then straight to the stored value: sealed, with no name in it.
        let mut s = locked.load_session("s-1").unwrap().unwrap();
        s.interview.warm_up_notes = "Net getypt".into();
        locked.save_session(&s).unwrap();
        let raw = LocalStorage.get(&session_key("s-1")).unwrap().unwrap();
        assert!(codec::is_sealed(&raw));
        assert!(!raw.contains("Noor") && !raw.contains("Net getypt"));
        assert_eq!(locked.load_session("s-1").unwrap().unwrap(), s);
        // A store without the key reads nothing and moves nothing.
        assert!(Store::new(LocalStorage).load_session("s-1").is_err());
        assert_eq!(LocalStorage.get(&session_key("s-1")).unwrap().unwrap(), raw);
        // The passphrase's key opens the record to the same data key.
        let LockState::On(stored) = Store::new(LocalStorage).lock_state().unwrap() else {
            panic!("the lock is on");
        };
        let again = interviewgids::crypto::derive_key(
            "een lange zin om te openen",
            &stored.salt(Secret::Passphrase),
            1000,
        )
        .await
        .unwrap();
        assert_eq!(
            (kit.open)(&stored, Secret::Passphrase, SecretKey::new(again)).unwrap(),
            data
        );
        let _ = LockRecord::check(&stored);
        // Off again: readable as before.
        locked.open_all().unwrap();
        assert!(!codec::is_sealed(
            &LocalStorage.get(&session_key("s-1")).unwrap().unwrap()
        ));
        assert_eq!(
            Store::new(LocalStorage)
                .load_session("s-1")
                .unwrap()
                .unwrap(),
            s
        );
        clear();
    }
}
