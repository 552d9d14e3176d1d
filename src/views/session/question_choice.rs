//! One question in preparation: use it or skip it. A standard question is asked of every
//! candidate for the position (M20), so skipping one asks for confirmation and a reason, which
//! the evaluation and the report show.

use leptos::prelude::*;

use super::locked;
use crate::components::fields::Check;
use crate::domain::SessionAction;
use crate::i18n::{isolate, tf, Key};
use crate::state::{text, use_app};

#[component]
pub fn PreparedQuestion(
    competency: String,
    question: String,
    label: String,
    standard: bool,
) -> impl IntoView {
    let app = use_app();
    let locked = locked(app);
    let ids = StoredValue::new((competency, question));
    // Bumped to put the checkbox back when unticking a standard question waits for a reason.
    let refresh = RwSignal::new(0u32);
    let confirming = RwSignal::new(false);
    let reason = RwSignal::new(String::new());
    let checked = Signal::derive(move || {
        refresh.track();
        app.with_session(|s| {
            ids.with_value(|(cid, qid)| s.lens.competency(cid).is_some_and(|i| s.uses(i, qid)))
        })
        .unwrap_or(false)
    });
    let skipped_reason = move || {
        app.with_session(|s| {
            ids.with_value(|(_, qid)| s.preparation.skip_reasons.get(qid).cloned())
        })
        .flatten()
    };
    let on_change = Callback::new(move |used: bool| {
        let question = ids.with_value(|(_, q)| q.clone());
        if !used && standard {
            reason.set(String::new());
            confirming.set(true);
            refresh.update(|n| *n += 1);
            return;
        }
        let _ = app.act(SessionAction::UseQuestion { question, used });
    });
    let skip = move |_| {
        let question = ids.with_value(|(_, q)| q.clone());
        let reason = reason.get_untracked();
        if app
            .act(SessionAction::SkipStandardQuestion { question, reason })
            .is_ok()
        {
            confirming.set(false);
        }
    };
    view! {
        <div class="question-choice">
            <Check label=Signal::derive(move || label.clone()) checked on_change disabled=locked/>
            {standard.then(|| view! { <span class="badge">{text(Key::StandardQuestionTag)}</span> })}
            {move || skipped_reason().map(|r| view! {
                <p class="muted skip-reason">
                    {move || tf(app.lang.get(), Key::DeviationSkipped, &[("reason", &isolate(&r))])}
                </p>
            })}
            <Show when=move || confirming.get()>
                <div class="confirm" role="group" aria-label=move || app.tr(Key::SkipStandardTitle)>
                    <p><strong>{text(Key::SkipStandardTitle)}</strong></p>
                    <p>{text(Key::SkipStandardWhy)}</p>
                    <label class="field">
                        <span class="label">{text(Key::SkipStandardReason)}</span>
                        <input
                            type="text"
                            prop:value=move || reason.get()
                            on:input=move |ev| reason.set(event_target_value(&ev))
                        />
                    </label>
                    <div class="actions">
                        <button
                            type="button"
                            class="danger"
                            disabled=move || reason.with(|r| r.trim().is_empty())
                            on:click=skip
                        >
                            {text(Key::SkipStandardConfirm)}
                        </button>
                        <button type="button" on:click=move |_| confirming.set(false)>
                            {text(Key::SkipStandardKeep)}
                        </button>
                    </div>
                </div>
            </Show>
        </div>
    }
}
