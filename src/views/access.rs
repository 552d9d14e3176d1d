//! A candidate's own data on the Data screen (AVG/GDPR access and erasure): choose a name, see
//! every interview under it (and under similar names, to check) and the values kept aside that
//! mention it, tick those about the person who asked, then export, print or delete only those,
//! after a confirmation that names them. The rules are in `domain::access`.

use leptos::prelude::*;

use crate::domain::{access, Lang, Session};
use crate::i18n::{isolate, long_date, status_label, t, tf, Key};
use crate::state::{text, use_app, CandidateFound};
use crate::views::access_print::readable;

#[component]
pub fn CandidateData() -> impl IntoView {
    let app = use_app();
    let chosen = RwSignal::new(String::new());
    // Session ids and kept-aside keys the user ticked.
    let ticked = RwSignal::new(Vec::<String>::new());
    let confirming = RwSignal::new(false);
    // What was deleted last: the name and how much.
    let deleted = RwSignal::new(None::<(String, access::Holding)>);
    let found = Memo::new(move |_| {
        let name = chosen.get();
        app.sessions.track();
        app.damaged.track();
        (!name.is_empty()).then(|| app.find_candidate(&name))
    });
    let choose = move |ev| {
        let name = event_target_value(&ev);
        chosen.set(name);
        confirming.set(false);
        deleted.set(None);
        let first = found.with_untracked(|f| {
            f.as_ref().map_or_else(Vec::new, |f| {
                let ids: Vec<String> = f.under_name.iter().map(|s| s.id.clone()).collect();
                access::ticked_at_first(&ids, f.similar.len(), f.kept_aside.len())
            })
        });
        ticked.set(first);
    };
    // What is ticked, of what is still there.
    let chosen_sessions = move || -> Vec<Session> {
        found.with(|f| {
            f.iter()
                .flat_map(|f| f.under_name.iter().chain(&f.similar))
                .filter(|s| ticked.with(|t| t.contains(&s.id)))
                .cloned()
                .collect()
        })
    };
    let chosen_aside = move || -> Vec<(String, String)> {
        found.with(|f| {
            f.iter()
                .flat_map(|f| &f.kept_aside)
                .filter(|(key, _)| ticked.with(|t| t.contains(key)))
                .cloned()
                .collect()
        })
    };
    let holding = move || access::holding(&chosen_sessions(), chosen_aside().len());
    let nothing_ticked = move || holding() == access::Holding::default();
    let keys = move || {
        let ids: Vec<String> = chosen_sessions().into_iter().map(|s| s.id).collect();
        let aside: Vec<String> = chosen_aside().into_iter().map(|(k, _)| k).collect();
        (ids, aside)
    };
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
        let aside: Vec<String> = chosen_aside().into_iter().map(|(_, text)| text).collect();
        readable(&chosen_sessions(), &aside, app.lang.get())
    };
    let options = move || {
        app.candidates()
            .into_iter()
            .map(|(name, _)| {
                let value = name.clone();
                view! { <option value=value.clone() selected=move || chosen.get() == value>{name}</option> }
            })
            .collect_view()
    };
    let count = move || {
        let h = holding();
        tf(
            app.lang.get(),
            Key::AccessHolding,
            &[
                ("sessions", &h.sessions.to_string()),
                ("ratings", &h.colleague_ratings.to_string()),
                ("aside", &h.kept_aside.to_string()),
            ],
        )
    };
    let confirm_text = move || {
        let lang = app.lang.get();
        let h = holding();
        let named: Vec<String> = chosen_sessions()
            .iter()
            .map(|s| interview_line(s, lang))
            .collect();
        tf(
            lang,
            Key::AccessDeleteConfirm,
            &[
                ("sessions", &h.sessions.to_string()),
                ("ratings", &h.colleague_ratings.to_string()),
                ("aside", &h.kept_aside.to_string()),
                ("which", &named.join("; ")),
            ],
        )
    };
    let delete = move |_| {
        let (ids, aside) = keys();
        let gone = holding();
        app.delete_candidate(&ids, &aside);
        confirming.set(false);
        ticked.set(Vec::new());
        deleted.set(Some((chosen.get_untracked(), gone)));
        chosen.set(String::new());
    };
    let export = move |_| {
        let (ids, aside) = keys();
        app.export_candidate(&chosen.get_untracked(), &ids, &aside);
    };
    view! {
        <section class="card candidate-data">
            <h2>{text(Key::AccessTitle)}</h2>
            <p class="muted">{text(Key::AccessIntro)}</p>
            <p class="muted">{text(Key::AccessIncluded)}</p>
            <label class="field">
                <span class="label">{text(Key::AccessChoose)}</span>
                <select on:change=choose>
                    <option value="" selected=move || chosen.get().is_empty()>{text(Key::AccessNone)}</option>
                    {options}
                </select>
            </label>
            {move || found.get().map(|f| view! {
                <Found found=f ticked=ticked/>
                <p class="access-holding" role="status"><strong>{count}</strong></p>
                <div class="toolbar">
                    <button type="button" disabled=nothing_ticked on:click=export>{text(Key::AccessExport)}</button>
                    <button type="button" disabled=nothing_ticked on:click=print>{text(Key::AccessPrint)}</button>
                    <button type="button" class="danger" disabled=nothing_ticked on:click=move |_| confirming.set(true)>
                        {text(Key::AccessDelete)}
                    </button>
                </div>
            })}
            <Show when=move || confirming.get() && !nothing_ticked()>
                <div class="confirm" role="alertdialog">
                    <p>{confirm_text}</p>
                    <div class="actions">
                        <button type="button" class="danger" on:click=delete>{text(Key::AccessDeleteNow)}</button>
                        <button type="button" on:click=move |_| confirming.set(false)>{text(Key::Cancel)}</button>
                    </div>
                </div>
            </Show>
            <div class="access-print">{document_view}</div>
            {move || deleted.get().map(|(name, gone)| view! {
                <p class="done" role="status">
                    {move || tf(app.lang.get(), Key::AccessDeleted, &[
                        ("name", &isolate(&name)),
                        ("sessions", &gone.sessions.to_string()),
                        ("aside", &gone.kept_aside.to_string()),
                    ])}
                </p>
            })}
        </section>
    }
}

/// The interviews under the name, those under similar names, and what was kept aside, each
/// with a tick box.
#[component]
fn Found(found: CandidateFound, ticked: RwSignal<Vec<String>>) -> impl IntoView {
    let app = use_app();
    let tick = move |key: String| {
        let checked = {
            let key = key.clone();
            move || ticked.with(|t| t.contains(&key))
        };
        let toggle = move |ev| {
            let on = event_target_checked(&ev);
            ticked.update(|t| {
                t.retain(|k| *k != key);
                if on {
                    t.push(key.clone());
                }
            });
        };
        view! { <input type="checkbox" prop:checked=checked on:change=toggle/> }
    };
    // Under a similar name, the name is part of the line: it is what to check.
    let sessions = move |list: Vec<Session>, with_name: bool| {
        list.into_iter()
            .map(|s| {
                let id = s.id.clone();
                let line = move || {
                    let line = interview_line(&s, app.lang.get());
                    if with_name {
                        format!("{} · {line}", s.candidate.trim())
                    } else {
                        line
                    }
                };
                view! { <li><label class="choice">{tick(id)}<span>{line}</span></label></li> }
            })
            .collect_view()
    };
    let similar = (!found.similar.is_empty()).then(|| {
        view! {
            <h3>{text(Key::AccessSimilar)}</h3>
            <p class="hint">{text(Key::AccessSimilarHint)}</p>
            <ul class="plain access-list">{sessions(found.similar, true)}</ul>
        }
    });
    let aside = (!found.kept_aside.is_empty()).then(|| {
        let rows = found
            .kept_aside
            .into_iter()
            .map(|(key, text)| {
                let start: String = text.chars().take(80).collect();
                view! {
                    <li><label class="choice">{tick(key)}<span>{move || app.tr(Key::AccessKeptAsideItem)}" " <code>{start.clone()}</code></span></label></li>
                }
            })
            .collect_view();
        view! {
            <h3>{text(Key::AccessKeptAside)}</h3>
            <ul class="plain access-list">{rows}</ul>
        }
    });
    let several = found.under_name.len() > 1;
    view! {
        <h3>{text(Key::AccessUnderName)}</h3>
        {several.then(|| view! { <p class="hint">{text(Key::AccessSeveral)}</p> })}
        <ul class="plain access-list">{sessions(found.under_name, false)}</ul>
        {similar}
        {aside}
    }
}

/// "Account manager · Tuesday 8 December 2026 10:30 · Ellen Smit · Completed".
fn interview_line(session: &Session, lang: Lang) -> String {
    let summary = session.summary();
    let when = match session.scheduled_at.split_once('T') {
        Some((date, time)) => format!("{} {time}", long_date(lang, date)),
        None if session.scheduled_at.is_empty() => t(lang, Key::AccessNotPlanned).to_owned(),
        None => long_date(lang, &session.scheduled_at),
    };
    let interviewer = if session.interviewer.trim().is_empty() {
        t(lang, Key::AccessNoInterviewer).to_owned()
    } else {
        session.interviewer.trim().to_owned()
    };
    [
        summary.position,
        when,
        interviewer,
        t(lang, status_label(summary.status)).to_owned(),
    ]
    .join(" · ")
}
