//! The Data screen's card on keeping the interviews on this device: whether the browser keeps
//! them persistently, whether the app runs from the home screen, and the space the browser
//! reports (the last backup is in the backup card beside it); and, where the data may go on its
//! own, what that means and the two remedies (the home screen, with the steps for an iPad, and
//! a backup now, with the backup card's button right below). What a browser cannot tell is said
//! as such.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::domain::durability::Durability;
use crate::i18n::{self, tf, Key};
use crate::state::{text, use_app};

#[component]
pub fn KeepingCard() -> impl IntoView {
    let app = use_app();
    let estimate = RwSignal::new(None::<(f64, f64)>);
    // Asking again would prompt in some browsers; `persisted` only reads the answer.
    let persisted = RwSignal::new(None::<bool>);
    spawn_local(async move {
        estimate.set(app.storage_estimate().await);
        persisted.set(app.storage_persisted().await);
    });
    let durability = move || Durability {
        persisted: persisted.get().or(app.durability.get().persisted),
        ..app.durability.get()
    };
    let yes_no = move |value: Option<bool>| match value {
        Some(true) => app.tr(Key::Yes),
        Some(false) => app.tr(Key::NoWord),
        None => app.tr(Key::KeepNotSaid),
    };
    let quota = move || {
        let lang = app.lang.get();
        match estimate.get() {
            Some((used, quota)) => tf(
                lang,
                Key::DataOfQuota,
                &[
                    ("used", &i18n::bytes(lang, used as usize)),
                    ("quota", &i18n::bytes(lang, quota as usize)),
                ],
            ),
            None => i18n::t(lang, Key::KeepNoEstimate).to_owned(),
        }
    };
    let risk = move || {
        let d = durability();
        if !d.at_risk() {
            return view! { <p class="keep-safe">{text(Key::KeepSafe)}</p> }.into_any();
        }
        let sentence = if d.evicts_unvisited {
            Key::KeepRiskUnvisited
        } else {
            Key::KeepRiskSpace
        };
        let days = d.backup_every_days().to_string();
        view! {
            <div class="report report-warn keep-risk" role="status">
                <p><strong>{text(sentence)}</strong></p>
                <p>{text(Key::KeepRemedies)}</p>
                <ol>
                    <li>{text(Key::KeepHomeScreen)}</li>
                    <li>{move || tf(app.lang.get(), Key::KeepBackup, &[("days", &days)])}</li>
                </ol>
            </div>
        }
        .into_any()
    };
    view! {
        <section class="card keeping" id="keeping">
            <h2>{text(Key::KeepTitle)}</h2>
            <dl class="facts">
                <dt>{text(Key::KeepPersistent)}</dt>
                <dd class="keep-persistent">{move || yes_no(durability().persisted)}</dd>
                <dt>{text(Key::KeepInstalled)}</dt>
                <dd>{move || yes_no(Some(durability().installed))}</dd>
                <dt>{text(Key::DataEstimate)}</dt>
                <dd class="keep-quota">{quota}</dd>
            </dl>
            {risk}
        </section>
    }
}
