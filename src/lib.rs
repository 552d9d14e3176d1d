//! Interviewgids: a structured, competency-based interview companion that runs wholly in the
//! browser. See docs/architecture.md for the architecture.

pub mod app;
pub mod clock;
pub mod components;
pub mod crypto;
pub mod domain;
pub mod files;
pub mod i18n;
pub mod lock;
pub mod offline;
pub mod pieces;
pub mod route;
pub mod state;
pub mod storage;
pub mod views;

/// Mounts the app; called by `main` in the browser. The start is taken in turns (see
/// [`app::App`]): the first ends with the module compiled, so no one task holds the page long.
/// With the device lock on, the lock screen comes first (from the lock's piece) and nothing of
/// the interviews is read until it is unlocked; then the app is mounted in its place.
pub fn start() {
    console_error_panic_hook::set_once();
    wasm_bindgen_futures::spawn_local(async {
        state::yield_now().await;
        if state::needs_unlock() {
            lock_screen().await;
        } else {
            leptos::mount::mount_to_body(app::App);
        }
    });
}

/// The lock screen, replaced by the app once it is unlocked here or in another tab.
async fn lock_screen() {
    use leptos::prelude::*;
    let lang = RwSignal::new(state::start_lang());
    let Ok(kit) = pieces::lock_kit().await else {
        let message = i18n::t(lang.get_untracked(), i18n::Key::ScreenNotLoaded);
        leptos::mount::mount_to_body(
            move || view! { <main id="main"><p role="alert">{message}</p></main> },
        );
        return;
    };
    let open = Callback::new(move |()| {
        // The lock screen goes (its handle dropped), the app takes the page.
        LOCK_SCREEN.with(|held| held.borrow_mut().take());
        leptos::mount::mount_to_body(app::App);
    });
    let Some(body) = document().body() else {
        return;
    };
    let handle = leptos::mount::mount_to(body, move || (kit.screen)(lang, open));
    LOCK_SCREEN.with(|held| *held.borrow_mut() = Some(Box::new(handle)));
}

thread_local! {
    /// The mounted lock screen, until it is unlocked.
    static LOCK_SCREEN: std::cell::RefCell<Option<Box<dyn std::any::Any>>> =
        const { std::cell::RefCell::new(None) };
}
