//! The Library screen: browse and search the built-in competencies, filter by factor.

use leptos::prelude::*;

use crate::components::page::PageHeader;
use crate::domain::Factor;
use crate::i18n::{self, tf, Key};
use crate::route::Route;
use crate::state::use_app;

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
    let total = app.library.with_value(|l| l.competencies.len());
    // Ids of the competencies that match, grouped by factor in the Great Eight order.
    let groups = Memo::new(move |_| {
        let lang = app.lang.get();
        let query = app.library_query.get();
        let factor = app.library_factor.get();
        app.library.with_value(|library| {
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
                    {move || app.tr(i18n::factor(f))}
                </option>
            }
        })
        .collect_view();

    view! {
        <PageHeader title=Key::NavLibrary intro=Key::LibraryIntro/>
        <div class="filters">
            <label class="field">
                <span class="label">{move || app.tr(Key::LibrarySearch)}</span>
                <input
                    type="search"
                    prop:value=move || app.library_query.get()
                    placeholder=move || app.tr(Key::LibrarySearchHint)
                    on:input=move |ev| app.library_query.set(event_target_value(&ev))
                />
            </label>
            <label class="field">
                <span class="label">{move || app.tr(Key::LibraryFactor)}</span>
                <select on:change=move |ev| {
                    app.library_factor.set(factor_from_code(&event_target_value(&ev)))
                }>
                    <option value="" selected=move || app.library_factor.get().is_none()>
                        {move || app.tr(Key::LibraryAllFactors)}
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
                    &[("shown", &shown().to_string()), ("total", &total.to_string())],
                )
            }}
        </p>
        <Show when=move || shown() == 0>
            <p class="empty-state">{move || app.tr(Key::LibraryNoMatch)}</p>
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
            let text = move |pick: fn(&crate::domain::Competency) -> &crate::domain::Text| {
                let lang = app.lang.get();
                app.library.with_value(|l| {
                    l.competency(&id)
                        .map(|c| pick(c).get(lang).to_owned())
                        .unwrap_or_default()
                })
            };
            let name = text.clone();
            view! {
                <li class="competency-card">
                    <a href=href>{move || name(|c| &c.name)}</a>
                    <p>{move || text(|c| &c.definition)}</p>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="factor-group">
            <h2>{move || app.tr(i18n::factor(factor))}</h2>
            <ul class="card-list">{cards}</ul>
        </section>
    }
}
