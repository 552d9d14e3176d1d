//! The service worker: registered in release builds so the app loads with no network after the
//! first visit; when a new build has installed beside the running one, the user is told and can
//! reload into it. And the web app manifest, for installing the app. Browser-only code.

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{ServiceWorkerContainer, ServiceWorkerRegistration, ServiceWorkerState};

use crate::state::{AppState, Notice};

fn worker_container() -> Option<ServiceWorkerContainer> {
    let navigator = web_sys::window()?.navigator();
    // Browsers without service workers (or pages not on a secure origin) have no container.
    js_sys::Reflect::has(&navigator, &"serviceWorker".into())
        .ok()
        .filter(|has| *has)
        .map(|_| navigator.service_worker())
}

/// Whether the app runs installed, from the home screen: display-mode standalone, or Safari's
/// own flag for a page opened from the home screen of an iPad or iPhone.
pub fn installed() -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let standalone = window
        .match_media("(display-mode: standalone)")
        .ok()
        .flatten()
        .is_some_and(|m| m.matches());
    let ios = js_sys::Reflect::get(&window.navigator(), &"standalone".into())
        .ok()
        .and_then(|v| v.as_bool())
        .unwrap_or(false);
    standalone || ios
}

/// Whether this browser deletes a site's storage after a week without a visit (WebKit).
pub fn evicts_unvisited() -> bool {
    web_sys::window()
        .and_then(|w| w.navigator().user_agent().ok())
        .is_some_and(|ua| crate::domain::durability::evicts_unvisited(&ua))
}

/// Links the web app manifest, once the first screen is drawn. A browser that sees the link
/// fetches the manifest and an install icon at once; linked in `index.html`, those requests
/// competed with the app's own wasm on the first visit (Lighthouse counted them in its LCP).
pub fn link_manifest() {
    let doc = document();
    if doc
        .query_selector("link[rel=manifest]")
        .ok()
        .flatten()
        .is_some()
    {
        return;
    }
    let (Ok(link), Ok(Some(head))) = (doc.create_element("link"), doc.query_selector("head"))
    else {
        return;
    };
    let _ = link.set_attribute("rel", "manifest");
    let _ = link.set_attribute("href", "manifest.webmanifest");
    let _ = head.append_child(&link);
}

/// Registers `sw.js` and watches for updates. Development builds skip it, so live reload and
/// fresh files are never shadowed by a cache.
pub fn register(app: AppState) {
    if cfg!(debug_assertions) {
        return;
    }
    let Some(container) = worker_container() else {
        return;
    };
    // Once a new worker has taken over, every open tab of the app loads again from it (what
    // was typed saved first), not only the one that asked: an old copy left running would go
    // on writing the data the new one reads. A first visit's worker taking control is no
    // update (the page had no controller when it loaded).
    let served_by_worker = container.controller().is_some();
    let on_controller = Closure::<dyn FnMut()>::new(move || {
        let asked = app
            .notices
            .with_untracked(|n| n.contains(&Notice::Updating));
        if asked || served_by_worker {
            app.flush();
            let _ = window().location().reload();
        }
    });
    container.set_oncontrollerchange(Some(on_controller.as_ref().unchecked_ref()));
    on_controller.forget();

    let promise = container.register("sw.js");
    spawn_local(async move {
        let Ok(registration) = JsFuture::from(promise).await else {
            return;
        };
        // Where service workers are blocked (a policy, a test harness) the promise can resolve
        // without a registration: go on without offline use rather than fail.
        let Ok(registration) = registration.dyn_into::<ServiceWorkerRegistration>() else {
            return;
        };
        let has_controller = move || worker_container().and_then(|c| c.controller()).is_some();
        // An update found on an earlier visit may already be waiting.
        if registration.waiting().is_some() && has_controller() {
            app.notify(Notice::UpdateReady);
        }
        let watched = registration.clone();
        let on_found = Closure::<dyn FnMut()>::new(move || {
            let Some(installing) = watched.installing() else {
                return;
            };
            let worker = installing.clone();
            let on_state = Closure::<dyn FnMut()>::new(move || {
                if worker.state() == ServiceWorkerState::Installed && has_controller() {
                    app.notify(Notice::UpdateReady);
                }
            });
            installing.set_onstatechange(Some(on_state.as_ref().unchecked_ref()));
            on_state.forget();
        });
        registration.set_onupdatefound(Some(on_found.as_ref().unchecked_ref()));
        on_found.forget();
    });
}

/// Asks the waiting worker to take over; the page reloads when it has.
pub fn apply_update(app: AppState) {
    let Some(container) = worker_container() else {
        return;
    };
    spawn_local(async move {
        let Ok(registration) = JsFuture::from(container.get_registration()).await else {
            return;
        };
        let Ok(registration) = registration.dyn_into::<ServiceWorkerRegistration>() else {
            return;
        };
        if let Some(waiting) = registration.waiting() {
            app.notices.update(|n| {
                n.retain(|n| *n != Notice::UpdateReady);
                n.push(Notice::Updating);
            });
            let _ = waiting.post_message(&"skip-waiting".into());
        }
    });
}
