//! The guided interview: one screen per phase, a progress indicator, previous/next, and the
//! agenda timer (planned against elapsed, per phase and in total; pause and resume).

use std::time::Duration;

use leptos::prelude::*;

use super::competency_phase::{CompetencyNav, CompetencyPhase};
use super::locked;
use super::phases::{AssessmentPhase, ClarityPhase, ClosingPhase, WarmUpPhase};
use crate::clock::now_stamp;
use crate::domain::{Phase, SessionAction};
use crate::i18n::phase_label;
use crate::i18n::{isolate, tf, Key};
use crate::route::{Route, SessionPage};
use crate::state::{text, use_app, AppState};

/// `mm:ss` (or `h:mm:ss`) for a duration in milliseconds.
pub fn clock_text(ms: u64) -> String {
    let s = ms / 1000;
    let (h, m, s) = (s / 3600, (s / 60) % 60, s % 60);
    if h > 0 {
        format!("{h}:{m:02}:{s:02}")
    } else {
        format!("{m:02}:{s:02}")
    }
}

/// The names of the competencies with neither a rating nor "no example", or `None` when none.
fn unrated_names(app: AppState) -> Option<String> {
    let lang = app.lang.get_untracked();
    app.with_session_untracked(|s| {
        let names: Vec<String> = s
            .unrated()
            .iter()
            .filter_map(|id| s.lens.competency(id))
            .map(|c| isolate(c.competency.name.get(lang)))
            .collect();
        (!names.is_empty()).then(|| names.join(", "))
    })
    .flatten()
}

#[component]
pub fn InterviewPage() -> impl IntoView {
    let app = use_app();
    let locked = locked(app);
    // The clock face follows wall time; the clock itself is timestamps in the session.
    let now = RwSignal::new(now_stamp());
    if let Ok(handle) =
        set_interval_with_handle(move || now.set(now_stamp()), Duration::from_secs(1))
    {
        on_cleanup(move || handle.clear());
    }
    let phase = Memo::new(move |_| {
        app.session
            .with(|s| s.as_ref().and_then(|s| s.interview.phase))
    });
    let index = move || {
        phase
            .get()
            .and_then(|p| Phase::ALL.iter().position(|q| *q == p))
    };
    let go = move |p: Phase| {
        let _ = app.act(SessionAction::GoTo {
            phase: p,
            now: now_stamp(),
        });
    };
    let step = move |by: isize| {
        if let Some(i) = index() {
            if let Some(p) = i.checked_add_signed(by).and_then(|j| Phase::ALL.get(j)) {
                go(*p);
                window().scroll_to_with_x_and_y(0.0, 0.0);
            }
        }
    };
    // Leaving the competency questions with competencies unrated: their names, to confirm.
    let leaving = RwSignal::new(None::<String>);
    let next = move |_| {
        leaving.set(None);
        let position =
            app.with_session_untracked(|s| (s.interview.competency, s.lens.competencies.len()));
        match (phase.get_untracked(), position) {
            (Some(Phase::Competencies), Some((i, count))) if i + 1 < count => {
                let _ = app.act(SessionAction::OpenCompetency(i + 1));
                window().scroll_to_with_x_and_y(0.0, 0.0);
            }
            (Some(Phase::Competencies), _) => match unrated_names(app) {
                Some(names) => leaving.set(Some(names)),
                None => step(1),
            },
            _ => step(1),
        }
    };
    let id = move || {
        app.session
            .with(|s| s.as_ref().map(|s| s.id.clone()))
            .unwrap_or_default()
    };
    let more_competencies = move || {
        app.with_session(|s| s.interview.competency + 1 < s.lens.competencies.len())
            .unwrap_or(false)
    };
    let running = move || {
        app.session
            .with(|s| s.as_ref().is_some_and(|s| s.interview.clock.running()))
    };
    let elapsed = move |p: Option<Phase>| {
        app.session
            .with(|s| s.as_ref().map(|s| s.interview.clock.elapsed(p, now.get())))
            .unwrap_or(0)
    };
    let planned = move |p: Option<Phase>| {
        app.session
            .with(|s| {
                s.as_ref().map(|s| match p {
                    Some(p) => u32::from(s.lens.phase_minutes.get(p)),
                    None => s.lens.phase_minutes.total(),
                })
            })
            .unwrap_or(0)
    };
    let timer_line = move |key: Key, p: Option<Phase>| {
        let spent = elapsed(p);
        let plan = planned(p);
        let over = spent > u64::from(plan) * 60_000;
        let line = tf(
            app.lang.get(),
            key,
            &[
                ("elapsed", &clock_text(spent)),
                ("planned", &plan.to_string()),
            ],
        );
        view! {
            <span class="timer-line" class:over=over>
                {line}
                {over.then(|| view! { <span class="over-tag">" · " {text(Key::TimerOver)}</span> })}
            </span>
        }
    };
    let progress = move || {
        Phase::ALL
            .into_iter()
            .enumerate()
            .map(|(i, p)| {
                let current = move || phase.get() == Some(p);
                view! {
                    <li class:current=current class:done=move || index().is_some_and(|c| i < c)>
                        <button
                            type="button"
                            aria-current=move || current().then_some("step")
                            disabled=move || locked.get()
                            on:click=move |_| go(p)
                        >
                            <span class="step-number" aria-hidden="true">{i + 1}</span>
                            {text(phase_label(p))}
                        </button>
                    </li>
                }
            })
            .collect_view()
    };

    view! {
        <Show
            when=move || phase.get().is_some()
            fallback=move || view! {
                <div class="card">
                    <button type="button" class="primary" on:click=move |_| go(Phase::WarmUp) disabled=move || locked.get()>
                        {text(Key::StartInterview)}
                    </button>
                </div>
            }
        >
            <div class="interview-bar">
                <nav aria-label=text(Key::PhasesLabel)>
                    <ol class="phase-progress">{progress}</ol>
                </nav>
                <div class="timer" role="timer" aria-live="off">
                    // The "paused" badge keeps its place while running (hidden), so pausing
                    // does not move anything.
                    <div class="timer-lines">
                        {move || phase.get().map(|p| timer_line(Key::TimerPhase, Some(p)))}
                        {move || timer_line(Key::TimerTotal, None)}
                        <span class="badge badge-warn" class:hidden=running>{text(Key::Paused)}</span>
                    </div>
                    <Show
                        when=running
                        fallback=move || view! {
                            <button type="button" on:click=move |_| { let _ = app.act(SessionAction::Resume { now: now_stamp() }); } disabled=move || locked.get()>
                                {text(Key::Resume)}
                            </button>
                        }
                    >
                        <button type="button" on:click=move |_| { let _ = app.act(SessionAction::Pause { now: now_stamp() }); }>
                            {text(Key::Pause)}
                        </button>
                    </Show>
                </div>
                <Show when=move || phase.get() == Some(Phase::Competencies)>
                    <CompetencyNav/>
                </Show>
            </div>
            <p class="visually-hidden phase-count">
                {move || tf(app.lang.get(), Key::PhaseProgress, &[("n", &index().map_or(0, |i| i + 1).to_string()), ("total", &Phase::ALL.len().to_string())])}
            </p>
            {move || match phase.get() {
                Some(Phase::WarmUp) => view! { <WarmUpPhase/> }.into_any(),
                Some(Phase::Clarity) => view! { <ClarityPhase/> }.into_any(),
                Some(Phase::Assessment) => view! { <AssessmentPhase/> }.into_any(),
                Some(Phase::Competencies) => view! { <CompetencyPhase/> }.into_any(),
                Some(Phase::Closing) | None => view! { <ClosingPhase/> }.into_any(),
            }}
            {move || leaving.get().map(|names| view! {
                <div class="confirm" role="alert">
                    <p>{move || tf(app.lang.get(), Key::LeavingUnrated, &[("names", &names)])}</p>
                    <div class="actions">
                        <button type="button" class="primary" on:click=move |_| { leaving.set(None); step(1); }>
                            {text(Key::LeavingGoOn)}
                        </button>
                        <button type="button" on:click=move |_| leaving.set(None)>{text(Key::LeavingStay)}</button>
                    </div>
                </div>
            })}
            <div class="actions page-actions">
                <button type="button" on:click=move |_| step(-1) disabled=move || index() == Some(0) || locked.get()>
                    {text(Key::Previous)}
                </button>
                <Show
                    when=move || phase.get() == Some(Phase::Closing)
                    fallback=move || view! {
                        <button type="button" class="primary" on:click=next disabled=move || locked.get()>
                            {move || match (phase.get(), more_competencies()) {
                                (Some(Phase::Competencies), true) => app.tr(Key::NextCompetency),
                                _ => app.tr(Key::Next),
                            }}
                        </button>
                    }
                >
                    <a class="button primary" href=move || Route::Session(id(), SessionPage::Evaluation).href()>
                        {text(Key::ToEvaluation)}
                    </a>
                </Show>
            </div>
        </Show>
    }
}
