//! The screens off the first screen's path live in pieces of the wasm that are loaded the first
//! time one of their screens is opened (release builds; `scripts/split.py` cuts them). A piece
//! only hands over a function that builds its screens: the building itself happens in the root's
//! view like any other screen's, so a screen behaves the same whether its piece was just loaded.

use leptos::prelude::*;
use leptos::wasm_split::SplitLoaderError;

use crate::components::export_dialog::ExportForm;
use crate::components::library_gate::NeedsLibrary;
use crate::i18n::{Key, Table};
use crate::route::Route;
use crate::state::text;
use crate::views::{calibration::CalibrationView, competency::CompetencyView};
use crate::views::{data::DataView, day::DayView};
use crate::views::{lens_editor::LensView, lenses::LensesView, library::LibraryView};
use crate::views::{new_session::NewSessionView, position::PositionView, session::SessionView};

/// Builds the screen of a route that belongs to the piece.
pub type Build = fn(&Route) -> AnyView;

/// The pieces. The interview itself is one; the screens for planning and the libraries another;
/// the Data screen (import) the third; the export dialog's form (encryption) the fourth.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Piece {
    Session,
    Manage,
    Data,
    Export,
}

const PIECES: usize = 4;

impl Piece {
    /// The piece a route's screen is in; `None` for the screens of the first load.
    pub fn of(route: &Route) -> Option<Piece> {
        match route {
            Route::Session(..) => Some(Piece::Session),
            Route::NewSession
            | Route::Position(_)
            | Route::Day(_)
            | Route::Lenses
            | Route::Lens(_)
            | Route::Library
            | Route::Competency(_)
            | Route::Calibration => Some(Piece::Manage),
            Route::Data => Some(Piece::Data),
            Route::Sessions | Route::NotFound(_) => None,
        }
    }

    fn index(self) -> usize {
        self as usize
    }

    /// Loads the piece (once; a failed load is tried afresh next time) and gives its builder.
    /// The other screens' texts come first, so no screen is built without its words.
    async fn load(self) -> Result<Build, SplitLoaderError> {
        crate::i18n::register(texts().await?);
        match self {
            Piece::Session => session().await,
            Piece::Manage => manage().await,
            Piece::Data => data().await,
            Piece::Export => export().await,
        }
    }
}

/// Where each piece stands: not asked for yet (`None`), loaded with its builder, or failed.
/// One signal per piece, so one arriving never builds another's screen again.
#[derive(Clone, Copy)]
pub struct Pieces {
    loaded: [RwSignal<Option<Result<Build, ()>>>; PIECES],
    loading: StoredValue<[bool; PIECES]>,
}

impl Pieces {
    pub fn new() -> Self {
        Pieces {
            loaded: std::array::from_fn(|_| RwSignal::new(None)),
            loading: StoredValue::new([false; PIECES]),
        }
    }

    /// The piece's view: built by `build` once it is loaded; until then a note, and after a
    /// failed load the message with a way to try again. Tracks the piece's state only.
    pub fn view(self, piece: Piece, build: impl FnOnce(Build) -> AnyView) -> AnyView {
        match self.loaded[piece.index()].get() {
            Some(Ok(builder)) => build(builder),
            Some(Err(())) => view! { <PieceFailed piece pieces=self/> }.into_any(),
            None => {
                self.load(piece);
                view! { <p class="muted" role="status">{text(Key::ScreenLoading)}</p> }.into_any()
            }
        }
    }

    /// Whether the piece is loaded (tracked).
    pub fn ready(self, piece: Piece) -> bool {
        self.loaded[piece.index()].with(|l| matches!(l, Some(Ok(_))))
    }

    /// Starts loading the piece unless it is under way. The answer arrives later, never while
    /// the view that asked is being built.
    fn load(self, piece: Piece) {
        if self.loading.with_value(|l| l[piece.index()]) {
            return;
        }
        self.loading.update_value(|l| l[piece.index()] = true);
        leptos::task::spawn_local(async move {
            let loaded = piece.load().await.map_err(|_| ());
            self.loading.update_value(|l| l[piece.index()] = false);
            self.loaded[piece.index()].set(Some(loaded));
        });
    }

    /// Forgets a failure, so the view asks again.
    fn retry(self, piece: Piece) {
        self.loaded[piece.index()].set(None);
    }
}

impl Default for Pieces {
    fn default() -> Self {
        Self::new()
    }
}

/// A piece that could not be loaded: what happened, and a way to try again.
#[component]
fn PieceFailed(piece: Piece, pieces: Pieces) -> impl IntoView {
    view! {
        <div class="empty-state" role="alert">
            <p>{text(Key::ScreenNotLoaded)}</p>
            <button type="button" on:click=move |_| pieces.retry(piece)>
                {text(Key::ScreenRetry)}
            </button>
        </div>
    }
}

/// A split point: in release builds the function (and all only it uses) is cut into its own
/// piece and the call loads that first; elsewhere it is an ordinary call.
macro_rules! split_point {
    ($name:ident in $piece:ident => $build:ident) => {
        #[cfg(all(feature = "split", not(debug_assertions)))]
        #[leptos::wasm_split::wasm_split($piece, wasm_split_path = ::leptos::wasm_split, fallible)]
        fn $name() -> Result<Build, SplitLoaderError> {
            Ok($build)
        }
        #[cfg(not(all(feature = "split", not(debug_assertions))))]
        async fn $name() -> Result<Build, SplitLoaderError> {
            Ok($build)
        }
    };
}

// The texts of every screen but the first, in a piece every other piece waits for.
#[cfg(all(feature = "split", not(debug_assertions)))]
#[leptos::wasm_split::wasm_split(texts, wasm_split_path = ::leptos::wasm_split, fallible)]
fn texts() -> Result<Table, SplitLoaderError> {
    Ok(crate::i18n::other_screens)
}
#[cfg(not(all(feature = "split", not(debug_assertions))))]
async fn texts() -> Result<Table, SplitLoaderError> {
    Ok(crate::i18n::other_screens)
}

// The device lock's AES-GCM, in a piece of its own: loaded to unlock or to set the lock up.
#[cfg(all(feature = "split", not(debug_assertions)))]
#[leptos::wasm_split::wasm_split(lock, wasm_split_path = ::leptos::wasm_split, fallible)]
fn lock_piece() -> Result<crate::lock::Kit, SplitLoaderError> {
    Ok(lock_kit_with_screen())
}
#[cfg(not(all(feature = "split", not(debug_assertions))))]
async fn lock_piece() -> Result<crate::lock::Kit, SplitLoaderError> {
    Ok(lock_kit_with_screen())
}

/// The lock's kit with its screen: the views' lock screen and the unlocking behind it.
fn lock_kit_with_screen() -> crate::lock::Kit {
    crate::lock::Kit {
        screen: |lang, on_open| view! { <crate::views::lock::LockScreen lang on_open/> }.into_any(),
        ..crate::lock::kit()
    }
}

/// Brings the other screens' texts (once), for words wanted outside a piece's screen: the
/// findings of a library or organisation file read on the first screen. False when the piece
/// could not be loaded.
pub async fn screen_texts() -> bool {
    match texts().await {
        Ok(table) => {
            crate::i18n::register(table);
            true
        }
        Err(_) => false,
    }
}

/// The device lock's functions that run AES-GCM, with the texts of its screens (the lock
/// screen's are not in the first load: most devices never show it).
pub async fn lock_kit() -> Result<crate::lock::Kit, SplitLoaderError> {
    crate::i18n::register(texts().await?);
    lock_piece().await
}

split_point!(session in session => build_session);
split_point!(manage in manage => build_manage);
split_point!(data in data => build_data);
split_point!(export in export => build_export);

fn build_session(route: &Route) -> AnyView {
    match route {
        Route::Session(_, page) => view! { <SessionView page=*page/> }.into_any(),
        _ => ().into_any(),
    }
}

fn build_manage(route: &Route) -> AnyView {
    match route.clone() {
        Route::NewSession => view! { <NeedsLibrary><NewSessionView/></NeedsLibrary> }.into_any(),
        Route::Position(id) => {
            view! { <NeedsLibrary><PositionView id=id.clone()/></NeedsLibrary> }.into_any()
        }
        Route::Day(date) => view! { <DayView date/> }.into_any(),
        Route::Calibration => view! { <CalibrationView/> }.into_any(),
        Route::Lenses => view! { <NeedsLibrary><LensesView/></NeedsLibrary> }.into_any(),
        Route::Lens(id) => {
            view! { <NeedsLibrary><LensView id=id.clone()/></NeedsLibrary> }.into_any()
        }
        Route::Library => view! { <NeedsLibrary><LibraryView/></NeedsLibrary> }.into_any(),
        Route::Competency(id) => {
            view! { <NeedsLibrary><CompetencyView id=id.clone()/></NeedsLibrary> }.into_any()
        }
        _ => ().into_any(),
    }
}

fn build_data(_: &Route) -> AnyView {
    view! { <DataView/> }.into_any()
}

fn build_export(_: &Route) -> AnyView {
    view! { <ExportForm/> }.into_any()
}
