//! The app header: product name, main navigation and the language switch.

use leptos::prelude::*;

use crate::domain::Lang;
use crate::i18n::Key;
use crate::route::Section;
use crate::state::{text, use_app};

fn section_label(section: Section) -> Key {
    match section {
        Section::Sessions => Key::NavSessions,
        Section::Lenses => Key::NavLenses,
        Section::Library => Key::NavLibrary,
        Section::Data => Key::NavData,
    }
}

#[component]
pub fn AppHeader() -> impl IntoView {
    let app = use_app();
    let current = Memo::new(move |_| app.route.with(|r| r.section()));

    let nav_items = Section::ALL
        .into_iter()
        .map(|section| {
            let is_current = move || current.get() == Some(section);
            view! {
                <li>
                    <a
                        href=section.route().href()
                        class:current=is_current
                        aria-current=move || is_current().then_some("page")
                    >
                        {text(section_label(section))}
                    </a>
                </li>
            }
        })
        .collect_view();

    let lang_buttons = Lang::ALL
        .into_iter()
        .map(|lang| {
            let label = match lang {
                Lang::Nl => Key::LangNl,
                Lang::En => Key::LangEn,
            };
            view! {
                <button
                    type="button"
                    lang=lang.code()
                    class:selected=move || app.lang.get() == lang
                    aria-pressed=move || if app.lang.get() == lang { "true" } else { "false" }
                    on:click=move |_| app.set_lang(lang)
                >
                    {text(label)}
                </button>
            }
        })
        .collect_view();

    view! {
        <header class="app-header">
            <div class="brand">
                <span class="brand-name">{text(Key::AppName)}</span>
                <span class="brand-tagline">{text(Key::AppTagline)}</span>
            </div>
            <div class="header-tools">
                <Show when=move || app.lock_on.get()>
                    <button type="button" class="lock-now" on:click=move |_| app.lock_now()>
                        <span aria-hidden="true">"🔒 "</span>{text(Key::HeaderLockNow)}
                    </button>
                </Show>
                <div class="lang-switch" role="group" aria-label=text(Key::LangLabel)>
                    {lang_buttons}
                </div>
            </div>
            <nav class="main-nav" aria-label=text(Key::NavLabel)>
                <ul>{nav_items}</ul>
            </nav>
        </header>
    }
}
