//! One competency from the library, read in full: definition, basis, questions with their
//! probes, and the five anchors of its rating scale.

use leptos::prelude::*;

use crate::components::anchors::AnchorScale;
use crate::domain::Competency;
use crate::i18n::{self, Key};
use crate::route::Route;
use crate::state::{text, use_app};

#[component]
pub fn CompetencyView(id: String) -> impl IntoView {
    let app = use_app();
    let competency = app.library.with(|l| l.competency(&id).cloned());
    let back = view! {
        <p class="back">
            <a href=Route::Library.href()>{text(Key::LibraryBack)}</a>
        </p>
    };
    match competency {
        None => view! {
            {back}
            <h1>{text(Key::NotFoundTitle)}</h1>
            <p>{text(Key::CompetencyNotFound)}</p>
        }
        .into_any(),
        Some(competency) => view! {
            {back}
            <CompetencyDetail competency/>
        }
        .into_any(),
    }
}

/// The full reading of a competency, shared by the library and the lens screens.
#[component]
pub fn CompetencyDetail(competency: Competency) -> impl IntoView {
    let app = use_app();
    let c = StoredValue::new(competency);
    let field = move |pick: fn(&Competency) -> &crate::domain::Text| {
        let lang = app.lang.get();
        c.with_value(|c| pick(c).get(lang).to_owned())
    };
    let questions = c.with_value(|c| c.questions.clone());
    let question_items = questions
        .into_iter()
        .map(|q| {
            let q = StoredValue::new(q);
            let probes = move || {
                let lang = app.lang.get();
                q.with_value(|q| {
                    q.probes
                        .iter()
                        .map(|p| view! { <li>{p.get(lang).to_owned()}</li> })
                        .collect_view()
                })
            };
            view! {
                <li class="question">
                    <p class="question-text">{move || q.with_value(|q| q.text.get(app.lang.get()).to_owned())}</p>
                    <p class="probes-label">{text(Key::CompetencyProbes)}</p>
                    <ul class="probes">{probes}</ul>
                </li>
            }
        })
        .collect_view();
    let factor = c.with_value(|c| c.factor);
    view! {
        <article class="competency">
            <header class="page-header">
                <p class="eyebrow">{text(i18n::factor(factor))}</p>
                <h1>{move || field(|c| &c.name)}</h1>
            </header>
            <section class="card">
                <h2>{text(Key::CompetencyDefinition)}</h2>
                <p>{move || field(|c| &c.definition)}</p>
                <h2>{text(Key::CompetencyBasis)}</h2>
                <p>{move || field(|c| &c.basis)}</p>
            </section>
            <section class="card">
                <h2>{text(Key::CompetencyQuestions)}</h2>
                <ol class="questions">{question_items}</ol>
            </section>
            <section class="card">
                <h2>{text(Key::CompetencyAnchors)}</h2>
                <p class="muted">{text(Key::CompetencyAnchorsIntro)}</p>
                <AnchorScale anchors=c.with_value(|c| c.anchors.clone())/>
            </section>
        </article>
    }
}
