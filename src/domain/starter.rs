//! Three example lenses that ship with the app, assembled from the built-in library so they
//! always carry its current texts. They are read-only; users duplicate them to make their own.

use super::competency::Library;
use super::lens::{Lens, LensCompetency};
use super::phase::PhaseMinutes;
use super::text::{Lang, Text};

struct Pick {
    competency: &'static str,
    standard: u8,
    weight: u8,
    /// 1-based positions of the library questions every candidate is asked.
    questions: &'static [usize],
}

struct Starter {
    id: &'static str,
    name: (&'static str, &'static str),
    description: (&'static str, &'static str),
    /// Warm-up, clarity, assessment, competencies, closing.
    minutes: [u16; 5],
    picks: &'static [Pick],
}

const fn pick(
    competency: &'static str,
    standard: u8,
    weight: u8,
    questions: &'static [usize],
) -> Pick {
    Pick {
        competency,
        standard,
        weight,
        questions,
    }
}

const STARTERS: [Starter; 3] = [
    Starter {
        id: "example-team-leader",
        name: ("Teamleider", "Team leader"),
        description: (
            "Geeft dagelijks leiding aan een team van acht tot vijftien medewerkers en is verantwoordelijk voor de resultaten en de ontwikkeling van het team.",
            "Leads a team of eight to fifteen people day to day and is responsible for the team's results and development.",
        ),
        minutes: [5, 5, 15, 50, 10],
        picks: &[
            pick("leading-supervising", 4, 2, &[1, 2, 3]),
            pick("deciding", 3, 1, &[1, 2]),
            pick("influencing-inspiring", 3, 1, &[1, 2]),
            pick("cooperating", 3, 1, &[1, 3]),
            pick("planning-organising", 3, 1, &[1, 2]),
            pick("stress-resistance", 3, 1, &[1, 2]),
        ],
    },
    Starter {
        id: "example-customer-service",
        name: ("Klantenservicemedewerker", "Customer service employee"),
        description: (
            "Helpt klanten via telefoon, chat en e-mail, lost vragen en klachten zelfstandig op en legt afspraken zorgvuldig vast.",
            "Helps customers by phone, chat and email, resolves questions and complaints independently and records agreements carefully.",
        ),
        minutes: [5, 5, 10, 40, 10],
        picks: &[
            pick("customer-focus", 4, 2, &[1, 2, 3]),
            pick("cooperating", 3, 1, &[1, 3]),
            pick("stress-resistance", 3, 1, &[2, 3]),
            pick("written-communication", 3, 1, &[1, 2]),
            pick("attention-to-quality", 3, 1, &[1, 2]),
            pick("adaptability", 3, 1, &[1, 3]),
        ],
    },
    Starter {
        id: "example-project-manager",
        name: ("Projectleider", "Project manager"),
        description: (
            "Leidt projecten van start tot oplevering, met een team uit verschillende afdelingen, binnen afgesproken tijd, budget en kwaliteit.",
            "Leads projects from start to delivery with a team drawn from several departments, within the agreed time, budget and quality.",
        ),
        minutes: [5, 5, 15, 50, 10],
        picks: &[
            pick("planning-organising", 4, 2, &[1, 2, 3]),
            pick("initiating-action", 3, 1, &[1, 3]),
            pick("influencing-inspiring", 3, 1, &[1, 3]),
            pick("analysing-problems", 3, 1, &[1, 2]),
            pick("result-orientation", 4, 1, &[1, 2]),
            pick("presenting", 3, 1, &[1, 2]),
        ],
    },
];

/// The example lenses, named in `lang`. A pick whose competency is missing from the library is
/// left out rather than failing, so a changed library never breaks the app.
pub fn lenses(library: &Library, lang: Lang) -> Vec<Lens> {
    STARTERS
        .iter()
        .map(|starter| {
            let [warm_up, clarity, assessment, competencies, closing] = starter.minutes;
            let text = |(nl, en): (&str, &str)| Text::new(nl, en).get(lang).to_owned();
            Lens {
                id: starter.id.to_owned(),
                name: text(starter.name),
                description: text(starter.description),
                competencies: starter
                    .picks
                    .iter()
                    .filter_map(|pick| {
                        let competency = library.competency(pick.competency)?.clone();
                        let standard_questions = pick
                            .questions
                            .iter()
                            .filter_map(|n| competency.questions.get(n - 1))
                            .map(|q| q.id.clone())
                            .collect();
                        Some(LensCompetency {
                            competency,
                            standard: pick.standard,
                            weight: pick.weight,
                            standard_questions,
                        })
                    })
                    .collect(),
                phase_minutes: PhaseMinutes {
                    warm_up,
                    clarity,
                    assessment,
                    competencies,
                    closing,
                },
                thresholds: Default::default(),
            }
        })
        .collect()
}
