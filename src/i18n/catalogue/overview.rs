//! Texts: the position overview.

/// Adds this screen's texts to those gathered so far and passes them on (see `mod.rs`).
macro_rules! overview_texts {
    ($next:ident $($rest:ident)* ; $($gathered:tt)*) => {
        $next! { $($rest)* ; $($gathered)*
            PositionTitle => ("{name}: kandidaten naast de norm", "{name}: candidates against the standard"),
            PositionIntro => (
                "Elke kandidaat wordt afgezet tegen de norm van deze functie, niet tegen de andere kandidaten. Daarom staat hier geen totaalscore en geen rangorde: beslis per competentie op basis van wat je hebt waargenomen.",
                "Each candidate is set against this position's standard, not against the other candidates. That is why there is no total score and no ranking here: decide competency by competency, on what was observed."
            ),
            PositionEmpty => ("Er zijn nog geen gesprekken voor deze functie.", "There are no interviews for this position yet."),
            PositionUnknown => (
                "Er zijn geen gesprekken met dit functieprofiel op dit apparaat.",
                "There are no interviews with this lens on this device."
            ),
            PositionShow => ("Toon", "Show"),
            PositionAll => ("Alle gesprekken", "All interviews"),
            PositionOrder => ("Volgorde", "Order"),
            PositionByName => ("Op naam", "By name"),
            PositionByDate => ("Op gespreksdatum", "By interview date"),
            PositionPrint => ("Afdrukken", "Print"),
            PositionHidden => ("Verborgen door het filter: {n}.", "Hidden by the filter: {n}."),
            PositionTableLabel => ("Kandidaten per competentie", "Candidates by competency"),
            PositionLevel => ("{level}, norm {standard}", "{level}, standard {standard}"),
            PositionSkipped => ("Standaardvragen overgeslagen: {n}", "Standard questions skipped: {n}"),
            PositionAdded => ("Vragen toegevoegd: {n}", "Questions added: {n}"),
            PositionNoReason => ("nog geen reden opgegeven", "no reason given yet"),
            PositionFlag => (
                "⚠ Beoordeling en voorbeelden spreken elkaar tegen",
                "⚠ Rating and examples disagree"
            ),
            PositionNotInLens => ("Hoorde niet bij dit gesprek", "Not part of this interview"),
            LensPositionLink => ("Kandidaten voor deze functie", "Candidates for this position"),
            PositionThresholds => (
                "De focusgrenzen van de functie zijn nu: laag tot en met {low}, hoog vanaf {high}. Elke kandidaat wordt gelezen met de grenzen en normen waarmee die gesproken is; waar die anders zijn dan nu, staat dat erbij.",
                "The position's focus thresholds are now: low up to {low}, high from {high}. Every candidate is read with the thresholds and standards they were interviewed with; where those differ from today's, it says so."
            ),
            PositionLevels => (
                "Waar een panel besliste, staan het niveau en het advies van het panel; anders die van de interviewer. Zolang een panel niet besliste, staat dat er.",
                "Where a panel decided, the panel's levels and recommendation are shown; otherwise the interviewer's. Until a panel has decided, it says so."
            ),
            PositionEarlierThresholds => (
                "Gelezen met de focusgrenzen van toen het gesprek werd aangemaakt: laag tot en met {low}, hoog vanaf {high}",
                "Read with the focus thresholds in force when the interview was created: low up to {low}, high from {high}"
            ),
            PositionLeadOwn => ("Eigen advies van de panelleider: {recommendation}", "The lead's own recommendation: {recommendation}"),
            PositionByPanel => ("besluit van het panel", "the panel's decision"),
            PositionLeadLevel => (
                "{level} (eigen niveau van de panelleider; het panel is het nog niet eens), norm {standard}",
                "{level} (the lead's own; the panel has not agreed yet), standard {standard}"
            ),
            PositionStandardNow => ("Norm van de functie nu: {standard}", "The position's standard now: {standard}"),
            PositionNotRecognised => (
                "Herkende zich niet in het kandidaatrapport",
                "Did not recognise themself in the candidate report"
            ),
            PositionOwnThresholds => ("Eigen focusgrenzen {low}/{high}: {reason}", "Own focus thresholds {low}/{high}: {reason}"),
            PositionDeparts => ("Wijkt af van de norm:", "Departs from the standard:"),
            PositionConsensusLevel => ("{level} (consensus panel), norm {standard}", "{level} (panel consensus), standard {standard}"),
            PositionOwnLevel => ("Eigen beoordeling: {level}", "Own rating: {level}"),
        }
    };
}
