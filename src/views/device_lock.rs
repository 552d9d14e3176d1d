//! The device lock on the Data screen: what it protects against and what not, turning it on
//! with a passphrase (the recovery code shown once), and while it is on: lock now, the minutes
//! of inactivity, a new passphrase, turning it off.

use leptos::prelude::*;

use crate::components::fields::TextInput;
use crate::domain::passphrase;
use crate::i18n::{self, tf, Key};
use crate::state::{text, use_app, LockFailure};

/// A failed lock action in words.
fn failure_text(lang: crate::domain::Lang, failure: &LockFailure) -> String {
    match failure {
        LockFailure::Wrong => i18n::t(lang, Key::LockWrongPassphrase).to_owned(),
        LockFailure::Wait(ms) => i18n::tf(
            lang,
            Key::UnlockWait,
            &[("seconds", &ms.div_ceil(1000).to_string())],
        ),
        LockFailure::NotACode => i18n::t(lang, Key::UnlockNotACode).to_owned(),
        LockFailure::BadRecord(_) => i18n::t(lang, Key::UnlockBadRecord).to_owned(),
        LockFailure::NotLoaded => i18n::t(lang, Key::ScreenNotLoaded).to_owned(),
        LockFailure::Crypto(_) => i18n::t(lang, Key::UnlockNoCrypto).to_owned(),
        LockFailure::Storage(e) => i18n::storage_error(lang, e),
    }
}

#[component]
pub fn DeviceLockCard() -> impl IntoView {
    let app = use_app();
    // The recovery code, between turning the lock on and the user saying it is kept.
    let code = RwSignal::new(None::<String>);
    let origin = window().location().origin().unwrap_or_default();
    view! {
        <section class="card form-stack device-lock" id="device-lock">
            <h2>{text(Key::LockTitle)}</h2>
            <p>{text(Key::LockWhat)}</p>
            <ul class="lock-scope">
                <li>{text(Key::LockProtects)}</li>
                <li>{text(Key::LockDoesNot)}</li>
            </ul>
            <p class="muted">{move || tf(app.lang.get(), Key::LockOrigin, &[("origin", &origin)])}</p>
            {move || match (code.get(), app.lock_on.get()) {
                (Some(shown), _) => view! { <RecoveryCode code=shown on_kept=Callback::new(move |()| code.set(None))/> }.into_any(),
                (None, false) => view! { <TurnOn on_code=Callback::new(move |c| code.set(Some(c)))/> }.into_any(),
                (None, true) => view! { <LockOn/> }.into_any(),
            }}
        </section>
    }
}

/// Two passphrase fields and what is wrong with them, shared by turning on and changing.
fn checked_pair(first: &str, second: &str) -> Result<(), passphrase::Refusal> {
    passphrase::check(first, second).map(|_| ())
}

#[component]
fn TurnOn(on_code: Callback<String>) -> impl IntoView {
    let app = use_app();
    let first = RwSignal::new(String::new());
    let second = RwSignal::new(String::new());
    let busy = RwSignal::new(false);
    let problem = RwSignal::new(None::<String>);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        let lang = app.lang.get_untracked();
        let chosen = first.get_untracked();
        if let Err(refusal) = checked_pair(&chosen, &second.get_untracked()) {
            problem.set(Some(i18n::passphrase_refusal(lang, refusal)));
            return;
        }
        busy.set(true);
        problem.set(None);
        leptos::task::spawn_local(async move {
            let outcome = app.turn_lock_on(&chosen).await;
            busy.set(false);
            match outcome {
                Ok(on) => {
                    first.set(String::new());
                    second.set(String::new());
                    on_code.run(on.recovery_code);
                }
                Err(failure) => problem.set(Some(failure_text(lang, &failure))),
            }
        });
    };
    view! {
        <form class="form-stack lock-on-form" on:submit=submit>
            <p class="hint">{text(Key::LockTurnOnHint)}</p>
            <TextInput label=Key::Passphrase kind="password" autocomplete="new-password" value=first.into() on_input=Callback::new(move |v| first.set(v))/>
            <TextInput label=Key::ExportPassphraseAgain kind="password" autocomplete="new-password" value=second.into() on_input=Callback::new(move |v| second.set(v))/>
            <div class="actions">
                <button type="submit" class="primary" disabled=move || busy.get()>
                    {move || app.tr(if busy.get() { Key::LockTurningOn } else { Key::LockTurnOn })}
                </button>
            </div>
            <p class="field-error" role="alert" class:hidden=move || problem.with(Option::is_none)>{move || problem.get().unwrap_or_default()}</p>
        </form>
    }
}

/// The recovery code, shown once: to write down or print, kept out of storage.
#[component]
fn RecoveryCode(code: String, on_kept: Callback<()>) -> impl IntoView {
    let app = use_app();
    let kept = RwSignal::new(false);
    let shown = code.clone();
    // Only the code prints: the page is marked while the print dialog is open.
    let print_code = move |_| {
        let list = document().body().map(|b| b.class_list());
        if let Some(list) = &list {
            let _ = list.add_1("print-recovery");
        }
        let _ = window().print();
        if let Some(list) = &list {
            let _ = list.remove_1("print-recovery");
        }
    };
    view! {
        <div class="recovery-code report report-info" role="status">
            <p><strong>{text(Key::LockIsOn)}</strong></p>
            <p>{text(Key::RecoveryCodeIntro)}</p>
            // Groups of four that never break inside, so the code reads as it is written down.
            <p class="code" translate="no">
                {shown.split('-').map(|group| view! { <span class="code-group">{group.to_owned()}</span> }).collect_view()}
            </p>
            <div class="actions">
                <button type="button" on:click=print_code>{text(Key::RecoveryCodePrint)}</button>
            </div>
            <label class="choice">
                <input type="checkbox" prop:checked=move || kept.get() on:change=move |ev| kept.set(event_target_checked(&ev))/>
                <span>{text(Key::RecoveryCodeKept)}</span>
            </label>
            <div class="actions">
                <button type="button" class="primary" disabled=move || !kept.get() on:click=move |_| on_kept.run(())>
                    {text(Key::RecoveryCodeDone)}
                </button>
            </div>
            <p class="muted">{move || app.tr(Key::RecoveryCodeOnce)}</p>
        </div>
    }
}

#[component]
fn LockOn() -> impl IntoView {
    let app = use_app();
    let minutes = RwSignal::new(app.idle_minutes().to_string());
    let saved_minutes = RwSignal::new(false);
    let commit_minutes = move |_| {
        if let Ok(m) = minutes.get_untracked().trim().parse::<u32>() {
            app.set_idle_minutes(m);
            minutes.set(app.idle_minutes().to_string());
            saved_minutes.set(true);
        } else {
            minutes.set(app.idle_minutes().to_string());
        }
    };
    view! {
        <p class="done"><strong>{text(Key::LockIsOn)}</strong></p>
        <div class="actions">
            <button type="button" class="primary" on:click=move |_| app.lock_now()>{text(Key::LockNow)}</button>
        </div>
        <label class="field">
            <span class="label">{text(Key::LockAfterMinutes)}</span>
            <input
                type="number"
                min="1"
                max="240"
                inputmode="numeric"
                prop:value=move || minutes.get()
                on:input=move |ev| minutes.set(event_target_value(&ev))
                on:change=commit_minutes
            />
        </label>
        <Show when=move || saved_minutes.get()>
            <p class="muted" role="status">{move || tf(app.lang.get(), Key::LockAfterSaved, &[("n", &minutes.get())])}</p>
        </Show>
        <ChangePassphrase/>
        <TurnOff/>
    }
}

#[component]
fn ChangePassphrase() -> impl IntoView {
    let app = use_app();
    let current = RwSignal::new(String::new());
    let first = RwSignal::new(String::new());
    let second = RwSignal::new(String::new());
    let busy = RwSignal::new(false);
    let said = RwSignal::new(None::<(bool, String)>);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        let lang = app.lang.get_untracked();
        let new = first.get_untracked();
        if let Err(refusal) = checked_pair(&new, &second.get_untracked()) {
            said.set(Some((false, i18n::passphrase_refusal(lang, refusal))));
            return;
        }
        busy.set(true);
        let old = current.get_untracked();
        leptos::task::spawn_local(async move {
            let outcome = app.change_lock_passphrase(&old, &new).await;
            busy.set(false);
            said.set(Some(match outcome {
                Ok(()) => {
                    for field in [current, first, second] {
                        field.set(String::new());
                    }
                    (true, i18n::t(lang, Key::LockPassphraseChanged).to_owned())
                }
                Err(failure) => (false, failure_text(lang, &failure)),
            }));
        });
    };
    view! {
        <details class="lock-change">
            <summary>{text(Key::LockChange)}</summary>
            <form class="form-stack" on:submit=submit>
                <TextInput label=Key::LockCurrentPassphrase kind="password" autocomplete="current-password" value=current.into() on_input=Callback::new(move |v| current.set(v))/>
                <TextInput label=Key::LockNewPassphrase kind="password" autocomplete="new-password" value=first.into() on_input=Callback::new(move |v| first.set(v))/>
                <TextInput label=Key::ExportPassphraseAgain kind="password" autocomplete="new-password" value=second.into() on_input=Callback::new(move |v| second.set(v))/>
                <div class="actions">
                    <button type="submit" disabled=move || busy.get()>{text(Key::LockChangeButton)}</button>
                </div>
                {move || said.get().map(|(ok, message)| view! {
                    <p class:done=ok class:field-error=!ok role="alert">{message}</p>
                })}
            </form>
        </details>
    }
}

#[component]
fn TurnOff() -> impl IntoView {
    let app = use_app();
    let typed = RwSignal::new(String::new());
    let busy = RwSignal::new(false);
    let problem = RwSignal::new(None::<String>);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        busy.set(true);
        let lang = app.lang.get_untracked();
        let passphrase = typed.get_untracked();
        leptos::task::spawn_local(async move {
            let outcome = app.turn_lock_off(&passphrase).await;
            busy.set(false);
            typed.set(String::new());
            problem.set(outcome.err().map(|f| failure_text(lang, &f)));
        });
    };
    view! {
        <details class="lock-off">
            <summary>{text(Key::LockTurnOff)}</summary>
            <form class="form-stack" on:submit=submit>
                <p class="hint">{text(Key::LockTurnOffHint)}</p>
                <TextInput label=Key::LockCurrentPassphrase kind="password" autocomplete="current-password" value=typed.into() on_input=Callback::new(move |v| typed.set(v))/>
                <div class="actions">
                    <button type="submit" class="danger" disabled=move || busy.get()>{text(Key::LockTurnOffButton)}</button>
                </div>
                <p class="field-error" role="alert" class:hidden=move || problem.with(Option::is_none)>{move || problem.get().unwrap_or_default()}</p>
            </form>
        </details>
    }
}
