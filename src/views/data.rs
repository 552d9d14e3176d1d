//! The Data screen: what is stored on this device, backups, exporting interviews, importing
//! files, and anything that had to be kept aside.

use leptos::prelude::*;

use crate::components::fields::Check;
use crate::components::import::ImportPanel;
use crate::components::page::PageHeader;
use crate::domain::capacity::{self, Usage, QUOTA_UNITS, WARN_AT_PERCENT};
use crate::domain::Lang;
use crate::i18n::{self, tf, Key};
use crate::state::{text, use_app, Protect};

#[component]
pub fn DataView() -> impl IntoView {
    let app = use_app();
    // Read once per visit of the screen, and again after an import or a deletion.
    let usage = Memo::new(move |_| {
        app.sessions.track();
        app.damaged.track();
        app.storage_usage()
    });
    // Read again when a kept-aside value goes (here, or erased with a candidate's data).
    let kept_aside = Memo::new(move |_| {
        app.damaged.track();
        app.kept_aside()
    });
    let nothing_aside = move || kept_aside.with(Vec::is_empty);

    let aside_rows = move || {
        kept_aside
            .get()
            .into_iter()
            .map(|(key, raw)| {
                let size = raw.chars().count().to_string();
                let filename = format!("{}.txt", key.replace(['.', '/'], "-"));
                let save = move |_| {
                    app.offer_download(&filename, "text/plain", &raw);
                };
                let key = StoredValue::new(key);
                let delete = move |_| {
                    let message = app.tr(Key::DataAsideDeleteConfirm);
                    if window().confirm_with_message(message).unwrap_or(false) {
                        app.delete_damaged(&key.get_value());
                    }
                };
                view! {
                    <li class="aside-item">
                        <code>{key.get_value()}</code>
                        <span class="muted">
                            {move || tf(app.lang.get(), Key::DataAsideSize, &[("size", &size)])}
                        </span>
                        <button type="button" on:click=save>{text(Key::Download)}</button>
                        <button type="button" class="danger" on:click=delete>{text(Key::Delete)}</button>
                    </li>
                }
            })
            .collect_view()
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
                <dd>{move || used_text(app.lang.get(), usage.get())}</dd>
                <dt>{text(Key::DataSiteUse)}</dt>
                <dd>{move || site_text(app.lang.get(), usage.get())}</dd>
                <dt>{text(Key::DataRoomLeft)}</dt>
                <dd>{move || room_text(app.lang.get(), usage.get())}</dd>
            </dl>
            {move || usage.get().map(|u| view! {
                <meter
                    class="storage-meter"
                    min="0"
                    max="100"
                    low="60"
                    high=WARN_AT_PERCENT.to_string()
                    optimum="0"
                    value=u.percent().to_string()
                    aria-label=app.tr(Key::DataSiteUse)
                ></meter>
            })}
            <Show when=move || usage.get().is_some_and(|u| u.nearly_full())>
                <p class="report report-warn nearly-full" role="alert">
                    {move || tf(app.lang.get(), Key::DataNearlyFull, &[("percent", &usage.get().map_or(0, |u| u.percent()).to_string())])}
                </p>
            </Show>
        </section>
        <crate::views::keeping::KeepingCard/>
        <section class="card">
            <h2>{text(Key::DataBackupTitle)}</h2>
            <p>{last_backup}</p>
            <p class="muted">{text(Key::DataBackupHint)}</p>
            <button type="button" class="primary" on:click=move |_| app.export_backup(Protect::Offer)>
                {text(Key::ExportBackup)}
            </button>
        </section>
        <crate::views::device_lock::DeviceLockCard/>
        <SessionExport/>
        <crate::views::retention::RetentionPanel/>
        <crate::views::access::CandidateData/>
        <section class="card">
            <h2>{text(Key::DataImportTitle)}</h2>
            <ImportPanel hint=Key::ImportHintData/>
        </section>
        <section class="card">
            <h2>{text(Key::DataAsideTitle)}</h2>
            <Show
                when=move || !nothing_aside()
                fallback=move || view! { <p>{text(Key::DataAsideNone)}</p> }
            >
                <p>{text(Key::DataAsideIntro)}</p>
            </Show>
            <ul class="aside-list">{aside_rows}</ul>
        </section>
    }
}

/// "1.2 MB": what this app's own keys hold.
fn used_text(lang: Lang, usage: Option<Usage>) -> String {
    match usage {
        Some(u) => i18n::bytes(lang, capacity::bytes(u.app_units)),
        None => i18n::t(lang, Key::Unknown).to_owned(),
    }
}

/// "84% of about 10.5 MB": what the quota counts, this app and anything else on the site.
fn site_text(lang: Lang, usage: Option<Usage>) -> String {
    match usage {
        Some(u) => tf(
            lang,
            Key::DataOfQuotaUsed,
            &[
                ("percent", &u.percent().to_string()),
                ("quota", &i18n::bytes(lang, capacity::bytes(QUOTA_UNITS))),
            ],
        ),
        None => i18n::t(lang, Key::Unknown).to_owned(),
    }
}

/// "About 480 more typical interviews".
fn room_text(lang: Lang, usage: Option<Usage>) -> String {
    match usage {
        Some(u) => tf(
            lang,
            Key::DataMoreSessions,
            &[("n", &u.more_sessions().to_string())],
        ),
        None => i18n::t(lang, Key::Unknown).to_owned(),
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
                let mut label = format!(
                    "{} — {}",
                    i18n::isolate(&s.candidate),
                    i18n::isolate(&s.position)
                );
                if !s.scheduled_at.is_empty() {
                    label.push_str(&format!(" ({})", s.scheduled_at.replace('T', " ")));
                }
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
                        on:click=move |_| app.export_sessions(&selected.get_untracked(), Protect::Offer)
                    >
                        {move || tf(app.lang.get(), Key::DataExportSelected, &[("n", &count().to_string())])}
                    </button>
                </div>
            </Show>
        </section>
    }
}
