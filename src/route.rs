//! Hash routes (`#/lenses/team-leader`): they need no server rewrite rules, so deep links and
//! reloads work from any sub-path of any static host.

use crate::domain::dates;
use crate::domain::finding::is_valid_id;

/// The steps of one interview session, each its own screen.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum SessionPage {
    Intake,
    Prepare,
    Interview,
    Evaluation,
    /// The report for reading and printing; not one of the steps.
    Report,
    /// The interview kit for paper; not one of the steps.
    Kit,
}

impl SessionPage {
    pub const ALL: [SessionPage; 4] = [
        SessionPage::Intake,
        SessionPage::Prepare,
        SessionPage::Interview,
        SessionPage::Evaluation,
    ];

    fn segment(self) -> &'static str {
        match self {
            SessionPage::Intake => "",
            SessionPage::Prepare => "/prepare",
            SessionPage::Interview => "/interview",
            SessionPage::Evaluation => "/evaluation",
            SessionPage::Report => "/report",
            SessionPage::Kit => "/kit",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    Sessions,
    /// A new session: choose the lens and the candidate.
    NewSession,
    Session(String, SessionPage),
    /// The position overview: every candidate interviewed with one lens (by lens id).
    Position(String),
    /// The plan of one day (`YYYY-MM-DD`): its interviews on a timeline, with warnings.
    Day(String),
    Lenses,
    Lens(String),
    Library,
    Competency(String),
    Data,
    /// How each interviewer rates beside their panels, over the panels on this device.
    Calibration,
    /// Anything else, with the hash as it was (always starting with `#`), for the not-found page.
    NotFound(String),
}

/// The four main screens, for the navigation.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Section {
    Sessions,
    Lenses,
    Library,
    Data,
}

impl Section {
    pub const ALL: [Section; 4] = [
        Section::Sessions,
        Section::Lenses,
        Section::Library,
        Section::Data,
    ];

    pub fn route(self) -> Route {
        match self {
            Section::Sessions => Route::Sessions,
            Section::Lenses => Route::Lenses,
            Section::Library => Route::Library,
            Section::Data => Route::Data,
        }
    }
}

impl Route {
    /// Reads `location.hash`: `""`, `"#"`, `"#/"` and `"#/sessions"` all mean the sessions list.
    pub fn parse(hash: &str) -> Route {
        let path = hash.strip_prefix('#').unwrap_or(hash);
        let path = path.strip_prefix('/').unwrap_or(path);
        let path = path.strip_suffix('/').unwrap_or(path);
        let parts: Vec<&str> = if path.is_empty() {
            Vec::new()
        } else {
            path.split('/').collect()
        };
        let id = |s: &str| is_valid_id(s).then(|| s.to_owned());
        let found = match parts.as_slice() {
            [] | ["sessions"] => Some(Route::Sessions),
            ["sessions", "new"] => Some(Route::NewSession),
            ["sessions", s] => id(s).map(|s| Route::Session(s, SessionPage::Intake)),
            ["sessions", s, page] => SessionPage::ALL
                .into_iter()
                .chain([SessionPage::Report, SessionPage::Kit])
                .find(|p| p.segment() == format!("/{page}"))
                .and_then(|page| id(s).map(|s| Route::Session(s, page))),
            ["positions", s] => id(s).map(Route::Position),
            ["days", d] => dates::is_date(d, false).then(|| Route::Day((*d).to_owned())),
            ["lenses"] => Some(Route::Lenses),
            ["lenses", s] => id(s).map(Route::Lens),
            ["library"] => Some(Route::Library),
            ["library", s] => id(s).map(Route::Competency),
            ["data"] => Some(Route::Data),
            ["calibration"] => Some(Route::Calibration),
            _ => None,
        };
        found.unwrap_or_else(|| {
            let bare = hash.strip_prefix('#').unwrap_or(hash);
            Route::NotFound(format!("#{bare}"))
        })
    }

    /// The `href` that leads here, e.g. `#/lenses/team-leader`.
    pub fn href(&self) -> String {
        match self {
            Route::Sessions => "#/sessions".to_owned(),
            Route::NewSession => "#/sessions/new".to_owned(),
            Route::Session(id, page) => format!("#/sessions/{id}{}", page.segment()),
            Route::Position(id) => format!("#/positions/{id}"),
            Route::Day(date) => format!("#/days/{date}"),
            Route::Lenses => "#/lenses".to_owned(),
            Route::Lens(id) => format!("#/lenses/{id}"),
            Route::Library => "#/library".to_owned(),
            Route::Competency(id) => format!("#/library/{id}"),
            Route::Data => "#/data".to_owned(),
            Route::Calibration => "#/calibration".to_owned(),
            Route::NotFound(hash) => hash.clone(),
        }
    }

    pub fn section(&self) -> Option<Section> {
        match self {
            Route::Sessions
            | Route::NewSession
            | Route::Session(..)
            | Route::Position(_)
            | Route::Day(_)
            | Route::Calibration => Some(Section::Sessions),
            Route::Lenses | Route::Lens(_) => Some(Section::Lenses),
            Route::Library | Route::Competency(_) => Some(Section::Library),
            Route::Data => Some(Section::Data),
            Route::NotFound(_) => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_and_root_hashes_mean_the_sessions_list() {
        for hash in ["", "#", "#/", "#/sessions", "#/sessions/"] {
            assert_eq!(Route::parse(hash), Route::Sessions, "{hash:?}");
        }
    }

    #[test]
    fn every_route_survives_its_own_href() {
        let routes = [
            Route::Sessions,
            Route::NewSession,
            Route::Session("s-20261128-1".into(), SessionPage::Intake),
            Route::Session("s-1".into(), SessionPage::Prepare),
            Route::Session("s-1".into(), SessionPage::Interview),
            Route::Session("s-1".into(), SessionPage::Evaluation),
            Route::Session("s-1".into(), SessionPage::Report),
            Route::Session("s-1".into(), SessionPage::Kit),
            Route::Lenses,
            Route::Lens("team-leader".into()),
            Route::Position("team-leader".into()),
            Route::Day("2026-12-01".into()),
            Route::Library,
            Route::Competency("planning".into()),
            Route::Data,
            Route::Calibration,
        ];
        for route in routes {
            assert_eq!(Route::parse(&route.href()), route);
        }
    }

    #[test]
    fn unknown_or_unsafe_paths_are_not_found() {
        for hash in [
            "#/nope",
            "#/lenses/a/b",
            "#/positions",
            "#/positions/<b>",
            "#/days/2026-02-30",
            "#/days/tomorrow",
            "#/library/<script>",
            "#/data/x",
            "#/calibration/x",
            "#sessions//x",
        ] {
            assert_eq!(Route::parse(hash), Route::NotFound(hash.into()), "{hash:?}");
            let bare = hash.trim_start_matches('#');
            assert_eq!(Route::parse(bare), Route::NotFound(hash.into()), "{bare:?}");
            assert_eq!(Route::parse(hash).section(), None);
        }
    }

    #[test]
    fn detail_routes_belong_to_their_section() {
        assert_eq!(Route::Lens("x".into()).section(), Some(Section::Lenses));
        assert_eq!(
            Route::Competency("x".into()).section(),
            Some(Section::Library)
        );
        for section in Section::ALL {
            assert_eq!(section.route().section(), Some(section));
        }
    }
}
