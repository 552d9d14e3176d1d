//! The catalogue: each key with its Dutch and English text. Placeholders are `{name}`; the test
//! in `mod.rs` fails when a key lacks a language or the two disagree on placeholders.

macro_rules! catalogue {
    ($($key:ident => ($nl:expr, $en:expr),)*) => {
        #[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
        pub enum Key { $($key),* }

        impl Key {
            pub const ALL: &'static [Key] = &[$(Key::$key),*];
        }

        /// (Dutch, English) for `key`.
        pub(super) fn texts(key: Key) -> (&'static str, &'static str) {
            match key { $(Key::$key => ($nl, $en)),* }
        }
    };
}

catalogue! {
    // The shell
    AppName => ("Interviewgids", "Interviewgids"),
    AppTagline => (
        "Gestructureerd interviewen op basis van competenties",
        "Structured, competency-based interviewing"
    ),
    SkipToContent => ("Naar de inhoud", "Skip to content"),
    NavLabel => ("Hoofdmenu", "Main menu"),
    NavSessions => ("Gesprekken", "Interviews"),
    NavLenses => ("Functieprofielen", "Lenses"),
    NavLibrary => ("Bibliotheek", "Library"),
    NavData => ("Gegevens", "Data"),
    LangLabel => ("Taal", "Language"),
    LangNl => ("Nederlands", "Nederlands"),
    LangEn => ("English", "English"),
    Dismiss => ("Sluiten", "Dismiss"),

    // Sessions
    SessionsIntro => (
        "Alle gesprekken die op dit apparaat zijn opgeslagen. Ze blijven in deze browser: niets gaat naar een server.",
        "All interviews stored on this device. They stay in this browser: nothing is sent to a server."
    ),
    SessionsEmpty => (
        "Er staan nog geen gesprekken op dit apparaat.",
        "There are no interviews on this device yet."
    ),
    SessionsComing => (
        "Hier start je straks een gesprek: de kandidaat, het functieprofiel en de assessmentscores, daarna de voorbereiding en het gesprek zelf, fase voor fase.",
        "This is where you will start an interview: the candidate, the position's lens and the assessment scores, then the preparation and the interview itself, phase by phase."
    ),
    ColCandidate => ("Kandidaat", "Candidate"),
    ColPosition => ("Functie", "Position"),
    ColDate => ("Datum", "Date"),
    ColStatus => ("Status", "Status"),
    NotScheduled => ("Nog niet gepland", "Not scheduled"),
    StatusDraft => ("Concept", "Draft"),
    StatusPrepared => ("Voorbereid", "Prepared"),
    StatusInProgress => ("Bezig", "In progress"),
    StatusCompleted => ("Afgerond", "Completed"),

    // Lenses
    LensesIntro => (
        "Een functieprofiel (lens) is de set competenties die een functie bepaalt: per competentie de norm die een kandidaat moet halen en de vragen die iedere kandidaat krijgt.",
        "A lens is the set of competencies that defines a position: for each one, the standard a candidate must reach and the questions every candidate is asked."
    ),
    LensesComing => (
        "Hier stel je straks profielen samen uit de bibliotheek, pas je ze aan, en wissel je ze uit als bestand, zodat iedere interviewer voor dezelfde functie dezelfde vragen stelt.",
        "This is where you will build lenses from the library, edit them, and exchange them as files, so every interviewer asks the same questions for the same position."
    ),

    // Library
    LibraryIntro => (
        "De ingebouwde competentiebibliotheek: per competentie een definitie, de persoonlijkheidsbasis, vragen naar eerder gedrag met doorvragen, en een beoordelingsschaal met vijf beschreven niveaus.",
        "The built-in competency library: for each competency a definition, its personality basis, past-behaviour questions with follow-up probes, and a rating scale with five described levels."
    ),
    LibrarySearch => ("Zoeken in competenties", "Search competencies"),
    LibrarySearchHint => ("Bijvoorbeeld: plannen, klant, druk", "For example: planning, customer, pressure"),
    LibraryFactor => ("Hoofdfactor", "Factor"),
    LibraryAllFactors => ("Alle acht hoofdfactoren", "All eight factors"),
    LibraryCount => ("{shown} van {total} competenties", "{shown} of {total} competencies"),
    LibraryNoMatch => (
        "Geen competenties gevonden. Probeer een ander woord of kies alle hoofdfactoren.",
        "No competencies found. Try another word or choose all factors."
    ),
    LibraryBack => ("Terug naar de bibliotheek", "Back to the library"),
    CompetencyDefinition => ("Definitie", "Definition"),
    CompetencyBasis => ("Persoonlijkheidsbasis", "Personality basis"),
    CompetencyQuestions => ("Vragen naar eerder gedrag", "Past-behaviour questions"),
    CompetencyProbes => ("Doorvragen (STAR)", "Follow-up probes (STAR)"),
    CompetencyAnchors => ("Beoordelingsschaal", "Rating scale"),
    CompetencyAnchorsIntro => (
        "Wat een antwoord op elk niveau laat zien. Niveau 3 is wat een gangbare functie vraagt.",
        "What an answer at each level shows. Level 3 is what a typical position asks for."
    ),
    CompetencyLevel => ("Niveau {level}", "Level {level}"),
    CompetencyNotFound => (
        "Deze competentie staat niet in de bibliotheek.",
        "This competency is not in the library."
    ),
    LibraryUnreadable => (
        "De ingebouwde bibliotheek kon niet worden gelezen ({detail}). Meld dit aan wie de app beheert.",
        "The built-in library could not be read ({detail}). Please tell whoever maintains the app."
    ),
    FactorLeadingDeciding => ("Leiden en beslissen", "Leading and deciding"),
    FactorSupportingCooperating => ("Ondersteunen en samenwerken", "Supporting and cooperating"),
    FactorInteractingPresenting => ("Communiceren en presenteren", "Interacting and presenting"),
    FactorAnalysingInterpreting => ("Analyseren en interpreteren", "Analysing and interpreting"),
    FactorCreatingConceptualising => ("Creëren en conceptualiseren", "Creating and conceptualising"),
    FactorOrganisingExecuting => ("Organiseren en uitvoeren", "Organising and executing"),
    FactorAdaptingCoping => ("Aanpassen en omgaan met druk", "Adapting and coping"),
    FactorEnterprisingPerforming => ("Ondernemen en presteren", "Enterprising and performing"),

    // Data
    DataIntro => (
        "Alles wat Interviewgids bewaart, blijft in deze browser op dit apparaat. Alleen bestanden die je zelf exporteert verlaten het.",
        "Everything Interviewgids keeps stays in this browser on this device. Only files you export yourself ever leave it."
    ),
    DataStoredTitle => ("Op dit apparaat", "On this device"),
    DataSessionCount => ("Opgeslagen gesprekken", "Stored interviews"),
    DataBytesUsed => ("Opslag in gebruik", "Storage in use"),
    DataAsideTitle => ("Apart gezette gegevens", "Data kept aside"),
    DataAsideIntro => (
        "Deze opgeslagen gegevens waren niet leesbaar. Ze zijn ongewijzigd apart gezet, zodat er niets verloren gaat. Download ze om ze te bewaren of te laten herstellen.",
        "These stored values could not be read. They were kept aside unchanged, so nothing is lost. Download them to keep them or have them repaired."
    ),
    DataAsideNone => ("Er is niets apart gezet.", "Nothing has been kept aside."),
    DataAsideSize => ("{size} tekens", "{size} characters"),
    Download => ("Downloaden", "Download"),
    DownloadFailed => (
        "Downloaden is mislukt: {detail}",
        "The download failed: {detail}"
    ),

    // Not found
    NotFoundTitle => ("Deze pagina bestaat niet", "This page does not exist"),
    NotFoundText => (
        "Het adres “{route}” leidt niet naar een scherm van Interviewgids.",
        "The address “{route}” does not lead to a screen of Interviewgids."
    ),
    NotFoundBack => ("Terug naar de gesprekken", "Back to the interviews"),

    // Storage problems, shown as banners
    StoreUnreadable => (
        "Opgeslagen gegevens waren niet leesbaar ({key}). Ze zijn ongewijzigd apart gezet; je vindt ze onder Gegevens.",
        "Some stored data could not be read ({key}). It was kept aside unchanged; you will find it under Data."
    ),
    StoreUnreadableStuck => (
        "Opgeslagen gegevens zijn niet leesbaar ({key}) en konden niet apart worden gezet. Ze blijven onaangeroerd staan.",
        "Some stored data could not be read ({key}) and could not be set aside. It is left untouched."
    ),
    StoreUnavailable => (
        "Deze browser staat opslaan niet toe ({detail}). Je kunt werken, maar na sluiten is niets bewaard.",
        "This browser does not allow storage ({detail}). You can work, but nothing is kept after you close it."
    ),
    StoreQuota => (
        "Opslaan is mislukt: de opslag van deze browser is vol. Je wijziging staat nog op het scherm. Maak ruimte vrij, dan wordt alsnog opgeslagen.",
        "Saving failed: this browser's storage is full. Your edit is still on screen. Free some space and it will be saved."
    ),
    StoreWriteFailed => (
        "Opslaan is mislukt ({detail}). Je wijziging staat nog op het scherm.",
        "Saving failed ({detail}). Your edit is still on screen."
    ),
    StoreNewerSchema => (
        "De opgeslagen gegevens komen van een nieuwere versie van Interviewgids (schema {found}). Ze blijven onaangeroerd; open ze met die nieuwere versie.",
        "The stored data comes from a newer version of Interviewgids (schema {found}). It is left untouched; open it with that newer version."
    ),

    // What is wrong in a file, one finding at a time
    FindingAt => ("Bij {path}: {problem}", "At {path}: {problem}"),
    ProbNotJson => (
        "dit is geen geldige JSON (fout in regel {line}, kolom {column}).",
        "this is not valid JSON (error at line {line}, column {column})."
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
    ProbOutOfRange => (
        "de waarde {found} ligt buiten {min}–{max}.",
        "the value {found} is outside {min}–{max}."
    ),
}
