//! The heading block every screen starts with.

use leptos::prelude::*;

use crate::i18n::Key;
use crate::state::use_app;

#[component]
pub fn PageHeader(title: Key, intro: Key) -> impl IntoView {
    let app = use_app();
    view! {
        <header class="page-header">
            <h1>{move || app.tr(title)}</h1>
            <p class="intro">{move || app.tr(intro)}</p>
        </header>
    }
}
