//! The device lock (GDPR art. 32): a random data key wrapped under the passphrase's key and,
//! separately, the recovery code's; every stored value with candidate data sealed with it, in
//! one all-or-nothing switch; a store without the key reads and moves nothing.

mod common;

use std::cell::Cell;
use std::rc::Rc;

use interviewgids::domain::device_lock::{
    normalise_recovery, recovery_code, retry_delay_ms, BadRecord, Fresh, LockRecord, Secret,
    SecretKey, Tampered,
};
use interviewgids::domain::{json, Session};
use interviewgids::storage::memory::MemoryBackend;
use interviewgids::storage::{
    codec, session_key, Backend, Batch, Cipher, LockState, StorageError, Store, LOCK_KEY,
};

fn key(seed: u8) -> SecretKey {
    SecretKey::new([seed; 32])
}

fn fresh() -> Fresh {
    Fresh {
        passphrase_salt: [1; 16],
        recovery_salt: [2; 16],
        nonces: [[3; 12], [4; 12]],
    }
}

/// The data key with counted nonces (the app's takes them from the browser's random source).
struct TestCipher {
    key: SecretKey,
    count: Cell<u64>,
}

impl Cipher for TestCipher {
    fn seal(&self, plain: &[u8]) -> Result<Vec<u8>, String> {
        let n = self.count.get() + 1;
        self.count.set(n);
        let mut nonce = [0u8; 12];
        nonce[..8].copy_from_slice(&n.to_le_bytes());
        Ok(self.key.seal(nonce, plain))
    }

    fn open(&self, sealed: &[u8]) -> Option<Vec<u8>> {
        self.key.open(sealed).ok()
    }
}

fn cipher(data: &SecretKey) -> Rc<dyn Cipher> {
    Rc::new(TestCipher {
        key: data.clone(),
        count: Cell::new(0),
    })
}

#[test]
fn the_passphrase_and_the_recovery_code_both_open_the_data_key() {
    let data = key(7);
    let record = LockRecord::new(&data, &key(1), &key(2), &fresh());
    assert_eq!(record.check(), Ok(()));
    assert_eq!(record.open(Secret::Passphrase, &key(1)), Ok(data.clone()));
    assert_eq!(record.open(Secret::RecoveryCode, &key(2)), Ok(data.clone()));
    // A wrong key, or the right key for the other secret, opens nothing.
    assert_eq!(record.open(Secret::Passphrase, &key(9)), Err(Tampered));
    assert_eq!(record.open(Secret::Passphrase, &key(2)), Err(Tampered));
    assert_eq!(record.salt(Secret::Passphrase), [1; 16]);
    assert_eq!(record.salt(Secret::RecoveryCode), [2; 16]);
    // Nothing in the record is the data key or a hash of the passphrase.
    let text = json::write(&record).unwrap();
    assert!(!text.contains("hash"));
}

#[test]
fn a_changed_passphrase_opens_and_the_old_one_no_longer_does() {
    let data = key(7);
    let record = LockRecord::new(&data, &key(1), &key(2), &fresh());
    let changed = record.with_passphrase(&data, &key(5), [6; 16], [8; 12]);
    assert_eq!(changed.open(Secret::Passphrase, &key(5)), Ok(data.clone()));
    assert_eq!(changed.open(Secret::Passphrase, &key(1)), Err(Tampered));
    // The recovery code still opens it: its wrap is untouched.
    assert_eq!(changed.recovery, record.recovery);
    assert_eq!(changed.open(Secret::RecoveryCode, &key(2)), Ok(data));
}

#[test]
fn a_tampered_value_or_wrapped_key_is_refused_never_decrypted_wrongly() {
    let data = key(7);
    let sealed = data.seal([9; 12], b"{\"candidate\":\"Noor Haddad\"}");
    assert_eq!(
        data.open(&sealed).unwrap(),
        b"{\"candidate\":\"Noor Haddad\"}"
    );
    for i in 0..sealed.len() {
        let mut changed = sealed.clone();
        changed[i] ^= 1;
        assert_eq!(data.open(&changed), Err(Tampered), "byte {i}");
    }
    assert_eq!(data.open(&sealed[..20]), Err(Tampered));
    assert_eq!(key(8).open(&sealed), Err(Tampered));
    // A wrapped key with one bit changed opens nothing.
    let mut record = LockRecord::new(&data, &key(1), &key(2), &fresh());
    let mut wrapped = interviewgids::domain::encryption::decode(&record.passphrase.key).unwrap();
    wrapped[20] ^= 4;
    record.passphrase.key = interviewgids::domain::encryption::base64(&wrapped);
    assert_eq!(record.open(Secret::Passphrase, &key(1)), Err(Tampered));
}

#[test]
fn a_record_with_weak_or_wrong_parameters_is_refused_before_any_work() {
    let record = LockRecord::new(&key(7), &key(1), &key(2), &fresh());
    let mut weak = record.clone();
    weak.iterations = 1000;
    assert_eq!(weak.check(), Err(BadRecord::Parameters));
    let mut short = record.clone();
    short.recovery.salt = "AAAA".into();
    assert_eq!(short.check(), Err(BadRecord::Parameters));
    let mut newer = record;
    newer.version = 2;
    assert_eq!(newer.check(), Err(BadRecord::NewerVersion));
}

#[test]
fn a_recovery_code_reads_back_however_it_was_written_down() {
    let code = recovery_code(&[0xA5; 20]);
    assert_eq!(code.len(), 32 + 7);
    assert_eq!(code.split('-').count(), 8);
    assert!(code.split('-').all(|g| g.len() == 4));
    let plain = normalise_recovery(&code).unwrap();
    assert_eq!(plain.len(), 32);
    // Lower case, spaces instead of dashes, O for 0 and l for 1: the same code.
    let typed = code
        .to_lowercase()
        .replace('-', " ")
        .replace('0', "o")
        .replace('1', "l");
    assert_eq!(normalise_recovery(&typed), Some(plain.clone()));
    assert_eq!(normalise_recovery(&code[..20]), None);
    assert_eq!(normalise_recovery(&format!("{code}!")), None);
    assert_ne!(recovery_code(&[0x5A; 20]), code);
}

#[test]
fn repeated_wrong_tries_slow_down() {
    let delays: Vec<u64> = (0..12).map(retry_delay_ms).collect();
    assert_eq!(&delays[..6], [0, 0, 0, 1000, 2000, 4000]);
    assert!(delays.windows(2).all(|w| w[0] <= w[1]));
    assert_eq!(retry_delay_ms(50), 60_000);
}

/// A store with two interviews, a lens, and a value kept aside.
fn filled() -> Store<MemoryBackend> {
    let store = Store::new(MemoryBackend::default());
    for (id, name) in [("s-1", "Noor Haddad"), ("s-2", "Sanne de Vries")] {
        let mut s = common::session(id);
        s.candidate = name.into();
        store.save_session(&s).unwrap();
    }
    store.save_lens(&common::lens("teamleider")).unwrap();
    store
        .backend()
        .set(
            "interviewgids.session.s-3",
            "{\"candidate\":\"Kees Kapot\",",
        )
        .unwrap();
    assert!(store.load_session("s-3").is_err());
    store.save_lang(interviewgids::domain::Lang::Nl).unwrap();
    store
}

fn locked(store: Store<MemoryBackend>, data: &SecretKey) -> Store<MemoryBackend> {
    store.with_cipher(Some(cipher(data)))
}

#[test]
fn turning_the_lock_on_leaves_no_readable_field_or_name_in_storage() {
    let data = key(7);
    let store = locked(filled(), &data);
    let record = LockRecord::new(&data, &key(1), &key(2), &fresh());
    store.seal_all(&record, cipher(&data)).unwrap();
    for (k, v) in store.backend().snapshot() {
        if k == "interviewgids.prefs" || k == LOCK_KEY {
            assert!(!v.contains("Noor") && !v.contains("Sanne"), "{k}");
            continue;
        }
        assert!(codec::is_sealed(&v), "{k} is not sealed");
        let bytes = codec::decode_sealed(&v).unwrap();
        let text = String::from_utf8_lossy(&bytes);
        for readable in ["Noor", "Sanne", "Kees", "candidate", "\"id\"", "Teamleider"] {
            assert!(!text.contains(readable), "{readable} readable in {k}");
        }
    }
    assert!(matches!(store.lock_state(), Ok(LockState::On(_))));
    // With the key everything reads as before, the damaged value kept aside included.
    let names: Vec<String> = store
        .list_sessions()
        .unwrap()
        .sessions
        .into_iter()
        .map(|s| s.candidate)
        .collect();
    assert_eq!(names, ["Noor Haddad", "Sanne de Vries"]);
    let damaged = store.damaged_sessions().unwrap();
    assert_eq!(damaged[0].candidate.as_deref(), Some("Kees Kapot"));
    assert_eq!(store.list_lenses().unwrap().0.len(), 1);
    assert_eq!(
        store.prefs().lang,
        Some(interviewgids::domain::Lang::Nl),
        "the preferences stay plain"
    );
}

#[test]
fn a_store_without_the_key_reads_nothing_and_moves_nothing_aside() {
    let data = key(7);
    let unlocked = locked(filled(), &data);
    let record = LockRecord::new(&data, &key(1), &key(2), &fresh());
    unlocked.seal_all(&record, cipher(&data)).unwrap();
    let before = unlocked.backend().snapshot();
    let backend = MemoryBackend::default();
    for (k, v) in &before {
        backend.set(k, v).unwrap();
    }
    let without = Store::new(backend);
    assert_eq!(without.list_sessions().unwrap_err(), StorageError::Locked);
    let (upgrade, listing) = without.open();
    assert_eq!(
        (upgrade.unwrap_err(), listing.unwrap_err()),
        (StorageError::Locked, StorageError::Locked)
    );
    let unreadable = without.load_session("s-1").unwrap_err();
    assert_eq!(unreadable.aside_key, None);
    assert_eq!(without.stored_revision("s-1"), None);
    without.collect_snapshots().unwrap();
    assert_eq!(
        without.backend().snapshot(),
        before,
        "nothing moved or removed"
    );
    // Another key does not open it either, and moves nothing: a tampered value is what moves.
    let other = without.with_cipher(Some(cipher(&key(8))));
    assert!(other.load_session("s-1").is_err());
}

#[test]
fn turning_it_on_is_all_or_nothing_when_a_write_fails_midway_or_room_is_short() {
    let data = key(7);
    let record = LockRecord::new(&data, &key(1), &key(2), &fresh());
    for writes in 0..7 {
        let store = filled();
        let before = store.backend().snapshot();
        store.backend().refuse_one_after.set(Some(writes));
        let result = store.seal_all(&record, cipher(&data));
        assert!(result.is_err(), "{writes} writes");
        assert!(
            store.backend().snapshot() == before,
            "after {writes} writes"
        );
        assert_eq!(store.lock_state(), Ok(LockState::Off));
    }
    // A tab closed midway (every write after it refused): the record is there first, so the
    // store is locked; with the key everything reads, and the unlock seals the rest.
    let store = filled();
    store.backend().writes_left.set(Some(3));
    assert!(store.seal_all(&record, cipher(&data)).is_err());
    store.backend().writes_left.set(None);
    assert!(matches!(store.lock_state(), Ok(LockState::On(_))));
    let store = locked(store, &data);
    assert_eq!(store.list_sessions().unwrap().sessions.len(), 2);
    assert!(store.finish_sealing().unwrap() > 0);
    for (k, v) in store.backend().snapshot() {
        if k != "interviewgids.prefs" && k != LOCK_KEY {
            assert!(codec::is_sealed(&v), "{k}");
        }
    }
    // Too little room: refused before anything is written.
    let store = filled();
    let used = store.backend().used();
    let tight = Store::new(MemoryBackend::with_quota(used + 10));
    for (k, v) in store.backend().snapshot() {
        tight.backend().set(&k, &v).unwrap();
    }
    let before = tight.backend().snapshot();
    assert!(matches!(
        tight.seal_all(&record, cipher(&data)),
        Err(StorageError::NoRoom { .. }) | Err(StorageError::QuotaExceeded)
    ));
    assert_eq!(tight.backend().snapshot(), before);
}

#[test]
fn turning_it_off_restores_readable_storage_all_or_nothing() {
    let data = key(7);
    let plain = filled();
    let readable = plain.backend().snapshot();
    let store = locked(plain, &data);
    let record = LockRecord::new(&data, &key(1), &key(2), &fresh());
    store.seal_all(&record, cipher(&data)).unwrap();
    let sealed = store.backend().snapshot();
    for writes in 0..6 {
        store.backend().refuse_one_after.set(Some(writes));
        assert!(store.open_all().is_err(), "{writes} writes");
        store.backend().refuse_one_after.set(None);
        assert!(
            store.backend().snapshot() == sealed,
            "after {writes} writes"
        );
    }
    store.open_all().unwrap();
    let after = store.backend().snapshot();
    assert_eq!(store.lock_state(), Ok(LockState::Off));
    // Every value reads as the same text it held before the lock.
    assert_eq!(after.len(), readable.len());
    for (k, v) in &readable {
        assert_eq!(
            codec::decode(&after[k]).unwrap(),
            codec::decode(v).unwrap_or(std::borrow::Cow::Borrowed(v)),
            "{k}"
        );
    }
}

#[test]
fn every_save_and_import_is_sealed_and_a_cut_short_switch_is_finished_at_unlock() {
    let data = key(7);
    let store = locked(filled(), &data);
    let record = LockRecord::new(&data, &key(1), &key(2), &fresh());
    store.seal_all(&record, cipher(&data)).unwrap();
    let mut s: Session = store.load_session("s-1").unwrap().unwrap();
    s.interview.warm_up_notes = "Vertelde over de reis.".into();
    store.save_session(&s).unwrap();
    let mut batch = Batch::default();
    let mut new = common::session("s-9");
    new.candidate = "Imported Person".into();
    store.prepare_session(&mut batch, &new).unwrap();
    store.commit(batch).unwrap();
    for (k, v) in store.backend().snapshot() {
        if k != "interviewgids.prefs" && k != LOCK_KEY {
            assert!(codec::is_sealed(&v), "{k}");
        }
    }
    assert_eq!(store.load_session("s-1").unwrap().unwrap(), s);
    assert_eq!(store.load_session("s-9").unwrap().unwrap(), new);
    // A value written plain (a switch cut short) is sealed after the next unlock.
    let plain = Store::new(MemoryBackend::default());
    plain.save_session(&common::session("s-5")).unwrap();
    let raw = plain.backend().get(&session_key("s-5")).unwrap().unwrap();
    store.backend().set(&session_key("s-5"), &raw).unwrap();
    assert_eq!(store.finish_sealing(), Ok(1));
    assert!(codec::is_sealed(
        &store.backend().get(&session_key("s-5")).unwrap().unwrap()
    ));
    assert_eq!(store.finish_sealing(), Ok(0));
}

#[test]
fn a_year_of_typical_interviews_still_fits_with_the_lock_on() {
    use interviewgids::domain::capacity::QUOTA_UNITS;
    let path = format!(
        "{}/tests/fixtures/store-v1-typical.json",
        env!("CARGO_MANIFEST_DIR")
    );
    let stored: std::collections::BTreeMap<String, String> =
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let raw = stored
        .iter()
        .find(|(k, _)| k.starts_with("interviewgids.session."))
        .map(|(_, v)| v.clone())
        .unwrap();
    let base: Session = json::read(&raw).unwrap();
    let data = key(7);
    let store = Store::new(MemoryBackend::with_quota(QUOTA_UNITS)).with_cipher(Some(cipher(&data)));
    let record = LockRecord::new(&data, &key(1), &key(2), &fresh());
    store.seal_all(&record, cipher(&data)).unwrap();
    let mut count = 0;
    loop {
        let mut s = base.clone();
        s.id = format!("s-{count:05}");
        s.candidate = format!("Kandidaat {count}");
        match store.save_session(&s) {
            Ok(()) => count += 1,
            Err(StorageError::QuotaExceeded) => break,
            Err(other) => panic!("{other:?}"),
        }
    }
    let per_session = store.backend().used() / count;
    println!("with the lock on: {count} typical interviews fit, about {per_session} units each");
    assert!(count >= 500, "only {count} fit with the lock on");
    let last = store
        .load_session(&format!("s-{:05}", count - 1))
        .unwrap()
        .unwrap();
    assert_eq!(last.candidate, format!("Kandidaat {}", count - 1));
}

#[test]
fn a_changed_sealed_value_is_kept_aside_as_it_is_and_never_read_wrongly() {
    let data = key(7);
    let store = locked(filled(), &data);
    let record = LockRecord::new(&data, &key(1), &key(2), &fresh());
    store.seal_all(&record, cipher(&data)).unwrap();
    let raw = store.backend().get(&session_key("s-1")).unwrap().unwrap();
    // One character changed in the middle of the ciphertext.
    let mut chars: Vec<char> = raw.chars().collect();
    let middle = chars.len() / 2;
    chars[middle] = char::from_u32(u32::from(chars[middle]) ^ 1).unwrap();
    let changed: String = chars.into_iter().collect();
    store.backend().set(&session_key("s-1"), &changed).unwrap();
    let unreadable = store.load_session("s-1").unwrap_err();
    let aside = unreadable.aside_key.expect("kept aside");
    assert_eq!(store.backend().get(&aside).unwrap().unwrap(), changed);
    assert_eq!(store.backend().get(&session_key("s-1")).unwrap(), None);
    // The other interview is untouched and still reads.
    assert_eq!(
        store.load_session("s-2").unwrap().unwrap().candidate,
        "Sanne de Vries"
    );
}

#[test]
fn a_key_from_elsewhere_is_recognised_before_it_reads_anything() {
    let data = key(7);
    let store = locked(filled(), &data);
    let record = LockRecord::new(&data, &key(1), &key(2), &fresh());
    store.seal_all(&record, cipher(&data)).unwrap();
    assert_eq!(store.key_opens(), Ok(true));
    let before = store.backend().snapshot();
    let wrong = store.with_cipher(Some(cipher(&key(8))));
    assert_eq!(wrong.key_opens(), Ok(false));
    assert!(wrong.backend().snapshot() == before, "nothing moved");
}
