//! The lock screen: shown instead of the app while the device lock is on and this page holds
//! no key. Nothing of the interviews is read until the passphrase or the recovery code opens
//! them; another tab that unlocks opens this one too.

use leptos::prelude::*;

use crate::domain::device_lock::Secret;
use crate::domain::Lang;
use crate::i18n::{t, tf, Key};
use crate::lock::{self as page_key, Word};
use crate::state::{take_shared, unlock, wait_ms, LockFailure};

#[component]
pub fn LockScreen(lang: RwSignal<Lang>, on_open: Callback<()>) -> impl IntoView {
    let tr = move |key: Key| t(lang.get(), key);
    let secret = RwSignal::new(Secret::Passphrase);
    let typed = RwSignal::new(String::new());
    let busy = RwSignal::new(false);
    let problem = RwSignal::new(None::<String>);
    // Another tab unlocking opens this one too; asking covers tabs already unlocked.
    page_key::listen(move |word| {
        if let Word::Key(key) = word {
            if !page_key::unlocked() {
                leptos::task::spawn_local(async move {
                    if take_shared(&key).await {
                        on_open.run(());
                    }
                });
            }
        }
    });
    page_key::tell(Word::Ask);
    let say = move |failure: LockFailure| {
        let lang = lang.get_untracked();
        let text = match failure {
            LockFailure::Wrong => t(lang, Key::UnlockWrong).to_owned(),
            LockFailure::Wait(ms) => tf(
                lang,
                Key::UnlockWait,
                &[("seconds", &ms.div_ceil(1000).to_string())],
            ),
            LockFailure::NotACode => t(lang, Key::UnlockNotACode).to_owned(),
            LockFailure::BadRecord(_) => t(lang, Key::UnlockBadRecord).to_owned(),
            LockFailure::NotLoaded => t(lang, Key::ScreenNotLoaded).to_owned(),
            LockFailure::Crypto(_) => t(lang, Key::UnlockNoCrypto).to_owned(),
            LockFailure::Storage(e) => crate::i18n::storage_error(lang, &e),
        };
        problem.set(Some(text));
    };
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        let wait = wait_ms();
        if wait > 0 {
            return say(LockFailure::Wait(wait));
        }
        busy.set(true);
        problem.set(None);
        let text = typed.get_untracked();
        let which = secret.get_untracked();
        leptos::task::spawn_local(async move {
            let outcome = unlock(&text, which).await;
            busy.set(false);
            match outcome {
                Ok(()) => on_open.run(()),
                Err(failure) => {
                    typed.set(String::new());
                    say(failure);
                }
            }
        });
    };
    let switch = move |_| {
        secret.update(|s| {
            *s = match s {
                Secret::Passphrase => Secret::RecoveryCode,
                Secret::RecoveryCode => Secret::Passphrase,
            }
        });
        typed.set(String::new());
        problem.set(None);
    };
    let label = move || match secret.get() {
        Secret::Passphrase => tr(Key::UnlockPassphrase),
        Secret::RecoveryCode => tr(Key::UnlockCode),
    };
    let other = move || match secret.get() {
        Secret::Passphrase => tr(Key::UnlockUseCode),
        Secret::RecoveryCode => tr(Key::UnlockUsePassphrase),
    };
    let lang_button = move |l: Lang, key: Key| {
        view! {
            <button
                type="button"
                lang=l.code()
                class:selected=move || lang.get() == l
                aria-pressed=move || if lang.get() == l { "true" } else { "false" }
                on:click=move |_| lang.set(l)
            >
                {move || tr(key)}
            </button>
        }
    };
    view! {
        <header class="app-header">
            <div class="brand">
                <span class="brand-name">{move || tr(Key::AppName)}</span>
                <span class="brand-tagline">{move || tr(Key::AppTagline)}</span>
            </div>
            <div class="lang-switch" role="group" aria-label=move || tr(Key::LangLabel)>
                {lang_button(Lang::Nl, Key::LangNl)}
                {lang_button(Lang::En, Key::LangEn)}
            </div>
        </header>
        <main id="main" class="lock-screen">
            <h1>{move || tr(Key::LockedTitle)}</h1>
            <p class="intro">{move || tr(Key::LockedIntro)}</p>
            <form class="card form-stack unlock-form" on:submit=submit>
                <label class="field">
                    <span class="label">{label}</span>
                    <input
                        type=move || if secret.get() == Secret::Passphrase { "password" } else { "text" }
                        autocomplete=move || if secret.get() == Secret::Passphrase { "current-password" } else { "off" }
                        spellcheck="false"
                        prop:value=move || typed.get()
                        on:input=move |ev| typed.set(event_target_value(&ev))
                        disabled=move || busy.get()
                    />
                </label>
                <div class="actions">
                    <button type="submit" class="primary" disabled=move || busy.get()>
                        {move || if busy.get() { tr(Key::UnlockBusy) } else { tr(Key::UnlockButton) }}
                    </button>
                    <button type="button" class="link-button" on:click=switch>{other}</button>
                </div>
                <p class="field-error" role="alert" class:hidden=move || problem.with(Option::is_none)>
                    {move || problem.get().unwrap_or_default()}
                </p>
            </form>
            <p class="muted">{move || tr(Key::LockedNobody)}</p>
        </main>
    }
}
