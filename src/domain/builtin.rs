//! Content that ships with the app: the competency library, kept in `data/library.json` as an
//! interchange file. The build copies it beside the app (under a content-hashed name) instead
//! of embedding it, so the first screen does not wait for it; it is read like any file.

use super::competency::Library;
use super::finding::{Finding, Problem};
use super::interchange::{self, Content};

/// The built-in library from its file's text, parsed and validated like any imported file.
pub fn library(text: &str) -> Result<Library, Vec<Finding>> {
    match interchange::parse(text)?.content {
        Content::Library(library) => Ok(library),
        other => Err(vec![Finding::new(
            "$.kind",
            Problem::UnknownKind {
                found: other.kind().as_str().to_owned(),
            },
        )]),
    }
}
