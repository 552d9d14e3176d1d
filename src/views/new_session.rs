//! Starting an interview: the candidate's name and the position's lens, nothing more (collect
//! only what the interview needs). The lens is frozen into the session.

use leptos::prelude::*;

use crate::components::page::PageHeader;
use crate::domain::Lens;
use crate::i18n::{isolate, tf, Key};
use crate::route::{Route, SessionPage};
use crate::state::{text, use_app};

#[component]
pub fn NewSessionView() -> impl IntoView {
    let app = use_app();
    let candidate = RwSignal::new(String::new());
    let lens_id = RwSignal::new(String::new());
    let refused = RwSignal::new(false);

    let group = move |label: Key, lenses: Vec<Lens>| {
        let options = lenses
            .into_iter()
            .map(|lens| {
                let ready = lens.is_ready();
                let name = if ready {
                    lens.name.clone()
                } else {
                    tf(
                        app.lang.get(),
                        Key::LensIncomplete,
                        &[("name", &isolate(&lens.name))],
                    )
                };
                view! { <option value=lens.id disabled=!ready>{name}</option> }
            })
            .collect_view();
        view! { <optgroup label=app.tr(label)>{options}</optgroup> }
    };
    let options = move || {
        let mut groups = Vec::new();
        let own = app.lenses.get();
        if !own.is_empty() {
            groups.push(group(Key::LensesOwn, own));
        }
        let org = app.organisation.with(|o| o.lenses.clone());
        if !org.is_empty() {
            groups.push(group(Key::LensesOrg, org));
        }
        groups.push(group(Key::LensesExamples, app.examples.get()));
        groups.collect_view()
    };

    let create = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let name = candidate.get_untracked();
        let lens = app
            .find_lens(&lens_id.get_untracked())
            .map(|(_, lens)| lens)
            .filter(Lens::is_ready);
        match lens {
            Some(lens) if !name.trim().is_empty() => {
                if let Some(id) = app.create_session(lens, &name) {
                    app.navigate(Route::Session(id, SessionPage::Intake));
                }
            }
            _ => refused.set(true),
        }
    };

    view! {
        <p class="back"><a href=Route::Sessions.href()>{text(Key::SessionBack)}</a></p>
        <PageHeader title=Key::NewSession intro=Key::NewSessionIntro/>
        <form class="card form-stack" on:submit=create>
            <label class="field">
                <span class="label">{text(Key::CandidateName)}</span>
                <input
                    type="text"
                    autocomplete="off"
                    prop:value=move || candidate.get()
                    on:input=move |ev| candidate.set(event_target_value(&ev))
                />
            </label>
            <label class="field">
                <span class="label">{text(Key::SessionLens)}</span>
                <select
                    prop:value=move || lens_id.get()
                    on:change=move |ev| lens_id.set(event_target_value(&ev))
                >
                    <option value="">{text(Key::ChooseLens)}</option>
                    {options}
                </select>
            </label>
            <div role="alert">
                <Show when=move || refused.get()>
                    <p class="report report-error">{text(Key::NewSessionMissing)}</p>
                </Show>
            </div>
            <div class="actions">
                <button type="submit" class="primary">{text(Key::NewSessionCreate)}</button>
            </div>
        </form>
    }
}
