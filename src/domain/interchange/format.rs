//! What an interchange file is: its envelope's constants, its kinds and what each holds.

use crate::domain::capacity::QUOTA_UNITS;
use crate::domain::competency::Library;
use crate::domain::lens::Lens;
use crate::domain::panel::Returned;
use crate::domain::session::Session;

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
/// candidate's interview. Version 5 adds the panel's decision as the record — the lead's
/// judgement sealed at the reveal, reopenings after it, the panel's reason for departing from
/// the standard and the rejection reason the candidate hears — so a build that knows only
/// version 4 refuses such a file instead of counting a level changed after the reveal as
/// independent or showing one member's recommendation as the outcome. Older files read as they
/// are.
pub const VERSION: u64 = 5;
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
    /// Values the app could not read and kept aside as they were: only in a candidate's own
    /// data (their copy of everything that mentions them); an import leaves them out.
    pub kept_aside: Vec<String>,
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

impl Document {
    pub fn new(exported_at: impl Into<String>, content: Content) -> Document {
        Document {
            exported_at: exported_at.into(),
            content,
        }
    }
}
