//! Older interchange files, brought up to the current version before they are read.
//!
//! Version 0 (the pre-release format) differs from version 1 in two names: the envelope said
//! `"type"` where it now says `"kind"`, and a session said `"candidate_name"` where it now says
//! `"candidate"`. Everything else is the same.

use serde_json::{Map, Value};

use super::format::VERSION;

/// Renames `from` to `to` in an object, unless `to` is already there.
fn rename(map: &mut Map<String, Value>, from: &str, to: &str) {
    if !map.contains_key(to) {
        if let Some(value) = map.remove(from) {
            map.insert(to.to_owned(), value);
        }
    }
}

fn session_v0(session: &mut Value) {
    if let Value::Object(map) = session {
        rename(map, "candidate_name", "candidate");
    }
}

/// Upgrades a file's top-level object from `version` to the current version, in place.
pub fn upgrade(map: &mut Map<String, Value>, version: u64) {
    if version == 0 {
        rename(map, "type", "kind");
        if let Some(session) = map.get_mut("session") {
            session_v0(session);
        }
        if let Some(Value::Array(sessions)) = map.get_mut("sessions") {
            sessions.iter_mut().for_each(session_v0);
        }
    }
    map.insert("version".to_owned(), Value::from(VERSION));
}
