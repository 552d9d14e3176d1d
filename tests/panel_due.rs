//! A panel that finishes: it can be started wherever the interview is planned and after the own
//! evaluation, its ratings are due at a time (an hour after the interview ends unless the lead
//! says otherwise) carried in the invitation, the list knows who is still missing and when it
//! is late, and each side sees one next step.

mod common;

use common::PanelSteps;

use interviewgids::domain::evaluation::Recommendation;
use interviewgids::domain::interchange::{self, Content, Document};
use interviewgids::domain::panel::{Awaited, PanelRefusal, Role};
use interviewgids::domain::panel_due::{overdue, NextStep};
use interviewgids::domain::session_action::Refusal;
use interviewgids::domain::{Session, SessionAction as A, Status};

const NOW: &str = "2026-12-08T09:00:00Z";

fn complete(s: &mut Session) {
    for c in ["planning", "initiative"] {
        s.apply(A::SetUnratedReason {
            competency: c.into(),
            reason: "Not discussed.".into(),
        })
        .unwrap();
    }
    s.apply(A::SetRecommendation(Some(Recommendation::Yes)))
        .unwrap();
    s.apply(A::SetSubstantiation("Seen.".into())).unwrap();
    s.apply(A::SetDepartureReason("Weighed as a whole.".into()))
        .unwrap();
    s.apply(A::Complete {
        now: 1,
        now_iso: NOW.into(),
    })
    .unwrap();
}

fn planned(at: &str, minutes: u32) -> Session {
    let mut s = common::session("lead-1");
    s.apply(A::SetSchedule(at.into())).unwrap();
    s.apply(A::SetDuration(Some(minutes))).unwrap();
    s
}

fn role(name: &str) -> Role {
    Role {
        interviewer: name.into(),
        ..Role::default()
    }
}

#[test]
fn a_panel_starts_in_every_step_of_the_interview_and_after_the_own_evaluation() {
    for status in [
        Status::Draft,
        Status::Prepared,
        Status::InProgress,
        Status::Completed,
    ] {
        let mut s = planned("2026-12-08T14:00", 60);
        if status == Status::Completed {
            complete(&mut s);
        } else {
            s.status = status;
        }
        s.panel_start("panel-1");
        assert!(s.panel.as_ref().is_some_and(|p| p.lead), "{status:?}");
        let invited = s.invite("col-1", NOW, role("Rob")).unwrap();
        assert_eq!(invited.panel.unwrap().due, "2026-12-08T16:00", "{status:?}");
    }
}

#[test]
fn ratings_are_due_an_hour_after_the_interview_ends_unless_the_lead_says_otherwise() {
    let mut s = planned("2026-12-08T14:00", 60);
    assert_eq!(s.ratings_due(), None, "no panel, nothing due");
    s.panel_start("panel-1");
    assert_eq!(s.ratings_due().as_deref(), Some("2026-12-08T16:00"));
    // Past midnight it is the next day.
    let mut late = planned("2026-12-31T23:30", 45);
    late.panel_start("panel-2");
    assert_eq!(late.ratings_due().as_deref(), Some("2027-01-01T01:15"));
    // Not planned yet: no time to be due at.
    let mut open = common::session("s-2");
    open.scheduled_at.clear();
    open.panel_start("panel-3");
    assert_eq!(open.ratings_due(), None);

    // The lead sets another time; a time that is none is refused and changes nothing.
    s.apply(A::SetRatingsDue("2026-12-09T09:00".into()))
        .unwrap();
    assert_eq!(s.ratings_due().as_deref(), Some("2026-12-09T09:00"));
    let before = s.clone();
    for bad in [
        "tomorrow",
        "2026-12-09",
        "2026-02-30T09:00",
        "2026-12-09T24:00",
    ] {
        assert_eq!(s.apply(A::SetRatingsDue(bad.into())), Err(Refusal::BadDate));
    }
    assert_eq!(s, before);
    // Empty: back to the default.
    s.apply(A::SetRatingsDue(String::new())).unwrap();
    assert_eq!(s.ratings_due().as_deref(), Some("2026-12-08T16:00"));
    // Only a lead sets it.
    let mut member = s.invite("col-1", NOW, role("Rob")).unwrap();
    assert_eq!(
        member.apply(A::SetRatingsDue("2026-12-09T09:00".into())),
        Err(Refusal::Panel(PanelRefusal::NotLead))
    );
}

#[test]
fn the_due_time_travels_in_the_invitation_file_and_is_late_from_the_minute_after() {
    let mut s = planned("2026-12-08T14:00", 90);
    s.panel_start("panel-1");
    s.apply(A::SetRatingsDue("2026-12-08T17:15".into()))
        .unwrap();
    let invited = s.invite("col-1", NOW, role("Rob")).unwrap();
    let text = Document::new(NOW, Content::Session(Box::new(invited)))
        .to_json()
        .unwrap();
    let Content::Session(read) = interchange::parse(&text).unwrap().content else {
        panic!("not a session");
    };
    assert_eq!(read.ratings_due().as_deref(), Some("2026-12-08T17:15"));
    assert!(!overdue("2026-12-08T17:15", "2026-12-08T17:14"));
    assert!(!overdue("2026-12-08T17:15", "2026-12-08T17:15"));
    assert!(overdue("2026-12-08T17:15", "2026-12-08T17:16"));
    assert!(overdue("2026-12-08T23:59", "2026-12-09T00:00"));
    // Nothing is late without a time.
    assert!(!overdue("", "2026-12-09T00:00"));
}

#[test]
fn the_list_knows_who_is_missing_and_each_side_sees_one_next_step() {
    let mut lead = planned("2026-12-08T14:00", 60);
    lead.panel_start("panel-1");
    assert_eq!(lead.summary().awaited, None, "nobody invited yet");
    let mut rob = lead.invite("col-1", NOW, role("Rob")).unwrap();
    lead.invite("col-2", NOW, role("Sam")).unwrap();
    assert_eq!(
        lead.summary().awaited,
        Some(Awaited {
            invited: 2,
            back: 0,
            missing: vec!["Rob".into(), "Sam".into()],
            due: "2026-12-08T16:00".into(),
        })
    );
    // The colleague: no step before the own evaluation is complete, then "send it to the lead".
    rob.interviewer = "Rob".into();
    assert_eq!(rob.next_step(), None);
    complete(&mut rob);
    assert_eq!(rob.next_step(), Some(NextStep::SendRatings));
    lead.attach(rob.returned().unwrap(), false).unwrap();
    let awaited = lead.summary().awaited.unwrap();
    assert_eq!((awaited.back, awaited.missing), (1, vec!["Sam".to_owned()]));
    // The lead: waiting for Sam once the own evaluation is done; all back: the debrief.
    assert_eq!(lead.next_step(), None);
    complete(&mut lead);
    assert_eq!(
        lead.next_step(),
        Some(NextStep::WaitFor(vec!["Sam".into()]))
    );
    let mut sam = lead.invitation("col-2", NOW).unwrap();
    sam.interviewer = "Sam".into();
    complete(&mut sam);
    lead.attach(sam.returned().unwrap(), false).unwrap();
    assert_eq!(lead.next_step(), Some(NextStep::Debrief));
    assert_eq!(
        lead.summary().awaited.unwrap().missing,
        Vec::<String>::new()
    );
}
