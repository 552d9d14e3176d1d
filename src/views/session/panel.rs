//! The panel on the evaluation screen (M27): start a panel and hand out invitations, take in
//! colleagues' ratings (only their number shows until the own evaluation is complete), send
//! one's own ratings to the lead; the debrief follows once everything may be seen.

use leptos::prelude::*;

use crate::components::import_panel::ImportPanel;
use crate::domain::panel::{arrived, revealed};
use crate::i18n::{tf, Key};
use crate::state::{text, use_app};

#[component]
pub fn PanelCard() -> impl IntoView {
    let app = use_app();
    // (is there a panel, is this the lead, is the own evaluation complete)
    let role = Memo::new(move |_| {
        app.session.with(|s| {
            s.as_ref()
                .map(|s| (s.panel.as_ref().map(|p| p.lead), revealed(s), arrived(s)))
        })
    });
    view! {
        {move || role.get().map(|(panel, done, count)| match panel {
            None if !done => view! {
                <section class="card panel-card">
                    <h2>{text(Key::PanelTitle)}</h2>
                    <p>{text(Key::PanelOffer)}</p>
                    <button type="button" on:click=move |_| app.start_panel()>{text(Key::PanelStart)}</button>
                </section>
            }
            .into_any(),
            None => ().into_any(),
            Some(true) => view! {
                <section class="card panel-card">
                    <h2>{text(Key::PanelTitle)}</h2>
                    <p>{text(Key::PanelLead)}</p>
                    <div class="toolbar">
                        <button type="button" on:click=move |_| app.export_invitation()>{text(Key::PanelInvite)}</button>
                    </div>
                    <p class="panel-arrived">
                        <strong>{move || tf(app.lang.get(), Key::PanelArrived, &[("n", &count.to_string())])}</strong>
                        {(!done).then(|| view! { " " {text(Key::PanelHidden)} })}
                    </p>
                    <ImportPanel hint=Key::PanelAddFile/>
                </section>
                {done.then(|| view! { <super::debrief::Debrief/> })}
            }
            .into_any(),
            Some(false) => view! {
                <section class="card panel-card">
                    <h2>{text(Key::PanelTitle)}</h2>
                    <p>{text(Key::PanelMember)}</p>
                    <button type="button" class="primary" disabled=!done on:click=move |_| app.export_returned()>
                        {text(Key::PanelExportReturned)}
                    </button>
                </section>
            }
            .into_any(),
        })}
    }
}
