//! The interview kit: the prepared interview on paper, for when a tablet fails (M5–M27). The
//! agenda with its talking points, the chosen questions with their probes, the five anchors per
//! competency, and room to write; typed in afterwards.

use leptos::prelude::*;

use super::prepare::focus_text;
use super::report::{facts_view, interview_facts};
use crate::components::probes::probe_list;
use crate::domain::report::{kit, KitCompetency};
use crate::domain::{Lang, Phase, Session};
use crate::i18n::phase_label;
use crate::i18n::{score_text, t, tf, Key};
use crate::route::{Route, SessionPage};
use crate::state::use_app;

#[component]
pub fn KitPage() -> impl IntoView {
    let app = use_app();
    let id = move || {
        app.session
            .with(|s| s.as_ref().map(|s| s.id.clone()).unwrap_or_default())
    };
    let body = move || {
        let lang = app.lang.get();
        app.session
            .with(|s| s.as_ref().map(|s| document(s, lang)))
            .unwrap_or_else(|| ().into_any())
    };
    view! {
        <div class="toolbar report-tools">
            <a href=move || Route::Session(id(), SessionPage::Prepare).href()>{move || app.tr(Key::KitBack)}</a>
            <button type="button" class="primary" on:click=move |_| { let _ = window().print(); }>
                {move || app.tr(Key::KitPrint)}
            </button>
        </div>
        <article class="report-document kit">{body}</article>
    }
}

/// A tick box drawn as text: paper needs a box, the page needs no form control.
const BOX: &str = "☐ ";

fn document(session: &Session, lang: Lang) -> AnyView {
    let facts = facts_view(interview_facts(session, lang), lang);
    let total = session.lens.phase_minutes.total().to_string();
    let competencies = kit(session);
    // The scores belong to the discussion of the results (M17), not beside the anchors.
    let scores = competencies
        .iter()
        .map(|c| {
            let score = c.score.map_or("–".to_owned(), |s| score_text(lang, s));
            view! { <li><span>{c.name.get(lang).to_owned()}</span><strong>{score}</strong></li> }
        })
        .collect_view();
    let mut scores = Some(scores);
    let agenda = Phase::ALL
        .into_iter()
        .map(|phase| {
            let minutes = session.lens.phase_minutes.get(phase).to_string();
            let points = talking_points(phase, lang, &total)
                .into_iter()
                .map(|(tick, text)| view! { <li>{tick.then_some(BOX)}{text}</li> })
                .collect_view();
            let scores = (phase == Phase::Assessment)
                .then(|| scores.take())
                .flatten()
                .map(|list| view! { <ul class="score-list">{list}</ul> });
            view! {
                <section class="report-part kit-phase">
                    <h3>{t(lang, phase_label(phase))} " · " {tf(lang, Key::DayMinutes, &[("n", &minutes)])}</h3>
                    <ul class="kit-points">{points}</ul>
                    {scores}
                    <div class="kit-write" aria-hidden="true"></div>
                </section>
            }
        })
        .collect_view();
    let competencies = competencies
        .into_iter()
        .map(|c| competency(c, lang))
        .collect_view();
    view! {
        <h2 class="report-heading">{t(lang, Key::KitTitle)}</h2>
        <p class="muted">{t(lang, Key::KitIntro)}</p>
        <dl class="facts report-facts">{facts}</dl>
        <h2>{t(lang, Key::KitAgenda)}</h2>
        {agenda}
        {competencies}
    }
    .into_any()
}

/// What to say or do in a phase; `true` marks the points to tick off.
fn talking_points(phase: Phase, lang: Lang, total: &str) -> Vec<(bool, String)> {
    let say = |key: Key| (false, t(lang, key).to_owned());
    let tick = |key: Key| (true, t(lang, key).to_owned());
    match phase {
        Phase::WarmUp => vec![say(Key::WarmUpGuide)],
        Phase::Clarity => vec![
            say(Key::ClarityGuide),
            tick(Key::ClarityRoles),
            tick(Key::ClarityPurpose),
            (true, tf(lang, Key::ClarityAgenda, &[("minutes", total)])),
        ],
        Phase::Assessment => vec![
            say(Key::ReportPartGuide),
            say(Key::ScoresPartGuide),
            tick(Key::ExplainBasis),
            tick(Key::ExplainLowNotBad),
            tick(Key::ExplainInterpret),
        ],
        Phase::Competencies => vec![say(Key::CompetencyGuide)],
        Phase::Closing => vec![
            say(Key::ClosingGuide),
            tick(Key::ClosingPosition),
            tick(Key::ClosingOrganisation),
            tick(Key::NextStepsExplained),
        ],
    }
}

fn competency(c: KitCompetency, lang: Lang) -> impl IntoView {
    let example = format!(
        "{}  {BOX}{}  {BOX}{}  {BOX}{}",
        t(lang, Key::ExampleGiven),
        t(lang, Key::ExampleYes),
        t(lang, Key::ExamplePartly),
        t(lang, Key::ExampleNone)
    );
    let questions = c
        .questions
        .iter()
        .map(|q| {
            view! {
                <li>
                    <p class="report-question">{q.text.get(lang).to_owned()}</p>
                    {probe_list(&q.probes, lang)}
                    <p>{example.clone()}</p>
                    <div class="kit-write" aria-hidden="true"></div>
                </li>
            }
        })
        .collect_view();
    let anchors = c
        .anchors
        .iter()
        .enumerate()
        .map(|(i, a)| {
            let level = tf(lang, Key::RatingLevel, &[("level", &(i + 1).to_string())]);
            view! { <li>{BOX}<strong>{level}</strong> " — " {a.get(lang).to_owned()}</li> }
        })
        .collect_view();
    view! {
        <section class="report-part kit-competency">
            <h3>{c.name.get(lang).to_owned()}</h3>
            <p>{tf(lang, Key::ReportStandard, &[("standard", &c.standard.to_string())])}</p>
            <p><strong>{t(lang, Key::YourFocus)} ": "</strong>{t(lang, focus_text(c.focus))}</p>
            <ol class="report-questions">{questions}</ol>
            <p class="report-label">{t(lang, Key::KitRate)}</p>
            <p class="muted">{t(lang, Key::RateObserved)}</p>
            <ul class="kit-anchors">{anchors}<li>{BOX}{t(lang, Key::RateNoExample)}</li></ul>
            <p class="report-label">{t(lang, Key::ReportEvidence)}</p>
            <div class="kit-write" aria-hidden="true"></div>
        </section>
    }
}
