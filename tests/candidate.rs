//! The candidate's side (AVG/GDPR; the Dutch data protection authority's guidance and the NVP
//! Sollicitatiecode): the reason for a rejection recorded once, the procedure's end proposed on
//! completion so the retention period always runs, and a hired candidate kept off the purge.

mod common;

use interviewgids::domain::evaluation::Recommendation;
use interviewgids::domain::retention::{completed_without_end, Policy};
use interviewgids::domain::session_action::Refusal;
use interviewgids::domain::{Session, SessionAction as A, Status};

/// A session ready to complete with `recommendation` (both competencies noted as not discussed).
fn ready(recommendation: Recommendation) -> Session {
    let mut s = common::session("s-1");
    for id in ["planning", "initiative"] {
        s.apply(A::SetUnratedReason {
            competency: id.into(),
            reason: "Not discussed.".into(),
        })
        .unwrap();
    }
    s.apply(A::SetRecommendation(Some(recommendation))).unwrap();
    s.apply(A::SetSubstantiation("Too few examples.".into()))
        .unwrap();
    s.apply(A::SetDepartureReason("Weighed as a whole.".into()))
        .unwrap();
    s
}

fn complete(s: &mut Session, at: &str) -> Result<(), Refusal> {
    s.apply(A::Complete {
        now: 1,
        now_iso: at.into(),
    })
}

#[test]
fn a_negative_recommendation_completes_only_with_the_reason_the_candidate_will_hear() {
    for negative in [Recommendation::No, Recommendation::StrongNo] {
        let mut s = ready(negative);
        let before = s.clone();
        assert_eq!(
            complete(&mut s, "2026-12-07T15:00:00Z"),
            Err(Refusal::NoRejectionReason)
        );
        assert_eq!(s, before);
        s.apply(A::SetRejectionReason("   ".into())).unwrap();
        assert_eq!(
            complete(&mut s, "2026-12-07T15:00:00Z"),
            Err(Refusal::NoRejectionReason)
        );
        s.apply(A::SetRejectionReason(
            "The planning examples did not reach what the position asks.".into(),
        ))
        .unwrap();
        complete(&mut s, "2026-12-07T15:00:00Z").unwrap();
        // Once completed the reason stays as recorded.
        assert_eq!(
            s.apply(A::SetRejectionReason("Changed.".into())),
            Err(Refusal::Completed)
        );
    }
    // No decision and yes need no rejection reason.
    for other in [
        Recommendation::NoDecision,
        Recommendation::Yes,
        Recommendation::StrongYes,
    ] {
        complete(&mut ready(other), "2026-12-07T15:00:00Z").unwrap();
    }
}

#[test]
fn completing_proposes_the_procedures_end_so_the_period_always_runs() {
    let mut s = ready(Recommendation::Yes);
    complete(&mut s, "2026-12-07T15:00:00Z").unwrap();
    assert_eq!(s.retention.procedure_ended, "2026-12-07");
    assert!(s.retention.end_proposed);
    let policy = Policy::default();
    assert_eq!(policy.due(&s.retention).as_deref(), Some("2027-01-04"));
    // Confirming keeps the date; setting another replaces the proposal.
    s.apply(A::ConfirmProcedureEnd).unwrap();
    assert_eq!(
        (
            s.retention.procedure_ended.as_str(),
            s.retention.end_proposed
        ),
        ("2026-12-07", false)
    );
    s.apply(A::SetProcedureEnded("2026-12-20".into())).unwrap();
    assert_eq!(policy.due(&s.retention).as_deref(), Some("2027-01-17"));
}

#[test]
fn a_date_already_set_stays_and_reopening_withdraws_only_an_unconfirmed_proposal() {
    let mut set = ready(Recommendation::Yes);
    set.apply(A::SetProcedureEnded("2026-11-30".into()))
        .unwrap();
    complete(&mut set, "2026-12-07T15:00:00Z").unwrap();
    assert_eq!(set.retention.procedure_ended, "2026-11-30");
    assert!(!set.retention.end_proposed);
    set.apply(A::Reopen).unwrap();
    assert_eq!(set.retention.procedure_ended, "2026-11-30");

    let mut proposed = ready(Recommendation::Yes);
    complete(&mut proposed, "2026-12-07T15:00:00Z").unwrap();
    proposed.apply(A::Reopen).unwrap();
    assert_eq!(proposed.status, Status::InProgress);
    assert_eq!(proposed.retention.procedure_ended, "");
    assert!(!proposed.retention.end_proposed);
}

#[test]
fn a_hired_candidate_stays_off_the_purge_until_unmarked() {
    let mut s = ready(Recommendation::StrongYes);
    complete(&mut s, "2026-10-01T15:00:00Z").unwrap();
    let policy = Policy::default();
    assert!(policy.is_due(&s.retention, "2026-10-29"));
    s.apply(A::SetHired(true)).unwrap();
    assert!(!policy.is_due(&s.retention, "2026-10-29"));
    assert!(!policy.is_due(&s.retention, "2036-01-01"));
    s.apply(A::SetHired(false)).unwrap();
    assert!(policy.is_due(&s.retention, "2026-10-29"));
}

#[test]
fn the_list_counts_completed_interviews_without_an_end_date() {
    let mut proposed = ready(Recommendation::Yes);
    complete(&mut proposed, "2026-12-07T15:00:00Z").unwrap();
    // Completed before the end was proposed (an older file), then one with its date cleared.
    let mut older = proposed.clone();
    older.id = "s-2".into();
    older.retention = Default::default();
    let mut cleared = proposed.clone();
    cleared.id = "s-3".into();
    cleared.apply(A::SetProcedureEnded(String::new())).unwrap();
    let open = common::session("s-4");
    let summaries: Vec<_> = [&proposed, &older, &cleared, &open]
        .iter()
        .map(|s| s.summary())
        .collect();
    assert_eq!(completed_without_end(&summaries), 2);
}
