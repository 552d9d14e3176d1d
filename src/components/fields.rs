//! Labelled form fields bound to a value and a handler. Concrete `Signal`/`Callback` types keep
//! the view code for every field the same code in the binary.

use leptos::prelude::*;

use crate::i18n::Key;
use crate::state::text;

#[component]
pub fn TextArea(
    label: Key,
    #[prop(optional)] hint: Option<Key>,
    value: Signal<String>,
    on_input: Callback<String>,
    #[prop(optional)] rows: Option<u32>,
    #[prop(optional)] disabled: Option<Signal<bool>>,
) -> impl IntoView {
    view! {
        <label class="field">
            <span class="label">{text(label)}</span>
            {hint.map(|hint| view! { <span class="hint">{text(hint)}</span> })}
            <textarea
                rows=rows.unwrap_or(4)
                prop:value=move || value.get()
                disabled=move || disabled.is_some_and(|d| d.get())
                on:input=move |ev| on_input.run(event_target_value(&ev))
            ></textarea>
        </label>
    }
}

#[component]
pub fn TextInput(
    label: Key,
    value: Signal<String>,
    on_input: Callback<String>,
    #[prop(optional)] kind: Option<&'static str>,
    #[prop(optional)] disabled: Option<Signal<bool>>,
    /// For passphrases: "off", or "new-password" when one is chosen.
    #[prop(optional)]
    autocomplete: Option<&'static str>,
    /// The id of a text that describes the field (a passphrase's strength).
    #[prop(optional)]
    described_by: Option<&'static str>,
) -> impl IntoView {
    view! {
        <label class="field">
            <span class="label">{text(label)}</span>
            <input
                type=kind.unwrap_or("text")
                autocomplete=autocomplete
                aria-describedby=described_by
                prop:value=move || value.get()
                disabled=move || disabled.is_some_and(|d| d.get())
                on:input=move |ev| on_input.run(event_target_value(&ev))
            />
        </label>
    }
}

/// A checkbox with its label beside it.
#[component]
pub fn Check(
    label: Signal<String>,
    checked: Signal<bool>,
    on_change: Callback<bool>,
    #[prop(optional)] disabled: Option<Signal<bool>>,
) -> impl IntoView {
    view! {
        <label class="check">
            <input
                type="checkbox"
                prop:checked=move || checked.get()
                disabled=move || disabled.is_some_and(|d| d.get())
                on:change=move |ev| on_change.run(event_target_checked(&ev))
            />
            <span>{move || label.get()}</span>
        </label>
    }
}

/// A set of large radio choices under a legend; `selected` and `on_select` carry the value.
#[component]
pub fn Choices<T>(
    legend: Key,
    name: String,
    options: Vec<(T, Key)>,
    selected: Signal<Option<T>>,
    on_select: Callback<T>,
    #[prop(optional)] disabled: Option<Signal<bool>>,
) -> impl IntoView
where
    T: Copy + PartialEq + Send + Sync + 'static,
{
    let items = options
        .into_iter()
        .map(|(value, label)| {
            view! {
                <label class="choice">
                    <input
                        type="radio"
                        name=name.clone()
                        prop:checked=move || selected.get() == Some(value)
                        disabled=move || disabled.is_some_and(|d| d.get())
                        on:change=move |_| on_select.run(value)
                    />
                    <span>{text(label)}</span>
                </label>
            }
        })
        .collect_view();
    view! {
        <fieldset class="choices">
            <legend>{text(legend)}</legend>
            {items}
        </fieldset>
    }
}

/// A number typed as a draft and committed on change, so a half-typed value is never applied;
/// the owner parses the draft and says whether it was accepted.
#[component]
pub fn NumberDraft(
    label: Key,
    draft: RwSignal<String>,
    on_commit: Callback<()>,
    #[prop(optional)] max: Option<u32>,
    #[prop(optional)] disabled: Option<Signal<bool>>,
) -> impl IntoView {
    view! {
        <label class="field">
            <span class="label">{text(label)}</span>
            <input
                type="number"
                min="0"
                max=max.map(|m| m.to_string())
                inputmode="numeric"
                prop:value=move || draft.get()
                disabled=move || disabled.is_some_and(|d| d.get())
                on:input=move |ev| draft.set(event_target_value(&ev))
                on:change=move |_| on_commit.run(())
            />
        </label>
    }
}
