//! The panel's debrief (M26–M28): per competency every interviewer's level, evidence and example
//! marks side by side, how far they lie apart, and what needs talking about, next to the
//! standard, the mechanical combination and the consensus and recommendation the lead records.

use super::agreement::{Agreement, Combined};
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
    pub level: Option<u8>,
    /// "No example, even after time to think" recorded instead of a level.
    pub no_example: bool,
    pub evidence: String,
    /// The competency's questions that were asked, with whether an example was given.
    pub examples: Vec<(String, Option<Example>)>,
    pub unrated_reason: String,
}

impl View {
    /// A level with no written evidence behind it (M27).
    pub fn without_evidence(&self) -> bool {
        self.level.is_some() && self.evidence.trim().is_empty()
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

/// One interviewer's overall recommendation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Advice {
    pub interviewer: String,
    pub lead: bool,
    pub observer: bool,
    pub recommendation: Option<Recommendation>,
    pub substantiation: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Debrief {
    pub topics: Vec<Topic>,
    pub agreement: Agreement,
    pub advice: Vec<Advice>,
    /// The recommendation more than half of the independent interviewers gave.
    pub majority: Option<Recommendation>,
    pub recommendation: Option<Recommendation>,
    pub substantiation: String,
    pub departure: String,
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
            let mut views = vec![View {
                interviewer: session.interviewer.clone(),
                lead: true,
                observer: false,
                focus: false,
                level: session.own_level(id),
                no_example: own.is_some_and(|r| r.no_example) && session.own_level(id).is_none(),
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
                    level: colleague.level(id),
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
            let spread = match (levels.iter().min(), levels.iter().max()) {
                (Some(low), Some(high)) if levels.len() >= 2 => Some(high - low),
                _ => None,
            };
            Topic {
                competency: id.clone(),
                name: item.competency.name.clone(),
                standard: item.standard,
                views,
                combined: Combined::of(&levels),
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
        substantiation: session.evaluation.substantiation.clone(),
    }];
    advice.extend(panel.colleagues.iter().map(|c| Advice {
        interviewer: c.interviewer.clone(),
        lead: false,
        observer: c.observer,
        recommendation: c.recommendation,
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
        recommendation: panel.recommendation,
        substantiation: panel.substantiation.clone(),
        departure: panel.departure.clone(),
    })
}

impl Session {
    /// The lead's own level for one competency: it counts only with written evidence.
    pub fn own_level(&self, competency: &str) -> Option<u8> {
        self.interview
            .ratings
            .get(competency)
            .and_then(|r| r.complete())
    }

    /// One entry per independent interviewer — the lead first, then every colleague who is
    /// not an observer — with their level for one competency, `None` where they gave none
    /// ("no example" and unrated give no level).
    pub fn independent_levels(&self, competency: &str) -> Vec<Option<u8>> {
        let colleagues = self.panel.iter().flat_map(|p| &p.colleagues);
        std::iter::once(self.own_level(competency))
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

    /// The recommendation more than half of the independent interviewers gave, if any.
    pub fn majority(&self) -> Option<Recommendation> {
        let colleagues = self.panel.iter().flat_map(|p| &p.colleagues);
        let given: Vec<Recommendation> = self
            .evaluation
            .recommendation
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

    fn lead_panel(&mut self) -> Result<&mut Panel, PanelRefusal> {
        if !revealed(self) {
            return Err(PanelRefusal::NotRevealed);
        }
        self.panel
            .as_mut()
            .filter(|p| p.lead)
            .ok_or(PanelRefusal::NotLead)
    }

    /// Records (or with `None` clears) the panel's level for a competency, with its rationale.
    pub fn set_consensus(
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

    /// Records the panel's recommendation; one other than the majority's needs `departure`.
    pub fn set_panel_recommendation(
        &mut self,
        recommendation: Option<Recommendation>,
        substantiation: String,
        departure: String,
    ) -> Result<(), PanelRefusal> {
        self.lead_panel()?;
        if recommendation.is_some() && substantiation.trim().is_empty() {
            return Err(PanelRefusal::NoRationale);
        }
        let departs = match (recommendation, self.majority()) {
            (Some(r), Some(majority)) if r != majority => Some(majority),
            _ => None,
        };
        if let Some(majority) = departs {
            if departure.trim().is_empty() {
                return Err(PanelRefusal::DepartsFromMajority { majority });
            }
        }
        let panel = self.lead_panel()?;
        panel.recommendation = recommendation;
        panel.substantiation = substantiation;
        panel.departure = if departs.is_some() {
            departure
        } else {
            String::new()
        };
        Ok(())
    }
}
