//! The catalogue keys that name the domain's values, shared by every screen that shows them.

use super::Key;
use crate::domain::evaluation::{Reading, Recommendation, Versus};
use crate::domain::Status;

pub fn status_label(status: Status) -> Key {
    match status {
        Status::Draft => Key::StatusDraft,
        Status::Prepared => Key::StatusPrepared,
        Status::InProgress => Key::StatusInProgress,
        Status::Completed => Key::StatusCompleted,
    }
}

/// The name of a result against the standard; `None` is "not rated".
pub fn versus_label(versus: Option<Versus>) -> Key {
    match versus {
        Some(Versus::Below) => Key::VersusBelow,
        Some(Versus::Meets) => Key::VersusMeets,
        Some(Versus::Above) => Key::VersusAbove,
        None => Key::NotRated,
    }
}

/// The name of a reading and the sentence that explains it.
pub fn reading_label(reading: Reading) -> (Key, Key) {
    match reading {
        Reading::Confirmed => (Key::ReadingConfirmed, Key::ReadingConfirmedHelp),
        Reading::UntappedPotential => (Key::ReadingUntapped, Key::ReadingUntappedHelp),
        Reading::LearnedBehaviour => (Key::ReadingLearned, Key::ReadingLearnedHelp),
        Reading::DevelopmentArea => (Key::ReadingDevelopment, Key::ReadingDevelopmentHelp),
        Reading::InterviewDecides => (Key::ReadingMiddle, Key::ReadingMiddleHelp),
        Reading::NotDiscussed => (Key::ReadingNotDiscussed, Key::ReadingNotDiscussedHelp),
    }
}

pub fn recommendation_label(recommendation: Recommendation) -> Key {
    match recommendation {
        Recommendation::StrongNo => Key::RecStrongNo,
        Recommendation::No => Key::RecNo,
        Recommendation::NoDecision => Key::RecNoDecision,
        Recommendation::Yes => Key::RecYes,
        Recommendation::StrongYes => Key::RecStrongYes,
    }
}
