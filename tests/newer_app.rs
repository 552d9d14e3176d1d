//! The newest app wins: a store records which build last claimed it, and an older build that
//! meets data from a newer one writes nothing; a session saved by a newer build is shown but
//! never changed or saved (its unknown fields survive), and a file holding one is refused.

mod common;

use interviewgids::domain::finding::Problem;
use interviewgids::domain::interchange::{self, Content, Document};
use interviewgids::domain::session::MODEL;
use interviewgids::domain::session_action::Refusal;
use interviewgids::domain::{Session, SessionAction as A};
use interviewgids::storage::memory::MemoryBackend;
use interviewgids::storage::{
    codec, session_key, Backend, Batch, Claim, StorageError, Store, Writer,
};

#[test]
fn a_store_is_claimed_by_the_newest_build_and_an_older_one_writes_nothing() {
    let store = Store::new(MemoryBackend::default());
    assert_eq!(store.writer(), None);
    assert_eq!(store.claim(MODEL, "0.1.0"), Ok(Claim::Ours));
    let ours = Writer {
        model: MODEL,
        app: "0.1.0".into(),
    };
    assert_eq!(store.writer(), Some(ours.clone()));
    store.save_session(&common::session("s-1")).unwrap();
    // A newer build claims it; the older one is told so and must not write.
    assert_eq!(store.claim(MODEL + 1, "0.2.0"), Ok(Claim::Ours));
    let newer = Writer {
        model: MODEL + 1,
        app: "0.2.0".into(),
    };
    assert_eq!(store.claim(MODEL, "0.1.0"), Ok(Claim::Newer(newer.clone())));
    assert_eq!(store.writer(), Some(newer));
    let before = store.backend().snapshot();
    let older = store.read_only(true);
    let mut s = older.load_session("s-1").unwrap().unwrap();
    s.candidate = "Changed by the older copy".into();
    assert_eq!(older.save_session(&s), Err(StorageError::OlderApp));
    assert_eq!(older.delete_session("s-1"), Err(StorageError::OlderApp));
    assert_eq!(
        older.update_prefs(|p| p.last_backup = Some("x".into())),
        Err(StorageError::OlderApp)
    );
    assert_eq!(older.backend().snapshot(), before);
    // A newer patch of the same model, or an older build's record, is claimed over.
    let fresh = Store::new(MemoryBackend::default());
    fresh.claim(MODEL, "0.0.9").unwrap();
    assert_eq!(fresh.claim(MODEL, "0.1.0"), Ok(Claim::Ours));
    assert_eq!(fresh.writer().unwrap().app, "0.1.0");
}

#[test]
fn a_session_from_a_newer_build_is_shown_but_never_changed_or_saved() {
    let store = Store::new(MemoryBackend::default());
    store.save_session(&common::session("s-1")).unwrap();
    // What a newer build stored: a field this one does not know, its model.
    let key = session_key("s-1");
    let text = codec::decode(&store.backend().get(&key).unwrap().unwrap())
        .unwrap()
        .into_owned();
    let newer = text.replacen(
        &format!("\"written_by\":{MODEL}"),
        &format!(
            "\"written_by\":{},\"follow_up\":{{\"due\":\"2027-06-01\"}}",
            MODEL + 1
        ),
        1,
    );
    assert_ne!(newer, text);
    store.backend().set(&key, &codec::encode(&newer)).unwrap();
    let mut s = store.load_session("s-1").unwrap().unwrap();
    assert!(s.from_newer_app());
    let shown = s.clone();
    assert_eq!(
        s.apply(A::SetInterviewer("Lies".into())),
        Err(Refusal::NewerApp)
    );
    assert_eq!(s, shown);
    assert_eq!(store.save_session(&s), Err(StorageError::OlderApp));
    let kept = codec::decode(&store.backend().get(&key).unwrap().unwrap())
        .unwrap()
        .into_owned();
    assert!(kept.contains("\"follow_up\":{\"due\":\"2027-06-01\"}"));
}

#[test]
fn a_session_saved_here_records_this_builds_model() {
    let store = Store::new(MemoryBackend::default());
    let mut old = common::session("s-1");
    old.written_by = 0;
    store.save_session(&old).unwrap();
    let read = store.load_session("s-1").unwrap().unwrap();
    assert_eq!(read.written_by, MODEL);
    assert_eq!(
        Session {
            written_by: 0,
            ..read
        },
        old
    );
    // An import writes the same way, and refuses a newer build's session with nothing written.
    let mut batch = Batch::default();
    let mut imported = common::session("s-2");
    imported.written_by = 0;
    store.prepare_session(&mut batch, &imported).unwrap();
    store.commit(batch).unwrap();
    assert_eq!(
        store.load_session("s-2").unwrap().unwrap().written_by,
        MODEL
    );
    imported.written_by = MODEL + 1;
    assert_eq!(
        store.prepare_session(&mut Batch::default(), &imported),
        Err(StorageError::OlderApp)
    );
}

#[test]
fn a_file_with_a_session_from_a_newer_build_is_refused_with_its_path() {
    let mut s = common::session("s-1");
    s.written_by = MODEL + 1;
    let text = Document::new("2026-12-07T12:00:00Z", Content::Session(Box::new(s)))
        .to_json()
        .unwrap();
    let findings = interchange::parse(&text).unwrap_err();
    assert!(findings
        .iter()
        .any(|f| f.path == "$.session.written_by"
            && f.problem == Problem::NewerApp { model: MODEL + 1 }));
}
