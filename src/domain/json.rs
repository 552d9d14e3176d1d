//! All JSON reading and writing. Typed data is read straight from the text with serde_json
//! (one deserializer per type keeps the wasm small) and written through `serde_json::Value`.
//! When typed reading fails, the JSON path of the offending value is recovered from the error's
//! position by [`path_at`], so every finding names where in the file it is.

use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::Value;

use super::finding::{out_of_range, Finding, Problem};

/// Compact JSON, for storage.
pub fn write<T: Serialize>(value: &T) -> Result<String, serde_json::Error> {
    serde_json::to_value(value).and_then(|v| serde_json::to_string(&v))
}

/// Indented JSON, for files people may read.
pub fn write_pretty(value: &Value) -> Result<String, serde_json::Error> {
    serde_json::to_string_pretty(value)
}

/// Whether arrays and objects nest deeper than `max` anywhere in `text` (strings are skipped).
/// Checked before parsing, so a hostile file cannot make the parser recurse.
pub fn deeper_than(text: &str, max: usize) -> bool {
    let mut depth = 0usize;
    let mut in_string = false;
    let mut escaped = false;
    for byte in text.bytes() {
        if in_string {
            match byte {
                _ if escaped => escaped = false,
                b'\\' => escaped = true,
                b'"' => in_string = false,
                _ => {}
            }
            continue;
        }
        match byte {
            b'"' => in_string = true,
            b'{' | b'[' => {
                depth += 1;
                if depth > max {
                    return true;
                }
            }
            b'}' | b']' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    false
}

/// Parses text into a JSON tree; a syntax error is reported at `$` with its position.
pub fn tree(text: &str) -> Result<Value, Finding> {
    serde_json::from_str(text).map_err(|e| syntax(&e))
}

fn syntax(e: &serde_json::Error) -> Finding {
    let (line, column) = (e.line(), e.column());
    let problem = if e.to_string().starts_with("number out of range") {
        Problem::NumberTooLarge { line, column }
    } else {
        Problem::NotJson { line, column }
    };
    Finding::new("$", problem)
}

/// Parses text into typed data, naming the path of the first value that does not fit.
pub fn read<T: DeserializeOwned>(text: &str) -> Result<T, Finding> {
    serde_json::from_str(text).map_err(|e| {
        if !e.is_data() {
            return syntax(&e);
        }
        let offset = byte_offset(text, e.line(), e.column());
        let (container, full) = path_at(text, offset);
        // serde_json appends " at line L column C"; the path says more.
        let message = e.to_string();
        let detail = message
            .rsplit_once(" at line ")
            .map_or(message.as_str(), |(d, _)| d)
            .to_owned();
        if let Some(field) = detail
            .strip_prefix("missing field `")
            .and_then(|rest| rest.split('`').next())
        {
            return Finding::new(format!("{container}.{field}"), Problem::Missing);
        }
        match bad_number(&detail) {
            Some((found, ty)) => {
                let (min, max) = range_for(&full, ty);
                Finding::new(full, out_of_range(found, min, max))
            }
            None => Finding::new(full, Problem::WrongType { detail }),
        }
    })
}

/// A number that does not fit a whole-number field, as serde describes it ("invalid value:
/// integer `-1`, expected u8", "invalid type: floating point `74.5`, expected u8"): the number
/// as written and the field's type.
fn bad_number(detail: &str) -> Option<(&str, &str)> {
    let rest = detail
        .strip_prefix("invalid value: integer `")
        .or_else(|| detail.strip_prefix("invalid type: integer `"))
        .or_else(|| detail.strip_prefix("invalid type: floating point `"))?;
    let (found, ty) = rest.split_once("`, expected ")?;
    matches!(ty, "u8" | "u16" | "u32" | "u64" | "usize").then_some((found, ty))
}

/// The range a whole number must keep to at `path`: the rule of its field where there is one
/// (scores and thresholds 0–100, levels 1–5, phase minutes 0–240), else its type's.
fn range_for(path: &str, ty: &str) -> (i64, i64) {
    let field = path.rsplit('.').next().unwrap_or("");
    if path.contains(".scores.") || path.contains(".thresholds.") {
        (0, i64::from(super::assessment::SCORE_MAX))
    } else if matches!(field, "level" | "standard" | "weight") {
        (
            i64::from(super::lens::LEVEL_MIN),
            i64::from(super::lens::LEVEL_MAX),
        )
    } else if path.contains(".phase_minutes.") {
        (0, i64::from(super::phase::MAX_PHASE_MINUTES))
    } else {
        match ty {
            "u8" => (0, i64::from(u8::MAX)),
            "u16" => (0, i64::from(u16::MAX)),
            "u32" => (0, i64::from(u32::MAX)),
            _ => (0, i64::MAX),
        }
    }
}

/// The byte offset of serde_json's 1-based line and column (which points at the last byte of
/// the offending value, or at the `}` of an object that lacks a field).
fn byte_offset(text: &str, line: usize, column: usize) -> usize {
    let start: usize = text
        .split_inclusive('\n')
        .take(line.saturating_sub(1))
        .map(str::len)
        .sum();
    (start + column.saturating_sub(1)).min(text.len())
}

enum Frame {
    Object { key: Option<String>, want_key: bool },
    Array { index: usize },
}

/// The JSON path at byte `offset`: the path of the innermost object or array open there, and
/// the path of the member or element being read.
pub fn path_at(text: &str, offset: usize) -> (String, String) {
    let mut stack: Vec<Frame> = Vec::new();
    let bytes = text.as_bytes();
    let end = offset.min(bytes.len());
    let mut i = 0;
    while i < end {
        match bytes[i] {
            b'{' => stack.push(Frame::Object {
                key: None,
                want_key: true,
            }),
            b'[' => stack.push(Frame::Array { index: 0 }),
            b'}' | b']' => {
                stack.pop();
            }
            b',' => match stack.last_mut() {
                Some(Frame::Array { index }) => *index += 1,
                Some(Frame::Object { want_key, .. }) => *want_key = true,
                None => {}
            },
            b'"' => {
                let start = i + 1;
                i = start;
                while i < end && bytes[i] != b'"' {
                    i += if bytes[i] == b'\\' { 2 } else { 1 };
                }
                if let Some(Frame::Object { key, want_key }) = stack.last_mut() {
                    if *want_key {
                        let raw = &text.as_bytes()[start..i.min(end)];
                        *key = Some(String::from_utf8_lossy(raw).into_owned());
                        *want_key = false;
                    }
                }
            }
            _ => {}
        }
        i += 1;
    }
    let mut path = String::from("$");
    let mut container = path.clone();
    for (n, frame) in stack.iter().enumerate() {
        if n + 1 == stack.len() {
            container = path.clone();
        }
        match frame {
            Frame::Object { key: Some(key), .. } => {
                path.push('.');
                path.push_str(key);
            }
            Frame::Object { key: None, .. } => {}
            Frame::Array { index } => path.push_str(&format!("[{index}]")),
        }
    }
    (container, path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn depth_is_measured_outside_strings() {
        assert!(!deeper_than(r#"{"a": [[1]]}"#, 3));
        assert!(deeper_than(r#"{"a": [[[1]]]}"#, 3));
        assert!(!deeper_than(r#"{"a": "[[[[[[\"[[[["}"#, 1));
        assert!(deeper_than(&"[".repeat(10_000), 32));
    }

    #[test]
    fn numbers_out_of_range_read_alike_whatever_the_parser_says() {
        #[derive(serde::Deserialize, Debug)]
        struct Scores {
            #[allow(dead_code)]
            scores: std::collections::BTreeMap<String, u8>,
        }
        for (number, found) in [("-1", "-1"), ("74.5", "74.5"), ("300", "300")] {
            let text = format!(r#"{{"scores": {{"planning": {number}}}}}"#);
            let finding = read::<Scores>(&text).unwrap_err();
            assert_eq!(finding.path, "$.scores.planning");
            assert_eq!(finding.problem, out_of_range(found, 0, 100), "{number}");
        }
    }

    #[test]
    fn paths_are_found_from_positions() {
        let text = r#"{"lens": {"items": [{"n": 1}, {"n": "x", "m": [1, 2]}]}}"#;
        let at = |needle: &str| path_at(text, text.find(needle).unwrap() + needle.len() - 1);
        assert_eq!(at(r#""x""#).1, "$.lens.items[1].n");
        assert_eq!(at("2]").1, "$.lens.items[1].m[1]");
        assert_eq!(at("1}").0, "$.lens.items[0]");
        let escaped = r#"{"a\"b": {"c": tru"#;
        assert_eq!(path_at(escaped, escaped.len()).1, "$.a\\\"b.c");
    }
}
