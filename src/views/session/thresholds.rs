//! The focus thresholds in preparation (M6, M20, M28): the position's, which every candidate is
//! read with, and — only with a reason — other ones for this candidate, a deviation listed in
//! the evaluation, the report and the overview.

use leptos::prelude::*;

use super::locked;
use crate::components::fields::NumberDraft;
use crate::domain::assessment::{Thresholds, MIN_MIDDLE};
use crate::domain::session_action::Refusal;
use crate::domain::SessionAction;
use crate::i18n::{isolate, tf, Key};
use crate::state::{text, use_app};

#[component]
pub fn ThresholdsCard() -> impl IntoView {
    let app = use_app();
    let locked = locked(app);
    let read = move || {
        app.with_session(|s| {
            let own = s
                .threshold_deviation()
                .map(|(t, reason)| (t, reason.to_owned()));
            (s.lens.thresholds, own)
        })
        .unwrap_or_default()
    };
    let (position, own) = read();
    let start = own.as_ref().map_or(position, |(t, _)| *t);
    let low = RwSignal::new(start.low.to_string());
    let high = RwSignal::new(start.high.to_string());
    let reason = RwSignal::new(own.map(|(_, r)| r).unwrap_or_default());
    let refusal = RwSignal::new(None::<Key>);
    let apply = move |_| {
        let parsed = (
            low.get_untracked().trim().parse::<u8>(),
            high.get_untracked().trim().parse::<u8>(),
        );
        let (Ok(low), Ok(high)) = parsed else {
            refusal.set(Some(Key::ThresholdsInvalid));
            return;
        };
        let reason = reason.get_untracked();
        refusal.set(
            match app.act(SessionAction::SetThresholds { low, high, reason }) {
                Ok(()) => None,
                Err(Refusal::NeedsReason) => Some(Key::ThresholdsNeedReason),
                Err(_) => Some(Key::ThresholdsInvalid),
            },
        );
    };
    let back = move |_| {
        let (position, _) = read();
        low.set(position.low.to_string());
        high.set(position.high.to_string());
        reason.set(String::new());
        refusal.set(None);
        let _ = app.act(SessionAction::SetThresholds {
            low: position.low,
            high: position.high,
            reason: String::new(),
        });
    };
    let bands = move |key: Key, t: Thresholds| {
        let args = [("low", t.low.to_string()), ("high", t.high.to_string())];
        let args: Vec<(&str, &str)> = args.iter().map(|(k, v)| (*k, v.as_str())).collect();
        tf(app.lang.get(), key, &args)
    };
    let deviation = move || read().1;
    let invalid = move || {
        let key = refusal.get()?;
        let gap = MIN_MIDDLE.to_string();
        Some(tf(app.lang.get(), key, &[("gap", &gap)]))
    };
    view! {
        <section class="card thresholds">
            <h2>{text(Key::ThresholdsTitle)}</h2>
            <p class="muted">{text(Key::ThresholdsHint)}</p>
            <p class="position-thresholds">{move || bands(Key::ThresholdsPosition, read().0)}</p>
            {move || deviation().map(|(t, why)| {
                let why = if why.trim().is_empty() { app.tr(Key::ThresholdsNoReason).to_owned() } else { isolate(&why) };
                view! {
                    <div class="report report-warn own-thresholds">
                        <p><strong>{bands(Key::ThresholdsOwn, t)}</strong></p>
                        <p>{move || tf(app.lang.get(), Key::ThresholdsReasonGiven, &[("reason", &why)])}</p>
                        <button type="button" on:click=back disabled=move || locked.get()>
                            {text(Key::ThresholdsBack)}
                        </button>
                    </div>
                }
            })}
            <details class="deviate">
                <summary>{text(Key::ThresholdsDeviate)}</summary>
                <p class="muted">{text(Key::ThresholdsDeviateHint)}</p>
                <div class="level-grid">
                    <NumberDraft label=Key::ThresholdLow draft=low on_commit=Callback::new(|_| ()) max=100 disabled=locked/>
                    <NumberDraft label=Key::ThresholdHigh draft=high on_commit=Callback::new(|_| ()) max=100 disabled=locked/>
                </div>
                <label class="field">
                    <span class="label">{text(Key::ThresholdsReason)}</span>
                    <input
                        type="text"
                        prop:value=move || reason.get()
                        disabled=move || locked.get()
                        on:input=move |ev| reason.set(event_target_value(&ev))
                    />
                </label>
                <div class="actions">
                    <button type="button" on:click=apply disabled=move || locked.get()>
                        {text(Key::ThresholdsApply)}
                    </button>
                </div>
                <div role="alert">
                    {move || invalid().map(|m| view! { <p class="field-error">{m}</p> })}
                </div>
            </details>
        </section>
    }
}
