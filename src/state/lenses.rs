//! Lens actions: create, edit, duplicate, delete; the built-in library and the organisation's
//! file, both read from beside the app.

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::{store, AppState, LibraryStatus, Notice};
use crate::clock::now_stamp;
use crate::domain::builtin;
use crate::domain::finding::fresh_id;
use crate::domain::import::OrgLibrary;
use crate::domain::interchange;
use crate::domain::lens_edit::{LensEdit, LensRefusal};
use crate::domain::order;
use crate::domain::Lens;
use crate::files::fetch_beside_app;
use crate::i18n::{self, Key};

/// The built-in library's file in a development build (a release build hashes its name).
const LIBRARY_FILE: &str = "library.json";

/// Where a lens comes from; only the user's own lenses can be edited.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum LensSource {
    Own,
    Organisation,
    Example,
}

const ORG_FILE: &str = "org-library.json";

impl AppState {
    /// Where the lens with this id comes from, without copying it (for views that only need
    /// to know which screen to show).
    pub fn lens_source(&self, id: &str) -> Option<LensSource> {
        if self.lenses.with(|l| l.iter().any(|l| l.id == id)) {
            Some(LensSource::Own)
        } else if self
            .organisation
            .with(|o| o.lenses.iter().any(|l| l.id == id))
        {
            Some(LensSource::Organisation)
        } else if self.examples.with(|e| e.iter().any(|l| l.id == id)) {
            Some(LensSource::Example)
        } else {
            None
        }
    }

    /// Reads one of the user's own lenses (tracked), if it exists.
    pub fn with_own_lens<T>(&self, id: &str, read: impl FnOnce(&Lens) -> T) -> Option<T> {
        self.lenses
            .with(|list| list.iter().find(|l| l.id == id).map(read))
    }

    /// Any lens by id, with its source: own lenses first, then the organisation's, then examples.
    pub fn find_lens(&self, id: &str) -> Option<(LensSource, Lens)> {
        let own = self.lenses.with(|l| l.iter().find(|l| l.id == id).cloned());
        own.map(|l| (LensSource::Own, l))
            .or_else(|| {
                self.organisation
                    .with(|o| o.lenses.iter().find(|l| l.id == id).cloned())
                    .map(|l| (LensSource::Organisation, l))
            })
            .or_else(|| {
                self.examples
                    .with(|e| e.iter().find(|l| l.id == id).cloned())
                    .map(|l| (LensSource::Example, l))
            })
    }

    pub(super) fn taken_lens_ids(&self) -> Vec<String> {
        let mut ids: Vec<String> = self
            .lenses
            .with_untracked(|l| l.iter().map(|l| l.id.clone()).collect());
        self.organisation
            .with_untracked(|o| ids.extend(o.lenses.iter().map(|l| l.id.clone())));
        self.examples
            .with_untracked(|e| ids.extend(e.iter().map(|l| l.id.clone())));
        ids
    }

    fn fresh_lens_id(&self) -> String {
        let taken = self.taken_lens_ids();
        fresh_id("lens", now_stamp(), taken.iter().map(String::as_str))
    }

    /// Stores a lens as the user's own and shows it in the list.
    pub(super) fn put_lens(&self, lens: Lens) -> bool {
        let ok = self.saved(store().save_lens(&lens));
        self.lenses.update(|list| {
            match list.iter_mut().find(|l| l.id == lens.id) {
                Some(existing) => *existing = lens,
                None => list.push(lens),
            }
            order::sort_by_key(list, |l| l.name.to_lowercase());
        });
        ok
    }

    /// Creates an empty lens and opens it in the editor.
    pub fn create_lens(&self, name: &str) -> String {
        let lens = Lens::new(self.fresh_lens_id(), name.trim());
        let id = lens.id.clone();
        self.put_lens(lens);
        id
    }

    /// Copies any lens into a new own lens, named "<name> (copy)".
    pub fn duplicate_lens(&self, lens: &Lens) -> String {
        let name = i18n::tf(
            self.lang.get_untracked(),
            Key::LensCopyName,
            &[("name", &lens.name)],
        );
        let copy = lens.duplicate(self.fresh_lens_id(), name);
        let id = copy.id.clone();
        self.put_lens(copy);
        id
    }

    /// Applies one edit to an own lens and saves it at once; a refused edit changes nothing.
    pub fn edit_lens(&self, id: &str, edit: LensEdit) -> Result<(), LensRefusal> {
        let mut edited = Ok(());
        let mut changed = None;
        self.lenses.update(|list| {
            if let Some(lens) = list.iter_mut().find(|l| l.id == id) {
                edited = lens.apply(edit);
                if edited.is_ok() {
                    changed = Some(lens.clone());
                }
            }
        });
        if let Some(lens) = changed {
            self.saved(store().save_lens(&lens));
        }
        edited
    }

    /// Deletes an own lens. Sessions keep the frozen copy they were created with.
    pub fn delete_lens(&self, id: &str) {
        if self.saved(store().delete_lens(id)) {
            self.lenses.update(|list| list.retain(|l| l.id != id));
        }
    }

    /// Reads the built-in library from beside the app, once, when a screen first needs it.
    /// The build names the file after its content (`<meta name="interviewgids-library">`); a
    /// development build has no such name.
    pub fn want_library(&self) {
        if self.library_status.get_untracked() != LibraryStatus::Idle {
            return;
        }
        self.library_status.set(LibraryStatus::Loading);
        // The organisation's lenses are wanted where the library is: on the screens that
        // choose or show lenses (so reading its file is not part of every start).
        self.load_organisation();
        let app = *self;
        let file = document()
            .query_selector("meta[name=interviewgids-library]")
            .ok()
            .flatten()
            .and_then(|meta| meta.get_attribute("content"))
            .unwrap_or_else(|| LIBRARY_FILE.to_owned());
        spawn_local(async move {
            let read = match fetch_beside_app(&file).await {
                Ok(Some(text)) => match builtin::library(&text) {
                    Ok(library) => Ok(library),
                    Err(findings) => {
                        // Findings are worded by the other screens' texts.
                        crate::pieces::screen_texts().await;
                        let lang = app.lang.get_untracked();
                        Err(findings
                            .first()
                            .map(|f| i18n::finding(lang, f))
                            .unwrap_or_default())
                    }
                },
                Ok(None) => Err("HTTP 404".to_owned()),
                Err(detail) => Err(detail),
            };
            match read {
                Ok(library) => {
                    app.builtin.set(library);
                    app.library_status.set(LibraryStatus::Ready);
                }
                Err(detail) => {
                    app.notify(Notice::Library(detail.clone()));
                    app.library_status.set(LibraryStatus::Failed(detail));
                }
            }
        });
    }

    /// Looks for the organisation's file beside the app (once, with the library). Absent:
    /// nothing happens. Present but unusable: a banner says why; nothing else changes.
    fn load_organisation(&self) {
        let app = *self;
        spawn_local(async move {
            let text = match fetch_beside_app(ORG_FILE).await {
                Ok(Some(text)) => text,
                Ok(None) => return,
                Err(detail) => return app.notify(Notice::Organisation(detail)),
            };
            let lang = app.lang.get_untracked();
            match interchange::parse(&text) {
                Ok(doc) => match OrgLibrary::from_content(doc.content) {
                    Some(org) => app.organisation.set(org),
                    None => {
                        crate::pieces::screen_texts().await;
                        app.notify(Notice::Organisation(
                            i18n::t(lang, Key::OrgWrongKind).to_owned(),
                        ));
                    }
                },
                Err(findings) => {
                    crate::pieces::screen_texts().await;
                    let first = findings.first().map(|f| i18n::finding(lang, f));
                    app.notify(Notice::Organisation(first.unwrap_or_default()));
                }
            }
        });
    }
}
