//! The Library screen: browse and search the built-in competencies, filter by factor.

use leptos::prelude::*;

use crate::components::page::PageHeader;
use crate::domain::Factor;
use crate::i18n::{self, tf, Key};
use crate::route::Route;
use crate::state::{text, use_app};

fn factor_code(factor: Option<Factor>) -> String {
    factor
        .and_then(|f| serde_json::to_value(f).ok())
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default()
}

fn factor_from_code(code: &str) -> Option<Factor> {
    serde_json::from_value(serde_json::Value::from(code)).ok()
}

#[component]
pub fn LibraryView() -> impl IntoView {
    let app = use_app();
    let total = move || app.library.with(|l| l.competencies.len());
    let imported = move || app.imported.with(|l| l.competencies.len());
    // Ids of the competencies that match, grouped by factor in the Great Eight order.
    let groups = Memo::new(move |_| {
        let lang = app.lang.get();
        let query = app.library_query.get();
        let factor = app.library_factor.get();
        app.library.with(|library| {
            let found = library.search(&query, lang, factor);
            Factor::ALL
                .into_iter()
                .map(|f| {
                    let ids: Vec<String> = found
                        .iter()
                        .filter(|c| c.factor == f)
                        .map(|c| c.id.clone())
                        .collect();
                    (f, ids)
                })
                .filter(|(_, ids)| !ids.is_empty())
                .collect::<Vec<_>>()
        })
    });
    let shown = move || groups.with(|g| g.iter().map(|(_, ids)| ids.len()).sum::<usize>());

    let factor_options = Factor::ALL
        .into_iter()
        .map(|f| {
            view! {
                <option value=factor_code(Some(f)) selected=move || app.library_factor.get() == Some(f)>
                    {text(i18n::factor(f))}
                </option>
            }
        })
        .collect_view();

    view! {
        <PageHeader title=Key::NavLibrary intro=Key::LibraryIntro/>
        <div class="filters">
            <label class="field">
                <span class="label">{text(Key::LibrarySearch)}</span>
                <input
                    type="search"
                    prop:value=move || app.library_query.get()
                    placeholder=text(Key::LibrarySearchHint)
                    on:input=move |ev| app.library_query.set(event_target_value(&ev))
                />
            </label>
            <label class="field">
                <span class="label">{text(Key::LibraryFactor)}</span>
                <select on:change=move |ev| {
                    app.library_factor.set(factor_from_code(&event_target_value(&ev)))
                }>
                    <option value="" selected=move || app.library_factor.get().is_none()>
                        {text(Key::LibraryAllFactors)}
                    </option>
                    {factor_options}
                </select>
            </label>
        </div>
        <p class="muted" aria-live="polite">
            {move || {
                tf(
                    app.lang.get(),
                    Key::LibraryCount,
                    &[("shown", &shown().to_string()), ("total", &total().to_string())],
                )
            }}
        </p>
        <Show when=move || { imported() > 0 }>
            <div class="toolbar">
                <p class="muted">
                    {move || tf(app.lang.get(), Key::LibraryImportedNote, &[("n", &imported().to_string())])}
                </p>
                <button type="button" class="danger" on:click=move |_| app.remove_imported_library()>
                    {text(Key::LibraryRemoveImported)}
                </button>
            </div>
        </Show>
        <Show when=move || shown() == 0>
            <p class="empty-state">{text(Key::LibraryNoMatch)}</p>
        </Show>
        {move || {
            groups
                .get()
                .into_iter()
                .map(|(factor, ids)| view! { <FactorGroup factor ids/> })
                .collect_view()
        }}
    }
}

#[component]
fn FactorGroup(factor: Factor, ids: Vec<String>) -> impl IntoView {
    let app = use_app();
    let cards = ids
        .into_iter()
        .map(|id| {
            let href = Route::Competency(id.clone()).href();
            let source_id = id.clone();
            let field = move |pick: fn(&crate::domain::Competency) -> &crate::domain::Text| {
                let lang = app.lang.get();
                app.library.with(|l| {
                    l.competency(&id)
                        .map(|c| pick(c).get(lang).to_owned())
                        .unwrap_or_default()
                })
            };
            let name = field.clone();
            let source = move || {
                let id = source_id.as_str();
                if app.imported.with(|l| l.competency(id).is_some()) {
                    Some(Key::SourceImported)
                } else if app
                    .organisation
                    .with(|o| o.library.competency(id).is_some())
                {
                    Some(Key::SourceOrganisation)
                } else {
                    None
                }
            };
            view! {
                <li class="competency-card">
                    <a href=href>{move || name(|c| &c.name)}</a>
                    {move || source().map(|key| view! { <span class="badge">{app.tr(key)}</span> })}
                    <p>{move || field(|c| &c.definition)}</p>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="factor-group">
            <h2>{text(i18n::factor(factor))}</h2>
            <ul class="card-list">{cards}</ul>
        </section>
    }
}
