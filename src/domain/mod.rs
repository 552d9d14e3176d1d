//! The pure domain core: the interview's rules and data, with no browser or UI code, so all of
//! it is tested natively with `cargo test`.

pub mod builtin;
pub mod competency;
pub mod interchange;
pub mod lens;
pub mod session;
pub mod text;
pub mod validate;

pub use competency::{Competency, Factor, Library, Question};
pub use lens::{Lens, LensCompetency, PhaseMinutes};
pub use session::{Session, SessionSummary, Status};
pub use text::{Lang, Text};
