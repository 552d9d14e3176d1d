//! Judging the interview: each competency against the lens standard (M28), the aptitude ×
//! behaviour reading (M1–M3), and the overall recommendation with its substantiation (M27).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::assessment::{Band, Thresholds};
use super::interview::{Example, Interview};
use super::lens::LensCompetency;

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
    /// Competency id → why it was left unrated; needed for each before completing.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub unrated: BTreeMap<String, String>,
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

/// What the assessment and the interview say together (M1–M3). High and low are the session's
/// own focus thresholds, the same bands preparation shows (M6).
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
    /// A middle score: the assessment gives no strong indication; the interview decides.
    InterviewDecides,
    /// No question answered and no rating: nothing to read.
    NotDiscussed,
}

/// The level from which a rating itself says the behaviour was shown: the middle anchor, an
/// adequate example of the behaviour.
pub const SHOWN_FROM_LEVEL: u8 = 3;

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

/// Behaviour shown, all things considered: a rating with its evidence is the interviewer's
/// judgement of the examples and decides (level 3 or more); without one, the example marks do.
pub fn shown(level: Option<u8>, examples: impl IntoIterator<Item = Option<Example>>) -> bool {
    match level {
        Some(level) => level >= SHOWN_FROM_LEVEL,
        None => behaviour_shown(examples),
    }
}

/// The reading of a score in its band, given whether the behaviour was shown.
pub fn reading(band: Band, shown: bool) -> Reading {
    match (band, shown) {
        (Band::High, true) => Reading::Confirmed,
        (Band::High, false) => Reading::UntappedPotential,
        (Band::Low, true) => Reading::LearnedBehaviour,
        (Band::Low, false) => Reading::DevelopmentArea,
        (Band::Middle, _) => Reading::InterviewDecides,
    }
}

/// Something in a competency's record the interviewer should look at again.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
pub enum Flag {
    /// Rated at or above the standard, yet "no example, not even after time to think" on
    /// every question asked: the rating or the example marks need correcting.
    RatedWithoutExamples,
}

/// One row of the evaluation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompetencyResult {
    pub competency: String,
    pub standard: u8,
    pub score: Option<u8>,
    pub band: Option<Band>,
    /// The complete rating (level with evidence), if any.
    pub level: Option<u8>,
    pub versus: Option<Versus>,
    /// Any question answered or marked, or a rating begun.
    pub discussed: bool,
    pub shown: bool,
    /// Needs a score, unless the competency was not discussed at all.
    pub reading: Option<Reading>,
    pub flag: Option<Flag>,
}

/// The evaluation row of one lens competency, from the session's score and interview.
pub fn result(
    item: &LensCompetency,
    score: Option<u8>,
    thresholds: &Thresholds,
    interview: &Interview,
    asked: &[String],
) -> CompetencyResult {
    let answers: Vec<_> = asked.iter().map(|q| interview.answers.get(q)).collect();
    let examples = answers.iter().map(|a| a.and_then(|a| a.example));
    let rating = interview.ratings.get(&item.competency.id);
    let level = rating.and_then(|r| r.complete());
    let discussed = rating.is_some_and(|r| r.level.is_some() || !r.evidence.trim().is_empty())
        || answers
            .iter()
            .flatten()
            .any(|a| a.example.is_some() || a.has_text());
    let shown = shown(level, examples.clone());
    let band = score.map(|s| thresholds.band(s));
    let reading = if discussed {
        band.map(|b| reading(b, shown))
    } else {
        Some(Reading::NotDiscussed)
    };
    let none_given = !asked.is_empty() && examples.clone().all(|e| e == Some(Example::None));
    let flag = (level.is_some_and(|l| l >= item.standard) && none_given)
        .then_some(Flag::RatedWithoutExamples);
    CompetencyResult {
        competency: item.competency.id.clone(),
        standard: item.standard,
        score,
        band,
        level,
        versus: level.map(|l| versus(l, item.standard)),
        discussed,
        shown,
        reading,
        flag,
    }
}
