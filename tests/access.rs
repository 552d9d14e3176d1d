//! A candidate's own data (GDPR art. 15 and 17): a name is not a person. Namesakes for two
//! positions are listed apart and only what is ticked is taken; a name typed two ways (NFC and
//! NFD, an invisible character) is one name; names that are only alike are offered to check,
//! never merged; values kept aside that mention the name are found; exported files carry no
//! candidate name unless asked.

mod common;

use interviewgids::domain::access::{
    candidates, holding, mentions, name_key, same_candidate, session_ids, similar, similar_ids,
    ticked_at_first, Holding,
};
use interviewgids::domain::file_name::{candidate_file, interview_file, stem};
use interviewgids::domain::interchange::{self, Backup, Content, Document};
use interviewgids::domain::Session;

fn session(id: &str, candidate: &str, position: &str, at: &str) -> Session {
    let mut s = common::session(id);
    s.candidate = candidate.into();
    s.lens.name = position.into();
    s.scheduled_at = at.into();
    s
}

#[test]
fn two_namesakes_for_two_positions_are_listed_apart_and_only_the_ticked_one_is_taken() {
    let all = [
        session("s-1", "Jan de Vries", "Accountmanager", "2026-11-02T10:00"),
        session("s-2", "Jan de Vries", "Teamleider", "2026-12-07T14:30"),
        session("s-3", "Ilse Vos", "Teamleider", "2026-12-07T16:00"),
    ];
    let summaries: Vec<_> = all.iter().map(Session::summary).collect();
    // One name in the choice, two interviews under it, each its own line to tick.
    assert_eq!(
        candidates(&summaries),
        [("Ilse Vos".to_owned(), 1), ("Jan de Vries".to_owned(), 2)]
    );
    let under = session_ids("jan de vries", &summaries);
    assert_eq!(under, ["s-1", "s-2"]);
    // Two interviews under one name: nothing starts ticked; the user says which.
    assert!(ticked_at_first(&under, 0, 0).is_empty());
    // One interview and nothing else: that one starts ticked.
    assert_eq!(ticked_at_first(&under[..1], 0, 0), ["s-1"]);
    assert!(ticked_at_first(&under[..1], 1, 0).is_empty());
    assert!(ticked_at_first(&under[..1], 0, 1).is_empty());
    // The export holds the ticked one only.
    let ticked = ["s-2".to_owned()];
    let taken: Vec<Session> = all
        .iter()
        .filter(|s| ticked.contains(&s.id))
        .cloned()
        .collect();
    assert_eq!(
        holding(&taken, 1),
        Holding {
            sessions: 1,
            colleague_ratings: 0,
            kept_aside: 1
        }
    );
    let doc = Document::new(
        "2026-12-07T18:00:00Z",
        Content::Backup(Backup {
            sessions: taken,
            lenses: Vec::new(),
            kept_aside: vec!["{\"candidate\":\"Jan de Vries\",\"interview\":".into()],
        }),
    );
    let text = doc.to_json().unwrap();
    assert!(text.contains("Teamleider") && !text.contains("Accountmanager"));
    // The candidate's file reads back as it was written, kept-aside text and all.
    assert_eq!(interchange::parse(&text).unwrap(), doc);
}

#[test]
fn a_name_typed_two_ways_is_one_name() {
    let composed = "Müller";
    let decomposed = "Mu\u{308}ller";
    assert_ne!(composed, decomposed);
    assert!(same_candidate(composed, decomposed));
    assert!(same_candidate("Noor Haddad", "Noor\u{200B} Haddad"));
    assert!(same_candidate(
        "Noor Haddad",
        "\u{FEFF}noor  HADDAD\u{200D}"
    ));
    assert!(same_candidate("Noor Haddad", "Noor\u{A0}Haddad"));
    assert!(same_candidate("Zoë Bakker", "Zoe\u{308} Bakker"));
    assert_eq!(name_key("Mu\u{308}ller\u{AD}"), "müller");
    // Nothing is nobody.
    assert!(!same_candidate("", "\u{200B}"));
    assert!(!same_candidate("Noor Haddad", "Noor Hadad"));
    let summaries = [
        session("s-1", composed, "A", "").summary(),
        session("s-2", decomposed, "B", "").summary(),
    ];
    assert_eq!(candidates(&summaries).len(), 1);
    assert_eq!(session_ids(composed, &summaries), ["s-1", "s-2"]);
}

#[test]
fn near_spellings_are_offered_to_check_and_never_merged() {
    for (a, b) in [
        ("Jan de Vries", "J. de Vries"),
        ("Jan Pieter de Vries", "J.P. de Vries"),
        ("Anna Strauss", "Anna Strauß"),
        ("Piet van der Berg", "Piet van den Berg"),
        ("Mehmet Muller", "Mehmet Müller"),
        ("Noor el Haddad", "Noor El-Haddad"),
    ] {
        assert!(similar(a, b), "{a} ~ {b}");
        assert!(similar(b, a), "{b} ~ {a}");
        assert!(!same_candidate(a, b), "{a} is not {b}");
    }
    for (a, b) in [
        ("Jan de Vries", "Jan de Vries"),
        ("Jan de Vries", "Piet de Vries"),
        ("Jan de Vries", "Jan de Vos"),
        ("Jan de Vries", "de Vries"),
        ("Jan de Vries", "K. de Vries"),
        ("", "J."),
    ] {
        assert!(!similar(a, b), "{a} !~ {b}");
    }
    let summaries = [
        session("s-1", "Jan de Vries", "A", "").summary(),
        session("s-2", "J. de Vries", "A", "").summary(),
        session("s-3", "Piet de Vries", "A", "").summary(),
    ];
    assert_eq!(session_ids("Jan de Vries", &summaries), ["s-1"]);
    assert_eq!(similar_ids("Jan de Vries", &summaries), ["s-2"]);
    assert_eq!(candidates(&summaries).len(), 3);
}

#[test]
fn a_value_kept_aside_is_found_by_the_name_in_it_however_it_was_written() {
    let damaged = "{\"id\":\"s-9\",\"candidate\":\"Jan M\\u00fcller\",\"interview\":{\"warm_u";
    assert!(mentions(damaged, "jan müller"));
    assert!(mentions(damaged, "Jan Mu\u{308}ller"));
    assert!(mentions("{\"candidate\":\"Jan  Müller\"}", "Jan Müller"));
    assert!(!mentions(damaged, "Jan Muller"));
    assert!(!mentions(damaged, ""));
    // A broken escape is left as it is.
    assert!(mentions("\\u00zz Jan Müller \\u", "Jan Müller"));
}

#[test]
fn exported_file_names_carry_no_candidate_name_unless_asked() {
    let names = interview_file(
        "invitation",
        "Senior Accountmanager (Zuid)",
        "2026-12-08T10:30",
        "Jan de Vries",
    );
    assert_eq!(
        names.plain,
        "invitation-senior-accountmanager-zuid-2026-12-08-1030.json"
    );
    assert!(!names.plain.contains("vries"));
    assert_eq!(
        names.named,
        "invitation-jan-de-vries-senior-accountmanager-zuid-2026-12-08-1030.json"
    );
    // Not planned yet: the kind and the position.
    assert_eq!(
        interview_file("ratings", "Teamleider", "", "Noor").plain,
        "ratings-teamleider.json"
    );
    let own = candidate_file("2026-12-07", "Jan de Vries");
    assert_eq!(own.plain, "interviewgids-candidate-2026-12-07.json");
    assert_eq!(
        own.named,
        "interviewgids-candidate-jan-de-vries-2026-12-07.json"
    );
    assert_eq!(stem("  Zoë / Bakker  "), "zoë-bakker");
    assert_eq!(stem(&"x".repeat(90)).len(), 40);
}
