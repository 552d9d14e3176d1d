//! The catalogue keys that name the domain's values, shared by every screen that shows them.

use super::{t, tf, Key};
use crate::domain::assessment::{Scale, Score};
use crate::domain::dates;
use crate::domain::evaluation::{Flag, Reading, Recommendation, Versus};
use crate::domain::{Lang, Phase, Status};

/// A date `YYYY-MM-DD` written out ("Tuesday 1 December 2026"); anything else as it is.
pub fn long_date(lang: Lang, date: &str) -> String {
    const WEEKDAYS: [Key; 7] = [
        Key::Weekday1,
        Key::Weekday2,
        Key::Weekday3,
        Key::Weekday4,
        Key::Weekday5,
        Key::Weekday6,
        Key::Weekday7,
    ];
    const MONTHS: [Key; 12] = [
        Key::Month1,
        Key::Month2,
        Key::Month3,
        Key::Month4,
        Key::Month5,
        Key::Month6,
        Key::Month7,
        Key::Month8,
        Key::Month9,
        Key::Month10,
        Key::Month11,
        Key::Month12,
    ];
    let Some(day) = dates::day(date) else {
        return date.to_owned();
    };
    let (year, month, day_of_month) = dates::parts(day);
    let weekday = WEEKDAYS[(dates::weekday(day) as usize - 1) % 7];
    let month = MONTHS[(month as usize).saturating_sub(1) % 12];
    tf(
        lang,
        Key::LongDate,
        &[
            ("weekday", t(lang, weekday)),
            ("day", &day_of_month.to_string()),
            ("month", t(lang, month)),
            ("year", &year.to_string()),
        ],
    )
}

/// The name of an interview part, as every screen that lists the parts shows it.
pub fn phase_label(phase: Phase) -> Key {
    match phase {
        Phase::WarmUp => Key::PhaseWarmUp,
        Phase::Clarity => Key::PhaseClarity,
        Phase::Assessment => Key::PhaseAssessment,
        Phase::Competencies => Key::PhaseCompetencies,
        Phase::Closing => Key::PhaseClosing,
    }
}

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
        Reading::NotConfirmed => (Key::ReadingNotConfirmed, Key::ReadingNotConfirmedHelp),
        Reading::UntappedPotential => (Key::ReadingUntapped, Key::ReadingUntappedHelp),
        Reading::LearnedBehaviour => (Key::ReadingLearned, Key::ReadingLearnedHelp),
        Reading::DevelopmentArea => (Key::ReadingDevelopment, Key::ReadingDevelopmentHelp),
        Reading::FallsShort => (Key::ReadingFallsShort, Key::ReadingFallsShortHelp),
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

/// A score as the instrument reported it: "74", or "sten 7".
pub fn score_text(lang: Lang, score: Score) -> String {
    match score.scale {
        Scale::Percentile => score.value.to_string(),
        Scale::Sten => tf(lang, Key::ScoreSten, &[("n", &score.value.to_string())]),
    }
}

pub fn scale_label(scale: Scale) -> Key {
    match scale {
        Scale::Percentile => Key::ScalePercentile,
        Scale::Sten => Key::ScaleSten,
    }
}

/// The sentence that points out a contradiction in a competency's record.
pub fn flag_label(flag: Flag) -> Key {
    match flag {
        Flag::RatedWithoutExamples => Key::FlagRatedWithoutExamples,
        Flag::NoExampleDespiteExamples => Key::FlagNoExampleDespiteExamples,
    }
}
