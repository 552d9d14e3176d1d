//! One candidate's data in readable form, for an access request (AVG/GDPR art. 15): each
//! interview's report, then what else is stored with it — the colleagues' ratings in a panel
//! the interviewer led, the letters, the agreement and the retention record. Printed alone.

use leptos::prelude::*;

use crate::domain::panel::ColleagueRating;
use crate::domain::{Lang, Session};
use crate::i18n::{recommendation_label, t, tf, Key};
use crate::views::session::report;

/// The readable document of `sessions` and the values `kept_aside` in `lang`.
pub fn readable(sessions: &[Session], kept_aside: &[String], lang: Lang) -> AnyView {
    let aside = kept_aside
        .iter()
        .map(|text| {
            view! {
                <article class="report-document access-session">
                    <h3>{t(lang, Key::AccessKeptAsideText)}</h3>
                    <pre class="report-text kept-aside">{text.clone()}</pre>
                </article>
            }
        })
        .collect_view();
    let sessions = sessions
        .iter()
        .map(|s| {
            view! {
                <article class="report-document access-session">
                    {report(s, lang)}
                    {stored_with(s, lang)}
                </article>
            }
        })
        .collect_view();
    view! { {sessions} {aside} }.into_any()
}

/// What the report does not show but the session holds.
fn stored_with(session: &Session, lang: Lang) -> impl IntoView {
    let colleagues = session.panel.as_ref().map(|p| {
        p.colleagues
            .iter()
            .map(|c| colleague(session, c, lang))
            .collect_view()
    });
    let letter = |key: Key, text: &str| {
        (!text.trim().is_empty()).then(|| {
            view! {
                <p class="report-label">{t(lang, key)}</p>
                <p class="report-text">{text.to_owned()}</p>
            }
        })
    };
    let consent = &session.assessment.shared_consent;
    let retention = &session.retention;
    let facts = [
        (Key::AccessShareConsent, consent.clone()),
        (Key::ProcedureEnded, retention.procedure_ended.clone()),
        (Key::AccessLongerConsent, retention.consent_given.clone()),
    ];
    let facts = facts
        .into_iter()
        .map(|(key, value)| {
            let value = if value.is_empty() {
                "–".to_owned()
            } else {
                value
            };
            view! { <dt>{t(lang, key)}</dt><dd>{value}</dd> }
        })
        .collect_view();
    view! {
        <section class="report-part">
            <h3>{t(lang, Key::AccessStoredWith)}</h3>
            <dl class="facts">{facts}</dl>
            {letter(Key::LetterText, &session.preparation.invitation_letter)}
            {letter(Key::FeedbackText, &session.evaluation.feedback_letter)}
            {colleagues}
        </section>
    }
}

/// One colleague's returned ratings, as stored in the lead's session.
fn colleague(session: &Session, rating: &ColleagueRating, lang: Lang) -> impl IntoView {
    let rows = session
        .lens
        .competencies
        .iter()
        .filter_map(|item| {
            let id = &item.competency.id;
            let name = item.competency.name.get(lang).to_owned();
            let said = match (rating.ratings.get(id), rating.unrated.get(id)) {
                (Some(r), _) if r.level.is_some() => {
                    let level = r.level.map(|l| l.to_string()).unwrap_or_default();
                    format!("{level} — {}", r.evidence)
                }
                (Some(r), _) if r.no_example => {
                    format!("{} — {}", t(lang, Key::NoExampleShort), r.evidence)
                }
                (_, Some(reason)) => reason.clone(),
                _ => return None,
            };
            Some(view! { <dt>{name}</dt><dd>{said}</dd> })
        })
        .collect_view();
    let advice = rating
        .recommendation
        .map_or("–", |r| t(lang, recommendation_label(r)));
    view! {
        <h4>{tf(lang, Key::AccessColleague, &[("name", &rating.interviewer)])}</h4>
        <dl class="facts">{rows}</dl>
        <p class="report-text">{advice} " — " {rating.substantiation.clone()}</p>
    }
}
