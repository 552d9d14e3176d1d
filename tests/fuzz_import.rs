//! Property tests: the import parser never panics, whatever it is fed — random text, random JSON,
//! or real files with random bytes changed, inserted or cut.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use interviewgids::domain::interchange::{self, Backup, Content, Document};
use interviewgids::domain::Library;
use proptest::prelude::*;

fn valid_files() -> Vec<String> {
    let docs = [
        Content::Lens(common::lens("teamleider")),
        Content::Session(Box::new(common::session("s-1"))),
        Content::Library(Library {
            competencies: vec![common::competency("planning")],
        }),
        Content::Backup(Backup {
            sessions: vec![common::session("s-2")],
            lenses: vec![common::lens("l")],
        }),
    ];
    docs.into_iter()
        .map(|c| {
            Document::new("2026-11-28", c)
                .to_json()
                .expect("serialises")
        })
        .collect()
}

fn json_value() -> impl Strategy<Value = serde_json::Value> {
    let leaf = prop_oneof![
        Just(serde_json::Value::Null),
        any::<bool>().prop_map(serde_json::Value::from),
        any::<i64>().prop_map(serde_json::Value::from),
        any::<f64>().prop_map(serde_json::Value::from),
        ".{0,12}".prop_map(serde_json::Value::from),
    ];
    leaf.prop_recursive(6, 64, 8, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..8).prop_map(serde_json::Value::from),
            prop::collection::btree_map(
                prop_oneof![
                    Just("format".to_owned()),
                    Just("version".to_owned()),
                    Just("kind".to_owned()),
                    Just("lens".to_owned()),
                    Just("session".to_owned()),
                    Just("competencies".to_owned()),
                    "[a-z_]{1,10}"
                ],
                inner,
                0..8
            )
            .prop_map(|m| serde_json::Value::Object(m.into_iter().collect())),
        ]
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1500))]

    #[test]
    fn random_text_never_panics(text in ".{0,300}") {
        let _ = interchange::parse(&text);
    }

    #[test]
    fn random_json_never_panics(mut value in json_value(), kind in 0usize..5) {
        if let serde_json::Value::Object(map) = &mut value {
            map.insert("format".into(), "interviewgids".into());
            map.insert("version".into(), 1.into());
            map.insert("kind".into(), ["lens", "session", "library", "backup", "x"][kind].into());
        }
        let _ = interchange::parse(&value.to_string());
    }

    #[test]
    fn mutated_files_never_panic(
        which in 0usize..4,
        edits in prop::collection::vec((any::<prop::sample::Index>(), any::<u8>(), 0u8..3), 1..12),
    ) {
        let mut bytes = valid_files()[which].clone().into_bytes();
        for (at, byte, op) in edits {
            if bytes.is_empty() {
                break;
            }
            let i = at.index(bytes.len());
            match op {
                0 => bytes[i] = byte,
                1 => bytes.insert(i, byte),
                _ => {
                    bytes.remove(i);
                }
            }
        }
        let text = String::from_utf8_lossy(&bytes);
        let _ = interchange::parse(&text);
    }
}

#[test]
fn the_unmutated_files_are_valid() {
    for file in valid_files() {
        interchange::parse(&file).expect("valid");
    }
}
