//! A candidate's own data (AVG/GDPR Art. 15 access, Art. 17 erasure): everything stored about
//! one candidate on this device — every session with their name, and within a lead's session
//! the colleagues' ratings of them — found by name, exported together, deleted together.

use super::session::{Session, SessionSummary};

/// Names are compared as a person would: case, outer spaces and runs of spaces do not count.
pub fn same_candidate(a: &str, b: &str) -> bool {
    key(a) == key(b) && !key(a).is_empty()
}

fn key(name: &str) -> String {
    name.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// The candidates on this device, each once (as first written), with their number of
/// sessions; alphabetical.
pub fn candidates<'a>(list: impl IntoIterator<Item = &'a SessionSummary>) -> Vec<(String, usize)> {
    let mut found: Vec<(String, String, usize)> = Vec::new();
    for summary in list {
        let k = key(&summary.candidate);
        if k.is_empty() {
            continue;
        }
        match found.iter_mut().find(|(known, _, _)| *known == k) {
            Some((_, _, n)) => *n += 1,
            None => found.push((k, summary.candidate.trim().to_owned(), 1)),
        }
    }
    found.sort_by(|a, b| a.0.cmp(&b.0));
    found.into_iter().map(|(_, name, n)| (name, n)).collect()
}

/// The ids of the sessions about `name`.
pub fn session_ids<'a>(
    name: &str,
    list: impl IntoIterator<Item = &'a SessionSummary>,
) -> Vec<String> {
    list.into_iter()
        .filter(|s| same_candidate(&s.candidate, name))
        .map(|s| s.id.clone())
        .collect()
}

/// What is held about one candidate: sessions, and colleagues' ratings inside them.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Holding {
    pub sessions: usize,
    pub colleague_ratings: usize,
}

/// Counts what `sessions` hold about `name` (sessions about others are not counted).
pub fn holding(name: &str, sessions: &[Session]) -> Holding {
    sessions
        .iter()
        .filter(|s| same_candidate(&s.candidate, name))
        .fold(Holding::default(), |h, s| Holding {
            sessions: h.sessions + 1,
            colleague_ratings: h.colleague_ratings
                + s.panel.as_ref().map_or(0, |p| p.colleagues.len()),
        })
}
