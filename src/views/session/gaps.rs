//! Where a candidate's interview differs from the standard (M20, M27): the standard questions
//! skipped (with their reasons) or added, and the competencies left unrated (each with a reason,
//! needed before the evaluation can be completed). Shown in the evaluation and in its print.
//! Before those, the questions asked without notes, to fill in while memory is fresh (M27).

use leptos::prelude::*;

use super::locked;
use crate::domain::assessment::Thresholds;
use crate::domain::evaluation::{Departure, Short};
use crate::domain::interview::AnswerField;
use crate::domain::{Lang, Session};
use crate::domain::{SessionAction, Status};
use crate::i18n::{isolate, tf, Key};
use crate::state::{text, use_app, AppState};

/// The name of a lens competency, or of one of its questions, in the interface language.
fn names(app: AppState, competency: &str, question: Option<&str>) -> (String, String) {
    let lang = app.lang.get();
    app.with_session(|s| {
        let item = s.lens.competency(competency);
        let name = item.map(|i| i.competency.name.get(lang).to_owned());
        let question = item
            .zip(question)
            .and_then(|(i, q)| i.competency.question(q))
            .map(|q| q.text.get(lang).to_owned());
        (name.unwrap_or_default(), question.unwrap_or_default())
    })
    .unwrap_or_default()
}

/// The questions asked that have no notes, each with a field to write them in. The list is
/// taken when the screen opens and stays as it is while the interviewer writes.
#[component]
pub fn UnnotedQuestions() -> impl IntoView {
    let app = use_app();
    let unnoted = app
        .with_session_untracked(|s| {
            (s.status != Status::Completed && s.interview.phase.is_some()).then(|| s.unnoted())
        })
        .flatten()
        .unwrap_or_default();
    if unnoted.is_empty() {
        return ().into_any();
    }
    let count = unnoted.len();
    let fields = unnoted
        .into_iter()
        .map(|(competency, question)| {
            let question = StoredValue::new(question);
            let label = move || {
                let (name, text) = names(app, &competency, Some(&question.get_value()));
                let args = [("competency", name.as_str()), ("question", text.as_str())];
                tf(app.lang.get(), Key::UnnotedQuestion, &args)
            };
            let value = move || {
                app.with_session(|s| {
                    question.with_value(|q| s.interview.answers.get(q).map(|a| a.notes.clone()))
                })
                .flatten()
                .unwrap_or_default()
            };
            let set = move |ev| {
                let _ = app.act(SessionAction::SetAnswer {
                    question: question.get_value(),
                    field: AnswerField::Notes,
                    text: event_target_value(&ev),
                });
            };
            view! {
                <label class="field">
                    <span class="label">{label}</span>
                    <textarea rows=3 prop:value=value on:input=set></textarea>
                </label>
            }
        })
        .collect_view();
    let summary = move || {
        let n = count.to_string();
        tf(app.lang.get(), Key::UnnotedTitle, &[("n", &n)])
    };
    // Open at first; an interviewer who left questions without notes on purpose folds it away.
    view! {
        <details class="card form-stack unnoted" open>
            <summary><h2>{summary}</h2></summary>
            <p class="muted">{text(Key::UnnotedHint)}</p>
            {fields}
        </details>
    }
    .into_any()
}

/// A reason field for every competency without a complete rating.
#[component]
pub fn UnratedReasons() -> impl IntoView {
    let app = use_app();
    let locked = locked(app);
    let unrated = Memo::new(move |_| {
        // "No example, even after time to think" is its reason already.
        app.with_session(|s| s.unrated()).unwrap_or_default()
    });
    let fields = move || {
        unrated
            .get()
            .into_iter()
            .map(|id| {
                let id = StoredValue::new(id);
                let label = move || {
                    let (name, _) = names(app, &id.get_value(), None);
                    tf(
                        app.lang.get(),
                        Key::UnratedReason,
                        &[("name", &isolate(&name))],
                    )
                };
                let value = move || {
                    app.with_session(|s| id.with_value(|id| s.evaluation.unrated.get(id).cloned()))
                        .flatten()
                        .unwrap_or_default()
                };
                let set = move |ev| {
                    let _ = app.act(SessionAction::SetUnratedReason {
                        competency: id.get_value(),
                        reason: event_target_value(&ev),
                    });
                };
                view! {
                    <label class="field">
                        <span class="label">{label}</span>
                        <input
                            type="text"
                            placeholder=move || app.tr(Key::UnratedReasonExample)
                            prop:value=value
                            disabled=move || locked.get()
                            on:input=set
                        />
                    </label>
                }
            })
            .collect_view()
    };
    view! {
        <Show when=move || !unrated.with(Vec::is_empty)>
            <section class="report report-warn unrated">
                <p><strong>{text(Key::UnratedTitle)}</strong></p>
                {fields}
            </section>
        </Show>
    }
}

/// Every difference from the position's standard: other focus thresholds for this candidate,
/// and the standard questions skipped or added.
#[component]
pub fn Deviations() -> impl IntoView {
    let app = use_app();
    let deviations = Memo::new(move |_| {
        app.session
            .with(|s| s.as_ref().map(|s| s.deviations()).unwrap_or_default())
    });
    let own_thresholds = Memo::new(move |_| {
        app.with_session(|s| {
            let (own, reason) = s.threshold_deviation()?;
            Some((s.lens.thresholds, own, reason.to_owned()))
        })
        .flatten()
    });
    let thresholds = move || {
        own_thresholds.get().map(|(position, own, reason)| {
            let text = threshold_deviation_text(app.lang.get(), position, own, &reason);
            view! { <li class="threshold-deviation"><span class="deviation">{text}</span></li> }
        })
    };
    let none = move || deviations.with(Vec::is_empty) && own_thresholds.with(Option::is_none);
    let rows = move || {
        deviations
            .get()
            .into_iter()
            .map(|d| {
                let (competency, question) = names(app, &d.competency, Some(&d.question));
                let what = move || match &d.skipped {
                    Some(reason) => tf(
                        app.lang.get(),
                        Key::DeviationSkipped,
                        &[("reason", &isolate(reason))],
                    ),
                    None => app.tr(Key::DeviationAdded).to_owned(),
                };
                view! {
                    <li>
                        <strong>{competency}</strong> ": " {question} " — "
                        <span class="deviation">{what}</span>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <section class="card deviations">
            <h2>{text(Key::DeviationsTitle)}</h2>
            <Show
                when=move || !none()
                fallback=move || view! { <p class="muted">{text(Key::DeviationsNone)}</p> }
            >
                <ul>{thresholds}{rows}</ul>
            </Show>
        </section>
    }
}

/// What a departure from the standard is, in a sentence that names the competencies.
pub(crate) fn departure_text(lang: Lang, session: &Session, departure: &Departure) -> String {
    match departure {
        Departure::PositiveBelowStandard(short) => {
            let names: Vec<String> = short
                .iter()
                .filter_map(|(id, why)| Some((session.lens.competency(id)?, why)))
                .map(|(c, why)| {
                    let key = match why {
                        Short::Below => Key::ShortBelow,
                        Short::NoExample => Key::ShortNoExample,
                        Short::Unrated => Key::ShortUnrated,
                    };
                    let name = isolate(c.competency.name.get(lang));
                    tf(lang, key, &[("name", &name)])
                })
                .collect();
            tf(
                lang,
                Key::DeparturePositive,
                &[("names", &names.join(", "))],
            )
        }
        Departure::NegativeAllMeet => crate::i18n::t(lang, Key::DepartureNegative).to_owned(),
    }
}

/// "Focus thresholds 30/70 instead of the position's 35/65: <reason>" (or that none was given).
pub(crate) fn threshold_deviation_text(
    lang: Lang,
    position: Thresholds,
    own: Thresholds,
    reason: &str,
) -> String {
    let reason = if reason.trim().is_empty() {
        crate::i18n::t(lang, Key::ThresholdsNoReason).to_owned()
    } else {
        isolate(reason)
    };
    let args = [
        ("low", own.low.to_string()),
        ("high", own.high.to_string()),
        ("position_low", position.low.to_string()),
        ("position_high", position.high.to_string()),
        ("reason", reason),
    ];
    let args: Vec<(&str, &str)> = args.iter().map(|(k, v)| (*k, v.as_str())).collect();
    tf(lang, Key::DeviationThresholds, &args)
}
