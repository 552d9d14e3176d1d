//! A question's probes (the follow-up prompts), as the list every screen shows them in.

use leptos::prelude::*;

use crate::domain::{Lang, Text};

pub fn probe_list(probes: &[Text], lang: Lang) -> impl IntoView {
    let items = probes
        .iter()
        .map(|p| view! { <li>{p.get(lang).to_owned()}</li> })
        .collect_view();
    view! { <ul class="probes">{items}</ul> }
}
