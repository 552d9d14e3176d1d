//! The JSON interchange format: one self-describing envelope for every file that leaves or
//! enters the app — a session, a lens, a library or a full backup.
//!
//! ```json
//! { "format": "interviewgids", "version": 4, "kind": "lens", "exported_at": "…", "lens": { … } }
//! ```
//! Reading ([`super::reading`]) validates everything before anything is handed to the app; a
//! file that fails yields findings that name the JSON path and the problem.

use std::collections::BTreeMap;

use serde::Serialize;
use serde_json::{Map, Value};

use super::capacity::QUOTA_UNITS;
use super::competency::Library;
use super::finding::Finding;
use super::json;
use super::lens::Lens;
use super::panel::Returned;
use super::reading::Reading;
use super::session::Session;
use super::snapshot;

pub const FORMAT: &str = "interviewgids";
/// The largest file that is read. It follows from what the app can write: a backup holds what
/// the store holds, and the store packs 15 bits of JSON text into each of its
/// [`QUOTA_UNITS`], so a backup of a full store is at most `QUOTA_UNITS × 15 / 8` bytes of
/// compact JSON (about 9.4 MiB), plus the envelope and snapshot names (one MiB is ample).
pub const MAX_BYTES: usize = QUOTA_UNITS / 8 * 15 + (1 << 20);
/// The format nests about ten levels deep; anything much deeper is not an Interviewgids file.
pub const MAX_DEPTH: usize = 32;
/// The newest version this build reads and the one it writes. Version 2 lets a backup keep each
/// frozen lens once (`snapshots`); version 1 files, whose sessions carry their lenses, read as
/// they are. Version 3 adds fields that change what a reading means — scores on the sten scale,
/// a lens's own focus thresholds, "no example" recorded with a rating — so a build that knows
/// only version 2 refuses such a file instead of reading a sten as a percentile. Version 4 adds
/// a panel's roles — observers, focus competencies, the departures from the median and the
/// majority — and a hired candidate's exemption from the purge, so a build that knows only
/// version 3 refuses such a file instead of counting an observer's levels or deleting a hired
/// candidate's interview. Older files read as they are.
pub const VERSION: u64 = 4;
/// The first version with encrypted files.
pub const FIRST_ENCRYPTED: u64 = 2;

#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Kind {
    Backup,
    Session,
    Lens,
    Library,
    /// A panel colleague's completed ratings, for the lead's session.
    PanelRating,
}

impl Kind {
    pub const ALL: [Kind; 5] = [
        Kind::Backup,
        Kind::Session,
        Kind::Lens,
        Kind::Library,
        Kind::PanelRating,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Backup => "backup",
            Kind::Session => "session",
            Kind::Lens => "lens",
            Kind::Library => "library",
            Kind::PanelRating => "panel_rating",
        }
    }

    pub fn parse(s: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

/// Everything a backup holds.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Backup {
    pub sessions: Vec<Session>,
    pub lenses: Vec<Lens>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Content {
    Backup(Backup),
    Session(Box<Session>),
    Lens(Lens),
    Library(Library),
    Returned(Box<Returned>),
}

impl Content {
    pub fn kind(&self) -> Kind {
        match self {
            Content::Backup(_) => Kind::Backup,
            Content::Session(_) => Kind::Session,
            Content::Lens(_) => Kind::Lens,
            Content::Library(_) => Kind::Library,
            Content::Returned(_) => Kind::PanelRating,
        }
    }
}

/// A parsed, validated interchange file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Document {
    /// When the file was written (ISO 8601), as the file says; empty if it does not say.
    pub exported_at: String,
    pub content: Content,
}

fn member(out: &mut String, name: &str, value: &impl Serialize) -> Result<(), serde_json::Error> {
    out.push(',');
    out.push_str(&serde_json::to_string(name)?);
    out.push(':');
    out.push_str(&json::write(value)?);
    Ok(())
}

impl Document {
    pub fn new(exported_at: impl Into<String>, content: Content) -> Document {
        Document {
            exported_at: exported_at.into(),
            content,
        }
    }

    /// Writes the file. Lenses and libraries are indented for the people who curate them;
    /// sessions and backups are compact, so a backup stays within [`MAX_BYTES`].
    pub fn to_json(&self) -> Result<String, serde_json::Error> {
        let mut out = String::from("{");
        out.push_str(&format!("\"format\":\"{FORMAT}\",\"version\":{VERSION}"));
        member(&mut out, "kind", &self.content.kind().as_str())?;
        member(&mut out, "exported_at", &self.exported_at)?;
        match &self.content {
            Content::Backup(backup) => write_backup(&mut out, backup)?,
            Content::Session(session) => member(&mut out, "session", session)?,
            Content::Returned(returned) => member(&mut out, "returned", returned)?,
            Content::Lens(lens) => return pretty(out, "lens", lens),
            Content::Library(library) => return pretty(out, "competencies", &library.competencies),
        }
        out.push('}');
        Ok(out)
    }
}

fn pretty(
    mut compact: String,
    name: &str,
    value: &impl Serialize,
) -> Result<String, serde_json::Error> {
    member(&mut compact, name, value)?;
    compact.push('}');
    let tree: Value = serde_json::from_str(&compact)?;
    json::write_pretty(&tree)
}

/// A backup's sessions each refer to a snapshot of their lens, kept once under `snapshots`.
fn write_backup(out: &mut String, backup: &Backup) -> Result<(), serde_json::Error> {
    let mut snapshots: BTreeMap<String, String> = BTreeMap::new();
    out.push_str(",\"sessions\":[");
    for (i, session) in backup.sessions.iter().enumerate() {
        let split = snapshot::split(session)?;
        let mut name = split.fingerprint.clone();
        let mut n = 2;
        while snapshots.get(&name).is_some_and(|lens| *lens != split.lens) {
            name = format!("{}-{n}", split.fingerprint);
            n += 1;
        }
        if i > 0 {
            out.push(',');
        }
        out.push_str(&split.session_json(&name)?);
        snapshots.entry(name).or_insert(split.lens);
    }
    out.push_str("],\"snapshots\":{");
    for (i, (name, lens)) in snapshots.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str(&serde_json::to_string(name)?);
        out.push(':');
        out.push_str(lens);
    }
    out.push('}');
    member(out, "lenses", &backup.lenses)
}

/// Parses and validates an interchange file at once. On failure nothing is returned but the
/// findings. (Large files are better read step by step with [`Reading`].)
pub fn parse(text: &str) -> Result<Document, Vec<Finding>> {
    Reading::start(text)?.finish()
}

/// The text of a file's bytes: UTF-8 (a byte order mark is skipped), or a finding saying it is
/// not, so text in another encoding is never stored garbled.
pub fn text_of(bytes: &[u8]) -> Result<&str, Finding> {
    use super::finding::Problem;
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    std::str::from_utf8(bytes).map_err(|e| {
        Finding::new(
            "$",
            Problem::NotUtf8 {
                at: e.valid_up_to(),
            },
        )
    })
}

/// The top-level object of a file as a map (for migrations of older versions).
pub(super) fn object(text: &str) -> Result<Map<String, Value>, Vec<Finding>> {
    use super::finding::Problem;
    match json::tree(text).map_err(|f| vec![f])? {
        Value::Object(map) => Ok(map),
        _ => Err(vec![Finding::new("$", Problem::NotAnObject)]),
    }
}
