//! The storage rules over an in-memory backend; the same rules run against the real
//! localStorage in `browser.rs`.

mod common;

use interviewgids::domain::Lang;
use interviewgids::storage::memory::MemoryBackend;
use interviewgids::storage::{session_key, Backend, StorageError, Store};

#[test]
fn a_session_round_trips_and_is_listed() {
    let store = Store::new(MemoryBackend::default());
    let session = common::session("s-1");
    store.save_session(&session).unwrap();
    assert_eq!(store.load_session("s-1").unwrap(), Some(session.clone()));
    let listing = store.list_sessions().unwrap();
    assert_eq!(listing.sessions, [session.summary()]);
    assert!(listing.unreadable.is_empty());
}

#[test]
fn an_edit_that_leaves_the_summary_alone_writes_only_its_session() {
    let store = Store::new(MemoryBackend::default());
    let mut session = common::session("s-1");
    store.save_session(&session).unwrap();
    let index_before = store.backend().get("interviewgids.index").unwrap();
    session.revision += 1;
    session.updated_at = "2026-11-28T09:05:00Z".into();
    store.save_session(&session).unwrap();
    assert_eq!(
        store.backend().get("interviewgids.index").unwrap(),
        index_before
    );
    session.candidate = "Sanne de Vries-Jansen".into();
    store.save_session(&session).unwrap();
    assert_eq!(
        store.list_sessions().unwrap().sessions[0].candidate,
        "Sanne de Vries-Jansen"
    );
}

#[test]
fn a_corrupt_session_is_kept_aside_and_reported() {
    let store = Store::new(MemoryBackend::default());
    store.save_session(&common::session("s-1")).unwrap();
    store.save_session(&common::session("s-2")).unwrap();
    // An earlier aside copy must never be overwritten.
    store
        .backend()
        .set("interviewgids.aside.1.interviewgids.session.s-2", "older")
        .unwrap();
    store
        .backend()
        .set(&session_key("s-2"), "{\"id\": \"s-2\", trunc")
        .unwrap();

    let unreadable = store.load_session("s-2").unwrap_err();
    assert_eq!(unreadable.key, "interviewgids.session.s-2");
    let aside = unreadable.aside_key.expect("kept aside");
    assert_eq!(aside, "interviewgids.aside.2.interviewgids.session.s-2");
    assert_eq!(
        store.backend().get(&aside).unwrap().as_deref(),
        Some("{\"id\": \"s-2\", trunc")
    );
    assert_eq!(
        store
            .backend()
            .get("interviewgids.aside.1.interviewgids.session.s-2")
            .unwrap()
            .as_deref(),
        Some("older")
    );
    // The rest of the app keeps working: the good session is still listed.
    let ids: Vec<_> = store
        .list_sessions()
        .unwrap()
        .sessions
        .into_iter()
        .map(|s| s.id)
        .collect();
    assert_eq!(ids, ["s-1"]);
    assert_eq!(store.kept_aside().unwrap().len(), 2);
}

#[test]
fn a_corrupt_session_missing_from_the_index_is_reported_by_the_listing() {
    let store = Store::new(MemoryBackend::default());
    store.backend().set(&session_key("x"), "[1,2,3]").unwrap();
    let listing = store.list_sessions().unwrap();
    assert!(listing.sessions.is_empty());
    assert_eq!(listing.unreadable.len(), 1);
    assert_eq!(listing.unreadable[0].key, "interviewgids.session.x");
    assert!(listing.unreadable[0].aside_key.is_some());
}

#[test]
fn a_corrupt_index_is_kept_aside_and_rebuilt_from_the_sessions() {
    let store = Store::new(MemoryBackend::default());
    store.save_session(&common::session("s-1")).unwrap();
    store
        .backend()
        .set("interviewgids.index", "garbage")
        .unwrap();
    let listing = store.list_sessions().unwrap();
    assert_eq!(listing.sessions, [common::session("s-1").summary()]);
    assert_eq!(listing.unreadable.len(), 1);
    assert_eq!(listing.unreadable[0].key, "interviewgids.index");
    // The rebuilt index was written back, so the next listing is clean.
    assert!(store.list_sessions().unwrap().unreadable.is_empty());
}

#[test]
fn a_full_store_refuses_the_write_and_changes_nothing() {
    let store = Store::new(MemoryBackend::with_quota(40_000));
    let first = common::session("s-1");
    store.save_session(&first).unwrap();
    let before = store.backend().snapshot();
    let mut big = common::session("s-2");
    big.candidate = "x".repeat(50_000);
    assert_eq!(store.save_session(&big), Err(StorageError::QuotaExceeded));
    assert_eq!(store.backend().snapshot(), before);
}

#[test]
fn data_from_a_newer_app_is_left_alone() {
    let store = Store::new(MemoryBackend::default());
    store
        .backend()
        .set("interviewgids.index", r#"{"schema": 9, "sessions": []}"#)
        .unwrap();
    let before = store.backend().snapshot();
    assert_eq!(
        store.list_sessions(),
        Err(StorageError::NewerSchema { found: 9 })
    );
    assert_eq!(
        store.save_session(&common::session("s-1")),
        Err(StorageError::NewerSchema { found: 9 })
    );
    assert_eq!(store.backend().snapshot(), before);
}

#[test]
fn deleting_removes_the_key_and_the_index_entry() {
    let store = Store::new(MemoryBackend::default());
    store.save_session(&common::session("s-1")).unwrap();
    store.save_session(&common::session("s-2")).unwrap();
    store.delete_session("s-1").unwrap();
    assert_eq!(store.backend().get(&session_key("s-1")).unwrap(), None);
    let ids: Vec<_> = store
        .list_sessions()
        .unwrap()
        .sessions
        .into_iter()
        .map(|s| s.id)
        .collect();
    assert_eq!(ids, ["s-2"]);
}

#[test]
fn the_language_is_remembered_and_bad_prefs_are_ignored() {
    let store = Store::new(MemoryBackend::default());
    assert_eq!(store.load_lang(), None);
    store.save_lang(Lang::Nl).unwrap();
    assert_eq!(store.load_lang(), Some(Lang::Nl));
    store
        .backend()
        .set("interviewgids.prefs", "{\"lang\": 5}")
        .unwrap();
    assert_eq!(store.load_lang(), None);
}

#[test]
fn bytes_used_counts_only_this_apps_keys() {
    let store = Store::new(MemoryBackend::default());
    store.backend().set("other.app", "zzzzzzzzzz").unwrap();
    assert_eq!(store.bytes_used().unwrap(), 0);
    store.save_lang(Lang::En).unwrap();
    let stored = store.backend().get("interviewgids.prefs").unwrap().unwrap();
    assert!(stored.contains("\"lang\":\"en\""), "{stored}");
    let expected = 2 * ("interviewgids.prefs".len() + stored.len());
    assert_eq!(store.bytes_used().unwrap(), expected);
}

#[test]
fn lenses_are_stored_one_key_each_and_listed_by_name() {
    let store = Store::new(MemoryBackend::default());
    let mut b = common::lens("b");
    b.name = "projectleider".into();
    let mut a = common::lens("a");
    a.name = "Klantenservice".into();
    store.save_lens(&b).unwrap();
    store.save_lens(&a).unwrap();
    let (lenses, unreadable) = store.list_lenses().unwrap();
    assert!(unreadable.is_empty());
    assert_eq!(lenses, [a.clone(), b.clone()]);
    store.delete_lens("a").unwrap();
    assert_eq!(store.backend().get("interviewgids.lens.a").unwrap(), None);
    assert_eq!(store.list_lenses().unwrap().0, [b]);
}

#[test]
fn an_unreadable_lens_is_kept_aside_and_the_others_still_list() {
    let store = Store::new(MemoryBackend::default());
    store.save_lens(&common::lens("good")).unwrap();
    store
        .backend()
        .set("interviewgids.lens.bad", "{oops")
        .unwrap();
    // A lens stored under another lens's key is not trusted either.
    let mut moved = common::lens("elsewhere");
    moved.name = "Verplaatst".into();
    store
        .backend()
        .set(
            "interviewgids.lens.wrong",
            &serde_json::to_string(&moved).unwrap(),
        )
        .unwrap();
    let (lenses, unreadable) = store.list_lenses().unwrap();
    assert_eq!(lenses.len(), 1);
    let mut keys: Vec<_> = unreadable.iter().map(|u| u.key.as_str()).collect();
    keys.sort();
    assert_eq!(keys, ["interviewgids.lens.bad", "interviewgids.lens.wrong"]);
    assert!(unreadable.iter().all(|u| u.aside_key.is_some()));
}

#[test]
fn an_imported_library_round_trips_and_can_be_removed() {
    let store = Store::new(MemoryBackend::default());
    assert_eq!(store.load_imported_library(), Ok(None));
    let library = interviewgids::domain::Library {
        competencies: vec![common::competency("own-1")],
    };
    store.save_imported_library(&library).unwrap();
    assert_eq!(store.load_imported_library(), Ok(Some(library)));
    store.delete_imported_library().unwrap();
    assert_eq!(store.load_imported_library(), Ok(None));
}

#[test]
fn preferences_keep_the_last_backup_and_the_retention_policy() {
    use interviewgids::domain::retention::Policy;
    let store = Store::new(MemoryBackend::default());
    store.save_lang(Lang::Nl).unwrap();
    store
        .update_prefs(|p| {
            p.last_backup = Some("2026-11-28T10:00:00Z".into());
            p.retention = Policy::new(14, 180).unwrap();
        })
        .unwrap();
    let prefs = store.prefs();
    assert_eq!(
        prefs.lang,
        Some(Lang::Nl),
        "other settings survive an update"
    );
    assert_eq!(prefs.last_backup.as_deref(), Some("2026-11-28T10:00:00Z"));
    assert_eq!(prefs.retention, Policy::new(14, 180).unwrap());
}
