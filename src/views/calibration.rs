//! Calibration of the interviewers (research in METHOD.md): per interviewer found in the panels
//! on this device, their leniency beside the panel's median, how often they leave a competency
//! unrated and how often they end far from the consensus. The rules live in
//! `domain::calibration`; the list is alphabetical and holds no candidate.

use leptos::prelude::*;

use crate::domain::calibration::{calibrate, Figures};
use crate::i18n::{decimal, tf, Key};
use crate::route::Route;
use crate::state::{text, use_app};

#[component]
pub fn CalibrationView() -> impl IntoView {
    let app = use_app();
    // Read once on opening, like the position overview.
    let found = calibrate(&app.panel_sessions());
    let panels = found.panels;
    let any = panels > 0;
    let rows = found
        .interviewers
        .into_iter()
        .map(|f| view! { <FiguresRow figures=f/> })
        .collect_view();
    view! {
        <p class="back"><a href=Route::Sessions.href()>{text(Key::SessionBack)}</a></p>
        <header class="page-header">
            <h1>{text(Key::CalibrationTitle)}</h1>
            <p class="intro">{text(Key::CalibrationIntro)}</p>
        </header>
        <Show when=move || any fallback=|| view! { <p class="empty-state">{text(Key::CalibrationEmpty)}</p> }>
            <p class="calibration-basis">
                <strong>{move || tf(app.lang.get(), Key::CalibrationBasis, &[("n", &panels.to_string())])}</strong>
            </p>
        </Show>
        {any.then(|| view! {
            <div class="table-scroll">
                <table class="calibration">
                    <thead>
                        <tr>
                            <th scope="col">{text(Key::CalibrationName)}</th>
                            <th scope="col">{text(Key::CalibrationPanels)}</th>
                            <th scope="col">{text(Key::CalibrationLeniency)}</th>
                            <th scope="col">{text(Key::CalibrationUnrated)}</th>
                            <th scope="col">{text(Key::CalibrationFar)}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
            <p class="calibration-meaning">{text(Key::CalibrationMeaning)}</p>
            <div class="actions no-print">
                <button type="button" on:click=move |_| { let _ = window().print(); }>{text(Key::CalibrationPrint)}</button>
            </div>
        })}
    }
}

#[component]
fn FiguresRow(figures: Figures) -> impl IntoView {
    let app = use_app();
    let lang = move || app.lang.get();
    let name = figures.name.clone();
    let observer = figures.as_observer;
    let leniency = figures.leniency_tenths();
    let of = move |n: usize, total: usize| {
        if total == 0 {
            app.tr(Key::CalibrationNoFigure).to_owned()
        } else {
            tf(
                lang(),
                Key::CalibrationOf,
                &[("n", &n.to_string()), ("of", &total.to_string())],
            )
        }
    };
    let (unrated, competencies) = (figures.unrated, figures.competencies);
    let compared = figures.compared;
    let (far, with_consensus) = (figures.far_from_consensus, figures.with_consensus);
    view! {
        <tr>
            <th scope="row">
                <bdi>{move || if name.is_empty() { app.tr(Key::CalibrationUnnamed).to_owned() } else { name.clone() }}</bdi>
                {(observer > 0).then(|| view! {
                    <span class="muted">" ("{move || tf(lang(), Key::CalibrationObserverIn, &[("n", &observer.to_string())])}")"</span>
                })}
            </th>
            <td>{figures.panels}</td>
            <td class="leniency">
                {move || leniency.map_or(app.tr(Key::CalibrationNoFigure).to_owned(), |t| decimal(lang(), &signed_tenths(t)))}
                {(compared > 0).then(|| view! {
                    " " <span class="muted rests-on">{move || tf(lang(), Key::CalibrationRestsOn, &[("n", &compared.to_string())])}</span>
                })}
            </td>
            <td>{move || of(unrated, competencies)}</td>
            <td>{move || of(far, with_consensus)}</td>
        </tr>
    }
}

/// Tenths of a level with their sign: `+0.4`, `−1.0`, `0.0`.
fn signed_tenths(tenths: i32) -> String {
    let sign = match tenths.signum() {
        1 => "+",
        -1 => "−",
        _ => "",
    };
    let a = tenths.unsigned_abs();
    format!("{sign}{}.{}", a / 10, a % 10)
}
