//! The Sessions screen: every interview stored on this device.

use leptos::prelude::*;

use crate::clock::today;
use crate::components::badges::{awaited, status_class};
use crate::components::page::PageHeader;
use crate::domain::dates;
use crate::domain::listing;
use crate::domain::overview::positions;
use crate::domain::{Lang, SessionSummary};
use crate::i18n::{self, isolate, long_date, status_label, tf, Key};
use crate::route::{Route, SessionPage};
use crate::state::{text, use_app};

#[component]
pub fn SessionsView() -> impl IntoView {
    let app = use_app();
    // Back on the list with an interview stored: the device lock is offered, once.
    app.offer_lock();
    let is_empty = move || app.sessions.with(Vec::is_empty);
    // What comes next first; with a year of interviews, the first fifty until all are asked for.
    let today = StoredValue::new(today());
    let show_all = RwSignal::new(false);
    let total = move || app.sessions.with(Vec::len);
    // Each row is drawn once for its language and summary: a change to either redraws it.
    let rows = move || {
        let lang = app.lang.get();
        let all = show_all.get();
        app.sessions.with(|list| {
            today
                .with_value(|today| listing::rows(list, today, all))
                .into_iter()
                .map(|summary| (lang, summary.clone()))
                .collect::<Vec<_>>()
        })
    };
    let cut_short = move || listing::more_rows(total(), show_all.get());
    let counted = move |key| {
        let n = total().to_string();
        let shown = listing::SHOWN_AT_ONCE.to_string();
        tf(app.lang.get(), key, &[("n", &n), ("shown", &shown)])
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
            <div class="list-links">
                <PositionLinks/>
                <DayLinks/>
            </div>
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
                    <For each=rows key=|row| row.clone() children=|(lang, summary)| row(lang, summary)/>
                </tbody>
            </table>
            <Show when=cut_short>
                <div class="list-more">
                    <p>{move || counted(Key::SessionsShownPart)}</p>
                    <button type="button" on:click=move |_| show_all.set(true)>
                        {move || counted(Key::SessionsShowAll)}
                    </button>
                </div>
            </Show>
        </Show>
        <DamagedList/>
    }
}

/// The ways into each position's overview: one link per lens that has interviews.
#[component]
fn PositionLinks() -> impl IntoView {
    let app = use_app();
    let links = move || {
        let lang = app.lang.get();
        app.sessions.with(|list| {
            positions(list.iter().map(|s| (s.lens.as_str(), s.position.as_str())))
                .into_iter()
                .map(|(id, name, n)| {
                    let label = tf(
                        lang,
                        Key::PositionCount,
                        &[("name", &name), ("n", &n.to_string())],
                    );
                    view! { <li><a href=Route::Position(id).href()><bdi>{label}</bdi></a></li> }
                })
                .collect_view()
        })
    };
    // Calibration compares interviewers across panels: offered once a panel is stored.
    let panels = move || {
        app.sessions
            .with(|list| list.iter().any(|s| !s.panel.is_empty()))
    };
    view! {
        <nav class="position-links" aria-labelledby="position-links-title">
            <h2 id="position-links-title">{text(Key::PositionLinks)}</h2>
            <ul>{links}</ul>
            <Show when=panels>
                <p class="calibration-link"><a href=Route::Calibration.href()>{text(Key::CalibrationLink)}</a></p>
            </Show>
        </nav>
    }
}

/// One interview in the list. Plain, with no reactive parts: the list has hundreds and draws
/// them at start.
fn row(lang: Lang, summary: SessionSummary) -> impl IntoView {
    let href = Route::Session(summary.id.clone(), SessionPage::Intake).href();
    view! {
        <tr>
            <td>
                <a href=href><bdi>{summary.candidate}</bdi></a>
            </td>
            <td><bdi>{summary.position}</bdi></td>
            <td>{planned_date(lang, summary.scheduled_at)}</td>
            <td>
                <span class=status_class(summary.status)>
                    {i18n::t(lang, status_label(summary.status))}
                </span>
                {summary.awaited.map(|a| awaited(lang, &summary.id, a))}
            </td>
        </tr>
    }
}

/// A planned start, linked to that day's plan; or "not scheduled".
fn planned_date(lang: Lang, scheduled_at: String) -> AnyView {
    let date = scheduled_at.get(..10).filter(|d| dates::is_date(d, false));
    match date {
        Some(day) => {
            let href = Route::Day(day.to_owned()).href();
            view! { <a href=href>{scheduled_at.replace('T', " ")}</a> }.into_any()
        }
        None if scheduled_at.is_empty() => {
            view! { <span>{i18n::t(lang, Key::NotScheduled)}</span> }.into_any()
        }
        None => view! { <span>{scheduled_at}</span> }.into_any(),
    }
}

/// The ways into each day's plan, from today on.
#[component]
fn DayLinks() -> impl IntoView {
    let app = use_app();
    let today = today();
    let days = Memo::new(move |_| {
        app.sessions
            .with(|list| listing::coming_days(list.iter().map(|s| s.scheduled_at.as_str()), &today))
    });
    let all = RwSignal::new(false);
    let total = move || days.with(Vec::len);
    let more_days = move || listing::days_shown(total(), all.get()) < total();
    let links = move || {
        let lang = app.lang.get();
        let shown = listing::days_shown(total(), all.get());
        days.with(|days| {
            days.iter()
                .take(shown)
                .map(|(day, n)| {
                    let date = long_date(lang, day);
                    let label = tf(
                        lang,
                        Key::DayCount,
                        &[("date", &date), ("n", &n.to_string())],
                    );
                    view! { <li><a href=Route::Day(day.clone()).href()>{label}</a></li> }
                })
                .collect_view()
        })
    };
    view! {
        <Show when=move || !days.with(Vec::is_empty)>
            <nav class="position-links" aria-labelledby="day-links-title">
                <h2 id="day-links-title">{text(Key::DayLinks)}</h2>
                <ul>{links}</ul>
                <Show when=more_days>
                    <button type="button" on:click=move |_| all.set(true)>
                        {move || tf(app.lang.get(), Key::DaysShowAll, &[("n", &total().to_string())])}
                    </button>
                </Show>
            </nav>
        </Show>
    }
}

/// Interviews that could not be read: kept aside, never shown as links that lead nowhere. The
/// raw text can be saved (to have it repaired) before the entry is deleted.
#[component]
fn DamagedList() -> impl IntoView {
    let app = use_app();
    let rows = move || {
        app.damaged
            .get()
            .into_iter()
            .map(|damaged| {
                let label = damaged.candidate.clone().unwrap_or_else(|| damaged.id.clone());
                let key = StoredValue::new(damaged.aside_key.clone());
                let download = move |_| {
                    let key = key.get_value();
                    if let Some((_, raw)) = app.kept_aside().into_iter().find(|(k, _)| *k == key)
                    {
                        let name = format!("{}.txt", key.replace(['.', '/'], "-"));
                        app.offer_download(&name, "text/plain", &raw);
                    }
                };
                let confirm = tf(app.lang.get_untracked(), Key::DamagedDeleteConfirm, &[("name", &isolate(&label))]);
                let delete = move |_| {
                    if window().confirm_with_message(&confirm).unwrap_or(false) {
                        app.delete_damaged(&key.get_value());
                    }
                };
                view! {
                    <li class="damaged">
                        <span class="status status-damaged">{text(Key::Damaged)}</span>
                        <bdi class="name">{label}</bdi>
                        <div class="actions">
                            <button type="button" on:click=download>{text(Key::DamagedDownload)}</button>
                            <button type="button" class="danger" on:click=delete>{text(Key::Delete)}</button>
                        </div>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <Show when=move || !app.damaged.with(Vec::is_empty)>
            <section class="card damaged-list">
                <h2>{text(Key::DamagedTitle)}</h2>
                <p>{text(Key::DamagedIntro)}</p>
                <ul class="plain">{rows}</ul>
            </section>
        </Show>
    }
}
