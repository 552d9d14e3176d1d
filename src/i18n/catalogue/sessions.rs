//! Texts: the list of interviews and a new interview (the intake and the preparation are in
//! `intake.rs`, out of the first load).

/// Adds this screen's texts to those gathered so far and passes them on (see `mod.rs`).
macro_rules! sessions_texts {
    ($next:ident $($rest:ident)* ; $($gathered:tt)*) => {
        $next! { $($rest)* ; $($gathered)*
            ListAwaited => ("Panel: {back} van {invited} beoordelingen terug, wacht op {names}.", "Panel: {back} of {invited} ratings back, waiting for {names}."),
            ListDue => ("Uiterlijk {due}.", "Due {due}."),
            ListLate => ("Te laat: was uiterlijk {due}.", "Late: was due {due}."),
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
            SessionBack => ("Terug naar de gesprekken", "Back to the interviews"),
            SessionsShownPart => (
                "Getoond: {shown} van de {n} gesprekken, de komende eerst, dan de nog niet geplande en de meest recente.",
                "Shown: {shown} of {n} interviews, those to come first, then those not yet planned and the most recent."
            ),
            SessionsShowAll => ("Alle {n} tonen", "Show all {n}"),
            ScalePercentile => ("Percentiel (0–100)", "Percentile (0–100)"),
            ScaleSten => ("Sten (1–10), omgerekend naar percentielen", "Sten (1–10), converted to percentiles"),
            ScoreSten => ("sten {n}", "sten {n}"),
        }
    };
}
