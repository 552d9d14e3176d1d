//! One lens: the editor for the user's own lenses, a reader for the organisation's and the
//! examples (which can be duplicated to edit).

mod competency_card;

use leptos::prelude::*;

use crate::components::fields::NumberDraft;
use crate::domain::assessment::MIN_MIDDLE;
use crate::domain::lens_edit::{LensEdit, LensIssue};
use crate::domain::overview::{in_use, InUse};
use crate::domain::{Lens, Phase};
use crate::i18n::{self, phase_label, tf, Key};
use crate::route::Route;
use crate::state::{text, use_app, LensSource};
use competency_card::{AddCompetency, LensCompetencyCard, ReadOnlyCompetency};

#[component]
pub fn LensView(id: String) -> impl IntoView {
    let app = use_app();
    let lookup = id.clone();
    // Only the source decides which screen to show, so typing never rebuilds it.
    let source = Memo::new(move |_| app.lens_source(&lookup));
    let position = Route::Position(id.clone()).href();
    let interviewed = {
        let id = id.clone();
        move || app.sessions.with(|list| list.iter().any(|s| s.lens == id))
    };
    view! {
        <div class="page-top">
            <p class="back">
                <a href=Route::Lenses.href()>{text(Key::LensBack)}</a>
            </p>
            <Show when=interviewed.clone()>
                <a class="button" href=position.clone()>{text(Key::LensPositionLink)}</a>
            </Show>
        </div>
        {move || match source.get() {
            None => view! {
                <h1>{text(Key::NotFoundTitle)}</h1>
                <p>{text(Key::LensNotFound)}</p>
            }
            .into_any(),
            Some(LensSource::Own) => view! { <LensEditor id=id.clone()/> }.into_any(),
            Some(_) => view! { <LensReader id=id.clone()/> }.into_any(),
        }}
    }
}

#[component]
fn LensEditor(id: String) -> impl IntoView {
    let app = use_app();
    let id = StoredValue::new(id);
    let read = move |f: fn(&Lens) -> String| {
        id.with_value(|id| app.with_own_lens(id, f))
            .unwrap_or_default()
    };
    let edit = move |e: LensEdit| {
        let _ = id.with_value(|id| app.edit_lens(id, e));
    };
    let competency_ids = move || {
        id.with_value(|id| app.with_own_lens(id, Lens::competency_ids))
            .unwrap_or_default()
    };
    let minutes = move |phase: Phase| {
        id.with_value(|id| app.with_own_lens(id, |l| l.phase_minutes.get(phase)))
    };
    let total = move || id.with_value(|id| app.with_own_lens(id, |l| l.phase_minutes.total()));
    // A lens with candidates changes only after a warning: what changes applies from then on.
    let used = Memo::new(move |_| id.with_value(|id| app.sessions.with(|list| in_use(id, list))));
    let confirmed = RwSignal::new(false);
    let locked = move || used.with(|u| u.total > 0) && !confirmed.get();
    let agenda = Phase::ALL
        .into_iter()
        .map(|phase| {
            view! {
                <label class="field field-minutes">
                    <span class="label">{text(phase_label(phase))}</span>
                    <input
                        type="number"
                        min="0"
                        max="240"
                        inputmode="numeric"
                        prop:value=move || minutes(phase).unwrap_or(0).to_string()
                        on:change=move |ev| {
                            if let Ok(m) = event_target_value(&ev).trim().parse::<u16>() {
                                edit(LensEdit::SetMinutes { phase, minutes: m });
                            }
                        }
                    />
                </label>
            }
        })
        .collect_view();

    view! {
        <header class="page-header">
            <h1><bdi>{move || read(|l| l.name.clone())}</bdi></h1>
            <p class="muted">{text(Key::LensAutosave)}</p>
        </header>
        <InUseWarning used confirmed/>
        <Issues id=id.get_value()/>
        <fieldset class="lens-form" disabled=locked>
        <section class="card">
            <label class="field">
                <span class="label">{text(Key::LensName)}</span>
                <input
                    type="text"
                    prop:value=move || read(|l| l.name.clone())
                    on:input=move |ev| edit(LensEdit::Rename(event_target_value(&ev)))
                />
            </label>
            <label class="field">
                <span class="label">{text(Key::LensDescription)}</span>
                <textarea
                    prop:value=move || read(|l| l.description.clone())
                    on:input=move |ev| edit(LensEdit::Describe(event_target_value(&ev)))
                ></textarea>
            </label>
        </section>
        <section class="card">
            <h2>{text(Key::LensAgenda)}</h2>
            <div class="agenda-grid">{agenda}</div>
            <p class="total">
                {move || {
                    tf(
                        app.lang.get(),
                        Key::LensTotalMinutes,
                        &[("minutes", &total().unwrap_or(0).to_string())],
                    )
                }}
            </p>
        </section>
        <LensThresholds id=id.get_value()/>
        <section>
            <h2>{text(Key::LensCompetencies)}</h2>
            <For each=competency_ids key=|cid| cid.clone() let:cid>
                <LensCompetencyCard lens_id=id.get_value() competency_id=cid/>
            </For>
            <AddCompetency lens_id=id.get_value()/>
        </section>
        </fieldset>
    }
}

/// Before a lens with candidates is changed: how many were interviewed with it, which are
/// still open, and that they keep what they were created with (M20, M28).
#[component]
fn InUseWarning(used: Memo<InUse>, confirmed: RwSignal<bool>) -> impl IntoView {
    let app = use_app();
    let summary = move || {
        let lang = app.lang.get();
        used.with(|u| {
            let open: Vec<String> = u.open.iter().map(|(_, name)| i18n::isolate(name)).collect();
            let mut text = tf(lang, Key::LensInUse, &[("n", &u.total.to_string())]);
            if !open.is_empty() {
                text.push(' ');
                text.push_str(&tf(
                    lang,
                    Key::LensInUseOpen,
                    &[("n", &open.len().to_string()), ("names", &open.join(", "))],
                ));
            }
            text
        })
    };
    view! {
        <Show when=move || used.with(|u| u.total > 0)>
            <div class="report report-warn lens-in-use" role="status">
                <p><strong>{summary}</strong></p>
                <p>{text(Key::LensInUseKeeps)}</p>
                <Show
                    when=move || !confirmed.get()
                    fallback=|| view! { <p class="done">{text(Key::LensInUseEditing)}</p> }
                >
                    <div class="actions">
                        <button type="button" class="primary" on:click=move |_| confirmed.set(true)>
                            {text(Key::LensInUseChange)}
                        </button>
                    </div>
                </Show>
            </div>
        </Show>
    }
}

/// What still keeps the lens from being used, in plain words.
#[component]
fn Issues(id: String) -> impl IntoView {
    let app = use_app();
    let id = StoredValue::new(id);
    let sentences = move || {
        let lang = app.lang.get();
        id.with_value(|id| {
            app.with_own_lens(id, |lens| {
                let name = |index: usize| {
                    lens.competencies
                        .get(index)
                        .map(|c| c.competency.name.get(lang).to_owned())
                        .unwrap_or_default()
                };
                lens.issues()
                    .into_iter()
                    .map(|issue| match issue {
                        LensIssue::NoName => i18n::t(lang, Key::IssueNoName).to_owned(),
                        LensIssue::ThresholdsInvalid => {
                            i18n::t(lang, Key::IssueThresholds).to_owned()
                        }
                        LensIssue::NoCompetencies => {
                            i18n::t(lang, Key::IssueNoCompetencies).to_owned()
                        }
                        LensIssue::NoQuestions { index } => {
                            tf(lang, Key::IssueNoQuestions, &[("competency", &name(index))])
                        }
                        LensIssue::StandardOutOfRange { index }
                        | LensIssue::WeightOutOfRange { index }
                        | LensIssue::UnknownQuestion { index, .. }
                        | LensIssue::DuplicateCompetency { index } => {
                            tf(lang, Key::IssueOther, &[("competency", &name(index))])
                        }
                    })
                    .collect::<Vec<_>>()
            })
        })
        .unwrap_or_default()
    };
    view! {
        <div role="status" aria-live="polite">
            <Show when=move || !sentences().is_empty()>
                <div class="report report-warn">
                    <p><strong>{text(Key::LensIssuesTitle)}</strong></p>
                    <ul>{move || sentences().into_iter().map(|s| view! { <li>{s}</li> }).collect_view()}</ul>
                </div>
            </Show>
        </div>
    }
}

/// A lens the user cannot edit here: read it, export it, or duplicate it to edit the copy.
#[component]
fn LensReader(id: String) -> impl IntoView {
    let app = use_app();
    let lens = Memo::new(move |_| app.find_lens(&id).map(|(_, lens)| lens));
    let duplicate = move |_| {
        if let Some(lens) = lens.get_untracked() {
            let id = app.duplicate_lens(&lens);
            app.navigate(Route::Lens(id));
        }
    };
    let export = move |_| {
        if let Some(lens) = lens.get_untracked() {
            app.export_lens(&lens);
        }
    };
    move || {
        lens.get().map(|l| {
            let minutes = Phase::ALL
                .into_iter()
                .map(|phase| {
                    let m = l.phase_minutes.get(phase).to_string();
                    view! { <li>{text(phase_label(phase))} ": " {m}</li> }
                })
                .collect_view();
            let competencies = l
                .competencies
                .iter()
                .cloned()
                .map(|item| view! { <ReadOnlyCompetency item/> })
                .collect_view();
            view! {
                <header class="page-header">
                    <h1><bdi>{l.name.clone()}</bdi></h1>
                    <p class="intro">{l.description.clone()}</p>
                </header>
                <div class="report report-info">
                    <p>{text(Key::LensReadOnly)}</p>
                    <div class="actions">
                        <button type="button" class="primary" on:click=duplicate>
                            {text(Key::Duplicate)}
                        </button>
                        <button type="button" on:click=export>{text(Key::Export)}</button>
                    </div>
                </div>
                <section class="card">
                    <h2>{text(Key::LensAgenda)}</h2>
                    <ul class="plain">{minutes}</ul>
                    <p>
                        {move || {
                            let t = l.thresholds;
                            let args = [("low", t.low.to_string()), ("high", t.high.to_string())];
                            let args: Vec<(&str, &str)> = args.iter().map(|(k, v)| (*k, v.as_str())).collect();
                            tf(app.lang.get(), Key::ThresholdsPosition, &args)
                        }}
                    </p>
                </section>
                <section>
                    <h2>{text(Key::LensCompetencies)}</h2>
                    {competencies}
                </section>
            }
        })
    }
}

/// The position's focus thresholds: every candidate of the position is read with them (M6,
/// M28). Sessions keep the thresholds they were created with.
#[component]
fn LensThresholds(id: String) -> impl IntoView {
    let app = use_app();
    let id = StoredValue::new(id);
    let current = id
        .with_value(|id| app.with_own_lens(id, |l| l.thresholds))
        .unwrap_or_default();
    let low = RwSignal::new(current.low.to_string());
    let high = RwSignal::new(current.high.to_string());
    let refused = RwSignal::new(false);
    let apply = Callback::new(move |_| {
        let parsed = (
            low.get_untracked().trim().parse::<u8>(),
            high.get_untracked().trim().parse::<u8>(),
        );
        let ok = match parsed {
            (Ok(low), Ok(high)) => id
                .with_value(|id| app.edit_lens(id, LensEdit::SetThresholds { low, high }))
                .is_ok(),
            _ => false,
        };
        refused.set(!ok);
    });
    let invalid = move || {
        let gap = MIN_MIDDLE.to_string();
        tf(app.lang.get(), Key::ThresholdsInvalid, &[("gap", &gap)])
    };
    view! {
        <section class="card">
            <h2>{text(Key::ThresholdsTitle)}</h2>
            <p class="muted">{text(Key::LensThresholdsHint)}</p>
            <div class="level-grid">
                <NumberDraft label=Key::ThresholdLow draft=low on_commit=apply max=100/>
                <NumberDraft label=Key::ThresholdHigh draft=high on_commit=apply max=100/>
            </div>
            <Show when=move || refused.get()>
                <p class="field-error" role="alert">{invalid}</p>
            </Show>
        </section>
    }
}
