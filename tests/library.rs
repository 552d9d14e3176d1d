//! The built-in competency library: enough competencies, every factor covered, and every
//! competency complete in both languages (BRIEF section 2).

use std::collections::HashSet;

use interviewgids::domain::competency::ANCHOR_COUNT;
use interviewgids::domain::{builtin, Factor, Lang, Library, Text};

fn library() -> Library {
    builtin::library(include_str!("../data/library.json"))
        .unwrap_or_else(|findings| panic!("library invalid: {findings:?}"))
}

/// Every rule the brief sets for the library, as a list of what breaks them.
fn breaches(library: &Library) -> Vec<String> {
    let mut out = Vec::new();
    if library.competencies.len() < 24 {
        out.push(format!("only {} competencies", library.competencies.len()));
    }
    for factor in Factor::ALL {
        let n = library.in_factor(factor).count();
        if n < 2 {
            out.push(format!("{factor:?} has {n} competencies"));
        }
    }
    let mut ids = HashSet::new();
    let empty = |where_: String, text: &Text, out: &mut Vec<String>| {
        for lang in Lang::ALL {
            if text.get(lang).trim().is_empty() {
                out.push(format!("{where_} has no {} text", lang.code()));
            }
        }
    };
    for c in &library.competencies {
        if !ids.insert(c.id.clone()) {
            out.push(format!("duplicate id {}", c.id));
        }
        empty(format!("{} name", c.id), &c.name, &mut out);
        empty(format!("{} definition", c.id), &c.definition, &mut out);
        empty(format!("{} basis", c.id), &c.basis, &mut out);
        if c.questions.len() < 3 {
            out.push(format!("{} has {} questions", c.id, c.questions.len()));
        }
        for q in &c.questions {
            if !ids.insert(q.id.clone()) {
                out.push(format!("duplicate id {}", q.id));
            }
            empty(q.id.clone(), &q.text, &mut out);
            if q.probes.len() < 2 {
                out.push(format!("{} has {} probes", q.id, q.probes.len()));
            }
            for (i, p) in q.probes.iter().enumerate() {
                empty(format!("{} probe {i}", q.id), p, &mut out);
            }
        }
        if c.anchors.len() != ANCHOR_COUNT {
            out.push(format!("{} has {} anchors", c.id, c.anchors.len()));
        }
        for (i, a) in c.anchors.iter().enumerate() {
            empty(format!("{} anchor {}", c.id, i + 1), a, &mut out);
        }
    }
    out
}

#[test]
fn the_built_in_library_meets_every_rule() {
    let library = library();
    assert_eq!(breaches(&library), Vec::<String>::new());
}

#[test]
fn the_rules_catch_each_kind_of_gap() {
    let full = library();
    let mut broken = full.clone();
    broken.competencies.truncate(23);
    assert!(breaches(&broken).iter().any(|b| b.contains("only 23")));

    let mut broken = full.clone();
    broken
        .competencies
        .retain(|c| c.factor != Factor::AdaptingCoping || c.id == "adaptability");
    assert!(breaches(&broken)
        .iter()
        .any(|b| b.contains("AdaptingCoping has 1")));

    let mut broken = full.clone();
    broken.competencies[0].questions.pop();
    broken.competencies[1].questions[0].probes.pop();
    broken.competencies[1].questions[0].probes.pop();
    broken.competencies[2].anchors.push(Text::new("x", "x"));
    broken.competencies[3].definition.en = " ".into();
    broken.competencies[4].id = broken.competencies[5].id.clone();
    let found = breaches(&broken);
    assert!(
        found.iter().any(|b| b.ends_with("has 2 questions")),
        "{found:?}"
    );
    assert!(
        found.iter().any(|b| b.ends_with("has 1 probes")),
        "{found:?}"
    );
    assert!(
        found.iter().any(|b| b.ends_with("has 6 anchors")),
        "{found:?}"
    );
    assert!(
        found
            .iter()
            .any(|b| b.ends_with("definition has no en text")),
        "{found:?}"
    );
    assert!(
        found.iter().any(|b| b.starts_with("duplicate id")),
        "{found:?}"
    );
}

#[test]
fn the_methods_own_examples_are_in_the_library() {
    let library = library();
    for (id, factor) in [
        ("initiating-action", Factor::LeadingDeciding),
        ("influencing-inspiring", Factor::InteractingPresenting),
        ("planning-organising", Factor::OrganisingExecuting),
    ] {
        let c = library
            .competency(id)
            .unwrap_or_else(|| panic!("{id} missing"));
        assert_eq!(c.factor, factor);
    }
    // M18: planning rests on conscientiousness.
    let planning = library.competency("planning-organising").unwrap();
    assert!(planning
        .basis
        .en
        .to_lowercase()
        .contains("conscientiousness"));
    assert!(planning
        .basis
        .nl
        .to_lowercase()
        .contains("consciëntieusheid"));
}

#[test]
fn questions_ask_about_past_behaviour_not_hypotheticals() {
    let hypothetical_en = ["would you", "what if", "imagine", "suppose"];
    let hypothetical_nl = ["zou je", "stel dat", "stel je voor", "wat als"];
    for c in library().competencies {
        for q in c.questions {
            let en = q.text.en.to_lowercase();
            let nl = q.text.nl.to_lowercase();
            assert!(
                !hypothetical_en.iter().any(|h| en.contains(h)),
                "{}: {}",
                q.id,
                q.text.en
            );
            assert!(
                !hypothetical_nl.iter().any(|h| nl.contains(h)),
                "{}: {}",
                q.id,
                q.text.nl
            );
            assert!(
                ["Tell me about", "Describe ", "Give an example"]
                    .iter()
                    .any(|start| q.text.en.starts_with(start)),
                "{}: {}",
                q.id,
                q.text.en
            );
        }
    }
}

#[test]
fn anchors_describe_behaviour_that_was_shown() {
    // "No example" is recorded as such, never as level 1 (M2, M24): no anchor may read as
    // the absence of an example; and an anchor describes what can be observed, not an absolute.
    let no_example = [
        "no example",
        "geen voorbeeld",
        "gives no",
        "geeft geen",
        "cannot give",
        "kan geen",
    ];
    let unobservable = ["flawless", "feilloos", "foutloos", "error-free", "perfect"];
    let mut found = Vec::new();
    for c in library().competencies {
        for (level, anchor) in c.anchors.iter().enumerate() {
            for text in [&anchor.nl, &anchor.en] {
                let lower = text.to_lowercase();
                let words = no_example.iter().chain(&unobservable);
                if let Some(word) = words.into_iter().find(|w| lower.contains(*w)) {
                    found.push(format!("{} level {}: {word:?} in {text}", c.id, level + 1));
                }
            }
        }
    }
    assert!(found.is_empty(), "{}", found.join("\n"));
}

#[test]
fn questions_ask_for_one_situation_and_nothing_about_health() {
    // Past behaviour is asked as one situation ("a time", "a situation"), not a habit; and no
    // question invites the candidate to disclose their health (pressure that became too much).
    let habit = [
        "how do you usually",
        "how you kept",
        "how do you keep",
        "in general",
        "hoe je in het afgelopen jaar",
        "meestal",
        "doorgaans",
    ];
    let health = [
        "too much",
        "te veel werd",
        "burn",
        "sick",
        "ziek",
        "health",
        "gezondheid",
    ];
    let mut found = Vec::new();
    for c in library().competencies {
        for q in &c.questions {
            let texts = std::iter::once(&q.text).chain(&q.probes);
            for text in texts.flat_map(|t| [&t.nl, &t.en]) {
                let lower = text.to_lowercase();
                if let Some(word) = habit.iter().chain(&health).find(|w| lower.contains(*w)) {
                    found.push(format!("{}: {word:?} in {text}", q.id));
                }
            }
        }
    }
    assert!(found.is_empty(), "{}", found.join("\n"));
}

#[test]
fn names_mean_the_same_in_both_languages() {
    let library = library();
    let name = |id: &str| {
        library
            .competency(id)
            .map(|c| (c.name.nl.as_str(), c.name.en.as_str()))
    };
    assert_eq!(
        name("learning-orientation"),
        Some(("Leergerichtheid", "Learning orientation"))
    );
    assert_eq!(
        name("stress-resistance"),
        Some(("Omgaan met druk", "Coping with pressure"))
    );
}

#[test]
fn search_ignores_case_and_accents_and_respects_the_factor() {
    let library = library();
    let ids = |found: Vec<&interviewgids::domain::Competency>| {
        found.into_iter().map(|c| c.id.clone()).collect::<Vec<_>>()
    };
    assert_eq!(
        ids(library.search("BEINVLOEDEN", Lang::Nl, None)),
        ["influencing-inspiring"]
    );
    assert_eq!(
        ids(library.search("plan deadline", Lang::En, None)),
        ["planning-organising"]
    );
    assert!(library
        .search("deadline", Lang::En, Some(Factor::LeadingDeciding))
        .is_empty());
    assert_eq!(
        library
            .search("", Lang::En, Some(Factor::AdaptingCoping))
            .len(),
        library.in_factor(Factor::AdaptingCoping).count()
    );
    assert_eq!(
        library.search("  ", Lang::Nl, None).len(),
        library.competencies.len()
    );
}
