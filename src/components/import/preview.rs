//! What an import will do, before it is written: counts per kind, the names, one choice per
//! item that is here in another version — and, once written, what was stored.

use leptos::prelude::*;

use crate::domain::import::Resolution;
use crate::domain::panel::Arrival;
use crate::i18n::{self, isolate, tf, Key};
use crate::state::{text, use_app, ColleagueFile, Item, Outcome as ImportOutcome, Preview};

/// How many names a list shows before summing up the rest.
const SHOWN_NAMES: usize = 12;

/// "a, b, c and 9 more", each name isolated so right-to-left text cannot reorder the list.
fn names(items: impl IntoIterator<Item = String>) -> impl IntoView {
    let items: Vec<String> = items.into_iter().collect();
    let more = items.len().saturating_sub(SHOWN_NAMES);
    let app = use_app();
    let shown = items
        .into_iter()
        .take(SHOWN_NAMES)
        .map(|name| view! { <li><bdi>{name}</bdi></li> })
        .collect_view();
    view! {
        <ul class="names">{shown}</ul>
        {(more > 0).then(|| view! {
            <p class="muted">{move || tf(app.lang.get(), Key::ImportMoreNames, &[("n", &more.to_string())])}</p>
        })}
    }
}

const RESOLUTIONS: [(Resolution, Key); 3] = [
    (Resolution::KeepBoth, Key::ConflictKeepBoth),
    (Resolution::Replace, Key::ConflictReplace),
    (Resolution::Skip, Key::ConflictSkip),
];

#[component]
pub fn PreviewView(
    preview: Preview,
    confirm: Callback<Vec<Option<Resolution>>>,
    cancel: Callback<()>,
) -> impl IntoView {
    let app = use_app();
    let lang = move || app.lang.get();
    let counts = preview.counts;
    let choices = RwSignal::new(vec![None::<Resolution>; preview.conflicts.len()]);
    let undecided = move || choices.with(|c| c.iter().filter(|c| c.is_none()).count());
    let summary = [
        (Key::CountNewSessions, counts.new_sessions),
        (Key::CountNewLenses, counts.new_lenses),
        (Key::CountConflicts, counts.conflicts),
        (Key::CountUnchanged, counts.unchanged),
    ]
    .into_iter()
    .filter(|(_, n)| *n > 0)
    .map(|(key, n)| view! { <li>{move || tf(lang(), key, &[("n", &n.to_string())])}</li> })
    .collect_view();
    if preview.competencies > 0 {
        let n = preview.competencies.to_string();
        return view! {
            <div class="report report-info import-preview">
                <p>{move || tf(lang(), Key::ImportLibraryPreview, &[("count", &n)])}</p>
                <div class="actions">
                    <button type="button" class="primary" on:click=move |_| confirm.run(Vec::new())>
                        {text(Key::ImportConfirm)}
                    </button>
                    <button type="button" on:click=move |_| cancel.run(())>{text(Key::Cancel)}</button>
                </div>
            </div>
        }
        .into_any();
    }
    if let Some(colleague) = preview.colleague {
        return view! { <ColleaguePreview colleague confirm cancel/> }.into_any();
    }
    if preview.nothing_to_do() {
        let unchanged = preview.unchanged.into_iter().map(|i| i.label);
        return view! {
            <div class="report report-ok">
                <p>{text(Key::ImportAllUnchanged)}</p>
                {names(unchanged)}
            </div>
        }
        .into_any();
    }
    let many = preview.conflicts.len() > 1;
    let conflicts = preview
        .conflicts
        .into_iter()
        .enumerate()
        .map(|(index, Item { label, is_session })| {
            let name = format!("conflict-{index}");
            let options = RESOLUTIONS
                .into_iter()
                .map(|(resolution, key)| {
                    view! {
                        <label class="choice">
                            <input
                                type="radio"
                                name=name.clone()
                                prop:checked=move || choices.with(|c| c.get(index) == Some(&Some(resolution)))
                                on:change=move |_| choices.update(|c| c[index] = Some(resolution))
                            />
                            <span>{text(key)}</span>
                        </label>
                    }
                })
                .collect_view();
            let key = if is_session { Key::ConflictSession } else { Key::ConflictLens };
            view! {
                <fieldset class="choices conflict">
                    <legend>{move || tf(lang(), key, &[("name", &isolate(&label))])}</legend>
                    {options}
                </fieldset>
            }
        })
        .collect_view();
    let all = move |resolution: Resolution| {
        move |_| choices.update(|c| c.iter_mut().for_each(|c| *c = Some(resolution)))
    };
    let new = preview.new.into_iter().map(|i| i.label);
    view! {
        <div class="report report-info import-preview">
            <p><strong>{text(Key::ImportPreview)}</strong></p>
            <ul class="counts">{summary}</ul>
            {names(new)}
            {conflicts}
            {many.then(|| view! {
                <div class="actions for-all">
                    <span>{text(Key::ConflictForAll)}</span>
                    <button type="button" on:click=all(Resolution::KeepBoth)>{text(Key::ConflictKeepBoth)}</button>
                    <button type="button" on:click=all(Resolution::Replace)>{text(Key::ConflictReplace)}</button>
                    <button type="button" on:click=all(Resolution::Skip)>{text(Key::ConflictSkip)}</button>
                </div>
            })}
            <Show when=move || { undecided() > 0 }>
                <p class="muted">{move || tf(lang(), Key::ConflictUndecided, &[("n", &undecided().to_string())])}</p>
            </Show>
            <div class="actions">
                <button
                    type="button"
                    class="primary"
                    disabled=move || { undecided() > 0 }
                    on:click=move |_| confirm.run(choices.get_untracked())
                >
                    {text(Key::ImportConfirm)}
                </button>
                <button type="button" on:click=move |_| cancel.run(())>{text(Key::Cancel)}</button>
            </div>
        </div>
    }
    .into_any()
}

/// A colleague's ratings: whose, for whom, and whether they can be attached (or why not).
#[component]
fn ColleaguePreview(
    colleague: ColleagueFile,
    confirm: Callback<Vec<Option<Resolution>>>,
    cancel: Callback<()>,
) -> impl IntoView {
    let app = use_app();
    let lang = move || app.lang.get();
    let who = [
        ("name", isolate(&colleague.interviewer)),
        ("candidate", isolate(&colleague.candidate)),
    ];
    let heading = move || {
        let args: Vec<(&str, &str)> = who.iter().map(|(k, v)| (*k, v.as_str())).collect();
        tf(lang(), Key::PanelFilePreview, &args)
    };
    let (class, message, action) = match &colleague.arrival {
        Ok(Arrival::New) => (
            "report report-info import-preview",
            None,
            Some(Key::PanelAttach),
        ),
        Ok(Arrival::Newer { .. }) => (
            "report report-info import-preview",
            Some(Key::PanelNewer),
            Some(Key::PanelReplace),
        ),
        Ok(Arrival::AlreadyAttached) => (
            "report report-ok import-preview",
            Some(Key::PanelAlready),
            None,
        ),
        Err(_) => ("report report-error import-preview", None, None),
    };
    let refusal = colleague.arrival.clone().err();
    view! {
        <div class=class role="status">
            <p><strong>{heading}</strong></p>
            {message.map(|key| view! { <p>{text(key)}</p> })}
            {(!colleague.invited && colleague.arrival.is_ok()).then(|| view! {
                <p class="uninvited-file"><strong>{text(Key::PanelUninvited)}</strong></p>
            })}
            {refusal.map(|r| view! { <p>{move || i18n::panel_refusal(lang(), &r)}</p> })}
            <div class="actions">
                {action.map(|key| view! {
                    <button type="button" class="primary" on:click=move |_| confirm.run(Vec::new())>{text(key)}</button>
                })}
                <button type="button" on:click=move |_| cancel.run(())>{text(Key::Cancel)}</button>
            </div>
        </div>
    }
}

#[component]
pub fn Outcome(outcome: ImportOutcome) -> impl IntoView {
    let app = use_app();
    let lang = move || app.lang.get();
    if outcome.competencies > 0 {
        let n = outcome.competencies.to_string();
        return view! {
            <div class="report report-ok">
                <p>{move || tf(lang(), Key::ImportLibrary, &[("count", &n)])}</p>
            </div>
        }
        .into_any();
    }
    if outcome.stored.is_empty() {
        return view! { <div class="report report-info"><p>{text(Key::ImportNothingStored)}</p></div> }
            .into_any();
    }
    let n = outcome.stored.len().to_string();
    view! {
        <div class="report report-ok">
            <p>{move || tf(lang(), Key::ImportStored, &[("n", &n)])}</p>
            {names(outcome.stored)}
        </div>
    }
    .into_any()
}
