//! What an import accepts and what it refuses, found by hostile files: every refusal names the
//! JSON path, and what the app writes it reads back.

mod common;

use interviewgids::domain::finding::{is_valid_id, out_of_range, Problem};
use interviewgids::domain::import::{Plan, Resolution};
use interviewgids::domain::interchange::Reading;
use interviewgids::domain::interchange::{self, Backup, Content, Document};
use serde_json::{json, Value};

fn backup(sessions: Vec<interviewgids::domain::Session>) -> Value {
    let doc = Document::new(
        "2026-11-28T10:00:00Z",
        Content::Backup(Backup {
            sessions,
            lenses: vec![common::lens("l-1")],
            kept_aside: Vec::new(),
        }),
    );
    serde_json::from_str(&doc.to_json().unwrap()).unwrap()
}

fn session_file(session: interviewgids::domain::Session) -> Value {
    let doc = Document::new("", Content::Session(Box::new(session)));
    serde_json::from_str(&doc.to_json().unwrap()).unwrap()
}

fn findings(file: &Value) -> Vec<(String, Problem)> {
    interchange::parse(&file.to_string())
        .expect_err("refused")
        .into_iter()
        .map(|f| (f.path, f.problem))
        .collect()
}

#[test]
fn a_backup_keeps_each_lens_once_and_reads_back() {
    let file = backup(vec![common::session("s-1"), common::session("s-2")]);
    assert_eq!(file["version"], 5);
    assert_eq!(file["snapshots"].as_object().unwrap().len(), 1);
    assert!(file["sessions"][0].get("lens").is_none());
    let name = file["sessions"][0]["snapshot"].as_str().unwrap();
    assert_eq!(file["sessions"][1]["snapshot"], name);
    let doc = interchange::parse(&file.to_string()).unwrap();
    let Content::Backup(read) = doc.content else {
        panic!("a backup")
    };
    assert_eq!(
        read.sessions,
        [common::session("s-1"), common::session("s-2")]
    );
    assert_eq!(read.lenses, [common::lens("l-1")]);
}

#[test]
fn a_version_1_backup_with_a_lens_in_every_session_reads_as_it_is() {
    let file = json!({
        "format": "interviewgids", "version": 1, "kind": "backup",
        "sessions": [serde_json::to_value(common::session("s-1")).unwrap()],
        "lenses": [],
    });
    let doc = interchange::parse(&file.to_string()).unwrap();
    assert_eq!(
        doc.content,
        Content::Backup(Backup {
            sessions: vec![common::session("s-1")],
            lenses: vec![],
            kept_aside: Vec::new(),
        })
    );
}

#[test]
fn a_session_referring_to_a_missing_snapshot_is_refused_at_its_path() {
    let mut file = backup(vec![common::session("s-1"), common::session("s-2")]);
    file["sessions"][1]["snapshot"] = json!("nowhere");
    assert_eq!(
        findings(&file),
        [(
            "$.sessions[1].snapshot".into(),
            Problem::UnknownSnapshot {
                name: "nowhere".into()
            }
        )]
    );
}

#[test]
fn two_items_with_one_id_in_a_file_are_refused() {
    let file = backup(vec![common::session("s-1"), common::session("s-1")]);
    assert_eq!(
        findings(&file),
        [(
            "$.sessions[1].id".into(),
            Problem::DuplicateId { id: "s-1".into() }
        )]
    );
    let mut file = backup(vec![]);
    file["lenses"] = json!([common::lens("l"), common::lens("l")]);
    assert_eq!(
        findings(&file),
        [(
            "$.lenses[1].id".into(),
            Problem::DuplicateId { id: "l".into() }
        )]
    );
}

#[test]
fn impossible_dates_and_minutes_are_refused() {
    for bad in ["2026-02-30", "yesterday", "2026-2-3"] {
        let mut s = common::session("s-1");
        s.retention.procedure_ended = bad.into();
        s.retention.consent_given = bad.into();
        assert_eq!(
            findings(&session_file(s)),
            [
                (
                    "$.session.retention.procedure_ended".into(),
                    Problem::BadDate { found: bad.into() }
                ),
                (
                    "$.session.retention.consent_given".into(),
                    Problem::BadDate { found: bad.into() }
                ),
            ]
        );
    }
    let mut s = common::session("s-1");
    s.scheduled_at = "2026-13-01T10:00".into();
    assert_eq!(findings(&session_file(s))[0].0, "$.session.scheduled_at");
    let mut file = session_file(common::session("s-1"));
    file["session"]["lens"]["phase_minutes"]["competencies"] = json!(65_535);
    assert_eq!(
        findings(&file),
        [(
            "$.session.lens.phase_minutes.competencies".into(),
            out_of_range(65_535, 0, 240)
        )]
    );
}

#[test]
fn a_score_below_and_above_its_range_reads_the_same_way() {
    for (score, found) in [(json!(-1), "-1"), (json!(101), "101"), (json!(7.5), "7.5")] {
        let mut file = session_file(common::session("s-1"));
        file["session"]["assessment"]["scores"] = json!({ "planning": score });
        assert_eq!(
            findings(&file),
            [(
                "$.session.assessment.scores.planning".into(),
                out_of_range(found, 0, 100)
            )]
        );
    }
}

#[test]
fn text_that_is_not_utf8_is_refused_and_a_bom_is_skipped() {
    // "Zoë Müller" as Windows-1252 would store as "Zo� M�ller" if read leniently.
    let cp1252 = b"{\"candidate\": \"Zo\xEB M\xFCller\"}";
    let finding = interchange::text_of(cp1252).unwrap_err();
    assert_eq!(finding.problem, Problem::NotUtf8 { at: 17 });
    assert_eq!(
        interchange::text_of(b"\xEF\xBB\xBF{\"a\": 1}").unwrap(),
        "{\"a\": 1}"
    );
}

#[test]
fn a_large_backup_is_read_in_steps_with_progress() {
    let sessions: Vec<_> = (0..25)
        .map(|n| common::session(&format!("s-{n}")))
        .collect();
    let text = backup(sessions.clone()).to_string();
    let mut reading = Reading::start(&text).unwrap();
    assert_eq!(reading.progress(), (0, 25));
    assert!(!reading.step(10));
    assert_eq!(reading.progress(), (10, 25));
    assert!(!reading.step(10));
    assert!(reading.step(10));
    let Content::Backup(read) = reading.finish().unwrap().content else {
        panic!("a backup")
    };
    assert_eq!(read.sessions, sessions);
}

#[test]
fn keep_both_of_a_64_character_id_makes_a_valid_id() {
    let long = "x".repeat(64);
    let mut stored = common::session(&long);
    stored.candidate = "A".into();
    let incoming = common::session(&long);
    let plan = Plan::new(&[stored], vec![incoming], &[], vec![]);
    let (sessions, _) = plan
        .resolve(
            &[Some(Resolution::KeepBoth)],
            1_764_000_000_000,
            std::slice::from_ref(&long),
            &[],
        )
        .unwrap();
    assert_eq!(sessions.len(), 1);
    assert!(is_valid_id(&sessions[0].id), "{}", sessions[0].id);
    assert_ne!(sessions[0].id, long);
}

#[test]
fn a_plan_counts_what_is_new_here_or_different_and_waits_for_every_choice() {
    let mut changed = common::session("s-2");
    changed.candidate = "Anders".into();
    let stored = [common::session("s-1"), common::session("s-2")];
    let plan = Plan::new(
        &stored,
        vec![
            common::session("s-1"),
            changed.clone(),
            common::session("s-3"),
        ],
        &[],
        vec![common::lens("l-new")],
    );
    let counts = plan.counts();
    assert_eq!((counts.new_sessions, counts.new_lenses), (1, 1));
    assert_eq!((counts.unchanged, counts.conflicts), (1, 1));
    assert_eq!(plan.clone().resolve(&[None], 1, &[], &[]), None);
    let taken = ["s-1".to_owned(), "s-2".to_owned()];
    let (sessions, lenses) = plan
        .clone()
        .resolve(&[Some(Resolution::Replace)], 1, &taken, &[])
        .unwrap();
    let ids: Vec<_> = sessions.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(ids, ["s-2", "s-3"]);
    assert_eq!(sessions[0].candidate, "Anders");
    assert_eq!(lenses.len(), 1);
    let (sessions, _) = plan
        .resolve(&[Some(Resolution::Skip)], 1, &taken, &[])
        .unwrap();
    assert_eq!(sessions.len(), 1);
    assert!(Plan::new(&[], vec![], &[], vec![]).is_empty());
}

#[test]
fn a_file_with_more_entries_than_could_ever_fit_is_refused_at_once() {
    use interviewgids::domain::capacity::{
        most_that_fit, MIN_COMPETENCY_UNITS, MIN_LENS_UNITS, MIN_SESSION_UNITS,
    };
    let file = |list: &str, n: usize| {
        let items = vec!["{}"; n].join(",");
        format!(r#"{{"format":"interviewgids","version":3,"kind":"backup","{list}":[{items}]}}"#)
    };
    let too_many = |text: &str| {
        let findings = interchange::parse(text).unwrap_err();
        findings
            .iter()
            .find(|f| matches!(f.problem, Problem::TooMany { .. }))
            .map(|f| (f.path.clone(), f.problem.clone()))
    };
    for (list, min) in [("sessions", MIN_SESSION_UNITS), ("lenses", MIN_LENS_UNITS)] {
        let max = most_that_fit(min);
        // At the limit the entries are read (and these empty ones refused one by one).
        assert_eq!(too_many(&file(list, max)), None, "{list}");
        assert_eq!(
            too_many(&file(list, max + 1)),
            Some((
                format!("$.{list}"),
                Problem::TooMany {
                    found: max + 1,
                    max
                }
            )),
            "{list}"
        );
    }
    let max = most_that_fit(MIN_COMPETENCY_UNITS);
    let library = |n: usize| {
        let items = vec!["{}"; n].join(",");
        format!(
            r#"{{"format":"interviewgids","version":3,"kind":"library","competencies":[{items}]}}"#
        )
    };
    assert_eq!(too_many(&library(max)), None);
    assert!(too_many(&library(max + 1)).is_some());
}
