//! The panel's debrief (M26–M28): per competency every interviewer's level, evidence and example
//! marks side by side, how far they lie apart, and what needs talking about, next to the
//! standard and the consensus the lead records.

use super::evaluation::Recommendation;
use super::interview::Example;
use super::panel::{revealed, Consensus, DISAGREEMENT};
use super::session::Session;
use super::text::Text;

/// One interviewer's view of one competency.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct View {
    pub interviewer: String,
    /// The lead's own rating (the session's interviewer).
    pub lead: bool,
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
    /// Highest minus lowest level given; `None` with fewer than two levels.
    pub spread: Option<u8>,
    /// The spread is [`DISAGREEMENT`] levels or more.
    pub disagreement: bool,
    pub consensus: Option<Consensus>,
}

impl Topic {
    pub fn without_evidence(&self) -> bool {
        self.views.iter().any(View::without_evidence)
    }
}

/// One interviewer's overall recommendation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Advice {
    pub interviewer: String,
    pub lead: bool,
    pub recommendation: Option<Recommendation>,
    pub substantiation: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Debrief {
    pub topics: Vec<Topic>,
    pub advice: Vec<Advice>,
    pub recommendation: Option<Recommendation>,
    pub substantiation: String,
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
                level: own.and_then(|r| r.complete()),
                no_example: own.is_some_and(|r| r.no_example && r.complete().is_none()),
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
                    level: rating.and_then(|r| r.level),
                    no_example: rating.is_some_and(|r| r.no_example && r.level.is_none()),
                    evidence: rating.map(|r| r.evidence.clone()).unwrap_or_default(),
                    examples: asked
                        .iter()
                        .map(|q| (q.clone(), colleague.examples.get(q).copied()))
                        .collect(),
                    unrated_reason: colleague.unrated.get(id).cloned().unwrap_or_default(),
                });
            }
            let levels = views.iter().filter_map(|v| v.level);
            let spread = match (levels.clone().min(), levels.clone().max()) {
                (Some(low), Some(high)) if levels.count() >= 2 => Some(high - low),
                _ => None,
            };
            Topic {
                competency: id.clone(),
                name: item.competency.name.clone(),
                standard: item.standard,
                views,
                spread,
                disagreement: spread.is_some_and(|s| s >= DISAGREEMENT),
                consensus: panel.consensus.get(id).cloned(),
            }
        })
        .collect();
    let mut advice = vec![Advice {
        interviewer: session.interviewer.clone(),
        lead: true,
        recommendation: session.evaluation.recommendation,
        substantiation: session.evaluation.substantiation.clone(),
    }];
    advice.extend(panel.colleagues.iter().map(|c| Advice {
        interviewer: c.interviewer.clone(),
        lead: false,
        recommendation: c.recommendation,
        substantiation: c.substantiation.clone(),
    }));
    Some(Debrief {
        topics,
        advice,
        recommendation: panel.recommendation,
        substantiation: panel.substantiation.clone(),
    })
}
