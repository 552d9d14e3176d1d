//! The Library screen: the built-in competencies.

use leptos::prelude::*;

use crate::components::page::PageHeader;
use crate::i18n::Key;
use crate::state::use_app;

#[component]
pub fn LibraryView() -> impl IntoView {
    let app = use_app();
    view! {
        <PageHeader title=Key::NavLibrary intro=Key::LibraryIntro/>
        <section class="empty-state">
            <p>{move || app.tr(Key::LibraryComing)}</p>
        </section>
    }
}
