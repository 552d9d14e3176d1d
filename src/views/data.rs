//! The Data screen: what is stored on this device, and anything that had to be kept aside.

use leptos::prelude::*;

use crate::components::page::PageHeader;
use crate::i18n::{self, tf, Key};
use crate::state::{store, text, use_app, Notice};

#[component]
pub fn DataView() -> impl IntoView {
    let app = use_app();
    // Read once per visit of the screen; both are small scans of this app's keys.
    let bytes_used = store().bytes_used().unwrap_or(0);
    let kept_aside = match store().kept_aside() {
        Ok(list) => list,
        Err(error) => {
            app.notify(Notice::Storage(error));
            Vec::new()
        }
    };
    let nothing_aside = kept_aside.is_empty();

    let aside_rows = kept_aside
        .into_iter()
        .map(|(key, raw)| {
            let size = raw.chars().count().to_string();
            let filename = format!("{}.txt", key.replace(['.', '/'], "-"));
            let save = move |_| app.offer_download(&filename, "text/plain", &raw);
            view! {
                <li class="aside-item">
                    <code>{key}</code>
                    <span class="muted">
                        {move || tf(app.lang.get(), Key::DataAsideSize, &[("size", &size)])}
                    </span>
                    <button type="button" on:click=save>
                        {text(Key::Download)}
                    </button>
                </li>
            }
        })
        .collect_view();

    view! {
        <PageHeader title=Key::NavData intro=Key::DataIntro/>
        <section class="card">
            <h2>{text(Key::DataStoredTitle)}</h2>
            <dl class="facts">
                <dt>{text(Key::DataSessionCount)}</dt>
                <dd>{move || app.sessions.with(Vec::len)}</dd>
                <dt>{text(Key::DataBytesUsed)}</dt>
                <dd>{move || i18n::bytes(app.lang.get(), bytes_used)}</dd>
            </dl>
        </section>
        <section class="card">
            <h2>{text(Key::DataAsideTitle)}</h2>
            <Show
                when=move || !nothing_aside
                fallback=move || view! { <p>{text(Key::DataAsideNone)}</p> }
            >
                <p>{text(Key::DataAsideIntro)}</p>
            </Show>
            <ul class="aside-list">{aside_rows}</ul>
        </section>
    }
}
