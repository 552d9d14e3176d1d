//! The report's panel section (M27, M28): who rated and in what role, every counted level per
//! competency with the median, the consensus with its reasons, the majority and the lead's
//! reopening after the reveal — so the printed record says what the panel decided and on what.

use leptos::prelude::*;

use super::debrief::change_text;
use crate::domain::debrief::{debrief, Debrief, Topic};
use crate::domain::panel::Panel;
use crate::domain::{Lang, Session};
use crate::i18n::{decimal, recommendation_label, t, tf, Key};

/// The panel section of `session`'s report, where a panel decides its outcome.
pub(super) fn panel_section(session: &Session, lang: Lang) -> Option<AnyView> {
    if !session.decided_by_panel() {
        return None;
    }
    let panel = session.panel.as_ref()?;
    let body = match debrief(session) {
        Some(found) => revealed(session, panel, &found, lang).into_any(),
        None => view! { <p>{t(lang, Key::ReportPanelHidden)}</p> }.into_any(),
    };
    Some(
        view! {
            <section class="report-part report-panel">
                <h3>{t(lang, Key::ReportPanelTitle)}</h3>
                <p class="report-label">{t(lang, Key::ReportPanelWho)}</p>
                <ul class="report-panel-who">{who(session, panel, lang)}</ul>
                {body}
            </section>
        }
        .into_any(),
    )
}

/// The lead, each colleague whose ratings arrived (focus, observer) and invitations still out.
fn who(session: &Session, panel: &Panel, lang: Lang) -> impl IntoView {
    let names = |ids: &[String]| -> String {
        ids.iter()
            .filter_map(|id| session.lens.competency(id))
            .map(|c| c.competency.name.get(lang).to_owned())
            .collect::<Vec<_>>()
            .join(", ")
    };
    let lead = view! {
        <li><bdi>{session.interviewer.clone()}</bdi> " — " {t(lang, Key::ReportPanelLead)}</li>
    };
    let colleagues = panel
        .colleagues
        .iter()
        .map(|c| {
            let mut role = Vec::new();
            if !c.focus.is_empty() {
                role.push(tf(lang, Key::InvitedFocus, &[("list", &names(&c.focus))]));
            }
            if c.observer {
                role.push(t(lang, Key::ObserverMark).to_owned());
            }
            if role.is_empty() {
                role.push(t(lang, Key::ReportPanelMember).to_owned());
            }
            view! { <li><bdi>{c.interviewer.clone()}</bdi> " — " {role.join(" · ")}</li> }
        })
        .collect_view();
    let waiting = panel
        .invited
        .iter()
        .filter(|i| !panel.colleagues.iter().any(|c| c.session == i.session))
        .map(|i| {
            let name = if i.interviewer.is_empty() {
                t(lang, Key::InvitedUnnamed).to_owned()
            } else {
                i.interviewer.clone()
            };
            view! { <li><bdi>{name}</bdi> " — " {t(lang, Key::ReportPanelNotBack)}</li> }
        })
        .collect_view();
    view! { {lead} {colleagues} {waiting} }
}

/// Everything the debrief holds, for reading on paper.
fn revealed(session: &Session, panel: &Panel, found: &Debrief, lang: Lang) -> impl IntoView {
    let topics = found
        .topics
        .iter()
        .map(|topic| topic_row(topic, lang))
        .collect_view();
    let majority = match found.majority {
        Some(r) => tf(
            lang,
            Key::Majority,
            &[("recommendation", t(lang, recommendation_label(r)))],
        ),
        None => t(lang, Key::MajorityNone).to_owned(),
    };
    let advice = found
        .advice
        .iter()
        .map(|a| {
            let given = a
                .counted
                .or(a.recommendation)
                .map_or("–", |r| t(lang, recommendation_label(r)));
            let observer = a
                .observer
                .then(|| format!(" ({})", t(lang, Key::ObserverMark)));
            view! {
                <li>
                    <strong><bdi>{a.interviewer.clone()}</bdi></strong> ": " {given} {observer}
                    <p class="report-text">{a.substantiation.clone()}</p>
                </li>
            }
        })
        .collect_view();
    let majority_departure = (!panel.departure.trim().is_empty()).then(|| {
        view! {
            <p class="report-label">{t(lang, Key::ReportPanelDepartsMajority)}</p>
            <p class="report-text">{panel.departure.clone()}</p>
        }
    });
    let reopened = (!found.reopened.is_empty()).then(|| {
        let when: Vec<String> = found
            .reopened
            .iter()
            .map(|at| at.replace('T', " ").chars().take(16).collect())
            .collect();
        let changes: Vec<String> = found
            .changes
            .iter()
            .map(|c| change_text(lang, session, c))
            .collect();
        let changed = if changes.is_empty() {
            t(lang, Key::ReopenedNothingChanged).to_owned()
        } else {
            tf(
                lang,
                Key::ReopenedChanges,
                &[("changes", &changes.join("; "))],
            )
        };
        view! {
            <p class="report-label">{t(lang, Key::ReportPanelReopened)}</p>
            <p>{tf(lang, Key::ReopenedAfterReveal, &[("when", &when.join(", "))])} " " {changed}</p>
        }
    });
    view! {
        <p class="report-label">{t(lang, Key::ReportPanelLevels)}</p>
        <ul class="report-panel-topics">{topics}</ul>
        <p class="report-label">{t(lang, Key::DebriefAdvice)}</p>
        <ul class="report-panel-advice">{advice}</ul>
        <p>{majority}</p>
        {majority_departure}
        {reopened}
    }
}

/// One competency: the counted levels by name, the median, and the consensus with its reasons.
fn topic_row(topic: &Topic, lang: Lang) -> impl IntoView {
    let levels: Vec<String> = topic
        .views
        .iter()
        .map(|v| {
            let level = match (v.counted, v.level, v.no_example) {
                (Some(l), _, _) => l.to_string(),
                (None, Some(l), _) => tf(
                    lang,
                    Key::ReportPanelUncounted,
                    &[("level", &l.to_string())],
                ),
                (None, None, true) => t(lang, Key::NoExampleShort).to_owned(),
                (None, None, false) => "–".to_owned(),
            };
            format!("{} {level}", v.interviewer)
        })
        .collect();
    let median = topic
        .combined
        .map_or("–".to_owned(), |c| decimal(lang, &c.median.show()));
    let consensus = match &topic.consensus {
        Some(c) => {
            let departure = (!c.departure.trim().is_empty()).then(|| {
                view! {
                    <p class="report-text">
                        {tf(lang, Key::ConsensusDeparted, &[("median", &median)])} " " {c.departure.clone()}
                    </p>
                }
            });
            view! {
                <p>
                    <strong>{tf(lang, Key::DebriefRecorded, &[("level", &c.level.to_string())])}</strong>
                    " " <span class="report-text">{c.rationale.clone()}</span>
                </p>
                {departure}
            }
            .into_any()
        }
        None => view! { <p>{t(lang, Key::ReportPanelNoConsensus)}</p> }.into_any(),
    };
    view! {
        <li>
            <strong>{topic.name.get(lang).to_owned()}</strong>
            " (" {tf(lang, Key::ReportStandard, &[("standard", &topic.standard.to_string())])} "): "
            <bdi>{levels.join(" · ")}</bdi>
            " · " {tf(lang, Key::ReportPanelMedian, &[("median", &median)])}
            {consensus}
        </li>
    }
}
