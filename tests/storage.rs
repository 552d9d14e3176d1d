//! The storage rules over an in-memory backend; the same rules run against the real
//! localStorage in `browser.rs`.

mod common;

use interviewgids::domain::Lang;
use interviewgids::storage::memory::MemoryBackend;
use interviewgids::storage::{
    codec, session_key, Backend, Snapshots, StorageError, Store, Upgrade,
};

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
fn an_index_from_before_the_lens_id_gets_it_from_its_sessions_once() {
    let store = Store::new(MemoryBackend::default());
    store.save_session(&common::session("s-1")).unwrap();
    let raw = store.backend().get("interviewgids.index").unwrap().unwrap();
    let text = codec::decode(&raw).unwrap().into_owned();
    let old = text.replace("\"lens\":\"teamleider\",", "");
    assert_ne!(old, text, "the index keeps the lens id");
    store
        .backend()
        .set("interviewgids.index", &codec::encode(&old))
        .unwrap();
    let listing = store.list_sessions().unwrap();
    assert_eq!(listing.sessions[0].lens, "teamleider");
    // Written back, so the next listing reads no session.
    let again = store.backend().get("interviewgids.index").unwrap().unwrap();
    assert_eq!(codec::decode(&again).unwrap(), text);
}

#[test]
fn a_full_store_refuses_the_write_and_changes_nothing() {
    let store = Store::new(MemoryBackend::with_quota(40_000));
    let first = common::session("s-1");
    store.save_session(&first).unwrap();
    let before = store.backend().snapshot();
    let mut big = common::session("s-2");
    big.candidate = "x".repeat(90_000);
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

#[test]
fn sessions_of_one_lens_share_one_snapshot_until_the_last_is_deleted() {
    let store = Store::new(MemoryBackend::default());
    let snapshots = |store: &Store<MemoryBackend>| {
        store
            .backend()
            .keys()
            .unwrap()
            .into_iter()
            .filter(|k| k.starts_with("interviewgids.snapshot."))
            .count()
    };
    store.save_session(&common::session("s-1")).unwrap();
    store.save_session(&common::session("s-2")).unwrap();
    assert_eq!(snapshots(&store), 1);
    // A session frozen from a changed lens keeps its own copy (M20: nothing changes under it).
    let mut other = common::session("s-3");
    other.lens.competencies[0].standard = 4;
    store.save_session(&other).unwrap();
    assert_eq!(snapshots(&store), 2);
    assert_eq!(store.load_session("s-3").unwrap(), Some(other));
    store.delete_session("s-3").unwrap();
    assert_eq!(snapshots(&store), 1);
    store.delete_session("s-1").unwrap();
    assert_eq!(snapshots(&store), 1, "s-2 still uses it");
    assert_eq!(
        store.load_session("s-2").unwrap(),
        Some(common::session("s-2"))
    );
    store.delete_session("s-2").unwrap();
    assert_eq!(snapshots(&store), 0);
}

#[test]
fn stored_values_are_packed_and_the_lens_is_not_in_the_session() {
    let store = Store::new(MemoryBackend::default());
    let session = common::session("s-1");
    store.save_session(&session).unwrap();
    let raw = store.backend().get(&session_key("s-1")).unwrap().unwrap();
    assert!(interviewgids::storage::codec::is_packed(&raw));
    let text = interviewgids::storage::codec::decode(&raw).unwrap();
    assert!(text.contains("\"snapshot\":"), "{text}");
    assert!(!text.contains("anchor 1"), "the lens lives in its snapshot");
    assert_eq!(store.stored_revision("s-1"), Some(1));
}

#[test]
fn a_session_whose_snapshot_is_gone_is_kept_aside_and_listed_as_damaged() {
    let store = Store::new(MemoryBackend::default());
    store.save_session(&common::session("s-1")).unwrap();
    let snapshot = store
        .backend()
        .keys()
        .unwrap()
        .into_iter()
        .find(|k| k.starts_with("interviewgids.snapshot."))
        .unwrap();
    store.backend().remove(&snapshot).unwrap();
    let unreadable = store.load_session("s-1").unwrap_err();
    assert!(
        unreadable.detail.contains("missing"),
        "{}",
        unreadable.detail
    );
    assert!(unreadable.aside_key.is_some());
    let damaged = store.damaged_sessions().unwrap();
    assert_eq!(damaged.len(), 1);
    assert_eq!(damaged[0].id, "s-1");
    assert_eq!(damaged[0].candidate.as_deref(), Some("Sanne de Vries"));
    assert!(store.list_sessions().unwrap().sessions.is_empty());
    store.delete_aside(&damaged[0].aside_key).unwrap();
    assert!(store.damaged_sessions().unwrap().is_empty());
}

#[test]
fn reading_every_session_in_a_row_reads_their_shared_snapshot_once() {
    let store = Store::new(MemoryBackend::default());
    let ids: Vec<String> = (0..50).map(|n| format!("s-{n:02}")).collect();
    for id in &ids {
        store.save_session(&common::session(id)).unwrap();
    }
    store
        .backend()
        .set(&session_key("s-25"), "{\"id\": trunc")
        .unwrap();
    store.backend().reads.set(0);
    let mut snapshots = Snapshots::default();
    let mut damaged = Vec::new();
    for id in &ids {
        match store.load_session_with(id, &mut snapshots) {
            Ok(found) => assert_eq!(found, Some(common::session(id))),
            Err(unreadable) => damaged.push(unreadable.key),
        }
    }
    assert_eq!(damaged, ["interviewgids.session.s-25"]);
    // 50 sessions, one snapshot, and the damaged value read again to keep it aside.
    assert_eq!(store.backend().reads.get(), 52);
    assert_eq!(store.damaged_sessions().unwrap().len(), 1);
}

#[test]
fn a_truncated_packed_session_is_found_damaged_with_its_name() {
    let store = Store::new(MemoryBackend::default());
    store.save_session(&common::session("s-1")).unwrap();
    let raw = store.backend().get(&session_key("s-1")).unwrap().unwrap();
    let cut: String = raw.chars().take(raw.chars().count() / 2).collect();
    store.backend().set(&session_key("s-1"), &cut).unwrap();
    assert!(store.load_session("s-1").is_err());
    let damaged = store.damaged_sessions().unwrap();
    assert_eq!(damaged[0].candidate.as_deref(), Some("Sanne de Vries"));
    // Snapshots a damaged text still names are not collected.
    store.collect_snapshots().unwrap();
    assert!(store
        .backend()
        .keys()
        .unwrap()
        .iter()
        .any(|k| k.starts_with("interviewgids.snapshot.")));
}

#[test]
fn a_failed_write_in_the_middle_of_an_import_is_undone() {
    // A browser whose quota is smaller than the usual one: the room check passes, the third
    // write is refused.
    let probe = Store::new(MemoryBackend::default());
    probe.save_session(&common::session("s-1")).unwrap();
    let one = probe.backend().used();
    probe.save_session(&common::session("s-2")).unwrap();
    let per_session = probe.backend().used() - one;
    let store = Store::new(MemoryBackend::with_quota(
        one + per_session + per_session / 2,
    ));
    store.save_session(&common::session("s-1")).unwrap();
    let before = store.backend().snapshot();
    let mut batch = interviewgids::storage::Batch::default();
    let mut replaced = common::session("s-1");
    replaced.candidate = "Vervangen".into();
    for s in [replaced, common::session("s-2"), common::session("s-3")] {
        store.prepare_session(&mut batch, &s).unwrap();
    }
    assert_eq!(store.commit(batch), Err(StorageError::QuotaExceeded));
    assert_eq!(store.backend().snapshot(), before);
}

#[test]
fn opening_a_current_store_reads_its_index_once() {
    let store = Store::new(MemoryBackend::default());
    for id in ["s-1", "s-2", "s-3"] {
        store.save_session(&common::session(id)).unwrap();
    }
    store.backend().reads.set(0);
    let (upgrade, listing) = store.open();
    assert_eq!(upgrade, Ok(Upgrade::Current));
    assert_eq!(store.backend().reads.get(), 1);
    assert_eq!(listing, store.list_sessions());
    assert_eq!(listing.unwrap().sessions.len(), 3);
}

#[test]
fn opening_an_older_store_with_an_unreadable_index_upgrades_it_first() {
    let store = Store::new(MemoryBackend::default());
    let session = common::session("s-1");
    let plain = serde_json::to_string(&session).unwrap();
    store.backend().set(&session_key("s-1"), &plain).unwrap();
    store
        .backend()
        .set("interviewgids.index", "{broken")
        .unwrap();
    let (upgrade, listing) = store.open();
    assert_eq!(upgrade, Ok(Upgrade::Done { sessions: 1 }));
    let listing = listing.unwrap();
    assert_eq!(listing.sessions, [session.summary()]);
    assert!(listing.unreadable.is_empty());
    let aside = "interviewgids.aside.1.interviewgids.index";
    assert_eq!(
        store.backend().get(aside).unwrap().as_deref(),
        Some("{broken")
    );
    assert_eq!(store.load_session("s-1").unwrap(), Some(session));
}

#[test]
fn an_unreadable_index_is_kept_aside_before_an_upgrade_writes_a_new_one() {
    let store = Store::new(MemoryBackend::default());
    let session = common::session("s-1");
    // Schema 1: plain JSON, and an index that cannot be read.
    store
        .backend()
        .set(
            &session_key("s-1"),
            &serde_json::to_string(&session).unwrap(),
        )
        .unwrap();
    store
        .backend()
        .set("interviewgids.index", "{broken")
        .unwrap();
    assert!(matches!(
        store.upgrade(),
        Ok(interviewgids::storage::Upgrade::Done { .. })
    ));
    assert_eq!(
        store
            .backend()
            .get("interviewgids.aside.1.interviewgids.index")
            .unwrap()
            .as_deref(),
        Some("{broken")
    );
    assert_eq!(store.list_sessions().unwrap().sessions, [session.summary()]);
    assert_eq!(store.load_session("s-1").unwrap(), Some(session));
}

#[test]
fn the_least_an_item_can_cost_is_a_true_lower_bound() {
    use interviewgids::domain::capacity::{
        MIN_COMPETENCY_UNITS, MIN_LENS_UNITS, MIN_SESSION_UNITS,
    };
    use interviewgids::domain::text::Text;
    use interviewgids::domain::{Competency, Lens, Library, Question, Session};
    let units = |store: &Store<MemoryBackend>| store.usage().unwrap().app_units;

    // The emptiest interview with a one-letter id: its key, value and index entry. The second
    // one's cost leaves out the lens snapshot both share.
    let store = Store::new(MemoryBackend::default());
    let lens = Lens::new("l", "");
    store
        .save_session(&Session::new("a", lens.clone(), ""))
        .unwrap();
    let one = units(&store);
    store.save_session(&Session::new("b", lens, "")).unwrap();
    let session = units(&store) - one;
    assert!(
        MIN_SESSION_UNITS <= session,
        "an empty session costs {session} units"
    );

    // The emptiest lens of the user's own.
    let store = Store::new(MemoryBackend::default());
    store.save_lens(&Lens::new("a", "")).unwrap();
    let lens = units(&store);
    assert!(MIN_LENS_UNITS <= lens, "an empty lens costs {lens} units");

    // The smallest competency a library file can hold: one-letter texts, one question, no
    // probes, five anchors. Measured as the second one's cost in the imported library.
    let t = || Text::new("x", "x");
    let tiny = |id: &str| Competency {
        id: id.into(),
        factor: interviewgids::domain::Factor::AdaptingCoping,
        name: t(),
        definition: t(),
        basis: t(),
        questions: vec![Question {
            id: "q".into(),
            text: t(),
            probes: Vec::new(),
            own: false,
        }],
        anchors: (0..5).map(|_| t()).collect(),
    };
    let store = Store::new(MemoryBackend::default());
    let library = |n: usize| Library {
        competencies: (0..n).map(|i| tiny(&i.to_string())).collect(),
    };
    store.save_imported_library(&library(1)).unwrap();
    let one = units(&store);
    store.save_imported_library(&library(2)).unwrap();
    let competency = units(&store) - one;
    assert!(
        MIN_COMPETENCY_UNITS <= competency,
        "a tiny competency costs {competency} units"
    );
    println!("least costs: session {session}, lens {lens}, competency {competency} units");
}
