//! The phases of the interview (M10–M27) and their planned durations.

use serde::{Deserialize, Serialize};

#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Phase {
    /// Informal talk so the candidate settles in (M10).
    WarmUp,
    /// Roles, purpose and agenda (M11–M14).
    Clarity,
    /// The candidate report, then the competency scores (M15–M19).
    Assessment,
    /// Past-behaviour questions per competency, each rated right after (M20–M27).
    Competencies,
    /// The candidate's questions and the next steps.
    Closing,
}

impl Phase {
    pub const ALL: [Phase; 5] = [
        Phase::WarmUp,
        Phase::Clarity,
        Phase::Assessment,
        Phase::Competencies,
        Phase::Closing,
    ];
}

/// Longest a phase may be planned for; longer is a typing error, not a plan.
pub const MAX_PHASE_MINUTES: u16 = 240;

/// Planned minutes per interview phase, used for the agenda and its timer.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct PhaseMinutes {
    pub warm_up: u16,
    pub clarity: u16,
    pub assessment: u16,
    pub competencies: u16,
    pub closing: u16,
}

impl Default for PhaseMinutes {
    fn default() -> Self {
        PhaseMinutes {
            warm_up: 5,
            clarity: 5,
            assessment: 15,
            competencies: 45,
            closing: 10,
        }
    }
}

impl PhaseMinutes {
    pub fn get(&self, phase: Phase) -> u16 {
        match phase {
            Phase::WarmUp => self.warm_up,
            Phase::Clarity => self.clarity,
            Phase::Assessment => self.assessment,
            Phase::Competencies => self.competencies,
            Phase::Closing => self.closing,
        }
    }

    pub fn set(&mut self, phase: Phase, minutes: u16) {
        let slot = match phase {
            Phase::WarmUp => &mut self.warm_up,
            Phase::Clarity => &mut self.clarity,
            Phase::Assessment => &mut self.assessment,
            Phase::Competencies => &mut self.competencies,
            Phase::Closing => &mut self.closing,
        };
        *slot = minutes.min(MAX_PHASE_MINUTES);
    }

    pub fn total(&self) -> u32 {
        Phase::ALL.iter().map(|p| u32::from(self.get(*p))).sum()
    }
}
