//! The assessment: a score 0–100 per competency (aptitude, M1), the neutral candidate report
//! (M15) and other information (M5); and the focus each score suggests for preparation (M6).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

pub const SCORE_MAX: u8 = 100;

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Assessment {
    /// Competency id → score 0–100. A competency without a score is not yet entered.
    pub scores: BTreeMap<String, u8>,
    /// The candidate report: a general picture of the personality, without scores (M15).
    pub report: String,
    /// CV, motivation, earlier rounds: whatever else the interview should know (M5).
    pub other: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ScoreError {
    /// Not a whole number (letters, decimals, signs).
    NotWhole,
    /// A whole number above 100.
    TooHigh,
}

/// Reads a typed score: empty means "not entered"; otherwise a whole number 0–100.
pub fn parse_score(text: &str) -> Result<Option<u8>, ScoreError> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    if !text.bytes().all(|b| b.is_ascii_digit()) {
        return Err(ScoreError::NotWhole);
    }
    match text.parse::<u32>() {
        Ok(n) if n <= u32::from(SCORE_MAX) => Ok(Some(n as u8)),
        _ => Err(ScoreError::TooHigh),
    }
}

/// Where the focus bands start: scores at or below `low` are low, at or above `high` are high.
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
    /// Thresholds must leave a middle band: `low < high`, both within 0–100.
    pub fn new(low: u8, high: u8) -> Option<Thresholds> {
        (low < high && high <= SCORE_MAX).then_some(Thresholds { low, high })
    }

    pub fn band(&self, score: u8) -> Band {
        if score <= self.low {
            Band::Low
        } else if score >= self.high {
            Band::High
        } else {
            Band::Middle
        }
    }

    pub fn focus(&self, score: u8) -> Focus {
        match self.band(score) {
            Band::Low => Focus::ProbeLearnedBehaviour,
            Band::Middle => Focus::Standard,
            Band::High => Focus::CheckExamples,
        }
    }
}
