//! The interchange envelope: good files parse, bad ones are refused with the JSON path and the
//! problem, and every kind round-trips.

mod common;

use interviewgids::domain::finding::Problem;
use interviewgids::domain::interchange::{self, Backup, Content, Document, Kind};
use interviewgids::domain::{Lang, Library};
use serde_json::{json, Value};

fn lens_file() -> Value {
    json!({
        "format": "interviewgids",
        "version": 1,
        "kind": "lens",
        "exported_at": "2026-11-28T10:00:00Z",
        "lens": serde_json::to_value(common::lens("teamleider")).unwrap(),
    })
}

fn refused(file: &Value) -> Vec<(String, Problem)> {
    match interchange::parse(&file.to_string()) {
        Ok(doc) => panic!("expected a refusal, got {doc:?}"),
        Err(findings) => findings.into_iter().map(|f| (f.path, f.problem)).collect(),
    }
}

#[test]
fn a_good_lens_file_parses() {
    let doc = interchange::parse(&lens_file().to_string()).expect("valid file");
    assert_eq!(doc.exported_at, "2026-11-28T10:00:00Z");
    match doc.content {
        Content::Lens(lens) => assert_eq!(lens, common::lens("teamleider")),
        other => panic!("wrong content {other:?}"),
    }
}

#[test]
fn text_that_is_not_json_names_the_position() {
    let findings = interchange::parse("{\n  \"format\": \"interviewgids\",\n  oops").unwrap_err();
    assert_eq!(findings.len(), 1);
    assert_eq!(findings[0].path, "$");
    assert_eq!(findings[0].problem, Problem::NotJson { line: 3, column: 3 });
}

#[test]
fn a_json_array_is_not_a_file() {
    assert_eq!(
        refused(&json!([1, 2])),
        [("$".into(), Problem::NotAnObject)]
    );
}

#[test]
fn wrong_or_missing_format_is_refused() {
    let mut file = lens_file();
    file["format"] = json!("something-else");
    assert_eq!(
        refused(&file),
        [(
            "$.format".into(),
            Problem::WrongFormat {
                found: "something-else".into()
            }
        )]
    );
    file.as_object_mut().unwrap().remove("format");
    assert_eq!(refused(&file), [("$.format".into(), Problem::Missing)]);
}

#[test]
fn a_newer_version_is_refused_with_both_versions() {
    let mut file = lens_file();
    file["version"] = json!(6);
    assert_eq!(
        refused(&file),
        [(
            "$.version".into(),
            Problem::NewerVersion {
                found: 6,
                supported: 5
            }
        )]
    );
    // Versions 1 to 4 read as they are.
    for older in [1, 2, 3, 4] {
        file["version"] = json!(older);
        assert!(interchange::parse(&file.to_string()).is_ok(), "{older}");
    }
}

#[test]
fn a_version_that_is_no_whole_number_is_refused() {
    let mut file = lens_file();
    file["version"] = json!("1");
    let findings = refused(&file);
    assert_eq!(findings[0].0, "$.version");
    assert!(matches!(findings[0].1, Problem::WrongType { .. }));
    file["version"] = json!(1.5);
    assert_eq!(
        refused(&file),
        [(
            "$.version".into(),
            Problem::UnsupportedVersion {
                found: "1.5".into()
            }
        )]
    );
}

#[test]
fn an_unknown_kind_is_refused() {
    let mut file = lens_file();
    file["kind"] = json!("spreadsheet");
    assert_eq!(
        refused(&file),
        [(
            "$.kind".into(),
            Problem::UnknownKind {
                found: "spreadsheet".into()
            }
        )]
    );
}

#[test]
fn a_wrong_type_deep_inside_names_its_path() {
    let mut file = lens_file();
    file["lens"]["competencies"][1]["standard"] = json!("hoog");
    let findings = refused(&file);
    assert_eq!(findings.len(), 1);
    assert_eq!(findings[0].0, "$.lens.competencies[1].standard");
    match &findings[0].1 {
        Problem::WrongType { detail } => assert!(detail.contains("invalid type"), "{detail}"),
        other => panic!("unexpected {other:?}"),
    }
}

#[test]
fn a_missing_field_names_the_field() {
    let mut file = lens_file();
    file["lens"]["competencies"][0]["competency"]
        .as_object_mut()
        .unwrap()
        .remove("anchors");
    assert_eq!(
        refused(&file),
        [(
            "$.lens.competencies[0].competency.anchors".into(),
            Problem::Missing
        )]
    );
    let mut file = lens_file();
    file.as_object_mut().unwrap().remove("lens");
    assert_eq!(refused(&file), [("$.lens".into(), Problem::Missing)]);
}

#[test]
fn content_rules_report_every_finding_with_its_path() {
    let mut file = lens_file();
    let first = &mut file["lens"]["competencies"][0];
    first["competency"]["anchors"].as_array_mut().unwrap().pop();
    first["competency"]["name"]["en"] = json!("  ");
    first["standard"] = json!(7);
    first["standard_questions"] = json!(["planning-q1", "nope"]);
    file["lens"]["competencies"][1]["competency"]["id"] = json!("planning");
    let findings = refused(&file);
    assert_eq!(
        findings,
        [
            (
                "$.lens.competencies[0].competency.name.en".into(),
                Problem::EmptyText { lang: Lang::En }
            ),
            (
                "$.lens.competencies[0].competency.anchors".into(),
                Problem::AnchorCount { found: 4 }
            ),
            (
                "$.lens.competencies[0].standard".into(),
                Problem::OutOfRange {
                    found: "7".into(),
                    min: 1,
                    max: 5
                }
            ),
            (
                "$.lens.competencies[0].standard_questions[1]".into(),
                Problem::UnknownQuestion { id: "nope".into() }
            ),
            (
                "$.lens.competencies[1].competency.id".into(),
                Problem::DuplicateId {
                    id: "planning".into()
                }
            ),
        ]
    );
}

#[test]
fn unsafe_ids_are_refused() {
    let mut file = lens_file();
    file["lens"]["id"] = json!("../../etc");
    assert_eq!(
        refused(&file),
        [(
            "$.lens.id".into(),
            Problem::BadId {
                found: "../../etc".into()
            }
        )]
    );
}

#[test]
fn every_kind_round_trips() {
    let docs = [
        Content::Lens(common::lens("teamleider")),
        Content::Session(Box::new(common::session("s-1"))),
        Content::Library(Library {
            competencies: vec![
                common::competency("planning"),
                common::competency("initiative"),
            ],
        }),
        Content::Backup(Backup {
            sessions: vec![common::session("s-1"), common::session("s-2")],
            lenses: vec![common::lens("teamleider")],
            kept_aside: Vec::new(),
        }),
    ];
    for content in docs {
        let kind = content.kind();
        let doc = Document::new("2026-11-28T10:00:00Z", content);
        let text = doc.to_json().unwrap();
        let value: Value = serde_json::from_str(&text).unwrap();
        assert_eq!(value["format"], "interviewgids");
        assert_eq!(value["version"], 5);
        assert_eq!(value["kind"], kind.as_str());
        assert_eq!(interchange::parse(&text).unwrap(), doc, "{}", kind.as_str());
    }
}

#[test]
fn kinds_parse_from_their_names_only() {
    for kind in Kind::ALL {
        assert_eq!(Kind::parse(kind.as_str()), Some(kind));
    }
    assert_eq!(Kind::parse("Lens"), None);
}

#[test]
fn a_version_0_file_is_migrated() {
    let text = include_str!("fixtures/session-v0.json");
    let doc = interchange::parse(text).expect("a version 0 file reads");
    match doc.content {
        Content::Session(session) => {
            assert_eq!(session.candidate, "Pieter Jansen");
            assert_eq!(session.id, "s-v0-example");
            assert_eq!(session.assessment.scores["cooperating"], 71);
            assert_eq!(
                session.interview.ratings["analysing-problems"].complete(),
                Some(3)
            );
        }
        other => panic!("wrong content {other:?}"),
    }
    // The same file without the version 0 names is refused: the migration did the work.
    let unmigrated = text.replace("\"version\": 0", "\"version\": 1");
    let findings = interchange::parse(&unmigrated).unwrap_err();
    assert_eq!(findings[0].path, "$.kind");
}

#[test]
fn oversized_and_overly_deep_files_are_refused_unread() {
    let big = format!(
        "{{\"format\": \"interviewgids\", \"pad\": \"{}\"}}",
        "x".repeat(interchange::MAX_BYTES)
    );
    assert!(matches!(
        refused_text(&big)[0],
        (ref path, Problem::TooLarge { .. }) if path == "$"
    ));
    let deep = format!("{}{}", "[".repeat(10_000), "]".repeat(10_000));
    assert_eq!(
        refused_text(&deep),
        [("$".to_owned(), Problem::TooDeep { max: 32 })]
    );
}

fn refused_text(text: &str) -> Vec<(String, Problem)> {
    interchange::parse(text)
        .unwrap_err()
        .into_iter()
        .map(|f| (f.path, f.problem))
        .collect()
}
