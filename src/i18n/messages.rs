//! Sentences for structured results of the domain and the storage adapter.

use super::{isolate, recommendation_label, t, tf, Key};
use crate::domain::agreement::{Band, Icc};
use crate::domain::finding::{Finding, Problem};
use crate::domain::panel::PanelRefusal;
use crate::domain::passphrase::Refusal as PassphraseRefusal;
use crate::domain::{capacity, Factor, Lang};
use crate::storage::{StorageError, Unreadable};

/// One finding in a file as a sentence: where, and what is wrong there.
pub fn finding(lang: Lang, finding: &Finding) -> String {
    let problem = problem(lang, &finding.problem);
    tf(
        lang,
        Key::FindingAt,
        &[("path", &finding.path), ("problem", &problem)],
    )
}

fn problem(lang: Lang, problem: &Problem) -> String {
    let n = |v: &dyn ToString| v.to_string();
    match problem {
        Problem::NotJson { line, column } => tf(
            lang,
            Key::ProbNotJson,
            &[("line", &n(line)), ("column", &n(column))],
        ),
        Problem::NumberTooLarge { line, column } => tf(
            lang,
            Key::ProbNumberTooLarge,
            &[("line", &n(line)), ("column", &n(column))],
        ),
        Problem::TooLarge { bytes, max } => tf(
            lang,
            Key::ProbTooLarge,
            &[
                ("size", &super::bytes(lang, *bytes)),
                ("max", &super::bytes(lang, *max)),
            ],
        ),
        Problem::TooDeep { max } => tf(lang, Key::ProbTooDeep, &[("max", &n(max))]),
        Problem::NotAnObject => tf(lang, Key::ProbNotAnObject, &[]),
        Problem::Missing => tf(lang, Key::ProbMissing, &[]),
        Problem::WrongFormat { found } => tf(lang, Key::ProbWrongFormat, &[("found", found)]),
        Problem::NewerVersion { found, supported } => tf(
            lang,
            Key::ProbNewerVersion,
            &[("found", &n(found)), ("supported", &n(supported))],
        ),
        Problem::UnsupportedVersion { found } => {
            tf(lang, Key::ProbUnsupportedVersion, &[("found", found)])
        }
        Problem::UnknownKind { found } => tf(lang, Key::ProbUnknownKind, &[("found", found)]),
        Problem::WrongType { detail } => tf(lang, Key::ProbWrongType, &[("detail", detail)]),
        Problem::EmptyText { lang: Lang::Nl } => tf(lang, Key::ProbEmptyTextNl, &[]),
        Problem::EmptyText { lang: Lang::En } => tf(lang, Key::ProbEmptyTextEn, &[]),
        Problem::Empty => tf(lang, Key::ProbEmpty, &[]),
        Problem::BadId { found } => tf(lang, Key::ProbBadId, &[("found", found)]),
        Problem::DuplicateId { id } => tf(lang, Key::ProbDuplicateId, &[("id", id)]),
        Problem::AnchorCount { found } => tf(lang, Key::ProbAnchorCount, &[("found", &n(found))]),
        Problem::NoQuestions => tf(lang, Key::ProbNoQuestions, &[]),
        Problem::NoCompetencies => tf(lang, Key::ProbNoCompetencies, &[]),
        Problem::NoStandardQuestions => tf(lang, Key::ProbNoStandardQuestions, &[]),
        Problem::UnknownQuestion { id } => tf(lang, Key::ProbUnknownQuestion, &[("id", id)]),
        Problem::UnknownCompetency { id } => tf(lang, Key::ProbUnknownCompetency, &[("id", id)]),
        Problem::ThresholdsInvalid => tf(lang, Key::ProbThresholdsInvalid, &[]),
        Problem::LevelAndNoExample => tf(lang, Key::ProbLevelAndNoExample, &[]),
        Problem::ObserverLead => tf(lang, Key::ProbObserverLead, &[]),
        Problem::NewerApp { model } => tf(lang, Key::ProbNewerApp, &[("model", &n(model))]),
        Problem::TooMany { found, max } => tf(
            lang,
            Key::ProbTooMany,
            &[("found", &n(found)), ("max", &n(max))],
        ),
        Problem::OutOfRange { found, min, max } => tf(
            lang,
            Key::ProbOutOfRange,
            &[("found", found), ("min", &n(min)), ("max", &n(max))],
        ),
        Problem::NotUtf8 { at } => tf(lang, Key::ProbNotUtf8, &[("at", &n(at))]),
        Problem::UnknownSnapshot { name } => tf(lang, Key::ProbUnknownSnapshot, &[("name", name)]),
        Problem::BadDate { found } => tf(lang, Key::ProbBadDate, &[("found", found)]),
        Problem::Unsupported { found } => tf(lang, Key::ProbUnsupported, &[("found", found)]),
        Problem::NotBase64 { bytes } => tf(lang, Key::ProbNotBase64, &[("bytes", &n(bytes))]),
    }
}

/// A storage failure as a sentence for the banner.
pub fn storage_error(lang: Lang, error: &StorageError) -> String {
    match error {
        StorageError::Unavailable(detail) => tf(lang, Key::StoreUnavailable, &[("detail", detail)]),
        StorageError::QuotaExceeded => tf(lang, Key::StoreQuota, &[]),
        StorageError::WriteFailed(detail) => tf(lang, Key::StoreWriteFailed, &[("detail", detail)]),
        StorageError::NoRoom { needed, free } => tf(
            lang,
            Key::StoreNoRoom,
            &[
                ("needed", &super::bytes(lang, capacity::bytes(*needed))),
                ("free", &super::bytes(lang, capacity::bytes(*free))),
            ],
        ),
        StorageError::Locked => t(lang, Key::StoreLocked).to_owned(),
        StorageError::OlderApp => t(lang, Key::StoreOlderApp).to_owned(),
        StorageError::NewerSchema { found } => tf(
            lang,
            Key::StoreNewerSchema,
            &[("found", &found.to_string())],
        ),
    }
}

/// The catalogue key of a Great Eight factor's name.
pub fn factor(factor: Factor) -> Key {
    match factor {
        Factor::LeadingDeciding => Key::FactorLeadingDeciding,
        Factor::SupportingCooperating => Key::FactorSupportingCooperating,
        Factor::InteractingPresenting => Key::FactorInteractingPresenting,
        Factor::AnalysingInterpreting => Key::FactorAnalysingInterpreting,
        Factor::CreatingConceptualising => Key::FactorCreatingConceptualising,
        Factor::OrganisingExecuting => Key::FactorOrganisingExecuting,
        Factor::AdaptingCoping => Key::FactorAdaptingCoping,
        Factor::EnterprisingPerforming => Key::FactorEnterprisingPerforming,
    }
}

/// A value that could not be read, as a sentence for the banner.
pub fn unreadable(lang: Lang, unreadable: &Unreadable) -> String {
    let key = if unreadable.aside_key.is_some() {
        Key::StoreUnreadable
    } else {
        Key::StoreUnreadableStuck
    };
    tf(lang, key, &[("key", &unreadable.key)])
}

/// Why a colleague's ratings file was not attached, in a sentence.
pub fn panel_refusal(lang: Lang, refusal: &PanelRefusal) -> String {
    let n = |v: u64| v.to_string();
    match refusal {
        PanelRefusal::NotLead => t(lang, Key::PanelNotLead).to_owned(),
        PanelRefusal::OtherCandidate(name) => tf(
            lang,
            Key::PanelOtherCandidate,
            &[("candidate", &isolate(name))],
        ),
        PanelRefusal::OtherLens => t(lang, Key::PanelOtherLens).to_owned(),
        PanelRefusal::Unfinished => t(lang, Key::PanelUnfinished).to_owned(),
        PanelRefusal::OwnSession => t(lang, Key::PanelOwnSession).to_owned(),
        PanelRefusal::Older { attached, offered } => tf(
            lang,
            Key::PanelOlder,
            &[("attached", &n(*attached)), ("offered", &n(*offered))],
        ),
        PanelRefusal::SameInvitation { attached } => tf(
            lang,
            Key::PanelSameInvitation,
            &[("name", &isolate(attached))],
        ),
        PanelRefusal::ReplaceUnconfirmed { .. } => t(lang, Key::PanelNewer).to_owned(),
        PanelRefusal::NotRevealed => t(lang, Key::PanelNotRevealed).to_owned(),
        PanelRefusal::NoRationale => t(lang, Key::PanelNoRationale).to_owned(),
        PanelRefusal::LevelOutOfRange => t(lang, Key::PanelLevelOutOfRange).to_owned(),
        PanelRefusal::DepartsFromMedian { median } => tf(
            lang,
            Key::PanelDepartsMedian,
            &[("median", &decimal(lang, &median.show()))],
        ),
        PanelRefusal::DepartsFromMajority { majority } => tf(
            lang,
            Key::PanelDepartsMajority,
            &[("majority", t(lang, recommendation_label(*majority)))],
        ),
        PanelRefusal::UnknownFocus => t(lang, Key::PanelUnknownFocus).to_owned(),
        PanelRefusal::DepartsFromStandard(_) => t(lang, Key::PanelDepartsStandard).to_owned(),
        PanelRefusal::NoRejectionReason => t(lang, Key::PanelNeedsRejectionReason).to_owned(),
        PanelRefusal::NotUninvited => t(lang, Key::PanelNotUninvited).to_owned(),
    }
}

/// Why a chosen passphrase is refused (the export dialog, the device lock).
pub fn passphrase_refusal(lang: Lang, refusal: PassphraseRefusal) -> String {
    match refusal {
        PassphraseRefusal::Empty => t(lang, Key::ExportPassphraseEmpty).to_owned(),
        PassphraseRefusal::TooShort { min } => tf(
            lang,
            Key::ExportPassphraseShort,
            &[("min", &min.to_string())],
        ),
        PassphraseRefusal::TooPredictable => t(lang, Key::ExportPassphrasePredictable).to_owned(),
        PassphraseRefusal::Different => t(lang, Key::ExportPassphraseDifferent).to_owned(),
    }
}

/// A position's ICC as a sentence: the figure, its 95 % interval, the band the interval
/// reads as, and what it rests on.
pub fn position_icc(lang: Lang, found: &Icc) -> String {
    let band = |b: Band| {
        t(
            lang,
            match b {
                Band::Poor => Key::BandPoor,
                Band::Moderate => Key::BandModerate,
                Band::Good => Key::BandGood,
                Band::Excellent => Key::BandExcellent,
            },
        )
    };
    let reading = if found.band_low == found.band_high {
        band(found.band_low).to_owned()
    } else {
        tf(
            lang,
            Key::BandBetween,
            &[
                ("low", band(found.band_low)),
                ("high", band(found.band_high)),
            ],
        )
    };
    tf(
        lang,
        Key::AgreementIcc,
        &[
            ("icc", &icc(lang, found.hundredths)),
            ("lower", &icc(lang, found.lower)),
            ("upper", &icc(lang, found.upper)),
            ("band", &reading),
            ("targets", &found.targets.to_string()),
            ("interviewers", &found.interviewers.to_string()),
        ],
    )
}

/// A number as the language writes it: `3.5` in English, `3,5` in Dutch.
pub fn decimal(lang: Lang, number: &str) -> String {
    match lang {
        Lang::Nl => number.replace('.', ","),
        Lang::En => number.to_owned(),
    }
}

/// An intraclass correlation: `.62` in English (as the literature writes it), `0,62` in Dutch.
pub fn icc(lang: Lang, hundredths: i32) -> String {
    match lang {
        Lang::En => crate::domain::agreement::show_icc(hundredths),
        Lang::Nl => {
            let sign = if hundredths < 0 { "−" } else { "" };
            let a = hundredths.unsigned_abs();
            format!("{sign}{},{:02}", a / 100, a % 100)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_icc_reads_as_each_language_writes_numbers() {
        assert_eq!(icc(Lang::En, 29), ".29");
        assert_eq!(icc(Lang::Nl, 29), "0,29");
        assert_eq!(icc(Lang::Nl, -20), "−0,20");
        assert_eq!(icc(Lang::Nl, 100), "1,00");
        assert_eq!(decimal(Lang::Nl, "3.5"), "3,5");
    }

    #[test]
    fn findings_read_as_sentences_in_both_languages() {
        let f = Finding::new(
            "$.lens.competencies[0].anchors",
            Problem::AnchorCount { found: 4 },
        );
        assert_eq!(
            finding(Lang::En, &f),
            "At $.lens.competencies[0].anchors: there must be exactly five behavioural anchors; there are 4."
        );
        assert!(finding(Lang::Nl, &f).starts_with("Bij $.lens.competencies[0].anchors: er horen"));
    }

    #[test]
    fn a_newer_version_names_both_versions() {
        let f = Finding::new(
            "$.version",
            Problem::NewerVersion {
                found: 3,
                supported: 1,
            },
        );
        let text = finding(Lang::En, &f);
        assert!(
            text.contains("file version 3") && text.contains("up to 1"),
            "{text}"
        );
    }

    #[test]
    fn storage_errors_say_what_happened() {
        assert!(storage_error(Lang::En, &StorageError::QuotaExceeded).contains("full"));
        assert!(storage_error(Lang::Nl, &StorageError::QuotaExceeded).contains("vol"));
        let stuck = Unreadable {
            key: "interviewgids.index".into(),
            aside_key: None,
            detail: String::new(),
        };
        assert!(unreadable(Lang::En, &stuck).contains("left untouched"));
    }
}
