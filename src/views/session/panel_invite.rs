//! A panel's invitations: the form that hands one out (a colleague's name, focus competencies,
//! observer or not), the list of those handed out and whether their ratings came back, and a
//! colleague's role as the lead gave it. Shared by the planning card and the evaluation's.

use leptos::prelude::*;

use crate::domain::panel::{Invited, Panel, Role};
use crate::domain::session_action::Refusal;
use crate::domain::Text;
use crate::i18n::{self, tf, Key};
use crate::state::{text, use_app};

/// The lens's competencies as (id, name), for the focus choices and lists.
fn competencies() -> Memo<Vec<(String, Text)>> {
    let app = use_app();
    Memo::new(move |_| {
        app.with_session(|s| {
            s.lens
                .competencies
                .iter()
                .map(|c| (c.competency.id.clone(), c.competency.name.clone()))
                .collect()
        })
        .unwrap_or_default()
    })
}

/// The names of `ids`, in the lens's order, joined for a sentence.
fn names(all: &[(String, Text)], ids: &[String], lang: crate::domain::Lang) -> String {
    all.iter()
        .filter(|(id, _)| ids.contains(id))
        .map(|(_, name)| name.get(lang).to_owned())
        .collect::<Vec<_>>()
        .join(", ")
}

/// One invitation: the colleague's name, their focus competencies, observer or not.
#[component]
pub(super) fn InviteForm() -> impl IntoView {
    let app = use_app();
    let all = competencies();
    let name = RwSignal::new(String::new());
    let focus = RwSignal::new(Vec::<String>::new());
    let observer = RwSignal::new(false);
    let problem = RwSignal::new(None::<String>);
    let invite = move |_| {
        let role = Role {
            interviewer: name.get_untracked(),
            focus: focus.get_untracked(),
            observer: observer.get_untracked(),
        };
        match app.export_invitation(role) {
            Ok(()) => {
                name.set(String::new());
                focus.set(Vec::new());
                observer.set(false);
                problem.set(None);
            }
            Err(Refusal::Panel(refusal)) => problem.set(Some(i18n::panel_refusal(
                app.lang.get_untracked(),
                &refusal,
            ))),
            Err(_) => problem.set(Some(app.tr(Key::ActionRefused).to_owned())),
        }
    };
    let choices = move || {
        all.get()
            .into_iter()
            .map(|(id, label)| {
                let checked = id.clone();
                view! {
                    <label class="choice">
                        <input
                            type="checkbox"
                            prop:checked=move || focus.with(|f| f.contains(&checked))
                            on:change=move |ev| {
                                let on = event_target_checked(&ev);
                                focus.update(|f| {
                                    f.retain(|x| *x != id);
                                    if on {
                                        f.push(id.clone());
                                    }
                                });
                            }
                        />
                        <span>{move || label.get(app.lang.get()).to_owned()}</span>
                    </label>
                }
            })
            .collect_view()
    };
    view! {
        <div class="invite-form">
            <label class="field">
                <span class="label">{text(Key::InviteName)}</span>
                <input type="text" prop:value=move || name.get() on:input=move |ev| name.set(event_target_value(&ev))/>
            </label>
            <fieldset class="choices focus-choices">
                <legend>{text(Key::InviteFocus)}</legend>
                <p class="hint">{text(Key::InviteFocusHint)}</p>
                {choices}
            </fieldset>
            <label class="choice">
                <input type="checkbox" prop:checked=move || observer.get() on:change=move |ev| observer.set(event_target_checked(&ev))/>
                <span>{text(Key::InviteObserver)}</span>
            </label>
            <div class="toolbar">
                <button type="button" on:click=invite>{text(Key::PanelInvite)}</button>
            </div>
            <p class="field-error" role="alert" class:hidden=move || problem.with(Option::is_none)>
                {move || problem.get().unwrap_or_default()}
            </p>
        </div>
    }
}

/// The invitations handed out, with their roles and whether the ratings came back.
#[component]
pub(super) fn InvitedList() -> impl IntoView {
    let app = use_app();
    let all = competencies();
    let invited = Memo::new(move |_| {
        let invited = |p: &Panel| {
            p.invited
                .iter()
                .map(|i| {
                    let back = p.colleagues.iter().any(|c| c.session == i.session);
                    (i.clone(), back)
                })
                .collect::<Vec<(Invited, bool)>>()
        };
        app.with_session(|s| s.panel.as_ref().map(invited))
            .flatten()
            .unwrap_or_default()
    });
    let row = move |(invited, back): (Invited, bool)| {
        let lang = move || app.lang.get();
        let name = invited.interviewer.clone();
        let role = move || {
            let mut parts = Vec::new();
            if !invited.focus.is_empty() {
                let list = names(&all.get(), &invited.focus, lang());
                parts.push(tf(lang(), Key::InvitedFocus, &[("list", &list)]));
            }
            if invited.observer {
                parts.push(app.tr(Key::InvitedObserver).to_owned());
            }
            parts.push(
                app.tr(if back {
                    Key::InvitedBack
                } else {
                    Key::InvitedWaiting
                })
                .to_owned(),
            );
            parts.join(" · ")
        };
        view! {
            <li>
                <strong><bdi>{move || if name.is_empty() { app.tr(Key::InvitedUnnamed).to_owned() } else { name.clone() }}</bdi></strong>
                " — " {role}
            </li>
        }
    };
    view! {
        <Show when=move || invited.with(|i| !i.is_empty())>
            <h3>{text(Key::InvitedTitle)}</h3>
            <ul class="plain invited">{move || invited.get().into_iter().map(row).collect_view()}</ul>
        </Show>
    }
}

/// A colleague's role as the lead gave it: focus competencies, observer.
#[component]
pub(super) fn MemberRole() -> impl IntoView {
    let app = use_app();
    let all = competencies();
    let role = Memo::new(move |_| {
        app.with_session(|s| {
            s.panel
                .as_ref()
                .map(|p| (p.focus.clone(), p.observer, p.assessment_left_out))
        })
        .flatten()
        .unwrap_or_default()
    });
    view! {
        {move || {
            let (focus, observer, left_out) = role.get();
            let lang = app.lang.get();
            let focus = (!focus.is_empty()).then(|| {
                let list = names(&all.get(), &focus, lang);
                view! { <p class="member-focus"><strong>{tf(lang, Key::MemberFocus, &[("list", &list)])}</strong></p> }
            });
            let observer = observer.then(|| view! { <p class="member-observer">{text(Key::MemberObserver)}</p> });
            let left_out = left_out.then(|| view! { <p class="assessment-left-out">{text(Key::AssessmentLeftOut)}</p> });
            view! { {focus} {observer} {left_out} }
        }}
    }
}
