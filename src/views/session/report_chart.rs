//! The report's one picture (M1–M3): per competency the assessment score beside the interview
//! rating and the standard, as inline SVG. Shapes and printed figures carry the meaning, so it
//! reads in black and white; a list says the same for screen readers.

use leptos::prelude::*;

use crate::domain::assessment::Thresholds;
use crate::domain::report::{on_scale, Section};
use crate::domain::Lang;
use crate::i18n::{score_text, t, tf, Key};

const NAME_WIDTH: u32 = 190;
const SCORE_X: u32 = 200;
const RATING_X: u32 = 450;
const PANEL: u32 = 180;
const HEAD: u32 = 40;
const ROW: u32 = 40;
const WIDTH: u32 = 720;

/// The longest name that fits beside the bars; longer ones are cut (whole in the list below,
/// in the title on hover and in the report's sections).
const NAME_CHARS: usize = 26;

fn short(name: &str) -> String {
    if name.chars().count() <= NAME_CHARS {
        return name.to_owned();
    }
    let cut: String = name.chars().take(NAME_CHARS - 1).collect();
    format!("{}…", cut.trim_end())
}

/// What stands where a level would: "no example" is said as such, never drawn as a level.
fn unrated(no_example: bool) -> Key {
    if no_example {
        Key::NoExampleShort
    } else {
        Key::ChartNotRated
    }
}

#[component]
pub fn ReportChart(sections: Vec<Section>, thresholds: Thresholds, lang: Lang) -> impl IntoView {
    let height = HEAD + ROW * sections.len() as u32 + 8;
    let score_x = |score: u32| SCORE_X + on_scale(score, 0, 100, PANEL);
    let level_x = |level: u32| RATING_X + on_scale(level, 1, 5, PANEL);
    let ticks = (1..=5u32)
        .map(|l| {
            view! {
                <text x=level_x(l) y=HEAD - 8 text-anchor="middle" class="chart-small">{l.to_string()}</text>
            }
        })
        .collect_view();
    let rows = sections
        .iter()
        .enumerate()
        .map(|(i, section)| {
            let mid = HEAD + ROW * i as u32 + ROW / 2;
            let r = &section.result;
            // Bars stand on the percentile scale the thresholds use; the figure is as typed.
            let score = r.score.map(|s| {
                let end = score_x(u32::from(s.percentile()));
                view! {
                    <rect x=SCORE_X y=mid - 7 width=end - SCORE_X height=14 class="chart-bar"/>
                    <text x=SCORE_X + PANEL + 6 y=mid + 5 class="chart-figure">{score_text(lang, s)}</text>
                }
            });
            let limits = [thresholds.low, thresholds.high].map(|limit| {
                let x = score_x(u32::from(limit));
                view! { <line x1=x x2=x y1=mid - 11 y2=mid + 11 class="chart-limit"/> }
            });
            let sx = level_x(u32::from(r.standard));
            let standard = format!(
                "{},{} {},{} {},{} {},{}",
                sx,
                mid - 10,
                sx + 10,
                mid,
                sx,
                mid + 10,
                sx - 10,
                mid
            );
            let rating = match r.level {
                Some(level) => view! {
                    <circle cx=level_x(u32::from(level)) cy=mid r=6 class="chart-rating"/>
                    <text x=RATING_X + PANEL + 16 y=mid + 5 class="chart-figure">{level.to_string()}</text>
                }
                .into_any(),
                None => view! {
                    <text x=RATING_X + PANEL + 16 y=mid + 5 class="chart-small">{t(lang, unrated(r.no_example))}</text>
                }
                .into_any(),
            };
            view! {
                <g>
                    <text x=0 y=mid + 5 class="chart-name">
                        <title>{section.name.get(lang).to_owned()}</title>
                        {short(section.name.get(lang))}
                    </text>
                    <rect x=SCORE_X y=mid - 7 width=PANEL height=14 class="chart-track"/>
                    {score}
                    {limits}
                    <line x1=RATING_X x2=RATING_X + PANEL y1=mid y2=mid class="chart-axis"/>
                    <polygon points=standard class="chart-standard"/>
                    {rating}
                </g>
            }
        })
        .collect_view();
    let described = sections
        .iter()
        .map(|s| {
            let r = &s.result;
            let none = t(lang, Key::ChartNoScore);
            let score = r.score.map_or(none.to_owned(), |v| score_text(lang, v));
            let level = r
                .level
                .map_or(t(lang, unrated(r.no_example)).to_owned(), |v| v.to_string());
            let args = [
                ("name", s.name.get(lang)),
                ("score", score.as_str()),
                ("level", level.as_str()),
                ("standard", &r.standard.to_string()),
            ];
            view! { <li>{tf(lang, Key::ChartRow, &args)}</li> }
        })
        .collect_view();
    view! {
        <figure class="report-chart">
            <svg
                viewBox=format!("0 0 {WIDTH} {height}")
                role="img"
                aria-labelledby="chart-title"
                xmlns="http://www.w3.org/2000/svg"
            >
                <title id="chart-title">{t(lang, Key::ChartTitle)}</title>
                <text x=SCORE_X y=14 class="chart-head">{t(lang, Key::ChartScoreAxis)}</text>
                <text x=RATING_X y=14 class="chart-head">{t(lang, Key::ChartRatingAxis)}</text>
                {ticks}
                {rows}
                <line x1=NAME_WIDTH x2=NAME_WIDTH y1=HEAD y2=height - 8 class="chart-axis"/>
            </svg>
            <figcaption>{t(lang, Key::ChartLegend)}</figcaption>
            <ul class="visually-hidden">{described}</ul>
        </figure>
    }
}
