//! The Sessions screen: every interview stored on this device.

use leptos::prelude::*;

use crate::components::page::PageHeader;
use crate::domain::Status;
use crate::i18n::Key;
use crate::route::Route;
use crate::state::use_app;

pub fn status_label(status: Status) -> Key {
    match status {
        Status::Draft => Key::StatusDraft,
        Status::Prepared => Key::StatusPrepared,
        Status::InProgress => Key::StatusInProgress,
        Status::Completed => Key::StatusCompleted,
    }
}

#[component]
pub fn SessionsView() -> impl IntoView {
    let app = use_app();
    let is_empty = move || app.sessions.with(Vec::is_empty);
    view! {
        <PageHeader title=Key::NavSessions intro=Key::SessionsIntro/>
        <Show
            when=move || !is_empty()
            fallback=move || {
                view! {
                    <section class="empty-state">
                        <p class="empty-title">{move || app.tr(Key::SessionsEmpty)}</p>
                        <p>{move || app.tr(Key::SessionsComing)}</p>
                    </section>
                }
            }
        >
            <table class="list-table">
                <thead>
                    <tr>
                        <th scope="col">{move || app.tr(Key::ColCandidate)}</th>
                        <th scope="col">{move || app.tr(Key::ColPosition)}</th>
                        <th scope="col">{move || app.tr(Key::ColDate)}</th>
                        <th scope="col">{move || app.tr(Key::ColStatus)}</th>
                    </tr>
                </thead>
                <tbody>
                    <For
                        each=move || app.sessions.get()
                        key=|summary| summary.clone()
                        let:summary
                    >
                        <tr>
                            <td>
                                <a href=Route::Session(summary.id.clone()).href()>
                                    {summary.candidate.clone()}
                                </a>
                            </td>
                            <td>{summary.position.clone()}</td>
                            <td>
                                {
                                    let date = summary.scheduled_at.replace('T', " ");
                                    move || {
                                        if date.is_empty() {
                                            app.tr(Key::NotScheduled).to_owned()
                                        } else {
                                            date.clone()
                                        }
                                    }
                                }
                            </td>
                            <td>
                                <span class=format!("status status-{:?}", summary.status).to_lowercase()>
                                    {move || app.tr(status_label(summary.status))}
                                </span>
                            </td>
                        </tr>
                    </For>
                </tbody>
            </table>
        </Show>
    }
}
