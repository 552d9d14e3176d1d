//! Importing a file, picked or dropped: then what happened — refused with the findings,
//! imported, or conflicts for the user to settle (keep both, replace, skip).

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;

use crate::domain::import::Resolution;
use crate::files::{read_text, ReadError};
use crate::i18n::{self, tf, Key};
use crate::state::{text, use_app, AppState, Conflict, ImportReport};

/// How many findings a refused file lists before summing up the rest.
const SHOWN_FINDINGS: usize = 8;

/// Reads a file and imports it, turning a read failure into a report too.
fn import(app: AppState, file: web_sys::File, report: RwSignal<Option<ImportReport>>) {
    spawn_local(async move {
        let lang = app.lang.get_untracked();
        let outcome = match read_text(&file).await {
            Ok(text) => app.import_file(&text),
            Err(ReadError::TooLarge { bytes }) => ImportReport::Unreadable(tf(
                lang,
                Key::ImportTooLarge,
                &[("size", &i18n::bytes(lang, bytes as usize))],
            )),
            Err(ReadError::Failed(detail)) => {
                ImportReport::Unreadable(tf(lang, Key::ImportReadFailed, &[("detail", &detail)]))
            }
        };
        report.set(Some(outcome));
    });
}

#[component]
pub fn ImportPanel(hint: Key) -> impl IntoView {
    let app = use_app();
    let report = RwSignal::new(None::<ImportReport>);
    let dragging = RwSignal::new(false);

    let on_change = move |ev: leptos::ev::Event| {
        let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        let Some(file) = input.files().and_then(|files| files.get(0)) else {
            return;
        };
        // Clear the picker so choosing the same file again still imports it.
        input.set_value("");
        import(app, file, report);
    };
    let on_drop = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        dragging.set(false);
        if let Some(file) = ev
            .data_transfer()
            .and_then(|d| d.files())
            .and_then(|f| f.get(0))
        {
            import(app, file, report);
        }
    };
    let settle = move |conflict: Conflict, resolution: Resolution| {
        let id = conflict.id().to_owned();
        app.resolve_conflict(conflict, resolution);
        report.update(|r| {
            if let Some(ImportReport::Imported { conflicts, .. }) = r {
                conflicts.retain(|c| c.id() != id);
            }
        });
    };

    view! {
        <div
            class="import drop-zone"
            class:dragging=move || dragging.get()
            on:dragover=move |ev: leptos::ev::DragEvent| {
                ev.prevent_default();
                dragging.set(true);
            }
            on:dragleave=move |_| dragging.set(false)
            on:drop=on_drop
        >
            <label class="button file-button">
                {text(Key::LensImport)}
                <input
                    type="file"
                    class="visually-hidden"
                    accept=".json,application/json"
                    on:change=on_change
                />
            </label>
            <p class="hint">{text(hint)} " " {text(Key::DropHint)}</p>
            <div role="status" aria-live="polite">
                {move || report.get().map(|r| view! { <Report report=r settle/> })}
            </div>
        </div>
    }
}

#[component]
fn Report(
    report: ImportReport,
    settle: impl Fn(Conflict, Resolution) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let app = use_app();
    let lang = move || app.lang.get();
    match report {
        ImportReport::Refused(findings) => {
            let more = findings.len().saturating_sub(SHOWN_FINDINGS);
            let items = findings
                .into_iter()
                .take(SHOWN_FINDINGS)
                .map(|f| view! { <li>{move || i18n::finding(lang(), &f)}</li> })
                .collect_view();
            view! {
                <div class="report report-error">
                    <p><strong>{text(Key::ImportRefused)}</strong></p>
                    <ul class="findings">{items}</ul>
                    <Show when=move || { more > 0 }>
                        <p>{move || tf(lang(), Key::ImportMoreFindings, &[("n", &more.to_string())])}</p>
                    </Show>
                </div>
            }
            .into_any()
        }
        ImportReport::Unreadable(message) => {
            view! { <div class="report report-error"><p>{message}</p></div> }.into_any()
        }
        ImportReport::Library { count } => view! {
            <div class="report report-ok">
                <p>{move || tf(lang(), Key::ImportLibrary, &[("count", &count.to_string())])}</p>
            </div>
        }
        .into_any(),
        ImportReport::Imported {
            added,
            unchanged,
            conflicts,
        } => {
            let added = added.join(", ");
            let unchanged = unchanged.join(", ");
            let choices = conflicts
                .into_iter()
                .map(|conflict| {
                    let name = conflict.label();
                    let conflict = StoredValue::new(conflict);
                    let choice = move |resolution: Resolution| {
                        move |_| settle(conflict.get_value(), resolution)
                    };
                    view! {
                        <div class="conflict">
                            <p>{move || tf(lang(), Key::ConflictTitle, &[("name", &name)])}</p>
                            <div class="actions">
                                <button type="button" on:click=choice(Resolution::KeepBoth)>
                                    {text(Key::ConflictKeepBoth)}
                                </button>
                                <button type="button" on:click=choice(Resolution::Replace)>
                                    {text(Key::ConflictReplace)}
                                </button>
                                <button type="button" on:click=choice(Resolution::Skip)>
                                    {text(Key::ConflictSkip)}
                                </button>
                            </div>
                        </div>
                    }
                })
                .collect_view();
            view! {
                <div class="report report-ok">
                    {(!added.is_empty()).then(|| {
                        let added = added.clone();
                        view! { <p>{move || tf(lang(), Key::ImportAdded, &[("names", &added)])}</p> }
                    })}
                    {(!unchanged.is_empty()).then(|| {
                        let unchanged = unchanged.clone();
                        view! { <p>{move || tf(lang(), Key::ImportUnchanged, &[("names", &unchanged)])}</p> }
                    })}
                    {choices}
                </div>
            }
            .into_any()
        }
    }
}
