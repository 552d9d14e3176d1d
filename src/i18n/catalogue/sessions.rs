//! Texts: the list of interviews, a new interview, the intake and the preparation.

/// Adds this screen's texts to those gathered so far and passes them on (see `mod.rs`).
macro_rules! sessions_texts {
    ($next:ident $($rest:ident)* ; $($gathered:tt)*) => {
        $next! { $($rest)* ; $($gathered)*
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
            SessionsShownPart => (
                "Getoond: {shown} van de {n} gesprekken, de komende eerst, dan de nog niet geplande en de meest recente.",
                "Shown: {shown} of {n} interviews, those to come first, then those not yet planned and the most recent."
            ),
            SessionsShowAll => ("Alle {n} tonen", "Show all {n}"),
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
            SkipStandardTitle => ("Een standaardvraag overslaan?", "Skip a standard question?"),
            SkipStandardWhy => (
                "Elke kandidaat voor deze functie krijgt deze vraag; dat maakt kandidaten vergelijkbaar. Sla hem alleen over met een reden. De reden komt in de evaluatie en het rapport.",
                "Every candidate for this position is asked this question; that keeps candidates comparable. Skip it only for a reason. The reason goes into the evaluation and the report."
            ),
            SkipStandardReason => ("Reden", "Reason"),
            SkipStandardConfirm => ("Vraag overslaan", "Skip this question"),
            SkipStandardKeep => ("Toch stellen", "Keep asking it"),
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
        }
    };
}
