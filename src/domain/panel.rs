//! Panel interviews through files alone (M27): several interviewers of one candidate each rate
//! on their own device with the same frozen questions, independently. The lead hands out an
//! invitation; each colleague returns their completed ratings; the lead sees them only after
//! completing their own evaluation, then records a consensus in a debrief.
//!
//! This file holds what a panel is and the rules a file's panel must meet; handing out
//! invitations and taking colleagues' files back in is `panel_exchange.rs`.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::agreement::Half;
use super::evaluation::{Departure, Recommendation};
use super::finding::{Checker, Problem};
use super::interview::{Example, Rating};
use super::lens::Lens;

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
    /// How the panel weighs the competencies its recommendation departs from the standard on.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub standard_departure: String,
    /// Why the panel rejects the candidate, as the candidate hears it if they ask.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub rejection_reason: String,
    /// In the lead's session: the lead's own levels and recommendation as they stood when the
    /// colleagues' ratings were first shown; these are the lead's independent ones.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sealed: Option<Sealed>,
    /// When the lead reopened the own evaluation after that (ISO 8601, oldest first).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub reopened: Vec<String>,
    /// In a colleague's session: the competencies the lead asked them to cover.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub focus: Vec<String>,
    /// In a colleague's session: taking part to learn; their levels are shown but not counted.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub observer: bool,
    /// In the lead's session: the invitations handed out, with what each was asked.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub invited: Vec<Invited>,
    /// When the colleagues' ratings are due (`YYYY-MM-DDTHH:MM`): in the lead's session the time
    /// the lead set (empty: an hour after the interview ends), in a colleague's the time their
    /// invitation carried. See `panel_due`.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub due: String,
    /// In a colleague's session: the assessment's results were left out of the invitation, as
    /// the candidate's agreement to share them was not recorded.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub assessment_left_out: bool,
}

/// Where a lead's panel stands for the list and the overview.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(default)]
pub struct Awaited {
    /// Invitations handed out, and ratings back of those.
    pub invited: usize,
    pub back: usize,
    /// The names of those whose ratings have not come back, in the order they were invited.
    pub missing: Vec<String>,
    /// When they are due; empty when the interview has no time yet.
    pub due: String,
}

/// The lead's own judgement as it was before the colleagues' ratings were revealed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Sealed {
    /// When the colleagues' ratings were first shown (ISO 8601).
    pub at: String,
    /// Competency id → the lead's level then (with written evidence; others did not count).
    pub levels: BTreeMap<String, u8>,
    pub recommendation: Option<Recommendation>,
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
    /// Taken from a file that answers no invitation the lead handed out: it counts as an
    /// observer's until the lead counts it ([`SessionAction::CountUninvited`]).
    ///
    /// [`SessionAction::CountUninvited`]: super::SessionAction::CountUninvited
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub uninvited: bool,
}

impl ColleagueRating {
    /// The level they gave one competency, as given; `None` for "no example" or unrated.
    pub fn given_level(&self, competency: &str) -> Option<u8> {
        self.ratings.get(competency).and_then(|r| r.level)
    }

    /// Their level that counts: only with written evidence behind it (M27), as for the lead.
    pub fn level(&self, competency: &str) -> Option<u8> {
        self.ratings.get(competency).and_then(|r| r.complete())
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
    /// A panel recommendation that departs from the standard says how it weighs that.
    DepartsFromStandard(Departure),
    /// A negative panel recommendation is recorded only with the reason the candidate hears.
    NoRejectionReason,
    /// A focus competency that is not in the position's lens.
    UnknownFocus,
    /// No rating taken without an invitation has this session id.
    NotUninvited,
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

impl Checker {
    /// A session's panel (on import and when read): ids, levels and competencies of `lens`.
    pub fn panel(&mut self, panel: &Panel, lens: &Lens) {
        check(self, panel, lens);
    }

    /// A colleague's file before it is compared with any session: ids and levels.
    pub fn returned_file(&mut self, file: &Returned) {
        check_returned_file(self, file);
    }
}

fn check(c: &mut Checker, panel: &Panel, lens: &Lens) {
    c.id(&panel.id);
    let known = |id: &str| lens.competency(id).is_some();
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
    // A moment (ISO 8601) must at least begin with a real date.
    let moment = |c: &mut Checker, at: &str| {
        if super::dates::day(at).is_none() {
            c.report(Problem::BadDate {
                found: at.chars().take(40).collect(),
            });
        }
    };
    if let Some(sealed) = &panel.sealed {
        c.field("sealed", |c| {
            c.field("at", |c| moment(c, &sealed.at));
            c.field("levels", |c| {
                for (id, level) in &sealed.levels {
                    c.field(id, |c| {
                        competency(c, id);
                        c.level(*level);
                    });
                }
            });
        });
    }
    c.field("reopened", |c| {
        for (i, at) in panel.reopened.iter().enumerate() {
            c.index(i, |c| moment(c, at));
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

fn check_returned_file(c: &mut Checker, file: &Returned) {
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
