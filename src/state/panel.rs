//! Panels through files: the lead starts a panel and hands out invitations; a colleague sends
//! back their completed ratings; the lead's import attaches them to the right session. The
//! rules are in `domain::panel`; this wires them to storage and downloads.

use leptos::prelude::*;

use super::export::Protect;
use super::{store, AppState, Outcome, Staged};
use crate::clock::{now_iso, now_stamp};
use crate::domain::file_name;
use crate::domain::finding::fresh_id;
use crate::domain::interchange::{Content, Document};
use crate::domain::panel::{PanelRefusal, Returned, Role};
use crate::domain::panel_exchange::lead_for;
use crate::domain::session_action::Refusal;
use crate::domain::{Session, SessionAction};
use crate::storage::StorageError;

impl AppState {
    /// Makes the open session the lead's session of a new panel.
    pub fn start_panel(&self) {
        let id = fresh_id("panel", now_stamp(), std::iter::empty());
        let _ = self.act(SessionAction::StartPanel { id });
        self.flush();
    }

    /// Offers a colleague's invitation for the open (lead) session: one file per colleague,
    /// each with its own session id, so their returned ratings stay apart. The lead's session
    /// keeps a record of it (name, focus, observer), which decides the role on return.
    pub fn export_invitation(&self, role: Role) -> Result<(), Refusal> {
        // A random part keeps two invitations made in the same millisecond apart.
        let random = (js_sys::Math::random() * f64::from(u32::MAX)) as u32;
        let id = format!(
            "{}-{random:08x}",
            fresh_id("s", now_stamp(), std::iter::empty())
        );
        self.act(SessionAction::Invite {
            id: id.clone(),
            now_iso: now_iso(),
            role,
        })?;
        self.flush();
        let Some(invited) = self
            .with_session_untracked(|s| s.invited_session(&id))
            .flatten()
        else {
            return Err(Refusal::Panel(PanelRefusal::NotLead));
        };
        let names = file_name::interview_file(
            "invitation",
            &invited.lens.name,
            &invited.scheduled_at,
            &invited.candidate,
        );
        let doc = Document::new(now_iso(), Content::Session(Box::new(invited)));
        self.stage_export_named(names, &doc, Protect::Offer, false);
        Ok(())
    }

    /// Offers the open (colleague's) completed session as the file for the lead.
    pub fn export_returned(&self) {
        self.flush();
        let Some((returned, names)) = self
            .with_session_untracked(|s| {
                let names = file_name::interview_file(
                    "ratings",
                    &s.lens.name,
                    &s.scheduled_at,
                    &s.candidate,
                );
                s.returned().map(|r| (r, names))
            })
            .flatten()
        else {
            return;
        };
        let doc = Document::new(now_iso(), Content::Returned(Box::new(returned)));
        self.stage_export_named(names, &doc, Protect::Offer, false);
    }

    /// Offers the open (lead) session as the debrief's file: it holds every colleague's
    /// ratings, the consensus and the panel's recommendation beside the lead's own.
    pub fn export_debrief(&self) {
        self.flush();
        let Some(session) = self.session.get_untracked() else {
            return;
        };
        let names = file_name::interview_file(
            "debrief",
            &session.lens.name,
            &session.scheduled_at,
            &session.candidate,
        );
        let doc = Document::new(now_iso(), Content::Session(Box::new(session)));
        self.stage_export_named(names, &doc, Protect::Offer, false);
    }

    /// Finds the lead's session for a colleague's file (the sessions of its panel read once;
    /// `panel_exchange::lead_for` chooses) and says what attaching it would do.
    pub(super) fn stage_returned(&self, file: Box<Returned>) -> Staged {
        self.flush();
        let ids: Vec<String> = self.sessions.with_untracked(|list| {
            list.iter()
                .filter(|s| s.panel == file.panel)
                .map(|s| s.id.clone())
                .collect()
        });
        let sessions = self.read_sessions(&ids);
        let Some(session) = lead_for(&file, &sessions) else {
            let arrival = Err(PanelRefusal::OtherCandidate(file.candidate.clone()));
            return Staged::Returned {
                file,
                lead: None,
                arrival,
                invited: false,
            };
        };
        Staged::Returned {
            lead: Some(session.id.clone()),
            arrival: session.check_returned(&file),
            invited: session.invited_for(&file),
            file,
        }
    }

    /// Attaches a confirmed colleague's file to the lead's session and stores it: through
    /// the open interview's own door when it is open, else read, changed and written whole.
    pub(super) fn attach_returned(
        &self,
        file: Returned,
        lead: Option<String>,
    ) -> Result<Outcome, StorageError> {
        let Some(lead) = lead else {
            return Ok(Outcome::default());
        };
        let label = file.rating.interviewer.clone();
        let attach = SessionAction::AttachReturned {
            file: Box::new(file),
            replace: true,
            now_iso: now_iso(),
        };
        let attached = Outcome {
            stored: vec![label],
            competencies: 0,
        };
        if self.with_session_untracked(|s| s.id == lead) == Some(true) {
            if self.act(attach).is_err() {
                return Ok(Outcome::default());
            }
            self.flush();
            return Ok(attached);
        }
        self.flush();
        let store = store();
        let mut session: Session = match store.load_session(&lead) {
            Ok(Some(session)) => session,
            Ok(None) => return Ok(Outcome::default()),
            Err(unreadable) => {
                self.found_damaged(unreadable);
                return Ok(Outcome::default());
            }
        };
        if session.apply(attach).is_err() {
            return Ok(Outcome::default());
        }
        session.revision += 1;
        session.updated_at = now_iso();
        store.save_session(&session)?;
        let summary = session.summary();
        self.sessions.update(|list| {
            if let Some(s) = list.iter_mut().find(|s| s.id == summary.id) {
                *s = summary;
            }
        });
        Ok(attached)
    }
}
