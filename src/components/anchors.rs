//! The five-level behaviourally anchored rating scale, shown as a numbered list.

use leptos::prelude::*;

use crate::domain::Text;
use crate::i18n::{tf, Key};
use crate::state::use_app;

#[component]
pub fn AnchorScale(anchors: Vec<Text>) -> impl IntoView {
    let app = use_app();
    let items = anchors
        .into_iter()
        .enumerate()
        .map(|(i, anchor)| {
            let level = (i + 1).to_string();
            let label = level.clone();
            view! {
                <li class="anchor">
                    <span class="anchor-level" aria-hidden="true">{level}</span>
                    <div>
                        <span class="visually-hidden">
                            {move || tf(app.lang.get(), Key::CompetencyLevel, &[("level", &label)])}
                        </span>
                        <p>{move || anchor.get(app.lang.get()).to_owned()}</p>
                    </div>
                </li>
            }
        })
        .collect_view();
    view! { <ol class="anchor-scale">{items}</ol> }
}
