//! The panel's debrief (M26–M28): per competency every interviewer's level, evidence and example
//! marks side by side, how far they lie apart, and what needs talking about, next to the
//! standard, the mechanical combination and the consensus and recommendation the lead records.

use super::agreement::{Agreement, Combined, Pairs};
use super::decision::PanelDecision;
use super::evaluation::Recommendation;
use super::interview::Example;
use super::lens::{LEVEL_MAX, LEVEL_MIN};
use super::panel::{Consensus, Panel, PanelRefusal, DISAGREEMENT};
use super::panel_exchange::revealed;
use super::session::Session;
use super::text::Text;

/// One interviewer's view of one competency.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct View {
    pub interviewer: String,
    /// The lead's own rating (the session's interviewer).
    pub lead: bool,
    /// Taking part to learn: shown, left out of the combination and the agreement.
    pub observer: bool,
    /// The lead asked this interviewer to cover this competency.
    pub focus: bool,
    /// The level as given now; see `counted` for the one that counts.
    pub level: Option<u8>,
    /// The level that goes into the median, the majority and the agreement: given before
    /// the reveal, with written evidence; `None` for an observer.
    pub counted: Option<u8>,
    /// "No example, even after time to think" recorded instead of a level.
    pub no_example: bool,
    pub evidence: String,
    /// The competency's questions that were asked, with whether an example was given.
    pub examples: Vec<(String, Option<Example>)>,
    pub unrated_reason: String,
}

impl View {
    /// A level with no written evidence behind it (M27): shown, never counted.
    pub fn without_evidence(&self) -> bool {
        self.level.is_some() && self.evidence.trim().is_empty()
    }

    /// The lead changed this level after the colleagues' ratings were revealed: the level
    /// given before counts.
    pub fn changed_after_reveal(&self) -> bool {
        self.lead && !self.without_evidence() && self.level != self.counted
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Topic {
    pub competency: String,
    pub name: Text,
    pub standard: u8,
    pub views: Vec<View>,
    /// Median and mean of the independent levels (observers left out).
    pub combined: Option<Combined>,
    /// Lowest and highest independent level; `None` with fewer than two levels.
    pub range: Option<(u8, u8)>,
    /// Of the pairs of independent levels, how many lie within one level of each other.
    pub pairs: Pairs,
    /// Highest minus lowest independent level; `None` with fewer than two levels.
    pub spread: Option<u8>,
    /// The spread is [`DISAGREEMENT`] levels or more.
    pub disagreement: bool,
    pub consensus: Option<Consensus>,
}

impl Topic {
    pub fn without_evidence(&self) -> bool {
        self.views.iter().any(View::without_evidence)
    }

    /// The interviewers whose level here does not count, and why: no written evidence, or
    /// (the lead) changed after the reveal.
    pub fn not_counted(&self) -> Vec<(&str, NotCounted)> {
        self.views
            .iter()
            .filter(|v| !v.observer)
            .filter_map(|v| {
                let why = if v.without_evidence() {
                    NotCounted::NoEvidence
                } else if v.changed_after_reveal() {
                    NotCounted::ChangedAfterReveal { counted: v.counted }
                } else {
                    return None;
                };
                Some((v.interviewer.as_str(), why))
            })
            .collect()
    }

    /// How many independent interviewers gave this competency a level.
    pub fn covered(&self) -> usize {
        self.combined.map_or(0, |c| c.count)
    }

    /// The consensus lies one level or more from the median.
    pub fn departs(&self) -> bool {
        match (&self.consensus, self.combined) {
            (Some(c), Some(m)) => m.median.departs(c.level),
            _ => false,
        }
    }
}

/// Why a level shown in the debrief is left out of the median, the majority and the agreement.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum NotCounted {
    /// A level with no written evidence behind it (M27).
    NoEvidence,
    /// The lead's level changed after the reveal; the one given before counts.
    ChangedAfterReveal { counted: Option<u8> },
}

/// One interviewer's overall recommendation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Advice {
    pub interviewer: String,
    pub lead: bool,
    pub observer: bool,
    /// As it stands now.
    pub recommendation: Option<Recommendation>,
    /// As it counts in the majority: for the lead, the one given before the reveal.
    pub counted: Option<Recommendation>,
    pub substantiation: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Debrief {
    pub topics: Vec<Topic>,
    pub agreement: Agreement,
    pub advice: Vec<Advice>,
    /// The recommendation more than half of the independent interviewers gave.
    pub majority: Option<Recommendation>,
    /// When the lead's evaluation was reopened after the reveal, and what changed since.
    pub reopened: Vec<String>,
    pub changes: Vec<Change>,
    /// The panel's decision as recorded.
    pub decision: PanelDecision,
}

/// Something the lead changed in the own evaluation after the colleagues' ratings were shown.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Change {
    Level {
        competency: String,
        before: Option<u8>,
        after: Option<u8>,
    },
    Recommendation {
        before: Option<Recommendation>,
        after: Option<Recommendation>,
    },
}

/// A competency of the lens that fewer than two independent interviewers gave a level.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Gap {
    pub competency: String,
    pub name: Text,
    /// 0 or 1.
    pub levels: usize,
}

/// The competencies rated by fewer than two independent interviewers, from the levels present
/// (the lead's own and those of colleagues' files that have arrived). Only counts: it may be
/// shown before the lead's evaluation is complete.
pub fn coverage(session: &Session) -> Vec<Gap> {
    if !session.panel.as_ref().is_some_and(|p| p.lead) {
        return Vec::new();
    }
    session
        .lens
        .competencies
        .iter()
        .filter_map(|item| {
            let levels = session.panel_levels(&item.competency.id).len();
            (levels < 2).then(|| Gap {
                competency: item.competency.id.clone(),
                name: item.competency.name.clone(),
                levels,
            })
        })
        .collect()
}

/// The debrief of a lead's session; `None` until the lead's own evaluation is completed (the
/// colleagues' ratings stay hidden until then) or when it is not a lead's panel session.
pub fn debrief(session: &Session) -> Option<Debrief> {
    let panel = session.panel.as_ref().filter(|p| p.lead)?;
    if !revealed(session) {
        return None;
    }
    let topics = session
        .lens
        .competencies
        .iter()
        .map(|item| {
            let id = &item.competency.id;
            let asked = session.asked(item);
            let own = session.interview.ratings.get(id);
            let level = own.and_then(|r| r.level);
            let mut views = vec![View {
                interviewer: session.interviewer.clone(),
                lead: true,
                observer: false,
                focus: false,
                level,
                counted: session.lead_level(id),
                no_example: own.is_some_and(|r| r.no_example) && level.is_none(),
                evidence: own.map(|r| r.evidence.clone()).unwrap_or_default(),
                examples: asked
                    .iter()
                    .map(|q| {
                        let example = session.interview.answers.get(q).and_then(|a| a.example);
                        (q.clone(), example)
                    })
                    .collect(),
                unrated_reason: session
                    .evaluation
                    .unrated
                    .get(id)
                    .cloned()
                    .unwrap_or_default(),
            }];
            for colleague in &panel.colleagues {
                let rating = colleague.ratings.get(id);
                views.push(View {
                    interviewer: colleague.interviewer.clone(),
                    lead: false,
                    observer: colleague.observer,
                    focus: colleague.focus.contains(id),
                    level: colleague.given_level(id),
                    counted: colleague.level(id).filter(|_| !colleague.observer),
                    no_example: rating.is_some_and(|r| r.no_example && r.level.is_none()),
                    evidence: rating.map(|r| r.evidence.clone()).unwrap_or_default(),
                    examples: asked
                        .iter()
                        .map(|q| (q.clone(), colleague.examples.get(q).copied()))
                        .collect(),
                    unrated_reason: colleague.unrated.get(id).cloned().unwrap_or_default(),
                });
            }
            let levels = session.panel_levels(id);
            let range = match (levels.iter().min(), levels.iter().max()) {
                (Some(&low), Some(&high)) if levels.len() >= 2 => Some((low, high)),
                _ => None,
            };
            let spread = range.map(|(low, high)| high - low);
            Topic {
                competency: id.clone(),
                name: item.competency.name.clone(),
                standard: item.standard,
                views,
                combined: Combined::of(&levels),
                range,
                pairs: Pairs::of(&levels),
                spread,
                disagreement: spread.is_some_and(|s| s >= DISAGREEMENT),
                consensus: panel.consensus.get(id).cloned(),
            }
        })
        .collect();
    let mut advice = vec![Advice {
        interviewer: session.interviewer.clone(),
        lead: true,
        observer: false,
        recommendation: session.evaluation.recommendation,
        counted: session.lead_recommendation(),
        substantiation: session.evaluation.substantiation.clone(),
    }];
    advice.extend(panel.colleagues.iter().map(|c| Advice {
        interviewer: c.interviewer.clone(),
        lead: false,
        observer: c.observer,
        recommendation: c.recommendation,
        counted: c.recommendation.filter(|_| !c.observer),
        substantiation: c.substantiation.clone(),
    }));
    // One row per competency, one column per independent interviewer (the lead first).
    let rows: Vec<Vec<Option<u8>>> = session
        .lens
        .competencies
        .iter()
        .map(|item| session.independent_levels(&item.competency.id))
        .collect();
    Some(Debrief {
        topics,
        agreement: Agreement::of(&rows),
        advice,
        majority: session.majority(),
        reopened: panel.reopened.clone(),
        changes: session.changes_since_reveal(),
        decision: PanelDecision {
            recommendation: panel.recommendation,
            substantiation: panel.substantiation.clone(),
            departure: panel.departure.clone(),
            standard_departure: panel.standard_departure.clone(),
            rejection_reason: panel.rejection_reason.clone(),
        },
    })
}

impl Session {
    /// The lead's own level for one competency as it stands now: it counts only with written
    /// evidence.
    pub fn own_level(&self, competency: &str) -> Option<u8> {
        self.interview
            .ratings
            .get(competency)
            .and_then(|r| r.complete())
    }

    /// The lead's independent level: as sealed at the reveal, once there was one; before it,
    /// the own level as it stands.
    pub fn lead_level(&self, competency: &str) -> Option<u8> {
        match self.panel.as_ref().and_then(|p| p.sealed.as_ref()) {
            Some(sealed) => sealed.levels.get(competency).copied(),
            None => self.own_level(competency),
        }
    }

    /// The lead's independent recommendation: as sealed at the reveal, once there was one.
    pub fn lead_recommendation(&self) -> Option<Recommendation> {
        match self.panel.as_ref().and_then(|p| p.sealed.as_ref()) {
            Some(sealed) => sealed.recommendation,
            None => self.evaluation.recommendation,
        }
    }

    /// What the lead changed after the reveal: levels, then the recommendation.
    pub fn changes_since_reveal(&self) -> Vec<Change> {
        let Some(sealed) = self.panel.as_ref().and_then(|p| p.sealed.as_ref()) else {
            return Vec::new();
        };
        let mut changes: Vec<Change> = self
            .lens
            .competencies
            .iter()
            .filter_map(|item| {
                let id = &item.competency.id;
                let before = sealed.levels.get(id).copied();
                let after = self.own_level(id);
                (before != after).then(|| Change::Level {
                    competency: id.clone(),
                    before,
                    after,
                })
            })
            .collect();
        if sealed.recommendation != self.evaluation.recommendation {
            changes.push(Change::Recommendation {
                before: sealed.recommendation,
                after: self.evaluation.recommendation,
            });
        }
        changes
    }

    /// One entry per independent interviewer — the lead first, then every colleague who is
    /// not an observer — with their level for one competency that counts: given before the
    /// reveal, with written evidence; `None` where they gave none ("no example" and unrated
    /// give no level).
    pub fn independent_levels(&self, competency: &str) -> Vec<Option<u8>> {
        let colleagues = self.panel.iter().flat_map(|p| &p.colleagues);
        std::iter::once(self.lead_level(competency))
            .chain(
                colleagues
                    .filter(|c| !c.observer)
                    .map(|c| c.level(competency)),
            )
            .collect()
    }

    /// The levels of [`Session::independent_levels`] that were given.
    pub fn panel_levels(&self, competency: &str) -> Vec<u8> {
        self.independent_levels(competency)
            .into_iter()
            .flatten()
            .collect()
    }

    /// The median and mean of [`Session::panel_levels`].
    pub fn combined(&self, competency: &str) -> Option<Combined> {
        Combined::of(&self.panel_levels(competency))
    }

    /// The recommendation more than half of the independent interviewers gave, if any (the
    /// lead's as given before the reveal).
    pub fn majority(&self) -> Option<Recommendation> {
        let colleagues = self.panel.iter().flat_map(|p| &p.colleagues);
        let given: Vec<Recommendation> = self
            .lead_recommendation()
            .into_iter()
            .chain(
                colleagues
                    .filter(|c| !c.observer)
                    .filter_map(|c| c.recommendation),
            )
            .collect();
        Recommendation::ALL
            .into_iter()
            .find(|r| given.iter().filter(|g| *g == r).count() * 2 > given.len())
    }

    pub(super) fn lead_panel(&mut self) -> Result<&mut Panel, PanelRefusal> {
        if !revealed(self) {
            return Err(PanelRefusal::NotRevealed);
        }
        self.panel
            .as_mut()
            .filter(|p| p.lead)
            .ok_or(PanelRefusal::NotLead)
    }

    /// Records (or with `None` clears) the panel's level for a competency, with its rationale
    /// (see [`super::SessionAction::SetConsensus`]).
    pub(super) fn set_consensus(
        &mut self,
        competency: &str,
        consensus: Option<Consensus>,
    ) -> Result<(), PanelRefusal> {
        self.lead_panel()?;
        let mut consensus = consensus;
        if let Some(c) = consensus.as_mut() {
            if !(LEVEL_MIN..=LEVEL_MAX).contains(&c.level) {
                return Err(PanelRefusal::LevelOutOfRange);
            }
            if c.rationale.trim().is_empty() {
                return Err(PanelRefusal::NoRationale);
            }
            match self.combined(competency) {
                Some(m) if m.median.departs(c.level) => {
                    if c.departure.trim().is_empty() {
                        return Err(PanelRefusal::DepartsFromMedian { median: m.median });
                    }
                }
                // Only a departure is explained: a level at the median keeps no stale reason.
                _ => c.departure.clear(),
            }
        }
        let panel = self.lead_panel()?;
        match consensus {
            Some(c) => panel.consensus.insert(competency.to_owned(), c),
            None => panel.consensus.remove(competency),
        };
        Ok(())
    }
}
