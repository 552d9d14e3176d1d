//! The day plan (M9, M26): one day's interviews on a timeline with what lies between them, and
//! the warnings of `domain::planning`, each with its fix. Settings and the calendar file are in
//! `day_tools`.

use leptos::prelude::*;

use crate::components::badges::status_class;
use crate::domain::planning::{check, clock, day_slots, planned_days, timeline, Entry, Warning};
use crate::domain::{dates, Lang, Session};
use crate::i18n::{isolate, long_date, status_label, tf, Key};
use crate::route::{Route, SessionPage};
use crate::state::{text, use_app};
use crate::views::day_tools::{CalendarCard, RulesCard};

#[component]
pub fn DayView(date: String) -> impl IntoView {
    let app = use_app();
    // Read once on opening, like the position overview.
    let sessions = StoredValue::new(app.day_sessions(&date));
    let day = dates::day(&date).unwrap_or_default();
    let plan = Memo::new(move |_| {
        let rules = app.planning.get();
        sessions.with_value(|s| {
            let slots = day_slots(s, day);
            (timeline(&slots, &rules), check(&slots, &rules))
        })
    });
    let title_date = date.clone();
    let title = move || {
        let lang = app.lang.get();
        tf(
            lang,
            Key::DayTitle,
            &[("date", &long_date(lang, &title_date))],
        )
    };
    let has_plan = move || plan.with(|(entries, _)| !entries.is_empty());
    view! {
        <p class="back"><a href=Route::Sessions.href()>{text(Key::SessionBack)}</a></p>
        <header class="page-header">
            <h1>{title}</h1>
            <p class="intro">{text(Key::DayIntro)}</p>
        </header>
        <DayNavigation date=date.clone()/>
        <Show when=has_plan fallback=move || view! { <p class="empty-state">{text(Key::DayEmpty)}</p> }>
            <Warnings sessions plan=Signal::derive(move || plan.with(|(_, w)| w.clone()))/>
            <section class="card">
                <h2>{text(Key::DayTimeline)}</h2>
                <ol class="timeline">
                    {move || plan.with(|(entries, _)| entries.iter().cloned().map(|entry| view! { <TimelineEntry entry sessions/> }).collect_view())}
                </ol>
            </section>
            <CalendarCard date=date.clone() sessions/>
        </Show>
        <RulesCard/>
    }
}

/// The previous and next planned day, and a date field to go to any day.
#[component]
fn DayNavigation(date: String) -> impl IntoView {
    let app = use_app();
    let days = app
        .sessions
        .with_untracked(|list| planned_days(list.iter().map(|s| s.scheduled_at.as_str())));
    let previous = days
        .iter()
        .rev()
        .find(|(d, _)| *d < date)
        .map(|(d, _)| d.clone());
    let next = days.iter().find(|(d, _)| *d > date).map(|(d, _)| d.clone());
    let link = |day: Option<String>, key: Key| {
        day.map(|d| view! { <a href=Route::Day(d).href()>{text(key)}</a> })
    };
    view! {
        <nav class="toolbar day-nav" aria-label=text(Key::DayLinks)>
            {link(previous, Key::DayPrevious)}
            <label class="field inline-field">
                <span class="label">{text(Key::DayPick)}</span>
                <input
                    type="date"
                    value=date
                    on:change=move |ev| {
                        let picked = event_target_value(&ev);
                        if dates::is_date(&picked, false) {
                            app.navigate(Route::Day(picked));
                        }
                    }
                />
            </label>
            {link(next, Key::DayNext)}
        </nav>
    }
}

/// "the interview at 10:14 (name)" for a session of the day.
fn which(lang: Lang, sessions: &[Session], id: &str) -> String {
    let Some(session) = sessions.iter().find(|s| s.id == id) else {
        return String::new();
    };
    let time = session.scheduled_at.get(11..16).unwrap_or_default();
    tf(
        lang,
        Key::DayWhich,
        &[("time", time), ("name", &isolate(&session.candidate))],
    )
}

fn warning_text(
    lang: Lang,
    sessions: &[Session],
    warning: &Warning,
    app: crate::state::AppState,
) -> String {
    let w = |id: &str| which(lang, sessions, id);
    let rules = app.planning.get_untracked();
    match warning {
        Warning::Overlap {
            first,
            second,
            minutes,
            suggested,
        } => tf(
            lang,
            Key::DayWarnOverlap,
            &[
                ("first", &w(first)),
                ("second", &w(second)),
                ("n", &minutes.to_string()),
                ("suggested", &clock(*suggested)),
            ],
        ),
        Warning::NoTimeForNotes {
            first,
            second,
            gap,
            suggested,
        } => tf(
            lang,
            Key::DayWarnNotes,
            &[
                ("first", &w(first)),
                ("second", &w(second)),
                ("n", &gap.to_string()),
                ("suggested", &clock(*suggested)),
            ],
        ),
        Warning::TooManyInARow { count, break_after } => tf(
            lang,
            Key::DayWarnInARow,
            &[
                ("n", &count.to_string()),
                ("max", &rules.in_a_row.to_string()),
                ("pause", &rules.row_break.to_string()),
                ("after", &w(break_after)),
            ],
        ),
        Warning::TooManyInDay { count } => tf(
            lang,
            Key::DayWarnPerDay,
            &[
                ("n", &count.to_string()),
                ("max", &rules.per_day.to_string()),
            ],
        ),
        Warning::NoTimeToDeliberateBetween { last, next, left } => tf(
            lang,
            Key::DayWarnBetween,
            &[
                ("last", &w(last)),
                ("next", &w(next)),
                ("n", &left.to_string()),
                ("needed", &rules.deliberation.to_string()),
            ],
        ),
        Warning::NoTimeToDeliberate { last, left } => tf(
            lang,
            Key::DayWarnDeliberate,
            &[
                ("last", &w(last)),
                ("n", &left.to_string()),
                ("end", &clock(rules.day_end)),
                ("needed", &rules.deliberation.to_string()),
            ],
        ),
    }
}

#[component]
fn Warnings(sessions: StoredValue<Vec<Session>>, plan: Signal<Vec<Warning>>) -> impl IntoView {
    let app = use_app();
    let items = move || {
        let lang = app.lang.get();
        // Tracks the rules too: the texts name the settings.
        app.planning.track();
        plan.get()
            .iter()
            .map(|w| {
                let sentence = sessions.with_value(|s| warning_text(lang, s, w, app));
                view! { <li>{sentence}</li> }
            })
            .collect_view()
    };
    view! {
        <Show
            when=move || !plan.with(Vec::is_empty)
            fallback=move || view! { <p class="plan-ok" role="status">{text(Key::DayAllWell)}</p> }
        >
            <section class="card plan-warnings" role="status" aria-labelledby="plan-warnings-title">
                <h2 id="plan-warnings-title">{text(Key::DayWarnings)}</h2>
                <ul>{items}</ul>
            </section>
        </Show>
    }
}

#[component]
fn TimelineEntry(entry: Entry, sessions: StoredValue<Vec<Session>>) -> impl IntoView {
    let app = use_app();
    let lang = move || app.lang.get();
    let span = |start: u32, minutes: u32| format!("{}–{}", clock(start), clock(start + minutes));
    match entry {
        Entry::Interview(slot) => {
            let session = sessions.with_value(|s| s.iter().find(|s| s.id == slot.session).cloned());
            let Some(session) = session else {
                return ().into_any();
            };
            let href = Route::Session(session.id.clone(), SessionPage::Intake).href();
            let minutes = slot.minutes;
            view! {
                <li class="timeline-interview">
                    <span class="timeline-time">{span(slot.start, slot.minutes)}</span>
                    <span class="timeline-what">
                        <a href=href><bdi>{session.candidate.clone()}</bdi></a>
                        <span class="row-meta">
                            <bdi>{session.lens.name.clone()}</bdi>
                            {move || tf(lang(), Key::DayMinutes, &[("n", &minutes.to_string())])}
                            <span class=status_class(session.status)>{text(status_label(session.status))}</span>
                        </span>
                    </span>
                </li>
            }
            .into_any()
        }
        Entry::Gap { minutes, short } => {
            let class = if short {
                "timeline-gap gap-short"
            } else {
                "timeline-gap"
            };
            let label = move || {
                let n = minutes.to_string();
                match (short, minutes) {
                    (true, _) => tf(lang(), Key::DayGapShort, &[("n", &n)]),
                    (false, 0) => app.tr(Key::DayGapNone).to_owned(),
                    (false, _) => tf(lang(), Key::DayGap, &[("n", &n)]),
                }
            };
            view! { <li class=class>{label}</li> }.into_any()
        }
        Entry::Overlap { minutes } => view! {
            <li class="timeline-gap gap-short">
                {move || tf(lang(), Key::DayOverlap, &[("n", &minutes.to_string())])}
            </li>
        }
        .into_any(),
        Entry::Deliberation(block) => view! {
            <li class="timeline-interview timeline-deliberation">
                <span class="timeline-time">{span(block.start, block.minutes)}</span>
                <span class="timeline-what">{text(Key::DayDeliberation)}</span>
            </li>
        }
        .into_any(),
    }
}
