//! Competencies and their questions: the building blocks of a lens (M21) and of the library.

use serde::{Deserialize, Serialize};

use super::finding::{Checker, Problem};
use super::text::{Lang, Text};

/// The eight broad factors of the "Great Eight" competency model.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Factor {
    LeadingDeciding,
    SupportingCooperating,
    InteractingPresenting,
    AnalysingInterpreting,
    CreatingConceptualising,
    OrganisingExecuting,
    AdaptingCoping,
    EnterprisingPerforming,
}

impl Factor {
    pub const ALL: [Factor; 8] = [
        Factor::LeadingDeciding,
        Factor::SupportingCooperating,
        Factor::InteractingPresenting,
        Factor::AnalysingInterpreting,
        Factor::CreatingConceptualising,
        Factor::OrganisingExecuting,
        Factor::AdaptingCoping,
        Factor::EnterprisingPerforming,
    ];
}

/// A past-behaviour question with its STAR follow-up probes (M23).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Question {
    pub id: String,
    pub text: Text,
    #[serde(default)]
    pub probes: Vec<Text>,
    /// Written by the organisation for its lens, not taken from a library.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub own: bool,
}

/// Number of behavioural anchors on the rating scale, one per level 1–5 (M27, M28).
pub const ANCHOR_COUNT: usize = 5;

/// A competency: what it means, what personality basis it rests on (M18), how to ask about it
/// and how to rate the answers.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Competency {
    pub id: String,
    pub factor: Factor,
    pub name: Text,
    pub definition: Text,
    pub basis: Text,
    pub questions: Vec<Question>,
    /// What an answer at level 1, 2, 3, 4 and 5 shows, in that order.
    pub anchors: Vec<Text>,
}

impl Competency {
    pub fn question(&self, id: &str) -> Option<&Question> {
        self.questions.iter().find(|q| q.id == id)
    }
}

/// A set of competencies: the built-in library, or an organisation's own.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Library {
    pub competencies: Vec<Competency>,
}

impl Library {
    pub fn competency(&self, id: &str) -> Option<&Competency> {
        self.competencies.iter().find(|c| c.id == id)
    }

    pub fn in_factor(&self, factor: Factor) -> impl Iterator<Item = &Competency> {
        self.competencies.iter().filter(move |c| c.factor == factor)
    }

    /// This library with `other` laid over it: a competency in `other` replaces the one with the
    /// same id in place, the rest are added at the end.
    pub fn overlaid(&self, other: &Library) -> Library {
        let mut competencies = self.competencies.clone();
        for c in &other.competencies {
            match competencies.iter_mut().find(|mine| mine.id == c.id) {
                Some(mine) => *mine = c.clone(),
                None => competencies.push(c.clone()),
            }
        }
        Library { competencies }
    }

    /// The competencies in `factor` (or all) whose name, definition, basis or questions contain
    /// every word of `query` in `lang`, ignoring case and accents ("beinvloeden" finds
    /// "Beïnvloeden"). An empty query matches everything.
    pub fn search(&self, query: &str, lang: Lang, factor: Option<Factor>) -> Vec<&Competency> {
        let words: Vec<String> = fold(query).split_whitespace().map(str::to_owned).collect();
        self.competencies
            .iter()
            .filter(|c| factor.is_none_or(|f| c.factor == f))
            .filter(|c| {
                let mut haystack = [&c.name, &c.definition, &c.basis]
                    .iter()
                    .map(|t| t.get(lang))
                    .collect::<Vec<_>>()
                    .join(" ");
                for q in &c.questions {
                    haystack.push(' ');
                    haystack.push_str(q.text.get(lang));
                }
                let haystack = fold(&haystack);
                words.iter().all(|w| haystack.contains(w.as_str()))
            })
            .collect()
    }
}

/// Lower case without the accents Dutch and English use, for forgiving search.
fn fold(text: &str) -> String {
    text.chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'à' | 'á' | 'â' | 'ä' | 'ã' | 'å' => 'a',
            'è' | 'é' | 'ê' | 'ë' => 'e',
            'ì' | 'í' | 'î' | 'ï' => 'i',
            'ò' | 'ó' | 'ô' | 'ö' | 'õ' => 'o',
            'ù' | 'ú' | 'û' | 'ü' => 'u',
            'ç' => 'c',
            'ñ' => 'n',
            other => other,
        })
        .collect()
}

/// The rules a competency in a file must meet: ids, both languages, questions and five anchors.
impl Checker {
    pub fn question(&mut self, question: &Question) {
        self.id(&question.id);
        self.field("text", |c| c.text(&question.text));
        self.field("probes", |c| {
            for (i, probe) in question.probes.iter().enumerate() {
                c.index(i, |c| c.text(probe));
            }
        });
    }

    pub fn competency(&mut self, competency: &Competency) {
        self.id(&competency.id);
        self.field("name", |c| c.text(&competency.name));
        self.field("definition", |c| c.text(&competency.definition));
        self.field("basis", |c| c.text(&competency.basis));
        self.field("questions", |c| {
            if competency.questions.is_empty() {
                c.report(Problem::NoQuestions);
            }
            for (i, question) in competency.questions.iter().enumerate() {
                c.index(i, |c| c.question(question));
            }
        });
        self.unique_ids(
            "questions",
            &["id"],
            competency.questions.iter().map(|q| q.id.as_str()),
        );
        self.field("anchors", |c| {
            if competency.anchors.len() != ANCHOR_COUNT {
                c.report(Problem::AnchorCount {
                    found: competency.anchors.len(),
                });
            }
            for (i, anchor) in competency.anchors.iter().enumerate() {
                c.index(i, |c| c.text(anchor));
            }
        });
    }

    pub fn library(&mut self, library: &Library) {
        self.field("competencies", |c| {
            for (i, competency) in library.competencies.iter().enumerate() {
                c.index(i, |c| c.competency(competency));
            }
        });
        self.unique_ids(
            "competencies",
            &["id"],
            library.competencies.iter().map(|c| c.id.as_str()),
        );
    }
}
