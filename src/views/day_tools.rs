//! The day plan's tools: the planning rules (kept per device) and the calendar file.

use leptos::prelude::*;

use crate::components::fields::{Check, NumberDraft};
use crate::domain::planning::{clock, minute_of, Rules};
use crate::domain::Session;
use crate::i18n::{tf, Key};
use crate::state::{text, use_app};

/// The planning rules as a form: each figure is a draft, committed together on change.
#[component]
pub fn RulesCard() -> impl IntoView {
    let app = use_app();
    let current = app.planning.get_untracked();
    let notes = RwSignal::new(current.notes.to_string());
    let in_a_row = RwSignal::new(current.in_a_row.to_string());
    let per_day = RwSignal::new(current.per_day.to_string());
    let between = RwSignal::new(current.between_blocks);
    let deliberation = RwSignal::new(current.deliberation.to_string());
    let day_end = RwSignal::new(clock(current.day_end));
    let refused = RwSignal::new(false);
    let show = move |rules: Rules| {
        notes.set(rules.notes.to_string());
        in_a_row.set(rules.in_a_row.to_string());
        per_day.set(rules.per_day.to_string());
        between.set(rules.between_blocks);
        deliberation.set(rules.deliberation.to_string());
        day_end.set(clock(rules.day_end));
    };
    let apply = move || {
        let read = || {
            Some(Rules {
                notes: notes.get_untracked().trim().parse().ok()?,
                in_a_row: in_a_row.get_untracked().trim().parse().ok()?,
                per_day: per_day.get_untracked().trim().parse().ok()?,
                between_blocks: between.get_untracked(),
                deliberation: deliberation.get_untracked().trim().parse().ok()?,
                day_end: minute_of(&day_end.get_untracked())?,
                ..app.planning.get_untracked()
            })
        };
        refused.set(!read().is_some_and(|rules| app.set_planning(rules)));
    };
    let reset = move |_| {
        app.set_planning(Rules::default());
        show(Rules::default());
        refused.set(false);
    };
    let hint = move || {
        let pause = app.planning.get().row_break.to_string();
        tf(app.lang.get(), Key::DayRulesHint, &[("pause", &pause)])
    };
    let invalid = move || {
        let args = [
            ("pause", Rules::MAX_PAUSE.to_string()),
            ("max", Rules::MAX_IN_A_ROW.to_string()),
            ("per_day", Rules::MAX_PER_DAY.to_string()),
        ];
        let args: Vec<(&str, &str)> = args.iter().map(|(k, v)| (*k, v.as_str())).collect();
        tf(app.lang.get(), Key::DayRulesInvalid, &args)
    };
    let commit = Callback::new(move |_| apply());
    view! {
        <section class="card">
            <h2>{text(Key::DayRulesTitle)}</h2>
            <p class="muted">{hint}</p>
            <div class="level-grid">
                <NumberDraft label=Key::DayRulesNotes draft=notes on_commit=commit max=Rules::MAX_PAUSE/>
                <NumberDraft label=Key::DayRulesInARow draft=in_a_row on_commit=commit max=Rules::MAX_IN_A_ROW as u32/>
                <NumberDraft label=Key::DayRulesPerDay draft=per_day on_commit=commit max=Rules::MAX_PER_DAY as u32/>
                <NumberDraft label=Key::DayRulesDeliberation draft=deliberation on_commit=commit max=Rules::MAX_PAUSE/>
                <label class="field">
                    <span class="label">{text(Key::DayRulesEnd)}</span>
                    <input
                        type="time"
                        prop:value=move || day_end.get()
                        on:input=move |ev| day_end.set(event_target_value(&ev))
                        on:change=move |_| apply()
                    />
                </label>
            </div>
            <Check
                label=Signal::derive(move || app.tr(Key::DayRulesBetween).to_owned())
                checked=between.into()
                on_change=Callback::new(move |v| { between.set(v); apply(); })
            />
            <Show when=move || refused.get()>
                <p class="field-error" role="alert">{invalid}</p>
            </Show>
            <div class="toolbar rules-actions">
                <button type="button" on:click=reset>{text(Key::DayRulesReset)}</button>
            </div>
        </section>
    }
}

/// The day as a calendar file, without candidate names unless the user asks for them.
#[component]
pub fn CalendarCard(date: String, sessions: StoredValue<Vec<Session>>) -> impl IntoView {
    let app = use_app();
    let with_names = RwSignal::new(false);
    let download = move |_| {
        sessions.with_value(|s| app.export_day(&date, s, with_names.get_untracked()));
    };
    view! {
        <section class="card">
            <h2>{text(Key::DayCalendarTitle)}</h2>
            <p class="muted">{text(Key::DayCalendarHint)}</p>
            <Check
                label=Signal::derive(move || app.tr(Key::DayCalendarNames).to_owned())
                checked=with_names.into()
                on_change=Callback::new(move |v| with_names.set(v))
            />
            <div class="toolbar">
                <button type="button" class="primary" on:click=download>{text(Key::DayCalendarDownload)}</button>
            </div>
        </section>
    }
}
