//! Calibration across the panels on this device (research in METHOD.md): interviewers differ in
//! leniency and in how they use the scale, and cannot see it themselves. Per interviewer, never
//! per candidate: how far their levels lie from the median of the *other* interviewers
//! (leave-one-out: against a median that holds their own level, a two-person panel gives each
//! half the gap), how often they leave a competency unrated, and how often they end two levels
//! or more from the consensus.

use std::collections::BTreeMap;

use super::agreement::Combined;
use super::interview::Rating;
use super::panel::ColleagueRating;
use super::panel_exchange::revealed;
use super::session::Session;

/// A difference from the consensus of this many levels or more is counted.
pub const FAR_FROM_CONSENSUS: u8 = 2;

/// One interviewer's figures over every panel they took part in.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Figures {
    /// The name as first written; empty when a session had none.
    pub name: String,
    pub panels: usize,
    /// Of those, the panels they joined as an observer.
    pub as_observer: usize,
    /// Levels compared with the median of the other independent interviewers' levels.
    pub compared: usize,
    /// The sum of (level − median of the others) over those, in half levels.
    pub difference_halves: i32,
    /// Competencies of their panels' lenses, and how many of them they left unrated (no
    /// level and no "no example").
    pub competencies: usize,
    pub unrated: usize,
    /// Levels compared with a recorded consensus, and how many lay two or more from it.
    pub with_consensus: usize,
    pub far_from_consensus: usize,
}

impl Figures {
    /// Mean level minus the others' median: above zero rates more leniently than the others.
    pub fn leniency(&self) -> Option<f64> {
        (self.compared > 0).then(|| f64::from(self.difference_halves) / 2.0 / self.compared as f64)
    }

    /// In tenths of a level, rounded half away from zero, as the screen shows it.
    pub fn leniency_tenths(&self) -> Option<i32> {
        self.leniency().map(|l| (l * 10.0).round() as i32)
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Calibration {
    /// Panels counted: a lead's completed session with at least one colleague's ratings.
    pub panels: usize,
    /// Alphabetical by name: a list of interviewers, never a ranking.
    pub interviewers: Vec<Figures>,
}

/// One participant's ratings in one panel: the lead (`None`) or a colleague.
struct Taking<'a> {
    name: &'a str,
    observer: bool,
    ratings: &'a BTreeMap<String, Rating>,
    colleague: Option<&'a ColleagueRating>,
    /// Their place among the independent interviewers (the lead first), if they are one.
    seat: Option<usize>,
}

impl Taking<'_> {
    /// Their level that counts, read as the debrief reads it (the lead's from before the
    /// reveal, with evidence).
    fn level(&self, session: &Session, id: &str) -> Option<u8> {
        match self.colleague {
            None => session.lead_level(id),
            Some(c) => c.level(id),
        }
    }
}

/// The figures over every lead's panel session in `sessions`; other sessions are passed over.
pub fn calibrate<'a>(sessions: impl IntoIterator<Item = &'a Session>) -> Calibration {
    let mut found: BTreeMap<String, Figures> = BTreeMap::new();
    let mut panels = 0;
    for session in sessions {
        let Some(panel) = session.panel.as_ref().filter(|p| p.lead) else {
            continue;
        };
        if !revealed(session) || panel.colleagues.is_empty() {
            continue;
        }
        panels += 1;
        let mut takings = vec![Taking {
            name: &session.interviewer,
            observer: false,
            ratings: &session.interview.ratings,
            colleague: None,
            seat: Some(0),
        }];
        let mut seat = 0;
        takings.extend(panel.colleagues.iter().map(|c| Taking {
            name: &c.interviewer,
            observer: c.observer,
            ratings: &c.ratings,
            colleague: Some(c),
            seat: (!c.observer).then(|| {
                seat += 1;
                seat
            }),
        }));
        for taking in takings {
            let name = taking.name.trim();
            let figures = found.entry(name.to_lowercase()).or_insert_with(|| Figures {
                name: name.to_owned(),
                ..Figures::default()
            });
            figures.panels += 1;
            figures.as_observer += usize::from(taking.observer);
            for item in &session.lens.competencies {
                let id = item.competency.id.as_str();
                figures.competencies += 1;
                let Some(level) = taking.level(session, id) else {
                    if !taking.ratings.get(id).is_some_and(|r| r.no_example) {
                        figures.unrated += 1;
                    }
                    continue;
                };
                // Leave one out: the median of every other independent interviewer's level.
                let others: Vec<u8> = session
                    .independent_levels(id)
                    .into_iter()
                    .enumerate()
                    .filter(|(j, _)| Some(*j) != taking.seat)
                    .filter_map(|(_, l)| l)
                    .collect();
                if let Some(m) = Combined::of(&others) {
                    figures.compared += 1;
                    figures.difference_halves += i32::from(level) * 2 - i32::from(m.median.0);
                }
                if let Some(consensus) = panel.consensus.get(id) {
                    figures.with_consensus += 1;
                    if level.abs_diff(consensus.level) >= FAR_FROM_CONSENSUS {
                        figures.far_from_consensus += 1;
                    }
                }
            }
        }
    }
    let mut interviewers: Vec<Figures> = found.into_values().collect();
    interviewers.sort_by_key(|f| f.name.to_lowercase());
    Calibration {
        panels,
        interviewers,
    }
}
