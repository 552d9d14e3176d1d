//! A session's retention record: when the procedure ended (proposed on completing the
//! evaluation, confirmed by the interviewer), whether the candidate consented to longer storage
//! or was hired, with the date from which the data must go.

use leptos::prelude::*;

use crate::clock::today;
use crate::components::fields::Check;
use crate::domain::SessionAction;
use crate::i18n::{tf, Key};
use crate::state::{text, use_app};

#[component]
pub fn RetentionCard() -> impl IntoView {
    let app = use_app();
    let retention = move || {
        app.session
            .with(|s| s.as_ref().map(|s| s.retention.clone()))
            .unwrap_or_default()
    };
    let bad_date = RwSignal::new(false);
    let due = move || {
        let r = retention();
        let policy = app.policy.get();
        if r.hired {
            return app.tr(Key::HiredKept).to_owned();
        }
        match policy.due(&r) {
            Some(date) => tf(app.lang.get(), Key::DeleteFrom, &[("date", &date)]),
            None => app.tr(Key::RetentionNotEnded).to_owned(),
        }
    };
    let consent_note = move || {
        let r = retention();
        (!r.consent_given.is_empty()).then(|| {
            tf(
                app.lang.get(),
                Key::ConsentGiven,
                &[("date", &r.consent_given)],
            )
        })
    };
    view! {
        <section class="card form-stack retention">
            <h2>{text(Key::RetentionTitle)}</h2>
            <label class="field">
                <span class="label">{text(Key::ProcedureEnded)}</span>
                <input
                    type="date"
                    prop:value=move || retention().procedure_ended
                    on:change=move |ev| {
                        let outcome = app.act(SessionAction::SetProcedureEnded(event_target_value(&ev)));
                        bad_date.set(outcome.is_err());
                    }
                />
            </label>
            <Show when=move || bad_date.get()>
                <p class="field-error" role="alert">{text(Key::BadDate)}</p>
            </Show>
            <Show when=move || retention().end_proposed>
                <div class="end-proposed">
                    <p>{text(Key::EndProposed)}</p>
                    <button type="button" on:click=move |_| { let _ = app.act(SessionAction::ConfirmProcedureEnd); }>
                        {text(Key::EndConfirm)}
                    </button>
                </div>
            </Show>
            <Check
                label=Signal::derive(move || app.tr(Key::ConsentLabel).to_owned())
                checked=Signal::derive(move || !retention().consent_given.is_empty())
                on_change=Callback::new(move |given: bool| {
                    let _ = app.act(SessionAction::SetConsent(given.then(today)));
                })
            />
            {move || consent_note().map(|n| view! { <p class="muted">{n}</p> })}
            <Check
                label=Signal::derive(move || app.tr(Key::HiredLabel).to_owned())
                checked=Signal::derive(move || retention().hired)
                on_change=Callback::new(move |hired: bool| {
                    let _ = app.act(SessionAction::SetHired(hired));
                })
            />
            <p class="due"><strong>{due}</strong></p>
            <p class="muted">{text(Key::RetentionGuidance)}</p>
        </section>
    }
}
