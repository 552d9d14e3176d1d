//! Texts: the intake and the preparation (and the session screen's frame). Not in the first
//! load: the session screens come in a piece that brings the texts piece first.

/// Adds this screen's texts to those gathered so far and passes them on (see `mod.rs`).
macro_rules! intake_texts {
    ($next:ident $($rest:ident)* ; $($gathered:tt)*) => {
        $next! { $($rest)* ; $($gathered)*
            SessionNotFound => ("Dit gesprek staat niet op dit apparaat.", "This interview is not on this device."),
            SessionDamagedTitle => ("Dit gesprek is beschadigd", "This interview is damaged"),
            SessionDamaged => (
                "Het kon niet worden gelezen en is ongewijzigd apart gezet. In de lijst van gesprekken staat het als beschadigd, met de tekst om te downloaden.",
                "It could not be read and was kept aside unchanged. The list of interviews shows it as damaged, with its text to download."
            ),
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
                "Vul een heel getal van {min} tot en met {max} in. De vorige waarde blijft bewaard.",
                "Enter a whole number from {min} to {max}. The previous value is kept."
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
            MissingRelease => (
                "of de kandidaat het assessmentrapport zag en niet blokkeerde",
                "whether the candidate saw the assessment report and did not block it"
            ),
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
                "De lage grens moet minstens {gap} punten onder de hoge liggen, beide van 0 tot en met 100. Er is niets veranderd.",
                "The low threshold must lie at least {gap} points below the high one, both from 0 to 100. Nothing was changed."
            ),
            BandLow => ("Laag", "Low"),
            BandMiddle => ("Midden", "Middle"),
            BandHigh => ("Hoog", "High"),
            NoScore => ("Geen score", "No score"),
            FocusProbe => (
                "Lage score: zoek naar aangeleerd gedrag. Het gedrag kost moeite, maar de loopbaan kan er vaak om hebben gevraagd; vraag door naar concrete voorbeelden.",
                "Low score: probe for learned behaviour. The behaviour costs effort, but a career may often have demanded it; ask for concrete examples."
            ),
            FocusStandard => (
                "Middenscore: stel de standaardvragen.",
                "Middle score: ask the standard questions."
            ),
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
            // Where the scores come from
            RecordTitle => ("Herkomst van de scores", "Where the scores come from"),
            RecordInstrument => ("Instrument (test of vragenlijst)", "Instrument (test or questionnaire)"),
            RecordTakenOn => ("Datum van het assessment", "Date of the assessment"),
            RecordBadDate => (
                "Vul een bestaande datum in. De vorige datum blijft bewaard.",
                "Enter a real date. The previous date is kept."
            ),
            RecordNormGroup => ("Normgroep", "Norm group"),
            RecordScale => ("Schaal van de scores", "Scale of the scores"),
            RecordScaleHint => (
                "Kies de schaal waarop het rapport de scores geeft, voordat je ze invult.",
                "Choose the scale the report gives its scores on before you enter them."
            ),
            RecordScaleLocked => (
                "Er staan al scores op deze schaal. Maak ze leeg om een andere schaal te kiezen: een score wordt nooit op een andere schaal gelezen dan waarop hij is ingevuld.",
                "Scores are already entered on this scale. Clear them to choose another: a score is never read on a scale other than the one it was typed on."
            ),
            ScoresTitleSten => ("Assessmentscores (sten 1–10)", "Assessment scores (sten 1–10)"),
            // Thresholds for one candidate
            ThresholdsPosition => (
                "Focusgrenzen van de functie: laag tot en met {low}, hoog vanaf {high}.",
                "The position's focus thresholds: low up to {low}, high from {high}."
            ),
            ThresholdsOwn => (
                "Afwijkend voor deze kandidaat: laag tot en met {low}, hoog vanaf {high}.",
                "Different for this candidate: low up to {low}, high from {high}."
            ),
            ThresholdsReasonGiven => ("Reden: {reason}", "Reason: {reason}"),
            ThresholdsNoReason => (
                "geen reden vastgelegd (ingesteld voordat de grenzen bij de functie hoorden)",
                "no reason recorded (set before thresholds belonged to the position)"
            ),
            ThresholdsBack => ("Terug naar de grenzen van de functie", "Back to the position's thresholds"),
            ThresholdsDeviate => ("Afwijken voor deze kandidaat", "Deviate for this candidate"),
            ThresholdsDeviateHint => (
                "Elke kandidaat voor een functie hoort met dezelfde grenzen gelezen te worden. Wijk alleen af met een reden; de afwijking staat in de evaluatie, het rapport en het overzicht van de functie.",
                "Every candidate for a position should be read with the same thresholds. Deviate only for a reason; the deviation appears in the evaluation, the report and the position overview."
            ),
            ThresholdsReason => ("Reden van de afwijking", "Reason for the deviation"),
            ThresholdsApply => ("Grenzen voor deze kandidaat toepassen", "Apply thresholds for this candidate"),
            ThresholdsNeedReason => (
                "Geef een reden: andere grenzen dan die van de functie zijn een afwijking. Er is niets veranderd.",
                "Give a reason: thresholds other than the position's are a deviation. Nothing was changed."
            ),
            // What the intake and the discussion recorded
            KnownBeforeTitle => ("Wat je vooraf weet", "What you know beforehand"),
            DiscussionTitle => ("Bespreking van de assessmentuitslag", "Discussion of the assessment results"),
            RecognitionNotAsked => ("nog niet gevraagd", "not asked yet"),
            DiscussionNotes => ("Aantekeningen bij de bespreking van de scores", "Notes on the discussion of the scores"),
            RecognitionNoGuide => (
                "De kandidaat herkent zich niet in het rapport. Bespreek wat niet klopt en vraag naar voorbeelden die een ander beeld geven; ga niet in discussie over de score. Het gesprek toetst het gedrag zelf.",
                "The candidate does not recognise themself in the report. Talk through what does not fit and ask for examples that show another picture; do not argue about the score. The interview tests the behaviour itself."
            ),
            KnownBeforeEmpty => (
                "Nog niets vastgelegd: het kandidaatrapport en de overige informatie uit de intake verschijnen hier.",
                "Nothing recorded yet: the candidate report and the other information from the intake appear here."
            ),
            RecognisedShort => ("Herkent zich in het kandidaatrapport", "Recognises themself in the candidate report"),
        }
    };
}
