//! How much a browser keeps for this app, and what that means for the interviewer: how many
//! more interviews fit, when to warn, and whether an import has room.

/// What browsers allow one origin in localStorage: 5 × 2²⁰ UTF-16 code units, keys included
/// (Chromium, Firefox and Safari alike).
pub const QUOTA_UNITS: usize = 5 * 1024 * 1024;

/// What a typical completed interview costs in storage, in UTF-16 code units: six competencies,
/// notes on thirteen questions, ratings with evidence, its index entry, and no lens (the lens
/// snapshot is shared). Measured on `tests/fixtures/store-v1-typical.json`; the capacity test
/// fails when the measurement drifts more than 10 % from this figure.
pub const TYPICAL_SESSION_UNITS: usize = 8_000;

/// The least one stored interview can cost, in units: its key, the smallest session value the
/// app writes (an empty interview, its lens a snapshot shared with others) and its index entry.
/// A lower bound, checked against the store in `tests/storage.rs`, so a file is never refused
/// that could fit.
pub const MIN_SESSION_UNITS: usize = 400;
/// The least one of the user's own lenses can cost, in units (also checked there).
pub const MIN_LENS_UNITS: usize = 90;
/// The least one competency of an imported library can cost, in units (also checked there).
pub const MIN_COMPETENCY_UNITS: usize = 150;

/// The most items of a kind this device's storage could ever hold, with nothing else stored:
/// a file with more is refused at once, before any of them is read.
pub const fn most_that_fit(min_units: usize) -> usize {
    QUOTA_UNITS / min_units
}

/// From this share of the quota on, the Data screen warns.
pub const WARN_AT_PERCENT: usize = 80;

/// Storage as the interviewer needs to see it.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub struct Usage {
    /// Units held by this app's keys.
    pub app_units: usize,
    /// Units held by every key of this origin (what the quota counts).
    pub all_units: usize,
}

impl Usage {
    pub fn free_units(&self) -> usize {
        QUOTA_UNITS.saturating_sub(self.all_units)
    }

    /// Whole percent of the quota in use, rounded down.
    pub fn percent(&self) -> usize {
        (self.all_units.saturating_mul(100) / QUOTA_UNITS).min(100)
    }

    pub fn nearly_full(&self) -> bool {
        self.percent() >= WARN_AT_PERCENT
    }

    /// About how many more typical interviews fit.
    pub fn more_sessions(&self) -> usize {
        self.free_units() / TYPICAL_SESSION_UNITS
    }
}

/// Bytes as browsers report localStorage use: two per UTF-16 code unit.
pub fn bytes(units: usize) -> usize {
    units.saturating_mul(2)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_warning_starts_at_eighty_percent() {
        let at = |all_units| Usage {
            app_units: all_units,
            all_units,
        };
        assert!(!at(QUOTA_UNITS * 79 / 100).nearly_full());
        assert!(at(QUOTA_UNITS * 80 / 100 + 1).nearly_full());
        assert_eq!(at(QUOTA_UNITS * 2).percent(), 100);
        assert_eq!(at(QUOTA_UNITS * 2).free_units(), 0);
        assert_eq!(at(0).more_sessions(), QUOTA_UNITS / TYPICAL_SESSION_UNITS);
        assert_eq!(at(QUOTA_UNITS - TYPICAL_SESSION_UNITS).more_sessions(), 1);
        assert_eq!(bytes(QUOTA_UNITS), 10 * 1024 * 1024);
    }
}
