//! Importing a file, picked or dropped: it is read and checked (with progress for large
//! files), then shown — what it adds, what collides — and written only when the user confirms.

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;

use super::fields::TextInput;
use super::import_preview::{Outcome as OutcomeView, PreviewView};
use crate::crypto::{self, CryptoError};
use crate::domain::encryption::{self, Sealed};
use crate::domain::finding::Finding;
use crate::files::{read_text, ReadError};
use crate::i18n::{self, tf, Key};
use crate::state::{text, use_app, AppState, Outcome, Preview, Staged, StorageError};

/// How many findings a refused file lists before summing up the rest.
const SHOWN_FINDINGS: usize = 8;
/// From this size on the panel says it is reading, before it has anything to count.
const LARGE_FILE_BYTES: f64 = 1_000_000.0;

/// Where an import stands.
#[derive(Clone, Debug, PartialEq)]
pub(super) enum Step {
    Idle,
    Reading {
        bytes: f64,
    },
    Checking {
        done: usize,
        total: usize,
    },
    Refused(Vec<Finding>),
    Unreadable(String),
    Empty,
    Preview(Preview),
    Failed(StorageError),
    Done(Outcome),
    /// An encrypted file waits for its passphrase; `wrong` after a failed try.
    Locked {
        wrong: bool,
    },
    Opening,
}

/// Reads, checks and stages a file; the staged import waits in `staged` for the user.
fn stage(
    app: AppState,
    file: web_sys::File,
    step: RwSignal<Step>,
    staged: StoredValue<Option<Staged>>,
    locked: StoredValue<Option<Sealed>>,
) {
    staged.set_value(None);
    locked.set_value(None);
    let bytes = file.size();
    step.set(if bytes >= LARGE_FILE_BYTES {
        Step::Reading { bytes }
    } else {
        Step::Idle
    });
    spawn_local(async move {
        let lang = app.lang.get_untracked();
        let text = match read_text(&file).await {
            Ok(text) => text,
            Err(ReadError::TooLarge { bytes }) => {
                return step.set(Step::Unreadable(tf(
                    lang,
                    Key::ImportTooLarge,
                    &[
                        ("size", &i18n::bytes(lang, bytes as usize)),
                        ("max", &i18n::bytes(lang, encryption::MAX_ENCRYPTED_BYTES)),
                    ],
                )))
            }
            Err(ReadError::NotText(finding)) => return step.set(Step::Refused(vec![finding])),
            Err(ReadError::Failed(detail)) => {
                return step.set(Step::Unreadable(tf(
                    lang,
                    Key::ImportReadFailed,
                    &[("detail", &detail)],
                )))
            }
        };
        if encryption::is_encrypted(&text) {
            match encryption::read(&text) {
                Ok(sealed) => {
                    locked.set_value(Some(sealed));
                    step.set(Step::Locked { wrong: false });
                }
                Err(findings) => step.set(Step::Refused(findings)),
            }
            return;
        }
        check(app, text, step, staged).await;
    });
}

/// Checks a file's plain text and stages what it would change.
async fn check(
    app: AppState,
    text: String,
    step: RwSignal<Step>,
    staged: StoredValue<Option<Staged>>,
) {
    let large = text.len() as f64 >= LARGE_FILE_BYTES;
    let progress = move |done, total| {
        if large && total > 0 {
            step.set(Step::Checking { done, total });
        }
    };
    match app.stage_import(text, progress).await {
        Err(findings) => step.set(Step::Refused(findings)),
        Ok(found) if found.is_empty() => step.set(Step::Empty),
        Ok(found) => {
            let preview = found.preview();
            // Everything already here needs no confirmation and keeps nothing waiting.
            if !preview.nothing_to_do() {
                staged.set_value(Some(found));
            }
            step.set(Step::Preview(preview));
        }
    }
}

/// Opens an encrypted file with the passphrase typed, then checks it like any file. A wrong
/// passphrase changes nothing and asks again.
fn unlock(
    app: AppState,
    passphrase: String,
    step: RwSignal<Step>,
    staged: StoredValue<Option<Staged>>,
    locked: StoredValue<Option<Sealed>>,
) {
    let Some(sealed) = locked.get_value() else {
        return;
    };
    step.set(Step::Opening);
    spawn_local(async move {
        let lang = app.lang.get_untracked();
        match crypto::open(&sealed, &passphrase).await {
            Ok(text) => {
                locked.set_value(None);
                check(app, text, step, staged).await;
            }
            Err(CryptoError::WrongPassphrase) => step.set(Step::Locked { wrong: true }),
            Err(CryptoError::Unavailable) => step.set(Step::Unreadable(
                i18n::t(lang, Key::CryptoUnavailable).to_owned(),
            )),
            Err(CryptoError::Failed(detail)) => step.set(Step::Unreadable(tf(
                lang,
                Key::CryptoFailed,
                &[("detail", &detail)],
            ))),
        }
    });
}

#[component]
pub fn ImportPanel(hint: Key) -> impl IntoView {
    let app = use_app();
    let step = RwSignal::new(Step::Idle);
    let staged = StoredValue::new(None::<Staged>);
    let locked = StoredValue::new(None::<Sealed>);
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
        stage(app, file, step, staged, locked);
    };
    let on_drop = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        dragging.set(false);
        if let Some(file) = ev
            .data_transfer()
            .and_then(|d| d.files())
            .and_then(|f| f.get(0))
        {
            stage(app, file, step, staged, locked);
        }
    };
    let confirm = Callback::new(move |choices: Vec<_>| {
        let Some(found) = staged.get_value() else {
            return;
        };
        staged.set_value(None);
        match app.commit_import(found, &choices) {
            Ok(outcome) => step.set(Step::Done(outcome)),
            Err(error) => step.set(Step::Failed(error)),
        }
    });
    let cancel = Callback::new(move |()| {
        staged.set_value(None);
        locked.set_value(None);
        step.set(Step::Idle);
    });
    let open = Callback::new(move |passphrase: String| {
        unlock(app, passphrase, step, staged, locked);
    });

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
                {move || view! { <StepView step=step.get() confirm cancel open/> }}
            </div>
        </div>
    }
}

#[component]
fn StepView(
    step: Step,
    confirm: Callback<Vec<Option<crate::domain::import::Resolution>>>,
    cancel: Callback<()>,
    open: Callback<String>,
) -> impl IntoView {
    let app = use_app();
    let lang = move || app.lang.get();
    match step {
        Step::Idle => ().into_any(),
        Step::Reading { bytes } => view! {
            <div class="report report-info">
                <p>{move || tf(lang(), Key::ImportReading, &[("size", &i18n::bytes(lang(), bytes as usize))])}</p>
                <progress></progress>
            </div>
        }
        .into_any(),
        Step::Checking { done, total } => view! {
            <div class="report report-info">
                <p>{move || tf(lang(), Key::ImportChecking, &[("done", &done.to_string()), ("total", &total.to_string())])}</p>
                <progress max=total.to_string() value=done.to_string()></progress>
            </div>
        }
        .into_any(),
        Step::Refused(findings) => {
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
        Step::Unreadable(message) => {
            view! { <div class="report report-error"><p>{message}</p></div> }.into_any()
        }
        Step::Empty => {
            view! { <div class="report report-info"><p>{text(Key::ImportEmpty)}</p></div> }.into_any()
        }
        Step::Failed(error) => view! {
            <div class="report report-error">
                <p><strong>{text(Key::ImportNotStored)}</strong></p>
                <p>{move || i18n::storage_error(lang(), &error)}</p>
            </div>
        }
        .into_any(),
        Step::Preview(preview) => view! { <PreviewView preview confirm cancel/> }.into_any(),
        Step::Done(outcome) => view! { <OutcomeView outcome/> }.into_any(),
        Step::Locked { wrong } => view! { <PassphraseForm wrong open cancel/> }.into_any(),
        Step::Opening => view! {
            <div class="report report-info"><p>{text(Key::ImportOpening)}</p><progress></progress></div>
        }
        .into_any(),
    }
}

/// Asks for an encrypted file's passphrase. It lives only in this field until it is used.
#[component]
fn PassphraseForm(wrong: bool, open: Callback<String>, cancel: Callback<()>) -> impl IntoView {
    let passphrase = RwSignal::new(String::new());
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        open.run(passphrase.get_untracked());
        passphrase.set(String::new());
    };
    view! {
        <form class="report report-info passphrase-form" on:submit=submit>
            <p>{text(Key::ImportEncrypted)}</p>
            {wrong.then(|| view! { <p class="field-error" role="alert">{text(Key::ImportWrongPassphrase)}</p> })}
            <TextInput
                label=Key::Passphrase
                kind="password"
                autocomplete="off"
                value=passphrase.into()
                on_input=Callback::new(move |v| passphrase.set(v))
            />
            <div class="actions">
                <button type="submit" class="primary" disabled=move || passphrase.with(String::is_empty)>
                    {text(Key::ImportUnlock)}
                </button>
                <button type="button" on:click=move |_| cancel.run(())>{text(Key::Cancel)}</button>
            </div>
        </form>
    }
}
