//! Texts: the interview report and its chart.

/// Adds this screen's texts to those gathered so far and passes them on (see `mod.rs`).
macro_rules! report_texts {
    ($next:ident $($rest:ident)* ; $($gathered:tt)*) => {
        $next! { $($rest)* ; $($gathered)*
            ReportOpen => ("Rapport openen", "Open the report"),
            ReportLanguage => ("Taal van het rapport", "Language of the report"),
            ReportBack => ("← Terug naar de evaluatie", "← Back to the evaluation"),
            ReportDraft => (
                "Concept: de evaluatie is nog niet afgerond.",
                "Draft: the evaluation has not been completed yet."
            ),
            ReportInterviewDate => ("Datum van het gesprek", "Interview date"),
            ReportCompletedOn => ("Afgerond op", "Completed on"),
            ReportNotYet => ("nog niet", "not yet"),
            ReportScore => ("Assessmentscore: {score} ({band})", "Assessment score: {score} ({band})"),
            ReportNoScore => ("Geen assessmentscore", "No assessment score"),
            ReportRating => ("Beoordeling: {level} van 5", "Rating: {level} of 5"),
            ReportStandard => ("Norm voor de functie: {standard}", "Standard for the position: {standard}"),
            ReportEvidence => ("Waarnemingen", "Evidence"),
            ReportSubstantiation => ("Onderbouwing van het advies", "Substantiation"),
            ReportNoEvidence => ("Geen onderbouwing genoteerd.", "No evidence written down."),
            ReportQuestions => ("Gestelde vragen", "Questions asked"),
            ReportExample => ("Concreet voorbeeld: {answer}", "Concrete example: {answer}"),
            ReportUnmarked => ("niet aangegeven", "not marked"),
            ReportNoNotes => ("Geen aantekeningen.", "No notes."),
            ReportUnratedReason => ("Niet beoordeeld: {reason}", "Not rated: {reason}"),
            ReportNoRecommendation => ("Nog geen eindadvies gekozen.", "No recommendation chosen yet."),
            ReportRelease => ("Rapport ingezien, niet geblokkeerd (NIP)", "Report seen, not blocked (NIP)"),
            ReportPanelTitle => ("Het panel", "The panel"),
            ReportPanelWho => ("Wie beoordeelde", "Who rated"),
            ReportPanelLead => ("leidt het panel", "leads the panel"),
            ReportPanelMember => ("zelfstandig beoordelaar", "independent rater"),
            ReportPanelNotBack => ("uitgenodigd, geen beoordeling ontvangen", "invited, no ratings received"),
            ReportPanelHidden => (
                "De beoordelingen van de collega's staan hier zodra de eigen evaluatie van de panelleider is afgerond.",
                "The colleagues' ratings appear here once the lead's own evaluation is complete."
            ),
            ReportPanelLevels => (
                "Niveaus per competentie (zoals ze meetellen), de mediaan en de consensus",
                "Levels per competency (as they count), the median and the consensus"
            ),
            ReportPanelMedian => ("mediaan {median}", "median {median}"),
            ReportPanelUncounted => ("{level} (telt niet mee)", "{level} (not counted)"),
            ReportPanelNoConsensus => ("Geen consensus vastgelegd.", "No consensus recorded."),
            ReportPanelDepartsMajority => ("Waarom het panel afwijkt van de meerderheid", "Why the panel departs from the majority"),
            ReportPanelReopened => ("Heropend na het zien van de collega's", "Reopened after seeing the colleagues' ratings"),
            ReportLeadOwn => ("Eigen advies van de panelleider", "The lead's own recommendation"),
            KitOpen => ("Gesprekskit voor op papier", "Interview kit for paper"),
            KitTitle => ("Gesprekskit", "Interview kit"),
            KitIntro => (
                "Voor op papier: valt de tablet uit, voer het gesprek dan hiermee en typ het daarna over.",
                "For paper: if the tablet fails, run the interview from this and type it in afterwards."
            ),
            KitBack => ("← Terug naar de voorbereiding", "← Back to the preparation"),
            KitPrint => ("Gesprekskit afdrukken", "Print the interview kit"),
            KitAgenda => ("Agenda", "Agenda"),
            KitRate => ("Beoordeling: kruis één niveau aan", "Rating: tick one level"),
            ChartTitle => ("Aanleg naast gedrag in het gesprek", "Aptitude beside behaviour in the interview"),
            ChartScoreAxis => (
                "Score (percentiel 0–100)",
                "Score (percentile 0–100)"
            ),
            ChartRatingAxis => ("Beoordeling (1–5) en norm", "Rating (1–5) and standard"),
            ChartLegend => (
                "Balk: de assessmentscore; streepjes: de grenzen van laag en hoog. ● de beoordeling in het gesprek, ◇ de norm van de functie.",
                "Bar: the assessment score; dashes: the limits of low and high. ● the rating in the interview, ◇ the standard for the position."
            ),
            ChartRow => (
                "{name}: assessmentscore {score}, beoordeling {level}, norm {standard}.",
                "{name}: assessment score {score}, rating {level}, standard {standard}."
            ),
            ChartNotRated => ("niet beoordeeld", "not rated"),
            ChartNoScore => ("geen", "none"),
            ReportNoExample => (
                "Niet beoordeeld: geen voorbeeld, ook niet na bedenktijd.",
                "Not rated: no example, even after time to think."
            ),
            ReportAssessment => ("Het assessment en de bespreking ervan", "The assessment and its discussion"),
            ReportNotRecorded => ("niet vastgelegd", "not recorded"),
            ReportDeparture => ("Afwijking van de norm", "Departure from the standard"),
        }
    };
}
