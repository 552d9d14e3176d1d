//! Texts: lenses, the lens editor and importing files.

/// Adds this screen's texts to those gathered so far and passes them on (see `mod.rs`).
macro_rules! lenses_texts {
    ($next:ident $($rest:ident)* ; $($gathered:tt)*) => {
        $next! { $($rest)* ; $($gathered)*
            // Lenses
            LensesIntro => (
                "Een functieprofiel (lens) is de set competenties die een functie bepaalt: per competentie de norm die een kandidaat moet halen en de vragen die iedere kandidaat krijgt.",
                "A lens is the set of competencies that defines a position: for each one, the standard a candidate must reach and the questions every candidate is asked."
            ),
            LensNew => ("Nieuw profiel", "New lens"),
            LensName => ("Naam van de functie", "Name of the position"),
            LensCreate => ("Aanmaken", "Create"),
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
                "Een back-up, een of meer gesprekken, een uitnodiging voor een panel, de beoordeling van een collega, een profiel of een bibliotheek, als .json-bestand (ook beveiligd).",
                "A backup, one or more interviews, an invitation to a panel, a colleague's ratings, a lens or a library, as a .json file (protected ones too)."
            ),
            ImportEncrypted => (
                "Dit bestand is beveiligd met een wachtwoordzin. Vul die in om het te openen; de wachtwoordzin wordt nergens bewaard.",
                "This file is protected with a passphrase. Enter it to open the file; the passphrase is not kept anywhere."
            ),
            ImportUnlock => ("Bestand openen", "Open the file"),
            ImportOpening => ("Het bestand wordt geopend…", "Opening the file…"),
            ImportWrongPassphrase => (
                "Dat is niet de wachtwoordzin van dit bestand, of het bestand is veranderd. Er is niets opgeslagen.",
                "That is not this file's passphrase, or the file was changed. Nothing was stored."
            ),
            CryptoUnavailable => (
                "Deze browser kan hier niet ontsleutelen: dat kan alleen als de app via HTTPS of vanaf dit apparaat zelf wordt geopend.",
                "This browser cannot decrypt here: that works only when the app is opened over HTTPS or from this device itself."
            ),
            CryptoFailed => ("Ontsleutelen lukte niet ({detail}).", "Decrypting failed ({detail})."),
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
            LensInUse => (
                "Met dit functieprofiel zijn {n} gesprekken aangemaakt.",
                "{n} interviews were created with this lens."
            ),
            LensInUseOpen => ("Nog niet afgerond ({n}): {names}.", "Not yet completed ({n}): {names}."),
            LensInUseKeeps => (
                "Die gesprekken houden de vragen, normen en focusgrenzen waarmee ze zijn aangemaakt, ook in het overzicht en het verslag. Wat je hier verandert, geldt voor gesprekken die je vanaf nu aanmaakt; het functieoverzicht zegt bij elke kandidaat waar die anders gelezen is dan nu.",
                "Those interviews keep the questions, standards and focus thresholds they were created with, in the overview and the report too. What you change here applies to interviews you create from now on; the position overview says for each candidate where they were read differently from now."
            ),
            LensInUseChange => ("Wijzigen voor nieuwe gesprekken", "Change for new interviews"),
            LensInUseEditing => (
                "✓ Je wijzigingen gelden voor nieuwe gesprekken.",
                "✓ Your changes apply to new interviews."
            ),
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
            LensThresholdsHint => (
                "Elke kandidaat voor deze functie wordt met deze grenzen gelezen: scores tot en met de lage grens vragen om doorvragen naar aangeleerd gedrag, scores vanaf de hoge om het controleren van voorbeelden. Ertussen liggen minstens 10 punten. Gesprekken die al bestaan houden de grenzen waarmee ze zijn aangemaakt.",
                "Every candidate for this position is read with these thresholds: scores up to the low one call for probing for learned behaviour, scores from the high one for checking examples. At least 10 points lie between them. Interviews that already exist keep the thresholds they were created with."
            ),
            IssueThresholds => (
                "De focusgrenzen laten geen middengebied van minstens 10 punten over.",
                "The focus thresholds leave no middle band of at least 10 points."
            ),
        }
    };
}
