//! What importing a file would change, decided before anything is stored: which items are new,
//! which are already there unchanged, and which collide with a different version (the user
//! chooses: keep both, replace, skip — nothing is silently overwritten).

use super::finding::fresh_id;
use super::lens::Lens;
use super::session::Session;

/// Things that are imported one by one and identified by id.
pub trait Identified: Clone + PartialEq {
    fn id(&self) -> &str;
    /// The same thing under another id, for "keep both".
    fn with_id(&self, id: String) -> Self;
}

impl Identified for Session {
    fn id(&self) -> &str {
        &self.id
    }

    fn with_id(&self, id: String) -> Self {
        Session { id, ..self.clone() }
    }
}

impl Identified for Lens {
    fn id(&self) -> &str {
        &self.id
    }

    fn with_id(&self, id: String) -> Self {
        Lens { id, ..self.clone() }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Incoming<T> {
    New(T),
    /// Already stored exactly like this: nothing to do.
    Unchanged(T),
    /// Stored under the same id, but different.
    Conflict {
        stored: T,
        incoming: T,
    },
}

#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Resolution {
    KeepBoth,
    Replace,
    Skip,
}

pub fn classify<T: Identified>(stored: &[T], incoming: Vec<T>) -> Vec<Incoming<T>> {
    incoming
        .into_iter()
        .map(|item| match stored.iter().find(|s| s.id() == item.id()) {
            None => Incoming::New(item),
            Some(s) if *s == item => Incoming::Unchanged(item),
            Some(s) => Incoming::Conflict {
                stored: s.clone(),
                incoming: item,
            },
        })
        .collect()
}

/// What to store for a conflict the user resolved; `None` for skip. "Keep both" stores the
/// incoming item under a fresh id, so the stored one stays as it was.
pub fn resolve<T: Identified>(
    incoming: T,
    resolution: Resolution,
    stamp: u64,
    taken: &[&str],
) -> Option<T> {
    match resolution {
        Resolution::Skip => None,
        Resolution::Replace => Some(incoming),
        Resolution::KeepBoth => {
            // Shortened so "-copy", the stamp and a counter still fit in an id.
            let base: String = incoming.id().chars().take(40).collect();
            let prefix = format!("{base}-copy");
            Some(incoming.with_id(fresh_id(&prefix, stamp, taken.iter().copied())))
        }
    }
}

/// What importing a file would change, shown before anything is written: what is new, what is
/// here already, and what collides with another version (one choice each).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Plan {
    pub sessions: Vec<Incoming<Session>>,
    pub lenses: Vec<Incoming<Lens>>,
}

/// How many of each a plan holds.
#[derive(Copy, Clone, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    pub new_sessions: usize,
    pub new_lenses: usize,
    pub unchanged: usize,
    pub conflicts: usize,
}

impl Plan {
    /// `stored_*` are the stored items with the same ids as incoming ones (only those matter).
    pub fn new(
        stored_sessions: &[Session],
        sessions: Vec<Session>,
        stored_lenses: &[Lens],
        lenses: Vec<Lens>,
    ) -> Plan {
        Plan {
            sessions: classify(stored_sessions, sessions),
            lenses: classify(stored_lenses, lenses),
        }
    }

    pub fn counts(&self) -> Counts {
        fn count<T>(items: &[Incoming<T>], counts: &mut Counts) -> usize {
            let mut new = 0;
            for item in items {
                match item {
                    Incoming::New(_) => new += 1,
                    Incoming::Unchanged(_) => counts.unchanged += 1,
                    Incoming::Conflict { .. } => counts.conflicts += 1,
                }
            }
            new
        }
        let mut counts = Counts::default();
        counts.new_sessions = count(&self.sessions, &mut counts);
        counts.new_lenses = count(&self.lenses, &mut counts);
        counts
    }

    /// The file held nothing at all.
    pub fn is_empty(&self) -> bool {
        self.sessions.is_empty() && self.lenses.is_empty()
    }

    /// What to store: the new items, and each conflict as chosen (`choices` in the order of
    /// the plan's conflicts, sessions first). `None` while a conflict has no choice yet.
    /// `taken_*` are the ids stored already; copies never take an id twice.
    pub fn resolve(
        self,
        choices: &[Option<Resolution>],
        stamp: u64,
        taken_sessions: &[String],
        taken_lenses: &[String],
    ) -> Option<(Vec<Session>, Vec<Lens>)> {
        let mut choices = choices.iter().copied();
        let sessions = settle(self.sessions, &mut choices, stamp, taken_sessions)?;
        let lenses = settle(self.lenses, &mut choices, stamp, taken_lenses)?;
        Some((sessions, lenses))
    }
}

fn settle<T: Identified>(
    items: Vec<Incoming<T>>,
    choices: &mut impl Iterator<Item = Option<Resolution>>,
    stamp: u64,
    taken: &[String],
) -> Option<Vec<T>> {
    let mut taken: Vec<String> = taken.to_vec();
    taken.extend(items.iter().map(|i| i.item().id().to_owned()));
    let mut out = Vec::new();
    for item in items {
        match item {
            Incoming::New(item) => out.push(item),
            Incoming::Unchanged(_) => {}
            Incoming::Conflict { incoming, .. } => {
                let ids: Vec<&str> = taken.iter().map(String::as_str).collect();
                if let Some(item) = resolve(incoming, choices.next()??, stamp, &ids) {
                    taken.push(item.id().to_owned());
                    out.push(item);
                }
            }
        }
    }
    Some(out)
}

impl<T> Incoming<T> {
    /// The item as the file has it.
    pub fn item(&self) -> &T {
        match self {
            Incoming::New(item) | Incoming::Unchanged(item) => item,
            Incoming::Conflict { incoming, .. } => incoming,
        }
    }

    /// The version the user knows: what is stored here, for a conflict.
    pub fn known(&self) -> &T {
        match self {
            Incoming::Conflict { stored, .. } => stored,
            other => other.item(),
        }
    }
}

/// What an organisation offers in the `org-library.json` beside the app: competencies (a
/// `library` file) or standard lenses (a `backup` file with lenses). Read-only in the app.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct OrgLibrary {
    pub library: super::competency::Library,
    pub lenses: Vec<Lens>,
}

impl OrgLibrary {
    /// `None` for content an organisation file cannot offer (a single session or lens is
    /// accepted as one lens; a session is not).
    pub fn from_content(content: super::interchange::Content) -> Option<OrgLibrary> {
        use super::interchange::Content;
        match content {
            Content::Library(library) => Some(OrgLibrary {
                library,
                lenses: Vec::new(),
            }),
            Content::Backup(backup) => Some(OrgLibrary {
                library: Default::default(),
                lenses: backup.lenses,
            }),
            Content::Lens(lens) => Some(OrgLibrary {
                library: Default::default(),
                lenses: vec![lens],
            }),
            Content::Session(_) | Content::Returned(_) => None,
        }
    }
}
