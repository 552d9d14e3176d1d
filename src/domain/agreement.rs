//! How a panel's independent levels combine and how far the interviewers agree (research in
//! METHOD.md): a mechanical combination (median, with the mean beside it) predicts at least as
//! well as a discussed consensus (Conway, Jako & Goodman 1995). For one candidate agreement is
//! the spread and the share within one level; across a position's candidates it is an
//! intraclass correlation with its confidence interval, read in the bands of Koo & Li (2016).

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
    /// Fewer than two interviewers gave levels on the same targets.
    OneInterviewer,
    /// Too few targets (candidate × competency) rated by every seat of the panel.
    TooFewTargets { found: usize },
    /// Every level is the same: nothing varies, so there is nothing to correlate.
    NoVariation,
}

/// An intraclass correlation with its 95 % confidence interval.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct IccFit {
    pub value: f64,
    pub lower: f64,
    pub upper: f64,
}

/// ICC(2,1): two-way random effects, absolute agreement, one rater (Shrout & Fleiss 1979;
/// McGraw & Wong's ICC(A,1)), with McGraw & Wong's (1996) 95 % confidence interval. `rows`
/// are the rated targets, each with one value per rater in the same order; every row must be
/// complete. At least two targets and two raters.
pub fn icc_2_1(rows: &[Vec<f64>]) -> Result<IccFit, NoIcc> {
    let n = rows.len();
    let k = rows.first().map_or(0, Vec::len);
    if k < 2 {
        return Err(NoIcc::OneInterviewer);
    }
    if n < 2 || rows.iter().any(|r| r.len() != k) {
        return Err(NoIcc::TooFewTargets { found: n });
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
    let ss_error = (ss_total - ss_rows - ss_cols).max(0.0);
    let msr = ss_rows / (nf - 1.0);
    let msc = ss_cols / (kf - 1.0);
    let mse = ss_error / ((nf - 1.0) * (kf - 1.0));
    let denominator = msr + (kf - 1.0) * mse + kf * (msc - mse) / nf;
    if denominator.abs() < 1e-12 || ss_total < 1e-12 {
        return Err(NoIcc::NoVariation);
    }
    let value = (msr - mse) / denominator;
    let (lower, upper) = interval(value, msr, msc, mse, nf, kf);
    Ok(IccFit {
        value,
        lower,
        upper,
    })
}

/// McGraw & Wong (1996), case 2A, single measures: the 95 % interval of ICC(A,1), with the
/// denominator degrees of freedom of Satterthwaite's approximation.
fn interval(icc: f64, msr: f64, msc: f64, mse: f64, n: f64, k: f64) -> (f64, f64) {
    let a = k * icc / (n * (1.0 - icc));
    let b = 1.0 + k * icc * (n - 1.0) / (n * (1.0 - icc));
    let v = (a * msc + b * mse).powi(2)
        / ((a * msc).powi(2) / (k - 1.0) + (b * mse).powi(2) / ((n - 1.0) * (k - 1.0)));
    let rest = k * msc + (k * n - k - n) * mse;
    if !v.is_finite() || v <= 0.0 {
        // Perfect agreement (icc = 1) leaves no error to spread: the interval is the point.
        return (icc, icc);
    }
    let f_low = f_quantile(0.975, n - 1.0, v);
    let f_high = f_quantile(0.975, v, n - 1.0);
    let lower = n * (msr - f_low * mse) / (f_low * rest + n * msr);
    let upper = n * (f_high * msr - mse) / (rest + n * f_high * msr);
    (lower, upper)
}

/// The `p` quantile of the F distribution with `d1` and `d2` degrees of freedom: the `x` with
/// I_{d1·x/(d1·x+d2)}(d1/2, d2/2) = p, found by bisection on the beta variable.
pub fn f_quantile(p: f64, d1: f64, d2: f64) -> f64 {
    let (a, b) = (d1 / 2.0, d2 / 2.0);
    let (mut low, mut high) = (0.0_f64, 1.0_f64);
    for _ in 0..200 {
        let mid = (low + high) / 2.0;
        if regularized_beta(a, b, mid) < p {
            low = mid;
        } else {
            high = mid;
        }
    }
    let y = (low + high) / 2.0;
    d2 * y / (d1 * (1.0 - y))
}

/// The regularized incomplete beta function I_x(a, b), by its continued fraction (evaluated
/// with Lentz's method), on the side of x where it converges fast.
pub fn regularized_beta(a: f64, b: f64, x: f64) -> f64 {
    if x <= 0.0 {
        return 0.0;
    }
    if x >= 1.0 {
        return 1.0;
    }
    let log_front = ln_gamma(a + b) - ln_gamma(a) - ln_gamma(b) + a * x.ln() + b * (1.0 - x).ln();
    let front = log_front.exp();
    if x < (a + 1.0) / (a + b + 2.0) {
        front * beta_fraction(a, b, x) / a
    } else {
        1.0 - front * beta_fraction(b, a, 1.0 - x) / b
    }
}

fn beta_fraction(a: f64, b: f64, x: f64) -> f64 {
    const SMALL: f64 = 1e-300;
    let guard = |v: f64| if v.abs() < SMALL { SMALL } else { v };
    let mut c = 1.0;
    let mut d = 1.0 / guard(1.0 - (a + b) * x / (a + 1.0));
    let mut fraction = d;
    for m in 1..=500 {
        let m = f64::from(m);
        // The even step, then the odd step of the fraction's terms.
        let even = m * (b - m) * x / ((a + 2.0 * m - 1.0) * (a + 2.0 * m));
        d = 1.0 / guard(1.0 + even * d);
        c = guard(1.0 + even / c);
        fraction *= d * c;
        let odd = -(a + m) * (a + b + m) * x / ((a + 2.0 * m) * (a + 2.0 * m + 1.0));
        d = 1.0 / guard(1.0 + odd * d);
        c = guard(1.0 + odd / c);
        let step = d * c;
        fraction *= step;
        if (step - 1.0).abs() < 1e-15 {
            break;
        }
    }
    fraction
}

/// ln Γ(x) for x > 0 (Lanczos' approximation, g = 7, nine terms).
fn ln_gamma(x: f64) -> f64 {
    const G: f64 = 7.0;
    const TERMS: [f64; 9] = [
        0.999_999_999_999_809_9,
        676.520_368_121_885_1,
        -1_259.139_216_722_402_8,
        771.323_428_777_653_1,
        -176.615_029_162_140_6,
        12.507_343_278_686_905,
        -0.138_571_095_265_720_12,
        9.984_369_578_019_572e-6,
        1.505_632_735_149_311_6e-7,
    ];
    if x < 0.5 {
        // Reflection: Γ(x)Γ(1−x) = π / sin(πx).
        let pi = std::f64::consts::PI;
        return (pi / (pi * x).sin()).ln() - ln_gamma(1.0 - x);
    }
    let x = x - 1.0;
    let mut sum = TERMS[0];
    for (i, term) in TERMS.iter().enumerate().skip(1) {
        sum += term / (x + i as f64);
    }
    let t = x + G + 0.5;
    0.5 * (2.0 * std::f64::consts::PI).ln() + (x + 0.5) * t.ln() - t + sum.ln()
}

/// The least number of targets (candidate × competency) a position's ICC is given on.
pub const ICC_MIN_TARGETS: usize = 10;

/// A position's ICC as shown: hundredths, the interval, its bands, and what it rests on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Icc {
    pub hundredths: i32,
    pub lower: i32,
    pub upper: i32,
    /// The bands of the interval's ends (Koo & Li read the interval, not the point).
    pub band_low: Band,
    pub band_high: Band,
    pub targets: usize,
    pub interviewers: usize,
}

impl Icc {
    /// From complete rows of one target each; `None` targets below [`ICC_MIN_TARGETS`].
    pub fn of(rows: &[Vec<f64>]) -> Result<Icc, NoIcc> {
        let interviewers = rows.first().map_or(0, Vec::len);
        if interviewers < 2 {
            return Err(NoIcc::OneInterviewer);
        }
        if rows.len() < ICC_MIN_TARGETS {
            return Err(NoIcc::TooFewTargets { found: rows.len() });
        }
        let fit = icc_2_1(rows)?;
        let hundredths = |v: f64| (v * 100.0).round() as i32;
        let (lower, upper) = (hundredths(fit.lower), hundredths(fit.upper));
        Ok(Icc {
            hundredths: hundredths(fit.value),
            lower,
            upper,
            band_low: Band::of(lower),
            band_high: Band::of(upper),
            targets: rows.len(),
            interviewers,
        })
    }
}

/// Of the pairs among one competency's levels, how many lie within one level of each other:
/// three interviewers with 2, 3 and 4 have two of three pairs within one.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Pairs {
    pub within_one: usize,
    pub total: usize,
}

impl Pairs {
    pub fn of(levels: &[u8]) -> Pairs {
        let mut pairs = Pairs::default();
        for (i, a) in levels.iter().enumerate() {
            for b in &levels[i + 1..] {
                pairs.total += 1;
                pairs.within_one += usize::from(a.abs_diff(*b) <= 1);
            }
        }
        pairs
    }
}

/// How far one candidate's independent interviewers agree, competency by competency. No ICC
/// here: over one person's few competencies it measures how uneven the profile is more than
/// how far the interviewers agree (levels all within one can read "poor").
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Agreement {
    /// Competencies with two or more levels whose levels all lie within one level.
    pub within_one: usize,
    /// Competencies with two or more levels.
    pub compared: usize,
}

impl Agreement {
    /// From one row per competency, each with one entry per independent interviewer (in the
    /// same order): their level, or `None` where they gave none.
    pub fn of(rows: &[Vec<Option<u8>>]) -> Agreement {
        let mut agreement = Agreement {
            within_one: 0,
            compared: 0,
        };
        for row in rows {
            let levels: Vec<u8> = row.iter().flatten().copied().collect();
            if levels.len() >= 2 {
                agreement.compared += 1;
                let (low, high) = (levels.iter().min(), levels.iter().max());
                if let (Some(low), Some(high)) = (low, high) {
                    if high - low <= 1 {
                        agreement.within_one += 1;
                    }
                }
            }
        }
        agreement
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
