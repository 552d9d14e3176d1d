//! The classes that give a status or a result against the standard its look: each pairs a
//! colour with a shape or border, so it reads without colour too (see `style/main.css`).

use crate::domain::evaluation::Versus;
use crate::domain::Status;

pub fn status_class(status: Status) -> &'static str {
    match status {
        Status::Draft => "status status-draft",
        Status::Prepared => "status status-prepared",
        Status::InProgress => "status status-in-progress",
        Status::Completed => "status status-completed",
    }
}

pub fn versus_class(versus: Option<Versus>) -> &'static str {
    match versus {
        Some(Versus::Below) => "versus versus-below",
        Some(Versus::Meets) => "versus versus-meets",
        Some(Versus::Above) => "versus versus-above",
        None => "versus",
    }
}
