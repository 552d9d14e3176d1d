//! Planning a day of interviews realistically (M9, M26): time to write notes between two
//! interviews, not too many in a row, time to deliberate after the last, and no overlaps. Each
//! warning comes with what would fix it.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::dates;
use super::order;
use super::session::Session;

/// The planning rules' settings, with the defaults the method suggests.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Rules {
    /// Minutes between two interviews to write notes.
    pub notes: u32,
    /// At most this many interviews in a row.
    pub in_a_row: usize,
    /// A gap of at least this many minutes ends a row (a real break).
    pub row_break: u32,
    /// Minutes to deliberate after the last interview of the day.
    pub deliberation: u32,
    /// When the working day ends, in minutes after midnight.
    pub day_end: u32,
    /// At most this many interviews on one day, breaks or not: decision care falls after
    /// about the fourth candidate, and the middle of a long series is remembered worst (M26).
    pub per_day: usize,
    /// Deliberate after each block of interviews (a row ended by a real break), not only
    /// after the day's last interview.
    pub between_blocks: bool,
}

impl Default for Rules {
    fn default() -> Rules {
        Rules {
            notes: 15,
            in_a_row: 4,
            row_break: 60,
            deliberation: 30,
            day_end: 18 * 60,
            per_day: 6,
            between_blocks: false,
        }
    }
}

impl Rules {
    /// Longest time to write notes or to deliberate that can be set, in minutes.
    pub const MAX_PAUSE: u32 = 240;
    /// Most interviews in a row that can be allowed.
    pub const MAX_IN_A_ROW: usize = 12;
    /// Most interviews on one day that can be allowed.
    pub const MAX_PER_DAY: usize = 24;

    /// These rules if every figure is one a day can have; `None` otherwise (for example a day
    /// ending after midnight, or no interview in a row allowed at all).
    pub fn checked(self) -> Option<Rules> {
        let ok = self.notes <= Self::MAX_PAUSE
            && (1..=Self::MAX_IN_A_ROW).contains(&self.in_a_row)
            && (1..=Self::MAX_PER_DAY).contains(&self.per_day)
            && (1..=Self::MAX_PAUSE).contains(&self.row_break)
            && self.deliberation <= Self::MAX_PAUSE
            && (1..24 * 60).contains(&self.day_end);
        ok.then_some(self)
    }
}

/// One planned interview: start and length in minutes after midnight of its day.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Slot {
    pub session: String,
    pub start: u32,
    pub minutes: u32,
}

impl Slot {
    pub fn end(&self) -> u32 {
        self.start + self.minutes
    }

    /// The session's slot on its planned day: the planned start and its planned length.
    /// `None` when it is not planned.
    pub fn of(session: &Session) -> Option<(i64, Slot)> {
        let (day, time) = session.scheduled_at.split_once('T')?;
        let slot = Slot {
            session: session.id.clone(),
            start: minute_of(time.get(..5)?)?,
            minutes: session.duration(),
        };
        Some((dates::day(day)?, slot))
    }
}

/// Something unrealistic about a day's plan, with the sessions it concerns.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Warning {
    /// Two interviews overlap by `minutes`; the later should start at `suggested`.
    Overlap {
        first: String,
        second: String,
        minutes: u32,
        suggested: u32,
    },
    /// Fewer than the rules' minutes between two interviews to write notes.
    NoTimeForNotes {
        first: String,
        second: String,
        gap: u32,
        suggested: u32,
    },
    /// More interviews in a row than the rules allow; a break belongs after `break_after`.
    TooManyInARow { count: usize, break_after: String },
    /// More interviews on the day than the rules allow, however they are spread.
    TooManyInDay { count: usize },
    /// The day ends before there is time to deliberate after the last interview.
    NoTimeToDeliberate { last: String, left: u32 },
    /// The break after a block is too short to deliberate before the next block starts.
    NoTimeToDeliberateBetween {
        last: String,
        next: String,
        left: u32,
    },
}

/// The day's blocks: interviews with less than a real break between them, in the order of
/// the day.
fn blocks<'a>(day: &[&'a Slot], rules: &Rules) -> Vec<Vec<&'a Slot>> {
    let mut rows: Vec<Vec<&Slot>> = Vec::new();
    for slot in day {
        match rows.last_mut() {
            Some(row)
                if row
                    .iter()
                    .map(|s| s.end())
                    .max()
                    .is_some_and(|end| slot.start < end + rules.row_break) =>
            {
                row.push(slot)
            }
            _ => rows.push(vec![slot]),
        }
    }
    rows
}

fn in_order(slots: &[Slot]) -> Vec<&Slot> {
    let mut day: Vec<&Slot> = slots.iter().collect();
    order::sort_by(&mut day, |a, b| {
        (a.start, &a.session).cmp(&(b.start, &b.session))
    });
    day
}

/// The warnings for one day's slots (in any order), in the order of the day.
pub fn check(slots: &[Slot], rules: &Rules) -> Vec<Warning> {
    let day = in_order(slots);
    let mut warnings = Vec::new();
    for pair in day.windows(2) {
        let (first, second) = (pair[0], pair[1]);
        if second.start < first.end() {
            warnings.push(Warning::Overlap {
                first: first.session.clone(),
                second: second.session.clone(),
                minutes: first.end() - second.start,
                suggested: first.end() + rules.notes,
            });
        } else if second.start - first.end() < rules.notes {
            warnings.push(Warning::NoTimeForNotes {
                first: first.session.clone(),
                second: second.session.clone(),
                gap: second.start - first.end(),
                suggested: first.end() + rules.notes,
            });
        }
    }
    let rows = blocks(&day, rules);
    for row in rows.iter().filter(|row| row.len() > rules.in_a_row) {
        if let Some(last_allowed) = row.get(rules.in_a_row.saturating_sub(1)) {
            warnings.push(Warning::TooManyInARow {
                count: row.len(),
                break_after: last_allowed.session.clone(),
            });
        }
    }
    if day.len() > rules.per_day {
        warnings.push(Warning::TooManyInDay { count: day.len() });
    }
    if rules.between_blocks {
        for pair in rows.windows(2) {
            let (Some(last), Some(next)) = (latest(&pair[0]), pair[1].first()) else {
                continue;
            };
            let left = next.start.saturating_sub(last.end());
            if left < rules.deliberation {
                warnings.push(Warning::NoTimeToDeliberateBetween {
                    last: last.session.clone(),
                    next: next.session.clone(),
                    left,
                });
            }
        }
    }
    if let Some(last) = day.iter().max_by_key(|s| s.end()) {
        let left = rules.day_end.saturating_sub(last.end());
        if left < rules.deliberation {
            warnings.push(Warning::NoTimeToDeliberate {
                last: last.session.clone(),
                left,
            });
        }
    }
    warnings
}

/// The interview of a block that ends last.
fn latest<'a>(block: &[&'a Slot]) -> Option<&'a Slot> {
    block.iter().copied().max_by_key(|s| s.end())
}

/// The times to deliberate: right after the day's last interview ends and, when the rules
/// say so, after each earlier block too (as much of the break as the rules ask, at most the
/// whole break). Each names the last interview before it; none has no minutes.
pub fn deliberations(slots: &[Slot], rules: &Rules) -> Vec<Slot> {
    if rules.deliberation == 0 {
        return Vec::new();
    }
    let day = in_order(slots);
    let rows = blocks(&day, rules);
    let mut out = Vec::new();
    for (i, row) in rows.iter().enumerate() {
        let Some(last) = latest(row) else { continue };
        let next = rows.get(i + 1).and_then(|r| r.first());
        let minutes = match next {
            None => rules.deliberation,
            Some(_) if !rules.between_blocks => continue,
            Some(next) => rules
                .deliberation
                .min(next.start.saturating_sub(last.end())),
        };
        if minutes > 0 {
            out.push(Slot {
                session: last.session.clone(),
                start: last.end(),
                minutes,
            });
        }
    }
    out
}

/// The slots of the sessions planned on `day`, in the order of the day.
pub fn day_slots(sessions: &[Session], day: i64) -> Vec<Slot> {
    let mut slots: Vec<Slot> = sessions
        .iter()
        .filter_map(Slot::of)
        .filter(|(d, _)| *d == day)
        .map(|(_, slot)| slot)
        .collect();
    order::sort_by(&mut slots, |a, b| {
        (a.start, &a.session).cmp(&(b.start, &b.session))
    });
    slots
}

/// The days that have interviews planned, as `YYYY-MM-DD` with how many, earliest first.
/// `scheduled` holds planned starts (`YYYY-MM-DDTHH:MM`); unplanned (empty) ones are skipped.
pub fn planned_days<'a>(scheduled: impl IntoIterator<Item = &'a str>) -> Vec<(String, usize)> {
    // Counted by the date text itself: the list calls this with a year of interviews at start.
    let mut days: BTreeMap<&str, usize> = BTreeMap::new();
    for start in scheduled {
        // `day` accepts only a real `YYYY-MM-DD` start, so its first ten characters are the date.
        if let (Some(_), Some(date)) = (dates::day(start), start.get(..10)) {
            *days.entry(date).or_default() += 1;
        }
    }
    days.into_iter()
        .map(|(date, n)| (date.to_owned(), n))
        .collect()
}

/// One line of a day's timeline.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Entry {
    Interview(Slot),
    /// Free minutes between two interviews; `short` when too few to write notes.
    Gap {
        minutes: u32,
        short: bool,
    },
    /// Two interviews overlap by this many minutes.
    Overlap {
        minutes: u32,
    },
    /// Time to deliberate after a block, or after the last interview.
    Deliberation(Slot),
}

/// The day as it will be lived: each interview, what lies between two of them, and the
/// deliberations (after the last interview, and after each block when the rules say so).
pub fn timeline(slots: &[Slot], rules: &Rules) -> Vec<Entry> {
    let day = in_order(slots);
    let deliberations = deliberations(slots, rules);
    let mut entries = Vec::new();
    let mut latest_end: Option<u32> = None;
    for slot in day {
        if let Some(end) = latest_end {
            if slot.start < end {
                entries.push(Entry::Overlap {
                    minutes: end - slot.start,
                });
            } else {
                let mut minutes = slot.start - end;
                let block = deliberations.iter().find(|d| d.start == end);
                if let Some(block) = block {
                    entries.push(Entry::Deliberation(block.clone()));
                    minutes -= block.minutes.min(minutes);
                }
                // What is left of a break after deliberating is free time, never short.
                if block.is_none() || minutes > 0 {
                    let short = block.is_none() && minutes < rules.notes;
                    entries.push(Entry::Gap { minutes, short });
                }
            }
        }
        latest_end = Some(latest_end.map_or(slot.end(), |e| e.max(slot.end())));
        entries.push(Entry::Interview(slot.clone()));
    }
    if let Some(end) = latest_end {
        if let Some(block) = deliberations.iter().find(|d| d.start == end) {
            entries.push(Entry::Deliberation(block.clone()));
        }
    }
    entries
}

/// `HH:MM` for a minute of the day (a minute past midnight shows as the next day's clock).
pub fn clock(minute: u32) -> String {
    let minute = minute % (24 * 60);
    format!("{:02}:{:02}", minute / 60, minute % 60)
}

/// The minute of the day of a clock time `HH:MM`.
pub fn minute_of(clock: &str) -> Option<u32> {
    let (h, m) = clock.trim().split_once(':')?;
    let (h, m): (u32, u32) = (h.parse().ok()?, m.parse().ok()?);
    (h < 24 && m < 60 && clock.trim().len() == 5).then_some(h * 60 + m)
}
