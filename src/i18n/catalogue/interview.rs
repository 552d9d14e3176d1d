//! Texts: the interview's phases and the evaluation.

/// Adds this screen's texts to those gathered so far and passes them on (see `mod.rs`).
macro_rules! interview_texts {
    ($next:ident $($rest:ident)* ; $($gathered:tt)*) => {
        $next! { $($rest)* ; $($gathered)*
            SessionNewerApp => (
                "Dit gesprek is opgeslagen door een nieuwere versie van de app. Deze kopie laat het zien maar verandert en bewaart er niets aan, zodat er niets verloren gaat. Laad de app opnieuw om verder te werken.",
                "This interview was saved by a newer version of the app. This copy shows it but changes and saves nothing of it, so nothing is lost. Reload the app to go on."
            ),
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
                "Vertel wat de kandidaat nog moet weten over de functie en de organisatie, geef ruimte voor eigen vragen en leg daarna uit hoe de procedure verdergaat.",
                "Tell the candidate what they still need to know about the position and the organisation, give room for their own questions, then explain how the procedure continues."
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
                "Hoge score, geen voorbeeld: waarschijnlijk nooit van de kandidaat gevraagd; ontwikkelen zou makkelijk moeten gaan.",
                "High score, no example: probably never asked of the candidate; developing it should come easily."
            ),
            ReadingLearnedHelp => (
                "Lage score, gedrag wel laten zien: aangeleerd door ervaring. Ga na of het past bij de organisatie en wat het de kandidaat kost.",
                "Low score, behaviour shown: learned through experience. Check whether it fits the organisation and what it costs the candidate."
            ),
            ReadingDevelopmentHelp => (
                "Lage score, geen voorbeeld: waarschijnlijk weinig kans gehad het te laten zien; ontwikkelen kost moeite.",
                "Low score, no example: probably little chance to show it so far; developing it will take effort."
            ),
            LeavingUnrated => (
                "Nog niet beoordeeld: {names}. Je kunt terug om te beoordelen, of verder gaan en bij de evaluatie aangeven waarom niet.",
                "Not rated yet: {names}. You can go back to rate them, or go on and say why not at the evaluation."
            ),
            LeavingGoOn => ("Verder naar de afsluiting", "Go on to the closing"),
            LeavingStay => ("Blijven", "Stay"),
            ReadingMiddle => ("Het gesprek beslist", "The interview decides"),
            ReadingMiddleHelp => (
                "Middenscore: de assessment wijst geen kant op; wat de kandidaat liet zien, telt.",
                "Middle score: the assessment points neither way; what the candidate showed counts."
            ),
            ReadingNotDiscussed => ("Niet besproken", "Not discussed"),
            ReadingNotDiscussedHelp => (
                "Geen vraag beantwoord en geen beoordeling: hier is niets over te zeggen.",
                "No question answered and no rating: there is nothing to read here."
            ),
            FlagRatedWithoutExamples => (
                "Beoordeeld met 3 of hoger, maar bij geen enkele vraag een voorbeeld (ook niet na bedenktijd). Pas de beoordeling of de vinkjes aan.",
                "Rated 3 or more, yet no example on any question (not even after time to think). Correct the rating or the example marks."
            ),
            UnnotedTitle => ("Vragen zonder aantekeningen ({n})", "Questions without notes ({n})"),
            UnnotedHint => (
                "Schrijf nu op wat de kandidaat bij deze vragen vertelde, nu je het nog weet: elk oordeel rust op deze waarnemingen.",
                "Write down now what the candidate said to these questions, while you still remember: every judgement rests on these observations."
            ),
            UnnotedQuestion => ("{competency}: {question}", "{competency}: {question}"),
            UnratedTitle => (
                "Niet beoordeeld. Geef per competentie kort aan waarom; dat komt in het rapport.",
                "Not rated. Say briefly why for each competency; it goes into the report."
            ),
            UnratedReason => ("Waarom is {name} niet beoordeeld?", "Why is {name} not rated?"),
            UnratedReasonExample => ("bijv. niet besproken: geen tijd meer", "e.g. not discussed: out of time"),
            UnratedNeedsReason => (
                "Geef eerst aan waarom deze competenties niet beoordeeld zijn: {names}.",
                "First say why these competencies are not rated: {names}."
            ),
            DeviationsTitle => (
                "Afwijkingen van de standaard van de functie",
                "Deviations from the position's standard"
            ),
            DeviationsNone => (
                "Geen: de kandidaat is gelezen met de focusgrenzen van de functie en kreeg precies de standaardvragen van het profiel.",
                "None: the candidate was read with the position's focus thresholds and asked exactly the lens's standard questions."
            ),
            DeviationSkipped => ("overgeslagen: {reason}", "skipped: {reason}"),
            DeviationAdded => ("extra gesteld", "asked in addition"),
            RecommendationTitle => ("Eindadvies", "Overall recommendation"),
            ShareConsentLabel => (
                "De kandidaat stemde ermee in dat de assessmentuitslag wordt gedeeld met wie het gesprek voert.",
                "The candidate agreed to sharing the assessment results with the people who interview them."
            ),
            ReleaseLegend => (
                "Heeft de kandidaat het assessmentrapport ingezien en niet geblokkeerd?",
                "Did the candidate see the assessment report and not block it?"
            ),
            ReleaseNotRecorded => ("Nog niet vastgelegd", "Not recorded yet"),
            ReleaseCleared => ("Gezien en niet geblokkeerd", "Seen and not blocked"),
            ReleaseBlocked => ("Geblokkeerd", "Blocked"),
            ReleaseHint => (
                "De beroepscode van het NIP geeft de kandidaat het recht het rapport eerst in te zien en het te blokkeren. Alleen een rapport dat de kandidaat zag en niet blokkeerde, wordt gebruikt: anders bespreek je het assessment niet, geeft de voorbereiding geen focus op de scores en leest de evaluatie geen scores.",
                "The Dutch psychologists' code (NIP) gives the candidate the right to see the report first and to block it. Only a report the candidate saw and did not block is used: otherwise the assessment is not discussed, the preparation gives no focus from the scores and the evaluation reads no scores."
            ),
            ReleaseOn => ("Vastgelegd op {date}.", "Recorded on {date}."),
            ValidUntil => ("Conclusies van het rapport geldig tot en met", "The report's conclusions valid until"),
            ReportExpired => (
                "Het gesprek is gepland na {date}, de laatste dag dat de conclusies van het rapport gelden. Vraag om een nieuw of verlengd rapport, of voer het gesprek op de competenties alleen.",
                "The interview is planned after {date}, the last day the report's conclusions hold. Ask for a new or extended report, or run the interview on the competencies alone."
            ),
            ScoresNotUsedUnrecorded => (
                "De scores worden niet gebruikt: nog niet vastgelegd dat de kandidaat het assessmentrapport zag en niet blokkeerde (zie de intake). Het gesprek loopt op de competenties alleen.",
                "The scores are not used: it is not recorded that the candidate saw the assessment report and did not block it (see the intake). The interview runs on the competencies alone."
            ),
            ScoresNotUsedBlocked => (
                "De kandidaat blokkeerde het assessmentrapport: de scores en het kandidaatrapport worden niet gebruikt. Het gesprek loopt op de competenties alleen.",
                "The candidate blocked the assessment report: its scores and the candidate report are not used. The interview runs on the competencies alone."
            ),
            ShareConsentOn => ("Instemming vastgelegd op {date}.", "Agreement recorded on {date}."),
            ShareConsentMissing => (
                "Nog niet vastgelegd: of de kandidaat instemde met het delen van de assessmentuitslag met de interviewer(s). Vraag het na en vink het aan bij de herkomst van de scores.",
                "Not recorded yet: whether the candidate agreed to the assessment results being shared with the interviewer(s). Check and tick it where the scores come from."
            ),
            RejectionReason => ("Reden van afwijzing, zoals de kandidaat die hoort", "Reason for rejection, as the candidate will hear it"),
            RejectionReasonHint => (
                "Kort, in gewone taal en gemeten aan wat de functie vraagt, niet aan andere kandidaten. Vraagt de kandidaat later waarom, dan krijgt hij of zij dezelfde reden.",
                "Short, in plain words, and measured against what the position asks, not against other candidates. If the candidate asks why later, they get the same reason."
            ),
            RejectionNeedsReason => (
                "Schrijf de reden van afwijzing op voordat je de evaluatie afrondt.",
                "Write down the reason for rejection before you complete the evaluation."
            ),
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
            // Rating what was observed
            RateObserved => (
                "Beoordeel wat de kandidaat liet zien, niet de assessmentscore: wie de score ziet tijdens het beoordelen, neemt hem onbewust over. De combinatie met de score verschijnt zodra je beoordeelt.",
                "Rate what the candidate showed, not the assessment score: raters who see the score while rating absorb it without noticing. The combination with the score appears once you rate."
            ),
            RateNoExample => (
                "Geen voorbeeld, ook niet na bedenktijd: niet beoordelen",
                "No example, even after time to think: leave unrated"
            ),
            RateDecides => (
                "Spreken de beoordeling en de voorbeeld-vinkjes elkaar tegen, dan beslist de beoordeling met haar onderbouwing; de app wijst de tegenspraak aan.",
                "When the rating and the example marks disagree, the rating with its evidence decides; the app points out the contradiction."
            ),
            NoExampleShort => ("geen voorbeeld", "no example"),
            EvaluationDecides => (
                "Gedrag laten zien betekent een beoordeling van 3 of hoger; 1 en 2 zijn voorbeelden die tekortschieten. Zonder beoordeling spreken de voorbeeld-vinkjes. ‘Geen voorbeeld’ telt nooit als niveau 1.",
                "Behaviour shown means a rating of 3 or more; 1 and 2 are examples that fall short. Without a rating the example marks speak. ‘No example’ never counts as level 1."
            ),
            ReadingNotConfirmed => ("Niet bevestigd door de voorbeelden", "Not confirmed by the examples"),
            ReadingNotConfirmedHelp => (
                "Hoge score, maar de voorbeelden laten het gedrag onder het nodige niveau zien: de aanleg is er, het gedrag in de praktijk nog niet.",
                "High score, but the examples show the behaviour below the level needed: the aptitude is there, the behaviour in practice not yet."
            ),
            FlagNoExampleDespiteExamples => (
                "Vastgelegd als ‘geen voorbeeld’, maar bij een vraag staat dat er wel een voorbeeld was. Beoordeel dat voorbeeld of pas de vinkjes aan.",
                "Recorded as ‘no example’, yet a question is marked as having one. Rate that example or correct the marks."
            ),
            ClosingPosition => (
                "De functie: taken, team, arbeidsvoorwaarden en wat nog onduidelijk was.",
                "The position: tasks, team, terms of employment and anything still unclear."
            ),
            ClosingOrganisation => (
                "De organisatie: wat ze doet, hoe er gewerkt wordt en wat ze de kandidaat biedt.",
                "The organisation: what it does, how people work there and what it offers the candidate."
            ),
            // The recommendation against the standard
            DepartureNeedsReason => (
                "Het advies wijkt af van de norm: schrijf eerst op hoe je onderbouwing dat weegt.",
                "The recommendation departs from the standard: first write down how your substantiation weighs that."
            ),
            DeparturePositive => (
                "Een positief advies, terwijl deze competenties niet aan de norm bleken te voldoen: {names}.",
                "A positive recommendation, while these competencies were not shown to meet the standard: {names}."
            ),
            ShortBelow => ("{name} (onder de norm)", "{name} (below the standard)"),
            ShortNoExample => ("{name} (geen voorbeeld)", "{name} (no example)"),
            ShortUnrated => ("{name} (niet beoordeeld)", "{name} (not rated)"),
            DepartureNegative => (
                "Een negatief advies, terwijl elke competentie aan de norm voldoet.",
                "A negative recommendation, while every competency meets the standard."
            ),
            DepartureReason => (
                "Waarom je toch tot dit advies komt",
                "Why you come to this recommendation all the same"
            ),
            DeviationThresholds => (
                "Focusgrenzen {low}/{high} in plaats van die van de functie ({position_low}/{position_high}): {reason}",
                "Focus thresholds {low}/{high} instead of the position's ({position_low}/{position_high}): {reason}"
            ),
            ReadingFallsShort => ("Ontwikkelpunt — de voorbeelden schieten tekort", "Development area — the examples fall short"),
            ReadingFallsShortHelp => (
                "Lage score, en de voorbeelden laten het gedrag onder het nodige niveau zien.",
                "Low score, and the examples show the behaviour below the level needed."
            ),
        }
    };
}
