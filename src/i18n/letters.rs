//! The candidate's letters put into words from the domain's facts, in the candidate's language.

use super::{long_date, t, tf, Key};
use crate::domain::letter::{FeedbackFacts, InvitationFacts, Seen};
use crate::domain::{Lang, Phase};

fn greeting(lang: Lang, candidate: &str) -> String {
    if candidate.is_empty() {
        t(lang, Key::LetterGreetingUnnamed).to_owned()
    } else {
        tf(lang, Key::LetterGreeting, &[("candidate", candidate)])
    }
}

fn regards(lang: Lang, name: Option<&str>) -> String {
    let regards = t(lang, Key::LetterRegards);
    match name.filter(|n| !n.is_empty()) {
        Some(name) => format!("{regards}\n{name}"),
        None => regards.to_owned(),
    }
}

/// The feedback's subject and body: what was seen per competency, in the interviewer's own
/// words, and the outcome (with the recorded reason for a rejection).
pub fn feedback_letter(lang: Lang, facts: &FeedbackFacts) -> (String, String) {
    let subject = tf(lang, Key::FeedbackSubject, &[("position", &facts.position)]);
    let mut body = vec![
        greeting(lang, &facts.candidate),
        tf(lang, Key::FeedbackThanks, &[("position", &facts.position)]),
    ];
    if !facts.seen.is_empty() {
        let lines: Vec<String> = facts
            .seen
            .iter()
            .map(|(name, seen)| {
                let said = match seen {
                    Seen::Evidence(text) => text.as_str(),
                    Seen::NoExample => t(lang, Key::FeedbackNoExample),
                };
                format!("- {}: {said}", name.get(lang))
            })
            .collect();
        body.push(format!(
            "{}\n{}",
            t(lang, Key::FeedbackSeen),
            lines.join("\n")
        ));
    }
    body.push(match facts.outcome {
        Some(r) if r.positive() => t(lang, Key::FeedbackPositive).to_owned(),
        // A rejection offers a conversation and the reasons on request (NVP code).
        Some(r) if r.negative() => format!(
            "{}\n\n{}",
            tf(
                lang,
                Key::FeedbackNegative,
                &[("reason", &facts.rejection_reason)]
            ),
            t(lang, Key::FeedbackFollowUp)
        ),
        _ => t(lang, Key::FeedbackOpen).to_owned(),
    });
    body.push(t(lang, Key::FeedbackQuestions).to_owned());
    body.push(regards(lang, Some(&facts.interviewer)));
    (subject, body.join("\n\n"))
}

/// The invitation's subject and body: when, how long, who, the agenda, and that the candidate
/// will be asked for examples and may take time to think (M8).
pub fn invitation_letter(lang: Lang, facts: &InvitationFacts) -> (String, String) {
    let subject = tf(lang, Key::LetterSubject, &[("position", &facts.position)]);
    let minutes = facts.minutes.to_string();
    let mut body = Vec::new();
    body.push(if facts.candidate.is_empty() {
        t(lang, Key::LetterGreetingUnnamed).to_owned()
    } else {
        tf(
            lang,
            Key::LetterGreeting,
            &[("candidate", &facts.candidate)],
        )
    });
    let when = match (&facts.date, &facts.time) {
        (Some(date), Some(time)) => tf(
            lang,
            Key::LetterWhen,
            &[
                ("position", &facts.position),
                ("date", &long_date(lang, date)),
                ("time", time),
                ("minutes", &minutes),
            ],
        ),
        _ => tf(
            lang,
            Key::LetterWhenOpen,
            &[("position", &facts.position), ("minutes", &minutes)],
        ),
    };
    body.push(when);
    if !facts.interviewers.is_empty() {
        body.push(tf(
            lang,
            Key::LetterWho,
            &[("names", &facts.interviewers.join(", "))],
        ));
    }
    let agenda: Vec<String> = facts
        .agenda
        .iter()
        .map(|(phase, m)| {
            let key = match phase {
                Phase::WarmUp => Key::LetterWarmUp,
                Phase::Clarity => Key::LetterClarity,
                Phase::Assessment => Key::LetterAssessment,
                Phase::Competencies => Key::LetterCompetencies,
                Phase::Closing => Key::LetterClosing,
            };
            format!("- {}", tf(lang, key, &[("minutes", &m.to_string())]))
        })
        .collect();
    if !agenda.is_empty() {
        body.push(format!(
            "{}\n{}",
            t(lang, Key::LetterAgenda),
            agenda.join("\n")
        ));
    }
    body.push(t(lang, Key::LetterExamples).to_owned());
    body.push(t(lang, Key::LetterQuestions).to_owned());
    body.push(regards(
        lang,
        facts.interviewers.first().map(String::as_str),
    ));
    (subject, body.join("\n\n"))
}
