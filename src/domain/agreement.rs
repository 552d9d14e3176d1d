//! How a panel's independent levels combine and how far the interviewers agree (research in
//! METHOD.md): a mechanical combination (median, with the mean beside it) predicts at least as
//! well as a discussed consensus (Conway, Jako & Goodman 1995), and agreement is measured with
//! an intraclass correlation read in the bands of Koo & Li (2016).

/// Twice a level, so a median between two levels (3.5) stays a whole number (7).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Half(pub u8);

impl Half {
    pub fn of(level: u8) -> Half {
        Half(level.saturating_mul(2))
    }

    /// How far `level` lies from this value, in whole levels rounded down (3.5 → 2 is 1).
    pub fn levels_from(self, level: u8) -> u8 {
        Half::of(level).0.abs_diff(self.0) / 2
    }

    /// Whether `level` departs from this median: it lies a whole level or more away, and so
    /// needs its reason (3 and 4 do not depart from 3.5; 2 does).
    pub fn departs(self, level: u8) -> bool {
        self.levels_from(level) >= 1
    }

    /// As the screen writes it: `3` or `3.5`.
    pub fn show(self) -> String {
        if self.0.is_multiple_of(2) {
            (self.0 / 2).to_string()
        } else {
            format!("{}.5", self.0 / 2)
        }
    }
}

/// The mechanical combination of one competency's independent levels.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Combined {
    pub median: Half,
    /// The mean in tenths of a level, rounded half up (3.33 → 33).
    pub mean_tenths: u16,
    /// How many levels went into it.
    pub count: usize,
}

impl Combined {
    /// Median and mean of `levels`; `None` when there are none. "No example" and unrated
    /// competencies are no levels and never reach this.
    pub fn of(levels: &[u8]) -> Option<Combined> {
        if levels.is_empty() {
            return None;
        }
        let mut sorted = levels.to_vec();
        sorted.sort_unstable();
        let n = sorted.len();
        let median = if !n.is_multiple_of(2) {
            Half::of(sorted[n / 2])
        } else {
            Half(sorted[n / 2 - 1] + sorted[n / 2])
        };
        let sum: usize = sorted.iter().map(|&l| usize::from(l)).sum();
        let mean_tenths = ((sum * 20 + n) / (2 * n)) as u16;
        Some(Combined {
            median,
            mean_tenths,
            count: n,
        })
    }

    /// The mean as the screen writes it: `3.3`.
    pub fn mean(&self) -> String {
        format!("{}.{}", self.mean_tenths / 10, self.mean_tenths % 10)
    }
}

/// The plain-language band of an intraclass correlation (Koo & Li 2016).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Band {
    /// Below .50.
    Poor,
    /// .50 up to .75.
    Moderate,
    /// .75 up to and including .90.
    Good,
    /// Above .90.
    Excellent,
}

impl Band {
    /// The band of an ICC as shown, in hundredths (so the band always fits the figure).
    pub fn of(hundredths: i32) -> Band {
        match hundredths {
            i32::MIN..=49 => Band::Poor,
            50..=74 => Band::Moderate,
            75..=90 => Band::Good,
            _ => Band::Excellent,
        }
    }
}

/// Why no intraclass correlation can be given.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum NoIcc {
    /// Fewer than two interviewers gave levels.
    OneInterviewer,
    /// Fewer than three competencies were rated by every interviewer who gave levels.
    TooFewCompetencies { found: usize },
    /// Every level is the same: nothing varies, so there is nothing to correlate.
    NoVariation,
}

/// The fewest competencies an ICC is computed on.
pub const ICC_MIN_COMPETENCIES: usize = 3;

/// ICC(2,1): two-way random effects, absolute agreement, one rater (Shrout & Fleiss 1979;
/// McGraw & Wong's ICC(A,1)). `rows` are the rated things (competencies), each with one value
/// per rater in the same order; every row must be complete.
pub fn icc_2_1(rows: &[Vec<f64>]) -> Result<f64, NoIcc> {
    let n = rows.len();
    let k = rows.first().map_or(0, Vec::len);
    if k < 2 {
        return Err(NoIcc::OneInterviewer);
    }
    if n < ICC_MIN_COMPETENCIES {
        return Err(NoIcc::TooFewCompetencies { found: n });
    }
    let (nf, kf) = (n as f64, k as f64);
    let grand = rows.iter().flatten().sum::<f64>() / (nf * kf);
    let row_means = rows.iter().map(|r| r.iter().sum::<f64>() / kf);
    let ss_rows = kf * row_means.map(|m| (m - grand).powi(2)).sum::<f64>();
    let ss_cols = nf
        * (0..k)
            .map(|j| rows.iter().map(|r| r[j]).sum::<f64>() / nf)
            .map(|m| (m - grand).powi(2))
            .sum::<f64>();
    let ss_total = rows
        .iter()
        .flatten()
        .map(|v| (v - grand).powi(2))
        .sum::<f64>();
    let ss_error = ss_total - ss_rows - ss_cols;
    let ms_rows = ss_rows / (nf - 1.0);
    let ms_cols = ss_cols / (kf - 1.0);
    let ms_error = ss_error / ((nf - 1.0) * (kf - 1.0));
    let denominator = ms_rows + (kf - 1.0) * ms_error + kf * (ms_cols - ms_error) / nf;
    // With n ≥ 3 and k ≥ 2 the denominator is zero only when every value is the same.
    if denominator.abs() < 1e-12 {
        return Err(NoIcc::NoVariation);
    }
    Ok((ms_rows - ms_error) / denominator)
}

/// The panel's ICC as shown: hundredths, its band, and what it rests on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Icc {
    pub hundredths: i32,
    pub band: Band,
    pub competencies: usize,
    pub interviewers: usize,
}

/// How far a panel's independent interviewers agree.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Agreement {
    /// Competencies with two or more levels whose levels all lie within one level.
    pub within_one: usize,
    /// Competencies with two or more levels.
    pub compared: usize,
    pub icc: Result<Icc, NoIcc>,
}

impl Agreement {
    /// From one row per competency, each with one entry per independent interviewer (in the
    /// same order): their level, or `None` where they gave none.
    pub fn of(rows: &[Vec<Option<u8>>]) -> Agreement {
        let mut within_one = 0;
        let mut compared = 0;
        for row in rows {
            let levels: Vec<u8> = row.iter().flatten().copied().collect();
            if levels.len() >= 2 {
                compared += 1;
                let (low, high) = (levels.iter().min(), levels.iter().max());
                if let (Some(low), Some(high)) = (low, high) {
                    if high - low <= 1 {
                        within_one += 1;
                    }
                }
            }
        }
        // Only interviewers who gave levels take part; only competencies every one of them
        // rated are complete rows for the ICC.
        let width = rows.first().map_or(0, Vec::len);
        let raters: Vec<usize> = (0..width)
            .filter(|&j| rows.iter().any(|r| r.get(j).copied().flatten().is_some()))
            .collect();
        let complete: Vec<Vec<f64>> = rows
            .iter()
            .filter_map(|r| {
                raters
                    .iter()
                    .map(|&j| r.get(j).copied().flatten().map(f64::from))
                    .collect::<Option<Vec<f64>>>()
            })
            .collect();
        let icc = if raters.len() < 2 {
            Err(NoIcc::OneInterviewer)
        } else {
            icc_2_1(&complete).map(|value| {
                let hundredths = (value * 100.0).round() as i32;
                Icc {
                    hundredths,
                    band: Band::of(hundredths),
                    competencies: complete.len(),
                    interviewers: raters.len(),
                }
            })
        };
        Agreement {
            within_one,
            compared,
            icc,
        }
    }
}

/// Shows an ICC in hundredths the way the literature writes it: `.29`, `−.20`, `1.00`.
pub fn show_icc(hundredths: i32) -> String {
    let sign = if hundredths < 0 { "−" } else { "" };
    let a = hundredths.unsigned_abs();
    if a >= 100 {
        format!("{sign}{}.{:02}", a / 100, a % 100)
    } else {
        format!("{sign}.{a:02}")
    }
}
