//! A candidate's own data on the Data screen (AVG/GDPR access and erasure): choose a
//! candidate, see what is stored about them, export it as one file or delete it all after a
//! confirmation that names the count. The rules are in `domain::access`.

use leptos::prelude::*;

use crate::domain::access;
use crate::i18n::{isolate, tf, Key};
use crate::state::{text, use_app};
use crate::views::access_print::readable;

#[component]
pub fn CandidateData() -> impl IntoView {
    let app = use_app();
    let chosen = RwSignal::new(String::new());
    let confirming = RwSignal::new(false);
    let deleted = RwSignal::new(None::<String>);
    // Read when the choice (or the list) changes: the sessions, whole.
    let sessions = Memo::new(move |_| {
        let name = chosen.get();
        app.sessions.track();
        (!name.is_empty()).then(|| (name.clone(), app.candidate_sessions(&name)))
    });
    let holding = Memo::new(move |_| {
        sessions.with(|found| found.as_ref().map(|(name, s)| access::holding(name, s)))
    });
    let print = move |_| {
        // The readable document is drawn (hidden) beside the card; only it prints.
        let body = document().body().map(|b| b.class_list());
        if let Some(list) = &body {
            let _ = list.add_1("print-access");
        }
        let _ = window().print();
        if let Some(list) = &body {
            let _ = list.remove_1("print-access");
        }
    };
    let document_view = move || {
        let lang = app.lang.get();
        sessions.with(|found| found.as_ref().map(|(_, s)| readable(s, lang)))
    };
    let options = move || {
        app.candidates()
            .into_iter()
            .map(|(name, _)| {
                let value = name.clone();
                view! { <option value=value.clone() selected=move || chosen.get() == value><bdi>{name}</bdi></option> }
            })
            .collect_view()
    };
    let count = move || {
        holding.get().map(|h| {
            tf(
                app.lang.get(),
                Key::AccessHolding,
                &[
                    ("sessions", &h.sessions.to_string()),
                    ("ratings", &h.colleague_ratings.to_string()),
                ],
            )
        })
    };
    let confirm_text = move || {
        let h = holding.get().unwrap_or_default();
        tf(
            app.lang.get(),
            Key::AccessDeleteConfirm,
            &[
                ("name", &isolate(&chosen.get())),
                ("sessions", &h.sessions.to_string()),
                ("ratings", &h.colleague_ratings.to_string()),
            ],
        )
    };
    let delete = move |_| {
        let name = chosen.get_untracked();
        app.delete_candidate(&name);
        confirming.set(false);
        chosen.set(String::new());
        deleted.set(Some(name));
    };
    view! {
        <section class="card candidate-data">
            <h2>{text(Key::AccessTitle)}</h2>
            <p class="muted">{text(Key::AccessIntro)}</p>
            <p class="muted">{text(Key::AccessIncluded)}</p>
            <label class="field">
                <span class="label">{text(Key::AccessChoose)}</span>
                <select on:change=move |ev| {
                    chosen.set(event_target_value(&ev));
                    confirming.set(false);
                    deleted.set(None);
                }>
                    <option value="" selected=move || chosen.get().is_empty()>{text(Key::AccessNone)}</option>
                    {options}
                </select>
            </label>
            <Show when=move || holding.get().is_some()>
                <p class="access-holding"><strong>{count}</strong></p>
                <div class="toolbar">
                    <button type="button" on:click=move |_| app.export_candidate(&chosen.get_untracked())>
                        {text(Key::AccessExport)}
                    </button>
                    <button type="button" on:click=print>{text(Key::AccessPrint)}</button>
                    <button type="button" class="danger" on:click=move |_| confirming.set(true)>
                        {text(Key::AccessDelete)}
                    </button>
                </div>
                <Show when=move || confirming.get()>
                    <div class="confirm" role="alertdialog">
                        <p>{confirm_text}</p>
                        <div class="actions">
                            <button type="button" class="danger" on:click=delete>{text(Key::AccessDeleteNow)}</button>
                            <button type="button" on:click=move |_| confirming.set(false)>{text(Key::Cancel)}</button>
                        </div>
                    </div>
                </Show>
            </Show>
            <div class="access-print">{document_view}</div>
            {move || deleted.get().map(|name| view! {
                <p class="done" role="status">{move || tf(app.lang.get(), Key::AccessDeleted, &[("name", &isolate(&name))])}</p>
            })}
        </section>
    }
}
