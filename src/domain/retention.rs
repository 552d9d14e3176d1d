//! Retention (AVG/GDPR Art. 5(1)(e), storage limitation). The periods follow the guidance of
//! the Dutch data protection authority and the NVP Sollicitatiecode, not the law's own words:
//! an unsuccessful applicant's data goes at the latest four weeks after the procedure ends, or
//! up to a year with the applicant's consent. A hired candidate's data moves to personnel files
//! (not this app's job), so their session stays out of the deletion list until the interviewer
//! decides.

use serde::{Deserialize, Serialize};

use super::dates;

/// Per session: when its procedure ended and whether (and when) the candidate consented to
/// longer storage. Dates are `YYYY-MM-DD`; empty when not known.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(default)]
pub struct Retention {
    pub procedure_ended: String,
    pub consent_given: String,
    /// `procedure_ended` was proposed on completing the evaluation and is not confirmed yet.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub end_proposed: bool,
    /// The candidate was hired: never due for deletion while marked.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub hired: bool,
}

impl Retention {
    /// On completing the evaluation: its day is proposed as the procedure's end, so the period
    /// runs even if no one comes back to set it; a date already set stays.
    pub fn propose_end(&mut self, completed_on: &str) {
        if self.procedure_ended.is_empty() && dates::day(completed_on).is_some() {
            self.procedure_ended = completed_on.to_owned();
            self.end_proposed = true;
        }
    }

    /// On reopening the evaluation: a proposal nobody confirmed goes with it.
    pub fn withdraw_proposal(&mut self) {
        if self.end_proposed {
            self.procedure_ended.clear();
            self.end_proposed = false;
        }
    }
}

/// How many completed interviews have no end date, so no deletion countdown (those completed
/// before the end was proposed, or whose date was cleared).
pub fn completed_without_end<'a>(
    sessions: impl IntoIterator<Item = &'a super::SessionSummary>,
) -> usize {
    sessions
        .into_iter()
        .filter(|s| s.status == super::Status::Completed && s.retention.procedure_ended.is_empty())
        .count()
}

/// How long data is kept, in days; adjustable per device.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Policy {
    pub days: u32,
    pub days_with_consent: u32,
}

impl Default for Policy {
    fn default() -> Self {
        Policy {
            days: 28,
            days_with_consent: 365,
        }
    }
}

impl Policy {
    /// Periods must be whole days, at least one, and consent may not shorten them.
    pub fn new(days: u32, days_with_consent: u32) -> Option<Policy> {
        (days >= 1 && days_with_consent >= days && days_with_consent <= 3650).then_some(Policy {
            days,
            days_with_consent,
        })
    }

    /// The date from which the session should be deleted, once its procedure has ended.
    pub fn due(&self, retention: &Retention) -> Option<String> {
        let ended = dates::day(&retention.procedure_ended)?;
        let keep = if retention.consent_given.is_empty() {
            self.days
        } else {
            self.days_with_consent
        };
        Some(dates::date(ended + i64::from(keep)))
    }

    /// Whether the session is due for deletion on `today`; a hired candidate's never is.
    pub fn is_due(&self, retention: &Retention, today: &str) -> bool {
        if retention.hired {
            return false;
        }
        match (
            self.due(retention).and_then(|d| dates::day(&d)),
            dates::day(today),
        ) {
            (Some(due), Some(today)) => today >= due,
            _ => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ended(date: &str, consent: &str) -> Retention {
        Retention {
            procedure_ended: date.into(),
            consent_given: consent.into(),
            ..Retention::default()
        }
    }

    #[test]
    fn four_weeks_after_the_procedure_or_a_year_with_consent() {
        let policy = Policy::default();
        let plain = ended("2026-10-01", "");
        assert_eq!(policy.due(&plain).as_deref(), Some("2026-10-29"));
        assert!(!policy.is_due(&plain, "2026-10-28"));
        assert!(policy.is_due(&plain, "2026-10-29"));
        let consent = ended("2026-10-01", "2026-09-30");
        assert_eq!(policy.due(&consent).as_deref(), Some("2027-10-01"));
        assert!(!policy.is_due(&consent, "2026-11-28"));
        // A procedure that has not ended is never due.
        assert!(!policy.is_due(&ended("", ""), "2030-01-01"));
    }

    #[test]
    fn periods_are_adjustable_within_sense() {
        assert_eq!(
            Policy::new(14, 180),
            Some(Policy {
                days: 14,
                days_with_consent: 180
            })
        );
        assert_eq!(Policy::new(0, 10), None);
        assert_eq!(Policy::new(30, 20), None);
        let short = Policy::new(7, 7).unwrap();
        assert!(short.is_due(&ended("2026-11-01", ""), "2026-11-08"));
    }
}
