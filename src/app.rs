//! The root: creates the state, follows the hash route, and lays out the shell.

use leptos::prelude::*;

use crate::components::export_dialog::ExportDialog;
use crate::components::header::AppHeader;
use crate::components::notices::Notices;
use crate::domain::durability::Durability;
use crate::i18n::{self, Key};
use crate::pieces::{Piece, Pieces};
use crate::route::{Route, SessionPage};
use crate::state::{text, yield_now, AppState};
use crate::views::{not_found::NotFoundView, sessions::SessionsView};

/// The catalogue key of the screen's title, for the heading and the document title.
pub fn screen_title(route: &Route) -> Key {
    match route {
        Route::Sessions | Route::Session(..) => Key::NavSessions,
        Route::NewSession => Key::NewSession,
        Route::Position(_) => Key::PositionScreen,
        Route::Day(_) => Key::DayScreen,
        Route::Lenses | Route::Lens(_) => Key::NavLenses,
        Route::Library | Route::Competency(_) => Key::NavLibrary,
        Route::Data => Key::NavData,
        Route::Calibration => Key::CalibrationTitle,
        Route::NotFound(_) => Key::NotFoundTitle,
    }
}

/// The screen on display: a route, or for sessions the step and which build of the screen.
#[derive(Clone, Debug, PartialEq)]
enum Screen {
    Other(Route),
    Session { page: SessionPage, view: u64 },
}

/// The root, once the interviews may be read (the device lock is off, or this page holds its
/// key: see `crate::start`). It reads what is stored in one turn and draws the page in the
/// next; then come the check of every session, the manifest, the service worker and the
/// request to keep storage. Done in one task, all of it held a phone's CPU for 218–363 ms
/// (Lighthouse, mobile).
#[component]
pub fn App() -> impl IntoView {
    let app = AppState::provide();
    let drawn = RwSignal::new(false);
    leptos::task::spawn_local(async move {
        yield_now().await;
        drawn.set(true);
        yield_now().await;
        app.check_sessions();
        app.watch_lock();
        crate::offline::link_manifest();
        crate::offline::register(app);
        // Ask the browser not to clear this origin's data under storage pressure; what it
        // answers decides whether to warn that data may go after a week without a visit.
        let persisted = app.ask_to_keep_storage().await;
        app.learn_durability(Durability {
            persisted,
            installed: crate::offline::installed(),
            evicts_unvisited: crate::offline::evicts_unvisited(),
        });
    });

    let _ = window_event_listener(leptos::ev::hashchange, move |_| {
        app.route
            .set(Route::parse(&location_hash().unwrap_or_default()));
    });

    // Unsaved edits are written the moment the page is hidden or left (tablet sleeping, tab
    // closed), and a change made in another tab is followed here.
    let _ = window_event_listener(leptos::ev::pagehide, move |_| app.flush());
    let _ = window_event_listener(leptos::ev::visibilitychange, move |_| {
        if document().hidden() {
            app.flush();
        }
    });
    let _ = window_event_listener(leptos::ev::storage, move |ev| {
        if let Some(key) = ev.key() {
            app.on_storage_change(&key);
        }
    });

    // The document's language and title follow the interface; both live outside the view tree.
    Effect::new(move |_| {
        let lang = app.lang.get();
        let title = i18n::t(lang, screen_title(&app.route.get()));
        let doc = document();
        if let Some(html) = doc.document_element() {
            let _ = html.set_attribute("lang", lang.code());
        }
        doc.set_title(&format!("{title} · {}", i18n::t(lang, Key::AppName)));
    });

    // What is on screen. Moving between sessions builds a new screen, except when a two-tab
    // conflict moves this tab on into its copy: then the screen stays, with focus and caret.
    let last_session = StoredValue::new(String::new());
    let screen = Memo::new(move |prev: Option<&Screen>| {
        let route = app.route.get();
        let Route::Session(id, page) = &route else {
            return Screen::Other(route);
        };
        let last = last_session.get_value();
        last_session.set_value(id.clone());
        let view = match prev {
            Some(Screen::Session { view, .. }) if last == *id => *view,
            Some(Screen::Session { view, .. }) if app.continues(&last, id) => {
                app.end_continuation();
                *view
            }
            Some(Screen::Session { view, .. }) => view + 1,
            _ => 0,
        };
        Screen::Session { page: *page, view }
    });

    // A new screen starts at its top, as a new page would; the first one keeps whatever the
    // browser restored, and a two-tab copy (the same screen) keeps its place.
    Effect::new(move |first: Option<()>| {
        screen.track();
        if first.is_some() {
            window().scroll_to_with_x_and_y(0.0, 0.0);
        }
    });

    // Screens off the first screen's path come in pieces, each loaded when first needed.
    let pieces = Pieces::new();
    let main_ref = NodeRef::<leptos::html::Main>::new();
    let skip_to_content = move |_| {
        if let Some(main) = main_ref.get() {
            let _ = main.focus();
        }
    };

    let page = move || {
        view! {
            <button class="skip-link" on:click=skip_to_content>
                {text(Key::SkipToContent)}
            </button>
            <AppHeader/>
            <Notices/>
            <main id="main" tabindex="-1" node_ref=main_ref>
                {move || match screen.get() {
                    Screen::Other(Route::Sessions) => view! { <SessionsView/> }.into_any(),
                    Screen::Other(route @ Route::NotFound(_)) => view! { <NotFoundView route/> }.into_any(),
                    // The rest are in pieces; a session's screen reads its id from the route itself.
                    _ => match app.route.with_untracked(Piece::of) {
                        Some(piece) => pieces.view(piece, |build| app.route.with_untracked(build)),
                        None => ().into_any(),
                    },
                }}
            </main>
            <ExportDialog
                form=move || pieces.view(Piece::Export, |build| app.route.with_untracked(build))
                ready=Signal::derive(move || pieces.ready(Piece::Export))
            />
        }
    };
    move || drawn.get().then(|| untrack(page))
}
