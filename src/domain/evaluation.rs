//! Judging the interview: each competency against the lens standard (M28), the aptitude ×
//! behaviour reading (M1–M3), and the overall recommendation with its substantiation (M27).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::assessment::{Band, Score, Thresholds};
use super::interview::{Example, Interview, Rating};
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

    pub fn positive(self) -> bool {
        matches!(self, Recommendation::Yes | Recommendation::StrongYes)
    }

    pub fn negative(self) -> bool {
        matches!(self, Recommendation::No | Recommendation::StrongNo)
    }
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
    /// How the substantiation weighs the competencies a recommendation departs from (see
    /// [`departure`]); needed before completing while there is such a departure.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub departure_reason: String,
    /// Why the candidate is rejected, recorded so that a candidate who asks later hears the
    /// same reason; needed before completing a negative recommendation.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub rejection_reason: String,
    /// The feedback for the candidate as the interviewer edited it; empty while the drawn-up
    /// text stands.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub feedback_letter: String,
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

/// What the interview showed of a competency's behaviour (M23–M25).
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
pub enum Behaviour {
    /// Examples that show the behaviour at an adequate level or better.
    Shown,
    /// Examples were given, but the behaviour in them falls short of the adequate level.
    Weak,
    /// No example, even after time to think: nothing was shown, good or bad (M24).
    NoExample,
}

/// The middle anchor: an adequate example of the behaviour. A rating from here on while every
/// question asked is marked "no example" contradicts itself, whatever the standard.
pub const ADEQUATE_LEVEL: u8 = 3;

/// What the example marks alone say: a concrete example, or partial ones on at least two
/// questions, shows the behaviour; a single partial one is weak; questions marked "none" and
/// no other mark mean no example; nothing marked says nothing.
pub fn marked_behaviour(examples: impl IntoIterator<Item = Option<Example>>) -> Option<Behaviour> {
    let (mut partly, mut none) = (0, 0);
    for example in examples {
        match example {
            Some(Example::Yes) => return Some(Behaviour::Shown),
            Some(Example::Partly) => partly += 1,
            Some(Example::None) => none += 1,
            None => {}
        }
    }
    match (partly, none) {
        (2.., _) => Some(Behaviour::Shown),
        (1, _) => Some(Behaviour::Weak),
        (0, 1..) => Some(Behaviour::NoExample),
        _ => None,
    }
}

/// What a level says of the behaviour: shown where it meets the competency's standard in the
/// lens, examples that fall short below it — so a reading can never say "confirmed" beside
/// "below the standard".
pub fn rated_behaviour(level: u8, standard: u8) -> Behaviour {
    if level >= standard {
        Behaviour::Shown
    } else {
        Behaviour::Weak
    }
}

/// The behaviour, all things considered. The rating with its evidence is the interviewer's
/// judgement of the examples and decides over the marks; "no example" recorded with the rating
/// comes next; only without either do the marks speak.
pub fn behaviour(
    rating: Option<&Rating>,
    standard: u8,
    examples: impl IntoIterator<Item = Option<Example>>,
) -> Option<Behaviour> {
    if let Some(level) = rating.and_then(Rating::complete) {
        return Some(rated_behaviour(level, standard));
    }
    if rating.is_some_and(|r| r.no_example) {
        return Some(Behaviour::NoExample);
    }
    marked_behaviour(examples)
}

/// What the assessment and the interview say together (M1–M3). High and low are the focus
/// bands of the thresholds the candidate is read with, the same bands preparation shows (M6).
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
pub enum Reading {
    /// High score, behaviour shown.
    Confirmed,
    /// High score, examples that fall short: the aptitude is not borne out by what was shown.
    NotConfirmed,
    /// High score, no example: probably never asked of the candidate (M2).
    UntappedPotential,
    /// Low score, behaviour shown: learned; check whether it fits (M3).
    LearnedBehaviour,
    /// Low score, no example: little chance to show it so far, and it will cost effort (M24).
    DevelopmentArea,
    /// Low score, examples that fall short: a development area the examples bear out.
    FallsShort,
    /// A middle score: the assessment gives no strong indication; the interview decides.
    InterviewDecides,
    /// No question answered and no rating: nothing to read.
    NotDiscussed,
}

/// The reading of a score in its band, given the behaviour the interview showed.
pub fn reading(band: Band, behaviour: Behaviour) -> Reading {
    use Behaviour as B;
    match (band, behaviour) {
        (Band::Middle, _) => Reading::InterviewDecides,
        (Band::High, B::Shown) => Reading::Confirmed,
        (Band::High, B::Weak) => Reading::NotConfirmed,
        (Band::High, B::NoExample) => Reading::UntappedPotential,
        (Band::Low, B::Shown) => Reading::LearnedBehaviour,
        (Band::Low, B::Weak) => Reading::FallsShort,
        (Band::Low, B::NoExample) => Reading::DevelopmentArea,
    }
}

/// Something in a competency's record the interviewer should look at again.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
pub enum Flag {
    /// Rated 3 or more (an adequate example or better), yet "no example, not even after time
    /// to think" on every question asked: the rating or the marks need correcting, whatever
    /// the standard.
    RatedWithoutExamples,
    /// Recorded as "no example", yet a question asked is marked as having one.
    NoExampleDespiteExamples,
}

/// One row of the evaluation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompetencyResult {
    pub competency: String,
    pub standard: u8,
    pub score: Option<Score>,
    pub band: Option<Band>,
    /// The complete rating (level with evidence), if any.
    pub level: Option<u8>,
    pub versus: Option<Versus>,
    /// "No example, even after time to think" recorded instead of a level.
    pub no_example: bool,
    /// Any question answered or marked, or a rating begun.
    pub discussed: bool,
    /// What the interview showed; `None` when nothing was rated or marked.
    pub behaviour: Option<Behaviour>,
    /// Needs a score and a behaviour, unless the competency was not discussed at all.
    pub reading: Option<Reading>,
    pub flag: Option<Flag>,
}

/// The evaluation row of one lens competency, from the session's score and interview.
pub fn result(
    item: &LensCompetency,
    score: Option<Score>,
    thresholds: &Thresholds,
    interview: &Interview,
    asked: &[String],
) -> CompetencyResult {
    let answers: Vec<_> = asked.iter().map(|q| interview.answers.get(q)).collect();
    let examples = answers.iter().map(|a| a.and_then(|a| a.example));
    let rating = interview.ratings.get(&item.competency.id);
    let level = rating.and_then(|r| r.complete());
    let no_example = level.is_none() && rating.is_some_and(|r| r.no_example);
    let discussed = rating
        .is_some_and(|r| r.level.is_some() || r.no_example || !r.evidence.trim().is_empty())
        || answers
            .iter()
            .flatten()
            .any(|a| a.example.is_some() || a.has_text());
    let behaviour = behaviour(rating, item.standard, examples.clone());
    let band = score.map(|s| thresholds.band(s.percentile()));
    let reading = if discussed {
        band.zip(behaviour).map(|(b, h)| reading(b, h))
    } else {
        Some(Reading::NotDiscussed)
    };
    let none_given = !asked.is_empty() && examples.clone().all(|e| e == Some(Example::None));
    let some_given = examples
        .clone()
        .any(|e| matches!(e, Some(Example::Yes | Example::Partly)));
    let flag = if level.is_some_and(|l| l >= ADEQUATE_LEVEL) && none_given {
        Some(Flag::RatedWithoutExamples)
    } else if no_example && some_given {
        Some(Flag::NoExampleDespiteExamples)
    } else {
        None
    };
    CompetencyResult {
        competency: item.competency.id.clone(),
        standard: item.standard,
        score,
        band,
        level,
        versus: level.map(|l| versus(l, item.standard)),
        no_example,
        discussed,
        behaviour,
        reading,
        flag,
    }
}

/// Why a competency keeps a positive recommendation from resting on the standard alone.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
pub enum Short {
    /// Rated below the standard.
    Below,
    /// No example, even after time to think: not shown to meet it (M24).
    NoExample,
    /// Not rated, for whatever reason (out of time, no consensus): not shown to meet it.
    Unrated,
}

/// How a recommendation departs from what the ratings say against the standard (M28).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Departure {
    /// A positive recommendation while these competencies (ids, in lens order) are not shown
    /// to meet the standard, each with why.
    PositiveBelowStandard(Vec<(String, Short)>),
    /// A negative recommendation while every competency is rated at or above the standard.
    NegativeAllMeet,
}

/// The departure of `recommendation` from `results`, if it departs. One interviewer's and a
/// panel's recommendation are held against the standard by this one rule.
pub fn departure(
    recommendation: Option<Recommendation>,
    results: &[CompetencyResult],
) -> Option<Departure> {
    let recommendation = recommendation?;
    if recommendation.positive() {
        let short: Vec<(String, Short)> = results
            .iter()
            .filter_map(|r| {
                let why = match r.versus {
                    Some(Versus::Below) => Short::Below,
                    Some(_) => return None,
                    None if r.no_example => Short::NoExample,
                    None => Short::Unrated,
                };
                Some((r.competency.clone(), why))
            })
            .collect();
        return (!short.is_empty()).then_some(Departure::PositiveBelowStandard(short));
    }
    let all_meet = !results.is_empty()
        && results
            .iter()
            .all(|r| matches!(r.versus, Some(Versus::Meets | Versus::Above)));
    (recommendation.negative() && all_meet).then_some(Departure::NegativeAllMeet)
}
