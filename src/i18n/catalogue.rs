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
    UpdateReady => (
        "Er is een nieuwe versie van Interviewgids klaar. Herlaad om over te stappen; je gegevens blijven staan.",
        "A new version of Interviewgids is ready. Reload to switch to it; your data stays as it is."
    ),
    UpdateReload => ("Nu herladen", "Reload now"),
    BackupDue => (
        "Er is al een week of langer geen back-up gemaakt. Exporteer er een en bewaar het bestand op een veilige plek.",
        "No backup has been made for a week or more. Export one and keep the file somewhere safe."
    ),
    ExportBackup => ("Back-up exporteren", "Export a backup"),
    KeptBoth => (
        "Dit gesprek is tegelijk in een ander tabblad gewijzigd. Beide versies zijn bewaard: je werkt hier verder in een kopie met jouw tekst; de versie van het andere tabblad staat onder het oorspronkelijke gesprek.",
        "This interview was changed in another tab at the same time. Both versions are kept: you go on here in a copy with your text; the other tab's version stays under the original interview."
    ),
    OpenOther => ("Andere versie openen", "Open the other version"),
    NearlyFull => (
        "De opslag van deze browser is voor {percent}% vol. Exporteer een back-up en verwijder gesprekken die weg mogen, zodat opslaan blijft lukken.",
        "This browser's storage is {percent}% full. Export a backup and delete interviews that may go, so saving keeps working."
    ),
    Updating => ("De nieuwe versie wordt geladen…", "Loading the new version…"),

    // Sessions
    SessionsIntro => (
        "Alle gesprekken die op dit apparaat zijn opgeslagen. Ze blijven in deze browser: niets gaat naar een server.",
        "All interviews stored on this device. They stay in this browser: nothing is sent to a server."
    ),
    SessionsEmpty => (
        "Er staan nog geen gesprekken op dit apparaat.",
        "There are no interviews on this device yet."
    ),
    SessionsStart => (
        "Begin met een nieuw gesprek: kies het functieprofiel en vul de naam van de kandidaat in.",
        "Start with a new interview: choose the lens and fill in the candidate's name."
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
    NewSession => ("Nieuw gesprek", "New interview"),
    DamagedTitle => ("Beschadigde gesprekken", "Damaged interviews"),
    DamagedIntro => (
        "Deze opgeslagen gesprekken konden niet worden gelezen. Ze zijn ongewijzigd apart gezet. Download de tekst om hem te bewaren of te laten herstellen; verwijder hem daarna.",
        "These stored interviews could not be read. They were kept aside unchanged. Download the text to keep it or have it repaired; delete it afterwards."
    ),
    Damaged => ("Beschadigd", "Damaged"),
    DamagedDownload => ("Tekst downloaden", "Download the text"),
    DamagedDeleteConfirm => (
        "De apart gezette tekst van {name} voorgoed verwijderen? Download hem eerst als je hem nog wilt laten herstellen.",
        "Delete the text kept aside for {name} for good? Download it first if you may still want it repaired."
    ),
    NewSessionIntro => (
        "Leg alleen vast wat het gesprek nodig heeft: de naam van de kandidaat en de functie. De rest vul je in bij de intake.",
        "Record only what the interview needs: the candidate's name and the position. The rest comes at the intake."
    ),
    CandidateName => ("Naam van de kandidaat", "Candidate's name"),
    SessionLens => ("Functie (profiel)", "Position (lens)"),
    ChooseLens => ("Kies een profiel…", "Choose a lens…"),
    LensIncomplete => ("{name} (nog niet compleet)", "{name} (not complete)"),
    NewSessionMissing => (
        "Vul de naam van de kandidaat in en kies een profiel dat klaar is voor gesprekken.",
        "Fill in the candidate's name and choose a lens that is ready for interviews."
    ),
    NewSessionCreate => ("Naar de intake", "Go to the intake"),
    SessionNotFound => ("Dit gesprek staat niet op dit apparaat.", "This interview is not on this device."),
    SessionDamagedTitle => ("Dit gesprek is beschadigd", "This interview is damaged"),
    SessionDamaged => (
        "Het kon niet worden gelezen en is ongewijzigd apart gezet. In de lijst van gesprekken staat het als beschadigd, met de tekst om te downloaden.",
        "It could not be read and was kept aside unchanged. The list of interviews shows it as damaged, with its text to download."
    ),
    SessionBack => ("Terug naar de gesprekken", "Back to the interviews"),
    SessionSteps => ("Stappen van dit gesprek", "Steps of this interview"),
    ExportInterview => ("Dit gesprek exporteren", "Export this interview"),
    StepIntake => ("Intake", "Intake"),
    StepPrepare => ("Voorbereiding", "Preparation"),
    StepInterview => ("Gesprek", "Interview"),
    StepEvaluation => ("Evaluatie", "Evaluation"),
    SessionCompletedLocked => (
        "Dit gesprek is afgerond. Heropen het onder Evaluatie om iets te wijzigen.",
        "This interview is completed. Reopen it under Evaluation to change anything."
    ),

    // Intake
    Interviewer => ("Interviewer", "Interviewer"),
    ScheduledAt => ("Datum en tijd van het gesprek", "Date and time of the interview"),
    FrozenLens => (
        "De vragen liggen vast voor dit gesprek: latere wijzigingen in het profiel hebben er geen invloed op.",
        "The questions are fixed for this interview: later changes to the lens do not affect it."
    ),
    ScoresTitle => ("Assessmentscores (0–100)", "Assessment scores (0–100)"),
    ScoresHint => (
        "De score per competentie uit het overzicht voor de manager. Een score zegt iets over aanleg, niet over prestaties.",
        "The score per competency from the manager's overview. A score says something about aptitude, not performance."
    ),
    ScoreInvalid => (
        "Vul een heel getal van 0 tot en met 100 in. De vorige waarde blijft bewaard.",
        "Enter a whole number from 0 to 100. The previous value is kept."
    ),
    ReportLabel => ("Kandidaatrapport (samenvatting)", "Candidate report (summary)"),
    ReportHint => (
        "Het neutrale, algemene beeld van de persoonlijkheid, zonder scores.",
        "The neutral, general picture of the personality, without scores."
    ),
    OtherLabel => ("Overige relevante informatie", "Other relevant information"),
    OtherHint => ("Cv, motivatie, eerdere gesprekken.", "CV, motivation, earlier rounds."),
    ReadinessTitle => ("Voor het gesprek", "Before the interview"),
    ReadinessMissing => ("Nog niet ingevuld:", "Still missing:"),
    ReadinessDone => (
        "Alles is ingevuld. Ga verder met de voorbereiding.",
        "Everything is filled in. Continue with the preparation."
    ),
    MissingCandidate => ("naam van de kandidaat", "candidate's name"),
    MissingInterviewer => ("interviewer", "interviewer"),
    MissingSchedule => ("datum en tijd", "date and time"),
    MissingScore => ("score voor {competency}", "score for {competency}"),
    MissingReport => ("kandidaatrapport", "candidate report"),

    // Preparation
    ThresholdsTitle => ("Focusgrenzen", "Focus thresholds"),
    ThresholdsHint => (
        "Scores tot en met de lage grens vragen om doorvragen naar aangeleerd gedrag; scores vanaf de hoge grens om het controleren van voorbeelden.",
        "Scores up to the low threshold call for probing for learned behaviour; scores from the high threshold for checking examples."
    ),
    ThresholdLow => ("Lage scores: tot en met", "Low scores: up to and including"),
    ThresholdHigh => ("Hoge scores: vanaf", "High scores: from"),
    ThresholdsInvalid => (
        "De lage grens moet onder de hoge liggen, beide tussen 0 en 100. De vorige grenzen blijven gelden.",
        "The low threshold must lie below the high one, both between 0 and 100. The previous thresholds still apply."
    ),
    BandLow => ("Laag", "Low"),
    BandMiddle => ("Midden", "Middle"),
    BandHigh => ("Hoog", "High"),
    NoScore => ("Geen score", "No score"),
    FocusProbe => (
        "Lage score: zoek naar aangeleerd gedrag. Het gedrag kost moeite, maar de loopbaan kan er vaak om hebben gevraagd; vraag door naar concrete voorbeelden.",
        "Low score: probe for learned behaviour. The behaviour costs effort, but a career may often have demanded it; ask for concrete examples."
    ),
    FocusStandard => ("Gemiddelde score: stel de standaardvragen.", "Middle score: ask the standard questions."),
    FocusCheck => (
        "Hoge score: controleer of er echte voorbeelden zijn. Het gedrag zou makkelijk moeten gaan, maar is misschien nooit van de kandidaat gevraagd.",
        "High score: check for real examples. The behaviour should come easily, but may never have been asked of the candidate."
    ),
    FocusNoScore => (
        "Nog geen score: vul die in bij de intake om een focus voor te stellen.",
        "No score yet: enter it at the intake to get a suggested focus."
    ),
    QuestionsToUse => ("Vragen voor dit gesprek", "Questions for this interview"),
    StandardQuestionTag => ("Standaardvraag", "Standard question"),
    PlannedAgenda => ("Geplande agenda", "Planned agenda"),
    ReminderTitle => ("Vooraf aan de kandidaat vertellen", "Tell the candidate beforehand"),
    ReminderLabel => (
        "De kandidaat weet dat ik naar concrete voorbeelden vraag en dat bedenktijd nemen prima is.",
        "The candidate knows that I will ask for concrete examples and that taking time to think is fine."
    ),
    MarkPrepared => ("Markeer als voorbereid", "Mark as prepared"),
    PreparedDone => ("Dit gesprek is voorbereid.", "This interview is prepared."),
    NotReadyYet => (
        "Maak eerst de intake compleet. Nog niet ingevuld: {items}.",
        "Complete the intake first. Still missing: {items}."
    ),
    StartInterview => ("Start het gesprek", "Start the interview"),

    // The interview
    PhaseProgress => ("Fase {n} van {total}", "Phase {n} of {total}"),
    PhasesLabel => ("Fasen van het gesprek", "Phases of the interview"),
    Previous => ("Vorige", "Previous"),
    Next => ("Volgende", "Next"),
    ToEvaluation => ("Naar de evaluatie", "To the evaluation"),
    Pause => ("Pauzeren", "Pause"),
    Resume => ("Hervatten", "Resume"),
    Paused => ("Gepauzeerd", "Paused"),
    TimerPhase => ("Deze fase: {elapsed} van {planned} min", "This phase: {elapsed} of {planned} min"),
    TimerTotal => ("Totaal: {elapsed} van {planned} min", "Total: {elapsed} of {planned} min"),
    TimerOver => ("over tijd", "over time"),
    WarmUpGuide => (
        "Begin met een paar minuten informeel gesprek, zodat de kandidaat op zijn gemak raakt: de reis, het gebouw, iets luchtigs. Kort en oprecht.",
        "Start with a few minutes of informal conversation so the candidate can settle in: the journey, the building, something light. Short and genuine."
    ),
    Notes => ("Aantekeningen", "Notes"),
    ClarityGuide => (
        "Geef duidelijkheid voordat je de inhoud ingaat. Laat na elk punt ruimte voor een reactie, zodat onduidelijkheden meteen verdwijnen.",
        "Give clarity before going into content. Leave room for a reaction after each point, so unclear points are cleared up at once."
    ),
    ClarityRoles => (
        "Rollen: stel jezelf voor, vertel wat je functie is en waarom jij dit gesprek voert.",
        "Roles: introduce yourself, your position, and why you are the one conducting this interview."
    ),
    ClarityPurpose => (
        "Doel: informatie gaat over en weer, je kijkt naar gedrag dat de kandidaat eerder liet zien, en zo past dit gesprek in de rest van de procedure.",
        "Purpose: information goes both ways, you will look at behaviour the candidate has shown before, and this is how the interview fits into the rest of the procedure."
    ),
    ClarityAgenda => (
        "Agenda: het gesprek duurt ongeveer {minutes} minuten; noem de onderwerpen die aan bod komen.",
        "Agenda: the interview takes about {minutes} minutes; name the topics that will come up."
    ),
    ClarityReaction => ("Reactie van de kandidaat", "The candidate's reaction"),
    ReportPartTitle => ("1. Het kandidaatrapport", "1. The candidate report"),
    ReportPartGuide => (
        "Begin met het kandidaatrapport: een neutraal, algemeen beeld zonder scores. Vraag of de kandidaat zich erin herkent en al voorbeelden kan geven. Dat is minder confronterend en laat de kandidaat vertellen hoe het assessment voelde.",
        "Start with the candidate report: a neutral, general picture without scores. Ask whether the candidate recognises themself in it and can already give examples. That is less confronting and lets the candidate tell how the assessment felt."
    ),
    Recognition => ("Herkent de kandidaat zich erin?", "Does the candidate recognise themself in it?"),
    RecognitionYes => ("Ja", "Yes"),
    RecognitionPartly => ("Gedeeltelijk", "Partly"),
    RecognitionNo => ("Nee", "No"),
    RecognitionExamples => ("Voorbeelden die de kandidaat geeft", "Examples the candidate gives"),
    ScoresPartTitle => ("2. De competentiescores", "2. The competency scores"),
    ScoresPartGuide => (
        "Open daarna de competentiescores en maak deze drie punten. Interpreteer zelf; laat dat niet aan de kandidaat over.",
        "Then open the competency scores and make these three points. Interpret them yourself; do not leave that to the candidate."
    ),
    ExplainBasis => (
        "Het kandidaatrapport is de basis van de scores: minder consciëntieusheid leidt bijvoorbeeld tot een lagere score op Plannen en organiseren.",
        "The candidate report is the basis of the scores: less conscientiousness, for example, leads to a lower score on Planning and organising."
    ),
    ExplainLowNotBad => (
        "Een lage score is geen oordeel: hij zegt hoeveel moeite gedrag kost, niet hoe goed de kandidaat presteert.",
        "A low score is not a verdict: it says how much effort a behaviour costs, not how well the candidate performs."
    ),
    ExplainInterpret => (
        "Ik interpreteer de uitslag, niet de kandidaat.",
        "I interpret the results, not the candidate."
    ),
    CompetencyOf => ("Competentie {n} van {total}", "Competency {n} of {total}"),
    CompetencyGuide => (
        "Vraag naar concrete voorbeelden uit eerdere functies en geef de kandidaat tijd om na te denken: deze vragen zijn lastig. Vraag door met de STAR-vragen.",
        "Ask for concrete examples from earlier roles and give the candidate time to think: these questions are hard. Follow up with the STAR probes."
    ),
    YourFocus => ("Jouw focus", "Your focus"),
    StarFields => ("Situatie, taak, actie, resultaat (optioneel)", "Situation, task, action, result (optional)"),
    Situation => ("Situatie", "Situation"),
    Task => ("Taak", "Task"),
    Action => ("Actie", "Action"),
    ResultField => ("Resultaat", "Result"),
    ExampleGiven => ("Concreet voorbeeld gegeven?", "Concrete example given?"),
    ExampleYes => ("Ja", "Yes"),
    ExamplePartly => ("Gedeeltelijk", "Partly"),
    ExampleNone => ("Nee, ook niet na bedenktijd", "No, not even after time to think"),
    RateTitle => ("Beoordeel {competency}", "Rate {competency}"),
    RateStandard => ("Norm voor deze functie: niveau {level}", "Standard for this position: level {level}"),
    Evidence => (
        "Onderbouwing: wat zei en deed de kandidaat?",
        "Evidence: what did the candidate say and do?"
    ),
    NoEvidence => (
        "Schrijf eerst de onderbouwing op: een beoordeling vraagt om concrete waarnemingen en antwoorden.",
        "Write down the evidence first: a rating needs concrete observations and answers."
    ),
    RatingLevel => ("Niveau {level}", "Level {level}"),
    PreviousCompetency => ("Vorige competentie", "Previous competency"),
    NextCompetency => ("Volgende competentie", "Next competency"),
    ClosingGuide => (
        "Geef de kandidaat ruimte voor eigen vragen en leg daarna uit hoe de procedure verdergaat.",
        "Give the candidate room for their own questions, then explain how the procedure continues."
    ),
    CandidateQuestions => ("Vragen van de kandidaat", "The candidate's questions"),
    NextStepsExplained => ("Vervolgstappen uitgelegd", "Next steps explained"),

    // Evaluation
    EvaluationGuide => (
        "Elke competentie wordt afgezet tegen de norm van de functie, niet tegen andere kandidaten.",
        "Each competency is judged against the position's standard, not against other candidates."
    ),
    ColCompetency => ("Competentie", "Competency"),
    ColScore => ("Score", "Score"),
    ColRating => ("Beoordeling", "Rating"),
    ColStandard => ("Norm", "Standard"),
    ColVersus => ("Ten opzichte van de norm", "Against the standard"),
    ColReading => ("Aanleg × gedrag", "Aptitude × behaviour"),
    VersusBelow => ("Onder de norm", "Below standard"),
    VersusMeets => ("Voldoet aan de norm", "Meets standard"),
    VersusAbove => ("Boven de norm", "Above standard"),
    NotRated => ("Niet beoordeeld", "Not rated"),
    ReadingConfirmed => ("Bevestigd", "Confirmed"),
    ReadingUntapped => ("Onbenut potentieel", "Untapped potential"),
    ReadingLearned => ("Aangeleerd gedrag — check de fit", "Learned behaviour — check fit"),
    ReadingDevelopment => ("Ontwikkelpunt", "Development area"),
    ReadingConfirmedHelp => ("Hoge score en gedrag laten zien.", "High score and behaviour shown."),
    ReadingUntappedHelp => (
        "Hoge score, weinig gedrag laten zien: waarschijnlijk nooit gevraagd; ontwikkelen zou makkelijk moeten gaan.",
        "High score, little behaviour shown: probably never asked for; developing it should come easily."
    ),
    ReadingLearnedHelp => (
        "Lage score, gedrag wel laten zien: aangeleerd door ervaring. Ga na of het past bij de organisatie en wat het de kandidaat kost.",
        "Low score, behaviour shown: learned through experience. Check whether it fits the organisation and what it costs the candidate."
    ),
    ReadingDevelopmentHelp => ("Lage score, weinig gedrag laten zien.", "Low score, little behaviour shown."),
    UnratedWarning => ("Nog niet beoordeeld: {names}.", "Not yet rated: {names}."),
    RecommendationTitle => ("Eindadvies", "Overall recommendation"),
    RecStrongNo => ("Beslist niet", "Strong no"),
    RecNo => ("Nee", "No"),
    RecNoDecision => ("Geen besluit", "No decision"),
    RecYes => ("Ja", "Yes"),
    RecStrongYes => ("Beslist wel", "Strong yes"),
    Substantiation => (
        "Onderbouwing: de waarnemingen en antwoorden waarop je advies rust",
        "Substantiation: the observations and answers your advice rests on"
    ),
    CompleteEvaluation => ("Evaluatie afronden", "Complete the evaluation"),
    NoRecommendation => ("Kies een eindadvies.", "Choose a recommendation."),
    NoSubstantiation => (
        "Schrijf de onderbouwing op: een advies vraagt om concrete waarnemingen.",
        "Write down the substantiation: a recommendation needs concrete observations."
    ),
    CompletedOn => ("Afgerond op {date}.", "Completed on {date}."),
    Reopen => ("Heropenen", "Reopen"),
    PrintReport => ("Rapport afdrukken", "Print report"),
    ReportTitle => ("Gespreksrapport", "Interview report"),

    // Lenses
    LensesIntro => (
        "Een functieprofiel (lens) is de set competenties die een functie bepaalt: per competentie de norm die een kandidaat moet halen en de vragen die iedere kandidaat krijgt.",
        "A lens is the set of competencies that defines a position: for each one, the standard a candidate must reach and the questions every candidate is asked."
    ),
    LensNew => ("Nieuw profiel", "New lens"),
    LensName => ("Naam van de functie", "Name of the position"),
    LensCreate => ("Aanmaken", "Create"),
    Cancel => ("Annuleren", "Cancel"),
    LensImport => ("Bestand importeren", "Import a file"),
    LensImportHint => (
        "Een profiel, een back-up met profielen of een bibliotheek, als .json-bestand.",
        "A lens, a backup with lenses, or a library, as a .json file."
    ),
    LensExportLibrary => ("Bibliotheek exporteren", "Export the library"),
    LensesOwn => ("Eigen profielen", "Your lenses"),
    LensesOwnEmpty => (
        "Je hebt nog geen eigen profielen. Maak een nieuw profiel of dupliceer een voorbeeld.",
        "You have no lenses of your own yet. Create a new one or duplicate an example."
    ),
    LensesOrg => ("Standaardprofielen van je organisatie", "Your organisation's standard lenses"),
    LensesOrgIntro => (
        "Deze profielen staan naast de app op de server van je organisatie. Je kunt ze alleen lezen; dupliceer er een om het aan te passen.",
        "These lenses sit beside the app on your organisation's host. They are read-only; duplicate one to adapt it."
    ),
    LensesExamples => ("Voorbeelden", "Examples"),
    LensesExamplesIntro => (
        "Drie voorbeeldprofielen om mee te beginnen. Dupliceer er een om het aan te passen.",
        "Three example lenses to start from. Duplicate one to adapt it."
    ),
    LensCompetencyCount => ("{n} competenties", "{n} competencies"),
    LensReady => ("Klaar voor gesprekken", "Ready for interviews"),
    LensNotReady => ("Nog niet compleet", "Not complete yet"),
    Duplicate => ("Dupliceren", "Duplicate"),
    Export => ("Exporteren", "Export"),
    Delete => ("Verwijderen", "Delete"),
    LensDeleteConfirm => (
        "Profiel “{name}” verwijderen? Gesprekken die al met dit profiel zijn gemaakt, houden hun eigen kopie.",
        "Delete the lens “{name}”? Interviews already created with it keep their own copy."
    ),
    LensCopyName => ("{name} (kopie)", "{name} (copy)"),
    ImportRefused => (
        "Dit bestand is niet geïmporteerd; er is niets veranderd.",
        "This file was not imported; nothing has changed."
    ),
    ImportMoreFindings => ("…en nog {n} andere problemen.", "…and {n} more problems."),
    ImportPreview => (
        "Controleer wat dit bestand bevat; er is nog niets opgeslagen.",
        "Check what this file holds; nothing has been stored yet."
    ),
    CountNewSessions => ("Nieuwe gesprekken: {n}", "New interviews: {n}"),
    CountNewLenses => ("Nieuwe profielen: {n}", "New lenses: {n}"),
    CountConflicts => (
        "Al aanwezig in een andere versie: {n} (kies hieronder)",
        "Here already in another version: {n} (choose below)"
    ),
    CountUnchanged => ("Al aanwezig en ongewijzigd: {n}", "Here already, unchanged: {n}"),
    ImportLibraryPreview => (
        "Dit bestand voegt {count} competenties toe aan de bibliotheek. Er is nog niets opgeslagen.",
        "This file adds {count} competencies to the library. Nothing has been stored yet."
    ),
    ImportConfirm => ("Importeren", "Import"),
    ImportStored => ("{n} opgeslagen:", "{n} stored:"),
    ImportMoreNames => ("…en nog {n}.", "…and {n} more."),
    ImportAllUnchanged => (
        "Alles uit dit bestand staat hier al precies zo; er is niets veranderd:",
        "Everything in this file is here already, exactly so; nothing has changed:"
    ),
    ImportNothingStored => (
        "Er is niets opgeslagen: je hebt alles overgeslagen.",
        "Nothing was stored: you skipped everything."
    ),
    ImportEmpty => (
        "Dit bestand bevat niets om te importeren: geen gesprekken, profielen of competenties. Er is niets veranderd.",
        "This file holds nothing to import: no interviews, lenses or competencies. Nothing has changed."
    ),
    ImportNotStored => ("Niet geïmporteerd.", "Not imported."),
    ImportReading => ("Bestand lezen ({size})…", "Reading the file ({size})…"),
    ImportChecking => (
        "Controleren: {done} van {total} gesprekken…",
        "Checking: {done} of {total} interviews…"
    ),
    ImportLibrary => (
        "{count} competenties toegevoegd aan de bibliotheek.",
        "{count} competencies added to the library."
    ),
    DropHint => ("Je kunt een bestand ook hierheen slepen.", "You can also drop a file here."),
    ImportHintData => (
        "Een back-up, een of meer gesprekken, een profiel of een bibliotheek, als .json-bestand.",
        "A backup, one or more interviews, a lens or a library, as a .json file."
    ),
    ImportTooLarge => (
        "Dit bestand is te groot ({size}). Een Interviewgids-bestand is nooit groter dan {max}; er is niets veranderd.",
        "This file is too large ({size}). An Interviewgids file is never larger than {max}; nothing has changed."
    ),
    ImportReadFailed => (
        "Het bestand kon niet worden gelezen ({detail}). Er is niets veranderd.",
        "The file could not be read ({detail}). Nothing has changed."
    ),
    ConflictSession => (
        "Het gesprek “{name}” staat hier al, in een andere versie. Wat wil je doen?",
        "The interview “{name}” is already here, in a different version. What would you like to do?"
    ),
    ConflictLens => (
        "Het profiel “{name}” staat hier al, in een andere versie. Wat wil je doen?",
        "The lens “{name}” is already here, in a different version. What would you like to do?"
    ),
    ConflictForAll => ("Voor allemaal:", "For all:"),
    ConflictUndecided => (
        "Kies eerst wat er moet gebeuren met {n} gesprek(ken) of profiel(en) die hier al staan.",
        "First choose what happens to the {n} item(s) that are here already."
    ),
    ConflictKeepBoth => ("Allebei bewaren", "Keep both"),
    ConflictReplace => ("Vervangen", "Replace"),
    ConflictSkip => ("Overslaan", "Skip"),
    OrgWrongKind => (
        "het bevat geen profielen of competenties.",
        "it holds no lenses or competencies."
    ),
    NoticeOrganisation => (
        "Het bestand met de standaardprofielen van je organisatie (org-library.json) kon niet worden gebruikt: {detail}",
        "Your organisation's file of standard lenses (org-library.json) could not be used: {detail}"
    ),
    SourceOrganisation => ("Organisatie", "Organisation"),
    SourceImported => ("Geïmporteerd", "Imported"),
    LibraryImportedNote => (
        "{n} competenties komen uit een geïmporteerde bibliotheek.",
        "{n} competencies come from an imported library."
    ),
    LibraryRemoveImported => ("Geïmporteerde competenties verwijderen", "Remove imported competencies"),

    // The lens editor
    LensBack => ("Terug naar de profielen", "Back to the lenses"),
    LensDescription => ("Omschrijving", "Description"),
    LensIssuesTitle => (
        "Nog te doen voordat dit profiel klaar is voor gesprekken:",
        "Still to do before this lens is ready for interviews:"
    ),
    IssueNoName => ("Geef het profiel een naam.", "Give the lens a name."),
    IssueNoCompetencies => ("Voeg minstens één competentie toe.", "Add at least one competency."),
    IssueNoQuestions => (
        "Kies minstens één standaardvraag bij {competency}.",
        "Choose at least one standard question for {competency}."
    ),
    IssueOther => (
        "Controleer de norm, het gewicht en de vragen bij {competency}.",
        "Check the standard, weight and questions of {competency}."
    ),
    LensAutosave => ("Wijzigingen worden direct opgeslagen.", "Changes are saved as you make them."),
    LensReadOnly => (
        "Dit profiel is alleen te lezen. Dupliceer het om het aan te passen.",
        "This lens is read-only. Duplicate it to adapt it."
    ),
    LensNotFound => (
        "Dit profiel staat niet (meer) op dit apparaat.",
        "This lens is not on this device (any more)."
    ),
    LensAgenda => ("Agenda: geplande minuten per fase", "Agenda: planned minutes per phase"),
    LensTotalMinutes => ("Totaal: {minutes} minuten", "Total: {minutes} minutes"),
    PhaseWarmUp => ("Kennismaking", "Warm-up"),
    PhaseClarity => ("Rollen, doel en agenda", "Roles, purpose and agenda"),
    PhaseAssessment => ("Bespreking assessment", "Assessment discussion"),
    PhaseCompetencies => ("Competentievragen", "Competency questions"),
    PhaseClosing => ("Afronding", "Closing"),
    LensCompetencies => ("Competenties en vragen", "Competencies and questions"),
    LensAddCompetency => ("Competentie toevoegen", "Add a competency"),
    LensChooseCompetency => ("Kies een competentie…", "Choose a competency…"),
    Add => ("Toevoegen", "Add"),
    LensStandard => ("Vereiste norm (1–5)", "Required standard (1–5)"),
    LensWeight => ("Gewicht (1–5)", "Weight (1–5)"),
    MoveUp => ("{name} omhoog", "Move {name} up"),
    MoveDown => ("{name} omlaag", "Move {name} down"),
    RemoveCompetency => ("{name} weghalen", "Remove {name}"),
    Remove => ("Weghalen", "Remove"),
    LensStandardQuestions => (
        "Standaardvragen: iedere kandidaat krijgt deze",
        "Standard questions: every candidate is asked these"
    ),
    OwnQuestionBadge => ("Eigen vraag", "Own question"),
    OwnQuestionAdd => ("Eigen vraag toevoegen", "Add your own question"),
    OwnQuestionText => ("Vraag", "Question"),
    OwnQuestionHint => (
        "Vraag naar eerder gedrag, bijvoorbeeld: “Vertel eens over een keer dat…”",
        "Ask about past behaviour, for example: “Tell me about a time when…”"
    ),
    OwnQuestionProbes => ("Doorvragen, één per regel", "Follow-up probes, one per line"),

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
    DataBytesUsed => ("Opslag van Interviewgids", "Storage used by Interviewgids"),
    DataSiteUse => ("Browseropslag voor deze site", "Browser storage for this site"),
    DataOfQuotaUsed => ("{percent}% van ongeveer {quota} in gebruik", "{percent}% of about {quota} in use"),
    DataRoomLeft => ("Ruimte over", "Room left"),
    DataMoreSessions => (
        "voor ongeveer {n} gesprekken van gewone omvang",
        "for about {n} more interviews of typical size"
    ),
    DataNearlyFull => (
        "De opslag is voor {percent}% vol. Exporteer een back-up en verwijder daarna gesprekken die volgens de bewaartermijn weg mogen (zie hieronder), zodat opslaan blijft lukken.",
        "Storage is {percent}% full. Export a backup, then delete interviews that the retention period allows (see below), so saving keeps working."
    ),
    DataEstimate => ("Browseropslag (schatting)", "Browser storage (estimate)"),
    DataOfQuota => ("{used} van {quota}", "{used} of {quota}"),
    DataPersistent => ("Beschermd tegen opruimen door de browser", "Protected from clean-up by the browser"),
    Yes => ("Ja", "Yes"),
    NoWord => ("Nee", "No"),
    Unknown => ("Onbekend", "Unknown"),
    DataBackupTitle => ("Back-up", "Backup"),
    DataBackupHint => (
        "Een back-up bevat alle gesprekken en je eigen profielen. Bewaar hem op een veilige plek: hij bevat persoonsgegevens.",
        "A backup holds all interviews and your own lenses. Keep it somewhere safe: it contains personal data."
    ),
    DataLastBackup => ("Laatste back-up: {date}.", "Last backup: {date}."),
    DataNoBackup => ("Op dit apparaat is nog geen back-up gemaakt.", "No backup has been made on this device yet."),
    DataSessionsTitle => ("Gesprekken exporteren", "Export interviews"),
    DataNoSessions => ("Er zijn nog geen gesprekken om te exporteren.", "There are no interviews to export yet."),
    DataExportSelected => ("Selectie exporteren ({n})", "Export selected ({n})"),
    DataSelectAll => ("Alles selecteren", "Select all"),
    DataImportTitle => ("Importeren", "Import"),
    DataAsideTitle => ("Apart gezette gegevens", "Data kept aside"),
    DataAsideIntro => (
        "Deze opgeslagen gegevens waren niet leesbaar. Ze zijn ongewijzigd apart gezet, zodat er niets verloren gaat. Download ze om ze te bewaren of te laten herstellen.",
        "These stored values could not be read. They were kept aside unchanged, so nothing is lost. Download them to keep them or have them repaired."
    ),
    DataAsideNone => ("Er is niets apart gezet.", "Nothing has been kept aside."),
    DataAsideSize => ("{size} tekens", "{size} characters"),
    DataAsideDeleteConfirm => (
        "Deze apart gezette gegevens voorgoed verwijderen? Download ze eerst als je ze nog wilt laten herstellen.",
        "Delete this data kept aside for good? Download it first if you may still want it repaired."
    ),
    Download => ("Downloaden", "Download"),
    DownloadFailed => (
        "Downloaden is mislukt: {detail}",
        "The download failed: {detail}"
    ),

    // Retention
    RetentionTitle => ("Bewaren en verwijderen", "Retention"),
    ProcedureEnded => ("Procedure beëindigd op", "Procedure ended on"),
    ConsentLabel => (
        "De kandidaat gaf toestemming om de gegevens langer te bewaren (tot een jaar).",
        "The candidate consented to keeping the data longer (up to a year)."
    ),
    ConsentGiven => ("Toestemming vastgelegd op {date}.", "Consent recorded on {date}."),
    DeleteFrom => ("Te verwijderen vanaf {date}.", "To be deleted from {date}."),
    RetentionNotEnded => (
        "Vul de einddatum van de procedure in zodra die bekend is; daarna loopt de bewaartermijn.",
        "Fill in the end date of the procedure once it is known; the retention period runs from then."
    ),
    BadDate => ("Dit is geen geldige datum.", "This is not a valid date."),
    PolicyTitle => ("Bewaartermijnen na de procedure (dagen)", "Retention after the procedure (days)"),
    PolicyHint => (
        "De AVG vraagt gegevens van afgewezen kandidaten uiterlijk vier weken na de procedure te verwijderen, of tot een jaar met toestemming.",
        "The GDPR asks for data of unsuccessful applicants to be deleted at the latest four weeks after the procedure, or up to a year with consent."
    ),
    PolicyDays => ("Zonder toestemming", "Without consent"),
    PolicyDaysConsent => ("Met toestemming", "With consent"),
    PolicyInvalid => (
        "Gebruik minstens 1 dag, en met toestemming niet korter dan zonder (hoogstens 3650). De vorige termijnen blijven gelden.",
        "Use at least 1 day, and with consent no shorter than without (at most 3650). The previous periods still apply."
    ),
    DueTitle => ("Te verwijderen", "Due for deletion"),
    DueNone => (
        "Er zijn geen gesprekken waarvan de bewaartermijn voorbij is.",
        "No interviews have passed their retention period."
    ),
    DueSince => ("{name} — te verwijderen sinds {date}", "{name} — due since {date}"),
    DeleteSessionConfirm => (
        "Het gesprek met {name} definitief verwijderen? Exporteer het eerst als het nog bewaard moet worden.",
        "Delete the interview with {name} for good? Export it first if it must be kept elsewhere."
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
    StoreNoRoom => (
        "Er is niets veranderd: dit heeft {needed} nodig en er is nog {free} vrij op dit apparaat. Exporteer een back-up en verwijder gesprekken die weg mogen (zie Bewaren en verwijderen), en probeer het opnieuw.",
        "Nothing has changed: this needs {needed} and only {free} is free on this device. Export a backup and delete interviews that may go (see Retention), then try again."
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
        "de grens voor lage scores moet onder die voor hoge scores liggen.",
        "the threshold for low scores must lie below the one for high scores."
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
}
