//! Retention on the Data screen: the periods, and the interviews whose period has passed —
//! each can be exported first and then deleted for good.

use leptos::prelude::*;

use crate::clock::today;
use crate::components::fields::NumberDraft;
use crate::domain::retention::completed_without_end;
use crate::i18n::{isolate, tf, Key};
use crate::route::{Route, SessionPage};
use crate::state::{text, use_app, Protect};

#[component]
pub fn RetentionPanel() -> impl IntoView {
    let app = use_app();
    let days = RwSignal::new(app.policy.get_untracked().days.to_string());
    let consent_days = RwSignal::new(app.policy.get_untracked().days_with_consent.to_string());
    let refused = RwSignal::new(false);
    let apply = move || {
        let ok = match (
            days.get_untracked().trim().parse(),
            consent_days.get_untracked().trim().parse(),
        ) {
            (Ok(d), Ok(c)) => app.set_policy(d, c),
            _ => false,
        };
        refused.set(!ok);
    };
    let due = move || {
        let policy = app.policy.get();
        let today = today();
        app.sessions.with(|list| {
            list.iter()
                .filter(|s| policy.is_due(&s.retention, &today))
                .map(|s| {
                    (
                        s.id.clone(),
                        s.candidate.clone(),
                        policy.due(&s.retention).unwrap_or_default(),
                    )
                })
                .collect::<Vec<_>>()
        })
    };
    view! {
        <section class="card">
            <h2>{text(Key::RetentionTitle)}</h2>
            <p class="muted">{text(Key::PolicyHint)}</p>
            <fieldset class="level-grid plain-fieldset">
                <legend>{text(Key::PolicyTitle)}</legend>
                <NumberDraft label=Key::PolicyDays draft=days on_commit=Callback::new(move |_| apply())/>
                <NumberDraft label=Key::PolicyDaysConsent draft=consent_days on_commit=Callback::new(move |_| apply())/>
            </fieldset>
            <Show when=move || refused.get()>
                <p class="field-error" role="alert">{text(Key::PolicyInvalid)}</p>
            </Show>
            {move || {
                let n = app.sessions.with(|list| completed_without_end(list.iter()));
                (n > 0).then(|| view! {
                    <p class="report report-warn without-end">
                        {move || tf(app.lang.get(), Key::CompletedWithoutEnd, &[("n", &n.to_string())])}
                    </p>
                })
            }}
            <h3>{text(Key::DueTitle)}</h3>
            <Show
                when=move || !due().is_empty()
                fallback=move || view! { <p class="muted">{text(Key::DueNone)}</p> }
            >
                <ul class="lens-list">
                    {move || due().into_iter().map(|(id, name, date)| view! { <DueRow id name date/> }).collect_view()}
                </ul>
            </Show>
        </section>
    }
}

#[component]
fn DueRow(id: String, name: String, date: String) -> impl IntoView {
    let app = use_app();
    let confirming = RwSignal::new(false);
    let id = StoredValue::new(id);
    let label = name.clone();
    let name = StoredValue::new(name);
    view! {
        <li class="lens-row due-row">
            <a href=Route::Session(id.get_value(), SessionPage::Evaluation).href()>
                {move || tf(app.lang.get(), Key::DueSince, &[("name", &isolate(&label)), ("date", &date)])}
            </a>
            <div class="actions">
                <button type="button" on:click=move |_| app.export_sessions(&[id.get_value()], Protect::ByDefault)>
                    {text(Key::Export)}
                </button>
                <button type="button" class="danger" on:click=move |_| confirming.set(true)>
                    {text(Key::Delete)}
                </button>
            </div>
            <Show when=move || confirming.get()>
                <div class="confirm" role="alertdialog">
                    <p>{move || tf(app.lang.get(), Key::DeleteSessionConfirm, &[("name", &isolate(&name.get_value()))])}</p>
                    <div class="actions">
                        <button type="button" class="danger" on:click=move |_| app.delete_session(&id.get_value())>
                            {text(Key::Delete)}
                        </button>
                        <button type="button" on:click=move |_| confirming.set(false)>{text(Key::Cancel)}</button>
                    </div>
                </div>
            </Show>
        </li>
    }
}
