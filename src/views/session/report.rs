//! The report (M27): for reading and printing, in a language of its own choosing. Every text is
//! printed whole (paragraphs, never form fields), with the chart of aptitude beside behaviour.

use leptos::prelude::*;

use super::discussion::recognition_label;
use super::gaps::{departure_text, threshold_deviation_text};
use super::prepare::band_label;
use super::report_chart::ReportChart;
use crate::components::badges::versus_class;
use crate::domain::assessment::Release;
use crate::domain::decision::DecidedBy;
use crate::domain::interview::Example;
use crate::domain::interview::Recognition;
use crate::domain::report::{sections, AskedQuestion, Section};
use crate::domain::{Lang, Session, Status};
use crate::i18n::{
    flag_label, long_date, reading_label, recommendation_label, scale_label, score_text, t, tf,
    versus_label, Key,
};
use crate::route::{Route, SessionPage};
use crate::state::use_app;

#[component]
pub fn ReportPage() -> impl IntoView {
    let app = use_app();
    let lang = RwSignal::new(app.lang.get_untracked());
    let body = move || {
        let lang = lang.get();
        app.session
            .with(|s| s.as_ref().map(|s| report(s, lang)))
            .unwrap_or_else(|| ().into_any())
    };
    let id = move || {
        app.session
            .with(|s| s.as_ref().map(|s| s.id.clone()).unwrap_or_default())
    };
    let choice = move |l: Lang, key: Key| {
        view! {
            <button
                type="button"
                class:selected=move || lang.get() == l
                aria-pressed=move || (lang.get() == l).to_string()
                on:click=move |_| lang.set(l)
            >
                {move || t(app.lang.get(), key)}
            </button>
        }
    };
    view! {
        <div class="toolbar report-tools">
            <a href=move || Route::Session(id(), SessionPage::Evaluation).href()>{move || t(app.lang.get(), Key::ReportBack)}</a>
            <div class="report-lang" role="group" aria-labelledby="report-lang-label">
                <span id="report-lang-label" class="label">{move || t(app.lang.get(), Key::ReportLanguage)}</span>
                <span class="lang-switch">
                    {choice(Lang::Nl, Key::LangNl)}
                    {choice(Lang::En, Key::LangEn)}
                </span>
            </div>
            <button type="button" class="primary" on:click=move |_| { let _ = window().print(); }>
                {move || t(app.lang.get(), Key::PrintReport)}
            </button>
        </div>
        <article class="report-document" lang=move || lang.get().code()>{body}</article>
    }
}

/// Who and when, as the report and the kit both open with them.
pub(super) fn interview_facts(session: &Session, lang: Lang) -> Vec<(Key, String)> {
    let date = match session.scheduled_at.split_once('T') {
        Some((day, time)) => format!("{} {time}", long_date(lang, day)),
        None => t(lang, Key::NotScheduled).to_owned(),
    };
    vec![
        (Key::ColCandidate, session.candidate.clone()),
        (Key::ColPosition, session.lens.name.clone()),
        (Key::Interviewer, session.interviewer.clone()),
        (Key::ReportInterviewDate, date),
    ]
}

pub(super) fn facts_view(facts: Vec<(Key, String)>, lang: Lang) -> impl IntoView {
    facts
        .into_iter()
        .map(|(key, value)| view! { <dt>{t(lang, key)}</dt><dd><bdi>{value}</bdi></dd> })
        .collect_view()
}

/// The report of `session` in `lang`.
pub(crate) fn report(session: &Session, lang: Lang) -> AnyView {
    let sections = sections(session);
    let completed = match session.evaluation.completed_at.get(..10) {
        Some(day) if session.status == Status::Completed => long_date(lang, day),
        _ => t(lang, Key::ReportNotYet).to_owned(),
    };
    let draft = (session.status != Status::Completed)
        .then(|| view! { <p class="report report-warn">{t(lang, Key::ReportDraft)}</p> });
    let mut facts = interview_facts(session, lang);
    facts.push((Key::ReportCompletedOn, completed));
    let facts = facts_view(facts, lang);
    let parts = sections
        .iter()
        .cloned()
        .map(|s| competency(s, lang))
        .collect_view();
    let deviations = deviations(session, lang);
    let verdict = verdict(session, lang);
    let panel = super::report_panel::panel_section(session, lang);
    view! {
        <h2 class="report-heading">{t(lang, Key::ReportTitle)}</h2>
        {draft}
        <dl class="facts report-facts">{facts}</dl>
        {assessment(session, lang)}
        <ReportChart sections=sections thresholds=session.thresholds() lang/>
        {parts}
        <section class="report-part">
            <h3>{t(lang, Key::DeviationsTitle)}</h3>
            {deviations}
        </section>
        {panel}
        {verdict}
    }
    .into_any()
}

/// The outcome: the panel's where a panel decides (with the lead's own beside it), else the
/// interviewer's; how it departs from the standard, and the reason a rejected candidate hears.
fn verdict(session: &Session, lang: Lang) -> impl IntoView {
    let outcome = session.outcome();
    let by_panel = outcome.by == DecidedBy::Panel;
    let recommendation = match outcome.recommendation {
        Some(r) => t(lang, recommendation_label(r)),
        None if by_panel => t(lang, Key::PanelUndecided),
        None => t(lang, Key::ReportNoRecommendation),
    };
    let title = if by_panel {
        Key::PanelVerdictTitle
    } else {
        Key::RecommendationTitle
    };
    let departure = outcome.departure.map(|(d, reason)| {
        view! {
            <p class="report-label">{t(lang, Key::ReportDeparture)}</p>
            <p>{departure_text(lang, session, &d)}</p>
            <p class="report-text">{reason}</p>
        }
    });
    // The reason a rejected candidate hears, as recorded, so every answer gives the same one.
    let reason = outcome.rejection_reason;
    let rejection = (!reason.trim().is_empty()).then(|| {
        view! {
            <p class="report-label">{t(lang, Key::RejectionReason)}</p>
            <p class="report-text">{reason}</p>
        }
    });
    // In a panel the lead's own recommendation is part of the record, never the outcome.
    let own = by_panel.then(|| {
        let own = session.evaluation.recommendation.map_or_else(
            || t(lang, Key::ReportNoRecommendation),
            |r| t(lang, recommendation_label(r)),
        );
        view! {
            <p class="report-label">{t(lang, Key::ReportLeadOwn)}</p>
            <p>{own}</p>
            <p class="report-text">{session.evaluation.substantiation.clone()}</p>
        }
    });
    view! {
        <section class="report-part report-verdict">
            <h3>{t(lang, title)}</h3>
            <p class="report-recommendation">{recommendation}</p>
            <p class="report-label">{t(lang, Key::ReportSubstantiation)}</p>
            <p class="report-text">{outcome.substantiation}</p>
            {departure}
            {rejection}
            {own}
        </section>
    }
}

fn competency(section: Section, lang: Lang) -> impl IntoView {
    let r = &section.result;
    let score = match (r.score, r.band) {
        (Some(score), Some(band)) => {
            let band = t(lang, band_label(Some(band)).0);
            tf(
                lang,
                Key::ReportScore,
                &[("score", &score_text(lang, score)), ("band", band)],
            )
        }
        _ => t(lang, Key::ReportNoScore).to_owned(),
    };
    let rating = match (r.level, &section.anchor) {
        (Some(level), Some(anchor)) => view! {
            <p>
                <strong>{tf(lang, Key::ReportRating, &[("level", &level.to_string())])}</strong>
                " — " {anchor.get(lang).to_owned()}
            </p>
        }
        .into_any(),
        _ if r.no_example => {
            view! { <p><strong>{t(lang, Key::ReportNoExample)}</strong></p> }.into_any()
        }
        // "Not rated" is already said beside the standard.
        _ => ().into_any(),
    };
    let reading = r.reading.map(reading_label).map(|(name, help)| {
        view! { <p><strong>{t(lang, name)}</strong> " " <span class="reading-help">{t(lang, help)}</span></p> }
    });
    let flag = r
        .flag
        .map(|f| view! { <p class="flag">"⚑ " {t(lang, flag_label(f))}</p> });
    let unrated = section.unrated_reason.clone().map(|reason| {
        view! { <p class="report-text">{tf(lang, Key::ReportUnratedReason, &[("reason", &reason)])}</p> }
    });
    let evidence = if section.evidence.trim().is_empty() {
        view! { <p class="muted">{t(lang, Key::ReportNoEvidence)}</p> }.into_any()
    } else {
        view! { <p class="report-text">{section.evidence.clone()}</p> }.into_any()
    };
    let questions = section
        .questions
        .iter()
        .map(|q| question(q, lang))
        .collect_view();
    view! {
        <section class="report-part report-competency">
            <h3>{section.name.get(lang).to_owned()}</h3>
            <p>
                {score} " · " {tf(lang, Key::ReportStandard, &[("standard", &r.standard.to_string())])} " · "
                <span class=versus_class(r.versus)>{t(lang, versus_label(r.versus))}</span>
            </p>
            {rating}
            {reading}
            {flag}
            {unrated}
            <p class="report-label">{t(lang, Key::ReportEvidence)}</p>
            {evidence}
            <p class="report-label">{t(lang, Key::ReportQuestions)}</p>
            <ol class="report-questions">{questions}</ol>
        </section>
    }
}

fn question(q: &AskedQuestion, lang: Lang) -> impl IntoView {
    let example = match q.example {
        Some(Example::Yes) => t(lang, Key::ExampleYes),
        Some(Example::Partly) => t(lang, Key::ExamplePartly),
        Some(Example::None) => t(lang, Key::ExampleNone),
        None => t(lang, Key::ReportUnmarked),
    };
    let star = [Key::Situation, Key::Task, Key::Action, Key::ResultField]
        .into_iter()
        .zip(q.star.iter())
        .filter(|(_, text)| !text.trim().is_empty())
        .map(|(key, text)| view! { <dt>{t(lang, key)}</dt><dd class="report-text">{text.clone()}</dd> })
        .collect_view();
    let notes = if q.notes.trim().is_empty() && q.star.iter().all(|s| s.trim().is_empty()) {
        view! { <p class="muted">{t(lang, Key::ReportNoNotes)}</p> }.into_any()
    } else {
        view! { <p class="report-text">{q.notes.clone()}</p> }.into_any()
    };
    view! {
        <li>
            <p class="report-question">{q.text.get(lang).to_owned()}</p>
            <p>{tf(lang, Key::ReportExample, &[("answer", example)])}</p>
            {notes}
            <dl class="facts">{star}</dl>
        </li>
    }
}

fn deviations(session: &Session, lang: Lang) -> AnyView {
    let list = session.deviations();
    let thresholds = session.threshold_deviation().map(|(own, reason)| {
        let text = threshold_deviation_text(lang, session.lens.thresholds, own, reason);
        view! { <li>{text}</li> }
    });
    if list.is_empty() && thresholds.is_none() {
        return view! { <p>{t(lang, Key::DeviationsNone)}</p> }.into_any();
    }
    let items = list
        .into_iter()
        .map(|d| {
            let item = session.lens.competency(&d.competency);
            let name = item
                .map(|i| i.competency.name.get(lang).to_owned())
                .unwrap_or_default();
            let question = item
                .and_then(|i| i.competency.question(&d.question))
                .map(|q| q.text.get(lang).to_owned())
                .unwrap_or_default();
            let what = match &d.skipped {
                Some(reason) => tf(lang, Key::DeviationSkipped, &[("reason", reason)]),
                None => t(lang, Key::DeviationAdded).to_owned(),
            };
            view! { <li><strong>{name}</strong> ": " {question} " — " {what}</li> }
        })
        .collect_view();
    view! { <ul>{thresholds}{items}</ul> }.into_any()
}

/// Where the scores come from, and the assessment discussion as it went (M5, M15–M16).
fn assessment(session: &Session, lang: Lang) -> impl IntoView {
    let a = &session.assessment;
    let i = &session.interview;
    let unknown = || t(lang, Key::ReportNotRecorded).to_owned();
    let or_unknown = |v: &str| {
        if v.trim().is_empty() {
            unknown()
        } else {
            v.to_owned()
        }
    };
    let taken_on = if a.taken_on.is_empty() {
        unknown()
    } else {
        long_date(lang, &a.taken_on)
    };
    let text_part = |key: Key, value: &str| {
        (!value.trim().is_empty()).then(|| {
            view! {
                <p class="report-label">{t(lang, key)}</p>
                <p class="report-text">{value.to_owned()}</p>
            }
        })
    };
    let release = {
        let state = t(
            lang,
            match a.release {
                Release::NotRecorded => Key::ReleaseNotRecorded,
                Release::Cleared => Key::ReleaseCleared,
                Release::Blocked => Key::ReleaseBlocked,
            },
        );
        if a.release_on.is_empty() {
            state.to_owned()
        } else {
            format!("{state} ({})", long_date(lang, &a.release_on))
        }
    };
    let valid_until = if a.valid_until.is_empty() {
        unknown()
    } else {
        long_date(lang, &a.valid_until)
    };
    let guide = (i.recognition == Some(Recognition::No))
        .then(|| view! { <p class="report-text">{t(lang, Key::RecognitionNoGuide)}</p> });
    view! {
        <section class="report-part report-assessment">
            <h3>{t(lang, Key::ReportAssessment)}</h3>
            <dl class="facts">
                <dt>{t(lang, Key::RecordInstrument)}</dt><dd><bdi>{or_unknown(&a.instrument)}</bdi></dd>
                <dt>{t(lang, Key::RecordTakenOn)}</dt><dd>{taken_on}</dd>
                <dt>{t(lang, Key::ReportRelease)}</dt><dd>{release}</dd>
                <dt>{t(lang, Key::ValidUntil)}</dt><dd>{valid_until}</dd>
                <dt>{t(lang, Key::RecordNormGroup)}</dt><dd><bdi>{or_unknown(&a.norm_group)}</bdi></dd>
                <dt>{t(lang, Key::RecordScale)}</dt><dd>{t(lang, scale_label(a.scale))}</dd>
                <dt>{t(lang, Key::RecognisedShort)}</dt><dd>{t(lang, recognition_label(i.recognition))}</dd>
            </dl>
            {guide}
            {text_part(Key::ReportLabel, &a.report)}
            {text_part(Key::RecognitionExamples, &i.recognition_examples)}
            {text_part(Key::DiscussionNotes, &i.discussion_notes)}
            {text_part(Key::OtherLabel, &a.other)}
        </section>
    }
}
