//! Texts: what is wrong in a file, one finding at a time.

/// Adds this screen's texts to those gathered so far and passes them on (see `mod.rs`).
macro_rules! findings_texts {
    ($next:ident $($rest:ident)* ; $($gathered:tt)*) => {
        $next! { $($rest)* ; $($gathered)*
            // What is wrong in a file, one finding at a time
            FindingAt => ("Bij {path}: {problem}", "At {path}: {problem}"),
            ProbNotJson => (
                "dit is geen geldige JSON (fout in regel {line}, kolom {column}).",
                "this is not valid JSON (error at line {line}, column {column})."
            ),
            ProbNumberTooLarge => (
                "een getal is veel te groot (regel {line}, kolom {column}).",
                "a number is far too large (line {line}, column {column})."
            ),
            ProbTooLarge => (
                "het bestand is te groot ({size}; hoogstens {max}) en is niet gelezen.",
                "the file is too large ({size}; at most {max}) and was not read."
            ),
            ProbTooDeep => (
                "het bestand is dieper genest dan {max} niveaus; zo ziet een Interviewgids-bestand er nooit uit.",
                "the file nests deeper than {max} levels; an Interviewgids file never does."
            ),
            ProbNotAnObject => (
                "het bestand moet één JSON-object bevatten.",
                "the file must hold a single JSON object."
            ),
            ProbMissing => ("dit veld ontbreekt.", "this field is missing."),
            ProbWrongFormat => (
                "dit is geen Interviewgids-bestand (format is “{found}”).",
                "this is not an Interviewgids file (format is “{found}”)."
            ),
            ProbNewerVersion => (
                "het bestand komt van een nieuwere versie van Interviewgids (bestandsversie {found}; deze versie leest tot en met {supported}). Werk de app bij.",
                "the file comes from a newer version of Interviewgids (file version {found}; this version reads up to {supported}). Update the app."
            ),
            ProbUnsupportedVersion => (
                "onbekende bestandsversie {found}.",
                "unknown file version {found}."
            ),
            ProbUnknownKind => (
                "onbekende soort bestand “{found}”; verwacht is backup, session, lens of library.",
                "unknown kind of file “{found}”; expected backup, session, lens or library."
            ),
            ProbWrongType => ("verkeerde soort waarde ({detail}).", "wrong kind of value ({detail})."),
            ProbEmptyTextNl => ("de Nederlandse tekst is leeg.", "the Dutch text is empty."),
            ProbEmptyTextEn => ("de Engelse tekst is leeg.", "the English text is empty."),
            ProbEmpty => ("mag niet leeg zijn.", "must not be empty."),
            ProbBadId => (
                "ongeldige id “{found}”: gebruik 1 tot 64 letters, cijfers, streepjes, lage streepjes of punten.",
                "invalid id “{found}”: use 1 to 64 letters, digits, hyphens, underscores or dots."
            ),
            ProbDuplicateId => ("de id “{id}” komt meer dan eens voor.", "the id “{id}” occurs more than once."),
            ProbAnchorCount => (
                "er horen precies vijf gedragsankers te zijn, dit zijn er {found}.",
                "there must be exactly five behavioural anchors; there are {found}."
            ),
            ProbNoQuestions => (
                "een competentie heeft minstens één vraag nodig.",
                "a competency needs at least one question."
            ),
            ProbNoCompetencies => (
                "een profiel heeft minstens één competentie nodig.",
                "a lens needs at least one competency."
            ),
            ProbNoStandardQuestions => (
                "kies minstens één standaardvraag.",
                "choose at least one standard question."
            ),
            ProbUnknownQuestion => (
                "vraag “{id}” bestaat niet bij deze competentie.",
                "question “{id}” does not exist in this competency."
            ),
            ProbUnknownCompetency => (
                "competentie “{id}” hoort niet bij het profiel van dit gesprek.",
                "competency “{id}” is not part of this interview's lens."
            ),
            ProbThresholdsInvalid => (
                "de grens voor lage scores moet onder die voor hoge scores liggen; in een functieprofiel minstens 10 punten eronder.",
                "the threshold for low scores must lie below the one for high scores; in a lens at least 10 points below."
            ),
            ProbOutOfRange => (
                "{found} kan hier niet: vul een heel getal van {min} tot en met {max} in.",
                "{found} is not allowed here: use a whole number from {min} to {max}."
            ),
            ProbNotUtf8 => (
                "dit bestand is geen UTF-8-tekst (de eerste fout zit bij byte {at}). Sla het op als UTF-8 en probeer het opnieuw.",
                "this file is not UTF-8 text (the first wrong byte is at {at}). Save it as UTF-8 and try again."
            ),
            ProbUnknownSnapshot => (
                "dit gesprek verwijst naar profielkopie “{name}”, maar die staat niet in het bestand.",
                "this interview refers to the lens copy “{name}”, which the file does not hold."
            ),
            ProbBadDate => (
                "“{found}” is geen bestaande datum (JJJJ-MM-DD, met tijd JJJJ-MM-DDTUU:MM).",
                "“{found}” is not a real date (YYYY-MM-DD, with a time YYYY-MM-DDTHH:MM)."
            ),
            ProbUnsupported => (
                "“{found}” gebruikt deze app niet voor versleutelde bestanden.",
                "this app does not use “{found}” for encrypted files."
            ),
            ProbNotBase64 => (
                "dit is geen base64-tekst van {bytes} bytes; het bestand is beschadigd of ingekort.",
                "this is not base64 text of {bytes} bytes; the file is damaged or cut short."
            ),
            ProbNewerApp => (
                "opgeslagen door een nieuwere versie van de app (gegevensmodel {model}), die gegevens kan bevatten die deze versie niet kent. Laad de app opnieuw om de nieuwste versie te krijgen.",
                "saved by a newer version of the app (data model {model}), which may hold data this version does not know. Reload the app to get the newest version."
            ),
            ProbObserverLead => (
                "de sessie van de panelleider kan niet die van een waarnemer zijn.",
                "the panel lead's session cannot be an observer's."
            ),
            ProbLevelAndNoExample => (
                "een beoordeling met een niveau kan niet tegelijk ‘geen voorbeeld’ zijn.",
                "a rating with a level cannot also be ‘no example’."
            ),
            ProbTooMany => (
                "hier staan {found} onderdelen, meer dan de opslag van dit apparaat ooit kan bevatten (hoogstens {max}, ook als er verder niets is opgeslagen); het bestand is meteen geweigerd.",
                "this holds {found} entries, more than this device's storage could ever hold (at most {max}, even with nothing else stored); the file was refused at once."
            ),
        }
    };
}
