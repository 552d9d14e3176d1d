//! Where the scores come from (M5): the instrument, when it was taken, the norm group and the
//! scale its scores are on. The scale can change only while no score is entered, so a score
//! is never read on another scale than it was typed on.

use leptos::prelude::*;

use super::{locked, on_text, text_of};
use crate::clock::today;
use crate::components::fields::{Check, Choices, TextInput};
use crate::domain::assessment::{Release, Scale};
use crate::domain::session_action::Refusal;
use crate::domain::SessionAction;
use crate::i18n::{long_date, scale_label, tf, Key};
use crate::state::{text, use_app};

#[component]
pub fn AssessmentRecord() -> impl IntoView {
    let app = use_app();
    let locked = locked(app);
    let scale = move || {
        app.session
            .with(|s| s.as_ref().map(|s| s.assessment.scale))
            .unwrap_or_default()
    };
    let has_scores = move || {
        app.session
            .with(|s| s.as_ref().is_some_and(|s| !s.assessment.scores.is_empty()))
    };
    let date_refused = RwSignal::new(false);
    let on_date = Callback::new(move |date: String| {
        let refused = app.act(SessionAction::SetTakenOn(date)) == Err(Refusal::BadDate);
        date_refused.set(refused);
    });
    let options = Scale::ALL
        .into_iter()
        .map(|option| {
            let code = match option {
                Scale::Percentile => "percentile",
                Scale::Sten => "sten",
            };
            view! {
                <option value=code selected=move || scale() == option>{text(scale_label(option))}</option>
            }
        })
        .collect_view();
    let on_scale = move |ev: leptos::ev::Event| {
        let chosen = match event_target_value(&ev).as_str() {
            "sten" => Scale::Sten,
            _ => Scale::Percentile,
        };
        // The select is disabled while scores exist; the domain refuses too.
        let _ = app.act(SessionAction::SetScale(chosen));
    };
    let consent = move || {
        app.session
            .with(|s| s.as_ref().map(|s| s.assessment.shared_consent.clone()))
            .unwrap_or_default()
    };
    let release = Signal::derive(move || app.with_session(|s| s.assessment.release));
    let release_on = move || {
        app.with_session(|s| s.assessment.release_on.clone())
            .unwrap_or_default()
    };
    let valid_refused = RwSignal::new(false);
    let on_valid = Callback::new(move |date: String| {
        let refused = app.act(SessionAction::SetValidUntil(date)) == Err(Refusal::BadDate);
        valid_refused.set(refused);
    });
    let expired = move || app.with_session(|s| s.report_expired()).unwrap_or(false);
    view! {
        <section class="card form-stack assessment-record">
            <h2>{text(Key::RecordTitle)}</h2>
            // The candidate's rights come first: without them the scores are not used at all.
            <Choices
                legend=Key::ReleaseLegend
                name="release".to_owned()
                options=vec![
                    (Release::NotRecorded, Key::ReleaseNotRecorded),
                    (Release::Cleared, Key::ReleaseCleared),
                    (Release::Blocked, Key::ReleaseBlocked),
                ]
                selected=release
                on_select=Callback::new(move |release| {
                    let _ = app.act(SessionAction::SetRelease { release, on: today() });
                })
            />
            <p class="hint">{text(Key::ReleaseHint)}</p>
            {move || {
                let date = release_on();
                (!date.is_empty()).then(|| view! {
                    <p class="muted">{move || tf(app.lang.get(), Key::ReleaseOn, &[("date", &long_date(app.lang.get(), &date))])}</p>
                })
            }}
            <TextInput
                label=Key::ValidUntil
                kind="date"
                value=text_of(app, |s| &s.assessment.valid_until)
                on_input=on_valid
                disabled=locked
            />
            <Show when=move || valid_refused.get()>
                <p class="field-error" role="alert">{text(Key::RecordBadDate)}</p>
            </Show>
            <Show when=expired>
                <p class="report report-warn report-expired">
                    {move || {
                        let lang = app.lang.get();
                        let until = app.with_session(|s| s.assessment.valid_until.clone()).unwrap_or_default();
                        tf(lang, Key::ReportExpired, &[("date", &long_date(lang, &until))])
                    }}
                </p>
            </Show>
            <Check
                label=Signal::derive(move || app.tr(Key::ShareConsentLabel).to_owned())
                checked=Signal::derive(move || !consent().is_empty())
                on_change=Callback::new(move |given: bool| {
                    let _ = app.act(SessionAction::SetShareConsent(given.then(today)));
                })
                disabled=locked
            />
            {move || {
                let date = consent();
                (!date.is_empty()).then(|| view! {
                    <p class="muted">{move || tf(app.lang.get(), Key::ShareConsentOn, &[("date", &date)])}</p>
                })
            }}
            <TextInput
                label=Key::RecordInstrument
                value=text_of(app, |s| &s.assessment.instrument)
                on_input=on_text(app, SessionAction::SetInstrument)
                disabled=locked
            />
            <TextInput
                label=Key::RecordTakenOn
                kind="date"
                value=text_of(app, |s| &s.assessment.taken_on)
                on_input=on_date
                disabled=locked
            />
            <Show when=move || date_refused.get()>
                <p class="field-error" role="alert">{text(Key::RecordBadDate)}</p>
            </Show>
            <TextInput
                label=Key::RecordNormGroup
                value=text_of(app, |s| &s.assessment.norm_group)
                on_input=on_text(app, SessionAction::SetNormGroup)
                disabled=locked
            />
            <label class="field">
                <span class="label">{text(Key::RecordScale)}</span>
                <select
                    aria-describedby="scale-hint"
                    disabled=move || locked.get() || has_scores()
                    on:change=on_scale
                >
                    {options}
                </select>
                <span class="hint" id="scale-hint">
                    {move || app.tr(if has_scores() { Key::RecordScaleLocked } else { Key::RecordScaleHint })}
                </span>
            </label>
        </section>
    }
}

/// Where the scores would be used (preparation, the assessment discussion, the evaluation):
/// says that they are not, and why, when the candidate has not cleared the report.
#[component]
pub fn ScoresNotUsed() -> impl IntoView {
    let app = use_app();
    let release = Memo::new(move |_| app.with_session(|s| s.assessment.release));
    view! {
        {move || {
            let key = match release.get()? {
                Release::Cleared => return None,
                Release::NotRecorded => Key::ScoresNotUsedUnrecorded,
                Release::Blocked => Key::ScoresNotUsedBlocked,
            };
            Some(view! { <p class="report report-info scores-not-used">{text(key)}</p> })
        }}
    }
}
