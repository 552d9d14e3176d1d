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
pub fn start() {
    console_error_panic_hook::set_once();
    wasm_bindgen_futures::spawn_local(async {
        state::yield_now().await;
        leptos::mount::mount_to_body(app::App);
    });
}
