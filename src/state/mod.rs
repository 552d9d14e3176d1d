//! The app's shared state, created once in [`crate::app::App`] and reached through [`use_app`].
//! Views read signals from here and call the methods in this module and its children; those
//! call the domain and the storage adapter, so no view touches storage itself.

mod access;
mod day;
mod durability;
mod export;
mod import;
mod lenses;
mod lock;
mod overview;
mod panel;
mod saving;
mod sessions;
mod transfer;

use leptos::prelude::*;

/// What a failed write says; views name it through here, never through `storage`.
pub use crate::storage::StorageError;
pub use access::Found as CandidateFound;
pub use export::{ExportError, PendingExport, Protect};
pub use import::{Import, ImportStep, NotRead};
pub use lenses::LensSource;
pub use lock::{lock_on, needs_unlock, take_shared, unlock, wait_ms, LockFailure, TurnedOn};
pub use transfer::{ColleagueFile, Item, Outcome, Preview, Staged};

use crate::domain::durability::{Durability, BACKUP_EVERY_DAYS};
use crate::domain::import::OrgLibrary;
use crate::domain::planning::Rules;
use crate::domain::retention::Policy;
use crate::domain::session::MODEL;
use crate::domain::{dates, starter, Factor, Lang, Lens, Library, Session, SessionSummary};
use crate::i18n::{self, Key};
use crate::route::Route;
use crate::storage::browser::{remembering_keys, LocalStorage};
use crate::storage::{Damaged, Store, Unreadable, Upgrade};

/// Something the user must know about, shown as a banner until dismissed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notice {
    Unreadable(Unreadable),
    Storage(StorageError),
    /// The embedded library failed its own validation: a build problem, never user data.
    Library(String),
    /// The organisation's `org-library.json` could not be used; the detail says why.
    Organisation(String),
    /// A download could not be offered; the detail says why.
    Download(String),
    /// A new version of the app has installed and is ready; reloading switches to it.
    UpdateReady,
    /// The switch to the new version is under way.
    Updating,
    /// No backup was exported for a week or more while interviews are stored.
    BackupDue,
    /// Another tab changed the open interview while this one had unsaved edits: this tab goes
    /// on in a copy (`copy`), the other tab's version stays under `original`.
    KeptBoth {
        copy: String,
        original: String,
    },
    /// Storage is nearly full (the share in percent).
    NearlyFull(usize),
    /// This browser deletes the stored interviews after a week without a visit, unless the app
    /// runs from the home screen (Safari, and every browser on an iPad). Shown once.
    MayBeDeleted,
    /// The device lock, offered once after the first interview is stored.
    OfferLock,
    /// The open interview was deleted in another tab; it is closed here and not written back.
    DeletedElsewhere,
    /// A newer version of the app wrote the stored data: this page writes nothing; reload.
    OlderApp,
}

/// Whether the built-in library has been read; screens that need it wait for it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LibraryStatus {
    /// Not asked for yet: the first screen does not wait for it.
    Idle,
    Loading,
    Ready,
    /// It could not be read; the detail says why (also shown as a banner).
    Failed(String),
}

#[derive(Clone, Copy)]
pub struct AppState {
    pub lang: RwSignal<Lang>,
    pub route: RwSignal<Route>,
    pub sessions: RwSignal<Vec<SessionSummary>>,
    pub notices: RwSignal<Vec<Notice>>,
    /// Competencies the user imported from a library file (empty when none).
    pub imported: RwSignal<Library>,
    /// What the organisation's file beside the app offers (empty when there is none).
    pub organisation: RwSignal<OrgLibrary>,
    /// The library as the app uses it: built in, then the organisation's, then imported ones.
    pub library: Memo<Library>,
    /// The built-in library, empty until its file is read.
    builtin: RwSignal<Library>,
    pub library_status: RwSignal<LibraryStatus>,
    /// The user's own lenses.
    pub lenses: RwSignal<Vec<Lens>>,
    /// Sessions that could not be read and were kept aside.
    pub damaged: RwSignal<Vec<Damaged>>,
    /// How long sessions are kept after their procedure ends (AVG/GDPR).
    pub policy: RwSignal<Policy>,
    /// The rules a day plan is checked against.
    pub planning: RwSignal<Rules>,
    /// When the last full backup was exported (ISO 8601), if ever.
    pub last_backup: RwSignal<Option<String>>,
    /// What the browser said about keeping this device's data (learned after the first screen).
    pub durability: RwSignal<Durability>,
    /// The session on screen, if any; the only one held in memory.
    pub session: RwSignal<Option<Session>>,
    /// Whether the open session has unsaved edits, and the revision it is based on.
    pub saving: StoredValue<saving::SaveState>,
    /// The last copy a two-tab conflict made (copy id, original id): the screen stays put.
    continued: StoredValue<Option<(String, String)>>,
    /// The example lenses, in the current language.
    pub examples: Memo<Vec<Lens>>,
    /// The Library screen's search, kept while the user opens a competency and comes back.
    pub library_query: RwSignal<String>,
    pub library_factor: RwSignal<Option<Factor>>,
    /// A file with candidate data waiting in the export dialog.
    pub pending_export: RwSignal<Option<PendingExport>>,
    /// Whether the device lock is on (this page is unlocked, or it would not run).
    pub lock_on: RwSignal<bool>,
}

/// The store, with the device lock's data key while it is unlocked.
pub fn store() -> Store<LocalStorage> {
    Store::new(LocalStorage)
        .with_cipher(crate::lock::cipher())
        .read_only(OLDER_APP.get())
}

thread_local! {
    /// A newer build of the app claimed the store: this page writes nothing (see `claim`).
    static OLDER_APP: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Claims the store for this build; where a newer one claimed it, this page turns read-only.
/// True when this page may write.
fn claim() -> bool {
    let claim = Store::new(LocalStorage).claim(MODEL, env!("CARGO_PKG_VERSION"));
    let newer = matches!(claim, Ok(crate::storage::Claim::Newer(_)));
    OLDER_APP.set(newer);
    !newer
}

/// The browser's preferred interface language.
fn browser_lang() -> Lang {
    let tags = browser_languages();
    Lang::from_browser(tags.iter().map(String::as_str))
}

/// The language the page starts in: the one chosen last, or the browser's (the preferences are
/// plain, so the lock screen reads them too).
pub fn start_lang() -> Lang {
    Store::new(LocalStorage)
        .prefs()
        .lang
        .unwrap_or_else(browser_lang)
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
        // Before anything is written: an older copy of the app must not write over a newer one.
        let ours = claim();
        // What start reads, with the key list read once for all of it.
        let (prefs, (upgrade, listing), own_lenses, imported, damaged) = remembering_keys(|| {
            let store = store();
            (
                store.prefs(),
                store.open(),
                store.list_lenses(),
                store.load_imported_library(),
                store.damaged_sessions(),
            )
        });
        let lang = prefs.lang.unwrap_or_else(browser_lang);
        let mut notices = Vec::new();
        if !ours {
            notices.push(Notice::OlderApp);
        }
        match upgrade {
            Ok(Upgrade::Stopped { error, .. }) | Err(error) => notices.push(Notice::Storage(error)),
            Ok(_) => {}
        }
        let sessions = match listing {
            Ok(listing) => {
                notices.extend(listing.unreadable.into_iter().map(Notice::Unreadable));
                listing.sessions
            }
            Err(error) => {
                notices.push(Notice::Storage(error));
                Vec::new()
            }
        };
        let lenses = match own_lenses {
            Ok((lenses, unreadable)) => {
                notices.extend(unreadable.into_iter().map(Notice::Unreadable));
                lenses
            }
            Err(error) => {
                notices.push(Notice::Storage(error));
                Vec::new()
            }
        };
        let imported = imported.unwrap_or_else(|unreadable| {
            notices.push(Notice::Unreadable(unreadable));
            None
        });
        // Filled in when its file has been read (see `want_library`).
        let builtin = RwSignal::new(Library::default());
        let imported = RwSignal::new(imported.unwrap_or_default());
        let organisation = RwSignal::new(OrgLibrary::default());
        let library = Memo::new(move |_| {
            let with_org = organisation.with(|o| builtin.with(|b| b.overlaid(&o.library)));
            imported.with(|i| with_org.overlaid(i))
        });
        let lang_signal = RwSignal::new(lang);
        let examples = Memo::new(move |_| library.with(|l| starter::lenses(l, lang_signal.get())));
        let route = Route::parse(&location_hash().unwrap_or_default());
        let state = AppState {
            lang: lang_signal,
            route: RwSignal::new(route),
            sessions: RwSignal::new(sessions),
            notices: RwSignal::new(notices),
            imported,
            organisation,
            library,
            builtin,
            library_status: RwSignal::new(LibraryStatus::Idle),
            lenses: RwSignal::new(lenses),
            damaged: RwSignal::new(damaged.unwrap_or_default()),
            session: RwSignal::new(None),
            saving: StoredValue::new(saving::SaveState::default()),
            continued: StoredValue::new(None),
            last_backup: RwSignal::new(prefs.last_backup.clone()),
            durability: RwSignal::new(Durability::default()),
            policy: RwSignal::new(prefs.retention),
            planning: RwSignal::new(prefs.planning.checked().unwrap_or_default()),
            examples,
            library_query: RwSignal::new(String::new()),
            library_factor: RwSignal::new(None),
            pending_export: RwSignal::new(None),
            lock_on: RwSignal::new(lock_on()),
        };
        if !state.sessions.with_untracked(Vec::is_empty)
            && dates::backup_due(
                prefs.last_backup.as_deref(),
                &crate::clock::now_iso(),
                BACKUP_EVERY_DAYS,
            )
        {
            state.notify(Notice::BackupDue);
        }
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
        self.saved(store().save_lang(lang));
    }

    /// Reports a write's outcome: a failure becomes a banner (the edit stays on screen); a
    /// success clears earlier save failures, since storage works again.
    pub fn saved(&self, result: Result<(), StorageError>) -> bool {
        match result {
            Ok(()) => {
                self.notices.update(|list| {
                    list.retain(|n| {
                        !matches!(
                            n,
                            Notice::Storage(
                                StorageError::QuotaExceeded | StorageError::WriteFailed(_)
                            )
                        )
                    })
                });
                true
            }
            Err(error) => {
                self.notify(Notice::Storage(error));
                false
            }
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

    /// Offers `text` as a file download; a failure becomes a banner.
    pub fn offer_download(&self, filename: &str, mime: &str, text: &str) -> bool {
        match crate::files::download_text(filename, mime, text) {
            Ok(()) => true,
            Err(detail) => {
                self.notify(Notice::Download(detail));
                false
            }
        }
    }

    pub fn navigate(&self, route: Route) {
        // Setting the hash fires `hashchange`, which updates `route` like any link would.
        let _ = window().location().set_hash(&route.href());
    }
}

/// Lets the browser draw and handle input before work goes on.
pub async fn yield_now() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = window().set_timeout_with_callback(&resolve);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

pub fn use_app() -> AppState {
    expect_context::<AppState>()
}

/// The catalogue text for `key`, following the language. Every call returns the same closure
/// type, so the view code that renders it exists once in the binary, not once per text.
pub fn text(key: Key) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    let app = use_app();
    move || app.tr(key)
}
