//! One interview session: a header, the four steps (intake, preparation, interview,
//! evaluation) and the step on screen. Every field reads the open session and sends a
//! `SessionAction` through `AppState::act`, which saves at once.

mod assessment_record;
mod competency_phase;
mod consensus;
mod debrief;
mod discussion;
mod evaluation;
mod gaps;
mod intake;
mod interview;
mod kit;
mod letter;
mod panel;
mod panel_invite;
mod panel_plan;
mod phases;
mod prepare;
mod question_choice;
mod report;
mod report_chart;
mod report_panel;
pub(crate) use report::report;
mod retention;
mod schedule;
mod thresholds;
mod uninvited;

use leptos::prelude::*;

use crate::domain::{Session, SessionAction, Status};
use crate::i18n::{status_label, Key};
use crate::route::{Route, SessionPage};
use crate::state::{text, use_app, AppState, Protect};

/// A text of the open session, as a signal for a field.
pub(crate) fn text_of(app: AppState, field: fn(&Session) -> &String) -> Signal<String> {
    Signal::derive(move || {
        app.session
            .with(|s| s.as_ref().map(|s| field(s).clone()))
            .unwrap_or_default()
    })
}

/// A handler that turns typed text into an action on the open session.
pub(crate) fn on_text(app: AppState, action: fn(String) -> SessionAction) -> Callback<String> {
    Callback::new(move |value| {
        // Text edits are never refused while the session is open for editing.
        let _ = app.act(action(value));
    })
}

/// True when the session is completed, or was saved by a newer version of the app: fields
/// are shown but cannot change.
pub(crate) fn locked(app: AppState) -> Signal<bool> {
    Signal::derive(move || {
        app.session.with(|s| {
            s.as_ref()
                .is_some_and(|s| s.status == Status::Completed || s.from_newer_app())
        })
    })
}

fn page_label(page: SessionPage) -> Key {
    match page {
        SessionPage::Intake => Key::StepIntake,
        SessionPage::Prepare => Key::StepPrepare,
        SessionPage::Interview => Key::StepInterview,
        SessionPage::Evaluation => Key::StepEvaluation,
        SessionPage::Report => Key::ReportTitle,
        SessionPage::Kit => Key::KitTitle,
    }
}

/// The session the address names (the screen may outlive one id: see `App`).
fn route_id(app: AppState) -> Memo<String> {
    Memo::new(move |_| match app.route.get() {
        Route::Session(id, _) => id,
        _ => String::new(),
    })
}

#[component]
pub fn SessionView(page: SessionPage) -> impl IntoView {
    let app = use_app();
    let id = route_id(app);
    // Opening reads storage and sets the open session; it never reads what it writes.
    Effect::new(move |_| {
        let id = id.get();
        if !id.is_empty() {
            app.open_session(&id);
        }
    });
    app.open_session(&id.get_untracked());
    // A two-tab conflict moves the open session into a copy a moment before the address
    // follows: the screen stays (see `App`), and so does its content.
    let open = Memo::new(move |_| {
        id.with(|id| {
            app.with_session(|s| s.id == *id || app.continues(id, &s.id))
                .unwrap_or(false)
        })
    });
    let sid = id;
    let steps = move || {
        SessionPage::ALL
            .into_iter()
            .map(|step| {
                let current = step == page;
                view! {
                    <li>
                        <a
                            href=move || Route::Session(sid.get(), step).href()
                            class:current=current
                            aria-current=current.then_some("step")
                        >
                            {text(page_label(step))}
                        </a>
                    </li>
                }
            })
            .collect_view()
    };
    let candidate = text_of(app, |s| &s.candidate);
    let position = text_of(app, |s| &s.lens.name);
    let status = move || app.with_session(|s| s.status);
    view! {
        // The way back and the export share one band, so the interview itself starts high on a
        // tablet's first screen.
        <div class="page-top">
            <p class="back"><a href=Route::Sessions.href()>{text(Key::SessionBack)}</a></p>
            <Show when=move || open.get()>
                <button type="button" on:click=move |_| app.export_sessions(&[sid.get_untracked()], Protect::Offer)>
                    {text(Key::ExportInterview)}
                </button>
            </Show>
        </div>
        <Show
            when=move || open.get()
            fallback=move || {
                let damaged = id.with(|id| app.damaged.with(|d| d.iter().any(|d| d.id == *id)));
                let (title, body) = if damaged {
                    (Key::SessionDamagedTitle, Key::SessionDamaged)
                } else {
                    (Key::NotFoundTitle, Key::SessionNotFound)
                };
                view! {
                    <h1>{text(title)}</h1>
                    <p>{text(body)}</p>
                }
            }
        >
            <header class="page-header session-header">
                <h1><bdi>{move || candidate.get()}</bdi></h1>
                <p class="intro">
                    <bdi>{move || position.get()}</bdi> " · "
                    <span class="status">{move || status().map(|s| app.tr(status_label(s)))}</span>
                </p>
            </header>
            <nav class="steps" aria-label=text(Key::SessionSteps)>
                <ol>{steps}</ol>
            </nav>
            <Show when=move || app.with_session(Session::from_newer_app).unwrap_or(false)>
                <p class="report report-warn newer-app" role="alert">{text(Key::SessionNewerApp)}</p>
            </Show>
            <Show when=move || {
                locked(app).get() && !matches!(page, SessionPage::Evaluation | SessionPage::Report | SessionPage::Kit)
            }>
                <p class="report report-info">{text(Key::SessionCompletedLocked)}</p>
            </Show>
            {match page {
                SessionPage::Intake => view! { <intake::IntakePage/> }.into_any(),
                SessionPage::Prepare => view! { <prepare::PreparePage/> }.into_any(),
                SessionPage::Interview => view! { <interview::InterviewPage/> }.into_any(),
                SessionPage::Evaluation => view! { <evaluation::EvaluationPage/> }.into_any(),
                SessionPage::Report => view! { <report::ReportPage/> }.into_any(),
                SessionPage::Kit => view! { <kit::KitPage/> }.into_any(),
            }}
        </Show>
    }
}
