//! Writing an interchange file: compact for sessions and backups, indented for lenses and
//! libraries.

use std::collections::BTreeMap;

use serde::Serialize;
use serde_json::Value;

use super::format::{Backup, Content, Document, FORMAT, VERSION};
use crate::domain::{json, snapshot};

fn member(out: &mut String, name: &str, value: &impl Serialize) -> Result<(), serde_json::Error> {
    out.push(',');
    out.push_str(&serde_json::to_string(name)?);
    out.push(':');
    out.push_str(&json::write(value)?);
    Ok(())
}

impl Document {
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
    member(out, "lenses", &backup.lenses)?;
    if backup.kept_aside.is_empty() {
        return Ok(());
    }
    member(out, "kept_aside", &backup.kept_aside)
}
