//! The competency questions (M20–M27): per competency its selected questions with probes, notes,
//! optional STAR fields and whether a concrete example was given; then, right after, the rating
//! on the anchored scale, which needs written evidence.

use leptos::prelude::*;

use super::locked;
use super::prepare::focus_text;
use crate::components::fields::{Choices, TextArea};
use crate::components::probes::probe_list;
use crate::domain::interview::{AnswerField, Example};
use crate::domain::session_action::Refusal;
use crate::domain::{LensCompetency, SessionAction};
use crate::i18n::{flag_label, reading_label, tf, Key};
use crate::state::{text, use_app};

/// Previous and next competency, with where the interviewer is: part of the sticky bar.
#[component]
pub fn CompetencyNav() -> impl IntoView {
    let app = use_app();
    let count = move || {
        app.session
            .with(|s| s.as_ref().map_or(0, |s| s.lens.competencies.len()))
    };
    let index = move || {
        app.session
            .with(|s| s.as_ref().map_or(0, |s| s.interview.competency))
    };
    let open = move |i: usize| {
        let _ = app.act(SessionAction::OpenCompetency(i));
        window().scroll_to_with_x_and_y(0.0, 0.0);
    };
    view! {
        <div class="competency-nav">
            <button type="button" disabled=move || index() == 0 on:click=move |_| open(index().saturating_sub(1))>
                {text(Key::PreviousCompetency)}
            </button>
            <span class="muted">
                {move || tf(app.lang.get(), Key::CompetencyOf, &[("n", &(index() + 1).to_string()), ("total", &count().to_string())])}
            </span>
            <button type="button" disabled=move || { index() + 1 >= count() } on:click=move |_| open(index() + 1)>
                {text(Key::NextCompetency)}
            </button>
        </div>
    }
}

#[component]
pub fn CompetencyPhase() -> impl IntoView {
    let app = use_app();
    let current = Memo::new(move |_| {
        app.with_session(|s| {
            let item = s.lens.competencies.get(s.interview.competency)?.clone();
            let asked = s.asked(&item);
            // The focus says what to ask (M6); the number itself stays off this screen, so the
            // rating is given on what was observed.
            let score = s.usable_score(&item.competency.id);
            let focus = score.map(|v| s.thresholds().focus(v.percentile()));
            let panel_focus = s.panel_focus(&item.competency.id);
            Some((item, asked, focus, panel_focus))
        })
        .flatten()
    });
    view! {
        {move || current.get().map(|(item, asked, focus, panel_focus)| {
            let lang = app.lang.get_untracked();
            let name = item.competency.name.clone();
            // Keyed by question, so the next competency gets fresh blocks (a STAR fold-out
            // opened for one question does not stay open for another).
            let block_item = StoredValue::new(item.clone());
            let questions = view! {
                <For each=move || asked.clone() key=|qid| qid.clone() let:qid>
                    <QuestionBlock item=block_item.get_value() qid/>
                </For>
            };
            // Held sideways, the competency and its focus stand beside the questions.
            view! {
                <div class="competency-layout">
                <section class="card phase competency-head">
                    <h2>{move || name.get(app.lang.get()).to_owned()}</h2>
                    <p class="muted">{item.competency.definition.get(lang).to_owned()}</p>
                    <p class="focus">
                        <strong>{text(Key::YourFocus)} ": "</strong>
                        {text(focus_text(focus))}
                    </p>
                    {panel_focus.then(|| view! { <p class="panel-focus">{text(Key::PanelFocusHere)}</p> })}
                    <p class="muted competency-guide">{text(Key::CompetencyGuide)}</p>
                </section>
                <div class="competency-work">
                    {questions}
                    <RatingBlock item/>
                </div>
                </div>
            }
        })}
    }
}

#[component]
fn QuestionBlock(item: LensCompetency, qid: String) -> impl IntoView {
    let app = use_app();
    let locked = locked(app);
    let question = item.competency.question(&qid).cloned();
    let qid = StoredValue::new(qid);
    let field = move |f: AnswerField| {
        Signal::derive(move || {
            app.with_session(|s| {
                qid.with_value(|q| s.interview.answers.get(q).map(|a| a.field(f).to_owned()))
            })
            .flatten()
            .unwrap_or_default()
        })
    };
    let set = move |f: AnswerField| {
        Callback::new(move |text: String| {
            let _ = app.act(SessionAction::SetAnswer {
                question: qid.get_value(),
                field: f,
                text,
            });
        })
    };
    let example = Signal::derive(move || {
        app.with_session(|s| qid.with_value(|q| s.interview.answers.get(q).and_then(|a| a.example)))
            .flatten()
    });
    let on_example = Callback::new(move |example| {
        let _ = app.act(SessionAction::SetExample {
            question: qid.get_value(),
            example: Some(example),
        });
    });
    let (text_of_question, probes) = match question {
        Some(q) => (q.text, q.probes),
        None => (Default::default(), Vec::new()),
    };
    let probes = move || probe_list(&probes, app.lang.get());
    view! {
        <section class="card question-block">
            <h3 class="question-text">{move || text_of_question.get(app.lang.get()).to_owned()}</h3>
            {probes}
            <TextArea label=Key::Notes value=field(AnswerField::Notes) on_input=set(AnswerField::Notes) rows=5 disabled=locked/>
            <details class="star">
                <summary>{text(Key::StarFields)}</summary>
                <div class="star-grid">
                    <TextArea label=Key::Situation value=field(AnswerField::Situation) on_input=set(AnswerField::Situation) rows=2 disabled=locked/>
                    <TextArea label=Key::Task value=field(AnswerField::Task) on_input=set(AnswerField::Task) rows=2 disabled=locked/>
                    <TextArea label=Key::Action value=field(AnswerField::Action) on_input=set(AnswerField::Action) rows=2 disabled=locked/>
                    <TextArea label=Key::ResultField value=field(AnswerField::Result) on_input=set(AnswerField::Result) rows=2 disabled=locked/>
                </div>
            </details>
            <Choices
                legend=Key::ExampleGiven
                name=format!("example-{}", qid.get_value())
                options=vec![
                    (Example::Yes, Key::ExampleYes),
                    (Example::Partly, Key::ExamplePartly),
                    (Example::None, Key::ExampleNone),
                ]
                selected=example
                on_select=on_example
                disabled=locked
            />
        </section>
    }
}

/// The rating right after the questions: the five anchors as choices, "no example, even
/// after time to think" as a choice of its own (never level 1), and the evidence. The reading
/// of aptitude × behaviour appears once the rating is recorded.
#[component]
fn RatingBlock(item: LensCompetency) -> impl IntoView {
    let app = use_app();
    let locked = locked(app);
    let cid = StoredValue::new(item.competency.id.clone());
    let refused = RwSignal::new(false);
    let rating = move || {
        app.with_session(|s| cid.with_value(|c| s.interview.ratings.get(c).cloned()))
            .flatten()
            .unwrap_or_default()
    };
    let evidence = Signal::derive(move || rating().evidence);
    let on_evidence = Callback::new(move |text: String| {
        if !text.trim().is_empty() {
            refused.set(false);
        }
        let _ = app.act(SessionAction::SetEvidence {
            competency: cid.get_value(),
            text,
        });
    });
    let name = item.competency.name.clone();
    let group = format!("rating-{}", cid.get_value());
    let anchors = item
        .competency
        .anchors
        .iter()
        .cloned()
        .enumerate()
        .map(|(i, anchor)| {
            let level = (i + 1) as u8;
            view! {
                <label class="anchor-choice" class:selected=move || rating().level == Some(level)>
                    <input
                        type="radio"
                        name=group.clone()
                        prop:checked=move || rating().level == Some(level)
                        disabled=move || locked.get()
                        on:change=move |ev| {
                            let outcome = app.act(SessionAction::Rate { competency: cid.get_value(), level });
                            let no_evidence = outcome == Err(Refusal::NoEvidence);
                            refused.set(no_evidence);
                            if no_evidence {
                                // The refused choice must not look chosen.
                                event_target::<web_sys::HtmlInputElement>(&ev).set_checked(false);
                            }
                        }
                    />
                    <span class="anchor-level" aria-hidden="true">{level}</span>
                    <span>
                        <span class="visually-hidden">{move || tf(app.lang.get(), Key::RatingLevel, &[("level", &level.to_string())])} ": "</span>
                        {move || anchor.get(app.lang.get()).to_owned()}
                    </span>
                </label>
            }
        })
        .collect_view();
    let no_example = move || rating().no_example && rating().level.is_none();
    let standard = item.standard.to_string();
    view! {
        <section class="card rating-block">
            <h3>{move || tf(app.lang.get(), Key::RateTitle, &[("competency", name.get(app.lang.get()))])}</h3>
            <p class="muted">{move || tf(app.lang.get(), Key::RateStandard, &[("level", &standard)])}</p>
            <p class="rate-observed">{text(Key::RateObserved)}</p>
            <TextArea label=Key::Evidence value=evidence on_input=on_evidence rows=4 disabled=locked/>
            <fieldset class="anchor-choices">
                <legend class="visually-hidden">{text(Key::CompetencyAnchors)}</legend>
                {anchors}
                <label class="anchor-choice no-example-choice" class:selected=no_example>
                    <input
                        type="radio"
                        name=format!("rating-{}", cid.get_value())
                        prop:checked=no_example
                        disabled=move || locked.get()
                        on:change=move |_| {
                            refused.set(false);
                            let _ = app.act(SessionAction::SetNoExample { competency: cid.get_value(), no_example: true });
                        }
                    />
                    <span class="anchor-level" aria-hidden="true">"–"</span>
                    <span>{text(Key::RateNoExample)}</span>
                </label>
            </fieldset>
            <Show when=move || refused.get()>
                <p class="field-error" role="alert">{text(Key::NoEvidence)}</p>
            </Show>
            <p class="muted rate-decides">{text(Key::RateDecides)}</p>
            <RatedReading competency=cid.get_value()/>
        </section>
    }
}

/// Once a rating (or "no example") is recorded: the reading it makes with the score, in one
/// line, and anything to look at again.
#[component]
fn RatedReading(competency: String) -> impl IntoView {
    let app = use_app();
    let cid = StoredValue::new(competency);
    let result = Memo::new(move |_| {
        app.with_session(|s| {
            cid.with_value(|c| s.results().into_iter().find(|r| &r.competency == c))
        })
        .flatten()
    });
    move || {
        let r = result.get()?;
        if r.level.is_none() && !r.no_example {
            return None;
        }
        let reading = r.reading.map(reading_label).map(|(label, help)| {
            view! {
                <p>
                    <strong>{text(Key::ColReading)} ": " {text(label)}</strong>
                    " " <span class="reading-help">{text(help)}</span>
                </p>
            }
        });
        let flag = r.flag.map(|f| {
            view! { <p class="flag"><span aria-hidden="true">"⚑ "</span>{text(flag_label(f))}</p> }
        });
        Some(view! {
            <div class="rated-reading" aria-live="polite">
                {reading}
                {flag}
            </div>
        })
    }
}
