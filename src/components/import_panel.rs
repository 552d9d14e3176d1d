//! Importing a file: a file picker, then what happened — refused with the findings, imported,
//! or a conflict for the user to settle (keep both, replace, skip).

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;

use crate::domain::import::Resolution;
use crate::domain::Lens;
use crate::files::{read_text, ReadError};
use crate::i18n::{self, tf, Key};
use crate::state::{text, use_app, ImportReport};

/// How many findings a refused file lists before summing up the rest.
const SHOWN_FINDINGS: usize = 8;

#[component]
pub fn ImportPanel() -> impl IntoView {
    let app = use_app();
    let report = RwSignal::new(None::<ImportReport>);

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
        spawn_local(async move {
            let outcome = match read_text(&file).await {
                Ok(text) => app.import_file(&text),
                Err(ReadError::TooLarge { bytes }) => ImportReport::Unreadable(tf(
                    app.lang.get_untracked(),
                    Key::ImportTooLarge,
                    &[(
                        "size",
                        &i18n::bytes(app.lang.get_untracked(), bytes as usize),
                    )],
                )),
                Err(ReadError::Failed(detail)) => ImportReport::Unreadable(tf(
                    app.lang.get_untracked(),
                    Key::ImportReadFailed,
                    &[("detail", &detail)],
                )),
            };
            report.set(Some(outcome));
        });
    };

    let settle = move |incoming: Lens, resolution: Resolution| {
        let id = incoming.id.clone();
        app.resolve_lens_conflict(incoming, resolution);
        report.update(|r| {
            if let Some(ImportReport::Lenses { conflicts, .. }) = r {
                conflicts.retain(|(_, c)| c.id != id);
            }
        });
    };

    view! {
        <div class="import">
            <label class="button file-button">
                {text(Key::LensImport)}
                <input
                    type="file"
                    class="visually-hidden"
                    accept=".json,application/json"
                    on:change=on_change
                />
            </label>
            <p class="hint">{text(Key::LensImportHint)}</p>
            <div role="status" aria-live="polite">
                {move || report.get().map(|r| view! { <Report report=r settle/> })}
            </div>
        </div>
    }
}

#[component]
fn Report(
    report: ImportReport,
    settle: impl Fn(Lens, Resolution) + Copy + 'static,
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
        ImportReport::WrongKind => view! {
            <div class="report report-error"><p>{text(Key::ImportWrongKind)}</p></div>
        }
        .into_any(),
        ImportReport::Library { count } => view! {
            <div class="report report-ok">
                <p>{move || tf(lang(), Key::ImportLibrary, &[("count", &count.to_string())])}</p>
            </div>
        }
        .into_any(),
        ImportReport::Lenses {
            added,
            unchanged,
            conflicts,
        } => {
            let added = added.join(", ");
            let unchanged = unchanged.join(", ");
            let choices = conflicts
                .into_iter()
                .map(|(stored, incoming)| {
                    let name = stored.name.clone();
                    let choice = move |resolution: Resolution| {
                        let incoming = incoming.clone();
                        move |_| settle(incoming.clone(), resolution)
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
