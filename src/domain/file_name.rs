//! Names of exported files. A file's name shows in mail attachments and download lists, also
//! where its content is protected, so by default it carries the position and the interview's
//! date and time, not the candidate's name; the export dialog can put the name in.

/// A file's name without and with the candidate's name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FileNames {
    pub plain: String,
    pub named: String,
}

/// Letters and digits kept, anything else one hyphen; at most 40 characters.
pub fn stem(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars() {
        if c.is_alphanumeric() {
            out.extend(c.to_lowercase());
        } else if !out.ends_with('-') {
            out.push('-');
        }
        if out.chars().count() >= 40 {
            break;
        }
    }
    out.trim_matches('-').to_owned()
}

/// `2026-12-08T10:30` → `2026-12-08-1030`; a bare date stays as it is.
fn when(at: &str) -> String {
    match at.split_once('T') {
        Some((date, time)) => format!("{date}-{}", time.replace(':', "").get(..4).unwrap_or("")),
        None => at.to_owned(),
    }
    .trim_matches('-')
    .to_owned()
}

fn join(parts: &[&str]) -> String {
    let kept: Vec<&str> = parts.iter().copied().filter(|p| !p.is_empty()).collect();
    format!("{}.json", kept.join("-"))
}

/// An interview's file (`kind`: invitation, ratings, debrief): the position and when it takes
/// place (`at`, a local date-time or a date).
pub fn interview_file(kind: &str, position: &str, at: &str, candidate: &str) -> FileNames {
    let (position, at) = (stem(position), when(at));
    FileNames {
        plain: join(&[kind, &position, &at]),
        named: join(&[kind, &stem(candidate), &position, &at]),
    }
}

/// A candidate's own data (access request), on the day it is made.
pub fn candidate_file(date: &str, candidate: &str) -> FileNames {
    FileNames {
        plain: join(&["interviewgids-candidate", date]),
        named: join(&["interviewgids-candidate", &stem(candidate), date]),
    }
}
