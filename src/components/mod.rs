//! Pieces shared by several screens.

pub mod anchors;
pub mod header;
pub mod notices;
pub mod page;
