//! The heading block every screen starts with.

use leptos::prelude::*;

use crate::i18n::Key;
use crate::state::text;

#[component]
pub fn PageHeader(title: Key, intro: Key) -> impl IntoView {
    view! {
        <header class="page-header">
            <h1>{text(title)}</h1>
            <p class="intro">{text(intro)}</p>
        </header>
    }
}
