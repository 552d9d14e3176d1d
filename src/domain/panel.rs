//! Panel interviews through files alone (M27): several interviewers of one candidate each rate
//! on their own device with the same frozen questions, independently. The lead hands out an
//! invitation; each colleague returns their completed ratings; the lead sees them only after
//! completing their own evaluation, then records a consensus in a debrief.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::agreement::Half;
use super::evaluation::Recommendation;
use super::interview::{Example, Rating};
use super::session::{Preparation, Session, Status};
use super::snapshot;
use super::validate::{Checker, Problem};

/// A spread of this many levels or more between two interviewers is a disagreement to discuss.
pub const DISAGREEMENT: u8 = 2;

/// What a session knows of its panel.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Panel {
    /// Shared by every session of the panel; names this candidate's panel.
    pub id: String,
    /// The lead's session gathers the colleagues' ratings and the consensus.
    pub lead: bool,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub colleagues: Vec<ColleagueRating>,
    /// Competency id → the level the panel agreed on.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub consensus: BTreeMap<String, Consensus>,
    pub recommendation: Option<Recommendation>,
    pub substantiation: String,
    /// Why the panel's recommendation departs from the interviewers' majority.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub departure: String,
    /// In a colleague's session: the competencies the lead asked them to cover.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub focus: Vec<String>,
    /// In a colleague's session: taking part to learn; their levels are shown but not counted.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub observer: bool,
    /// In the lead's session: the invitations handed out, with what each was asked.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub invited: Vec<Invited>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(default)]
pub struct Consensus {
    pub level: u8,
    pub rationale: String,
    /// Why the panel's level departs from the median of the independent levels.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub departure: String,
}

/// What the lead asks of one colleague: which competencies to cover, and whether they take
/// part as an observer.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Role {
    pub interviewer: String,
    pub focus: Vec<String>,
    pub observer: bool,
}

/// One invitation the lead handed out (their own record; the colleague's file cannot change it).
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(default)]
pub struct Invited {
    /// The session id the invitation gave the colleague.
    pub session: String,
    pub interviewer: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub focus: Vec<String>,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub observer: bool,
    pub invited_at: String,
}

/// A colleague's completed evaluation of the same candidate, read-only in the lead's session.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ColleagueRating {
    /// The colleague's own session id and its revision when exported.
    pub session: String,
    pub revision: u64,
    pub interviewer: String,
    pub completed_at: String,
    /// Competency id → level and evidence.
    pub ratings: BTreeMap<String, Rating>,
    /// Question id → whether a concrete example was given.
    pub examples: BTreeMap<String, Example>,
    /// Competency id → why it was not rated.
    pub unrated: BTreeMap<String, String>,
    pub recommendation: Option<Recommendation>,
    pub substantiation: String,
    /// The competencies the lead asked this colleague to cover.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub focus: Vec<String>,
    /// An observer's levels are shown in the debrief but left out of the combination.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub observer: bool,
}

impl ColleagueRating {
    /// Their level for one competency; `None` for "no example" or unrated.
    pub fn level(&self, competency: &str) -> Option<u8> {
        self.ratings.get(competency).and_then(|r| r.level)
    }
}

/// What a colleague sends back to the lead: their ratings and what they belong to.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Returned {
    pub panel: String,
    pub candidate: String,
    /// The fingerprint of the frozen lens the colleague interviewed with.
    pub lens: String,
    pub rating: ColleagueRating,
}

/// Why a colleague's file cannot be attached; nothing changes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PanelRefusal {
    /// This session is not the lead's session of a panel.
    NotLead,
    /// The file belongs to another candidate's panel (named as the file names them).
    OtherCandidate(String),
    /// The colleague interviewed with another version of the questions.
    OtherLens,
    /// The colleague's evaluation is not completed.
    Unfinished,
    /// The file is this session's own evaluation.
    OwnSession,
    /// An older revision than the one already attached.
    Older {
        attached: u64,
        offered: u64,
    },
    /// Another interviewer's ratings from the invitation `attached` used: one invitation was
    /// passed on to two colleagues, so their ratings cannot be told apart.
    SameInvitation {
        attached: String,
    },
    /// A newer revision replaces the attached one only when the user says so.
    ReplaceUnconfirmed {
        attached: u64,
        offered: u64,
    },
    /// Consensus and the panel's recommendation come after the lead's own evaluation.
    NotRevealed,
    /// A consensus level needs its rationale.
    NoRationale,
    LevelOutOfRange,
    /// A consensus one level or more from the median says why it departs.
    DepartsFromMedian {
        median: Half,
    },
    /// A panel recommendation other than the interviewers' majority says why.
    DepartsFromMajority {
        majority: Recommendation,
    },
    /// A focus competency that is not in the position's lens.
    UnknownFocus,
}

/// How a colleague's file relates to what the lead already has.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Arrival {
    New,
    /// The very revision already attached: importing it again changes nothing.
    AlreadyAttached,
    /// A newer revision of an attached rating: replaces it after asking.
    Newer {
        attached: u64,
    },
}

/// The fingerprint of a session's frozen lens, as the files compare it.
pub fn lens_fingerprint(session: &Session) -> String {
    serde_json::to_string(&session.lens)
        .map(|text| snapshot::fingerprint(&text))
        .unwrap_or_default()
}

/// Whether the colleagues' ratings may be shown: only once the lead's own evaluation is
/// completed, so it cannot lean on theirs.
pub fn revealed(session: &Session) -> bool {
    session.status == Status::Completed
}

/// How many colleague ratings have arrived: all that may be said before [`revealed`].
pub fn arrived(session: &Session) -> usize {
    session.panel.as_ref().map_or(0, |p| p.colleagues.len())
}

impl Session {
    /// Makes this session the lead's session of a new panel named `id`.
    pub fn start_panel(&mut self, id: impl Into<String>) {
        if self.panel.is_none() {
            self.panel = Some(Panel {
                id: id.into(),
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
        invited.assessment = self.assessment.clone();
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
            ..Panel::default()
        });
        invited.revision = 1;
        Some(invited)
    }

    /// Hands out an invitation with a role: the colleague's session (named `id`, with the
    /// interviewer's name, focus and observer flag in it) and the lead's record of it.
    pub fn invite(
        &mut self,
        id: impl Into<String>,
        now: impl Into<String>,
        role: Role,
    ) -> Result<Session, PanelRefusal> {
        if !role.focus.iter().all(|c| self.lens.competency(c).is_some()) {
            return Err(PanelRefusal::UnknownFocus);
        }
        let now = now.into();
        let mut invited = self
            .invitation(id, now.clone())
            .ok_or(PanelRefusal::NotLead)?;
        invited.interviewer = role.interviewer.trim().to_owned();
        if let Some(panel) = invited.panel.as_mut() {
            panel.focus = role.focus.clone();
            panel.observer = role.observer;
        }
        if let Some(panel) = self.panel.as_mut() {
            panel.invited.push(Invited {
                session: invited.id.clone(),
                interviewer: invited.interviewer.clone(),
                focus: role.focus,
                observer: role.observer,
                invited_at: now,
            });
        }
        Ok(invited)
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

    /// Attaches a colleague's ratings; a newer revision replaces the older only with `replace`.
    pub fn attach_returned(
        &mut self,
        mut file: Returned,
        replace: bool,
    ) -> Result<(), PanelRefusal> {
        let arrival = self.check_returned(&file)?;
        let Some(panel) = self.panel.as_mut() else {
            return Err(PanelRefusal::NotLead);
        };
        // The lead's own record of the invitation decides the role, whatever the file says.
        if let Some(invited) = panel
            .invited
            .iter()
            .find(|i| i.session == file.rating.session)
        {
            file.rating.focus = invited.focus.clone();
            file.rating.observer = invited.observer;
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
        Ok(())
    }
}

/// Validates a session's panel (on import and when read): ids, levels and competencies.
pub fn check(c: &mut Checker, panel: &Panel, session: &Session) {
    c.id(&panel.id);
    let known = |id: &str| session.lens.competency(id).is_some();
    let competency = |c: &mut Checker, id: &str| {
        if !known(id) {
            c.report(Problem::UnknownCompetency { id: id.to_owned() });
        }
    };
    let focus = |c: &mut Checker, focus: &[String]| {
        c.field("focus", |c| {
            for (i, id) in focus.iter().enumerate() {
                c.index(i, |c| competency(c, id));
            }
        });
    };
    focus(c, &panel.focus);
    // The lead runs the panel: an observer's flag belongs to a colleague's session only.
    if panel.lead && panel.observer {
        c.field("observer", |c| c.report(Problem::ObserverLead));
    }
    c.unique_ids(
        "invited",
        &["session"],
        panel.invited.iter().map(|i| i.session.as_str()),
    );
    c.field("invited", |c| {
        for (i, invited) in panel.invited.iter().enumerate() {
            c.index(i, |c| {
                c.id_in("session", &invited.session);
                focus(c, &invited.focus);
            });
        }
    });
    c.unique_ids(
        "colleagues",
        &["session"],
        panel.colleagues.iter().map(|r| r.session.as_str()),
    );
    c.field("colleagues", |c| {
        for (i, rating) in panel.colleagues.iter().enumerate() {
            c.index(i, |c| {
                c.id_in("session", &rating.session);
                focus(c, &rating.focus);
                c.field("ratings", |c| {
                    for (id, r) in &rating.ratings {
                        c.field(id, |c| {
                            competency(c, id);
                            check_rating(c, r);
                        });
                    }
                });
            });
        }
    });
    c.field("consensus", |c| {
        for (id, consensus) in &panel.consensus {
            c.field(id, |c| {
                competency(c, id);
                c.level(consensus.level);
            });
        }
    });
}

/// A colleague's rating: a level on the scale, or "no example" — never both.
fn check_rating(c: &mut Checker, rating: &Rating) {
    if let Some(level) = rating.level {
        c.level(level);
        if rating.no_example {
            c.field("no_example", |c| c.report(Problem::LevelAndNoExample));
        }
    }
}

/// Validates a colleague's file before it is compared with any session: ids and levels.
pub fn check_returned_file(c: &mut Checker, file: &Returned) {
    c.field("panel", |c| c.id(&file.panel));
    c.field("lens", |c| {
        if file.lens.len() != 16 || !file.lens.bytes().all(|b| b.is_ascii_hexdigit()) {
            c.report(Problem::BadId {
                found: file.lens.chars().take(80).collect(),
            });
        }
    });
    c.field("rating", |c| {
        c.id_in("session", &file.rating.session);
        c.field("ratings", |c| {
            for (id, r) in &file.rating.ratings {
                c.field(id, |c| check_rating(c, r));
            }
        });
    });
}
