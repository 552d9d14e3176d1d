//! The Sessions screen: every interview stored on this device.

use leptos::prelude::*;

use crate::components::page::PageHeader;
use crate::domain::Status;
use crate::i18n::Key;
use crate::route::{Route, SessionPage};
use crate::state::{text, use_app};

pub fn status_label(status: Status) -> Key {
    match status {
        Status::Draft => Key::StatusDraft,
        Status::Prepared => Key::StatusPrepared,
        Status::InProgress => Key::StatusInProgress,
        Status::Completed => Key::StatusCompleted,
    }
}

fn status_class(status: Status) -> &'static str {
    match status {
        Status::Draft => "status status-draft",
        Status::Prepared => "status status-prepared",
        Status::InProgress => "status status-in-progress",
        Status::Completed => "status status-completed",
    }
}

#[component]
pub fn SessionsView() -> impl IntoView {
    let app = use_app();
    let is_empty = move || app.sessions.with(Vec::is_empty);
    // Planned interviews first, by date; unplanned ones after, by candidate.
    let sorted = move || {
        let mut list = app.sessions.get();
        list.sort_by(|a, b| {
            (a.scheduled_at.is_empty(), &a.scheduled_at, &a.candidate).cmp(&(
                b.scheduled_at.is_empty(),
                &b.scheduled_at,
                &b.candidate,
            ))
        });
        list
    };
    view! {
        <PageHeader title=Key::NavSessions intro=Key::SessionsIntro/>
        <div class="toolbar">
            <a class="button primary" href=Route::NewSession.href()>{text(Key::NewSession)}</a>
        </div>
        <Show
            when=move || !is_empty()
            fallback=move || {
                view! {
                    <section class="empty-state">
                        <p class="empty-title">{text(Key::SessionsEmpty)}</p>
                        <p>{text(Key::SessionsStart)}</p>
                    </section>
                }
            }
        >
            <table class="list-table">
                <thead>
                    <tr>
                        <th scope="col">{text(Key::ColCandidate)}</th>
                        <th scope="col">{text(Key::ColPosition)}</th>
                        <th scope="col">{text(Key::ColDate)}</th>
                        <th scope="col">{text(Key::ColStatus)}</th>
                    </tr>
                </thead>
                <tbody>
                    <For each=sorted key=|summary| summary.clone() let:summary>
                        <tr>
                            <td>
                                <a href=Route::Session(summary.id.clone(), SessionPage::Intake).href()>
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
                                <span class=status_class(summary.status)>
                                    {text(status_label(summary.status))}
                                </span>
                            </td>
                        </tr>
                    </For>
                </tbody>
            </table>
        </Show>
    }
}
