//! A panel planned with the interview: started and invited from the intake and the
//! preparation (colleagues need their invitation to prepare), with the time the ratings are
//! due and what happens next in plain words; after the own evaluation, the one next step.

use leptos::prelude::*;

use super::panel_invite::{InviteForm, InvitedList, MemberRole};
use crate::domain::panel_due::NextStep;
use crate::domain::SessionAction;
use crate::i18n::{isolate, long_date, tf, Key};
use crate::state::{text, use_app};

/// The panel on the intake and the preparation.
#[component]
pub fn PanelPlan() -> impl IntoView {
    let app = use_app();
    let role = Memo::new(move |_| {
        app.with_session(|s| s.panel.as_ref().map(|p| p.lead))
            .flatten()
    });
    view! {
        <section class="card panel-card panel-plan">
            <h2>{text(Key::PanelTitle)}</h2>
            {move || match role.get() {
                None => view! {
                    <p>{text(Key::PanelPlanOffer)}</p>
                    <button type="button" on:click=move |_| app.start_panel()>{text(Key::PanelStart)}</button>
                }
                .into_any(),
                Some(true) => view! {
                    <p>{text(Key::PanelLead)}</p>
                    <DueField/>
                    <InviteForm/>
                    <InvitedList/>
                    <AfterInvite/>
                }
                .into_any(),
                Some(false) => view! {
                    <p>{text(Key::PanelMember)}</p>
                    <MemberRole/>
                    <DueLine/>
                }
                .into_any(),
            }}
        </section>
    }
}

/// When the colleagues' ratings are due, set by the lead before the invitations that carry it.
#[component]
pub fn DueField() -> impl IntoView {
    let app = use_app();
    let due = Memo::new(move |_| {
        app.with_session(|s| s.ratings_due())
            .flatten()
            .unwrap_or_default()
    });
    let problem = RwSignal::new(false);
    let change = move |ev| {
        let value = event_target_value(&ev);
        problem.set(app.act(SessionAction::SetRatingsDue(value)).is_err());
    };
    view! {
        <label class="field due-field">
            <span class="label">{text(Key::RatingsDue)}</span>
            <input type="datetime-local" prop:value=move || due.get() on:change=change/>
            <span class="hint">{text(Key::RatingsDueHint)}</span>
        </label>
        <p class="field-error" role="alert" class:hidden=move || !problem.get()>{text(Key::RatingsDueBad)}</p>
    }
}

/// What happens with an invitation once it is made, in three steps.
#[component]
pub fn AfterInvite() -> impl IntoView {
    let app = use_app();
    let invited = Memo::new(move |_| {
        app.with_session(|s| s.panel.as_ref().is_some_and(|p| !p.invited.is_empty()))
            .unwrap_or(false)
    });
    view! {
        <Show when=move || invited.get()>
            <div class="report report-info next-after-invite">
                <p><strong>{text(Key::AfterInviteTitle)}</strong></p>
                <ol>
                    <li>{text(Key::AfterInviteSend)}</li>
                    <li>{text(Key::AfterInviteOpen)}</li>
                    <li>{text(Key::AfterInviteBack)}</li>
                </ol>
            </div>
        </Show>
    }
}

/// A colleague's side: when their ratings are due.
#[component]
fn DueLine() -> impl IntoView {
    let app = use_app();
    let due = move || app.with_session(|s| s.ratings_due()).flatten();
    move || {
        due().map(|due| {
            view! { <p class="due-line"><strong>{move || tf(app.lang.get(), Key::RatingsDueBy, &[("when", &when(app.lang.get(), &due))])}</strong></p> }
        })
    }
}

/// "Monday 8 December 2026 15:30".
pub fn when(lang: crate::domain::Lang, at: &str) -> String {
    match at.split_once('T') {
        Some((date, time)) => format!(
            "{} {}",
            long_date(lang, date),
            time.get(..5).unwrap_or(time)
        ),
        None => long_date(lang, at),
    }
}

/// After the own evaluation: send the ratings, wait for named colleagues, or start the debrief.
#[component]
pub fn NextStepLine() -> impl IntoView {
    let app = use_app();
    let step = Memo::new(move |_| app.with_session(|s| s.next_step()).flatten());
    move || {
        step.get().map(|step| {
            let said = move || {
                let lang = app.lang.get();
                match &step {
                    NextStep::SendRatings => app.tr(Key::NextSendRatings).to_owned(),
                    NextStep::WaitFor(names) => {
                        let names: Vec<String> = names.iter().map(|n| isolate(n)).collect();
                        tf(lang, Key::NextWaitFor, &[("names", &names.join(", "))])
                    }
                    NextStep::Debrief => app.tr(Key::NextDebrief).to_owned(),
                }
            };
            view! { <p class="report report-ok next-step" role="status"><strong>{said}</strong></p> }
        })
    }
}
