//! The Lenses screen: the role profiles every interview is built on.

use leptos::prelude::*;

use crate::components::page::PageHeader;
use crate::i18n::Key;
use crate::state::use_app;

#[component]
pub fn LensesView() -> impl IntoView {
    let app = use_app();
    view! {
        <PageHeader title=Key::NavLenses intro=Key::LensesIntro/>
        <section class="empty-state">
            <p>{move || app.tr(Key::LensesComing)}</p>
        </section>
    }
}
