//! The candidate's letters: the invitation before the interview (M8, M11–M13) and the feedback
//! after it. Each is drawn up from the session, edited by the interviewer, and sent from their
//! own mail program (a `mailto:` link: the app sends nothing), copied or printed.

use leptos::prelude::*;
use wasm_bindgen_futures::JsFuture;

use super::locked;
use crate::domain::letter::mailto;
use crate::domain::letter::Leak;
use crate::domain::{SessionAction, Status};
use crate::i18n::{feedback_letter, invitation_letter, isolate, tf, Key};
use crate::state::{text, use_app};

/// The invitation, in the preparation: opening it in the mail program ticks the reminder.
#[component]
pub fn InvitationLetter() -> impl IntoView {
    let app = use_app();
    let letter = Memo::new(move |_| {
        let lang = app.lang.get();
        app.with_session(|s| {
            let (subject, body) = invitation_letter(lang, &s.invitation_facts());
            (subject, body, s.preparation.invitation_letter.clone())
        })
    });
    // The letter states the agenda the interview runs; a planned length that differs is said.
    let otherwise = Memo::new(move |_| {
        app.with_session(|s| {
            let facts = s.invitation_facts();
            facts.planned_otherwise.map(|p| (p, facts.minutes))
        })
        .flatten()
    });
    view! {
        {move || otherwise.get().map(|(planned, agenda)| view! {
            <p class="report report-info planned-otherwise">
                {tf(app.lang.get(), Key::LetterPlannedOtherwise, &[("planned", &planned.to_string()), ("agenda", &agenda.to_string())])}
            </p>
        })}
        <LetterEditor
            class="letter"
            words=Words { title: Key::LetterTitle, intro: Key::LetterIntro, label: Key::LetterText, mailed: Key::LetterMailed }
            letter
            on_edit=Callback::new(move |text| { let _ = app.act(SessionAction::SetInvitationLetter(text)); })
            on_mail=Callback::new(move |()| { let _ = app.act(SessionAction::SetReminderGiven(true)); })
            disabled=locked(app)
        />
    }
}

/// The feedback, once the outcome is decided (the evaluation completed, and where a panel
/// decides, the panel's recommendation recorded): the own evidence and the outcome only.
#[component]
pub fn FeedbackLetter() -> impl IntoView {
    let app = use_app();
    let letter = Memo::new(move |_| {
        let lang = app.lang.get();
        app.with_session(|s| {
            (s.status == Status::Completed && !s.outcome().pending()).then(|| {
                let (subject, body) = feedback_letter(lang, &s.feedback_facts());
                (subject, body, s.evaluation.feedback_letter.clone())
            })
        })
        .flatten()
    });
    // The text as it would go out, checked for what must not reach the candidate.
    let leaks = Memo::new(move |_| {
        let body = letter.with(|l| {
            l.as_ref().map(|(_, drawn, own)| {
                if own.is_empty() {
                    drawn.clone()
                } else {
                    own.clone()
                }
            })
        })?;
        let others: Vec<String> = app
            .sessions
            .with(|list| list.iter().map(|s| s.candidate.clone()).collect());
        app.with_session(|s| s.feedback_leaks(&body, others.iter().map(String::as_str)))
    });
    let waiting = Memo::new(move |_| {
        app.with_session(|s| s.status == Status::Completed && s.outcome().pending())
            .unwrap_or(false)
    });
    view! {
        <Show when=move || waiting.get()>
            <section class="card letter feedback">
                <h2>{text(Key::FeedbackTitle)}</h2>
                <p class="muted">{text(Key::FeedbackAfterPanel)}</p>
            </section>
        </Show>
        <Show when=move || letter.with(Option::is_some)>
            <FeedbackCheck leaks/>
            <LetterEditor
                class="letter feedback"
                words=Words { title: Key::FeedbackTitle, intro: Key::FeedbackIntro, label: Key::FeedbackText, mailed: Key::FeedbackMailed }
                letter
                on_edit=Callback::new(move |text| { let _ = app.act(SessionAction::SetFeedbackLetter(text)); })
                on_mail=Callback::new(|()| {})
                disabled=Signal::derive(|| false)
            />
        </Show>
    }
}

/// What the feedback text should not tell the candidate, pointed out before it is sent.
#[component]
fn FeedbackCheck(leaks: Memo<Option<Vec<Leak>>>) -> impl IntoView {
    let app = use_app();
    let lines = move || {
        let lang = app.lang.get();
        leaks
            .get()
            .unwrap_or_default()
            .into_iter()
            .map(|leak| {
                let (key, found) = match leak {
                    Leak::Number(n) => (Key::LeakNumber, n),
                    Leak::Anchor(words) => (Key::LeakAnchor, words),
                    Leak::OtherCandidate(name) => (Key::LeakOtherCandidate, name),
                };
                view! { <li>{tf(lang, key, &[("found", &isolate(&found))])}</li> }
            })
            .collect_view()
    };
    view! {
        <Show
            when=move || leaks.with(|l| l.as_ref().is_some_and(|l| !l.is_empty()))
            fallback=|| view! { <p class="done feedback-check-clear">{text(Key::FeedbackCheckClear)}</p> }
        >
            <div class="report report-warn feedback-check" role="status">
                <p><strong>{text(Key::FeedbackCheckTitle)}</strong></p>
                <ul>{lines}</ul>
            </div>
        </Show>
    }
}

/// A letter's texts on screen.
#[derive(Clone, Copy)]
pub struct Words {
    title: Key,
    intro: Key,
    label: Key,
    mailed: Key,
}

/// One letter: `letter` is (subject, drawn-up body, the interviewer's own text or empty).
#[component]
fn LetterEditor(
    class: &'static str,
    words: Words,
    letter: Memo<Option<(String, String, String)>>,
    on_edit: Callback<String>,
    on_mail: Callback<()>,
    disabled: Signal<bool>,
) -> impl IntoView {
    let app = use_app();
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
        on_mail.run(());
        said.set(Some(words.mailed));
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
    let sheet = NodeRef::<leptos::html::Pre>::new();
    let print = move |_| {
        // Only this letter prints: it and the page are marked while the print dialog is open
        // (directly, so the marks are there when the dialog opens).
        let marks = [
            document().body().map(|b| b.class_list()),
            sheet.get_untracked().map(|p| p.class_list()),
        ];
        let names = ["print-letter", "printing"];
        for (list, name) in marks.iter().zip(names) {
            if let Some(list) = list {
                let _ = list.add_1(name);
            }
        }
        let _ = window().print();
        for (list, name) in marks.iter().zip(names) {
            if let Some(list) = list {
                let _ = list.remove_1(name);
            }
        }
    };
    view! {
        <section class=format!("card form-stack {class}")>
            <h2>{text(words.title)}</h2>
            <p class="muted">{text(words.intro)}</p>
            <label class="field">
                <span class="label">{text(words.label)}</span>
                <textarea
                    rows="16"
                    prop:value=body
                    disabled=move || disabled.get()
                    on:input=move |ev| on_edit.run(event_target_value(&ev))
                ></textarea>
            </label>
            <pre class="letter-print" node_ref=sheet>{body}</pre>
            <div class="toolbar">
                <a class="button primary" href=href on:click=mailed>{text(Key::LetterMail)}</a>
                <button type="button" on:click=copy>{text(Key::LetterCopy)}</button>
                <button type="button" on:click=print>{text(Key::LetterPrint)}</button>
                <Show when=edited>
                    <button type="button" disabled=move || disabled.get() on:click=move |_| on_edit.run(String::new())>
                        {text(Key::LetterReset)}
                    </button>
                </Show>
            </div>
            <p class="muted" role="status">{move || said.get().map(|k| app.tr(k).to_owned())}</p>
        </section>
    }
}
