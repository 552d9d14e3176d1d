//! What importing a file would change, decided before anything is stored: which items are new,
//! which are already there unchanged, and which collide with a different version (the user
//! chooses: keep both, replace, skip — nothing is silently overwritten).

use super::lens::Lens;
use super::lens_edit::fresh_id;

/// Things that are imported one by one and identified by id.
pub trait Identified: Clone + PartialEq {
    fn id(&self) -> &str;
    /// The same thing under another id, for "keep both".
    fn with_id(&self, id: String) -> Self;
}

impl Identified for super::session::Session {
    fn id(&self) -> &str {
        &self.id
    }

    fn with_id(&self, id: String) -> Self {
        super::session::Session { id, ..self.clone() }
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
            let prefix = format!("{}-copy", incoming.id());
            Some(incoming.with_id(fresh_id(&prefix, stamp, taken.iter().copied())))
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
            Content::Session(_) => None,
        }
    }
}
