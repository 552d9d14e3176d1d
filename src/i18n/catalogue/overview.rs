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
                "Elke kandidaat is gelezen met de focusgrenzen van de functie (laag tot en met {low}, hoog vanaf {high}), tenzij bij de kandidaat een afwijking staat.",
                "Every candidate is read with the position's focus thresholds (low up to {low}, high from {high}) unless a deviation is shown for them."
            ),
            PositionLevels => (
                "Bij een panel staat het niveau waarover het panel het eens werd; anders de beoordeling van de interviewer.",
                "For a panel, the level the panel agreed on is shown; otherwise the interviewer's rating."
            ),
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
