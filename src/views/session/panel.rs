//! The panel on the evaluation screen (M27): start a panel and hand out invitations (each with
//! its focus competencies or as an observer), take in colleagues' ratings (only their number and
//! the coverage show until the own evaluation is complete), send one's own ratings to the lead;
//! the debrief follows once everything may be seen.

use leptos::prelude::*;

use super::panel_invite::{InviteForm, InvitedList, MemberRole};
use crate::components::import::ImportPanel;
use crate::domain::debrief::coverage;
use crate::domain::panel_exchange::{arrived, revealed};
use crate::i18n::{tf, Key};
use crate::state::{text, use_app};

#[component]
pub fn PanelCard() -> impl IntoView {
    let app = use_app();
    // (is there a panel, is this the lead, is the own evaluation complete)
    let role = Memo::new(move |_| {
        app.with_session(|s| (s.panel.as_ref().map(|p| p.lead), revealed(s), arrived(s)))
    });
    view! {
        {move || role.get().map(|(panel, done, count)| match panel {
            // Also after the own evaluation: the colleagues never see the lead's ratings.
            None => view! {
                <section class="card panel-card">
                    <h2>{text(Key::PanelTitle)}</h2>
                    <p>{text(Key::PanelOffer)}</p>
                    <button type="button" on:click=move |_| app.start_panel()>{text(Key::PanelStart)}</button>
                </section>
            }
            .into_any(),
            Some(true) => view! {
                <section class="card panel-card">
                    <h2>{text(Key::PanelTitle)}</h2>
                    <p>{text(Key::PanelLead)}</p>
                    <super::panel_plan::NextStepLine/>
                    <super::panel_plan::DueField/>
                    <InviteForm/>
                    <InvitedList/>
                    <super::panel_plan::AfterInvite/>
                    <p class="panel-arrived">
                        <strong>{move || tf(app.lang.get(), Key::PanelArrived, &[("n", &count.to_string())])}</strong>
                        {(!done).then(|| view! { " " {text(Key::PanelHidden)} })}
                    </p>
                    {(count > 0).then(|| view! { <Coverage/> })}
                    <ImportPanel hint=Key::PanelAddFile/>
                </section>
                {done.then(|| view! { <super::debrief::Debrief/> })}
            }
            .into_any(),
            Some(false) => view! {
                <section class="card panel-card">
                    <h2>{text(Key::PanelTitle)}</h2>
                    <p>{text(Key::PanelMember)}</p>
                    <super::panel_plan::NextStepLine/>
                    <MemberRole/>
                    <button type="button" class="primary" disabled=!done on:click=move |_| app.export_returned()>
                        {text(Key::PanelExportReturned)}
                    </button>
                </section>
            }
            .into_any(),
        })}
    }
}

/// The competencies fewer than two interviewers rated: counts only, so it may show early.
#[component]
fn Coverage() -> impl IntoView {
    let app = use_app();
    let gaps = Memo::new(move |_| {
        app.session
            .with(|s| s.as_ref().map(coverage).unwrap_or_default())
    });
    let lines = move || {
        let lang = app.lang.get();
        gaps.get()
            .into_iter()
            .map(|gap| {
                let key = if gap.levels == 0 {
                    Key::CoverageNone
                } else {
                    Key::CoverageOne
                };
                view! { <li>{tf(lang, key, &[("name", gap.name.get(lang))])}</li> }
            })
            .collect_view()
    };
    view! {
        <div class="coverage">
            <h3>{text(Key::CoverageTitle)}</h3>
            <p class="muted">{text(Key::CoverageIntro)}</p>
            <Show when=move || gaps.with(|g| !g.is_empty()) fallback=|| view! { <p class="done">{text(Key::CoverageAll)}</p> }>
                <ul class="plain coverage-gaps">{lines}</ul>
            </Show>
        </div>
    }
}
