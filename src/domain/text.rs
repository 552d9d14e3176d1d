//! Localized text: every human text in the library, lenses and files exists in Dutch and English.

use serde::{Deserialize, Serialize};

/// An interface and content language.
#[derive(Copy, Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    Nl,
    #[default]
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Nl, Lang::En];

    /// The BCP 47 code, as used in `<html lang>` and in stored preferences.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Nl => "nl",
            Lang::En => "en",
        }
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        match code {
            "nl" => Some(Lang::Nl),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// Picks the language from the browser's preferred language tags (`navigator.languages`):
    /// the first tag that is Dutch or English wins; anything else falls back to English.
    pub fn from_browser<'a>(tags: impl IntoIterator<Item = &'a str>) -> Lang {
        for tag in tags {
            let primary = tag
                .split(['-', '_'])
                .next()
                .unwrap_or("")
                .to_ascii_lowercase();
            if let Some(lang) = Lang::from_code(&primary) {
                return lang;
            }
        }
        Lang::En
    }
}

/// A text in both languages.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Text {
    pub nl: String,
    pub en: String,
}

impl Text {
    pub fn new(nl: impl Into<String>, en: impl Into<String>) -> Text {
        Text {
            nl: nl.into(),
            en: en.into(),
        }
    }

    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Nl => &self.nl,
            Lang::En => &self.en,
        }
    }

    /// The languages whose text is empty or only whitespace.
    pub fn missing(&self) -> impl Iterator<Item = Lang> + '_ {
        Lang::ALL
            .into_iter()
            .filter(|lang| self.get(*lang).trim().is_empty())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn browser_language_picks_first_known_tag() {
        assert_eq!(Lang::from_browser(["nl-NL", "en-US"]), Lang::Nl);
        assert_eq!(Lang::from_browser(["de-DE", "nl-BE", "en"]), Lang::Nl);
        assert_eq!(Lang::from_browser(["EN_gb"]), Lang::En);
        assert_eq!(Lang::from_browser(["fr-FR"]), Lang::En);
        assert_eq!(Lang::from_browser([]), Lang::En);
    }

    #[test]
    fn text_reports_missing_languages() {
        assert_eq!(
            Text::new("Plannen", " ").missing().collect::<Vec<_>>(),
            [Lang::En]
        );
        assert_eq!(Text::new("a", "b").missing().count(), 0);
        assert_eq!(Text::new("Plannen", "Planning").get(Lang::Nl), "Plannen");
    }
}
