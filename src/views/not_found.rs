//! A friendly page for an address that leads nowhere, with a way back.

use leptos::prelude::*;

use crate::i18n::{tf, Key};
use crate::route::Route;
use crate::state::{text, use_app};

#[component]
pub fn NotFoundView(route: Route) -> impl IntoView {
    let app = use_app();
    let shown = route.href();
    view! {
        <header class="page-header">
            <h1>{text(Key::NotFoundTitle)}</h1>
            <p class="intro">
                {move || tf(app.lang.get(), Key::NotFoundText, &[("route", &shown)])}
            </p>
        </header>
        <p>
            <a class="button" href=Route::Sessions.href()>
                {text(Key::NotFoundBack)}
            </a>
        </p>
    }
}
