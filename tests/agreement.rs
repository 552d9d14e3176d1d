//! The panel's arithmetic (research in METHOD.md): the mechanical combination of independent
//! levels (median, with the mean beside it), the share within one level, and the intraclass
//! correlation ICC(2,1) with its plain-language band.

use interviewgids::domain::agreement::{icc_2_1, show_icc, Agreement, Band, Combined, Half, NoIcc};

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

#[test]
fn the_icc_matches_the_published_worked_example() {
    let icc = icc_2_1(&shrout_fleiss()).unwrap();
    assert!((icc - 0.2898).abs() < 0.0005, "{icc}");
    assert_eq!((icc * 100.0).round() as i32, 29);
}

#[test]
fn identical_levels_leave_nothing_to_correlate() {
    let rows = vec![vec![3.0, 3.0]; 4];
    assert_eq!(icc_2_1(&rows), Err(NoIcc::NoVariation));
}

#[test]
fn one_interviewer_or_fewer_than_three_competencies_give_no_icc() {
    assert_eq!(
        icc_2_1(&[vec![3.0], vec![4.0], vec![2.0]]),
        Err(NoIcc::OneInterviewer)
    );
    assert_eq!(
        icc_2_1(&[vec![3.0, 4.0], vec![2.0, 2.0]]),
        Err(NoIcc::TooFewCompetencies { found: 2 })
    );
}

#[test]
fn perfect_agreement_with_variation_is_one_and_a_constant_rater_gap_lowers_it() {
    let same = vec![vec![1.0, 1.0], vec![3.0, 3.0], vec![5.0, 5.0]];
    assert!((icc_2_1(&same).unwrap() - 1.0).abs() < 1e-9);
    // Absolute agreement: one interviewer a level higher throughout is not full agreement.
    let shifted = vec![vec![1.0, 2.0], vec![3.0, 4.0], vec![4.0, 5.0]];
    let icc = icc_2_1(&shifted).unwrap();
    assert!(icc < 1.0 && icc > 0.5, "{icc}");
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
fn agreement_counts_competencies_within_one_level_and_uses_only_complete_rows_for_the_icc() {
    let rows = vec![
        vec![Some(4), Some(3)],
        vec![Some(2), Some(4)],
        vec![Some(5), Some(5)],
        vec![Some(1), Some(2)],
        // Rated by one: not compared, not in the ICC.
        vec![Some(3), None],
        vec![None, None],
    ];
    let a = Agreement::of(&rows);
    assert_eq!((a.within_one, a.compared), (3, 4));
    let icc = a.icc.unwrap();
    assert_eq!((icc.competencies, icc.interviewers), (4, 2));
    let direct = icc_2_1(&[
        vec![4.0, 3.0],
        vec![2.0, 4.0],
        vec![5.0, 5.0],
        vec![1.0, 2.0],
    ])
    .unwrap();
    assert_eq!(icc.hundredths, (direct * 100.0).round() as i32);
    assert_eq!(icc.band, Band::of(icc.hundredths));
}

#[test]
fn an_interviewer_without_any_level_does_not_empty_the_icc() {
    // The third interviewer left everything unrated: the ICC rests on the other two.
    let rows = vec![
        vec![Some(4), Some(4), None],
        vec![Some(2), Some(3), None],
        vec![Some(5), Some(4), None],
    ];
    let icc = Agreement::of(&rows).icc.unwrap();
    assert_eq!((icc.competencies, icc.interviewers), (3, 2));
    let alone = vec![
        vec![Some(4), None],
        vec![Some(2), None],
        vec![Some(5), None],
    ];
    assert_eq!(Agreement::of(&alone).icc, Err(NoIcc::OneInterviewer));
    let too_few = vec![
        vec![Some(4), Some(4)],
        vec![Some(2), Some(3)],
        vec![Some(5), None],
    ];
    assert_eq!(
        Agreement::of(&too_few).icc,
        Err(NoIcc::TooFewCompetencies { found: 2 })
    );
}
