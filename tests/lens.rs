//! Building and editing lenses (M20–M22, M28), and the rules a lens must meet.

use interviewgids::domain::finding::fresh_id;
use interviewgids::domain::interchange::{self, Content, Document};
use interviewgids::domain::lens_edit::{LensEdit, LensIssue};
use interviewgids::domain::{builtin, starter, Lang, Lens, Library, Phase};

fn library() -> Library {
    builtin::library(include_str!("../data/library.json")).expect("library")
}

fn add(lens: &mut Lens, library: &Library, id: &str) {
    let competency = library.competency(id).expect(id).clone();
    lens.apply(LensEdit::AddCompetency(competency)).unwrap();
}

fn ids(lens: &Lens) -> Vec<&str> {
    lens.competencies
        .iter()
        .map(|c| c.competency.id.as_str())
        .collect()
}

#[test]
fn a_new_lens_needs_a_name_and_competencies() {
    let mut lens = Lens::new("l-1", "  ");
    assert_eq!(
        lens.issues(),
        [LensIssue::NoName, LensIssue::NoCompetencies]
    );
    lens.apply(LensEdit::Rename("Projectleider".into()))
        .unwrap();
    assert_eq!(lens.issues(), [LensIssue::NoCompetencies]);
    add(&mut lens, &library(), "planning-organising");
    assert!(lens.is_ready());
}

#[test]
fn building_a_lens_from_the_library() {
    let library = library();
    let mut lens = Lens::new("l-1", "Projectleider");
    for id in [
        "planning-organising",
        "initiating-action",
        "influencing-inspiring",
    ] {
        add(&mut lens, &library, id);
    }
    // Adding the same competency twice does nothing.
    add(&mut lens, &library, "initiating-action");
    assert_eq!(
        ids(&lens),
        [
            "planning-organising",
            "initiating-action",
            "influencing-inspiring"
        ]
    );
    // All library questions start as standard questions, at the default standard 3.
    let first = &lens.competencies[0];
    assert_eq!(first.standard, 3);
    assert_eq!(first.weight, 1);
    assert_eq!(
        first.standard_questions,
        [
            "planning-organising-q1",
            "planning-organising-q2",
            "planning-organising-q3"
        ]
    );

    lens.apply(LensEdit::ToggleQuestion {
        competency: "planning-organising".into(),
        question: "planning-organising-q1".into(),
    })
    .unwrap();
    lens.apply(LensEdit::ToggleQuestion {
        competency: "planning-organising".into(),
        question: "planning-organising-q1".into(),
    })
    .unwrap();
    // Toggled back on, it returns to its place in the competency's order.
    assert_eq!(
        lens.competencies[0].standard_questions,
        [
            "planning-organising-q1",
            "planning-organising-q2",
            "planning-organising-q3"
        ]
    );
    lens.apply(LensEdit::ToggleQuestion {
        competency: "planning-organising".into(),
        question: "nope".into(),
    })
    .unwrap();
    assert_eq!(lens.competencies[0].standard_questions.len(), 3);

    lens.apply(LensEdit::SetStandard {
        competency: "planning-organising".into(),
        level: 4,
    })
    .unwrap();
    assert_eq!(lens.competencies[0].standard, 4);

    lens.apply(LensEdit::MoveCompetency {
        id: "influencing-inspiring".into(),
        by: -1,
    })
    .unwrap();
    lens.apply(LensEdit::MoveCompetency {
        id: "planning-organising".into(),
        by: -1,
    })
    .unwrap();
    assert_eq!(
        ids(&lens),
        [
            "planning-organising",
            "influencing-inspiring",
            "initiating-action"
        ]
    );
    lens.apply(LensEdit::RemoveCompetency("influencing-inspiring".into()))
        .unwrap();
    assert_eq!(ids(&lens), ["planning-organising", "initiating-action"]);

    lens.apply(LensEdit::SetMinutes {
        phase: Phase::Competencies,
        minutes: 60,
    })
    .unwrap();
    lens.apply(LensEdit::SetMinutes {
        phase: Phase::WarmUp,
        minutes: 9_999,
    })
    .unwrap();
    assert_eq!(lens.phase_minutes.competencies, 60);
    assert_eq!(lens.phase_minutes.warm_up, 240);
    assert!(lens.is_ready());
}

#[test]
fn a_competency_without_standard_questions_is_flagged() {
    let mut lens = Lens::new("l-1", "Teamleider");
    add(&mut lens, &library(), "deciding");
    for n in 1..=3 {
        lens.apply(LensEdit::ToggleQuestion {
            competency: "deciding".into(),
            question: format!("deciding-q{n}"),
        })
        .unwrap();
    }
    assert_eq!(lens.issues(), [LensIssue::NoQuestions { index: 0 }]);
}

#[test]
fn own_questions_are_added_as_standard_questions_and_removed_cleanly() {
    let mut lens = Lens::new("l-1", "Teamleider");
    add(&mut lens, &library(), "deciding");
    let own = |text: &str| LensEdit::AddOwnQuestion {
        competency: "deciding".into(),
        text: text.into(),
        probes: vec!["Wat deed je precies?".into(), "  ".into()],
    };
    lens.apply(own("  ")).unwrap();
    assert_eq!(
        lens.competencies[0].competency.questions.len(),
        3,
        "blank is ignored"
    );
    lens.apply(own(" Vertel over een besluit in een crisis. "))
        .unwrap();
    lens.apply(own("Vertel over een besluit dat je terugdraaide."))
        .unwrap();
    let item = &lens.competencies[0];
    let added = item
        .competency
        .question("deciding-own1")
        .expect("own question");
    assert!(added.own);
    assert_eq!(added.text.nl, "Vertel over een besluit in een crisis.");
    assert_eq!(added.text.en, added.text.nl);
    assert_eq!(added.probes.len(), 1, "blank probes are dropped");
    assert!(item
        .standard_questions
        .ends_with(&["deciding-own1".to_owned(), "deciding-own2".to_owned()]));

    lens.apply(LensEdit::RemoveOwnQuestion {
        competency: "deciding".into(),
        question: "deciding-own1".into(),
    })
    .unwrap();
    // Library questions cannot be removed, only unticked.
    lens.apply(LensEdit::RemoveOwnQuestion {
        competency: "deciding".into(),
        question: "deciding-q1".into(),
    })
    .unwrap();
    let item = &lens.competencies[0];
    assert!(item.competency.question("deciding-q1").is_some());
    assert!(!item
        .standard_questions
        .contains(&"deciding-own1".to_owned()));
    lens.apply(own("Nog een vraag.")).unwrap();
    assert!(lens.competencies[0]
        .competency
        .question("deciding-own1")
        .is_some());
    assert!(lens.is_ready());
}

#[test]
fn a_lens_with_own_questions_round_trips_through_a_file() {
    let mut lens = Lens::new("l-1", "Teamleider");
    add(&mut lens, &library(), "deciding");
    lens.apply(LensEdit::AddOwnQuestion {
        competency: "deciding".into(),
        text: "Eigen vraag".into(),
        probes: vec!["Eigen doorvraag".into()],
    })
    .unwrap();
    let doc = Document::new("2026-11-28T12:00:00Z", Content::Lens(lens.clone()));
    let parsed = interchange::parse(&doc.to_json().unwrap()).unwrap();
    assert_eq!(parsed.content, Content::Lens(lens));
}

#[test]
fn the_starter_lenses_are_ready_and_valid_files() {
    let library = library();
    for lang in Lang::ALL {
        let lenses = starter::lenses(&library, lang);
        assert_eq!(lenses.len(), 3);
        for lens in lenses {
            assert!(lens.is_ready(), "{}: {:?}", lens.id, lens.issues());
            assert_eq!(lens.competencies.len(), 6, "{}", lens.id);
            let doc = Document::new("", Content::Lens(lens.clone()));
            interchange::parse(&doc.to_json().unwrap()).unwrap();
        }
    }
    let names: Vec<String> = starter::lenses(&library, Lang::Nl)
        .into_iter()
        .map(|l| l.name)
        .collect();
    assert_eq!(
        names,
        ["Teamleider", "Klantenservicemedewerker", "Projectleider"]
    );
}

#[test]
fn fresh_ids_never_collide() {
    assert_eq!(fresh_id("lens", 0, []), "lens-0");
    assert_eq!(fresh_id("lens", 35, []), "lens-z");
    assert_eq!(fresh_id("lens", 36, []), "lens-10");
    assert_eq!(fresh_id("lens", 36, ["lens-10", "lens-10-2"]), "lens-10-3");
}

mod importing {
    use super::*;
    use interviewgids::domain::import::{classify, resolve, Incoming, Resolution};

    #[test]
    fn incoming_lenses_are_new_unchanged_or_in_conflict() {
        let library = library();
        let mut stored = Lens::new("a", "A");
        add(&mut stored, &library, "deciding");
        let mut changed = stored.clone();
        changed.name = "A, changed".into();
        let other = Lens::new("b", "B");

        let plan = classify(
            &[stored.clone()],
            vec![stored.clone(), changed.clone(), other.clone()],
        );
        assert_eq!(
            plan,
            [
                Incoming::Unchanged(stored.clone()),
                Incoming::Conflict {
                    stored: stored.clone(),
                    incoming: changed.clone()
                },
                Incoming::New(other),
            ]
        );
    }

    #[test]
    fn a_resolved_conflict_never_overwrites_silently() {
        let incoming = Lens::new("a", "A, changed");
        assert_eq!(resolve(incoming.clone(), Resolution::Skip, 1, &["a"]), None);
        assert_eq!(
            resolve(incoming.clone(), Resolution::Replace, 1, &["a"]),
            Some(incoming.clone())
        );
        let kept = resolve(
            incoming.clone(),
            Resolution::KeepBoth,
            36,
            &["a", "a-copy-10"],
        )
        .expect("kept");
        assert_eq!(kept.id, "a-copy-10-2");
        assert_eq!(kept.name, incoming.name);
    }

    #[test]
    fn an_imported_library_replaces_same_ids_in_place_and_adds_the_rest() {
        let builtin = library();
        let mut own = builtin.competency("deciding").unwrap().clone();
        own.name.en = "Deciding (our version)".into();
        let mut extra = builtin.competency("drive").unwrap().clone();
        extra.id = "safety-awareness".into();
        let merged = builtin.overlaid(&Library {
            competencies: vec![own.clone(), extra.clone()],
        });
        assert_eq!(merged.competencies.len(), builtin.competencies.len() + 1);
        let position = |l: &Library, id: &str| l.competencies.iter().position(|c| c.id == id);
        assert_eq!(
            position(&merged, "deciding"),
            position(&builtin, "deciding")
        );
        assert_eq!(merged.competency("deciding"), Some(&own));
        assert_eq!(merged.competencies.last(), Some(&extra));
    }
}
