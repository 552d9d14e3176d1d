//! The phases around the competency questions: warm-up (M10), clarity on roles, purpose and
//! agenda (M11–M14), the assessment discussion (M15–M19, M4) and the closing.

use leptos::prelude::*;

use super::assessment_record::ScoresNotUsed;

use super::{locked, on_text, text_of};
use crate::components::fields::{Check, Choices, TextArea};
use crate::domain::interview::{ClarityPoint, ClosingPoint, ExplainPoint, Recognition};
use crate::domain::SessionAction;
use crate::i18n::{score_text, tf, Key};
use crate::state::{text, use_app};

#[component]
pub fn WarmUpPhase() -> impl IntoView {
    let app = use_app();
    view! {
        <section class="card phase">
            <p class="guide">{text(Key::WarmUpGuide)}</p>
            <TextArea
                label=Key::Notes
                value=text_of(app, |s| &s.interview.warm_up_notes)
                on_input=on_text(app, SessionAction::SetWarmUpNotes)
                disabled=locked(app)
            />
        </section>
    }
}

/// A talking point to tick off.
#[component]
fn Point(label: Signal<String>, checked: Signal<bool>, on_change: Callback<bool>) -> impl IntoView {
    let app = use_app();
    view! {
        <div class="talking-point">
            <Check label checked on_change disabled=locked(app)/>
        </div>
    }
}

#[component]
pub fn ClarityPhase() -> impl IntoView {
    let app = use_app();
    let minutes = move || {
        app.session
            .with(|s| s.as_ref().map(|s| s.lens.phase_minutes.total()))
            .unwrap_or(0)
            .to_string()
    };
    let point = move |p: ClarityPoint| {
        let label = Signal::derive(move || match p {
            ClarityPoint::Roles => app.tr(Key::ClarityRoles).to_owned(),
            ClarityPoint::Purpose => app.tr(Key::ClarityPurpose).to_owned(),
            ClarityPoint::Agenda => tf(
                app.lang.get(),
                Key::ClarityAgenda,
                &[("minutes", &minutes())],
            ),
        });
        let checked = Signal::derive(move || {
            app.with_session(|s| s.interview.clarity_done.contains(&p))
                .unwrap_or(false)
        });
        let on_change = Callback::new(move |done| {
            let _ = app.act(SessionAction::TickClarity { point: p, done });
        });
        view! { <Point label checked on_change/> }
    };
    view! {
        <section class="card phase">
            <p class="guide">{text(Key::ClarityGuide)}</p>
            {point(ClarityPoint::Roles)}
            {point(ClarityPoint::Purpose)}
            {point(ClarityPoint::Agenda)}
            <TextArea
                label=Key::ClarityReaction
                value=text_of(app, |s| &s.interview.clarity_reaction)
                on_input=on_text(app, SessionAction::SetClarityReaction)
                disabled=locked(app)
            />
        </section>
    }
}

/// The assessment discussion (M15–M19), held only about a report the candidate saw and did not
/// block (NIP code); otherwise the phase says the interview runs on the competencies alone.
#[component]
pub fn AssessmentPhase() -> impl IntoView {
    let app = use_app();
    let usable = Memo::new(move |_| app.with_session(|s| s.assessment.usable()).unwrap_or(false));
    view! {
        <Show
            when=move || usable.get()
            fallback=|| view! { <section class="card phase"><ScoresNotUsed/></section> }
        >
            <AssessmentDiscussion/>
        </Show>
    }
}

#[component]
fn AssessmentDiscussion() -> impl IntoView {
    let app = use_app();
    let locked = locked(app);
    let recognition = Signal::derive(move || {
        app.session
            .with(|s| s.as_ref().and_then(|s| s.interview.recognition))
    });
    let explain = move |p: ExplainPoint, key: Key| {
        let label = Signal::derive(move || app.tr(key).to_owned());
        let checked = Signal::derive(move || {
            app.with_session(|s| s.interview.explained.contains(&p))
                .unwrap_or(false)
        });
        let on_change = Callback::new(move |done| {
            let _ = app.act(SessionAction::TickExplained { point: p, done });
        });
        view! { <Point label checked on_change/> }
    };
    let report = text_of(app, |s| &s.assessment.report);
    let scores = move || {
        let lang = app.lang.get();
        app.with_session(|s| {
                s.lens
                    .competencies
                    .iter()
                    .map(|item| {
                        let score = s
                            .assessment
                            .score(&item.competency.id)
                            .map(|v| score_text(lang, v))
                            .unwrap_or_else(|| "–".into());
                        view! { <li><span>{item.competency.name.get(lang).to_owned()}</span><strong>{score}</strong></li> }
                    })
                    .collect_view()
            })
    };
    view! {
        <section class="card phase">
            <h2>{text(Key::ReportPartTitle)}</h2>
            <p class="guide">{text(Key::ReportPartGuide)}</p>
            <blockquote class="candidate-report">{move || report.get()}</blockquote>
            <Choices
                legend=Key::Recognition
                name="recognition".to_owned()
                options=vec![
                    (Recognition::Yes, Key::RecognitionYes),
                    (Recognition::Partly, Key::RecognitionPartly),
                    (Recognition::No, Key::RecognitionNo),
                ]
                selected=recognition
                on_select=Callback::new(move |r| { let _ = app.act(SessionAction::SetRecognition(Some(r))); })
                disabled=locked
            />
            <Show when=move || recognition.get() == Some(Recognition::No)>
                <p class="report report-warn recognition-guide">{text(Key::RecognitionNoGuide)}</p>
            </Show>
            <TextArea
                label=Key::RecognitionExamples
                value=text_of(app, |s| &s.interview.recognition_examples)
                on_input=on_text(app, SessionAction::SetRecognitionExamples)
                disabled=locked
            />
        </section>
        <section class="card phase">
            <h2>{text(Key::ScoresPartTitle)}</h2>
            <p class="guide">{text(Key::ScoresPartGuide)}</p>
            <ul class="score-list">{scores}</ul>
            {explain(ExplainPoint::ReportIsBasis, Key::ExplainBasis)}
            {explain(ExplainPoint::LowIsNotBad, Key::ExplainLowNotBad)}
            {explain(ExplainPoint::InterviewerInterprets, Key::ExplainInterpret)}
            <TextArea
                label=Key::Notes
                value=text_of(app, |s| &s.interview.discussion_notes)
                on_input=on_text(app, SessionAction::SetDiscussionNotes)
                disabled=locked
            />
        </section>
    }
}

#[component]
pub fn ClosingPhase() -> impl IntoView {
    let app = use_app();
    let inform = move |p: ClosingPoint, key: Key| {
        let label = Signal::derive(move || app.tr(key).to_owned());
        let checked = Signal::derive(move || {
            app.with_session(|s| s.interview.closing_done.contains(&p))
                .unwrap_or(false)
        });
        let on_change = Callback::new(move |done| {
            let _ = app.act(SessionAction::TickClosing { point: p, done });
        });
        view! { <Point label checked on_change/> }
    };
    view! {
        <section class="card phase">
            <p class="guide">{text(Key::ClosingGuide)}</p>
            {inform(ClosingPoint::Position, Key::ClosingPosition)}
            {inform(ClosingPoint::Organisation, Key::ClosingOrganisation)}
            <TextArea
                label=Key::CandidateQuestions
                value=text_of(app, |s| &s.interview.candidate_questions)
                on_input=on_text(app, SessionAction::SetCandidateQuestions)
                disabled=locked(app)
            />
            <Check
                label=Signal::derive(move || app.tr(Key::NextStepsExplained).to_owned())
                checked=Signal::derive(move || app.with_session(|s| s.interview.next_steps_explained).unwrap_or(false))
                on_change=Callback::new(move |done| { let _ = app.act(SessionAction::SetNextStepsExplained(done)); })
                disabled=locked(app)
            />
            <TextArea
                label=Key::Notes
                value=text_of(app, |s| &s.interview.closing_notes)
                on_input=on_text(app, SessionAction::SetClosingNotes)
                disabled=locked(app)
            />
        </section>
    }
}
