//! Content that ships with the app: the competency library, kept in `data/library.json` as an
//! interchange file and embedded at build time.

use super::competency::Library;
use super::interchange::{self, Content};
use super::validate::{Finding, Problem};

pub const LIBRARY_JSON: &str = include_str!("../../data/library.json");

/// The built-in library, parsed and validated like any imported file.
pub fn library() -> Result<Library, Vec<Finding>> {
    match interchange::parse(LIBRARY_JSON)?.content {
        Content::Library(library) => Ok(library),
        other => Err(vec![Finding::new(
            "$.kind",
            Problem::UnknownKind {
                found: other.kind().as_str().to_owned(),
            },
        )]),
    }
}
