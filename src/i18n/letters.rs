//! The candidate's letters put into words from the domain's facts, in the candidate's language.

use super::{long_date, t, tf, Key};
use crate::domain::letter::InvitationFacts;
use crate::domain::{Lang, Phase};

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
    let regards = t(lang, Key::LetterRegards);
    body.push(match facts.interviewers.first() {
        Some(name) => format!("{regards}\n{name}"),
        None => regards.to_owned(),
    });
    (subject, body.join("\n\n"))
}
