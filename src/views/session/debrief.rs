//! The panel's debrief (M26–M28), once the lead's own evaluation is complete: every
//! interviewer's view per competency side by side, the mechanical combination before the
//! consensus, how far the panel agrees, and the consensus and panel recommendation the lead
//! records, each with its reasons.

use leptos::prelude::*;

use super::consensus::{ConsensusForm, PanelVerdict, Verdict};
use crate::domain::agreement::{Agreement, Band, NoIcc};
use crate::domain::debrief::{debrief, Topic, View};
use crate::domain::interview::Example;
use crate::i18n::{decimal, icc, recommendation_label, tf, Key};
use crate::route::Route;
use crate::state::{text, use_app};

/// Every interviewer's view per competency, side by side, with what needs talking about.
#[component]
pub fn Debrief() -> impl IntoView {
    let app = use_app();
    let found = Memo::new(move |_| app.with_session(debrief).flatten());
    // Each part is rebuilt only when it changed, so recording one competency's consensus keeps
    // what is being typed in another's.
    let topics = Memo::new(move |_| {
        found.with(|d| d.as_ref().map(|d| d.topics.clone()).unwrap_or_default())
    });
    let advice = Memo::new(move |_| {
        found.with(|d| d.as_ref().map(|d| d.advice.clone()).unwrap_or_default())
    });
    let agreement = Memo::new(move |_| found.with(|d| d.as_ref().map(|d| d.agreement)));
    let verdict = Memo::new(move |_| {
        found.with(|d| {
            d.as_ref().map(|d| Verdict {
                current: d.recommendation,
                substantiation: d.substantiation.clone(),
                departure: d.departure.clone(),
                majority: d.majority,
            })
        })
    });
    let advice_list = move || {
        advice
            .get()
            .into_iter()
            .map(|a| {
                let who = who(a.interviewer, a.lead);
                let observer = a.observer.then(
                    || view! { " " <span class="observer-mark">{text(Key::ObserverMark)}</span> },
                );
                view! {
                    <li class:observer=a.observer>
                        <strong><bdi>{who}</bdi>": "</strong>
                        {move || a.recommendation.map_or("–", |r| app.tr(recommendation_label(r)))}
                        {observer}
                        <p class="evidence"><bdi>{a.substantiation.clone()}</bdi></p>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <Show when=move || found.with(Option::is_some)>
            <section class="card debrief">
                <h2>{text(Key::DebriefTitle)}</h2>
                <p class="muted">{text(Key::DebriefIntro)}</p>
                {move || agreement.get().map(|a| view! { <AgreementView agreement=a/> })}
                <p class="muted">{text(Key::CombinedWhy)}</p>
                <For each=move || topics.get() key=|t| t.clone() let:topic>
                    <TopicView topic/>
                </For>
                <h3>{text(Key::DebriefAdvice)}</h3>
                <ul class="plain advice">{advice_list}</ul>
                {move || verdict.get().map(|verdict| view! { <PanelVerdict verdict/> })}
                <div class="actions">
                    <button type="button" on:click=move |_| app.export_debrief()>{text(Key::DebriefExport)}</button>
                    <button type="button" on:click=move |_| { let _ = window().print(); }>{text(Key::DebriefPrint)}</button>
                    <a class="button" href=Route::Calibration.href()>{text(Key::CalibrationLink)}</a>
                </div>
            </section>
        </Show>
    }
}

fn who(name: String, lead: bool) -> impl Fn() -> String {
    let app = use_app();
    move || {
        if lead {
            tf(app.lang.get(), Key::DebriefYou, &[("name", &name)])
        } else {
            name.clone()
        }
    }
}

/// The panel's agreement: the share within one level, and the ICC or why there is none.
#[component]
fn AgreementView(agreement: Agreement) -> impl IntoView {
    let app = use_app();
    let within = move || {
        let lang = app.lang.get();
        if agreement.compared == 0 {
            return app.tr(Key::AgreementNothing).to_owned();
        }
        tf(
            lang,
            Key::AgreementWithin,
            &[
                ("within", &agreement.within_one.to_string()),
                ("compared", &agreement.compared.to_string()),
            ],
        )
    };
    let icc_line = move || {
        let lang = app.lang.get();
        match agreement.icc {
            Ok(found) => {
                let band = match found.band {
                    Band::Poor => Key::BandPoor,
                    Band::Moderate => Key::BandModerate,
                    Band::Good => Key::BandGood,
                    Band::Excellent => Key::BandExcellent,
                };
                tf(
                    lang,
                    Key::AgreementIcc,
                    &[
                        ("icc", &icc(lang, found.hundredths)),
                        ("band", app.tr(band)),
                        ("interviewers", &found.interviewers.to_string()),
                        ("competencies", &found.competencies.to_string()),
                    ],
                )
            }
            Err(NoIcc::OneInterviewer) => app.tr(Key::IccOneInterviewer).to_owned(),
            Err(NoIcc::TooFewCompetencies { found }) => {
                tf(lang, Key::IccTooFew, &[("found", &found.to_string())])
            }
            Err(NoIcc::NoVariation) => app.tr(Key::IccNoVariation).to_owned(),
        }
    };
    view! {
        <div class="agreement">
            <h3>{text(Key::AgreementTitle)}</h3>
            <p class="agreement-within">{within}</p>
            <p class="agreement-icc"><strong>{icc_line}</strong></p>
            <p class="muted">{text(Key::AgreementBands)}</p>
        </div>
    }
}

#[component]
fn TopicView(topic: Topic) -> impl IntoView {
    let app = use_app();
    let lang = move || app.lang.get();
    let name = topic.name.clone();
    let flags = {
        let spread = topic.spread;
        let disagreement = topic.disagreement;
        let bare = topic.without_evidence();
        let coverage = match topic.covered() {
            0 => Some(Key::FlagRatedByNone),
            1 => Some(Key::FlagRatedOnce),
            _ => None,
        };
        view! {
            {spread.map(|n| view! { <span class="spread">{move || tf(lang(), Key::DebriefSpread, &[("n", &n.to_string())])}</span> })}
            {disagreement.then(|| view! { <span class="cell-flag">{move || tf(lang(), Key::DebriefDisagree, &[("n", &spread.unwrap_or(0).to_string())])}</span> })}
            {bare.then(|| view! { <span class="cell-flag">{text(Key::DebriefNoEvidence)}</span> })}
            {coverage.map(|key| view! { <span class="cell-flag coverage-flag">{text(key)}</span> })}
        }
    };
    let standard = topic.standard;
    let combined = topic.combined;
    let combined_line = move || {
        let lang = lang();
        match combined {
            Some(c) => tf(
                lang,
                Key::Combined,
                &[
                    ("count", &c.count.to_string()),
                    ("median", &decimal(lang, &c.median.show())),
                    ("mean", &decimal(lang, &c.mean())),
                ],
            ),
            None => app.tr(Key::CombinedNone).to_owned(),
        }
    };
    let rows = topic
        .views
        .into_iter()
        .map(|v| view! { <ViewRow view=v/> })
        .collect_view();
    view! {
        <div class="debrief-topic">
            <h3>{move || name.get(lang()).to_owned()}</h3>
            <p class="muted">{move || tf(lang(), Key::RateStandard, &[("level", &standard.to_string())])}</p>
            <p class="debrief-flags">{flags}</p>
            <ul class="plain views">{rows}</ul>
            <p class="combined"><strong>{combined_line}</strong></p>
            <ConsensusForm
                competency=topic.competency.clone()
                current=topic.consensus.clone()
                median=combined.map(|c| c.median)
            />
        </div>
    }
}

#[component]
fn ViewRow(view: View) -> impl IntoView {
    let app = use_app();
    let count = |e: Example| {
        view.examples
            .iter()
            .filter(|(_, x)| *x == Some(e))
            .count()
            .to_string()
    };
    let (yes, partly, none) = (
        count(Example::Yes),
        count(Example::Partly),
        count(Example::None),
    );
    let marked = view.examples.iter().any(|(_, e)| e.is_some());
    let examples = move || {
        let lang = app.lang.get();
        if !marked {
            return app.tr(Key::DebriefNoExamples).to_owned();
        }
        let counts = [("yes", &yes), ("partly", &partly), ("none", &none)];
        let args: Vec<(&str, &str)> = counts.iter().map(|(k, v)| (*k, v.as_str())).collect();
        tf(lang, Key::DebriefExamples, &args)
    };
    let level = view.level.map_or("–".to_owned(), |l| l.to_string());
    let who = who(view.interviewer.clone(), view.lead);
    let no_example = view.no_example;
    let said = if view.level.is_some() || no_example {
        view.evidence.clone()
    } else {
        view.unrated_reason.clone()
    };
    // "No example" is said in words: it is no level, and never the lowest one.
    let no_example = no_example
        .then(|| view! { <strong class="no-example">{text(Key::NoExampleShort)} " "</strong> });
    let marks = view! {
        {view.focus.then(|| view! { <span class="focus-mark">{text(Key::FocusMark)}</span> })}
        {view.observer.then(|| view! { <span class="observer-mark">{text(Key::ObserverMark)}</span> })}
    };
    view! {
        <li class="debrief-view" class:observer=view.observer>
            <span class="who"><bdi>{who}</bdi> {marks}</span>
            <span class="level-badge">{level}</span>
            <span class="evidence">{no_example}<bdi>{said}</bdi></span>
            <span class="muted examples">{examples}</span>
        </li>
    }
}
