//! What the lead records in the debrief: the panel's level per competency (a departure from
//! the median says why) and the panel's recommendation (a departure from the majority says why).

use leptos::prelude::*;

use crate::clock::now_iso;
use crate::components::fields::Choices;
use crate::domain::agreement::Half;
use crate::domain::decision::PanelDecision;
use crate::domain::evaluation::Recommendation;
use crate::domain::lens::{LEVEL_MAX, LEVEL_MIN};
use crate::domain::panel::{Consensus, PanelRefusal};
use crate::domain::session_action::Refusal;
use crate::domain::SessionAction;
use crate::i18n::{self, decimal, recommendation_label, tf, Key};
use crate::state::{text, use_app};

/// The level the panel agrees on for one competency, with its rationale. It starts empty: the
/// median above it is the mechanical answer, the consensus a recorded choice.
#[component]
pub fn ConsensusForm(
    competency: String,
    current: Option<Consensus>,
    median: Option<Half>,
) -> impl IntoView {
    let app = use_app();
    let level = RwSignal::new(current.as_ref().map(|c| c.level));
    let rationale = RwSignal::new(
        current
            .as_ref()
            .map(|c| c.rationale.clone())
            .unwrap_or_default(),
    );
    let departure = RwSignal::new(
        current
            .as_ref()
            .map(|c| c.departure.clone())
            .unwrap_or_default(),
    );
    let departs = move || matches!((level.get(), median), (Some(l), Some(m)) if m.departs(l));
    let problem = RwSignal::new(None::<String>);
    let name = format!("consensus-{competency}");
    let label_id = format!("{name}-why");
    let departure_id = format!("{name}-departure");
    let record = {
        let competency = competency.clone();
        move |_| {
            let lang = app.lang.get_untracked();
            let result = match level.get_untracked() {
                None => Err(Refusal::Panel(PanelRefusal::LevelOutOfRange)),
                Some(level) => app.act(SessionAction::SetConsensus {
                    competency: competency.clone(),
                    consensus: Some(Consensus {
                        level,
                        rationale: rationale.get_untracked(),
                        departure: departure.get_untracked(),
                    }),
                }),
            };
            problem.set(result.err().map(|r| refusal_text(lang, &r)));
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
    let median_text = move || {
        let lang = app.lang.get();
        median.map_or(String::new(), |m| decimal(lang, &m.show()))
    };
    let recorded = current.map(|c| {
        let departed = (!c.departure.is_empty()).then(|| {
            view! {
                <p class="consensus-departure">
                    <strong>{move || tf(app.lang.get(), Key::ConsensusDeparted, &[("median", &median_text())])}</strong>
                    " " <bdi>{c.departure.clone()}</bdi>
                </p>
            }
        });
        view! {
            <p class="consensus-recorded">
                <strong>{move || tf(app.lang.get(), Key::DebriefRecorded, &[("level", &c.level.to_string())])}</strong>
                " " <bdi>{c.rationale.clone()}</bdi>
            </p>
            {departed}
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
            <Show when=departs>
                <label class="field" for=departure_id.clone()>
                    <span class="label">
                        {move || tf(app.lang.get(), Key::ConsensusDeparture, &[("median", &median_text())])}
                    </span>
                </label>
                <textarea
                    id=departure_id.clone()
                    class="departure-why"
                    rows="2"
                    prop:value=move || departure.get()
                    on:input=move |ev| departure.set(event_target_value(&ev))
                ></textarea>
            </Show>
            <div class="actions">
                <button type="button" on:click=record>{text(Key::DebriefRecord)}</button>
            </div>
            <p class="field-error" role="alert" class:hidden=move || problem.with(Option::is_none)>
                {move || problem.get().unwrap_or_default()}
            </p>
        </div>
    }
}

/// A refusal of a panel action in words.
fn refusal_text(lang: crate::domain::Lang, refusal: &Refusal) -> String {
    match refusal {
        Refusal::Panel(r) => i18n::panel_refusal(lang, r),
        _ => i18n::t(lang, Key::ActionRefused).to_owned(),
    }
}

/// What the panel's recommendation was recorded as, and what it is weighed against.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Verdict {
    pub decision: PanelDecision,
    /// The recommendation more than half of the independent interviewers gave.
    pub majority: Option<Recommendation>,
}

/// The panel's overall recommendation, with its substantiation; a departure from the majority
/// or from the standard says why, and a rejection the reason the candidate hears.
#[component]
pub fn PanelVerdict(verdict: Verdict) -> impl IntoView {
    let app = use_app();
    let Verdict { decision, majority } = verdict;
    let current = decision.recommendation;
    let choice = RwSignal::new(decision.recommendation);
    let why = RwSignal::new(decision.substantiation);
    let departure = RwSignal::new(decision.departure);
    let standard = RwSignal::new(decision.standard_departure);
    let rejection = RwSignal::new(decision.rejection_reason);
    let problem = RwSignal::new(None::<String>);
    let departs = move || matches!((choice.get(), majority), (Some(c), Some(m)) if c != m);
    let majority_label = move || {
        let lang = app.lang.get();
        majority.map_or(String::new(), |m| {
            i18n::t(lang, recommendation_label(m)).to_owned()
        })
    };
    // How the chosen recommendation stands against the standard, read on the consensus.
    let from_standard = move || {
        let lang = app.lang.get();
        let chosen = choice.get();
        app.with_session(|s| {
            s.panel_departure(chosen)
                .map(|d| super::gaps::departure_text(lang, s, &d))
        })
        .flatten()
    };
    let negative = move || choice.get().is_some_and(Recommendation::negative);
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
        let result = app.act(SessionAction::DecidePanel {
            decision: PanelDecision {
                recommendation: choice.get_untracked(),
                substantiation: why.get_untracked(),
                departure: departure.get_untracked(),
                standard_departure: standard.get_untracked(),
                rejection_reason: rejection.get_untracked(),
            },
            now_iso: now_iso(),
        });
        problem.set(result.err().map(|r| refusal_text(lang, &r)));
    };
    view! {
        <div class="panel-verdict">
            <h3>{text(Key::PanelVerdictTitle)}</h3>
            <p class="muted">{text(Key::PanelVerdictDecides)}</p>
            <p class="majority">
                {move || match majority {
                    Some(_) => tf(app.lang.get(), Key::Majority, &[("recommendation", &majority_label())]),
                    None => app.tr(Key::MajorityNone).to_owned(),
                }}
            </p>
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
            <Show when=departs>
                <label class="field">
                    <span class="label">
                        {move || tf(app.lang.get(), Key::MajorityDeparture, &[("recommendation", &majority_label())])}
                    </span>
                    <textarea
                        class="departure-why"
                        rows="3"
                        prop:value=move || departure.get()
                        on:input=move |ev| departure.set(event_target_value(&ev))
                    ></textarea>
                </label>
            </Show>
            {move || from_standard().map(|message| view! {
                <div class="report report-warn departure">
                    <p><strong>{message}</strong></p>
                    <label class="field">
                        <span class="label">{text(Key::DepartureReason)}</span>
                        <textarea
                            class="standard-why"
                            rows="3"
                            prop:value=move || standard.get()
                            on:input=move |ev| standard.set(event_target_value(&ev))
                        ></textarea>
                    </label>
                </div>
            })}
            <Show when=negative>
                <label class="field rejection-reason">
                    <span class="label">{text(Key::RejectionReason)}</span>
                    <textarea
                        rows="3"
                        prop:value=move || rejection.get()
                        on:input=move |ev| rejection.set(event_target_value(&ev))
                    ></textarea>
                    <span class="hint">{text(Key::RejectionReasonHint)}</span>
                </label>
            </Show>
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
