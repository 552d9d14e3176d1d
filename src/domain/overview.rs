//! The position overview (M26–M28): every candidate of one position against that position's
//! standard, competency by competency. Candidates are compared with the standard, never with
//! each other: there is no total, no score order and no "best candidate" here on purpose.

use super::assessment::Thresholds;
use super::decision::Outcome;
use super::evaluation::{rated_behaviour, reading, versus, Flag, Reading, Versus};
use super::interview::Recognition;
use super::lens::Lens;
use super::order;
use super::panel::Awaited;
use super::session::{Session, SessionSummary, Status};
use super::text::Text;

/// How the rows are ordered: never by any score.
#[derive(Copy, Clone, Debug, Default, PartialEq, Eq)]
pub enum Order {
    #[default]
    Name,
    /// By planned interview date; unplanned interviews last.
    Date,
}

/// One competency column.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Column {
    pub competency: String,
    pub name: Text,
}

/// Whose level a cell shows.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Source {
    /// The interviewer's own rating: the candidate was interviewed by one interviewer.
    Interviewer,
    /// The lead's own rating in a panel that has not agreed on this competency yet: shown, but
    /// not the panel's.
    Lead,
    /// The level the panel agreed on in its debrief.
    Consensus,
}

/// Where one candidate stands on one competency.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Standing {
    /// Rated: the level against the standard of the candidate's own questions and lens.
    Rated {
        level: u8,
        standard: u8,
        versus: Versus,
        source: Source,
    },
    /// No example, even after time to think: left unrated for that reason (M24).
    NoExample,
    /// Not rated; with the interviewer's reason once given.
    Unrated { reason: Option<String> },
    /// The competency is not in the lens this candidate was interviewed with.
    NotInLens,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cell {
    pub standing: Standing,
    pub reading: Option<Reading>,
    pub flag: Option<Flag>,
    /// Standard questions of this competency the interviewer skipped, and questions added.
    pub skipped: usize,
    pub added: usize,
    /// The interviewer's own level, where the cell shows a consensus that differs from it.
    pub own_level: Option<u8>,
    /// The position's standard for this competency as it is now, where the candidate was read
    /// with another (the lens was edited after the candidate's interview was created).
    pub position_standard: Option<u8>,
}

/// One candidate.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    pub session: String,
    pub candidate: String,
    pub scheduled_at: String,
    pub status: Status,
    /// What was decided and by whom (the panel, where one decides), with how it departs from
    /// the standard and the reason given.
    pub outcome: Outcome,
    /// Whether the candidate recognised themself in the candidate report (M16).
    pub recognition: Option<Recognition>,
    /// The thresholds this row is read with: those the candidate was read with throughout.
    pub thresholds: Thresholds,
    /// Set when the candidate is read with thresholds of their own: the reason given.
    pub own_thresholds: Option<String>,
    /// Set when the position's thresholds were others when this candidate's interview was
    /// created (the lens was edited since): the thresholds of that version.
    pub earlier_thresholds: Option<Thresholds>,
    /// One per column, in column order.
    pub cells: Vec<Cell>,
    /// A panel still waiting for ratings: who is missing and when they are due.
    pub awaited: Option<Awaited>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Overview {
    pub name: String,
    pub columns: Vec<Column>,
    pub rows: Vec<Row>,
    /// How many sessions of this position the status filter left out.
    pub hidden: usize,
    /// The position's focus thresholds as they are now; every row says where it was read
    /// with others.
    pub thresholds: Thresholds,
}

/// The overview of the sessions interviewed with lens `lens_id`. `current` is the lens as it
/// is now (if it still exists): its competencies come first, then any that only older
/// sessions were interviewed with.
pub fn overview(
    lens_id: &str,
    current: Option<&Lens>,
    sessions: &[Session],
    only: Option<Status>,
    order: Order,
) -> Overview {
    let mine: Vec<&Session> = sessions.iter().filter(|s| s.lens.id == lens_id).collect();
    let mut columns: Vec<Column> = Vec::new();
    let lenses = current.into_iter().chain(mine.iter().map(|s| &s.lens));
    for lens in lenses {
        for item in &lens.competencies {
            if !columns.iter().any(|c| c.competency == item.competency.id) {
                columns.push(Column {
                    competency: item.competency.id.clone(),
                    name: item.competency.name.clone(),
                });
            }
        }
    }
    let name = current
        .map(|l| l.name.clone())
        .or_else(|| newest(&mine).map(|s| s.lens.name.clone()))
        .unwrap_or_default();
    let shown: Vec<&Session> = mine
        .iter()
        .copied()
        .filter(|s| only.is_none_or(|status| s.status == status))
        .collect();
    let hidden = mine.len() - shown.len();
    // Each candidate is read as they were throughout (their report says the same); a row
    // read with other thresholds or standards than the position's now says so (M28).
    let position = current.or_else(|| newest(&mine).map(|s| &s.lens));
    let thresholds = position.map(|l| l.thresholds).unwrap_or_default();
    let mut rows: Vec<Row> = shown
        .into_iter()
        .map(|s| row(s, &columns, position))
        .collect();
    sort(&mut rows, order);
    Overview {
        name,
        columns,
        rows,
        hidden,
        thresholds,
    }
}

fn newest<'a>(sessions: &[&'a Session]) -> Option<&'a Session> {
    sessions
        .iter()
        .copied()
        .max_by(|a, b| a.created_at.cmp(&b.created_at))
}

fn row(session: &Session, columns: &[Column], position: Option<&Lens>) -> Row {
    let own_thresholds = session
        .threshold_deviation()
        .map(|(_, reason)| reason.to_owned());
    let thresholds = session.thresholds();
    let earlier_thresholds = position
        .map(|p| p.thresholds)
        .filter(|now| *now != session.lens.thresholds)
        .map(|_| session.lens.thresholds);
    let results = session.results();
    let deviations = session.deviations();
    let panel = session.decided_by_panel();
    let cells = columns
        .iter()
        .map(|column| {
            let Some(result) = results.iter().find(|r| r.competency == column.competency) else {
                return Cell {
                    standing: Standing::NotInLens,
                    reading: None,
                    flag: None,
                    skipped: 0,
                    added: 0,
                    own_level: None,
                    position_standard: None,
                };
            };
            let here = deviations
                .iter()
                .filter(|d| d.competency == column.competency);
            let skipped = here.clone().filter(|d| d.skipped.is_some()).count();
            let consensus = consensus(session, &column.competency);
            let rated = |level: u8, source: Source| Standing::Rated {
                level,
                standard: result.standard,
                versus: versus(level, result.standard),
                source,
            };
            let own = if panel {
                Source::Lead
            } else {
                Source::Interviewer
            };
            let (standing, reading) = match (consensus, result.level) {
                // The panel's level stands for the candidate; its reading follows it.
                (Some(level), _) => {
                    let read = result
                        .band
                        .map(|band| reading(band, rated_behaviour(level, result.standard)));
                    (rated(level, Source::Consensus), read)
                }
                (None, Some(level)) => (rated(level, own), result.reading),
                (None, None) if result.no_example => (Standing::NoExample, result.reading),
                (None, None) => {
                    let reason = session
                        .evaluation
                        .unrated
                        .get(&column.competency)
                        .filter(|r| !r.trim().is_empty())
                        .cloned();
                    (Standing::Unrated { reason }, result.reading)
                }
            };
            let position_standard = position
                .and_then(|p| p.competency(&column.competency))
                .map(|item| item.standard)
                .filter(|now| *now != result.standard);
            Cell {
                standing,
                reading,
                flag: result.flag,
                skipped,
                added: here.count() - skipped,
                own_level: consensus
                    .and(result.level)
                    .filter(|l| Some(*l) != consensus),
                position_standard,
            }
        })
        .collect();
    Row {
        session: session.id.clone(),
        candidate: session.candidate.clone(),
        scheduled_at: session.scheduled_at.clone(),
        status: session.status,
        outcome: session.outcome(),
        recognition: session.interview.recognition,
        thresholds,
        own_thresholds,
        earlier_thresholds,
        cells,
        awaited: session.awaited().filter(|a| !a.missing.is_empty()),
    }
}

/// The panel's level for a competency, where the lead's panel recorded one (only possible
/// once the colleagues' ratings were revealed; it stays while the lead reopens).
fn consensus(session: &Session, competency: &str) -> Option<u8> {
    let panel = session.panel.as_ref().filter(|p| p.lead)?;
    panel.consensus.get(competency).map(|c| c.level)
}

fn sort(rows: &mut [Row], order: Order) {
    let by_name = |a: &Row, b: &Row| {
        let key = |r: &Row| r.candidate.trim().to_lowercase();
        key(a).cmp(&key(b)).then_with(|| a.session.cmp(&b.session))
    };
    match order {
        Order::Name => order::sort_by(rows, by_name),
        Order::Date => order::sort_by(rows, |a, b| {
            let unplanned = |r: &Row| r.scheduled_at.trim().is_empty();
            unplanned(a)
                .cmp(&unplanned(b))
                .then_with(|| a.scheduled_at.cmp(&b.scheduled_at))
                .then_with(|| by_name(a, b))
        }),
    }
}

/// The positions that have sessions, as (lens id, name, how many), by name: the ways into an
/// overview from the list of interviews.
pub fn positions<'a>(
    sessions: impl IntoIterator<Item = (&'a str, &'a str)>,
) -> Vec<(String, String, usize)> {
    let mut out: Vec<(String, String, usize)> = Vec::new();
    for (lens, name) in sessions {
        if lens.is_empty() {
            continue;
        }
        match out.iter_mut().find(|(id, _, _)| id == lens) {
            Some(entry) => entry.2 += 1,
            None => out.push((lens.to_owned(), name.to_owned(), 1)),
        }
    }
    order::sort_by(&mut out, |a, b| {
        a.1.to_lowercase()
            .cmp(&b.1.to_lowercase())
            .then(a.0.cmp(&b.0))
    });
    out
}

/// The interviews a lens was used for: how many, and which of them are still open (not
/// completed), as (session id, candidate) — what editing the lens warns about first.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct InUse {
    pub total: usize,
    pub open: Vec<(String, String)>,
}

pub fn in_use(lens_id: &str, summaries: &[SessionSummary]) -> InUse {
    let mine = summaries.iter().filter(|s| s.lens == lens_id);
    InUse {
        total: mine.clone().count(),
        open: mine
            .filter(|s| s.status != Status::Completed)
            .map(|s| (s.id.clone(), s.candidate.clone()))
            .collect(),
    }
}
