//! The Data screen: what is stored on this device, backups, exporting interviews, importing
//! files, and anything that had to be kept aside.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::components::fields::Check;
use crate::components::import_panel::ImportPanel;
use crate::components::page::PageHeader;
use crate::i18n::{self, tf, Key};
use crate::state::{store, text, use_app, Notice};
use crate::storage::browser;

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
    let estimate = RwSignal::new(None::<(f64, f64)>);
    let persistent = RwSignal::new(None::<bool>);
    spawn_local(async move {
        estimate.set(browser::estimate().await);
        // Asked at start already; asking again only reads the browser's answer.
        persistent.set(browser::persist().await);
    });

    let aside_rows = kept_aside
        .into_iter()
        .map(|(key, raw)| {
            let size = raw.chars().count().to_string();
            let filename = format!("{}.txt", key.replace(['.', '/'], "-"));
            let save = move |_| {
                app.offer_download(&filename, "text/plain", &raw);
            };
            view! {
                <li class="aside-item">
                    <code>{key}</code>
                    <span class="muted">
                        {move || tf(app.lang.get(), Key::DataAsideSize, &[("size", &size)])}
                    </span>
                    <button type="button" on:click=save>{text(Key::Download)}</button>
                </li>
            }
        })
        .collect_view();

    let estimate_text = move || {
        let lang = app.lang.get();
        match estimate.get() {
            Some((used, quota)) => tf(
                lang,
                Key::DataOfQuota,
                &[
                    ("used", &i18n::bytes(lang, used as usize)),
                    ("quota", &i18n::bytes(lang, quota as usize)),
                ],
            ),
            None => i18n::t(lang, Key::Unknown).to_owned(),
        }
    };
    let persistent_text = move || match persistent.get() {
        Some(true) => app.tr(Key::Yes),
        Some(false) => app.tr(Key::NoWord),
        None => app.tr(Key::Unknown),
    };
    let last_backup = move || match app.last_backup.get() {
        Some(date) => tf(
            app.lang.get(),
            Key::DataLastBackup,
            &[(
                "date",
                &date.replace('T', " ").chars().take(16).collect::<String>(),
            )],
        ),
        None => app.tr(Key::DataNoBackup).to_owned(),
    };

    view! {
        <PageHeader title=Key::NavData intro=Key::DataIntro/>
        <section class="card">
            <h2>{text(Key::DataStoredTitle)}</h2>
            <dl class="facts">
                <dt>{text(Key::DataSessionCount)}</dt>
                <dd>{move || app.sessions.with(Vec::len)}</dd>
                <dt>{text(Key::DataBytesUsed)}</dt>
                <dd>{move || i18n::bytes(app.lang.get(), bytes_used)}</dd>
                <dt>{text(Key::DataEstimate)}</dt>
                <dd>{estimate_text}</dd>
                <dt>{text(Key::DataPersistent)}</dt>
                <dd>{persistent_text}</dd>
            </dl>
        </section>
        <section class="card">
            <h2>{text(Key::DataBackupTitle)}</h2>
            <p>{last_backup}</p>
            <p class="muted">{text(Key::DataBackupHint)}</p>
            <button type="button" class="primary" on:click=move |_| app.export_backup()>
                {text(Key::ExportBackup)}
            </button>
        </section>
        <SessionExport/>
        <crate::views::retention::RetentionPanel/>
        <section class="card">
            <h2>{text(Key::DataImportTitle)}</h2>
            <ImportPanel hint=Key::ImportHintData/>
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

/// Choose interviews and export them: one as a session file, several as one file.
#[component]
fn SessionExport() -> impl IntoView {
    let app = use_app();
    let selected = RwSignal::new(Vec::<String>::new());
    let rows = move || {
        app.sessions
            .get()
            .into_iter()
            .map(|s| {
                let id = StoredValue::new(s.id.clone());
                let label = format!("{} — {} ({})", s.candidate, s.position, s.scheduled_at.replace('T', " "));
                view! {
                    <li>
                        <Check
                            label=Signal::derive(move || label.clone())
                            checked=Signal::derive(move || selected.with(|sel| id.with_value(|id| sel.contains(id))))
                            on_change=Callback::new(move |on: bool| {
                                let id = id.get_value();
                                selected.update(|sel| {
                                    sel.retain(|s| *s != id);
                                    if on {
                                        sel.push(id);
                                    }
                                });
                            })
                        />
                    </li>
                }
            })
            .collect_view()
    };
    let count = move || selected.with(Vec::len);
    let select_all = move |_| selected.set(app.session_ids());
    view! {
        <section class="card">
            <h2>{text(Key::DataSessionsTitle)}</h2>
            <Show
                when=move || !app.sessions.with(Vec::is_empty)
                fallback=move || view! { <p class="muted">{text(Key::DataNoSessions)}</p> }
            >
                <ul class="plain session-choices">{rows}</ul>
                <div class="actions">
                    <button type="button" on:click=select_all>{text(Key::DataSelectAll)}</button>
                    <button
                        type="button"
                        class="primary"
                        disabled=move || count() == 0
                        on:click=move |_| app.export_sessions(&selected.get_untracked())
                    >
                        {move || tf(app.lang.get(), Key::DataExportSelected, &[("n", &count().to_string())])}
                    </button>
                </div>
            </Show>
        </section>
    }
}
