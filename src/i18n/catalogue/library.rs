//! Texts: the competency library.

/// Adds this screen's texts to those gathered so far and passes them on (see `mod.rs`).
macro_rules! library_texts {
    ($next:ident $($rest:ident)* ; $($gathered:tt)*) => {
        $next! { $($rest)* ; $($gathered)*
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
            LibraryLoading => ("De competentiebibliotheek wordt geladen…", "Loading the competency library…"),
            LibraryNeeded => (
                "Dit scherm heeft de competentiebibliotheek nodig, en die kon niet worden gelezen ({detail}). Je gesprekken en de gegevens op dit apparaat zijn niet aangetast. Laad de pagina opnieuw om het nog eens te proberen.",
                "This screen needs the competency library, which could not be read ({detail}). Your interviews and the data on this device are not affected. Reload the page to try again."
            ),
            FactorLeadingDeciding => ("Leiden en beslissen", "Leading and deciding"),
            FactorSupportingCooperating => ("Ondersteunen en samenwerken", "Supporting and cooperating"),
            FactorInteractingPresenting => ("Communiceren en presenteren", "Interacting and presenting"),
            FactorAnalysingInterpreting => ("Analyseren en interpreteren", "Analysing and interpreting"),
            FactorCreatingConceptualising => ("Creëren en conceptualiseren", "Creating and conceptualising"),
            FactorOrganisingExecuting => ("Organiseren en uitvoeren", "Organising and executing"),
            FactorAdaptingCoping => ("Aanpassen en omgaan met druk", "Adapting and coping"),
            FactorEnterprisingPerforming => ("Ondernemen en presteren", "Enterprising and performing"),
        }
    };
}
