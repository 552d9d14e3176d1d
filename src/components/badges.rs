//! The classes that give a status or a result against the standard its look: each pairs a
//! colour with a shape or border, so it reads without colour too (see `style/main.css`).

use leptos::prelude::*;

use crate::domain::evaluation::Versus;
use crate::domain::panel::Awaited;
use crate::domain::panel_due::overdue;
use crate::domain::{Lang, Status};
use crate::i18n::{isolate, tf, Key};
use crate::route::{Route, SessionPage};

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

/// A panel still waiting for ratings: how many are back, for whom it waits, when they are due;
/// late ones say so in words. It leads to the panel, where the invitations can be sent again.
pub fn awaited(lang: Lang, id: &str, a: Awaited) -> Option<impl IntoView> {
    if a.missing.is_empty() {
        return None;
    }
    let late = overdue(&a.due, &crate::clock::now_local());
    let names: Vec<String> = a.missing.iter().map(|n| isolate(n)).collect();
    let mut said = tf(
        lang,
        Key::ListAwaited,
        &[
            ("back", &a.back.to_string()),
            ("invited", &a.invited.to_string()),
            ("names", &names.join(", ")),
        ],
    );
    if !a.due.is_empty() {
        let due = a.due.replace('T', " ");
        let key = if late { Key::ListLate } else { Key::ListDue };
        said = format!("{said} {}", tf(lang, key, &[("due", &due)]));
    }
    let href = Route::Session(id.to_owned(), SessionPage::Evaluation).href();
    Some(view! { <a class="awaited" class:late=late href=href>{said}</a> })
}
