//! The panel's debrief (M26–M28), once the lead's own evaluation is complete: every
//! interviewer's view per competency side by side, the mechanical combination before the
//! consensus, how far the panel agrees, and the consensus and panel recommendation the lead
//! records, each with its reasons.

use leptos::prelude::*;

use super::consensus::{ConsensusForm, PanelVerdict, Verdict};
use crate::domain::agreement::Agreement;
use crate::domain::debrief::{debrief, Change, NotCounted, Topic, View};
use crate::domain::interview::Example;
use crate::domain::{Lang, Session};
use crate::i18n::{decimal, isolate, long_date, recommendation_label, t, tf, Key};
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
                decision: d.decision.clone(),
                majority: d.majority,
            })
        })
    });
    let reopened = Memo::new(move |_| {
        found.with(|d| {
            d.as_ref()
                .map(|d| (d.reopened.clone(), d.changes.clone()))
                .unwrap_or_default()
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
                // The lead's recommendation changed after the reveal: the earlier one counts.
                let counted = (a.lead && a.counted != a.recommendation).then(|| {
                    let before = a.counted;
                    view! {
                        " " <span class="not-counted">
                            {move || tf(app.lang.get(), Key::AdviceCounted, &[("recommendation", before.map_or("–", |r| app.tr(recommendation_label(r))))])}
                        </span>
                    }
                });
                view! {
                    <li class:observer=a.observer>
                        <strong><bdi>{who}</bdi>": "</strong>
                        {move || a.recommendation.map_or("–", |r| app.tr(recommendation_label(r)))}
                        {observer}
                        {counted}
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
                {move || {
                    let (when, changes) = reopened.get();
                    (!when.is_empty()).then(|| view! { <Reopened when changes/> })
                }}
                {move || agreement.get().map(|a| view! { <AgreementView agreement=a/> })}
                <super::uninvited::Uninvited/>
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

/// The panel's agreement for this candidate: per competency its spread and pairs within one
/// level (below), and here how many competencies lie within one level; the ICC is the
/// position's, across its candidates.
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
    let position = move || {
        let lens = app.with_session(|s| s.lens.id.clone()).unwrap_or_default();
        Route::Position(lens).href()
    };
    view! {
        <div class="agreement">
            <h3>{text(Key::AgreementTitle)}</h3>
            <p class="agreement-within">{within}</p>
            <p class="muted">{text(Key::AgreementNoIccHere)} " " <a href=position>{text(Key::AgreementPositionLink)}</a></p>
        </div>
    }
}

/// The lead reopened the own evaluation after the reveal: when, and what changed since; the
/// levels from before the reveal keep counting.
#[component]
fn Reopened(when: Vec<String>, changes: Vec<Change>) -> impl IntoView {
    let app = use_app();
    let line = move || {
        let lang = app.lang.get();
        let dates: Vec<String> = when.iter().map(|at| moment(lang, at)).collect();
        tf(
            lang,
            Key::ReopenedAfterReveal,
            &[("when", &dates.join(", "))],
        )
    };
    let changed = move || {
        let lang = app.lang.get();
        if changes.is_empty() {
            return app.tr(Key::ReopenedNothingChanged).to_owned();
        }
        let parts: Vec<String> = changes
            .iter()
            .map(|c| {
                app.with_session(|s| change_text(lang, s, c))
                    .unwrap_or_default()
            })
            .collect();
        tf(
            lang,
            Key::ReopenedChanges,
            &[("changes", &parts.join("; "))],
        )
    };
    view! {
        <div class="report report-warn reopened">
            <p><strong>{line}</strong></p>
            <p>{changed}</p>
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
        let range = topic.range;
        let pairs = topic.pairs;
        let disagreement = topic.disagreement;
        let coverage = match topic.covered() {
            0 => Some(Key::FlagRatedByNone),
            1 => Some(Key::FlagRatedOnce),
            _ => None,
        };
        view! {
            {range.map(|(low, high)| view! {
                <span class="spread">
                    {move || tf(lang(), Key::DebriefRange, &[
                        ("low", &low.to_string()),
                        ("high", &high.to_string()),
                        ("within", &pairs.within_one.to_string()),
                        ("pairs", &pairs.total.to_string()),
                    ])}
                </span>
            })}
            {disagreement.then(|| view! { <span class="cell-flag">{move || tf(lang(), Key::DebriefDisagree, &[("n", &spread.unwrap_or(0).to_string())])}</span> })}
            {coverage.map(|key| view! { <span class="cell-flag coverage-flag">{text(key)}</span> })}
        }
    };
    // Whose level is shown but left out of the median, and why.
    let not_counted: Vec<(String, NotCounted)> = topic
        .not_counted()
        .into_iter()
        .map(|(name, why)| (name.to_owned(), why))
        .collect();
    let not_counted = (!not_counted.is_empty()).then(|| {
        let lead = topic.views.first().map(|v| v.interviewer.clone()).unwrap_or_default();
        view! {
            <p class="not-counted">
                <strong>{text(Key::NotCountedTitle)}</strong>
                " "
                {move || {
                    let lang = lang();
                    not_counted
                        .iter()
                        .map(|(name, why)| {
                            let name = if *name == lead { tf(lang, Key::DebriefYou, &[("name", name)]) } else { isolate(name) };
                            match why {
                                NotCounted::NoEvidence => tf(lang, Key::NotCountedNoEvidence, &[("name", &name)]),
                                NotCounted::ChangedAfterReveal { counted } => tf(
                                    lang,
                                    Key::NotCountedChanged,
                                    &[("name", &name), ("level", &counted.map_or("–".to_owned(), |l| l.to_string()))],
                                ),
                            }
                        })
                        .collect::<Vec<_>>()
                        .join("; ")
                }}
            </p>
        }
    });
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
            {not_counted}
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
    let counts = view.observer || view.level.is_none() || view.counted == view.level;
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
            <span class="level-badge" class:not-counted=!counts>{level}</span>
            <span class="evidence">{no_example}<bdi>{said}</bdi></span>
            <span class="muted examples">{examples}</span>
        </li>
    }
}

/// A moment (ISO 8601) as people read it: the long date and the time.
fn moment(lang: Lang, at: &str) -> String {
    let day = at.get(..10).unwrap_or(at);
    match at.get(11..16) {
        Some(time) => format!("{} {time}", long_date(lang, day)),
        None => long_date(lang, day),
    }
}

/// One change since the reveal: "Planning 3 → 4", "recommendation Yes → No".
pub(super) fn change_text(lang: Lang, session: &Session, change: &Change) -> String {
    let level = |l: &Option<u8>| l.map_or("–".to_owned(), |l| l.to_string());
    match change {
        Change::Level {
            competency,
            before,
            after,
        } => {
            let name = session
                .lens
                .competency(competency)
                .map(|c| c.competency.name.get(lang).to_owned())
                .unwrap_or_default();
            format!("{} {} → {}", isolate(&name), level(before), level(after))
        }
        Change::Recommendation { before, after } => {
            let word = |r: &Option<_>| r.map_or("–", |r| t(lang, recommendation_label(r)));
            tf(
                lang,
                Key::ChangedRecommendation,
                &[("before", word(before)), ("after", word(after))],
            )
        }
    }
}
