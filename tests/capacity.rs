//! Room for a year of interviews, with real data: the fixtures are what the app stored after an
//! interviewer went through a typical and a heavy interview (tests/fixtures/make). The store is
//! filled to the browser's quota (5 × 2²⁰ UTF-16 units), upgraded from the schema-1 layout, and
//! backed up and restored whole.

use std::collections::BTreeMap;

use interviewgids::domain::capacity::{QUOTA_UNITS, TYPICAL_SESSION_UNITS};
use interviewgids::domain::interchange::{self, Backup, Content, Document, MAX_BYTES};
use interviewgids::domain::session::MODEL;
use interviewgids::domain::{json, Session};
use interviewgids::storage::memory::MemoryBackend;
use interviewgids::storage::{codec, session_key, Backend, Batch, StorageError, Store, Upgrade};

/// The stored keys of a fixture (schema 1: plain JSON, each session with its whole lens).
fn fixture(name: &str) -> BTreeMap<String, String> {
    let path = format!("{}/tests/fixtures/{name}.json", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).expect("fixture present");
    serde_json::from_str(&text).expect("fixture is a JSON object of strings")
}

fn session_of(stored: &BTreeMap<String, String>) -> Session {
    let (_, raw) = stored
        .iter()
        .find(|(k, _)| k.starts_with("interviewgids.session."))
        .expect("a session in the fixture");
    json::read(raw).expect("the fixture's session reads")
}

fn typical() -> Session {
    session_of(&fixture("store-v1-typical"))
}

fn heavy() -> Session {
    session_of(&fixture("store-v1-heavy"))
}

/// The n-th candidate: the same interview under its own id and name.
fn candidate(base: &Session, n: usize) -> Session {
    let mut s = base.clone();
    s.id = format!("s-{n:05}");
    s.candidate = format!("Kandidaat {n}");
    // Saved by this build, as every session the store writes is.
    s.written_by = MODEL;
    s
}

/// Saves copies of `base` until the store is full; returns how many fit.
fn fill(store: &Store<MemoryBackend>, base: &Session) -> usize {
    for n in 0.. {
        match store.save_session(&candidate(base, n)) {
            Ok(()) => {}
            Err(StorageError::QuotaExceeded) => return n,
            Err(other) => panic!("unexpected {other:?}"),
        }
    }
    unreachable!()
}

#[test]
fn at_least_500_typical_interviews_fit_in_the_quota() {
    let base = typical();
    let plain = codec::units(&json::write(&base).unwrap());
    let store = Store::new(MemoryBackend::with_quota(QUOTA_UNITS));
    let count = fill(&store, &base);
    let per_session = (store.backend().used() - first_session_units(&base)) / (count - 1);
    println!(
        "typical interview: {plain} units as schema 1 stored it; now about {per_session} units \
         each (index entry included, lens shared); {count} fit in {QUOTA_UNITS} units"
    );
    assert!(count >= 500, "only {count} typical interviews fit");
    // The usage count (value lengths asked of the backend, not read out) matches what it holds.
    assert_eq!(store.usage().unwrap().all_units, store.backend().used());
    // The figure the Data screen uses for "about N more interviews" follows the measurement.
    let drift = per_session.abs_diff(TYPICAL_SESSION_UNITS) as f64 / per_session as f64;
    assert!(
        drift < 0.10,
        "TYPICAL_SESSION_UNITS is {TYPICAL_SESSION_UNITS}, measured {per_session}"
    );
    // Every one of them still reads back as it was written.
    for n in [0, count / 2, count - 1] {
        assert_eq!(
            store.load_session(&format!("s-{n:05}")).unwrap(),
            Some(candidate(&base, n))
        );
    }
}

/// What the first session of an empty store costs, snapshot and index included.
fn first_session_units(base: &Session) -> usize {
    let store = Store::new(MemoryBackend::default());
    store.save_session(&candidate(base, 0)).unwrap();
    store.backend().used()
}

#[test]
fn heavy_interviews_fit_too_and_are_counted() {
    let base = heavy();
    let plain = codec::units(&json::write(&base).unwrap());
    let store = Store::new(MemoryBackend::with_quota(QUOTA_UNITS));
    let count = fill(&store, &base);
    let per_session = (store.backend().used() - first_session_units(&base)) / (count - 1);
    println!(
        "heavy interview: {plain} units as schema 1 stored it; now {per_session} each; {count} fit"
    );
    assert!(count >= 150, "only {count} heavy interviews fit");
}

/// A schema-1 store, as the previous release left it: plain JSON, a full lens per session,
/// filled with `n` copies of the fixture's session.
fn schema_1_store(quota: usize, limit: usize) -> (MemoryBackend, Vec<Session>) {
    let stored = fixture("store-v1-typical");
    let base = session_of(&stored);
    let backend = MemoryBackend::with_quota(quota);
    let mut sessions = Vec::new();
    let mut summaries = Vec::new();
    for n in 0..limit {
        let s = candidate(&base, n);
        let index = serde_json::json!({ "schema": 1, "sessions": summaries.iter().chain([&s.summary()]).collect::<Vec<_>>() });
        // As schema 1 wrote: the session, then the index.
        if backend
            .set(&session_key(&s.id), &json::write(&s).unwrap())
            .is_err()
        {
            break;
        }
        if backend
            .set("interviewgids.index", &index.to_string())
            .is_err()
        {
            let _ = backend.remove(&session_key(&s.id));
            break;
        }
        summaries.push(s.summary());
        sessions.push(s);
    }
    (backend, sessions)
}

#[test]
fn a_schema_1_store_near_full_upgrades_with_nothing_lost() {
    let (backend, sessions) = schema_1_store(QUOTA_UNITS, usize::MAX);
    let before = backend.used();
    println!(
        "schema 1 held {} typical interviews in {before} units",
        sessions.len()
    );
    assert!(QUOTA_UNITS - before < 40_000, "the store is near full");
    let store = Store::new(backend);
    assert_eq!(
        store.upgrade().unwrap(),
        Upgrade::Done {
            sessions: sessions.len()
        }
    );
    let after = store.backend().used();
    println!("after the upgrade: {after} units");
    assert!(
        after < before / 3,
        "{after} units used after, {before} before"
    );
    for s in &sessions {
        assert_eq!(store.load_session(&s.id).unwrap().as_ref(), Some(s));
    }
    assert_eq!(
        store.list_sessions().unwrap().sessions.len(),
        sessions.len()
    );
    let snapshots = store
        .backend()
        .keys()
        .unwrap()
        .into_iter()
        .filter(|k| k.starts_with("interviewgids.snapshot."))
        .count();
    assert_eq!(snapshots, 1, "one lens, stored once");
    assert_eq!(store.upgrade().unwrap(), Upgrade::Current);
}

#[test]
fn an_interrupted_upgrade_leaves_every_session_readable_and_resumes() {
    let (backend, sessions) = schema_1_store(QUOTA_UNITS, 40);
    for stop_after in [0, 1, 5, 39, 41, 60] {
        let store = Store::new(MemoryBackend::with_quota(QUOTA_UNITS));
        for (k, v) in backend.snapshot() {
            store.backend().set(&k, &v).unwrap();
        }
        store.backend().writes_left.set(Some(stop_after));
        let outcome = store.upgrade();
        assert!(
            matches!(
                outcome,
                Ok(Upgrade::Stopped { .. }) | Err(StorageError::WriteFailed(_))
            ),
            "stopping after {stop_after} writes: {outcome:?}"
        );
        store.backend().writes_left.set(None);
        for s in &sessions {
            assert_eq!(
                store.load_session(&s.id).unwrap().as_ref(),
                Some(s),
                "after {stop_after}"
            );
        }
        assert!(matches!(store.upgrade(), Ok(Upgrade::Done { .. })));
        for s in &sessions {
            assert_eq!(store.load_session(&s.id).unwrap().as_ref(), Some(s));
        }
    }
}

/// Everything stored, as the app exports it.
fn backup_of(store: &Store<MemoryBackend>) -> Document {
    let sessions = store
        .list_sessions()
        .unwrap()
        .sessions
        .iter()
        .map(|s| store.load_session(&s.id).unwrap().unwrap())
        .collect();
    Document::new(
        "2026-11-28T10:00:00Z",
        Content::Backup(Backup {
            sessions,
            lenses: Vec::new(),
            kept_aside: Vec::new(),
        }),
    )
}

#[test]
fn a_backup_of_a_full_store_reads_back_and_restores_into_an_empty_one() {
    for base in [typical(), heavy()] {
        let store = Store::new(MemoryBackend::with_quota(QUOTA_UNITS));
        let count = fill(&store, &base);
        let doc = backup_of(&store);
        let text = doc.to_json().unwrap();
        println!(
            "a backup of {count} interviews: {} bytes (limit {MAX_BYTES})",
            text.len()
        );
        assert!(text.len() <= MAX_BYTES);
        let read = interchange::parse(&text).expect("the app reads its own backup");
        assert_eq!(read, doc);

        let fresh = Store::new(MemoryBackend::with_quota(QUOTA_UNITS));
        let Content::Backup(backup) = read.content else {
            panic!("a backup")
        };
        let mut batch = Batch::default();
        for s in &backup.sessions {
            fresh.prepare_session(&mut batch, s).unwrap();
        }
        fresh
            .commit(batch)
            .expect("a full store's backup fits an empty store");
        for s in &backup.sessions {
            assert_eq!(fresh.load_session(&s.id).unwrap().as_ref(), Some(s));
        }
    }
}

#[test]
fn an_import_that_does_not_fit_says_how_much_room_it_needs_and_changes_nothing() {
    let base = typical();
    let store = Store::new(MemoryBackend::with_quota(QUOTA_UNITS));
    for n in 0..400 {
        store.save_session(&candidate(&base, n)).unwrap();
    }
    let before = store.backend().snapshot();
    let mut batch = Batch::default();
    for n in 1000..1300 {
        store
            .prepare_session(&mut batch, &candidate(&base, n))
            .unwrap();
    }
    match store.commit(batch) {
        Err(StorageError::NoRoom { needed, free }) => {
            assert!(needed > free, "{needed} > {free}");
            assert!(needed > 300 * 6_000, "{needed}");
        }
        other => panic!("expected NoRoom, got {other:?}"),
    }
    assert_eq!(store.backend().snapshot(), before);
}

#[test]
fn a_full_store_of_chinese_notes_still_backs_up_within_the_import_limit() {
    // Three UTF-8 bytes a character: the most a stored unit can stand for.
    let mut base = typical();
    for answer in base.interview.answers.values_mut() {
        answer.notes = "候选人描述了一个具体的例子，并说明了结果。".repeat(25);
    }
    let store = Store::new(MemoryBackend::with_quota(QUOTA_UNITS));
    let count = fill(&store, &base);
    let text = backup_of(&store).to_json().unwrap();
    println!(
        "a backup of {count} interviews with Chinese notes: {} bytes",
        text.len()
    );
    assert!(text.len() <= MAX_BYTES, "{} > {MAX_BYTES}", text.len());
    assert!(interchange::parse(&text).is_ok());
}
