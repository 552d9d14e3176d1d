//! The position overview (M26–M28): every candidate of one position against its standard, in a
//! table of candidates by competency. The rules (columns, cells, order, filter) live in
//! `domain::overview`; there is deliberately no total and no order by score.

use leptos::prelude::*;

use crate::components::badges::{awaited, status_class, versus_class};
use crate::components::fields::Choices;
use crate::domain::agreement::NoIcc;
use crate::domain::decision::DecidedBy;
use crate::domain::interview::Recognition;
use crate::domain::overview::{overview, Cell, Order, Row, Source, Standing};
use crate::domain::position::panel_agreement;
use crate::domain::{Lang, Status};
use crate::i18n::{
    flag_label, isolate, reading_label, recommendation_label, status_label, tf, versus_label, Key,
};
use crate::route::{Route, SessionPage};
use crate::state::{text, use_app};

#[component]
pub fn PositionView(id: String) -> impl IntoView {
    let app = use_app();
    // Read once on opening: the overview is a view of what is stored at that moment.
    let sessions = StoredValue::new(app.position_sessions(&id));
    let current = app.find_lens(&id).map(|(_, lens)| lens);
    let only = RwSignal::new(None::<Status>);
    let order = RwSignal::new(Order::Name);
    let lens_id = id.clone();
    let table = Memo::new(move |_| {
        sessions.with_value(|s| overview(&lens_id, current.as_ref(), s, only.get(), order.get()))
    });
    let title = move || {
        let name = table.with(|t| t.name.clone());
        tf(app.lang.get(), Key::PositionTitle, &[("name", &name)])
    };
    let known = !sessions.with_value(Vec::is_empty);
    let status_options = |lang: Lang| {
        let mut options = vec![("".to_owned(), crate::i18n::t(lang, Key::PositionAll))];
        for status in [
            Status::Draft,
            Status::Prepared,
            Status::InProgress,
            Status::Completed,
        ] {
            options.push((
                status_code(status).to_owned(),
                crate::i18n::t(lang, status_label(status)),
            ));
        }
        options
    };
    view! {
        <p class="back"><a href=Route::Sessions.href()>{text(Key::SessionBack)}</a></p>
        <header class="page-header">
            <h1><bdi>{title}</bdi></h1>
            <p class="intro">{text(Key::PositionIntro)}</p>
        </header>
        <Show when=move || known fallback=move || view! { <p class="empty-state">{text(Key::PositionUnknown)}</p> }>
            <div class="toolbar overview-tools">
                <label class="field">
                    <span class="label">{text(Key::PositionShow)}</span>
                    <select on:change=move |ev| only.set(status_from(&event_target_value(&ev)))>
                        {move || status_options(app.lang.get()).into_iter().map(|(value, label)| {
                            let selected = status_code_of(only.get()) == value;
                            view! { <option value=value selected=selected>{label}</option> }
                        }).collect_view()}
                    </select>
                </label>
                <Choices
                    legend=Key::PositionOrder
                    name="position-order".to_owned()
                    options=vec![(Order::Name, Key::PositionByName), (Order::Date, Key::PositionByDate)]
                    selected=Signal::derive(move || Some(order.get()))
                    on_select=Callback::new(move |o| order.set(o))
                />
                <button type="button" on:click=move |_| { let _ = window().print(); }>
                    {text(Key::PositionPrint)}
                </button>
            </div>
            <p class="muted overview-reading">
                {move || {
                    let t = table.with(|t| t.thresholds);
                    let args = [("low", t.low.to_string()), ("high", t.high.to_string())];
                    let args: Vec<(&str, &str)> = args.iter().map(|(k, v)| (*k, v.as_str())).collect();
                    tf(app.lang.get(), Key::PositionThresholds, &args)
                }}
                " " {text(Key::PositionLevels)}
            </p>
            <Show when=move || table.with(|t| t.hidden > 0)>
                <p class="muted">
                    {move || tf(app.lang.get(), Key::PositionHidden, &[("n", &table.with(|t| t.hidden).to_string())])}
                </p>
            </Show>
            <Show
                when=move || table.with(|t| !t.rows.is_empty())
                fallback=move || view! { <p class="empty-state">{text(Key::PositionEmpty)}</p> }
            >
                <div class="table-scroll" role="region" tabindex="0" aria-label=text(Key::PositionTableLabel)>
                    <table class="overview">
                        <thead>
                            <tr>
                                <th scope="col">{text(Key::ColCandidate)}</th>
                                {move || {
                                    let lang = app.lang.get();
                                    table.with(|t| t.columns.iter().map(|c| view! {
                                        <th scope="col">{c.name.get(lang).to_owned()}</th>
                                    }).collect_view())
                                }}
                                <th scope="col">{text(Key::RecommendationTitle)}</th>
                            </tr>
                        </thead>
                        <tbody>
                            {move || table.with(|t| t.rows.iter().cloned().map(|row| view! { <CandidateRow row/> }).collect_view())}
                        </tbody>
                    </table>
                </div>
            </Show>
            <PanelAgreement sessions/>
        </Show>
    }
}

/// How far the position's panels agree, across its candidates: ICC(2,1) with its interval,
/// or why there is none yet.
#[component]
fn PanelAgreement(sessions: StoredValue<Vec<crate::domain::Session>>) -> impl IntoView {
    let app = use_app();
    let found = sessions.with_value(|all| {
        let all: Vec<&crate::domain::Session> = all.iter().collect();
        panel_agreement(&all)
    });
    let line = move || {
        let lang = app.lang.get();
        match found {
            Ok(icc) => crate::i18n::position_icc(lang, &icc),
            Err(NoIcc::OneInterviewer) => app.tr(Key::IccNoPanels).to_owned(),
            Err(NoIcc::TooFewTargets { found }) => tf(
                lang,
                Key::IccTooFew,
                &[
                    ("found", &found.to_string()),
                    (
                        "min",
                        &crate::domain::agreement::ICC_MIN_TARGETS.to_string(),
                    ),
                ],
            ),
            Err(NoIcc::NoVariation) => app.tr(Key::IccNoVariation).to_owned(),
        }
    };
    view! {
        <section class="card agreement position-agreement">
            <h2>{text(Key::AgreementTitle)}</h2>
            <p class="agreement-icc"><strong>{line}</strong></p>
            <p class="muted">{text(Key::AgreementBands)}</p>
        </section>
    }
}

#[component]
fn CandidateRow(row: Row) -> impl IntoView {
    let app = use_app();
    let date = row.scheduled_at.replace('T', " ");
    let href = Route::Session(row.session.clone(), SessionPage::Evaluation).href();
    let cells = row
        .cells
        .into_iter()
        .map(|cell| view! { <td><CellView cell/></td> })
        .collect_view();
    let outcome = row.outcome;
    let (id, waiting) = (row.session.clone(), row.awaited);
    let awaited_note = move || {
        waiting
            .clone()
            .and_then(|a| awaited(app.lang.get(), &id, a))
    };
    let not_recognised = (row.recognition == Some(Recognition::No))
        .then(|| view! { <span class="row-note">{text(Key::PositionNotRecognised)}</span> });
    let own_thresholds = row.own_thresholds.map(|reason| {
        let t = row.thresholds;
        let reason = if reason.trim().is_empty() { None } else { Some(isolate(&reason)) };
        view! {
            <span class="row-note deviation">
                {move || {
                    let why = reason.clone().unwrap_or_else(|| app.tr(Key::ThresholdsNoReason).to_owned());
                    let args = [("low", t.low.to_string()), ("high", t.high.to_string()), ("reason", why)];
                    let args: Vec<(&str, &str)> = args.iter().map(|(k, v)| (*k, v.as_str())).collect();
                    tf(app.lang.get(), Key::PositionOwnThresholds, &args)
                }}
            </span>
        }
    });
    let earlier = row.earlier_thresholds.map(|t| {
        view! {
            <span class="row-note deviation">
                {move || {
                    let args = [("low", t.low.to_string()), ("high", t.high.to_string())];
                    let args: Vec<(&str, &str)> = args.iter().map(|(k, v)| (*k, v.as_str())).collect();
                    tf(app.lang.get(), Key::PositionEarlierThresholds, &args)
                }}
            </span>
        }
    });
    let departure = outcome.departure.clone().map(|(_, reason)| {
        view! {
            <span class="row-note departure-note">
                <strong>{text(Key::PositionDeparts)}</strong>
                " " <bdi>{reason}</bdi>
            </span>
        }
    });
    let decided = move || {
        let lang = app.lang.get();
        match (outcome.by, outcome.recommendation) {
            (DecidedBy::Panel, None) => view! {
                <span class="outcome pending">{crate::i18n::t(lang, Key::PanelUndecided)}</span>
            }
            .into_any(),
            (DecidedBy::Panel, Some(r)) => {
                let own = outcome.lead_own.map(|own| {
                    let own = crate::i18n::t(lang, recommendation_label(own));
                    view! { <span class="row-note">{tf(lang, Key::PositionLeadOwn, &[("recommendation", own)])}</span> }
                });
                view! {
                    <span class="outcome">{crate::i18n::t(lang, recommendation_label(r))}</span>
                    <span class="row-note">{crate::i18n::t(lang, Key::PositionByPanel)}</span>
                    {own}
                }
                .into_any()
            }
            (DecidedBy::Interviewer, r) => view! {
                <span class="outcome">{r.map_or("–", |r| crate::i18n::t(lang, recommendation_label(r)))}</span>
            }
            .into_any(),
        }
    };
    view! {
        <tr>
            <th scope="row">
                <a href=href><bdi>{row.candidate}</bdi></a>
                <span class="row-meta">
                    <span class=status_class(row.status)>{text(status_label(row.status))}</span>
                    {move || if date.is_empty() { app.tr(Key::NotScheduled).to_owned() } else { date.clone() }}
                </span>
                {not_recognised}
                {own_thresholds}
                {earlier}
                {awaited_note}
            </th>
            {cells}
            <td>
                {decided}
                {departure}
            </td>
        </tr>
    }
}

#[component]
fn CellView(cell: Cell) -> impl IntoView {
    let app = use_app();
    let lang = move || app.lang.get();
    let standing = match cell.standing {
        Standing::Rated { level, standard, versus, source } => view! {
            <span class=versus_class(Some(versus))>{text(versus_label(Some(versus)))}</span>
            <span class="level">
                {move || {
                    let key = match source {
                        Source::Interviewer => Key::PositionLevel,
                        Source::Lead => Key::PositionLeadLevel,
                        Source::Consensus => Key::PositionConsensusLevel,
                    };
                    tf(lang(), key, &[("level", &level.to_string()), ("standard", &standard.to_string())])
                }}
            </span>
        }
        .into_any(),
        Standing::NoExample => view! {
            <span class="versus versus-none">{text(Key::NotRated)}</span>
            <span class="reason">{text(Key::NoExampleShort)}</span>
        }
        .into_any(),
        Standing::Unrated { reason } => view! {
            <span class="versus versus-none">{text(Key::NotRated)}</span>
            <span class="reason">
                {match reason {
                    Some(reason) => view! { <bdi>{reason}</bdi> }.into_any(),
                    None => view! { <em>{text(Key::PositionNoReason)}</em> }.into_any(),
                }}
            </span>
        }
        .into_any(),
        Standing::NotInLens => view! { <span class="muted">{text(Key::PositionNotInLens)}</span> }.into_any(),
    };
    let own = cell.own_level.map(|level| {
        view! {
            <span class="consensus-level">
                {move || tf(lang(), Key::PositionOwnLevel, &[("level", &level.to_string())])}
            </span>
        }
    });
    let standard_now = cell.position_standard.map(|now| {
        view! {
            <span class="deviation">{move || tf(lang(), Key::PositionStandardNow, &[("standard", &now.to_string())])}</span>
        }
    });
    let reading = cell
        .reading
        .map(|r| view! { <span class="reading">{text(reading_label(r).0)}</span> });
    let flag = cell
        .flag
        .map(|f| view! { <span class="cell-flag" title=move || app.tr(flag_label(f))>{text(Key::PositionFlag)}</span> });
    let count = |key: Key, n: usize| {
        (n > 0).then(|| view! { <span class="deviation">{move || tf(lang(), key, &[("n", &n.to_string())])}</span> })
    };
    view! {
        <div class="overview-cell">
            {standing}
            {own}
            {standard_now}
            {reading}
            {flag}
            {count(Key::PositionSkipped, cell.skipped)}
            {count(Key::PositionAdded, cell.added)}
        </div>
    }
}

fn status_code(status: Status) -> &'static str {
    match status {
        Status::Draft => "draft",
        Status::Prepared => "prepared",
        Status::InProgress => "in_progress",
        Status::Completed => "completed",
    }
}

fn status_code_of(status: Option<Status>) -> &'static str {
    status.map_or("", status_code)
}

fn status_from(code: &str) -> Option<Status> {
    [
        Status::Draft,
        Status::Prepared,
        Status::InProgress,
        Status::Completed,
    ]
    .into_iter()
    .find(|s| status_code(*s) == code)
}
