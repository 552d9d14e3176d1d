//! One module per screen.

pub mod access;
pub mod access_print;
pub mod calibration;
pub mod competency;
pub mod data;
pub mod day;
pub mod day_tools;
pub mod device_lock;
pub mod keeping;
pub mod lens_editor;
pub mod lenses;
pub mod library;
pub mod lock;
pub mod new_session;
pub mod not_found;
pub mod position;
pub mod retention;
pub mod session;
pub mod sessions;
