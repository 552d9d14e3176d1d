//! Frozen lenses, kept once. A session keeps the exact lens it was created with (M20: the same
//! questions for every candidate, whatever happens to the lens later). Most sessions of a
//! position share that copy, and it is most of a session's size, so storage and backup files
//! hold each distinct copy once — a *snapshot*, named by a fingerprint of its content — and a
//! session refers to it by that name (`"snapshot": "…"`) instead of carrying `"lens"`.
//!
//! Splitting and joining work on JSON text so the one typed reader of [`Session`] serves
//! stored sessions, files and backups alike.

use serde::Deserialize;
use serde_json::Value;

use super::finding::{Finding, Problem};
use super::json;
use super::session::Session;

/// A session as JSON without its lens, and the lens as JSON with its fingerprint.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Split {
    /// The lens's canonical JSON (compact, keys sorted): what the fingerprint is taken of.
    pub lens: String,
    pub fingerprint: String,
    rest: serde_json::Map<String, Value>,
}

impl Split {
    /// The session's JSON with `"snapshot": name` where its lens was — first, so even a value
    /// cut short still says which snapshot it needs.
    pub fn session_json(&self, name: &str) -> Result<String, serde_json::Error> {
        let rest = serde_json::to_string(&self.rest)?;
        let mut out = format!("{{\"snapshot\":{}", serde_json::to_string(name)?);
        match rest.strip_prefix('{') {
            Some("}") | None => out.push('}'),
            Some(members) => {
                out.push(',');
                out.push_str(members);
            }
        }
        Ok(out)
    }
}

/// Takes a session apart into its lens and the rest.
pub fn split(session: &Session) -> Result<Split, serde_json::Error> {
    let mut rest = match serde_json::to_value(session)? {
        Value::Object(map) => map,
        _ => serde_json::Map::new(),
    };
    let lens = rest.remove("lens").unwrap_or(Value::Null);
    let lens = serde_json::to_string(&lens)?;
    Ok(Split {
        fingerprint: fingerprint(&lens),
        lens,
        rest,
    })
}

/// A 64-bit FNV-1a hash of the text, as 16 hex digits. Not a security measure: writers compare
/// the content before they trust a stored snapshot with the same name.
pub fn fingerprint(text: &str) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in text.bytes() {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{hash:016x}")
}

#[derive(Deserialize)]
struct Reference {
    #[serde(default)]
    snapshot: Option<String>,
}

/// The snapshot a session's JSON refers to, if it refers to one (else it carries its lens).
pub fn reference(session_json: &str) -> Result<Option<String>, Finding> {
    json::read::<Reference>(session_json).map(|r| r.snapshot)
}

/// A session's JSON with the lens put back where the reference stands. The text must be an
/// object that refers to a snapshot (so it has at least one member).
pub fn join(session_json: &str, lens_json: &str) -> Result<String, Finding> {
    let body = session_json
        .trim_start()
        .strip_prefix('{')
        .ok_or_else(|| Finding::new("$", Problem::NotAnObject))?;
    let mut out = String::with_capacity(session_json.len() + lens_json.len() + 10);
    out.push_str("{\"lens\":");
    out.push_str(lens_json);
    out.push(',');
    out.push_str(body);
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fingerprints_are_stable_and_differ_with_content() {
        assert_eq!(fingerprint(""), "cbf29ce484222325");
        assert_eq!(fingerprint("a"), "af63dc4c8601ec8c");
        assert_ne!(fingerprint("{\"a\":1}"), fingerprint("{\"a\":2}"));
    }

    #[test]
    fn join_puts_the_lens_first_and_keeps_the_rest() {
        let joined = join(r#" {"snapshot":"abc","id":"s-1"}"#, r#"{"id":"l"}"#).unwrap();
        assert_eq!(joined, r#"{"lens":{"id":"l"},"snapshot":"abc","id":"s-1"}"#);
        assert_eq!(
            reference(r#"{"id":"s","snapshot":"abc"}"#)
                .unwrap()
                .as_deref(),
            Some("abc")
        );
        assert_eq!(reference(r#"{"id":"s"}"#).unwrap(), None);
        assert!(join("[1]", "{}").is_err());
    }
}
