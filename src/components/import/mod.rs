//! Importing a file, picked or dropped: the panel hands the file to [`Import`] (state/import.rs,
//! which reads, unlocks, checks and stages it) and draws each step — progress, what was refused,
//! the passphrase form, the preview (`preview.rs`) and what was stored.

mod preview;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::fields::TextInput;
use crate::domain::encryption;
use crate::domain::import::Resolution;
use crate::domain::Lang;
use crate::i18n::{self, tf, Key};
use crate::state::{text, use_app, Import, ImportStep, NotRead};
use preview::{Outcome as OutcomeView, PreviewView};

/// How many findings a refused file lists before summing up the rest.
const SHOWN_FINDINGS: usize = 8;

/// Why a file was not read, in the user's language.
fn not_read(lang: Lang, why: &NotRead) -> String {
    match why {
        NotRead::TooLarge { bytes } => tf(
            lang,
            Key::ImportTooLarge,
            &[
                ("size", &i18n::bytes(lang, *bytes as usize)),
                ("max", &i18n::bytes(lang, encryption::MAX_ENCRYPTED_BYTES)),
            ],
        ),
        NotRead::ReadFailed(detail) => tf(lang, Key::ImportReadFailed, &[("detail", detail)]),
        NotRead::CryptoUnavailable => i18n::t(lang, Key::CryptoUnavailable).to_owned(),
        NotRead::CryptoFailed(detail) => tf(lang, Key::CryptoFailed, &[("detail", detail)]),
    }
}

#[component]
pub fn ImportPanel(hint: Key) -> impl IntoView {
    let import = Import::new(use_app());
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
        import.start(file);
    };
    let on_drop = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        dragging.set(false);
        if let Some(file) = ev
            .data_transfer()
            .and_then(|d| d.files())
            .and_then(|f| f.get(0))
        {
            import.start(file);
        }
    };
    let confirm = Callback::new(move |choices: Vec<Option<Resolution>>| import.confirm(&choices));
    let cancel = Callback::new(move |()| import.cancel());
    let open = Callback::new(move |passphrase: String| import.unlock(passphrase));

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
                {move || view! { <StepView step=import.step() confirm cancel open/> }}
            </div>
        </div>
    }
}

#[component]
fn StepView(
    step: ImportStep,
    confirm: Callback<Vec<Option<Resolution>>>,
    cancel: Callback<()>,
    open: Callback<String>,
) -> impl IntoView {
    let app = use_app();
    let lang = move || app.lang.get();
    match step {
        ImportStep::Idle => ().into_any(),
        ImportStep::Reading { bytes } => view! {
            <div class="report report-info">
                <p>{move || tf(lang(), Key::ImportReading, &[("size", &i18n::bytes(lang(), bytes as usize))])}</p>
                <progress></progress>
            </div>
        }
        .into_any(),
        ImportStep::Checking { done, total } => view! {
            <div class="report report-info">
                <p>{move || tf(lang(), Key::ImportChecking, &[("done", &done.to_string()), ("total", &total.to_string())])}</p>
                <progress max=total.to_string() value=done.to_string()></progress>
            </div>
        }
        .into_any(),
        ImportStep::Refused(findings) => {
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
        ImportStep::Unreadable(why) => view! {
            <div class="report report-error"><p>{move || not_read(lang(), &why)}</p></div>
        }
        .into_any(),
        ImportStep::Empty => {
            view! { <div class="report report-info"><p>{text(Key::ImportEmpty)}</p></div> }.into_any()
        }
        ImportStep::Failed(error) => view! {
            <div class="report report-error">
                <p><strong>{text(Key::ImportNotStored)}</strong></p>
                <p>{move || i18n::storage_error(lang(), &error)}</p>
            </div>
        }
        .into_any(),
        ImportStep::Preview(preview) => view! { <PreviewView preview confirm cancel/> }.into_any(),
        ImportStep::Done(outcome) => view! { <OutcomeView outcome/> }.into_any(),
        ImportStep::Locked { wrong } => view! { <PassphraseForm wrong open cancel/> }.into_any(),
        ImportStep::Opening => view! {
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
