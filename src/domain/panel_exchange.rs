//! Panel interviews through files (M27), the exchange itself: the lead hands out invitations
//! (a colleague's session with their role), a colleague's completed evaluation goes back as a
//! file, and the lead checks and attaches it. What a panel is lives in `panel.rs`.

use super::assessment::Assessment;
use super::panel::{
    Arrival, ColleagueRating, Invited, Panel, PanelRefusal, Returned, Role, Sealed,
};
pub use super::session::revealed;
use super::session::{Preparation, Session};
use super::session_action::{Refusal, SessionAction};
use super::snapshot;

/// The fingerprint of a session's frozen lens, as the files compare it.
pub fn lens_fingerprint(session: &Session) -> String {
    serde_json::to_string(&session.lens)
        .map(|text| snapshot::fingerprint(&text))
        .unwrap_or_default()
}

/// The session a colleague's file belongs to, of the sessions stored here: a lead's session of
/// its panel, the one that recorded the invitation it answers before one that did not, the
/// original before a kept-both copy of it (a copy's id carries `-copy`), the earliest first.
pub fn lead_for<'a>(file: &Returned, sessions: &'a [Session]) -> Option<&'a Session> {
    sessions
        .iter()
        .filter(|s| {
            s.panel
                .as_ref()
                .is_some_and(|p| p.lead && p.id == file.panel)
        })
        .min_by_key(|s| {
            (
                !s.invited_for(file),
                s.id.contains("-copy"),
                s.created_at.as_str(),
                s.id.as_str(),
            )
        })
}

/// How many colleague ratings have arrived: all that may be said before [`revealed`].
pub fn arrived(session: &Session) -> usize {
    session.panel.as_ref().map_or(0, |p| p.colleagues.len())
}

impl Session {
    /// Makes this session the lead's session of a new panel named `id`.
    pub(super) fn start_panel(&mut self, id: String) {
        if self.panel.is_none() {
            self.panel = Some(Panel {
                id,
                lead: true,
                ..Panel::default()
            });
        }
    }

    /// The session a colleague starts from: the same candidate, frozen lens, assessment and
    /// chosen questions, and nothing of the lead's notes, ratings or judgement.
    pub fn invitation(&self, id: impl Into<String>, now: impl Into<String>) -> Option<Session> {
        let panel = self.panel.as_ref().filter(|p| p.lead)?;
        let mut invited = Session::new(id, self.lens.clone(), now);
        invited.candidate = self.candidate.clone();
        invited.scheduled_at = self.scheduled_at.clone();
        invited.planned_minutes = self.planned_minutes;
        // The results go to a colleague only where the candidate agreed to their being shared.
        let shared = !self.assessment.shared_consent.trim().is_empty();
        let results = !self.assessment.scores.is_empty() || !self.assessment.report.is_empty();
        invited.assessment = if shared {
            self.assessment.clone()
        } else {
            Assessment {
                other: self.assessment.other.clone(),
                ..Assessment::default()
            }
        };
        invited.preparation = Preparation {
            thresholds: self.preparation.thresholds,
            threshold_reason: self.preparation.threshold_reason.clone(),
            choices: self.preparation.choices.clone(),
            skip_reasons: self.preparation.skip_reasons.clone(),
            ..Preparation::default()
        };
        invited.panel = Some(Panel {
            id: panel.id.clone(),
            lead: false,
            assessment_left_out: !shared && results,
            due: self.ratings_due().unwrap_or_default(),
            ..Panel::default()
        });
        invited.revision = 1;
        Some(invited)
    }

    /// Records an invitation with a role in the lead's session (see [`SessionAction::Invite`]).
    pub(super) fn record_invitation(
        &mut self,
        id: String,
        now: String,
        role: Role,
    ) -> Result<(), PanelRefusal> {
        if !role.focus.iter().all(|c| self.lens.competency(c).is_some()) {
            return Err(PanelRefusal::UnknownFocus);
        }
        let panel = self
            .panel
            .as_mut()
            .filter(|p| p.lead)
            .ok_or(PanelRefusal::NotLead)?;
        if panel.invited.iter().any(|i| i.session == id) {
            return Ok(());
        }
        panel.invited.push(Invited {
            session: id,
            interviewer: role.interviewer.trim().to_owned(),
            focus: role.focus,
            observer: role.observer,
            invited_at: now,
        });
        Ok(())
    }

    /// The colleague's session for invitation `id` as the lead recorded it: the interviewer's
    /// name, focus and observer flag in it.
    pub fn invited_session(&self, id: &str) -> Option<Session> {
        let record = self
            .panel
            .as_ref()?
            .invited
            .iter()
            .find(|i| i.session == id)?;
        let mut invited = self.invitation(id, record.invited_at.clone())?;
        invited.interviewer = record.interviewer.clone();
        if let Some(panel) = invited.panel.as_mut() {
            panel.focus = record.focus.clone();
            panel.observer = record.observer;
        }
        Some(invited)
    }

    /// Hands out an invitation with a role: records it ([`SessionAction::Invite`]) and returns
    /// the colleague's session.
    pub fn invite(
        &mut self,
        id: impl Into<String>,
        now: impl Into<String>,
        role: Role,
    ) -> Result<Session, Refusal> {
        let id = id.into();
        self.apply(SessionAction::Invite {
            id: id.clone(),
            now_iso: now.into(),
            role,
        })?;
        self.invited_session(&id)
            .ok_or(Refusal::Panel(PanelRefusal::NotLead))
    }

    /// The lead's own judgement is kept as it stands the first time colleagues' ratings are
    /// shown (the lead's evaluation completed with at least one arrived): those are the levels
    /// given independently, whatever the lead changes after a reopening.
    pub(super) fn seal_if_revealed(&mut self, at: &str) {
        if !revealed(self) {
            return;
        }
        let levels = self
            .lens
            .competencies
            .iter()
            .filter_map(|item| {
                let id = &item.competency.id;
                self.own_level(id).map(|level| (id.clone(), level))
            })
            .collect();
        let recommendation = self.evaluation.recommendation;
        if let Some(panel) = self.panel.as_mut().filter(|p| p.lead) {
            if panel.sealed.is_none() && !panel.colleagues.is_empty() {
                panel.sealed = Some(Sealed {
                    at: at.to_owned(),
                    levels,
                    recommendation,
                });
            }
        }
    }

    /// In a colleague's session: the lead asked them to cover this competency in particular.
    pub fn panel_focus(&self, competency: &str) -> bool {
        self.panel
            .as_ref()
            .is_some_and(|p| !p.lead && p.focus.iter().any(|f| f == competency))
    }

    /// A colleague's completed evaluation as the file for the lead.
    pub fn returned(&self) -> Option<Returned> {
        let panel = self.panel.as_ref().filter(|p| !p.lead)?;
        if !revealed(self) {
            return None;
        }
        let examples = self
            .interview
            .answers
            .iter()
            .filter_map(|(q, a)| a.example.map(|e| (q.clone(), e)))
            .collect();
        Some(Returned {
            panel: panel.id.clone(),
            candidate: self.candidate.clone(),
            lens: lens_fingerprint(self),
            rating: ColleagueRating {
                session: self.id.clone(),
                revision: self.revision,
                interviewer: self.interviewer.clone(),
                completed_at: self.evaluation.completed_at.clone(),
                ratings: self.interview.ratings.clone(),
                examples,
                unrated: self.evaluation.unrated.clone(),
                recommendation: self.evaluation.recommendation,
                substantiation: self.evaluation.substantiation.clone(),
                focus: panel.focus.clone(),
                observer: panel.observer,
                uninvited: false,
            },
        })
    }

    /// Checks a colleague's file against this lead session; nothing changes.
    pub fn check_returned(&self, file: &Returned) -> Result<Arrival, PanelRefusal> {
        let panel = self
            .panel
            .as_ref()
            .filter(|p| p.lead)
            .ok_or(PanelRefusal::NotLead)?;
        if file.panel != panel.id {
            return Err(PanelRefusal::OtherCandidate(file.candidate.clone()));
        }
        if file.lens != lens_fingerprint(self) {
            return Err(PanelRefusal::OtherLens);
        }
        let known = |id: &String| self.lens.competency(id).is_some();
        if !file.rating.ratings.keys().all(known)
            || !file.rating.unrated.keys().all(known)
            || !file.rating.focus.iter().all(known)
        {
            return Err(PanelRefusal::OtherLens);
        }
        if file.rating.completed_at.trim().is_empty() {
            return Err(PanelRefusal::Unfinished);
        }
        if file.rating.session == self.id {
            return Err(PanelRefusal::OwnSession);
        }
        let offered = file.rating.revision;
        match panel
            .colleagues
            .iter()
            .find(|c| c.session == file.rating.session)
        {
            None => Ok(Arrival::New),
            Some(c) if c.interviewer.trim() != file.rating.interviewer.trim() => {
                Err(PanelRefusal::SameInvitation {
                    attached: c.interviewer.clone(),
                })
            }
            Some(c) if c.revision == offered => Ok(Arrival::AlreadyAttached),
            Some(c) if c.revision < offered => Ok(Arrival::Newer {
                attached: c.revision,
            }),
            Some(c) => Err(PanelRefusal::Older {
                attached: c.revision,
                offered,
            }),
        }
    }

    /// Whether this (lead's) session recorded the invitation that `file` answers.
    pub fn invited_for(&self, file: &Returned) -> bool {
        self.panel
            .as_ref()
            .is_some_and(|p| p.invited.iter().any(|i| i.session == file.rating.session))
    }

    /// Counts (or stops counting) a rating taken without an invitation (see
    /// [`SessionAction::CountUninvited`]).
    pub(super) fn count_uninvited(
        &mut self,
        session: &str,
        counted: bool,
    ) -> Result<(), PanelRefusal> {
        let panel = self
            .panel
            .as_mut()
            .filter(|p| p.lead)
            .ok_or(PanelRefusal::NotLead)?;
        let rating = panel
            .colleagues
            .iter_mut()
            .find(|c| c.session == session && c.uninvited)
            .ok_or(PanelRefusal::NotUninvited)?;
        rating.observer = !counted;
        Ok(())
    }

    /// Attaches a colleague's ratings (see [`SessionAction::AttachReturned`]); a newer revision
    /// replaces the older only with `replace`. Attached to a completed evaluation, they are
    /// shown at once, so the lead's own judgement is sealed as it stands (`now`).
    pub(super) fn attach_returned(
        &mut self,
        mut file: Returned,
        replace: bool,
        now: &str,
    ) -> Result<(), PanelRefusal> {
        let arrival = self.check_returned(&file)?;
        let Some(panel) = self.panel.as_mut() else {
            return Err(PanelRefusal::NotLead);
        };
        // The lead's own record of the invitation decides the role, whatever the file says;
        // a file that answers no invitation counts as an observer's until the lead counts it
        // (a newer revision of one the lead counted stays counted).
        match panel
            .invited
            .iter()
            .find(|i| i.session == file.rating.session)
        {
            Some(invited) => {
                file.rating.focus = invited.focus.clone();
                file.rating.observer = invited.observer;
                file.rating.uninvited = false;
            }
            None => {
                let counted = panel
                    .colleagues
                    .iter()
                    .any(|c| c.session == file.rating.session && c.uninvited && !c.observer);
                file.rating.focus.clear();
                file.rating.observer = !counted;
                file.rating.uninvited = true;
            }
        }
        match arrival {
            Arrival::AlreadyAttached => {}
            Arrival::New => panel.colleagues.push(file.rating),
            Arrival::Newer { attached } if !replace => {
                return Err(PanelRefusal::ReplaceUnconfirmed {
                    attached,
                    offered: file.rating.revision,
                })
            }
            Arrival::Newer { .. } => {
                for c in panel.colleagues.iter_mut() {
                    if c.session == file.rating.session {
                        *c = file.rating.clone();
                    }
                }
            }
        }
        self.seal_if_revealed(now);
        Ok(())
    }
}
