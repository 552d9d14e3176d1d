//! What a position's interviews say together, across its candidates. Here: how far its panels'
//! interviewers agree, as ICC(2,1) over candidate × competency targets (research in METHOD.md:
//! an ICC needs targets that vary, which one candidate's few competencies do not give).

use super::agreement::{Icc, NoIcc};
use super::panel_exchange::revealed;
use super::session::Session;

/// The panels that count: leads' sessions with their evaluation completed and at least one
/// independent colleague's ratings.
fn panels<'a>(sessions: &'a [&'a Session]) -> impl Iterator<Item = &'a Session> + 'a {
    sessions.iter().copied().filter(|s| {
        revealed(s)
            && s.panel
                .as_ref()
                .is_some_and(|p| p.lead && p.colleagues.iter().any(|c| !c.observer))
    })
}

/// The agreement of a position's panels. The targets are candidate × competency; the raters
/// are the panel's seats (the lead first, then the independent colleagues in the order their
/// ratings arrived), as many as the smallest panel has; a target counts only where each of
/// those seats gave a level that counts (with evidence, before the reveal). From
/// [`super::agreement::ICC_MIN_TARGETS`] targets up.
pub fn panel_agreement(sessions: &[&Session]) -> Result<Icc, NoIcc> {
    let seats = panels(sessions)
        .filter_map(|s| s.panel.as_ref())
        .map(|p| 1 + p.colleagues.iter().filter(|c| !c.observer).count())
        .min()
        .unwrap_or(0);
    if seats < 2 {
        return Err(NoIcc::OneInterviewer);
    }
    let rows: Vec<Vec<f64>> = panels(sessions)
        .flat_map(|s| {
            s.lens.competencies.iter().filter_map(move |item| {
                s.independent_levels(&item.competency.id)
                    .into_iter()
                    .take(seats)
                    .map(|level| level.map(f64::from))
                    .collect::<Option<Vec<f64>>>()
            })
        })
        .collect();
    Icc::of(&rows)
}
