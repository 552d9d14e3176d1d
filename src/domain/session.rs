//! Sessions: one candidate's interview for one position, with a frozen copy of the lens so every
//! candidate for the position gets the same questions (M20).

use serde::{Deserialize, Serialize};

use super::lens::Lens;

/// Where a session stands in its life.
#[derive(Copy, Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    #[default]
    Draft,
    Prepared,
    InProgress,
    Completed,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Session {
    pub id: String,
    pub candidate: String,
    #[serde(default)]
    pub interviewer: String,
    /// Planned start, as a local date-time `YYYY-MM-DDTHH:MM`; empty when not yet planned.
    #[serde(default)]
    pub scheduled_at: String,
    /// The lens as it was when the session was created.
    pub lens: Lens,
    #[serde(default)]
    pub status: Status,
    #[serde(default)]
    pub created_at: String,
    #[serde(default)]
    pub updated_at: String,
    /// Raised on every save; lets two tabs tell whose copy is newer.
    #[serde(default)]
    pub revision: u64,
}

/// What the Sessions list shows of a session, kept in the storage index so listing
/// hundreds of sessions does not read every one of them. It changes only when these fields do,
/// so typing a note does not rewrite the index.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct SessionSummary {
    pub id: String,
    pub candidate: String,
    pub position: String,
    pub status: Status,
    #[serde(default)]
    pub scheduled_at: String,
}

impl Session {
    pub fn summary(&self) -> SessionSummary {
        SessionSummary {
            id: self.id.clone(),
            candidate: self.candidate.clone(),
            position: self.lens.name.clone(),
            status: self.status,
            scheduled_at: self.scheduled_at.clone(),
        }
    }
}
