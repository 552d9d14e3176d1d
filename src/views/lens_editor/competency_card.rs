//! A competency inside a lens: its standard and standard questions (editable or read
//! only), and the picker that adds competencies from the library.

use leptos::prelude::*;

use crate::components::probes::probe_list;
use crate::domain::lens_edit::LensEdit;
use crate::domain::{Factor, Lens, LensCompetency};
use crate::i18n::{self, tf, Key};
use crate::state::{text, use_app};

const LEVELS: [u8; 5] = [1, 2, 3, 4, 5];

#[component]
pub fn LensCompetencyCard(lens_id: String, competency_id: String) -> impl IntoView {
    let app = use_app();
    let lens_id = StoredValue::new(lens_id);
    let cid = StoredValue::new(competency_id);
    // The item as stored now; every field below reads through this.
    let item = move || -> Option<LensCompetency> {
        lens_id
            .with_value(|lid| {
                app.with_own_lens(lid, |l| cid.with_value(|c| l.competency(c).cloned()))
            })
            .flatten()
    };
    let item = Memo::new(move |_| item());
    // These edits are never refused (only thresholds can be).
    let edit = move |e: LensEdit| {
        let _ = lens_id.with_value(|id| app.edit_lens(id, e));
    };
    let name = move || {
        let lang = app.lang.get();
        item.with(|i| i.as_ref().map(|i| i.competency.name.get(lang).to_owned()))
            .unwrap_or_default()
    };
    let level_select = move |current: fn(&LensCompetency) -> u8,
                             make: fn(String, u8) -> LensEdit| {
        let options = LEVELS
            .into_iter()
            .map(|level| {
                view! {
                    <option
                        value=level.to_string()
                        selected=move || item.with(|i| i.as_ref().map(current)) == Some(level)
                    >
                        {level.to_string()}
                    </option>
                }
            })
            .collect_view();
        view! {
            <select on:change=move |ev| {
                if let Ok(level) = event_target_value(&ev).parse::<u8>() {
                    edit(make(cid.get_value(), level));
                }
            }>{options}</select>
        }
    };
    let standard_anchor = move || {
        let lang = app.lang.get();
        item.with(|i| {
            i.as_ref().and_then(|i| {
                let index = usize::from(i.standard.saturating_sub(1));
                i.competency
                    .anchors
                    .get(index)
                    .map(|a| a.get(lang).to_owned())
            })
        })
    };
    let question_ids = move || {
        item.with(|i| {
            i.as_ref()
                .map(|i| {
                    i.competency
                        .questions
                        .iter()
                        .map(|q| q.id.clone())
                        .collect()
                })
                .unwrap_or_else(Vec::new)
        })
    };

    view! {
        <article class="card lens-competency">
            <header class="card-header">
                <div>
                    <p class="eyebrow">
                        {move || item.with(|i| i.as_ref().map(|i| app.tr(i18n::factor(i.competency.factor))))}
                    </p>
                    <h3>{name}</h3>
                </div>
                <div class="actions compact">
                    <button
                        type="button"
                        aria-label=move || tf(app.lang.get(), Key::MoveUp, &[("name", &name())])
                        on:click=move |_| edit(LensEdit::MoveCompetency { id: cid.get_value(), by: -1 })
                    >"↑"</button>
                    <button
                        type="button"
                        aria-label=move || tf(app.lang.get(), Key::MoveDown, &[("name", &name())])
                        on:click=move |_| edit(LensEdit::MoveCompetency { id: cid.get_value(), by: 1 })
                    >"↓"</button>
                    <button
                        type="button"
                        class="danger"
                        aria-label=move || tf(app.lang.get(), Key::RemoveCompetency, &[("name", &name())])
                        on:click=move |_| edit(LensEdit::RemoveCompetency(cid.get_value()))
                    >{text(Key::Remove)}</button>
                </div>
            </header>
            <div class="level-grid">
                <label class="field">
                    <span class="label">{text(Key::LensStandard)}</span>
                    {level_select(|i| i.standard, |competency, level| LensEdit::SetStandard { competency, level })}
                </label>
            </div>
            <p class="anchor-preview">{standard_anchor}</p>
            <fieldset class="questions-choice">
                <legend>{text(Key::LensStandardQuestions)}</legend>
                <For each=question_ids key=|q| q.clone() let:qid>
                    <QuestionChoice item qid edit/>
                </For>
            </fieldset>
            <OwnQuestionForm competency_id=cid.get_value() edit/>
        </article>
    }
}

/// One question of a competency: ticked when every candidate is asked it.
#[component]
fn QuestionChoice(
    item: Memo<Option<LensCompetency>>,
    qid: String,
    edit: impl Fn(LensEdit) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let app = use_app();
    let qid = StoredValue::new(qid);
    let question = move || {
        item.with(|i| {
            i.as_ref()
                .and_then(|i| qid.with_value(|q| i.competency.question(q).cloned()))
        })
    };
    let checked = move || {
        item.with(|i| {
            i.as_ref()
                .is_some_and(|i| qid.with_value(|q| i.standard_questions.contains(q)))
        })
    };
    let own = move || question().is_some_and(|q| q.own);
    let competency = move || {
        item.with(|i| i.as_ref().map(|i| i.competency.id.clone()))
            .unwrap_or_default()
    };
    view! {
        <div class="question-choice">
            <label class="check">
                <input
                    type="checkbox"
                    prop:checked=checked
                    on:change=move |_| edit(LensEdit::ToggleQuestion {
                        competency: competency(),
                        question: qid.get_value(),
                    })
                />
                <span>{move || question().map(|q| q.text.get(app.lang.get()).to_owned())}</span>
            </label>
            <Show when=own>
                <span class="badge">{text(Key::OwnQuestionBadge)}</span>
                <button
                    type="button"
                    class="link danger"
                    on:click=move |_| edit(LensEdit::RemoveOwnQuestion {
                        competency: competency(),
                        question: qid.get_value(),
                    })
                >{text(Key::Remove)}</button>
            </Show>
        </div>
    }
}

#[component]
fn OwnQuestionForm(
    competency_id: String,
    edit: impl Fn(LensEdit) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let question = RwSignal::new(String::new());
    let probes = RwSignal::new(String::new());
    let cid = StoredValue::new(competency_id);
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if question.get_untracked().trim().is_empty() {
            return;
        }
        edit(LensEdit::AddOwnQuestion {
            competency: cid.get_value(),
            text: question.get_untracked(),
            probes: probes.get_untracked().lines().map(str::to_owned).collect(),
        });
        question.set(String::new());
        probes.set(String::new());
    };
    view! {
        <details class="own-question">
            <summary>{text(Key::OwnQuestionAdd)}</summary>
            <form on:submit=add>
                <label class="field">
                    <span class="label">{text(Key::OwnQuestionText)}</span>
                    <span class="hint">{text(Key::OwnQuestionHint)}</span>
                    <textarea
                        required
                        prop:value=move || question.get()
                        on:input=move |ev| question.set(event_target_value(&ev))
                    ></textarea>
                </label>
                <label class="field">
                    <span class="label">{text(Key::OwnQuestionProbes)}</span>
                    <textarea
                        prop:value=move || probes.get()
                        on:input=move |ev| probes.set(event_target_value(&ev))
                    ></textarea>
                </label>
                <button type="submit">{text(Key::Add)}</button>
            </form>
        </details>
    }
}

/// The library picker: competencies not yet in the lens, grouped by factor.
#[component]
pub fn AddCompetency(lens_id: String) -> impl IntoView {
    let app = use_app();
    let chosen = RwSignal::new(String::new());
    let lens_id = StoredValue::new(lens_id);
    let groups = move || {
        let lang = app.lang.get();
        let used: Vec<String> = lens_id
            .with_value(|id| app.with_own_lens(id, Lens::competency_ids))
            .unwrap_or_default();
        app.library.with(|library| {
            Factor::ALL
                .into_iter()
                .map(|f| {
                    let options: Vec<(String, String)> = library
                        .in_factor(f)
                        .filter(|c| !used.contains(&c.id))
                        .map(|c| (c.id.clone(), c.name.get(lang).to_owned()))
                        .collect();
                    (f, options)
                })
                .filter(|(_, options)| !options.is_empty())
                .collect::<Vec<_>>()
        })
    };
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let id = chosen.get_untracked();
        if let Some(competency) = app.library.with_untracked(|l| l.competency(&id).cloned()) {
            let _ =
                lens_id.with_value(|lid| app.edit_lens(lid, LensEdit::AddCompetency(competency)));
            chosen.set(String::new());
        }
    };
    view! {
        <form class="card add-competency" on:submit=add>
            <label class="field">
                <span class="label">{text(Key::LensAddCompetency)}</span>
                <select
                    prop:value=move || chosen.get()
                    on:change=move |ev| chosen.set(event_target_value(&ev))
                >
                    <option value="">{text(Key::LensChooseCompetency)}</option>
                    {move || {
                        groups()
                            .into_iter()
                            .map(|(factor, options)| {
                                view! {
                                    <optgroup label=app.tr(i18n::factor(factor))>
                                        {options
                                            .into_iter()
                                            .map(|(id, name)| view! { <option value=id>{name}</option> })
                                            .collect_view()}
                                    </optgroup>
                                }
                            })
                            .collect_view()
                    }}
                </select>
            </label>
            <button type="submit" class="primary" disabled=move || chosen.get().is_empty()>
                {text(Key::Add)}
            </button>
        </form>
    }
}

/// A lens competency shown without controls: its standard and standard questions.
#[component]
pub fn ReadOnlyCompetency(item: LensCompetency) -> impl IntoView {
    let app = use_app();
    let item = StoredValue::new(item);
    let questions = move || {
        let lang = app.lang.get();
        item.with_value(|i| {
            i.standard_questions
                .iter()
                .filter_map(|id| i.competency.question(id))
                .map(|q| {
                    view! {
                        <li class="question">
                            <p class="question-text">{q.text.get(lang).to_owned()}</p>
                            {probe_list(&q.probes, lang)}
                        </li>
                    }
                })
                .collect_view()
        })
    };
    let standard = item.with_value(|i| i.standard.to_string());
    view! {
        <article class="card lens-competency">
            <p class="eyebrow">{text(i18n::factor(item.with_value(|i| i.competency.factor)))}</p>
            <h3>{move || item.with_value(|i| i.competency.name.get(app.lang.get()).to_owned())}</h3>
            <dl class="facts">
                <dt>{text(Key::LensStandard)}</dt>
                <dd>{standard}</dd>
            </dl>
            <h4>{text(Key::LensStandardQuestions)}</h4>
            <ol class="questions">{questions}</ol>
        </article>
    }
}
