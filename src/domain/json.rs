//! All typed JSON goes through `serde_json::Value`. Each type's (de)serialisation code then
//! exists once in the wasm binary, not once per reader and writer, which keeps the download
//! small. Reading also names the JSON path of the first value that does not fit.

use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::Value;

use super::validate::{Finding, Problem};

/// Compact JSON, for storage.
pub fn write<T: Serialize>(value: &T) -> Result<String, serde_json::Error> {
    serde_json::to_value(value).and_then(|v| serde_json::to_string(&v))
}

/// Indented JSON, for files people may read.
pub fn write_pretty(value: &Value) -> Result<String, serde_json::Error> {
    serde_json::to_string_pretty(value)
}

/// Parses text into a JSON tree; a syntax error is reported at `$` with its position.
pub fn tree(text: &str) -> Result<Value, Finding> {
    serde_json::from_str(text).map_err(|e| {
        let (line, column) = (e.line(), e.column());
        let problem = if e.to_string().starts_with("number out of range") {
            Problem::NumberTooLarge { line, column }
        } else {
            Problem::NotJson { line, column }
        };
        Finding::new("$", problem)
    })
}

/// Parses text into typed data.
pub fn read<T: DeserializeOwned>(text: &str) -> Result<T, Finding> {
    typed(tree(text)?)
}

/// Turns a JSON tree into typed data, naming the path of the first value that does not fit.
pub fn typed<T: DeserializeOwned>(value: Value) -> Result<T, Finding> {
    serde_path_to_error::deserialize(value).map_err(|e| {
        let segments = e.path().to_string();
        let path = if segments == "." {
            "$".to_owned()
        } else if segments.starts_with('[') {
            format!("${segments}")
        } else {
            format!("$.{segments}")
        };
        let detail = e.into_inner().to_string();
        // serde reports a missing field at its parent; name the field itself.
        match detail
            .strip_prefix("missing field `")
            .and_then(|rest| rest.split('`').next())
        {
            Some(field) if path == "$" => Finding::new(format!("$.{field}"), Problem::Missing),
            Some(field) => Finding::new(format!("{path}.{field}"), Problem::Missing),
            None => Finding::new(path, Problem::WrongType { detail }),
        }
    })
}
