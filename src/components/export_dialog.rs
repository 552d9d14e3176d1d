//! The export dialog: every file with candidate data passes here, to be downloaded as it is or
//! protected with a passphrase (typed twice, its strength shown). A native modal `<dialog>`
//! keeps focus inside and closes on Escape.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::components::fields::{Check, TextInput};
use crate::domain::passphrase::{self, Refusal, Strength};
use crate::domain::Lang;
use crate::i18n::{self, Key};
use crate::state::{text, use_app, ExportError};

/// The dialog; `form` gives the form for the pending export (its code is loaded on first use,
/// see `pieces`), and is asked again whenever another export is staged. Until the form is
/// there (`ready`), the dialog has a Cancel of its own, as a tablet has no Escape key.
#[component]
pub fn ExportDialog(#[prop(into)] form: ViewFn, ready: Signal<bool>) -> impl IntoView {
    let app = use_app();
    let dialog = NodeRef::<leptos::html::Dialog>::new();
    // The modal follows the pending export (only the element is touched, no signal).
    Effect::new(move |_| {
        let open = app.pending_export.with(Option::is_some);
        if let Some(element) = dialog.get() {
            if open && !element.open() {
                let _ = element.show_modal();
            } else if !open && element.open() {
                element.close();
            }
        }
    });
    let form = move || app.pending_export.with(Option::is_some).then(|| form.run());
    view! {
        <dialog
            class="export-dialog"
            aria-labelledby="export-title"
            node_ref=dialog
            on:cancel=move |_: leptos::ev::Event| app.cancel_export()
        >
            {form}
            <Show when=move || !ready.get()>
                <div class="actions">
                    <button type="button" on:click=move |_| app.cancel_export()>{text(Key::Cancel)}</button>
                </div>
            </Show>
        </dialog>
    }
}

/// The form for the export that is pending when it is built.
#[component]
pub fn ExportForm() -> impl IntoView {
    let app = use_app();
    let Some((pending, protect)) = app
        .pending_export
        .with_untracked(|p| p.as_ref().map(|p| (p.clone(), p.protect)))
    else {
        return ().into_any();
    };
    let offers_name = pending.named.is_some();
    let with_name = RwSignal::new(false);
    let filename = move || pending.name(with_name.get()).to_owned();
    let protect = RwSignal::new(protect);
    let first = RwSignal::new(String::new());
    let second = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<String>);
    let busy = RwSignal::new(false);
    // Said from the shortest length that could be accepted; shorter is said on submit.
    let strength = move || {
        first.with(|p| match passphrase::judge(p) {
            Ok(Strength::Fair) => Some(Key::ExportStrengthFair),
            Ok(Strength::Strong) => Some(Key::ExportStrengthStrong),
            Ok(Strength::VeryStrong) => Some(Key::ExportStrengthVeryStrong),
            Err(Refusal::TooPredictable) => Some(Key::ExportPassphrasePredictable),
            Err(_) => None,
        })
    };
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        if !protect.get_untracked() {
            app.download_plain(with_name.get_untracked());
            return;
        }
        let checked = first.with_untracked(|a| second.with_untracked(|b| passphrase::check(a, b)));
        let lang = app.lang.get_untracked();
        if let Err(refusal) = checked {
            problem.set(Some(i18n::passphrase_refusal(lang, refusal)));
            return;
        }
        problem.set(None);
        busy.set(true);
        let chosen = first.get_untracked();
        let named = with_name.get_untracked();
        spawn_local(async move {
            if let Err(error) = app.download_protected(chosen, named).await {
                // The form may have closed meanwhile (Escape): then there is nothing to show.
                problem.try_set(Some(error_text(lang, &error)));
                busy.try_set(false);
            }
        });
    };
    view! {
        <form class="export-form" on:submit=submit>
            <h2 id="export-title">{text(Key::ExportTitle)}</h2>
            <p class="export-file"><bdi>{filename}</bdi></p>
            <p>{text(Key::ExportHolds)}</p>
            <Show when=move || offers_name>
                <Check
                    label=Signal::derive(move || app.tr(Key::ExportWithName).to_owned())
                    checked=with_name.into()
                    on_change=Callback::new(move |on| with_name.set(on))
                />
            </Show>
            <Check
                label=Signal::derive(move || app.tr(Key::ExportProtect).to_owned())
                checked=protect.into()
                on_change=Callback::new(move |on| protect.set(on))
            />
            <Show when=move || protect.get()>
                <p class="hint">{text(Key::ExportProtectHint)}</p>
                <TextInput
                    label=Key::Passphrase
                    kind="password"
                    autocomplete="new-password"
                    described_by="export-strength"
                    value=first.into()
                    on_input=Callback::new(move |v| first.set(v))
                />
                <p id="export-strength" class="strength" aria-live="polite">
                    {move || strength().map(|key| app.tr(key))}
                </p>
                <TextInput
                    label=Key::ExportPassphraseAgain
                    kind="password"
                    autocomplete="new-password"
                    value=second.into()
                    on_input=Callback::new(move |v| second.set(v))
                />
            </Show>
            {move || problem.get().map(|p| view! { <p class="field-error" role="alert">{p}</p> })}
            <Show when=move || busy.get()>
                <p class="report report-info" role="status">{text(Key::ExportEncrypting)}</p>
            </Show>
            <div class="actions">
                <button type="submit" class="primary" disabled=move || busy.get()>
                    {move || app.tr(if protect.get() { Key::ExportEncryptDownload } else { Key::ExportDownload })}
                </button>
                <button type="button" on:click=move |_| app.cancel_export()>{text(Key::Cancel)}</button>
            </div>
        </form>
    }
    .into_any()
}

fn error_text(lang: Lang, error: &ExportError) -> String {
    match error {
        ExportError::Unavailable => i18n::t(lang, Key::ExportCryptoUnavailable).to_owned(),
        ExportError::Failed(detail) => {
            i18n::tf(lang, Key::ExportCryptoFailed, &[("detail", detail)])
        }
        ExportError::Check => i18n::t(lang, Key::ExportCheckFailed).to_owned(),
    }
}
