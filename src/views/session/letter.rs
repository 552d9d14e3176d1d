//! The invitation for the candidate (M8, M11–M13): drawn up from the lens and the intake,
//! edited by the interviewer, and sent from their own mail program (a `mailto:` link: the app
//! sends nothing), copied or printed. Opening it in the mail program ticks the reminder.

use leptos::prelude::*;
use wasm_bindgen_futures::JsFuture;

use super::locked;
use crate::domain::letter::mailto;
use crate::domain::SessionAction;
use crate::i18n::{invitation_letter, Key};
use crate::state::{text, use_app};

#[component]
pub fn InvitationLetter() -> impl IntoView {
    let app = use_app();
    let locked = locked(app);
    // (subject, drawn-up body, the interviewer's own text or empty)
    let letter = Memo::new(move |_| {
        let lang = app.lang.get();
        app.session.with(|s| {
            s.as_ref().map(|s| {
                let (subject, body) = invitation_letter(lang, &s.invitation_facts());
                (subject, body, s.preparation.invitation_letter.clone())
            })
        })
    });
    let body = move || {
        letter.with(|l| {
            l.as_ref()
                .map(|(_, drawn, own)| {
                    if own.is_empty() {
                        drawn.clone()
                    } else {
                        own.clone()
                    }
                })
                .unwrap_or_default()
        })
    };
    let edited = move || letter.with(|l| l.as_ref().is_some_and(|(_, _, own)| !own.is_empty()));
    let href = move || {
        let subject = letter.with(|l| l.as_ref().map(|(s, _, _)| s.clone()).unwrap_or_default());
        mailto(&subject, &body())
    };
    let said = RwSignal::new(None::<Key>);
    let mailed = move |_| {
        let _ = app.act(SessionAction::SetReminderGiven(true));
        said.set(Some(Key::LetterMailed));
    };
    let copy = move |_| {
        let text = body();
        leptos::task::spawn_local(async move {
            let written = window().navigator().clipboard().write_text(&text);
            let done = JsFuture::from(written).await.is_ok();
            said.set(Some(if done {
                Key::LetterCopied
            } else {
                Key::LetterCopyFailed
            }));
        });
    };
    let print = move |_| {
        // Only the letter prints: the page is marked while the print dialog is open.
        let marked = document().body().map(|b| b.class_list());
        if let Some(list) = &marked {
            let _ = list.add_1("print-letter");
        }
        let _ = window().print();
        if let Some(list) = &marked {
            let _ = list.remove_1("print-letter");
        }
    };
    view! {
        <section class="card form-stack letter">
            <h2>{text(Key::LetterTitle)}</h2>
            <p class="muted">{text(Key::LetterIntro)}</p>
            <label class="field">
                <span class="label">{text(Key::LetterText)}</span>
                <textarea
                    rows="16"
                    prop:value=body
                    disabled=move || locked.get()
                    on:input=move |ev| { let _ = app.act(SessionAction::SetInvitationLetter(event_target_value(&ev))); }
                ></textarea>
            </label>
            <pre class="letter-print">{body}</pre>
            <div class="toolbar">
                <a class="button primary" href=href on:click=mailed>{text(Key::LetterMail)}</a>
                <button type="button" on:click=copy>{text(Key::LetterCopy)}</button>
                <button type="button" on:click=print>{text(Key::LetterPrint)}</button>
                <Show when=edited>
                    <button type="button" disabled=move || locked.get() on:click=move |_| { let _ = app.act(SessionAction::SetInvitationLetter(String::new())); }>
                        {text(Key::LetterReset)}
                    </button>
                </Show>
            </div>
            <p class="muted" role="status">{move || said.get().map(|k| app.tr(k).to_owned())}</p>
        </section>
    }
}
