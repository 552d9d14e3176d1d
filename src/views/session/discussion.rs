//! What the intake and the assessment discussion recorded (M5, M15–M16), carried into the
//! preparation and the evaluation so nothing typed is lost on the way to the report: the
//! other relevant information, whether the candidate recognised themself in the candidate
//! report (with guidance when they did not), their examples and the discussion's notes.

use leptos::prelude::*;

use crate::domain::interview::Recognition;
use crate::i18n::Key;
use crate::state::{text, use_app};

pub(crate) fn recognition_label(recognition: Option<Recognition>) -> Key {
    match recognition {
        Some(Recognition::Yes) => Key::RecognitionYes,
        Some(Recognition::Partly) => Key::RecognitionPartly,
        Some(Recognition::No) => Key::RecognitionNo,
        None => Key::RecognitionNotAsked,
    }
}

/// One recorded text under its label; nothing when it is empty.
fn part(label: Key, value: String) -> Option<impl IntoView> {
    (!value.trim().is_empty()).then(|| {
        view! {
            <dt>{text(label)}</dt>
            <dd class="report-text">{value}</dd>
        }
    })
}

/// Before the interview: the candidate report and the other information, and what the
/// discussion recorded once it has taken place.
#[component]
pub fn KnownBefore() -> impl IntoView {
    view! { <Summary title=Key::KnownBeforeTitle before=true/> }
}

/// In the evaluation: the assessment discussion as it went.
#[component]
pub fn DiscussionSummary() -> impl IntoView {
    view! { <Summary title=Key::DiscussionTitle before=false/> }
}

#[component]
fn Summary(title: Key, before: bool) -> impl IntoView {
    let app = use_app();
    let body = move || {
        app.with_session(|s| {
            let (assessment, interview) = (&s.assessment, &s.interview);
            let recognition = interview.recognition;
            let discussed = recognition.is_some()
                || !interview.recognition_examples.trim().is_empty()
                || !interview.discussion_notes.trim().is_empty();
            let known = !assessment.report.trim().is_empty() || !assessment.other.trim().is_empty();
            if before && !discussed && !known {
                return Some(view! { <p class="muted">{text(Key::KnownBeforeEmpty)}</p> }.into_any());
            }
            // Before the interview the recognition is asked only once it has been.
            let recognised = (discussed || !before).then(|| {
                view! {
                    <dt>{text(Key::RecognisedShort)}</dt>
                    <dd class:muted=recognition.is_none()>{text(recognition_label(recognition))}</dd>
                }
            });
            Some(view! {
                <dl class="discussion-facts">
                    {part(Key::ReportLabel, assessment.report.clone())}
                    {part(Key::OtherLabel, assessment.other.clone())}
                    {recognised}
                    {part(Key::RecognitionExamples, interview.recognition_examples.clone())}
                    {part(Key::DiscussionNotes, interview.discussion_notes.clone())}
                </dl>
                {(recognition == Some(Recognition::No)).then(|| view! {
                    <p class="report report-warn">{text(Key::RecognitionNoGuide)}</p>
                })}
            }.into_any())
        }).flatten()
    };
    view! {
        <section class="card discussion-summary">
            <h2>{text(title)}</h2>
            {body}
        </section>
    }
}
