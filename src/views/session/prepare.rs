//! Preparation (M6–M8): a focus per competency from its score, with adjustable thresholds;
//! which questions to use or skip; the planned agenda; the reminder to the candidate.

use leptos::prelude::*;

use super::intake::missing_list;
use super::locked;
use super::question_choice::PreparedQuestion;
use crate::components::fields::Check;
use crate::domain::assessment::{Band, Focus};
use crate::domain::session_action::Refusal;
use crate::domain::{Phase, SessionAction};
use crate::i18n::phase_label;
use crate::i18n::{score_text, tf, Key};
use crate::route::{Route, SessionPage};
use crate::state::{text, use_app};

pub(crate) fn focus_text(focus: Option<Focus>) -> Key {
    match focus {
        Some(Focus::ProbeLearnedBehaviour) => Key::FocusProbe,
        Some(Focus::Standard) => Key::FocusStandard,
        Some(Focus::CheckExamples) => Key::FocusCheck,
        None => Key::FocusNoScore,
    }
}

pub(crate) fn band_label(band: Option<Band>) -> (Key, &'static str) {
    match band {
        Some(Band::Low) => (Key::BandLow, "band band-low"),
        Some(Band::Middle) => (Key::BandMiddle, "band band-middle"),
        Some(Band::High) => (Key::BandHigh, "band band-high"),
        None => (Key::NoScore, "band"),
    }
}

#[component]
pub fn PreparePage() -> impl IntoView {
    let app = use_app();
    let locked = locked(app);
    let competency_ids = move || {
        app.session
            .with(|s| s.as_ref().map(|s| s.lens.competency_ids()))
            .unwrap_or_default()
    };
    let agenda = move || {
        app.with_session(|s| {
                let minutes = s.lens.phase_minutes.clone();
                let rows = Phase::ALL
                    .into_iter()
                    .map(|p| {
                        let m = minutes.get(p).to_string();
                        view! { <li><span>{text(phase_label(p))}</span><span>{m} " min"</span></li> }
                    })
                    .collect_view();
                let total = minutes.total().to_string();
                view! {
                    <ul class="agenda">{rows}</ul>
                    <p class="total">{move || tf(app.lang.get(), Key::LensTotalMinutes, &[("minutes", &total)])}</p>
                }
            })
    };
    let prepared_message = RwSignal::new(None::<String>);
    let mark_prepared = move |_| match app.act(SessionAction::MarkPrepared) {
        Ok(()) => prepared_message.set(None),
        Err(Refusal::NotReady(missing)) => {
            let lang = app.lang.get_untracked();
            let items = app
                .session
                .with_untracked(|s| s.as_ref().map(|s| missing_list(s, &missing, lang)))
                .unwrap_or_default();
            prepared_message.set(Some(tf(lang, Key::NotReadyYet, &[("items", &items)])));
        }
        Err(_) => {}
    };
    let is_prepared = move || {
        app.with_session(|s| s.status != crate::domain::Status::Draft)
            .unwrap_or(false)
    };
    let id = move || {
        app.session
            .with(|s| s.as_ref().map(|s| s.id.clone()))
            .unwrap_or_default()
    };
    let start = move |_| {
        let phase = app
            .session
            .with_untracked(|s| s.as_ref().and_then(|s| s.interview.phase))
            .unwrap_or(Phase::WarmUp);
        let _ = app.act(SessionAction::GoTo {
            phase,
            now: crate::clock::now_stamp(),
        });
        app.navigate(Route::Session(id(), SessionPage::Interview));
    };

    view! {
        <super::discussion::KnownBefore/>
        <super::assessment_record::ScoresNotUsed/>
        <super::thresholds::ThresholdsCard/>
        <For each=competency_ids key=|id| id.clone() let:cid>
            <CompetencyPreparation competency=cid/>
        </For>
        <section class="card">
            <h2>{text(Key::PlannedAgenda)}</h2>
            {agenda}
        </section>
        <super::letter::InvitationLetter/>
        <super::panel_plan::PanelPlan/>
        <section class="card">
            <h2>{text(Key::ReminderTitle)}</h2>
            <Check
                label=Signal::derive(move || app.tr(Key::ReminderLabel).to_owned())
                checked=Signal::derive(move || app.with_session(|s| s.preparation.reminder_given).unwrap_or(false))
                on_change=Callback::new(move |done| { let _ = app.act(SessionAction::SetReminderGiven(done)); })
                disabled=locked
            />
        </section>
        <div class="actions page-actions" aria-live="polite">
            <Show
                when=is_prepared
                fallback=move || view! {
                    <button type="button" on:click=mark_prepared disabled=move || locked.get()>
                        {text(Key::MarkPrepared)}
                    </button>
                }
            >
                <p class="done"><span aria-hidden="true">"✓ "</span>{text(Key::PreparedDone)}</p>
            </Show>
            <a class="button" href=move || Route::Session(id(), SessionPage::Kit).href()>{text(Key::KitOpen)}</a>
            <button type="button" class="primary" on:click=start disabled=move || locked.get()>
                {text(Key::StartInterview)}
            </button>
        </div>
        {move || prepared_message.get().map(|m| view! { <p class="report report-warn" role="alert">{m}</p> })}
    }
}

/// One competency: its score, band and suggested focus, and its questions to use or skip.
#[component]
fn CompetencyPreparation(competency: String) -> impl IntoView {
    let app = use_app();
    let cid = StoredValue::new(competency);
    let data = Memo::new(move |_| {
        app.with_session(|s| {
            let item = cid.with_value(|c| s.lens.competency(c).cloned())?;
            let score = s.usable_score(&item.competency.id);
            let t = s.thresholds();
            // Whether each question is used is read per checkbox, so ticking one does not
            // rebuild the block (and keyboard focus stays where it is).
            let questions: Vec<(String, bool)> = item
                .competency
                .questions
                .iter()
                .map(|q| (q.id.clone(), item.standard_questions.contains(&q.id)))
                .collect();
            let panel_focus = s.panel_focus(&item.competency.id);
            Some((
                item,
                score,
                score.map(|v| t.band(v.percentile())),
                (score.map(|v| t.focus(v.percentile())), panel_focus),
                questions,
            ))
        })
        .flatten()
    });
    let lang = move || app.lang.get();
    move || {
        data.get().map(|(item, score, band, (focus, panel_focus), questions)| {
            let (band_key, band_class) = band_label(band);
            let name = item.competency.name.get(lang()).to_owned();
            let rows = questions
                .into_iter()
                .map(|(qid, standard)| {
                    let label = item
                        .competency
                        .question(&qid)
                        .map(|q| q.text.get(lang()).to_owned())
                        .unwrap_or_default();
                    let competency = item.competency.id.clone();
                    view! { <PreparedQuestion competency question=qid label standard/> }
                })
                .collect_view();
            view! {
                <section class="card prep-competency">
                    <header class="card-header">
                        <h3>{name}</h3>
                        <span class="score-badge">
                            <strong>{score.map(|s| score_text(lang(), s)).unwrap_or_else(|| "–".into())}</strong>
                            " " <span class=band_class>{text(band_key)}</span>
                        </span>
                    </header>
                    <p class="focus"><strong>{text(Key::YourFocus)} ": "</strong>{text(focus_text(focus))}</p>
                    {panel_focus.then(|| view! { <p class="panel-focus">{text(Key::PanelFocusHere)}</p> })}
                    <fieldset class="questions-choice">
                        <legend>{text(Key::QuestionsToUse)}</legend>
                        {rows}
                    </fieldset>
                </section>
            }
        })
    }
}
