//! Lenses: the set of competencies that defines a position (M21), with the standard questions
//! every candidate is asked (M20) and the standard each competency must meet (M28).

use serde::{Deserialize, Serialize};

use super::assessment::Thresholds;
use super::competency::Competency;
use super::finding::{out_of_range, Checker};
use super::phase::PhaseMinutes;

/// The lowest and highest level on the anchored rating scale.
pub const LEVEL_MIN: u8 = 1;
pub const LEVEL_MAX: u8 = 5;

/// A position's profile. It embeds copies of the competencies it uses, so it stays readable
/// when the library changes later.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Lens {
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub description: String,
    pub competencies: Vec<LensCompetency>,
    #[serde(default)]
    pub phase_minutes: PhaseMinutes,
    /// The focus thresholds every candidate of the position is read with (M6, M28). Left out
    /// of the file at their default, so lenses written before they existed keep their
    /// fingerprint.
    #[serde(default, skip_serializing_if = "Thresholds::is_default")]
    pub thresholds: Thresholds,
}

impl Lens {
    pub fn competency(&self, id: &str) -> Option<&LensCompetency> {
        self.competencies.iter().find(|c| c.competency.id == id)
    }

    /// The ids of its competencies, in order.
    pub fn competency_ids(&self) -> Vec<String> {
        self.competencies
            .iter()
            .map(|c| c.competency.id.clone())
            .collect()
    }
}

/// One competency of a lens.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LensCompetency {
    pub competency: Competency,
    /// The level (1–5) a candidate must reach to meet the position's standard.
    pub standard: u8,
    /// A weight (1–5) that files of earlier releases carry and that is kept as it is. It is
    /// no longer offered: nothing in the method weighs competencies into a total (a total
    /// would rank candidates against each other, M28), so a weight that counted nowhere only
    /// suggested a rule that did not exist.
    #[serde(default = "default_weight")]
    pub weight: u8,
    /// Ids of the competency's questions that every candidate is asked.
    pub standard_questions: Vec<String>,
}

fn default_weight() -> u8 {
    1
}

/// The level rule every rating, standard and consensus shares.
impl Checker {
    /// A rating level, reported at `level` when it is off the anchored scale.
    pub fn level(&mut self, level: u8) {
        if !(LEVEL_MIN..=LEVEL_MAX).contains(&level) {
            self.field("level", |c| {
                c.report(out_of_range(
                    level,
                    i64::from(LEVEL_MIN),
                    i64::from(LEVEL_MAX),
                ))
            });
        }
    }
}
