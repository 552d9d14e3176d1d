//! What the candidate is told before the interview (M8, M11–M13), gathered from the session:
//! when, how long, who will be there, and the agenda, in which the assessment's results are
//! discussed.
//! The sentences are the catalogue's (`i18n::letters`); the interviewer edits the result before
//! it goes out from their own mail program.

use super::phase::Phase;
use super::session::Session;

/// The facts of one invitation, before they are put into words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InvitationFacts {
    pub candidate: String,
    pub position: String,
    /// `YYYY-MM-DD` and `HH:MM`, when planned.
    pub date: Option<String>,
    pub time: Option<String>,
    /// The length of the agenda the interview runs: the sum of the parts the letter lists.
    pub minutes: u32,
    /// The planned length, where the interviewer set one that differs from the agenda's (the
    /// screen points it out; the letter states the agenda).
    pub planned_otherwise: Option<u32>,
    /// Who the candidate will meet: the interviewer and, in a lead's panel, each invited
    /// colleague who has a name.
    pub interviewers: Vec<String>,
    /// The parts of the interview with their minutes, those that take any time; the
    /// assessment's part says its results are discussed (M15–M17).
    pub agenda: Vec<(Phase, u16)>,
}

impl Session {
    pub fn invitation_facts(&self) -> InvitationFacts {
        let planned = self.scheduled_at.trim();
        let date = planned
            .get(..10)
            .filter(|d| super::dates::is_date(d, false));
        let time = date.and(planned.get(11..16)).filter(|t| t.len() == 5);
        let mut interviewers: Vec<String> = Some(self.interviewer.trim())
            .filter(|n| !n.is_empty())
            .map(str::to_owned)
            .into_iter()
            .collect();
        if let Some(panel) = self.panel.as_ref().filter(|p| p.lead) {
            for invited in &panel.invited {
                let name = invited.interviewer.trim();
                if !name.is_empty() && !interviewers.iter().any(|n| n == name) {
                    interviewers.push(name.to_owned());
                }
            }
        }
        let minutes = &self.lens.phase_minutes;
        let agenda = minutes.total();
        InvitationFacts {
            candidate: self.candidate.trim().to_owned(),
            position: self.lens.name.clone(),
            date: date.map(str::to_owned),
            time: time.map(str::to_owned),
            minutes: agenda,
            planned_otherwise: self.planned_minutes.filter(|m| *m != agenda),
            interviewers,
            agenda: Phase::ALL
                .into_iter()
                .map(|p| (p, minutes.get(p)))
                .filter(|(_, m)| *m > 0)
                .collect(),
        }
    }
}

/// A `mailto:` address with no recipient (the interviewer adds it in their mail program) and
/// the subject and body percent-encoded (RFC 6068), so opening it sends nothing by itself.
pub fn mailto(subject: &str, body: &str) -> String {
    format!(
        "mailto:?subject={}&body={}",
        percent_encode(subject),
        percent_encode(&body.replace("\r\n", "\n").replace('\n', "\r\n"))
    )
}

fn percent_encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 3);
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~".contains(&byte) {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// What the candidate hears afterwards, per competency, from the interviewer's own evidence.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Seen {
    /// What the interviewer wrote down as the evidence for their rating.
    Evidence(String),
    /// No concrete example, even after time to think (M24).
    NoExample,
}

/// The facts of the feedback to the candidate: only this session's own observations and
/// outcome — never a colleague's ratings, a level, an anchor or a score.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FeedbackFacts {
    pub candidate: String,
    pub position: String,
    /// Competency name (in both languages) and what was seen, in lens order; competencies not
    /// discussed are left out.
    pub seen: Vec<(super::Text, Seen)>,
    pub outcome: Option<super::evaluation::Recommendation>,
    /// The reason for a rejection, as recorded.
    pub rejection_reason: String,
    pub interviewer: String,
}

impl Session {
    pub fn feedback_facts(&self) -> FeedbackFacts {
        let seen = self
            .lens
            .competencies
            .iter()
            .filter_map(|item| {
                let rating = self.interview.ratings.get(&item.competency.id)?;
                let seen = if rating.level.is_none() && rating.no_example {
                    Seen::NoExample
                } else if rating.level.is_some() && !rating.evidence.trim().is_empty() {
                    Seen::Evidence(rating.evidence.trim().to_owned())
                } else {
                    return None;
                };
                Some((item.competency.name.clone(), seen))
            })
            .collect();
        // The outcome is the panel's where a panel decides (the lead's own never stands in).
        let outcome = self.outcome();
        FeedbackFacts {
            candidate: self.candidate.trim().to_owned(),
            position: self.lens.name.clone(),
            seen,
            outcome: outcome.recommendation,
            rejection_reason: outcome.rejection_reason.trim().to_owned(),
            interviewer: self.interviewer.trim().to_owned(),
        }
    }
}

/// Something in a feedback text that must not reach the candidate, pointed out for editing.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Leak {
    /// A number that can read as a score (0–100) or a level, as written.
    Number(String),
    /// Five or more words in a row from a rating scale's anchor (what a level means).
    Anchor(String),
    /// The name of another candidate on this device.
    OtherCandidate(String),
}

/// The words of a text, lower case, split at anything that is not a letter or a digit.
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// How many words in a row from an anchor count as its wording.
const ANCHOR_RUN: usize = 5;

impl Session {
    /// What the feedback `text` should not tell the candidate: numbers that read as scores or
    /// levels, the anchors' wording, and other candidates' names (from `others`, the names
    /// stored on this device). Each found once, in the order of the checks.
    pub fn feedback_leaks<'a>(
        &self,
        text: &str,
        others: impl IntoIterator<Item = &'a str>,
    ) -> Vec<Leak> {
        let mut found: Vec<Leak> = Vec::new();
        let mut add = |leak: Leak| {
            if !found.contains(&leak) {
                found.push(leak);
            }
        };
        // Standalone numbers of up to three digits no larger than 100: a year or a phone
        // number is not a score.
        for token in text.split(|c: char| !c.is_ascii_digit()) {
            if (1..=3).contains(&token.len()) && token.parse::<u16>().is_ok_and(|n| n <= 100) {
                add(Leak::Number(token.to_owned()));
            }
        }
        let said = words(text);
        let contains = |run: &[String]| said.windows(run.len()).any(|w| w == run);
        for item in &self.lens.competencies {
            for anchor in &item.competency.anchors {
                for side in [&anchor.nl, &anchor.en] {
                    let anchor_words = words(side);
                    let hit = anchor_words.windows(ANCHOR_RUN).find(|run| contains(run));
                    if let Some(run) = hit {
                        add(Leak::Anchor(run.join(" ")));
                    }
                }
            }
        }
        let own = words(&self.candidate);
        for name in others {
            let name_words = words(name);
            // Very short names (one word of under three letters) would match anywhere.
            let too_short = name_words.len() == 1 && name_words[0].chars().count() < 3;
            if name_words.is_empty() || too_short || name_words == own {
                continue;
            }
            if contains(&name_words) {
                add(Leak::OtherCandidate(name.trim().to_owned()));
            }
        }
        found
    }
}
