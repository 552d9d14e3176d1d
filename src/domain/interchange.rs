//! The JSON interchange format: one self-describing envelope for every file that leaves or
//! enters the app — a session, a lens, a library or a full backup.
//!
//! ```json
//! { "format": "interviewgids", "version": 1, "kind": "lens", "exported_at": "…", "lens": { … } }
//! ```
//! Parsing validates everything before anything is handed to the app; a file that fails yields
//! findings that name the JSON path and the problem.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::competency::Library;
use super::json;
use super::lens::Lens;
use super::migrate;
use super::session::Session;
use super::validate::{Checker, Finding, Problem};

pub const FORMAT: &str = "interviewgids";
/// Files larger than this are refused unread (5 MiB; a full backup of hundreds of interviews
/// stays far below).
pub const MAX_BYTES: usize = 5 * 1024 * 1024;
/// The format nests about ten levels deep; anything much deeper is not an Interviewgids file.
pub const MAX_DEPTH: usize = 32;
/// The newest version this build reads and the one it writes.
pub const VERSION: u64 = 1;

#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Kind {
    Backup,
    Session,
    Lens,
    Library,
}

impl Kind {
    pub const ALL: [Kind; 4] = [Kind::Backup, Kind::Session, Kind::Lens, Kind::Library];

    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Backup => "backup",
            Kind::Session => "session",
            Kind::Lens => "lens",
            Kind::Library => "library",
        }
    }

    pub fn parse(s: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

/// Everything a backup holds.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Backup {
    #[serde(default)]
    pub sessions: Vec<Session>,
    #[serde(default)]
    pub lenses: Vec<Lens>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Content {
    Backup(Backup),
    Session(Box<Session>),
    Lens(Lens),
    Library(Library),
}

impl Content {
    pub fn kind(&self) -> Kind {
        match self {
            Content::Backup(_) => Kind::Backup,
            Content::Session(_) => Kind::Session,
            Content::Lens(_) => Kind::Lens,
            Content::Library(_) => Kind::Library,
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

// The payload of each kind sits beside the envelope fields; these wrappers name it.
#[derive(Deserialize)]
struct SessionFile {
    session: Session,
}
#[derive(Deserialize)]
struct LensFile {
    lens: Lens,
}

impl Document {
    pub fn new(exported_at: impl Into<String>, content: Content) -> Document {
        Document {
            exported_at: exported_at.into(),
            content,
        }
    }

    /// Writes the file, pretty-printed so people can read and diff it.
    pub fn to_json(&self) -> Result<String, serde_json::Error> {
        let mut map = Map::new();
        map.insert("format".into(), Value::from(FORMAT));
        map.insert("version".into(), Value::from(VERSION));
        map.insert("kind".into(), Value::from(self.content.kind().as_str()));
        map.insert("exported_at".into(), Value::from(self.exported_at.clone()));
        match &self.content {
            Content::Backup(backup) => {
                map.insert("sessions".into(), serde_json::to_value(&backup.sessions)?);
                map.insert("lenses".into(), serde_json::to_value(&backup.lenses)?);
            }
            Content::Session(session) => {
                map.insert("session".into(), serde_json::to_value(session)?);
            }
            Content::Lens(lens) => {
                map.insert("lens".into(), serde_json::to_value(lens)?);
            }
            Content::Library(library) => {
                map.insert(
                    "competencies".into(),
                    serde_json::to_value(&library.competencies)?,
                );
            }
        }
        json::write_pretty(&Value::Object(map))
    }
}

/// Parses and validates an interchange file. On failure nothing is returned but the findings.
pub fn parse(text: &str) -> Result<Document, Vec<Finding>> {
    // Refused before parsing: nothing this app writes comes near these limits.
    if text.len() > MAX_BYTES {
        return Err(vec![Finding::new(
            "$",
            Problem::TooLarge {
                bytes: text.len(),
                max: MAX_BYTES,
            },
        )]);
    }
    if json::deeper_than(text, MAX_DEPTH) {
        return Err(vec![Finding::new("$", Problem::TooDeep { max: MAX_DEPTH })]);
    }
    let value = json::tree(text).map_err(|f| vec![f])?;
    let Value::Object(mut map) = value else {
        return Err(vec![Finding::new("$", Problem::NotAnObject)]);
    };
    check_format(&map)?;
    let version = check_version(&map)?;
    let upgraded;
    let text = if version < VERSION {
        migrate::upgrade(&mut map, version);
        upgraded = serde_json::to_string(&map).map_err(|e| {
            vec![Finding::new(
                "$",
                Problem::WrongType {
                    detail: e.to_string(),
                },
            )]
        })?;
        upgraded.as_str()
    } else {
        text
    };
    let kind = check_kind(&map)?;
    let exported_at = match map.get("exported_at") {
        None | Some(Value::Null) => String::new(),
        Some(Value::String(s)) => s.clone(),
        Some(other) => return Err(vec![wrong_type("$.exported_at", "a string", other)]),
    };
    drop(map);
    // The envelope is sound; now the payload, read typed from the text itself.
    fn typed<T: serde::de::DeserializeOwned>(text: &str) -> Result<T, Vec<Finding>> {
        json::read(text).map_err(|f| vec![f])
    }
    let content = match kind {
        Kind::Backup => Content::Backup(typed(text)?),
        Kind::Session => Content::Session(Box::new(typed::<SessionFile>(text)?.session)),
        Kind::Lens => Content::Lens(typed::<LensFile>(text)?.lens),
        Kind::Library => Content::Library(typed(text)?),
    };
    let mut checker = Checker::new();
    match &content {
        Content::Backup(backup) => {
            checker.field("sessions", |c| {
                for (i, session) in backup.sessions.iter().enumerate() {
                    c.index(i, |c| c.session(session));
                }
            });
            checker.field("lenses", |c| {
                for (i, lens) in backup.lenses.iter().enumerate() {
                    c.index(i, |c| c.lens(lens));
                }
            });
        }
        Content::Session(session) => checker.field("session", |c| c.session(session)),
        Content::Lens(lens) => checker.field("lens", |c| c.lens(lens)),
        Content::Library(library) => checker.library(library),
    }
    checker.into_result()?;
    Ok(Document {
        exported_at,
        content,
    })
}

fn check_format(map: &Map<String, Value>) -> Result<(), Vec<Finding>> {
    match map.get("format") {
        Some(Value::String(f)) if f == FORMAT => Ok(()),
        Some(Value::String(f)) => Err(vec![Finding::new(
            "$.format",
            Problem::WrongFormat { found: f.clone() },
        )]),
        None => Err(vec![Finding::new("$.format", Problem::Missing)]),
        Some(other) => Err(vec![wrong_type("$.format", "a string", other)]),
    }
}

/// The file's version: this one or an older one that can be migrated.
fn check_version(map: &Map<String, Value>) -> Result<u64, Vec<Finding>> {
    match map.get("version") {
        None => Err(vec![Finding::new("$.version", Problem::Missing)]),
        Some(Value::Number(n)) => match n.as_u64() {
            Some(v) if v > VERSION => Err(vec![Finding::new(
                "$.version",
                Problem::NewerVersion {
                    found: v,
                    supported: VERSION,
                },
            )]),
            Some(v) => Ok(v),
            None => Err(vec![Finding::new(
                "$.version",
                Problem::UnsupportedVersion {
                    found: n.to_string(),
                },
            )]),
        },
        Some(other) => Err(vec![wrong_type("$.version", "a whole number", other)]),
    }
}

fn check_kind(map: &Map<String, Value>) -> Result<Kind, Vec<Finding>> {
    match map.get("kind") {
        None => Err(vec![Finding::new("$.kind", Problem::Missing)]),
        Some(Value::String(k)) => Kind::parse(k).ok_or_else(|| {
            vec![Finding::new(
                "$.kind",
                Problem::UnknownKind { found: k.clone() },
            )]
        }),
        Some(other) => Err(vec![wrong_type("$.kind", "a string", other)]),
    }
}

fn wrong_type(path: &str, expected: &str, found: &Value) -> Finding {
    let found = match found {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    };
    Finding::new(
        path,
        Problem::WrongType {
            detail: format!("expected {expected}, found {found}"),
        },
    )
}
