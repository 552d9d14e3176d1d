//! The app's shared state, created once in [`crate::app::App`] and reached through [`use_app`].
//! Views read signals from here and call the methods below; the methods call the domain and the
//! storage adapter, so no view touches storage itself.

use leptos::prelude::*;

use crate::domain::{builtin, Factor, Lang, Library, SessionSummary};
use crate::i18n::{self, Key};
use crate::route::Route;
use crate::storage::browser::LocalStorage;
use crate::storage::{StorageError, Store, Unreadable};

/// Something the user must know about, shown as a banner until dismissed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notice {
    Unreadable(Unreadable),
    Storage(StorageError),
    /// The embedded library failed its own validation: a build problem, never user data.
    Library(String),
}

#[derive(Clone, Copy)]
pub struct AppState {
    pub lang: RwSignal<Lang>,
    pub route: RwSignal<Route>,
    pub sessions: RwSignal<Vec<SessionSummary>>,
    pub notices: RwSignal<Vec<Notice>>,
    /// The built-in competency library, parsed once at start.
    pub library: StoredValue<Library>,
    /// The Library screen's search, kept while the user opens a competency and comes back.
    pub library_query: RwSignal<String>,
    pub library_factor: RwSignal<Option<Factor>>,
}

pub fn store() -> Store<LocalStorage> {
    Store::new(LocalStorage)
}

/// The browser's preferred languages, most preferred first.
fn browser_languages() -> Vec<String> {
    let navigator = window().navigator();
    let mut tags: Vec<String> = navigator
        .languages()
        .iter()
        .filter_map(|v| v.as_string())
        .collect();
    if let Some(tag) = navigator.language() {
        tags.push(tag);
    }
    tags
}

impl AppState {
    /// Reads what is stored and provides the state as context.
    pub fn provide() -> AppState {
        let store = store();
        let lang = store.load_lang().unwrap_or_else(|| {
            let tags = browser_languages();
            Lang::from_browser(tags.iter().map(String::as_str))
        });
        let mut notices = Vec::new();
        let sessions = match store.list_sessions() {
            Ok(listing) => {
                notices.extend(listing.unreadable.into_iter().map(Notice::Unreadable));
                listing.sessions
            }
            Err(error) => {
                notices.push(Notice::Storage(error));
                Vec::new()
            }
        };
        let library = builtin::library().unwrap_or_else(|findings| {
            let detail = findings.first().map(|f| f.to_string()).unwrap_or_default();
            notices.push(Notice::Library(detail));
            Library::default()
        });
        let route = Route::parse(&location_hash().unwrap_or_default());
        let state = AppState {
            lang: RwSignal::new(lang),
            route: RwSignal::new(route),
            sessions: RwSignal::new(sessions),
            notices: RwSignal::new(notices),
            library: StoredValue::new(library),
            library_query: RwSignal::new(String::new()),
            library_factor: RwSignal::new(None),
        };
        provide_context(state);
        state
    }

    /// The catalogue text for `key` in the current language (tracks the language).
    pub fn tr(&self, key: Key) -> &'static str {
        i18n::t(self.lang.get(), key)
    }

    /// Switches the interface language and remembers it.
    pub fn set_lang(&self, lang: Lang) {
        self.lang.set(lang);
        if let Err(error) = store().save_lang(lang) {
            self.notify(Notice::Storage(error));
        }
    }

    pub fn notify(&self, notice: Notice) {
        self.notices.update(|list| {
            if !list.contains(&notice) {
                list.push(notice);
            }
        });
    }

    pub fn dismiss(&self, index: usize) {
        self.notices.update(|list| {
            if index < list.len() {
                list.remove(index);
            }
        });
    }
}

pub fn use_app() -> AppState {
    expect_context::<AppState>()
}
