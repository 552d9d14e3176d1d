//! The planned length of the interview beside its start, and the way to the day's plan (M9).

use leptos::prelude::*;

use crate::domain::session::MAX_PLANNED_MINUTES;
use crate::domain::SessionAction;
use crate::i18n::{long_date, tf, Key};
use crate::route::Route;
use crate::state::{text, use_app};

#[component]
pub fn PlannedLength(locked: Signal<bool>) -> impl IntoView {
    let app = use_app();
    let planned = move || {
        app.session
            .with(|s| s.as_ref().and_then(|s| s.planned_minutes))
    };
    let draft = RwSignal::new(planned().map(|m| m.to_string()).unwrap_or_default());
    let refused = RwSignal::new(false);
    let commit = move |_| {
        let typed = draft.get_untracked();
        let minutes = match typed.trim() {
            "" => Some(None),
            t => t.parse::<u32>().ok().map(Some),
        };
        let ok = minutes.is_some_and(|m| app.act(SessionAction::SetDuration(m)).is_ok());
        refused.set(!ok);
        if !ok {
            draft.set(planned().map(|m| m.to_string()).unwrap_or_default());
        }
    };
    let agenda = move || {
        let total = app
            .session
            .with(|s| s.as_ref().map(|s| s.lens.phase_minutes.total()));
        tf(
            app.lang.get(),
            Key::PlannedMinutesHint,
            &[("n", &total.unwrap_or_default().to_string())],
        )
    };
    // A memo: typing in any intake field changes the session, the planned day seldom.
    let day = Memo::new(move |_| {
        app.with_session(|s| s.scheduled_at.get(..10).map(str::to_owned))
            .flatten()
            .filter(|d| crate::domain::dates::is_date(d, false))
    });
    view! {
        <label class="field">
            <span class="label">{text(Key::PlannedMinutes)}</span>
            <span class="hint">{agenda}</span>
            <input
                type="number"
                min="1"
                max=MAX_PLANNED_MINUTES.to_string()
                inputmode="numeric"
                prop:value=move || draft.get()
                disabled=move || locked.get()
                on:input=move |ev| draft.set(event_target_value(&ev))
                on:change=commit
            />
        </label>
        <Show when=move || refused.get()>
            <p class="field-error" role="alert">
                {move || tf(app.lang.get(), Key::PlannedMinutesInvalid, &[("max", &MAX_PLANNED_MINUTES.to_string())])}
            </p>
        </Show>
        {move || day.get().map(|d| {
            let label = tf(app.lang.get(), Key::DayOpen, &[("date", &long_date(app.lang.get(), &d))]);
            view! { <p><a href=Route::Day(d).href()>{label}</a></p> }
        })}
    }
}
