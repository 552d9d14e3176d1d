//! Only invited raters count: a colleague's file that answers none of the invitations the lead
//! handed out is marked, and if taken counts as an observer's until the lead counts it — never
//! in the median, the majority or the calibration on its own word; one colleague's invitation
//! cannot carry another's ratings in unasked; a returned file goes to the lead's own session
//! of its panel, not to a kept-both copy of it.

mod common;

use common::PanelSteps;

use interviewgids::domain::agreement::Half;
use interviewgids::domain::calibration::calibrate;
use interviewgids::domain::debrief::debrief;
use interviewgids::domain::evaluation::Recommendation;
use interviewgids::domain::panel::{Arrival, PanelRefusal, Returned};
use interviewgids::domain::panel_exchange::lead_for;
use interviewgids::domain::session_action::Refusal;
use interviewgids::domain::{Session, SessionAction as A};

const NOW: &str = "2026-12-07T12:00:00Z";

/// `s` rates planning and initiative at `level`, with evidence, and completes with `advice`.
fn rate_and_complete(s: &mut Session, level: u8, advice: Recommendation) {
    for c in ["planning", "initiative"] {
        s.apply(A::SetEvidence {
            competency: c.into(),
            text: format!("{} saw it on {c}.", s.interviewer),
        })
        .unwrap();
        s.apply(A::Rate {
            competency: c.into(),
            level,
        })
        .unwrap();
    }
    s.apply(A::SetRecommendation(Some(advice))).unwrap();
    s.apply(A::SetSubstantiation("What was observed.".into()))
        .unwrap();
    s.apply(A::SetDepartureReason("Weighed as a whole.".into()))
        .unwrap();
    s.apply(A::SetRejectionReason("Too little shown.".into()))
        .unwrap();
    s.apply(A::Complete {
        now: 1,
        now_iso: NOW.into(),
    })
    .unwrap();
}

fn lead() -> Session {
    let mut s = common::session("lead-1");
    s.interviewer = "Lies".into();
    s.panel_start("panel-1");
    s
}

/// A completed colleague's file from a session `id` made out of the lead's questions.
fn file(lead: &Session, id: &str, name: &str, level: u8, advice: Recommendation) -> Returned {
    let mut s = lead.invitation(id, NOW).unwrap();
    s.interviewer = name.into();
    rate_and_complete(&mut s, level, advice);
    s.returned().unwrap()
}

#[test]
fn a_file_nobody_was_invited_for_counts_as_an_observer_until_the_lead_counts_it() {
    let mut lead = lead();
    let rob = file(&lead, "col-1", "Rob", 3, Recommendation::Yes);
    lead.attach(rob, false).unwrap();
    // Sam's file claims a session id the lead never handed out, and says it is no observer.
    let sam = file(&lead, "forged-9", "Sam", 1, Recommendation::StrongNo);
    assert!(!lead.invited_for(&sam));
    assert_eq!(lead.check_returned(&sam), Ok(Arrival::New));
    lead.attach_uninvited(sam.clone(), false).unwrap();
    rate_and_complete(&mut lead, 4, Recommendation::Yes);
    let attached = &lead.panel.as_ref().unwrap().colleagues[1];
    assert!(attached.uninvited && attached.observer && attached.focus.is_empty());

    // Shown, but left out: the median of 4 and 3, the majority yes, Sam's levels uncompared.
    let d = debrief(&lead).unwrap();
    assert!(d.topics[0].views[2].observer);
    assert_eq!(d.topics[0].combined.map(|c| c.median), Some(Half(7)));
    assert_eq!(d.majority, Some(Recommendation::Yes));
    // In the calibration Sam is an observer, and Rob is compared with Lies alone (3 against
    // 4 on both: one level below), not with the median of Lies and Sam.
    let figures = calibrate([&lead]).interviewers;
    let of = |name: &str| figures.iter().find(|f| f.name == name).unwrap().clone();
    assert_eq!(of("Sam").as_observer, 1);
    assert_eq!(of("Rob").leniency(), Some(-1.0));

    // The lead counts it: now it is an interviewer's (median of 4, 3 and 1).
    lead.apply(A::CountUninvited {
        session: "forged-9".into(),
        counted: true,
    })
    .unwrap();
    let d = debrief(&lead).unwrap();
    assert_eq!(d.topics[0].combined.map(|c| c.median), Some(Half(6)));
    // A newer revision of it stays counted; the lead can stop counting it again.
    let mut newer = sam;
    newer.rating.revision += 1;
    lead.attach_uninvited(newer, true).unwrap();
    let attached = &lead.panel.as_ref().unwrap().colleagues[1];
    assert!(attached.uninvited && !attached.observer);
    lead.apply(A::CountUninvited {
        session: "forged-9".into(),
        counted: false,
    })
    .unwrap();
    assert!(lead.panel.as_ref().unwrap().colleagues[1].observer);
    // Only a rating taken without an invitation is counted this way; refused, nothing changes.
    let before = lead.clone();
    assert_eq!(
        lead.apply(A::CountUninvited {
            session: "col-1".into(),
            counted: false,
        }),
        Err(Refusal::Panel(PanelRefusal::NotUninvited))
    );
    assert_eq!(lead, before);
}

#[test]
fn one_colleagues_invitation_cannot_carry_anothers_ratings_in_unasked() {
    let mut lead = lead();
    let rob = file(&lead, "col-1", "Rob", 3, Recommendation::Yes);
    lead.attach(rob.clone(), false).unwrap();
    // Another person's ratings under Rob's invitation, a higher revision: refused.
    let mut other = file(&lead, "col-1", "Sam", 1, Recommendation::StrongNo);
    other.rating.revision = rob.rating.revision + 5;
    let before = lead.clone();
    assert_eq!(
        lead.attach_uninvited(other.clone(), true),
        Err(PanelRefusal::SameInvitation {
            attached: "Rob".into()
        })
    );
    assert_eq!(lead, before);
    // Rob's own newer revision replaces his only when the lead confirms it.
    let mut newer = rob;
    newer.rating.revision += 1;
    assert!(matches!(
        lead.attach(newer.clone(), false),
        Err(PanelRefusal::ReplaceUnconfirmed { .. })
    ));
    assert_eq!(lead, before);
    lead.attach(newer, true).unwrap();
    assert_eq!(lead.panel.as_ref().unwrap().colleagues.len(), 1);
}

#[test]
fn a_returned_file_goes_to_the_leads_own_session_not_to_a_kept_both_copy() {
    let mut original = lead();
    original.created_at = "2026-12-01T09:00:00Z".into();
    let rob = {
        let mut rob = original.invite("col-1", NOW, Default::default()).unwrap();
        rob.interviewer = "Rob".into();
        rate_and_complete(&mut rob, 3, Recommendation::Yes);
        rob.returned().unwrap()
    };
    // A kept-both copy of the lead's session (two tabs wrote at once), and a colleague's
    // session of the same panel on this device.
    let mut copy = original.clone();
    copy.id = "lead-1-copy-1733".into();
    let mut member = original.invitation("col-2", NOW).unwrap();
    member.created_at = "2026-11-01T09:00:00Z".into();
    let stored = [copy.clone(), member, original.clone()];
    assert_eq!(
        lead_for(&rob, &stored).map(|s| s.id.as_str()),
        Some("lead-1")
    );
    // A lead's session that recorded the invitation comes before one that did not.
    let mut earlier = common::session("lead-0");
    earlier.panel_start("panel-1");
    earlier.created_at = "2026-01-01T00:00:00Z".into();
    let stored = [earlier, copy, original];
    assert_eq!(
        lead_for(&rob, &stored).map(|s| s.id.as_str()),
        Some("lead-1")
    );
    // Another panel's file belongs to none of them.
    let mut elsewhere = rob;
    elsewhere.panel = "panel-2".into();
    assert!(lead_for(&elsewhere, &stored).is_none());
}
