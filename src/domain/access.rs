//! A candidate's own data (AVG/GDPR Art. 15 access, Art. 17 erasure): everything stored about
//! one person on this device. A name is not a person: two people called "Jan de Vries" may
//! have applied for two positions, so every interview under a name is listed apart and only
//! the ones the user ticks are exported or erased. Names match when they are the same text to
//! a reader (Unicode NFC, format characters such as zero-width spaces removed, case and runs of
//! spaces not counted); names that are only alike ("J. de Vries", "Strauss"/"Strauß", "van
//! der"/"van den") are offered to check, never merged.

use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

use super::session::{Session, SessionSummary};

/// A name as a reader sees it: composed (NFC), without format characters, lower case, single
/// spaces.
pub fn name_key(name: &str) -> String {
    let composed: String = name.nfc().filter(|c| !is_format(*c)).collect();
    composed
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// Whether two names are the same name (never true for an empty one).
pub fn same_candidate(a: &str, b: &str) -> bool {
    let key = name_key(a);
    !key.is_empty() && key == name_key(b)
}

/// Invisible characters that change the bytes of a name but not what anyone reads (Unicode's
/// format characters, category Cf: zero-width spaces and joiners, direction marks, the soft
/// hyphen, the byte order mark).
fn is_format(c: char) -> bool {
    matches!(
        c,
        '\u{AD}'
            | '\u{600}'..='\u{605}'
            | '\u{61C}'
            | '\u{6DD}'
            | '\u{70F}'
            | '\u{890}'..='\u{891}'
            | '\u{8E2}'
            | '\u{180E}'
            | '\u{200B}'..='\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{2064}'
            | '\u{2066}'..='\u{206F}'
            | '\u{FEFF}'
            | '\u{FFF9}'..='\u{FFFB}'
            | '\u{110BD}'
            | '\u{110CD}'
            | '\u{13430}'..='\u{1343F}'
            | '\u{1BCA0}'..='\u{1BCA3}'
            | '\u{1D173}'..='\u{1D17A}'
            | '\u{E0001}'
            | '\u{E0020}'..='\u{E007F}'
    )
}

/// Words between given name and surname that people write one way or another ("van der" and
/// "van den", "de" and "De"): left out when names are compared loosely.
const PARTICLES: [&str; 24] = [
    "van", "von", "der", "den", "de", "des", "del", "della", "di", "da", "das", "dos", "du", "het",
    "t", "ten", "ter", "te", "in", "op", "la", "le", "zu", "zur",
];

/// A name reduced to what survives careless writing: accents dropped, ß as ss, punctuation
/// as space, particles left out.
fn loose_words(name: &str) -> Vec<String> {
    let mut plain = String::new();
    for c in name_key(name).nfd() {
        match c {
            _ if is_combining_mark(c) => {}
            'ß' => plain.push_str("ss"),
            _ if c.is_alphanumeric() => plain.push(c),
            _ => plain.push(' '),
        }
    }
    plain
        .split_whitespace()
        .filter(|w| !PARTICLES.contains(w))
        .map(str::to_owned)
        .collect()
}

/// Whether two different names may be one person written differently: alike once loosened,
/// or the same surname with given names that are each equal or an initial of the other's.
pub fn similar(a: &str, b: &str) -> bool {
    if same_candidate(a, b) {
        return false;
    }
    let (wa, wb) = (loose_words(a), loose_words(b));
    if wa.is_empty() || wa.len() != wb.len() {
        return false;
    }
    let last = wa.len() - 1;
    wa[last] == wb[last]
        && wa[..last]
            .iter()
            .zip(&wb[..last])
            .all(|(x, y)| x == y || initial_of(x, y) || initial_of(y, x))
}

/// "j" is an initial of "jan".
fn initial_of(initial: &str, word: &str) -> bool {
    let mut letters = initial.chars();
    matches!((letters.next(), letters.next()), (Some(c), None) if word.starts_with(c))
}

/// The candidates on this device, each name once (as first written), with their number of
/// sessions; alphabetical.
pub fn candidates<'a>(list: impl IntoIterator<Item = &'a SessionSummary>) -> Vec<(String, usize)> {
    let mut found: Vec<(String, String, usize)> = Vec::new();
    for summary in list {
        let k = name_key(&summary.candidate);
        if k.is_empty() {
            continue;
        }
        match found.iter_mut().find(|(known, _, _)| *known == k) {
            Some((_, _, n)) => *n += 1,
            None => found.push((k, summary.candidate.trim().to_owned(), 1)),
        }
    }
    found.sort_by(|a, b| a.0.cmp(&b.0));
    found.into_iter().map(|(_, name, n)| (name, n)).collect()
}

/// The ids of the sessions under `name`.
pub fn session_ids<'a>(
    name: &str,
    list: impl IntoIterator<Item = &'a SessionSummary>,
) -> Vec<String> {
    ids_where(list, |candidate| same_candidate(candidate, name))
}

/// The ids of the sessions under names that are only similar to `name`: to check, not to
/// take along unasked.
pub fn similar_ids<'a>(
    name: &str,
    list: impl IntoIterator<Item = &'a SessionSummary>,
) -> Vec<String> {
    ids_where(list, |candidate| similar(candidate, name))
}

fn ids_where<'a>(
    list: impl IntoIterator<Item = &'a SessionSummary>,
    about: impl Fn(&str) -> bool,
) -> Vec<String> {
    list.into_iter()
        .filter(|s| about(&s.candidate))
        .map(|s| s.id.clone())
        .collect()
}

/// Whether a text kept aside as it was (a damaged value) mentions `name`, compared as names
/// are; JSON's `\u` escapes are read as the characters they stand for.
pub fn mentions(text: &str, name: &str) -> bool {
    let key = name_key(name);
    !key.is_empty() && name_key(&unescape(text)).contains(&key)
}

/// `\u00fc` → `ü`, leaving anything else as it is (the text may be cut off anywhere).
fn unescape(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.contains("\\u") {
        return text.into();
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find("\\u") {
        out.push_str(&rest[..at]);
        let decoded = rest
            .get(at + 2..at + 6)
            .and_then(|hex| u32::from_str_radix(hex, 16).ok())
            .and_then(char::from_u32);
        match decoded {
            Some(c) => {
                out.push(c);
                rest = &rest[at + 6..];
            }
            None => {
                out.push_str("\\u");
                rest = &rest[at + 2..];
            }
        }
    }
    out.push_str(rest);
    out.into()
}

/// What is held in what the user ticked: sessions, colleagues' ratings inside them, values
/// kept aside.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Holding {
    pub sessions: usize,
    pub colleague_ratings: usize,
    pub kept_aside: usize,
}

pub fn holding(sessions: &[Session], kept_aside: usize) -> Holding {
    Holding {
        sessions: sessions.len(),
        colleague_ratings: sessions
            .iter()
            .map(|s| s.panel.as_ref().map_or(0, |p| p.colleagues.len()))
            .sum(),
        kept_aside,
    }
}

/// Which interviews start ticked: the one interview under a name, when it is the only thing
/// found. Where there are more, the user says which are about the person who asked.
pub fn ticked_at_first(under_name: &[String], similar: usize, kept_aside: usize) -> Vec<String> {
    if under_name.len() == 1 && similar == 0 && kept_aside == 0 {
        under_name.to_vec()
    } else {
        Vec::new()
    }
}
