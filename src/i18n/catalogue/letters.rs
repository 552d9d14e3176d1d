//! Texts: what the candidate receives — the invitation before the interview (M8, M11–M13).
//! Plain, friendly language, with no internal codes or anchors.

/// Adds this screen's texts to those gathered so far and passes them on (see `mod.rs`).
macro_rules! letters_texts {
    ($next:ident $($rest:ident)* ; $($gathered:tt)*) => {
        $next! { $($rest)* ; $($gathered)*
            LetterSubject => ("Uitnodiging voor een gesprek: {position}", "Invitation to an interview: {position}"),
            LetterGreeting => ("Beste {candidate},", "Dear {candidate},"),
            LetterGreetingUnnamed => ("Beste kandidaat,", "Dear candidate,"),
            LetterWhen => (
                "Graag nodigen we je uit voor een gesprek over de functie {position}, op {date} om {time}. Het gesprek duurt ongeveer {minutes} minuten.",
                "We would like to invite you to an interview for the position of {position}, on {date} at {time}. It takes about {minutes} minutes."
            ),
            LetterWhenOpen => (
                "Graag nodigen we je uit voor een gesprek over de functie {position}; de datum en tijd volgen. Het gesprek duurt ongeveer {minutes} minuten.",
                "We would like to invite you to an interview for the position of {position}; the date and time follow. It takes about {minutes} minutes."
            ),
            LetterWho => ("Je spreekt met: {names}.", "You will meet: {names}."),
            LetterAgenda => ("Zo ziet het gesprek eruit:", "What the interview looks like:"),
            LetterWarmUp => ("kennismaken ({minutes} min.)", "getting acquainted ({minutes} min)"),
            LetterClarity => (
                "wie we zijn, waarom we dit gesprek voeren en hoe het past in de procedure ({minutes} min.)",
                "who we are, why we hold this interview and how it fits into the procedure ({minutes} min)"
            ),
            LetterAssessment => (
                "de uitslag van het assessment dat je hebt gemaakt: die bespreken we samen met je ({minutes} min.)",
                "the results of the assessment you took, which we discuss with you ({minutes} min)"
            ),
            LetterCompetencies => (
                "vragen over situaties uit je werk tot nu toe ({minutes} min.)",
                "questions about situations from your work so far ({minutes} min)"
            ),
            LetterClosing => ("jouw vragen en de vervolgstappen ({minutes} min.)", "your questions and the next steps ({minutes} min)"),
            LetterExamples => (
                "We vragen je naar concrete voorbeelden: hoe je bepaalde situaties in je werk hebt aangepakt. Neem gerust de tijd om na te denken voordat je antwoordt; dat is de bedoeling.",
                "We will ask you for concrete examples of how you handled situations in your work. Feel free to take time to think before you answer; that is what we hope you will do."
            ),
            LetterQuestions => (
                "Heb je vooraf vragen, laat het ons dan weten.",
                "If you have any questions beforehand, please let us know."
            ),
            LetterRegards => ("Met vriendelijke groet,", "Kind regards,"),
            FeedbackSubject => ("Terugkoppeling op je gesprek: {position}", "Feedback on your interview: {position}"),
            FeedbackThanks => (
                "Dank je wel voor het gesprek over de functie {position}. Hieronder lees je wat we in het gesprek hebben gezien.",
                "Thank you for the interview for the position of {position}. Below is what we saw in the interview."
            ),
            FeedbackSeen => ("Wat we zagen:", "What we saw:"),
            FeedbackNoExample => (
                "hier hebben we in het gesprek geen concreet voorbeeld van gehoord",
                "we did not hear a concrete example of this in the interview"
            ),
            FeedbackPositive => (
                "We gaan graag met je verder; je hoort van ons wat de volgende stap is.",
                "We would like to continue with you; we will let you know what the next step is."
            ),
            FeedbackNegative => (
                "We hebben besloten niet met je verder te gaan. De reden: {reason}",
                "We have decided not to continue with you. The reason: {reason}"
            ),
            FeedbackOpen => ("Je hoort van ons zodra er een besluit is.", "We will let you know as soon as there is a decision."),
            FeedbackCheckTitle => (
                "Voordat je hem verstuurt: kijk deze delen van de tekst na. Een kandidaat hoort geen scores, niveaus, ankerteksten of namen van anderen.",
                "Before you send it, look at these parts of the text again. A candidate hears no scores, levels, anchor texts or other people's names."
            ),
            FeedbackCheckClear => (
                "✓ Nagekeken: geen getallen die als score of niveau te lezen zijn, geen ankerteksten en geen namen van andere kandidaten.",
                "✓ Checked: no numbers that read as scores or levels, no anchor texts and no other candidates' names."
            ),
            LeakNumber => ("{found}: een getal dat als score of niveau gelezen kan worden", "{found}: a number that can read as a score or level"),
            LeakAnchor => ("“{found}”: woorden uit een anker van de beoordelingsschaal", "“{found}”: words from an anchor of the rating scale"),
            LeakOtherCandidate => ("{found}: de naam van een andere kandidaat", "{found}: another candidate's name"),
            FeedbackFollowUp => (
                "Wil je er verder over praten, dan maken we graag een afspraak met je. Op verzoek zetten we de redenen ook op papier.",
                "If you would like to talk it over, we are glad to make an appointment with you. On request we also put the reasons in writing."
            ),
            FeedbackQuestions => (
                "Heb je vragen over deze terugkoppeling, neem dan gerust contact op.",
                "If you have questions about this feedback, please get in touch."
            ),
            LetterPlannedOtherwise => (
                "Je hebt {planned} minuten ingepland; de uitnodiging noemt de {agenda} minuten van de agenda, want zo lang duurt het gesprek dat je gaat voeren.",
                "You planned {planned} minutes; the invitation states the agenda's {agenda} minutes, the length of the interview you will run."
            ),
            FeedbackAfterPanel => (
                "De terugkoppeling wordt opgesteld zodra het panel zijn advies heeft vastgelegd: de kandidaat hoort de uitkomst van het panel, niet een eigen advies.",
                "The feedback is drawn up once the panel has recorded its recommendation: the candidate hears the panel's outcome, not one member's."
            ),
            FeedbackTitle => ("Terugkoppeling voor de kandidaat", "Feedback for the candidate"),
            FeedbackIntro => (
                "Opgesteld uit jouw onderbouwing per competentie en de uitkomst, zonder niveaus, scores of oordelen van collega's. Maak er gewone taal van voordat je het verstuurt; de app verstuurt zelf niets.",
                "Drawn up from your evidence per competency and the outcome, without levels, scores or colleagues' ratings. Put it in plain words before you send it; the app itself sends nothing."
            ),
            FeedbackText => ("Tekst van de terugkoppeling", "Text of the feedback"),
            FeedbackMailed => ("Geopend in je mailprogramma.", "Opened in your mail program."),
            LetterTitle => ("Uitnodiging voor de kandidaat", "Invitation for the candidate"),
            LetterIntro => (
                "Opgesteld uit het functieprofiel en de intake. Pas de tekst aan en verstuur hem vanuit je eigen mailprogramma; de app verstuurt zelf niets.",
                "Drawn up from the lens and the intake. Edit the text and send it from your own mail program; the app itself sends nothing."
            ),
            LetterText => ("Tekst van de uitnodiging", "Text of the invitation"),
            LetterMail => ("Openen in mijn mailprogramma", "Open in my mail program"),
            LetterCopy => ("Kopiëren", "Copy"),
            LetterCopied => ("Gekopieerd.", "Copied."),
            LetterCopyFailed => (
                "Kopiëren lukte niet in deze browser; selecteer de tekst en kopieer hem zelf.",
                "Copying did not work in this browser; select the text and copy it yourself."
            ),
            LetterPrint => ("Afdrukken", "Print"),
            LetterReset => ("Terug naar de opgestelde tekst", "Back to the drawn-up text"),
            LetterEdited => ("Je hebt de tekst aangepast.", "You edited the text."),
            LetterMailed => (
                "Geopend in je mailprogramma: de herinnering over voorbeelden en bedenktijd is aangevinkt.",
                "Opened in your mail program: the reminder about examples and time to think is ticked."
            ),
        }
    };
}
