//! The Lenses screen: the user's own lenses, the organisation's standard lenses and the
//! examples; create, duplicate, delete, import and export.

use leptos::prelude::*;

use crate::components::import::ImportPanel;
use crate::components::page::PageHeader;
use crate::domain::Lens;
use crate::i18n::{isolate, tf, Key};
use crate::route::Route;
use crate::state::{text, use_app, LensSource};

#[component]
pub fn LensesView() -> impl IntoView {
    let app = use_app();
    let creating = RwSignal::new(false);
    let new_name = RwSignal::new(String::new());
    let create = move || {
        let name = new_name.get_untracked();
        if name.trim().is_empty() {
            return;
        }
        let id = app.create_lens(&name);
        new_name.set(String::new());
        creating.set(false);
        app.navigate(Route::Lens(id));
    };

    view! {
        <PageHeader title=Key::NavLenses intro=Key::LensesIntro/>
        <div class="toolbar">
            <Show
                when=move || creating.get()
                fallback=move || {
                    view! {
                        <button type="button" class="primary" on:click=move |_| creating.set(true)>
                            {text(Key::LensNew)}
                        </button>
                    }
                }
            >
                <form
                    class="inline-form"
                    on:submit=move |ev| {
                        ev.prevent_default();
                        create();
                    }
                >
                    <label class="field">
                        <span class="label">{text(Key::LensName)}</span>
                        <input
                            type="text"
                            required
                            autofocus
                            prop:value=move || new_name.get()
                            on:input=move |ev| new_name.set(event_target_value(&ev))
                        />
                    </label>
                    <button type="submit" class="primary">{text(Key::LensCreate)}</button>
                    <button type="button" on:click=move |_| creating.set(false)>
                        {text(Key::Cancel)}
                    </button>
                </form>
            </Show>
            <button type="button" on:click=move |_| app.export_library()>
                {text(Key::LensExportLibrary)}
            </button>
        </div>
        <ImportPanel hint=Key::LensImportHint/>

        <section class="lens-section">
            <h2>{text(Key::LensesOwn)}</h2>
            <Show
                when=move || app.lenses.with(|l| !l.is_empty())
                fallback=move || view! { <p class="empty-state">{text(Key::LensesOwnEmpty)}</p> }
            >
                <ul class="lens-list">
                    {move || {
                        app.lenses
                            .get()
                            .into_iter()
                            .map(|lens| view! { <LensRow lens source=LensSource::Own/> })
                            .collect_view()
                    }}
                </ul>
            </Show>
        </section>

        <Show when=move || app.organisation.with(|o| !o.lenses.is_empty())>
            <section class="lens-section">
                <h2>{text(Key::LensesOrg)}</h2>
                <p class="muted">{text(Key::LensesOrgIntro)}</p>
                <ul class="lens-list">
                    {move || {
                        app.organisation
                            .get()
                            .lenses
                            .into_iter()
                            .map(|lens| view! { <LensRow lens source=LensSource::Organisation/> })
                            .collect_view()
                    }}
                </ul>
            </section>
        </Show>

        <section class="lens-section">
            <h2>{text(Key::LensesExamples)}</h2>
            <p class="muted">{text(Key::LensesExamplesIntro)}</p>
            <ul class="lens-list">
                {move || {
                    app.examples
                        .get()
                        .into_iter()
                        .map(|lens| view! { <LensRow lens source=LensSource::Example/> })
                        .collect_view()
                }}
            </ul>
        </section>
    }
}

/// One lens in a list: its name, size and readiness, and what can be done with it.
#[component]
fn LensRow(lens: Lens, source: LensSource) -> impl IntoView {
    let app = use_app();
    let confirming = RwSignal::new(false);
    let ready = lens.is_ready();
    let count = lens.competencies.len().to_string();
    let href = Route::Lens(lens.id.clone()).href();
    let lens = StoredValue::new(lens);
    let name = move || lens.with_value(|l| l.name.clone());
    let duplicate = move |_| {
        let id = lens.with_value(|l| app.duplicate_lens(l));
        app.navigate(Route::Lens(id));
    };
    view! {
        <li class="lens-row">
            <div class="lens-summary">
                <a href=href class="lens-name"><bdi>{name}</bdi></a>
                <span class="muted">
                    {move || tf(app.lang.get(), Key::LensCompetencyCount, &[("n", &count)])}
                </span>
                <span class=if ready { "badge badge-ok" } else { "badge badge-warn" }>
                    <span aria-hidden="true">{if ready { "✓ " } else { "! " }}</span>
                    {text(if ready { Key::LensReady } else { Key::LensNotReady })}
                </span>
            </div>
            <div class="actions">
                <button type="button" on:click=duplicate>{text(Key::Duplicate)}</button>
                <button type="button" on:click=move |_| lens.with_value(|l| app.export_lens(l))>
                    {text(Key::Export)}
                </button>
                {(source == LensSource::Own).then(|| view! {
                    <button type="button" class="danger" on:click=move |_| confirming.set(true)>
                        {text(Key::Delete)}
                    </button>
                })}
            </div>
            <Show when=move || confirming.get()>
                <div class="confirm" role="alertdialog" aria-live="assertive">
                    <p>{move || tf(app.lang.get(), Key::LensDeleteConfirm, &[("name", &isolate(&name()))])}</p>
                    <div class="actions">
                        <button
                            type="button"
                            class="danger"
                            on:click=move |_| lens.with_value(|l| app.delete_lens(&l.id))
                        >
                            {text(Key::Delete)}
                        </button>
                        <button type="button" on:click=move |_| confirming.set(false)>
                            {text(Key::Cancel)}
                        </button>
                    </div>
                </div>
            </Show>
        </li>
    }
}
