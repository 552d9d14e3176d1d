//! The position overview (M26–M28): every candidate of one position against that position's
//! standard, competency by competency. Candidates are compared with the standard, never with
//! each other: there is no total, no score order and no "best candidate" here on purpose.

use super::assessment::Thresholds;
use super::evaluation::{
    rated_behaviour, reading, versus, Departure, Flag, Reading, Recommendation, Versus,
};
use super::interview::Recognition;
use super::lens::Lens;
use super::order;
use super::panel_exchange::revealed;
use super::session::{Session, Status};
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
    /// The interviewer's own rating (a single interviewer, or a panel without a consensus on
    /// this competency yet).
    Interviewer,
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
}

/// One candidate.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    pub session: String,
    pub candidate: String,
    pub scheduled_at: String,
    pub status: Status,
    pub recommendation: Option<Recommendation>,
    /// How the recommendation departs from the standard, with the reason given.
    pub departure: Option<(Departure, String)>,
    /// Whether the candidate recognised themself in the candidate report (M16).
    pub recognition: Option<Recognition>,
    /// The thresholds this row is read with.
    pub thresholds: Thresholds,
    /// Set when the candidate is read with thresholds of their own: the reason given.
    pub own_thresholds: Option<String>,
    /// One per column, in column order.
    pub cells: Vec<Cell>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Overview {
    pub name: String,
    pub columns: Vec<Column>,
    pub rows: Vec<Row>,
    /// How many sessions of this position the status filter left out.
    pub hidden: usize,
    /// The position's focus thresholds, which every row without a deviation is read with.
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
    // Equal scores read alike for every candidate (M28): the position's thresholds as they
    // are now, or else those of its newest interview.
    let thresholds = current
        .map(|l| l.thresholds)
        .or_else(|| newest(&mine).map(|s| s.lens.thresholds))
        .unwrap_or_default();
    let mut rows: Vec<Row> = shown
        .into_iter()
        .map(|s| row(s, &columns, thresholds))
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

fn row(session: &Session, columns: &[Column], position: Thresholds) -> Row {
    let own_thresholds = session
        .threshold_deviation()
        .map(|(_, reason)| reason.to_owned());
    let thresholds = session
        .threshold_deviation()
        .map_or(position, |(own, _)| own);
    let results = session.results_with(&thresholds);
    let deviations = session.deviations();
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
            let (standing, reading) = match (consensus, result.level) {
                // The panel's level stands for the candidate; its reading follows it.
                (Some(level), _) => {
                    let read = result
                        .band
                        .map(|band| reading(band, rated_behaviour(level)));
                    (rated(level, Source::Consensus), read)
                }
                (None, Some(level)) => (rated(level, Source::Interviewer), result.reading),
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
            Cell {
                standing,
                reading,
                flag: result.flag,
                skipped,
                added: here.count() - skipped,
                own_level: consensus
                    .and(result.level)
                    .filter(|l| Some(*l) != consensus),
            }
        })
        .collect();
    Row {
        session: session.id.clone(),
        candidate: session.candidate.clone(),
        scheduled_at: session.scheduled_at.clone(),
        status: session.status,
        recommendation: session.evaluation.recommendation,
        departure: session
            .departure()
            .map(|d| (d, session.evaluation.departure_reason.clone())),
        recognition: session.interview.recognition,
        thresholds,
        own_thresholds,
        cells,
    }
}

/// A consensus shows only where the lead's own evaluation is done (the debrief's rule).
fn consensus(session: &Session, competency: &str) -> Option<u8> {
    let panel = session.panel.as_ref().filter(|p| p.lead)?;
    revealed(session)
        .then(|| panel.consensus.get(competency).map(|c| c.level))
        .flatten()
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
