//! The panel's debrief (M26–M28), once the lead's own evaluation is complete: every
//! interviewer's view per competency side by side, what needs talking about, and the consensus
//! and panel recommendation the lead records, each with its reasons.

use leptos::prelude::*;

use crate::components::fields::Choices;
use crate::domain::debrief::{debrief, Topic, View};
use crate::domain::evaluation::Recommendation;
use crate::domain::interview::Example;
use crate::domain::lens::{LEVEL_MAX, LEVEL_MIN};
use crate::domain::panel::Consensus;
use crate::i18n::{self, recommendation_label, tf, Key};
use crate::state::{text, use_app};

/// Every interviewer's view per competency, side by side, with what needs talking about.
#[component]
pub fn Debrief() -> impl IntoView {
    let app = use_app();
    let found = Memo::new(move |_| app.session.with(|s| s.as_ref().and_then(debrief)));
    // Each part is rebuilt only when it changed, so recording one competency's consensus keeps
    // what is being typed in another's.
    let topics = Memo::new(move |_| {
        found.with(|d| d.as_ref().map(|d| d.topics.clone()).unwrap_or_default())
    });
    let advice = Memo::new(move |_| {
        found.with(|d| d.as_ref().map(|d| d.advice.clone()).unwrap_or_default())
    });
    let verdict = Memo::new(move |_| {
        found.with(|d| {
            d.as_ref()
                .map(|d| (d.recommendation, d.substantiation.clone()))
                .unwrap_or_default()
        })
    });
    let advice_list =
        move || {
            advice.get().into_iter().map(|a| {
            let who = who(a.interviewer, a.lead);
            view! {
                <li>
                    <strong><bdi>{who}</bdi>": "</strong>
                    {move || a.recommendation.map_or("–", |r| app.tr(recommendation_label(r)))}
                    <p class="evidence"><bdi>{a.substantiation.clone()}</bdi></p>
                </li>
            }
        }).collect_view()
        };
    view! {
        <Show when=move || found.with(Option::is_some)>
            <section class="card debrief">
                <h2>{text(Key::DebriefTitle)}</h2>
                <p class="muted">{text(Key::DebriefIntro)}</p>
                <For each=move || topics.get() key=|t| t.clone() let:topic>
                    <TopicView topic/>
                </For>
                <h3>{text(Key::DebriefAdvice)}</h3>
                <ul class="plain advice">{advice_list}</ul>
                {move || {
                    let (current, substantiation) = verdict.get();
                    view! { <PanelVerdict current substantiation/> }
                }}
                <div class="actions">
                    <button type="button" on:click=move |_| app.export_debrief()>{text(Key::DebriefExport)}</button>
                    <button type="button" on:click=move |_| { let _ = window().print(); }>{text(Key::DebriefPrint)}</button>
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

#[component]
fn TopicView(topic: Topic) -> impl IntoView {
    let app = use_app();
    let lang = move || app.lang.get();
    let name = topic.name.clone();
    let flags = {
        let spread = topic.spread;
        let disagreement = topic.disagreement;
        let bare = topic.without_evidence();
        view! {
            {spread.map(|n| view! { <span class="spread">{move || tf(lang(), Key::DebriefSpread, &[("n", &n.to_string())])}</span> })}
            {disagreement.then(|| view! { <span class="cell-flag">{move || tf(lang(), Key::DebriefDisagree, &[("n", &spread.unwrap_or(0).to_string())])}</span> })}
            {bare.then(|| view! { <span class="cell-flag">{text(Key::DebriefNoEvidence)}</span> })}
        }
    };
    let standard = topic.standard;
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
            <ConsensusForm competency=topic.competency.clone() current=topic.consensus.clone()/>
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
    view! {
        <li class="debrief-view">
            <span class="who"><bdi>{who}</bdi></span>
            <span class="level-badge">{level}</span>
            <span class="evidence">{no_example}<bdi>{said}</bdi></span>
            <span class="muted examples">{examples}</span>
        </li>
    }
}

/// The level the panel agrees on for one competency, with its rationale.
#[component]
fn ConsensusForm(competency: String, current: Option<Consensus>) -> impl IntoView {
    let app = use_app();
    let level = RwSignal::new(current.as_ref().map(|c| c.level));
    let rationale = RwSignal::new(
        current
            .as_ref()
            .map(|c| c.rationale.clone())
            .unwrap_or_default(),
    );
    let problem = RwSignal::new(None::<String>);
    let name = format!("consensus-{competency}");
    let label_id = format!("{name}-why");
    let record = {
        let competency = competency.clone();
        move |_| {
            let lang = app.lang.get_untracked();
            let result = match level.get_untracked() {
                None => Err(crate::domain::panel::PanelRefusal::LevelOutOfRange),
                Some(level) => app.set_consensus(
                    &competency,
                    Some(Consensus {
                        level,
                        rationale: rationale.get_untracked(),
                    }),
                ),
            };
            problem.set(result.err().map(|r| i18n::panel_refusal(lang, &r)));
        }
    };
    let levels = (LEVEL_MIN..=LEVEL_MAX)
        .map(|n| {
            let name = name.clone();
            view! {
                <label class="choice">
                    <input
                        type="radio"
                        name=name
                        prop:checked=move || level.get() == Some(n)
                        on:change=move |_| level.set(Some(n))
                    />
                    <span>{n}</span>
                </label>
            }
        })
        .collect_view();
    let recorded = current.map(|c| {
        view! {
            <p class="consensus-recorded">
                <strong>{move || tf(app.lang.get(), Key::DebriefRecorded, &[("level", &c.level.to_string())])}</strong>
                " " <bdi>{c.rationale.clone()}</bdi>
            </p>
        }
    });
    view! {
        <div class="consensus">
            {recorded}
            <fieldset class="choices">
                <legend>{text(Key::DebriefConsensus)}</legend>
                {levels}
            </fieldset>
            <label class="field" for=label_id.clone()>
                <span class="label">{text(Key::DebriefRationale)}</span>
            </label>
            <textarea
                id=label_id
                rows="2"
                prop:value=move || rationale.get()
                on:input=move |ev| rationale.set(event_target_value(&ev))
            ></textarea>
            <div class="actions">
                <button type="button" on:click=record>{text(Key::DebriefRecord)}</button>
            </div>
            <p class="field-error" role="alert" class:hidden=move || problem.with(Option::is_none)>
                {move || problem.get().unwrap_or_default()}
            </p>
        </div>
    }
}

/// The panel's overall recommendation, with its substantiation.
#[component]
fn PanelVerdict(current: Option<Recommendation>, substantiation: String) -> impl IntoView {
    let app = use_app();
    let choice = RwSignal::new(current);
    let why = RwSignal::new(substantiation);
    let problem = RwSignal::new(None::<String>);
    // Recording rebuilds the debrief from the session, so "recorded" comes from what is stored.
    let recorded = current.map(|r| {
        view! {
            <p class="done">
                "✓ " {move || tf(app.lang.get(), Key::PanelVerdictRecorded, &[("recommendation", app.tr(recommendation_label(r)))])}
            </p>
        }
    });
    let record = move |_| {
        let lang = app.lang.get_untracked();
        let result = app.set_panel_recommendation(choice.get_untracked(), why.get_untracked());
        problem.set(result.err().map(|r| i18n::panel_refusal(lang, &r)));
    };
    view! {
        <div class="panel-verdict">
            <h3>{text(Key::PanelVerdictTitle)}</h3>
            <Choices
                legend=Key::PanelVerdictTitle
                name="panel-recommendation".to_owned()
                options=Recommendation::ALL.into_iter().map(|r| (r, recommendation_label(r))).collect()
                selected=Signal::derive(move || choice.get())
                on_select=Callback::new(move |r| choice.set(Some(r)))
            />
            <label class="field">
                <span class="label">{text(Key::PanelVerdictWhy)}</span>
                <textarea rows="4" prop:value=move || why.get() on:input=move |ev| why.set(event_target_value(&ev))></textarea>
            </label>
            <div class="actions">
                <button type="button" class="primary" on:click=record>{text(Key::PanelVerdictRecord)}</button>
                {recorded}
            </div>
            <p class="field-error" role="alert" class:hidden=move || problem.with(Option::is_none)>
                {move || problem.get().unwrap_or_default()}
            </p>
        </div>
    }
}
