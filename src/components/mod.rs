//! Pieces shared by several screens.

pub mod anchors;
pub mod badges;
pub mod export_dialog;
pub mod fields;
pub mod header;
pub mod import;
pub mod library_gate;
pub mod notices;
pub mod page;
pub mod probes;
