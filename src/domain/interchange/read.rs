//! Reading an interchange file, step by step: the envelope, lenses and snapshots at once, then
//! a backup's sessions a few at a time, so a large file can show progress instead of freezing
//! the page. Nothing is handed to the app until the whole file has passed.

use std::collections::{BTreeMap, HashSet};

use serde::de::IgnoredAny;
use serde::Deserialize;
use serde_json::value::RawValue;
use serde_json::{Map, Value};

use super::format::{Backup, Content, Document, Kind, FORMAT, MAX_BYTES, MAX_DEPTH, VERSION};
use super::migrate;
use crate::domain::capacity::{
    most_that_fit, MIN_COMPETENCY_UNITS, MIN_LENS_UNITS, MIN_SESSION_UNITS,
};
use crate::domain::competency::Library;
use crate::domain::finding::{Checker, Finding, Problem};
use crate::domain::json;
use crate::domain::lens::Lens;
use crate::domain::panel::Returned;
use crate::domain::session::Session;
use crate::domain::snapshot;

/// The envelope's fields, read without reading the rest.
#[derive(Deserialize)]
struct Envelope {
    format: Option<Value>,
    version: Option<Value>,
    kind: Option<Value>,
    exported_at: Option<Value>,
}

#[derive(Deserialize)]
struct SessionFile {
    session: Session,
}
#[derive(Deserialize)]

struct ReturnedFile {
    returned: Returned,
}

#[derive(Deserialize)]
struct LensFile {
    lens: Lens,
}
#[derive(Deserialize)]
struct BackupFile {
    #[serde(default)]
    sessions: Vec<Box<RawValue>>,
    #[serde(default)]
    snapshots: BTreeMap<String, Box<RawValue>>,
    #[serde(default)]
    lenses: Vec<Lens>,
    #[serde(default)]
    kept_aside: Vec<String>,
}

/// A file being read.
pub struct Reading {
    exported_at: String,
    /// Single-item kinds are read whole at the start.
    content: Option<Content>,
    /// A backup's sessions, as text, with the snapshots they may refer to.
    raw_sessions: Vec<Box<RawValue>>,
    snapshots: BTreeMap<String, Box<RawValue>>,
    sessions: Vec<Session>,
    lenses: Vec<Lens>,
    kept_aside: Vec<String>,
    seen: HashSet<String>,
    /// Sessions that could not be read at all (they still count for the index in paths).
    failed: usize,
    checker: Checker,
}

impl Reading {
    /// Checks size, depth and envelope and reads everything but a backup's sessions.
    pub fn start(text: &str) -> Result<Reading, Vec<Finding>> {
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
        if !text.trim_start().starts_with('{') {
            json::tree(text).map_err(|f| vec![f])?;
            return Err(vec![Finding::new("$", Problem::NotAnObject)]);
        }
        let envelope = json::read::<Envelope>(text).map_err(|f| vec![f])?;
        check_format(envelope.format.as_ref())?;
        let version = check_version(envelope.version.as_ref())?;
        let migrated;
        let (text, kind) = if version == 0 {
            let mut map = object(text)?;
            migrate::upgrade(&mut map, version);
            let kind = check_kind(map.get("kind"))?;
            migrated = serde_json::to_string(&map).map_err(|e| {
                vec![Finding::new(
                    "$",
                    Problem::WrongType {
                        detail: e.to_string(),
                    },
                )]
            })?;
            (migrated.as_str(), kind)
        } else {
            (text, check_kind(envelope.kind.as_ref())?)
        };
        let exported_at = match envelope.exported_at {
            None | Some(Value::Null) => String::new(),
            Some(Value::String(s)) => s,
            Some(other) => return Err(vec![wrong_type("$.exported_at", "a string", &other)]),
        };
        let mut reading = Reading {
            exported_at,
            content: None,
            raw_sessions: Vec::new(),
            snapshots: BTreeMap::new(),
            sessions: Vec::new(),
            lenses: Vec::new(),
            kept_aside: Vec::new(),
            seen: HashSet::new(),
            failed: 0,
            checker: Checker::new(),
        };
        let checker = &mut reading.checker;
        match kind {
            Kind::Session => {
                let session = json::read::<SessionFile>(text)
                    .map_err(|f| vec![f])?
                    .session;
                checker.field("session", |c| c.session(&session));
                reading.content = Some(Content::Session(Box::new(session)));
            }
            Kind::PanelRating => {
                let returned = json::read::<ReturnedFile>(text)
                    .map_err(|f| vec![f])?
                    .returned;
                checker.field("returned", |c| c.returned_file(&returned));
                reading.content = Some(Content::Returned(Box::new(returned)));
            }
            Kind::Lens => {
                let lens = json::read::<LensFile>(text).map_err(|f| vec![f])?.lens;
                checker.field("lens", |c| c.lens(&lens));
                reading.content = Some(Content::Lens(lens));
            }
            Kind::Library => {
                counted(text)?;
                let library = json::read::<Library>(text).map_err(|f| vec![f])?;
                checker.library(&library);
                reading.content = Some(Content::Library(library));
            }
            Kind::Backup => {
                counted(text)?;
                let file = json::read::<BackupFile>(text).map_err(|f| vec![f])?;
                checker.field("lenses", |c| {
                    for (i, lens) in file.lenses.iter().enumerate() {
                        c.index(i, |c| c.lens(lens));
                    }
                });
                checker.unique_ids("lenses", &["id"], file.lenses.iter().map(|l| l.id.as_str()));
                for (name, raw) in &file.snapshots {
                    let at = format!("$.snapshots.{name}");
                    match json::read::<Lens>(raw.get()) {
                        Ok(lens) => checker.at(&at, |c| c.lens(&lens)),
                        Err(f) => checker.findings.push(f.under(&at)),
                    }
                }
                reading.raw_sessions = file.sessions;
                reading.raw_sessions.reverse();
                reading.snapshots = file.snapshots;
                reading.kept_aside = file.kept_aside;
                reading.lenses = file.lenses;
            }
        }
        Ok(reading)
    }

    /// Sessions read so far and in all.
    pub fn progress(&self) -> (usize, usize) {
        let done = self.sessions.len() + self.failed;
        (done, done + self.raw_sessions.len())
    }

    /// Reads up to `count` more sessions; true when none are left.
    pub fn step(&mut self, count: usize) -> bool {
        for _ in 0..count {
            let Some(raw) = self.raw_sessions.pop() else {
                return true;
            };
            let index = self.sessions.len() + self.failed;
            let at = format!("$.sessions[{index}]");
            match self.session(raw.get(), &at) {
                Ok(session) => {
                    self.checker.at(&at, |c| c.session(&session));
                    if !self.seen.insert(session.id.clone()) {
                        let id = session.id.clone();
                        self.checker.at(&format!("{at}.id"), |c| {
                            c.report(Problem::DuplicateId { id })
                        });
                    }
                    self.sessions.push(session);
                }
                Err(finding) => {
                    self.checker.findings.push(finding);
                    self.failed += 1;
                }
            }
        }
        self.raw_sessions.is_empty()
    }

    /// One session of a backup, its lens joined in from the snapshot it names.
    fn session(&self, text: &str, at: &str) -> Result<Session, Finding> {
        let joined;
        let text = match snapshot::reference(text).map_err(|f| f.under(at))? {
            None => text,
            Some(name) => {
                let lens = self.snapshots.get(&name).ok_or_else(|| {
                    Finding::new(format!("{at}.snapshot"), Problem::UnknownSnapshot { name })
                })?;
                joined = snapshot::join(text, lens.get()).map_err(|f| f.under(at))?;
                joined.as_str()
            }
        };
        json::read::<Session>(text).map_err(|f| f.under(at))
    }

    /// The document, once every step is done and nothing was found wrong.
    pub fn finish(mut self) -> Result<Document, Vec<Finding>> {
        while !self.step(usize::MAX) {}
        self.checker.into_result()?;
        let content = self.content.unwrap_or(Content::Backup(Backup {
            sessions: self.sessions,
            lenses: self.lenses,
            kept_aside: self.kept_aside,
        }));
        Ok(Document {
            exported_at: self.exported_at,
            content,
        })
    }
}

/// How many entries a backup or library holds, read without reading any of them.
#[derive(Deserialize)]
struct Counts {
    #[serde(default)]
    sessions: Vec<IgnoredAny>,
    #[serde(default)]
    snapshots: BTreeMap<String, IgnoredAny>,
    #[serde(default)]
    lenses: Vec<IgnoredAny>,
    #[serde(default)]
    competencies: Vec<IgnoredAny>,
}

/// Refuses a file at once when it holds more of a kind than this device's storage could ever
/// hold, before a single entry is read: a million empty objects would otherwise be checked
/// one by one. A file whose lists are not lists passes here and is refused by the typed read.
fn counted(text: &str) -> Result<(), Vec<Finding>> {
    let Ok(counts) = json::read::<Counts>(text) else {
        return Ok(());
    };
    let lists = [
        ("$.sessions", counts.sessions.len(), MIN_SESSION_UNITS),
        ("$.snapshots", counts.snapshots.len(), MIN_SESSION_UNITS),
        ("$.lenses", counts.lenses.len(), MIN_LENS_UNITS),
        (
            "$.competencies",
            counts.competencies.len(),
            MIN_COMPETENCY_UNITS,
        ),
    ];
    let findings: Vec<Finding> = lists
        .into_iter()
        .filter(|(_, found, min)| *found > most_that_fit(*min))
        .map(|(path, found, min)| {
            let max = most_that_fit(min);
            Finding::new(path, Problem::TooMany { found, max })
        })
        .collect();
    if findings.is_empty() {
        Ok(())
    } else {
        Err(findings)
    }
}

fn check_format(format: Option<&Value>) -> Result<(), Vec<Finding>> {
    match format {
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
fn check_version(version: Option<&Value>) -> Result<u64, Vec<Finding>> {
    match version {
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

fn check_kind(kind: Option<&Value>) -> Result<Kind, Vec<Finding>> {
    match kind {
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

/// Parses and validates an interchange file at once. On failure nothing is returned but the
/// findings. (Large files are better read step by step with [`Reading`].)
pub fn parse(text: &str) -> Result<Document, Vec<Finding>> {
    Reading::start(text)?.finish()
}

/// The text of a file's bytes: UTF-8 (a byte order mark is skipped), or a finding saying it is
/// not, so text in another encoding is never stored garbled.
pub fn text_of(bytes: &[u8]) -> Result<&str, Finding> {
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
fn object(text: &str) -> Result<Map<String, Value>, Vec<Finding>> {
    match json::tree(text).map_err(|f| vec![f])? {
        Value::Object(map) => Ok(map),
        _ => Err(vec![Finding::new("$", Problem::NotAnObject)]),
    }
}
