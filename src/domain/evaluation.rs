//! Judging the interview: each competency against the lens standard (M28), the aptitude ×
//! behaviour reading (M1–M3), and the overall recommendation with its substantiation (M27).

use serde::{Deserialize, Serialize};

use super::interview::{Example, Interview};
use super::lens::LensCompetency;

/// Where the scale splits aptitude for the reading: at or above is "high aptitude".
pub const APTITUDE_SPLIT: u8 = 50;

#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Recommendation {
    StrongNo,
    No,
    NoDecision,
    Yes,
    StrongYes,
}

impl Recommendation {
    pub const ALL: [Recommendation; 5] = [
        Recommendation::StrongNo,
        Recommendation::No,
        Recommendation::NoDecision,
        Recommendation::Yes,
        Recommendation::StrongYes,
    ];
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Evaluation {
    pub recommendation: Option<Recommendation>,
    pub substantiation: String,
    /// When the evaluation was completed (ISO 8601); empty while open.
    pub completed_at: String,
}

/// A rating against the position's standard.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
pub enum Versus {
    Below,
    Meets,
    Above,
}

pub fn versus(level: u8, standard: u8) -> Versus {
    match level.cmp(&standard) {
        std::cmp::Ordering::Less => Versus::Below,
        std::cmp::Ordering::Equal => Versus::Meets,
        std::cmp::Ordering::Greater => Versus::Above,
    }
}

/// What the assessment and the interview say together (M1–M3).
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
pub enum Reading {
    /// High score, behaviour shown.
    Confirmed,
    /// High score, little behaviour shown: not yet asked of the candidate (M2).
    UntappedPotential,
    /// Low score, behaviour shown: learned; check whether it fits (M3).
    LearnedBehaviour,
    /// Low score, little behaviour shown.
    DevelopmentArea,
}

/// Behaviour counts as shown when the candidate gave a concrete example, or partial examples
/// on at least two questions (M23–M25).
pub fn behaviour_shown(examples: impl IntoIterator<Item = Option<Example>>) -> bool {
    let mut partly = 0;
    for example in examples {
        match example {
            Some(Example::Yes) => return true,
            Some(Example::Partly) => partly += 1,
            _ => {}
        }
    }
    partly >= 2
}

pub fn reading(score: u8, shown: bool) -> Reading {
    match (score >= APTITUDE_SPLIT, shown) {
        (true, true) => Reading::Confirmed,
        (true, false) => Reading::UntappedPotential,
        (false, true) => Reading::LearnedBehaviour,
        (false, false) => Reading::DevelopmentArea,
    }
}

/// One row of the evaluation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompetencyResult {
    pub competency: String,
    pub standard: u8,
    pub score: Option<u8>,
    /// The complete rating (level with evidence), if any.
    pub level: Option<u8>,
    pub versus: Option<Versus>,
    pub shown: bool,
    /// Needs a score; without one only the interview speaks.
    pub reading: Option<Reading>,
}

/// The evaluation row of one lens competency, from the session's score and interview.
pub fn result(
    item: &LensCompetency,
    score: Option<u8>,
    interview: &Interview,
    asked: &[String],
) -> CompetencyResult {
    let examples = asked
        .iter()
        .map(|q| interview.answers.get(q).and_then(|a| a.example));
    let shown = behaviour_shown(examples);
    let level = interview
        .ratings
        .get(&item.competency.id)
        .and_then(|r| r.complete());
    CompetencyResult {
        competency: item.competency.id.clone(),
        standard: item.standard,
        score,
        level,
        versus: level.map(|l| versus(l, item.standard)),
        shown,
        reading: score.map(|s| reading(s, shown)),
    }
}
