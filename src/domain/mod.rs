//! The pure domain core: the interview's rules and data, with no browser or UI code, so all of
//! it is tested natively with `cargo test`.

pub mod access;
pub mod agreement;
pub mod assessment;
pub mod builtin;
pub mod calendar;
pub mod calibration;
pub mod capacity;
pub mod competency;
pub mod dates;
pub mod debrief;
pub mod decision;
pub mod device_lock;
pub mod durability;
pub mod encryption;
pub mod evaluation;
pub mod finding;
pub mod import;
pub mod interchange;
pub mod interview;
pub mod json;
pub mod lens;
pub mod lens_edit;
pub mod letter;
pub mod listing;
pub mod order;
pub mod overview;
pub mod panel;
pub mod panel_exchange;
pub mod passphrase;
pub mod phase;
pub mod planning;
pub mod position;
pub mod report;
pub mod retention;
pub mod session;
pub mod session_action;
pub mod snapshot;
pub mod starter;
pub mod text;

pub use competency::{Competency, Factor, Library, Question};
pub use lens::{Lens, LensCompetency};
pub use phase::{Phase, PhaseMinutes};
pub use session::{Session, SessionSummary, Status};
pub use session_action::SessionAction;
pub use text::{Lang, Text};
