//! The intake (M5): who, when, by whom, and the assessment — a score per competency, the
//! candidate report and other information — with a checklist of what is still missing.

use leptos::prelude::*;

use super::assessment_record::AssessmentRecord;
use super::schedule::PlannedLength;
use super::{locked, on_text, text_of};
use crate::components::fields::{TextArea, TextInput};
use crate::domain::assessment::{parse_score, Scale};
use crate::domain::session::Missing;
use crate::domain::{Lang, Session, SessionAction};
use crate::i18n::{self, tf, Key};
use crate::route::{Route, SessionPage};
use crate::state::{text, use_app};

/// The missing items as a comma-separated phrase, in `lang`.
pub(crate) fn missing_list(session: &Session, missing: &[Missing], lang: Lang) -> String {
    missing
        .iter()
        .map(|m| match m {
            Missing::Candidate => i18n::t(lang, Key::MissingCandidate).to_owned(),
            Missing::Interviewer => i18n::t(lang, Key::MissingInterviewer).to_owned(),
            Missing::Schedule => i18n::t(lang, Key::MissingSchedule).to_owned(),
            Missing::Report => i18n::t(lang, Key::MissingReport).to_owned(),
            Missing::Release => i18n::t(lang, Key::MissingRelease).to_owned(),
            Missing::Score(id) => {
                let name = session
                    .lens
                    .competency(id)
                    .map(|c| c.competency.name.get(lang).to_owned())
                    .unwrap_or_else(|| id.clone());
                tf(lang, Key::MissingScore, &[("competency", &name)])
            }
        })
        .collect::<Vec<_>>()
        .join(", ")
}

#[component]
pub fn IntakePage() -> impl IntoView {
    let app = use_app();
    let locked = locked(app);
    let competency_ids = move || {
        app.session
            .with(|s| s.as_ref().map(|s| s.lens.competency_ids()))
            .unwrap_or_default()
    };
    let missing = move || {
        let lang = app.lang.get();
        app.with_session(|s| {
            let missing = s.readiness();
            (!missing.is_empty()).then(|| missing_list(s, &missing, lang))
        })
    };
    let id = move || {
        app.session
            .with(|s| s.as_ref().map(|s| s.id.clone()))
            .unwrap_or_default()
    };
    let scale = move || {
        app.session
            .with(|s| s.as_ref().map(|s| s.assessment.scale))
            .unwrap_or_default()
    };
    view! {
        <div class="two-column">
            <div>
                <section class="card form-stack">
                    <TextInput
                        label=Key::CandidateName
                        value=text_of(app, |s| &s.candidate)
                        on_input=on_text(app, SessionAction::SetCandidate)
                        disabled=locked
                    />
                    <TextInput
                        label=Key::Interviewer
                        value=text_of(app, |s| &s.interviewer)
                        on_input=on_text(app, SessionAction::SetInterviewer)
                        disabled=locked
                    />
                    <TextInput
                        label=Key::ScheduledAt
                        kind="datetime-local"
                        value=text_of(app, |s| &s.scheduled_at)
                        on_input=on_text(app, SessionAction::SetSchedule)
                        disabled=locked
                    />
                    <PlannedLength locked/>
                    <p class="muted">{text(Key::FrozenLens)}</p>
                </section>
                <super::panel_plan::PanelPlan/>
                <AssessmentRecord/>
                <section class="card">
                    <h2>{move || app.tr(scores_title(scale()))}</h2>
                    <Show when=move || app.with_session(|s| s.panel.as_ref().is_some_and(|p| p.assessment_left_out)).unwrap_or(false)>
                        <p class="report report-info assessment-left-out">{text(Key::AssessmentLeftOut)}</p>
                    </Show>
                    <p class="muted">{text(Key::ScoresHint)}</p>
                    <div class="score-grid">
                        <For each=competency_ids key=|id| id.clone() let:cid>
                            <ScoreInput competency=cid/>
                        </For>
                    </div>
                </section>
                <section class="card form-stack">
                    <TextArea
                        label=Key::ReportLabel
                        hint=Key::ReportHint
                        value=text_of(app, |s| &s.assessment.report)
                        on_input=on_text(app, SessionAction::SetReport)
                        rows=6
                        disabled=locked
                    />
                    <TextArea
                        label=Key::OtherLabel
                        hint=Key::OtherHint
                        value=text_of(app, |s| &s.assessment.other)
                        on_input=on_text(app, SessionAction::SetOther)
                        disabled=locked
                    />
                </section>
            </div>
            <aside class="card readiness" aria-live="polite">
                <h2>{text(Key::ReadinessTitle)}</h2>
                <Show when=move || app.with_session(|s| s.share_consent_missing()).unwrap_or(false)>
                    <p class="report report-warn share-consent-missing">{text(Key::ShareConsentMissing)}</p>
                </Show>
                {move || match missing() {
                    Some(Some(list)) => view! {
                        <p><strong>{text(Key::ReadinessMissing)}</strong></p>
                        <p class="missing">{list}</p>
                    }
                    .into_any(),
                    _ => view! {
                        <p class="done"><span aria-hidden="true">"✓ "</span>{text(Key::ReadinessDone)}</p>
                        <a class="button primary" href=move || Route::Session(id(), SessionPage::Prepare).href()>
                            {text(Key::StepPrepare)}
                        </a>
                    }
                    .into_any(),
                }}
            </aside>
        </div>
    }
}

fn scores_title(scale: Scale) -> Key {
    match scale {
        Scale::Percentile => Key::ScoresTitle,
        Scale::Sten => Key::ScoresTitleSten,
    }
}

/// One competency's score: typed freely, stored only when it is a whole number on the scale.
#[component]
fn ScoreInput(competency: String) -> impl IntoView {
    let app = use_app();
    let cid = StoredValue::new(competency);
    let stored = move || {
        app.with_session(|s| cid.with_value(|c| s.assessment.scores.get(c).copied()))
            .flatten()
    };
    let draft = RwSignal::new(stored().map(|s| s.to_string()).unwrap_or_default());
    let invalid = RwSignal::new(false);
    let name = move || {
        let lang = app.lang.get();
        app.with_session(|s| {
            cid.with_value(|c| {
                s.lens
                    .competency(c)
                    .map(|c| c.competency.name.get(lang).to_owned())
            })
        })
        .flatten()
    };
    let scale = move || {
        app.session
            .with_untracked(|s| s.as_ref().map(|s| s.assessment.scale))
            .unwrap_or_default()
    };
    let on_input = move |ev: leptos::ev::Event| {
        let value = event_target_value(&ev);
        draft.set(value.clone());
        match parse_score(&value, scale()) {
            Ok(score) => {
                invalid.set(false);
                let _ = app.act(SessionAction::SetScore {
                    competency: cid.get_value(),
                    score,
                });
            }
            Err(_) => invalid.set(true),
        }
    };
    let error_id = format!("score-error-{}", cid.get_value());
    let described = error_id.clone();
    view! {
        <div class="field score-field" class:invalid=move || invalid.get()>
            <label class="field">
                <span class="label">{name}</span>
                <input
                    type="text"
                    inputmode="numeric"
                    autocomplete="off"
                    aria-invalid=move || if invalid.get() { "true" } else { "false" }
                    aria-describedby=move || invalid.get().then(|| described.clone())
                    prop:value=move || draft.get()
                    disabled=move || locked(app).get()
                    on:input=on_input
                />
            </label>
            <Show when=move || invalid.get()>
                <span class="field-error" id=error_id.clone() role="alert">
                    {move || {
                        let (min, max) = scale().range();
                        tf(app.lang.get(), Key::ScoreInvalid, &[("min", &min.to_string()), ("max", &max.to_string())])
                    }}
                </span>
            </Show>
        </div>
    }
}
