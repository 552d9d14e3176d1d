//! The JSON interchange format: one self-describing envelope for every file that leaves or
//! enters the app — a session, a lens, a library or a full backup.
//!
//! ```json
//! { "format": "interviewgids", "version": 4, "kind": "lens", "exported_at": "…", "lens": { … } }
//! ```
//! Reading ([`Reading`]) validates everything before anything is handed to the app; a
//! file that fails yields findings that name the JSON path and the problem.
//!
//! `format.rs` says what a file is, `write.rs` writes one, `read.rs` reads and checks one step by
//! step, and `migrate.rs` brings older versions up to date; this module only names them.

mod format;
mod migrate;
mod read;
mod write;

pub use format::{
    Backup, Content, Document, Kind, FIRST_ENCRYPTED, FORMAT, MAX_BYTES, MAX_DEPTH, VERSION,
};
pub use read::{parse, text_of, Reading};
