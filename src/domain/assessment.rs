//! The assessment: a score per competency (aptitude, M1) on the scale the instrument reports,
//! the neutral candidate report (M15), other information (M5) and where the results come from;
//! and the focus each score suggests for preparation (M6).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

pub const SCORE_MAX: u8 = 100;

/// The scale the instrument reports its competency scores on. A score is kept as typed, with
/// its scale, and read on the percentile scale through [`Score::percentile`], so a sten is
/// never read as a percentile or the other way round.
#[derive(Copy, Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Scale {
    /// Percentile 0–100 (the classic report: 74 on Initiating action).
    #[default]
    Percentile,
    /// Standard ten: 1–10, mean 5.5, standard deviation 2.
    Sten,
}

/// The percentile of the middle of each sten band under the normal curve: sten `s` covers
/// z from `(s − 6) / 2` to `(s − 5) / 2`, its middle is `z = (s − 5.5) / 2`, and this table
/// holds `round(100 · Φ(z))` (Φ the standard normal distribution). Stens 1 and 10 are open
/// bands; their middle is taken half a band beyond the last boundary (z = ∓2.25).
pub const STEN_PERCENTILES: [u8; 10] = [1, 4, 11, 23, 40, 60, 77, 89, 96, 99];

impl Scale {
    pub const ALL: [Scale; 2] = [Scale::Percentile, Scale::Sten];

    /// The lowest and highest score on this scale.
    pub fn range(self) -> (u8, u8) {
        match self {
            Scale::Percentile => (0, SCORE_MAX),
            Scale::Sten => (1, 10),
        }
    }

    pub fn is_percentile(&self) -> bool {
        *self == Scale::Percentile
    }
}

/// A score as typed, on its scale.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
pub struct Score {
    pub value: u8,
    pub scale: Scale,
}

impl Score {
    /// The score on the percentile scale, which the focus bands use. A value off its scale
    /// (which validation keeps out) is held at the scale's ends.
    pub fn percentile(self) -> u8 {
        match self.scale {
            Scale::Percentile => self.value.min(SCORE_MAX),
            Scale::Sten => STEN_PERCENTILES[usize::from(self.value.clamp(1, 10)) - 1],
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Assessment {
    /// Competency id → score on [`Assessment::scale`]. A competency without one is not entered.
    pub scores: BTreeMap<String, u8>,
    /// The scale every score of this assessment is on.
    #[serde(skip_serializing_if = "Scale::is_percentile")]
    pub scale: Scale,
    /// The candidate report: a general picture of the personality, without scores (M15).
    pub report: String,
    /// CV, motivation, earlier rounds: whatever else the interview should know (M5).
    pub other: String,
    /// Which test or questionnaire produced the scores.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub instrument: String,
    /// When the candidate took it (`YYYY-MM-DD`), empty when not known.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub taken_on: String,
    /// The group the scores are compared with (for example "Dutch working population").
    #[serde(skip_serializing_if = "String::is_empty")]
    pub norm_group: String,
    /// When the candidate agreed that the assessment is shared with the interviewer(s)
    /// (`YYYY-MM-DD`); empty while not recorded.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub shared_consent: String,
    /// Whether the candidate saw the assessment report and did not block it (the Dutch
    /// psychologists' code gives them both rights before the report reaches the employer).
    #[serde(skip_serializing_if = "Release::is_not_recorded")]
    pub release: Release,
    /// When that was recorded (`YYYY-MM-DD`); empty while not recorded.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub release_on: String,
    /// The last day the report's conclusions are valid (`YYYY-MM-DD`); empty when not known.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub valid_until: String,
}

/// The candidate's rights around the assessment report (NIP code): to see it first and to
/// block it. Only a report the candidate has seen and not blocked may be used in the interview.
#[derive(Copy, Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Release {
    /// Not recorded yet: the report may not be used until it is.
    #[default]
    NotRecorded,
    /// The candidate saw the report and did not block it.
    Cleared,
    /// The candidate blocked the report: it is not used at all.
    Blocked,
}

impl Release {
    pub const ALL: [Release; 3] = [Release::NotRecorded, Release::Cleared, Release::Blocked];

    pub fn is_not_recorded(&self) -> bool {
        *self == Release::NotRecorded
    }
}

impl Assessment {
    /// Whether the scores and the candidate report may be used: the candidate saw the report
    /// and did not block it.
    pub fn usable(&self) -> bool {
        self.release == Release::Cleared
    }

    /// The score as typed, whether or not it may be used (the intake shows what was entered).
    pub fn score(&self, competency: &str) -> Option<Score> {
        self.scores.get(competency).map(|&value| Score {
            value,
            scale: self.scale,
        })
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ScoreError {
    /// Not a whole number (letters, decimals, signs).
    NotWhole,
    /// A whole number off the scale.
    OutOfRange { min: u8, max: u8 },
}

/// Reads a typed score: empty means "not entered"; otherwise a whole number on `scale`.
pub fn parse_score(text: &str, scale: Scale) -> Result<Option<u8>, ScoreError> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    if !text.bytes().all(|b| b.is_ascii_digit()) {
        return Err(ScoreError::NotWhole);
    }
    let (min, max) = scale.range();
    match text.parse::<u32>() {
        Ok(n) if (u32::from(min)..=u32::from(max)).contains(&n) => Ok(Some(n as u8)),
        _ => Err(ScoreError::OutOfRange { min, max }),
    }
}

/// Where the focus bands start, on the percentile scale: scores at or below `low` are low, at
/// or above `high` are high. They belong to the position (its lens), so every candidate of a
/// position is read alike (M20, M28).
#[derive(Copy, Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Thresholds {
    pub low: u8,
    pub high: u8,
}

impl Default for Thresholds {
    fn default() -> Self {
        Thresholds { low: 35, high: 65 }
    }
}

/// The fewest points between the low and the high threshold: a middle band narrower than this
/// would call nearly every score low or high.
pub const MIN_MIDDLE: u8 = 10;

#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
pub enum Band {
    Low,
    Middle,
    High,
}

/// What preparation should concentrate on for a competency (M6).
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
pub enum Focus {
    /// Low score: the behaviour costs effort; ask for examples to find learned behaviour (M3).
    ProbeLearnedBehaviour,
    /// Middle score: the standard questions.
    Standard,
    /// High score: the behaviour should come easily; check that real examples exist (M2).
    CheckExamples,
}

impl Thresholds {
    /// Thresholds that can be set now: within 0–100 and at least [`MIN_MIDDLE`] apart.
    pub fn new(low: u8, high: u8) -> Option<Thresholds> {
        (high <= SCORE_MAX && high >= low.saturating_add(MIN_MIDDLE))
            .then_some(Thresholds { low, high })
    }

    /// Whether stored thresholds can be read: earlier releases allowed any `low < high`, and
    /// what they stored stays readable.
    pub fn readable(&self) -> bool {
        self.low < self.high && self.high <= SCORE_MAX
    }

    pub fn is_default(&self) -> bool {
        *self == Thresholds::default()
    }

    pub fn band(&self, percentile: u8) -> Band {
        if percentile <= self.low {
            Band::Low
        } else if percentile >= self.high {
            Band::High
        } else {
            Band::Middle
        }
    }

    pub fn focus(&self, percentile: u8) -> Focus {
        match self.band(percentile) {
            Band::Low => Focus::ProbeLearnedBehaviour,
            Band::Middle => Focus::Standard,
            Band::High => Focus::CheckExamples,
        }
    }
}
