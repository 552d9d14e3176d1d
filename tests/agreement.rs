//! The panel's arithmetic (research in METHOD.md): the mechanical combination of independent
//! levels (median, with the mean beside it), the share within one level, and the intraclass
//! correlation ICC(2,1) with its plain-language band.

use interviewgids::domain::agreement::{
    f_quantile, icc_2_1, show_icc, Agreement, Band, Combined, Half, Icc, NoIcc, Pairs,
    ICC_MIN_TARGETS,
};

fn combined(levels: &[u8]) -> (String, String, usize) {
    let c = Combined::of(levels).unwrap();
    (c.median.show(), c.mean(), c.count)
}

#[test]
fn the_median_of_an_odd_panel_is_its_middle_level_and_the_mean_sits_beside_it() {
    assert_eq!(combined(&[4, 2, 3]), ("3".into(), "3.0".into(), 3));
    assert_eq!(combined(&[5, 1, 1]), ("1".into(), "2.3".into(), 3));
    assert_eq!(combined(&[4]), ("4".into(), "4.0".into(), 1));
}

#[test]
fn the_median_of_an_even_panel_lies_between_the_two_middle_levels() {
    assert_eq!(combined(&[4, 2]), ("3".into(), "3.0".into(), 2));
    assert_eq!(combined(&[3, 4]), ("3.5".into(), "3.5".into(), 2));
    assert_eq!(combined(&[1, 2, 4, 5]), ("3".into(), "3.0".into(), 4));
    assert_eq!(combined(&[2, 3, 3, 5]), ("3".into(), "3.3".into(), 4));
}

#[test]
fn ties_give_the_tied_level_and_the_mean_rounds_half_up() {
    assert_eq!(combined(&[3, 3, 4]), ("3".into(), "3.3".into(), 3));
    assert_eq!(combined(&[4, 4, 3, 3]), ("3.5".into(), "3.5".into(), 4));
    // 2.25 → 2.3, 2.75 → 2.8: half a tenth goes up.
    assert_eq!(combined(&[1, 2, 3, 3]).1, "2.3");
    assert_eq!(combined(&[2, 3, 3, 3]).1, "2.8");
}

#[test]
fn no_levels_combine_to_nothing() {
    assert_eq!(Combined::of(&[]), None);
}

#[test]
fn a_level_is_measured_from_the_median_in_whole_levels() {
    // 3.5 to 3 is half a level: no departure; 3.5 to 2 is one and a half: one level.
    assert_eq!(Half(7).levels_from(3), 0);
    assert_eq!(Half(7).levels_from(4), 0);
    assert_eq!(Half(7).levels_from(2), 1);
    assert_eq!(Half(6).levels_from(4), 1);
    assert_eq!(Half(6).levels_from(5), 2);
}

/// Shrout, P. E. & Fleiss, J. L. (1979). Intraclass correlations: uses in assessing rater
/// reliability. Psychological Bulletin 86(2), 420–428, Table 2: six targets rated by four
/// judges. Their Table 4 gives ICC(2,1) = .29 (and ICC(1,1) = .17, ICC(3,1) = .71).
fn shrout_fleiss() -> Vec<Vec<f64>> {
    [
        [9.0, 2.0, 5.0, 8.0],
        [6.0, 1.0, 3.0, 2.0],
        [8.0, 4.0, 6.0, 8.0],
        [7.0, 1.0, 2.0, 6.0],
        [10.0, 5.0, 6.0, 9.0],
        [6.0, 2.0, 4.0, 7.0],
    ]
    .iter()
    .map(|r| r.to_vec())
    .collect()
}

/// The 8 wines × 4 judges table used as the worked example of common statistics packages (the
/// `icc` data set of Pingouin, whose ICC2 row reads .728 with the interval .43–.93; R's psych
/// gives .434–.927).
fn wines() -> Vec<Vec<f64>> {
    [
        [1.0, 2.0, 0.0, 1.0],
        [1.0, 3.0, 3.0, 2.0],
        [3.0, 8.0, 1.0, 4.0],
        [6.0, 4.0, 3.0, 3.0],
        [6.0, 5.0, 5.0, 6.0],
        [7.0, 5.0, 6.0, 2.0],
        [8.0, 7.0, 7.0, 9.0],
        [9.0, 9.0, 9.0, 8.0],
    ]
    .iter()
    .map(|r| r.to_vec())
    .collect()
}

fn three_decimals(value: f64) -> String {
    format!("{value:.3}")
}

#[test]
fn the_icc_and_its_interval_match_shrout_and_fleiss() {
    let fit = icc_2_1(&shrout_fleiss()).unwrap();
    assert_eq!(three_decimals(fit.value), "0.290");
    // McGraw & Wong's interval, as Shrout & Fleiss's Table 4 and R's psych give it: .02–.76.
    assert_eq!(three_decimals(fit.lower), "0.019");
    assert_eq!(three_decimals(fit.upper), "0.761");
}

#[test]
fn the_icc_and_its_interval_match_the_wine_judging_example() {
    let fit = icc_2_1(&wines()).unwrap();
    assert_eq!(three_decimals(fit.value), "0.728");
    assert_eq!(three_decimals(fit.lower), "0.434");
    assert_eq!(three_decimals(fit.upper), "0.927");
}

#[test]
fn the_f_quantile_matches_printed_tables() {
    // F(0.975; 5, 15) = 3.58 and F(0.975; 10, 20) = 2.77 in the usual F tables.
    assert_eq!(format!("{:.2}", f_quantile(0.975, 5.0, 15.0)), "3.58");
    assert_eq!(format!("{:.2}", f_quantile(0.975, 10.0, 20.0)), "2.77");
    // F(0.95; 1, 10) = t(0.975; 10)² = 4.96.
    assert_eq!(format!("{:.2}", f_quantile(0.95, 1.0, 10.0)), "4.96");
}

#[test]
fn identical_levels_leave_nothing_to_correlate() {
    let rows = vec![vec![3.0, 3.0]; 12];
    assert_eq!(icc_2_1(&rows), Err(NoIcc::NoVariation));
}

#[test]
fn one_interviewer_gives_no_icc() {
    assert_eq!(
        icc_2_1(&[vec![3.0], vec![4.0], vec![2.0]]),
        Err(NoIcc::OneInterviewer)
    );
}

#[test]
fn perfect_agreement_with_variation_is_one_and_a_constant_rater_gap_lowers_it() {
    let same = vec![vec![1.0, 1.0], vec![3.0, 3.0], vec![5.0, 5.0]];
    let fit = icc_2_1(&same).unwrap();
    assert!((fit.value - 1.0).abs() < 1e-9);
    assert!((fit.lower - 1.0).abs() < 1e-9 && (fit.upper - 1.0).abs() < 1e-9);
    // Absolute agreement: one interviewer a level higher throughout is not full agreement.
    let shifted = vec![vec![1.0, 2.0], vec![3.0, 4.0], vec![4.0, 5.0]];
    let fit = icc_2_1(&shifted).unwrap();
    assert!(fit.value < 1.0 && fit.value > 0.5, "{fit:?}");
    assert!(fit.lower < fit.value && fit.value < fit.upper, "{fit:?}");
}

#[test]
fn a_position_needs_ten_targets_and_reads_its_band_from_the_interval() {
    let rows = |n: usize| -> Vec<Vec<f64>> {
        (0..n)
            .map(|i| {
                let level = (i % 5 + 1) as f64;
                vec![level, if i % 3 == 0 { level + 1.0 } else { level }]
            })
            .collect()
    };
    assert_eq!(Icc::of(&rows(9)), Err(NoIcc::TooFewTargets { found: 9 }));
    assert_eq!(ICC_MIN_TARGETS, 10);
    let icc = Icc::of(&rows(10)).unwrap();
    assert_eq!((icc.targets, icc.interviewers), (10, 2));
    let fit = icc_2_1(&rows(10)).unwrap();
    assert_eq!(icc.hundredths, (fit.value * 100.0).round() as i32);
    assert_eq!(icc.lower, (fit.lower * 100.0).round() as i32);
    assert_eq!(icc.upper, (fit.upper * 100.0).round() as i32);
    assert_eq!(icc.band_low, Band::of(icc.lower));
    assert_eq!(icc.band_high, Band::of(icc.upper));
    // The wine table has 8 targets: too few for a position, though its ICC is published.
    assert_eq!(Icc::of(&wines()), Err(NoIcc::TooFewTargets { found: 8 }));
    assert_eq!(Icc::of(&vec![vec![1.0]; 12]), Err(NoIcc::OneInterviewer));
}

#[test]
fn the_bands_follow_koo_and_li_at_their_edges() {
    assert_eq!(Band::of(-20), Band::Poor);
    assert_eq!(Band::of(49), Band::Poor);
    assert_eq!(Band::of(50), Band::Moderate);
    assert_eq!(Band::of(74), Band::Moderate);
    assert_eq!(Band::of(75), Band::Good);
    assert_eq!(Band::of(90), Band::Good);
    assert_eq!(Band::of(91), Band::Excellent);
    assert_eq!(Band::of(100), Band::Excellent);
}

#[test]
fn an_icc_is_written_as_the_literature_writes_it() {
    assert_eq!(show_icc(29), ".29");
    assert_eq!(show_icc(5), ".05");
    assert_eq!(show_icc(-20), "−.20");
    assert_eq!(show_icc(100), "1.00");
}

#[test]
fn one_candidate_counts_competencies_within_one_level_and_pairs_within_one() {
    let rows = vec![
        vec![Some(4), Some(3)],
        vec![Some(2), Some(4)],
        vec![Some(5), Some(5)],
        vec![Some(1), Some(2)],
        // Rated by one: not compared.
        vec![Some(3), None],
        vec![None, None],
    ];
    let a = Agreement::of(&rows);
    assert_eq!((a.within_one, a.compared), (3, 4));
    // Three interviewers with 2, 3 and 4: two of the three pairs lie within one level.
    assert_eq!(
        Pairs::of(&[2, 3, 4]),
        Pairs {
            within_one: 2,
            total: 3
        }
    );
    assert_eq!(
        Pairs::of(&[3, 3]),
        Pairs {
            within_one: 1,
            total: 1
        }
    );
    assert_eq!(
        Pairs::of(&[1, 5]),
        Pairs {
            within_one: 0,
            total: 1
        }
    );
    assert_eq!(
        Pairs::of(&[4]),
        Pairs {
            within_one: 0,
            total: 0
        }
    );
}

#[test]
fn levels_all_within_one_never_read_poor_for_one_candidate() {
    // The case that made a one-candidate ICC mislead: every level within one of the others,
    // yet ICC(2,1) over these competencies is negative. For one candidate only the share
    // within one is given, so this reads as full agreement.
    let rows = vec![
        vec![Some(3), Some(4)],
        vec![Some(4), Some(3)],
        vec![Some(3), Some(4)],
        vec![Some(4), Some(3)],
    ];
    let a = Agreement::of(&rows);
    assert_eq!((a.within_one, a.compared), (4, 4));
    let fit = icc_2_1(&[
        vec![3.0, 4.0],
        vec![4.0, 3.0],
        vec![3.0, 4.0],
        vec![4.0, 3.0],
    ])
    .unwrap();
    assert!(fit.value < 0.0, "{fit:?}");
}
