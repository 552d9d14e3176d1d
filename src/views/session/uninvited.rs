//! Ratings the lead took from a file that answers none of the invitations they handed out:
//! shown, but counted as an observer's until the lead counts them here (or stops again).

use leptos::prelude::*;

use crate::domain::SessionAction;
use crate::i18n::{isolate, tf, Key};
use crate::state::{text, use_app};

#[component]
pub fn Uninvited() -> impl IntoView {
    let app = use_app();
    let taken = Memo::new(move |_| {
        app.with_session(|s| {
            s.panel.as_ref().map_or_else(Vec::new, |p| {
                p.colleagues
                    .iter()
                    .filter(|c| c.uninvited)
                    .map(|c| (c.session.clone(), c.interviewer.clone(), !c.observer))
                    .collect::<Vec<_>>()
            })
        })
        .unwrap_or_default()
    });
    let rows = move || {
        taken
            .get()
            .into_iter()
            .map(|(session, name, counted)| {
                let said = move || {
                    let key = if counted {
                        Key::UninvitedCounted
                    } else {
                        Key::UninvitedNotCounted
                    };
                    tf(app.lang.get(), key, &[("name", &isolate(&name))])
                };
                let toggle = move |_| {
                    let _ = app.act(SessionAction::CountUninvited {
                        session: session.clone(),
                        counted: !counted,
                    });
                };
                let button = if counted {
                    Key::UninvitedStopCounting
                } else {
                    Key::UninvitedCount
                };
                view! {
                    <li>
                        <p>{said}</p>
                        <button type="button" on:click=toggle>{text(button)}</button>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <Show when=move || !taken.with(Vec::is_empty)>
            <div class="report report-warn uninvited" role="note">
                <h3>{text(Key::UninvitedTitle)}</h3>
                <ul class="plain">{rows}</ul>
            </div>
        </Show>
    }
}
