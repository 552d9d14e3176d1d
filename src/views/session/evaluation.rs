//! The evaluation (M1–M4, M27, M28): each competency against the lens standard with its
//! aptitude × behaviour reading, and the overall recommendation with its substantiation.
//! Printed, this screen is the report.

use leptos::prelude::*;

use super::{locked, on_text, text_of};
use crate::clock::{now_iso, now_stamp};
use crate::components::badges::versus_class;
use crate::components::fields::{Choices, TextArea};
use crate::domain::evaluation::{CompetencyResult, Recommendation};
use crate::domain::session_action::Refusal;
use crate::domain::{SessionAction, Status};
use crate::i18n::{
    flag_label, isolate, reading_label, recommendation_label, score_text, tf, versus_label, Key,
};
use crate::route::{Route, SessionPage};
use crate::state::{text, use_app};

#[component]
pub fn EvaluationPage() -> impl IntoView {
    let app = use_app();
    let locked = locked(app);
    let results = Memo::new(move |_| {
        app.session
            .with(|s| s.as_ref().map(|s| s.results()).unwrap_or_default())
    });
    let name_of = move |id: &str| {
        let lang = app.lang.get();
        app.with_session(|s| {
            s.lens
                .competency(id)
                .map(|c| c.competency.name.get(lang).to_owned())
        })
        .flatten()
        .unwrap_or_default()
    };
    let rows = move || {
        results
            .get()
            .into_iter()
            .map(|r: CompetencyResult| {
                let (versus_key, versus_class) = (versus_label(r.versus), versus_class(r.versus));
                let reading = r.reading.map(reading_label);
                let name = name_of(&r.competency);
                let lang = app.lang.get();
                let score = r.score.map_or("–".to_owned(), |s| score_text(lang, s));
                let level = match (r.level, r.no_example) {
                    (Some(level), _) => level.to_string(),
                    (None, true) => app.tr(Key::NoExampleShort).to_owned(),
                    (None, false) => "–".to_owned(),
                };
                view! {
                    <tr>
                        <th scope="row">{name}</th>
                        <td data-label=text(Key::ColScore)>{score}</td>
                        <td data-label=text(Key::ColRating)>{level}</td>
                        <td data-label=text(Key::ColStandard)>{r.standard}</td>
                        <td data-label=text(Key::ColVersus)><span class=versus_class>{text(versus_key)}</span></td>
                        <td data-label=text(Key::ColReading)>
                            <div>
                                {reading.map(|(label, help)| view! {
                                    <strong>{text(label)}</strong>
                                    <span class="reading-help">{text(help)}</span>
                                })}
                            </div>
                            {r.flag.map(|f| view! {
                                <p class="flag"><span aria-hidden="true">"⚑ "</span>{text(flag_label(f))}</p>
                            })}
                        </td>
                    </tr>
                }
            })
            .collect_view()
    };
    let chosen = Signal::derive(move || {
        app.session
            .with(|s| s.as_ref().and_then(|s| s.evaluation.recommendation))
    });
    let refusal = RwSignal::new(None::<String>);
    let complete = move |_| {
        let outcome = app.act(SessionAction::Complete {
            now: now_stamp(),
            now_iso: now_iso(),
        });
        let lang = app.lang.get_untracked();
        refusal.set(match outcome {
            Err(Refusal::NoRecommendation) => Some(app.tr(Key::NoRecommendation).to_owned()),
            Err(Refusal::NoSubstantiation) => Some(app.tr(Key::NoSubstantiation).to_owned()),
            Err(Refusal::UnratedWithoutReason(ids)) => {
                let names: Vec<String> = ids.iter().map(|id| isolate(&name_of(id))).collect();
                Some(tf(
                    lang,
                    Key::UnratedNeedsReason,
                    &[("names", &names.join(", "))],
                ))
            }
            Err(Refusal::DepartureUnexplained(_)) => {
                Some(app.tr(Key::DepartureNeedsReason).to_owned())
            }
            Err(Refusal::NoRejectionReason) => Some(app.tr(Key::RejectionNeedsReason).to_owned()),
            _ => None,
        });
    };
    let completed_on = move || {
        app.with_session(|s| {
            (s.status == Status::Completed).then(|| {
                s.evaluation
                    .completed_at
                    .replace('T', " ")
                    .chars()
                    .take(16)
                    .collect::<String>()
            })
        })
        .flatten()
    };
    let report = move || {
        let id = app.with_session(|s| s.id.clone());
        Route::Session(id.unwrap_or_default(), SessionPage::Report).href()
    };
    view! {
        <super::gaps::UnnotedQuestions/>
        <section class="card">
            <h2 class="print-only">{text(Key::ReportTitle)}</h2>
            <p class="muted">{text(Key::EvaluationGuide)}</p>
            <p class="muted">{text(Key::EvaluationDecides)}</p>
            <super::assessment_record::ScoresNotUsed/>
            <div class="table-wrap" tabindex="0" role="region" aria-label=text(Key::ReportTitle)>
                <table class="list-table results">
                    <thead>
                        <tr>
                            <th scope="col">{text(Key::ColCompetency)}</th>
                            <th scope="col">{text(Key::ColScore)}</th>
                            <th scope="col">{text(Key::ColRating)}</th>
                            <th scope="col">{text(Key::ColStandard)}</th>
                            <th scope="col">{text(Key::ColVersus)}</th>
                            <th scope="col">{text(Key::ColReading)}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
            <super::gaps::UnratedReasons/>
        </section>
        <super::gaps::Deviations/>
        <super::discussion::DiscussionSummary/>
        <section class="card form-stack">
            <Choices
                legend=Key::RecommendationTitle
                name="recommendation".to_owned()
                options=Recommendation::ALL.into_iter().map(|r| (r, recommendation_label(r))).collect()
                selected=chosen
                on_select=Callback::new(move |r| { let _ = app.act(SessionAction::SetRecommendation(Some(r))); })
                disabled=locked
            />
            <Show when=move || app.with_session(|s| s.decided_by_panel()).unwrap_or(false)>
                <p class="hint own-in-panel">{text(Key::OwnInPanel)}</p>
            </Show>
            <TextArea
                label=Key::Substantiation
                value=text_of(app, |s| &s.evaluation.substantiation)
                on_input=on_text(app, SessionAction::SetSubstantiation)
                rows=6
                disabled=locked
            />
            <DepartureNote/>
            <RejectionReason/>
            <div role="alert">
                {move || refusal.get().map(|message| view! { <p class="field-error">{message}</p> })}
            </div>
            <div class="actions page-actions">
                {move || match completed_on() {
                    Some(date) => view! {
                        <p class="done">
                            <span aria-hidden="true">"✓ "</span>
                            {move || tf(app.lang.get(), Key::CompletedOn, &[("date", &date)])}
                        </p>
                        <button type="button" on:click=move |_| { let _ = app.act(SessionAction::Reopen { now_iso: now_iso() }); }>
                            {text(Key::Reopen)}
                        </button>
                    }
                    .into_any(),
                    None => view! {
                        <button type="button" class="primary" on:click=complete>{text(Key::CompleteEvaluation)}</button>
                    }
                    .into_any(),
                }}
                <a class="button" href=report>{text(Key::ReportOpen)}</a>
            </div>
        </section>
        <super::letter::FeedbackLetter/>
        <super::panel::PanelCard/>
        <super::retention::RetentionCard/>
    }
}

/// When the recommendation departs from the standard (a yes with competencies below it or
/// without any example, a no while all meet it): which competencies, and a field for how the
/// substantiation weighs them, needed before completing (M27, M28).
#[component]
fn DepartureNote() -> impl IntoView {
    let app = use_app();
    let locked = locked(app);
    let departure = Memo::new(move |_| app.with_session(|s| s.departure()).flatten());
    let message = move || {
        let lang = app.lang.get();
        let departure = departure.get()?;
        app.with_session(|s| super::gaps::departure_text(lang, s, &departure))
    };
    view! {
        <Show when=move || departure.with(Option::is_some)>
            <div class="report report-warn departure">
                <p><strong>{message}</strong></p>
                <TextArea
                    label=Key::DepartureReason
                    value=text_of(app, |s| &s.evaluation.departure_reason)
                    on_input=on_text(app, SessionAction::SetDepartureReason)
                    rows=3
                    disabled=locked
                />
            </div>
        </Show>
    }
}

/// With a negative recommendation: the reason the candidate hears, recorded so that whoever
/// answers them later gives the same one.
#[component]
fn RejectionReason() -> impl IntoView {
    let app = use_app();
    let locked = locked(app);
    // Where a panel decides, the candidate hears the panel's reason (recorded in the debrief).
    let negative = Memo::new(move |_| {
        app.with_session(|s| {
            !s.decided_by_panel()
                && s.evaluation
                    .recommendation
                    .is_some_and(Recommendation::negative)
        })
        .unwrap_or(false)
    });
    view! {
        <Show when=move || negative.get()>
            <div class="rejection-reason">
                <TextArea
                    label=Key::RejectionReason
                    value=text_of(app, |s| &s.evaluation.rejection_reason)
                    on_input=on_text(app, SessionAction::SetRejectionReason)
                    rows=3
                    disabled=locked
                />
                <p class="hint">{text(Key::RejectionReasonHint)}</p>
            </div>
        </Show>
    }
}
