//! The report of one interview (M27): per competency everything that substantiates the
//! judgement — score and band, the rating with its anchor, the evidence, and per question asked
//! whether an example was given and what was noted — and where the chart puts each figure;
//! and the interview kit, the same interview on paper for when a tablet fails.

use super::assessment::{Focus, Score};
use super::competency::Question;
use super::evaluation::CompetencyResult;
use super::interview::Example;
use super::session::Session;
use super::text::Text;

/// One question as asked and noted.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AskedQuestion {
    pub text: Text,
    pub example: Option<Example>,
    pub notes: String,
    /// Situation, task, action and result, each empty when not filled in.
    pub star: [String; 4],
}

/// One competency's part of the report.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Section {
    pub name: Text,
    pub result: CompetencyResult,
    /// The text of the anchor that matches the rating.
    pub anchor: Option<Text>,
    pub evidence: String,
    pub questions: Vec<AskedQuestion>,
    /// Why it was not rated, when it was not.
    pub unrated_reason: Option<String>,
}

/// The report's sections, in the lens's order.
pub fn sections(session: &Session) -> Vec<Section> {
    session
        .lens
        .competencies
        .iter()
        .zip(session.results())
        .map(|(item, result)| {
            let id = &item.competency.id;
            let anchor = result
                .level
                .and_then(|l| item.competency.anchors.get(usize::from(l).checked_sub(1)?))
                .cloned();
            let questions = session
                .asked(item)
                .iter()
                .filter_map(|q| {
                    let question = item.competency.question(q)?;
                    let answer = session
                        .interview
                        .answers
                        .get(q)
                        .cloned()
                        .unwrap_or_default();
                    Some(AskedQuestion {
                        text: question.text.clone(),
                        example: answer.example,
                        notes: answer.notes,
                        star: [answer.situation, answer.task, answer.action, answer.result],
                    })
                })
                .collect();
            let unrated_reason = result
                .level
                .is_none()
                .then(|| session.evaluation.unrated.get(id).cloned())
                .flatten()
                .filter(|r| !r.trim().is_empty());
            Section {
                name: item.competency.name.clone(),
                evidence: session
                    .interview
                    .ratings
                    .get(id)
                    .map(|r| r.evidence.clone())
                    .unwrap_or_default(),
                anchor,
                questions,
                unrated_reason,
                result,
            }
        })
        .collect()
}

/// Where `value` lies on a scale from `min` to `max` drawn `width` units wide, from its start;
/// values outside the scale are kept at its ends.
pub fn on_scale(value: u32, min: u32, max: u32, width: u32) -> u32 {
    if max <= min {
        return 0;
    }
    let value = value.clamp(min, max) - min;
    (value * width + (max - min) / 2) / (max - min)
}

/// One competency in the interview kit: what to ask and how to rate it, on paper.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KitCompetency {
    pub name: Text,
    pub standard: u8,
    /// The score, for the assessment discussion; the kit keeps it away from the anchors.
    pub score: Option<Score>,
    pub focus: Option<Focus>,
    /// The questions chosen for this candidate, with their probes, in the competency's order.
    pub questions: Vec<Question>,
    /// What levels 1 to 5 look like.
    pub anchors: Vec<Text>,
}

/// The interview kit's competencies, in the lens's order.
pub fn kit(session: &Session) -> Vec<KitCompetency> {
    session
        .lens
        .competencies
        .iter()
        .map(|item| {
            let score = session.usable_score(&item.competency.id);
            KitCompetency {
                name: item.competency.name.clone(),
                standard: item.standard,
                score,
                focus: score.map(|s| session.thresholds().focus(s.percentile())),
                questions: session
                    .asked(item)
                    .iter()
                    .filter_map(|q| item.competency.question(q).cloned())
                    .collect(),
                anchors: item.competency.anchors.clone(),
            }
        })
        .collect()
}
