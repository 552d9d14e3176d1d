//! The candidate's outcome: what was decided, by whom, and how it stands against the standard —
//! one answer for the overview, the report, the letters and the retention record. Where a panel
//! was formed the panel decides, not one of its members (research in METHOD.md): its consensus
//! levels and recommendation are the outcome, held against the standard by the same rule as
//! one interviewer's (M27, M28).

use super::evaluation::{
    departure, rated_behaviour, reading, Behaviour, CompetencyResult, Departure, Recommendation,
};
use super::panel::PanelRefusal;
use super::session::{revealed, Session};

/// Who decides a candidate's outcome.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
pub enum DecidedBy {
    Interviewer,
    Panel,
}

/// The outcome as every screen, the report and the letters show it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Outcome {
    pub by: DecidedBy,
    /// `None` while nothing is decided: no recommendation given yet, or the panel has not
    /// recorded its own.
    pub recommendation: Option<Recommendation>,
    pub substantiation: String,
    /// How the recommendation departs from the standard, with the reason given.
    pub departure: Option<(Departure, String)>,
    /// The reason a rejected candidate hears.
    pub rejection_reason: String,
    /// In a panel that decided: the lead's own recommendation, where it differs.
    pub lead_own: Option<Recommendation>,
}

impl Outcome {
    /// A panel that has not decided yet: nothing may be shown as the outcome.
    pub fn pending(&self) -> bool {
        self.by == DecidedBy::Panel && self.recommendation.is_none()
    }
}

/// What the lead records as the panel's decision (see [`super::SessionAction::DecidePanel`]).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PanelDecision {
    pub recommendation: Option<Recommendation>,
    pub substantiation: String,
    /// Why it departs from the interviewers' majority, where it does.
    pub departure: String,
    /// How it weighs what departs from the standard, where it does.
    pub standard_departure: String,
    /// The reason the candidate hears, for a negative recommendation.
    pub rejection_reason: String,
}

impl Session {
    /// Whether a panel decides this candidate's outcome: this is the lead's session of a panel
    /// that invited colleagues or received their ratings. A panel started and never used
    /// leaves the decision with the interviewer.
    pub fn decided_by_panel(&self) -> bool {
        self.panel
            .as_ref()
            .is_some_and(|p| p.lead && (!p.invited.is_empty() || !p.colleagues.is_empty()))
    }

    /// The evaluation rows as the panel decided them, in lens order: the consensus level where
    /// one is recorded; "no example" where no independent interviewer gave a level and one
    /// recorded none; otherwise unrated. `None` unless a panel decides and may be seen.
    pub fn panel_results(&self) -> Option<Vec<CompetencyResult>> {
        let panel = self.panel.as_ref().filter(|_| self.decided_by_panel())?;
        if !revealed(self) && panel.consensus.is_empty() {
            return None;
        }
        let rows = self
            .results()
            .into_iter()
            .map(|own| {
                let id = own.competency.clone();
                let consensus = panel.consensus.get(&id).map(|c| c.level);
                let no_example = consensus.is_none()
                    && self.panel_levels(&id).is_empty()
                    && self.panel_no_example(&id);
                let behaviour = match consensus {
                    Some(level) => Some(rated_behaviour(level, own.standard)),
                    None if no_example => Some(Behaviour::NoExample),
                    None => None,
                };
                CompetencyResult {
                    level: consensus,
                    versus: consensus.map(|l| super::evaluation::versus(l, own.standard)),
                    no_example,
                    behaviour,
                    reading: match (own.band, behaviour) {
                        (Some(band), Some(b)) => Some(reading(band, b)),
                        _ => None,
                    },
                    flag: None,
                    ..own
                }
            })
            .collect();
        Some(rows)
    }

    /// Whether an independent interviewer recorded "no example, even after time to think".
    fn panel_no_example(&self, competency: &str) -> bool {
        let lead = self
            .interview
            .ratings
            .get(competency)
            .is_some_and(|r| r.no_example);
        let colleagues = self.panel.iter().flat_map(|p| &p.colleagues);
        lead || colleagues
            .filter(|c| !c.observer)
            .any(|c| c.ratings.get(competency).is_some_and(|r| r.no_example))
    }

    /// How a panel recommendation would depart from the standard, read on the panel's
    /// consensus (a competency without one is unrated).
    pub fn panel_departure(&self, recommendation: Option<Recommendation>) -> Option<Departure> {
        departure(recommendation, &self.panel_results()?)
    }

    /// The candidate's outcome, decided by the panel where one decides.
    pub fn outcome(&self) -> Outcome {
        let evaluation = &self.evaluation;
        match self.panel.as_ref().filter(|_| self.decided_by_panel()) {
            None => Outcome {
                by: DecidedBy::Interviewer,
                recommendation: evaluation.recommendation,
                substantiation: evaluation.substantiation.clone(),
                departure: self
                    .departure()
                    .map(|d| (d, evaluation.departure_reason.clone())),
                rejection_reason: evaluation.rejection_reason.clone(),
                lead_own: None,
            },
            Some(panel) => Outcome {
                by: DecidedBy::Panel,
                recommendation: panel.recommendation,
                substantiation: panel.substantiation.clone(),
                departure: self
                    .panel_departure(panel.recommendation)
                    .map(|d| (d, panel.standard_departure.clone())),
                rejection_reason: panel.rejection_reason.clone(),
                lead_own: evaluation
                    .recommendation
                    .filter(|own| panel.recommendation.is_some_and(|p| p != *own)),
            },
        }
    }

    /// Records the panel's recommendation: its substantiation, a reason for departing from
    /// the majority or from the standard, and for a rejection the reason the candidate hears.
    /// A recorded decision proposes the end of the procedure, as completing an evaluation does.
    pub(super) fn decide_panel(
        &mut self,
        decision: PanelDecision,
        now: &str,
    ) -> Result<(), PanelRefusal> {
        self.lead_panel()?;
        let PanelDecision {
            recommendation,
            substantiation,
            departure,
            standard_departure,
            rejection_reason,
        } = decision;
        let recorded = recommendation.is_some();
        if recorded && substantiation.trim().is_empty() {
            return Err(PanelRefusal::NoRationale);
        }
        let from_majority = match (recommendation, self.majority()) {
            (Some(r), Some(majority)) if r != majority => Some(majority),
            _ => None,
        };
        if let Some(majority) = from_majority {
            if departure.trim().is_empty() {
                return Err(PanelRefusal::DepartsFromMajority { majority });
            }
        }
        let from_standard = self.panel_departure(recommendation);
        if let Some(d) = from_standard.clone() {
            if standard_departure.trim().is_empty() {
                return Err(PanelRefusal::DepartsFromStandard(d));
            }
        }
        let negative = recommendation.is_some_and(Recommendation::negative);
        if negative && rejection_reason.trim().is_empty() {
            return Err(PanelRefusal::NoRejectionReason);
        }
        let panel = self.lead_panel()?;
        panel.recommendation = recommendation;
        panel.substantiation = if recorded {
            substantiation
        } else {
            String::new()
        };
        // Only a departure is explained: a recommendation that agrees keeps no stale reason.
        panel.departure = if from_majority.is_some() {
            departure
        } else {
            String::new()
        };
        panel.standard_departure = if from_standard.is_some() {
            standard_departure
        } else {
            String::new()
        };
        panel.rejection_reason = if negative {
            rejection_reason
        } else {
            String::new()
        };
        if recorded {
            self.retention
                .propose_end(now.get(..10).unwrap_or_default());
        }
        Ok(())
    }
}
