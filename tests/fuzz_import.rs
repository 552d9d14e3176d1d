//! Property tests of the import parser, whatever it is fed — random text, random JSON, real files
//! with a field replaced or removed, or with random bytes changed, inserted or cut: it never
//! panics; every refusal names where, with a JSON path from `$`; and every file it accepts
//! writes back and reads again as the same document.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use interviewgids::domain::interchange::{self, Backup, Content, Document};
use interviewgids::domain::Library;
use proptest::prelude::*;
use proptest::test_runner::TestCaseError;

/// What every parse must hold to: a refusal has findings, each at a path from `$`; an accepted
/// document writes back and reads equal.
fn holds(text: &str) -> Result<(), TestCaseError> {
    match interchange::parse(text) {
        Err(findings) => {
            prop_assert!(!findings.is_empty(), "a refusal without a finding");
            for f in &findings {
                prop_assert!(
                    f.path.starts_with('$'),
                    "path {:?} of {:?}",
                    f.path,
                    f.problem
                );
            }
        }
        Ok(doc) => {
            let written = doc
                .to_json()
                .map_err(|e| TestCaseError::fail(e.to_string()))?;
            let again = interchange::parse(&written)
                .map_err(|f| TestCaseError::fail(format!("written back, refused: {f:?}")))?;
            prop_assert_eq!(again, doc);
        }
    }
    Ok(())
}

/// Every JSON pointer inside `value` (objects' keys and arrays' items), the root left out.
fn pointers(value: &serde_json::Value, at: String, out: &mut Vec<String>) {
    let escape = |k: &str| k.replace('~', "~0").replace('/', "~1");
    match value {
        serde_json::Value::Object(map) => {
            for (k, v) in map {
                let here = format!("{at}/{}", escape(k));
                out.push(here.clone());
                pointers(v, here, out);
            }
        }
        serde_json::Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                let here = format!("{at}/{i}");
                out.push(here.clone());
                pointers(v, here, out);
            }
        }
        _ => {}
    }
}

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
            kept_aside: Vec::new(),
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
    fn random_text_is_refused_with_a_path_or_read_whole(text in ".{0,300}") {
        holds(&text)?;
    }

    #[test]
    fn random_json_is_refused_with_a_path_or_read_whole(mut value in json_value(), kind in 0usize..5) {
        if let serde_json::Value::Object(map) = &mut value {
            map.insert("format".into(), "interviewgids".into());
            map.insert("version".into(), 1.into());
            map.insert("kind".into(), ["lens", "session", "library", "backup", "x"][kind].into());
        }
        holds(&value.to_string())?;
    }

    #[test]
    fn a_real_file_with_a_field_replaced_or_removed_is_refused_with_a_path_or_read_whole(
        which in 0usize..4,
        at in any::<prop::sample::Index>(),
        replacement in json_value(),
        remove in any::<bool>(),
    ) {
        let mut value: serde_json::Value = serde_json::from_str(&valid_files()[which]).unwrap();
        let mut all = Vec::new();
        pointers(&value, String::new(), &mut all);
        let pointer = &all[at.index(all.len())];
        let (parent, key) = pointer.rsplit_once('/').unwrap();
        let removed = remove && value.pointer_mut(parent).is_some_and(|p| match p {
            serde_json::Value::Object(map) => map.remove(&key.replace("~1", "/").replace("~0", "~")).is_some(),
            _ => false,
        });
        if !removed {
            if let Some(slot) = value.pointer_mut(pointer) {
                *slot = replacement;
            }
        }
        holds(&value.to_string())?;
    }

    #[test]
    fn files_with_bytes_changed_are_refused_with_a_path_or_read_whole(
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
        holds(&text)?;
    }
}

#[test]
fn the_unmutated_files_are_valid() {
    for file in valid_files() {
        interchange::parse(&file).expect("valid");
    }
}
