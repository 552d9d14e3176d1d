//! Planning a day of interviews realistically (M9, M26): time to write notes between two
//! interviews, not too many in a row, time to deliberate after the last, and no overlaps. Each
//! warning comes with what would fix it.

use super::dates;
use super::session::Session;

/// The planning rules' settings, with the defaults the method suggests.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
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
}

impl Default for Rules {
    fn default() -> Rules {
        Rules {
            notes: 15,
            in_a_row: 4,
            row_break: 60,
            deliberation: 30,
            day_end: 18 * 60,
        }
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

    /// The session's slot on its planned day: the planned start and the lens's agenda total.
    /// `None` when it is not planned.
    pub fn of(session: &Session) -> Option<(i64, Slot)> {
        let (day, time) = session.scheduled_at.split_once('T')?;
        let day = dates::day(day)?;
        let (h, m) = time.split_once(':')?;
        let (h, m): (u32, u32) = (h.parse().ok()?, m.get(..2)?.parse().ok()?);
        (h < 24 && m < 60).then(|| {
            let slot = Slot {
                session: session.id.clone(),
                start: h * 60 + m,
                minutes: session.lens.phase_minutes.total(),
            };
            (day, slot)
        })
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
    /// The day ends before there is time to deliberate after the last interview.
    NoTimeToDeliberate { last: String, left: u32 },
}

/// The warnings for one day's slots (in any order), in the order of the day.
pub fn check(slots: &[Slot], rules: &Rules) -> Vec<Warning> {
    let mut day: Vec<&Slot> = slots.iter().collect();
    day.sort_by(|a, b| (a.start, &a.session).cmp(&(b.start, &b.session)));
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
    // Rows: interviews with less than a real break between them.
    let mut rows: Vec<Vec<&Slot>> = Vec::new();
    for slot in &day {
        match rows.last_mut() {
            Some(row)
                if row
                    .last()
                    .is_some_and(|prev| slot.start < prev.end() + rules.row_break) =>
            {
                row.push(slot)
            }
            _ => rows.push(vec![slot]),
        }
    }
    for row in rows.iter().filter(|row| row.len() > rules.in_a_row) {
        if let Some(last_allowed) = row.get(rules.in_a_row.saturating_sub(1)) {
            warnings.push(Warning::TooManyInARow {
                count: row.len(),
                break_after: last_allowed.session.clone(),
            });
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

/// The block to deliberate in, right after the day's last interview ends.
pub fn deliberation(slots: &[Slot], rules: &Rules) -> Option<Slot> {
    let last = slots.iter().max_by_key(|s| s.end())?;
    Some(Slot {
        session: String::new(),
        start: last.end(),
        minutes: rules.deliberation,
    })
}
