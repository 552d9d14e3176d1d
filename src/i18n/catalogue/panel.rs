//! Texts: panel interviews and the debrief.

/// Adds this screen's texts to those gathered so far and passes them on (see `mod.rs`).
macro_rules! panel_texts {
    ($next:ident $($rest:ident)* ; $($gathered:tt)*) => {
        $next! { $($rest)* ; $($gathered)*
            PanelTitle => ("Panelgesprek", "Panel interview"),
            PanelPlanOffer => (
                "Spreek je deze kandidaat met collega's? Start het panel nu, bij de planning: elke collega krijgt een uitnodigingsbestand met dezelfde vragen om zich voor te bereiden, beoordeelt zelfstandig op een eigen apparaat en stuurt de beoordeling als bestand terug.",
                "Interviewing this candidate with colleagues? Start the panel now, while planning: each colleague gets an invitation file with the same questions to prepare with, rates independently on their own device and sends the ratings back as a file."
            ),
            RatingsDue => ("Beoordelingen terug uiterlijk", "Ratings back by"),
            RatingsDueHint => (
                "Staat op een uur na het einde van het gesprek tot je een ander tijdstip kiest. Kies het vóór je de uitnodigingen maakt: elke uitnodiging neemt het mee.",
                "An hour after the interview ends until you choose another time. Choose it before you make the invitations: each invitation carries it."
            ),
            RatingsDueBad => ("Dat is geen datum met tijd; er is niets veranderd.", "That is not a date and time; nothing was changed."),
            RatingsDueBy => ("Stuur je beoordeling uiterlijk {when} terug.", "Send your ratings back by {when}."),
            AfterInviteTitle => ("Zo gaat het verder", "What happens next"),
            AfterInviteSend => (
                "Stuur het bestand naar je collega (mail, gedeelde map); gaf je het een wachtwoordzin, geef die dan op een andere manier door, bijvoorbeeld telefonisch.",
                "Send the file to your colleague (mail, a shared folder); if you gave it a passphrase, pass that on another way, by phone for instance."
            ),
            AfterInviteOpen => (
                "Je collega opent Interviewgids en importeert het bestand op het scherm Gegevens; het gesprek staat dan in de lijst, met dezelfde vragen.",
                "Your colleague opens Interviewgids and imports the file on the Data screen; the interview is then in their list, with the same questions."
            ),
            AfterInviteBack => (
                "Na het gesprek rondt je collega de eigen evaluatie af en stuurt de beoordeling als bestand terug; die importeer je hier bij de evaluatie.",
                "After the interview your colleague completes their own evaluation and sends the ratings back as a file; you import it here, at the evaluation."
            ),
            NextSendRatings => (
                "Volgende stap: exporteer je beoordeling en stuur het bestand naar wie het panel leidt.",
                "Next step: export your ratings and send the file to whoever leads the panel."
            ),
            NextWaitFor => ("Volgende stap: wachten op de beoordeling van {names}.", "Next step: waiting for the ratings of {names}."),
            NextDebrief => ("Alle beoordelingen zijn terug: begin het nabespreken hieronder.", "All ratings are back: start the debrief below."),
            PanelOffer => (
                "Spreek je deze kandidaat met collega's? Start een panel: elke collega krijgt een uitnodigingsbestand met dezelfde vragen, beoordeelt zelfstandig op een eigen apparaat en stuurt de beoordeling als bestand terug.",
                "Interviewing this candidate with colleagues? Start a panel: each colleague gets an invitation file with the same questions, rates independently on their own device and sends the ratings back as a file."
            ),
            PanelStart => ("Panel starten", "Start a panel"),
            PanelLead => (
                "Jij leidt dit panel. Maak voor elke collega een eigen uitnodiging; die bevat de kandidaat, de scores en de gekozen vragen, maar niets van jouw aantekeningen of oordeel.",
                "You lead this panel. Make an invitation for each colleague; it holds the candidate, the scores and the chosen questions, but nothing of your notes or judgement."
            ),
            PanelInvite => ("Uitnodiging voor een collega", "Invitation for a colleague"),
            PanelArrived => ("Beoordelingen van collega's ontvangen: {n}", "Colleague ratings received: {n}"),
            PanelHidden => (
                "Je ziet ze pas als je eigen evaluatie is afgerond, zodat jouw oordeel zelfstandig blijft.",
                "You see them only once your own evaluation is complete, so your judgement stays your own."
            ),
            PanelAddFile => (
                "Een beoordeling van een collega, als .json-bestand.",
                "A colleague's ratings, as a .json file."
            ),
            PanelMember => (
                "Dit is een panelgesprek. Rond je evaluatie af en stuur je beoordeling daarna als bestand naar wie het panel leidt.",
                "This is a panel interview. Complete your evaluation, then send your ratings as a file to whoever leads the panel."
            ),
            PanelExportReturned => ("Beoordeling voor de panelleider exporteren", "Export ratings for the panel lead"),
            PanelFilePreview => ("Beoordeling van {name} voor {candidate}", "Ratings by {name} for {candidate}"),
            PanelAttach => ("Toevoegen aan het gesprek", "Add to the interview"),
            PanelReplace => ("De eerdere beoordeling vervangen", "Replace the earlier ratings"),
            PanelNewer => (
                "Dit is een nieuwere versie van een beoordeling die er al is. Vervang je de eerdere?",
                "This is a newer version of ratings that are here already. Replace the earlier ones?"
            ),
            PanelUninvited => (
                "Niet uitgenodigd: dit bestand hoort bij geen van de uitnodigingen die je uitdeelde. Voeg je het toe, dan telt het als dat van een toehoorder tot je het zelf meetelt.",
                "Not invited: this file answers none of the invitations you handed out. If you add it, it counts as an observer's until you count it yourself."
            ),
            AssessmentLeftOut => (
                "De uitslag van het assessment is niet meegestuurd: de panelleider heeft niet vastgelegd dat de kandidaat instemde met het delen ervan.",
                "The assessment results were left out of this invitation: the panel lead has not recorded the candidate's agreement to sharing them."
            ),
            UninvitedTitle => ("Beoordelingen zonder uitnodiging", "Ratings without an invitation"),
            UninvitedNotCounted => (
                "{name} had geen uitnodiging van jou: de niveaus en het advies staan erbij, maar tellen niet mee in mediaan, meerderheid en kalibratie.",
                "{name} had no invitation from you: the levels and recommendation are shown, but do not count in the median, the majority or the calibration."
            ),
            UninvitedCounted => (
                "{name} had geen uitnodiging van jou; je telt deze beoordeling mee als die van een interviewer.",
                "{name} had no invitation from you; you count these ratings as an interviewer's."
            ),
            UninvitedCount => ("Meetellen als interviewer", "Count as an interviewer"),
            UninvitedStopCounting => ("Weer als toehoorder tellen", "Count as an observer again"),
            PanelNotUninvited => (
                "Er is geen beoordeling zonder uitnodiging met deze sessie; er is niets veranderd.",
                "No rating taken without an invitation has this session; nothing was changed."
            ),
            PanelAlready => ("Deze beoordeling is al toegevoegd; er verandert niets.", "These ratings were added already; nothing changes."),
            PanelNotLead => ("Dit gesprek leidt geen panel.", "This interview does not lead a panel."),
            PanelOtherCandidate => (
                "Dit bestand hoort bij het panel voor {candidate}; geen gesprek op dit apparaat leidt dat panel. Er is niets veranderd.",
                "This file belongs to the panel for {candidate}; no interview on this device leads that panel. Nothing was changed."
            ),
            PanelOtherLens => (
                "Deze collega sprak met andere vragen of een andere versie van het functieprofiel. Er is niets veranderd.",
                "This colleague interviewed with other questions or another version of the lens. Nothing was changed."
            ),
            PanelUnfinished => (
                "De evaluatie van deze collega is nog niet afgerond. Er is niets veranderd.",
                "This colleague's evaluation is not complete yet. Nothing was changed."
            ),
            PanelOwnSession => ("Dit is je eigen beoordeling, niet die van een collega.", "These are your own ratings, not a colleague's."),
            PanelOlder => (
                "Dit is een oudere versie (revisie {offered}) dan de toegevoegde (revisie {attached}); die blijft staan.",
                "This is an older version (revision {offered}) than the one added (revision {attached}), which stays."
            ),
            PanelSameInvitation => (
                "Deze beoordeling komt uit dezelfde uitnodiging als die van {name}: één uitnodiging is aan twee collega's gegeven. Maak voor deze collega een eigen uitnodiging. Er is niets veranderd.",
                "These ratings come from the same invitation as {name}'s: one invitation went to two colleagues. Make this colleague an invitation of their own. Nothing was changed."
            ),
            PanelNotRevealed => ("Rond eerst je eigen evaluatie af.", "Complete your own evaluation first."),
            PanelNoRationale => ("Schrijf op waarom.", "Write down why."),
            PanelLevelOutOfRange => ("Kies een niveau van 1 tot en met 5.", "Choose a level from 1 to 5."),
            DebriefTitle => ("Nabespreking van het panel", "Panel debrief"),
            DebriefIntro => (
                "Per competentie het niveau, de onderbouwing en de voorbeelden van iedere interviewer naast elkaar. Bespreek de verschillen op basis van wat je hebt waargenomen.",
                "Per competency each interviewer's level, evidence and examples side by side. Discuss the differences on what was observed."
            ),
            DebriefYou => ("{name} (jij)", "{name} (you)"),
            DebriefRange => (
                "Niveaus {low} tot en met {high} · {within} van {pairs} paren binnen één niveau",
                "Levels {low} to {high} · {within} of {pairs} pairs within one level"
            ),
            DebriefDisagree => ("⚠ {n} niveaus uit elkaar: bespreek dit", "⚠ {n} levels apart: discuss this"),
            NotCountedTitle => ("Telt niet mee:", "Not counted:"),
            NotCountedNoEvidence => ("{name}, een niveau zonder geschreven onderbouwing", "{name}, a level without written evidence"),
            NotCountedChanged => (
                "{name}, gewijzigd na het zien van de collega's; het niveau van daarvóór ({level}) telt",
                "{name}, changed after seeing the colleagues' ratings; the level from before ({level}) counts"
            ),
            AdviceCounted => (
                "(vóór het zien van de collega's: {recommendation}; dat telt in de meerderheid)",
                "(before seeing the colleagues' ratings: {recommendation}; that counts in the majority)"
            ),
            ReopenedAfterReveal => (
                "Je eigen evaluatie is heropend nadat je de beoordelingen van je collega's had gezien: {when}.",
                "Your own evaluation was reopened after you had seen your colleagues' ratings: {when}."
            ),
            ReopenedChanges => (
                "Sindsdien gewijzigd: {changes}. De mediaan, de meerderheid en de kalibratie houden je niveaus en advies van daarvóór.",
                "Changed since: {changes}. The median, the majority and the calibration keep your levels and recommendation from before."
            ),
            ReopenedNothingChanged => (
                "Aan je niveaus en je advies is sindsdien niets gewijzigd.",
                "Nothing in your levels or recommendation has changed since."
            ),
            ChangedRecommendation => ("advies {before} → {after}", "recommendation {before} → {after}"),
            PanelVerdictDecides => (
                "Dit advies is de uitkomst voor de kandidaat: het overzicht, het verslag en de terugkoppeling tonen dit, niet je eigen advies. Het wordt aan de norm gehouden zoals het advies van één interviewer.",
                "This recommendation is the candidate's outcome: the overview, the report and the feedback show it, not your own. It is held against the standard like one interviewer's."
            ),
            PanelDepartsStandard => (
                "Het advies van het panel wijkt af van de norm. Schrijf op hoe de onderbouwing dat weegt.",
                "The panel's recommendation departs from the standard. Write down how the substantiation weighs that."
            ),
            OwnInPanel => (
                "Dit is jouw eigen, zelfstandige advies. Voor deze kandidaat beslist het panel: het advies dat het panel in de nabespreking vastlegt, is de uitkomst.",
                "This is your own, independent recommendation. The panel decides for this candidate: the recommendation it records in the debrief is the outcome."
            ),
            PanelNeedsRejectionReason => (
                "Schrijf op welke reden van afwijzing de kandidaat hoort, voordat je het nee van het panel vastlegt.",
                "Write down the reason for rejection the candidate will hear before you record the panel's no."
            ),
            ActionRefused => ("Dit kon niet worden vastgelegd; er is niets veranderd.", "This could not be recorded; nothing was changed."),
            PanelUndecided => ("Het panel heeft nog niet besloten", "Panel not yet decided"),
            AgreementNoIccHere => (
                "Geen ICC voor één kandidaat: over de paar competenties van één persoon meet die vooral hoe ongelijk het profiel is. De overeenstemming over alle kandidaten van de functie staat in het functieoverzicht.",
                "No ICC for one candidate: over one person's few competencies it mostly measures how uneven the profile is. Agreement across all the position's candidates is on the position overview."
            ),
            AgreementPositionLink => ("Naar de kandidaten voor deze functie", "To this position's candidates"),
            DebriefExamples => ("Voorbeelden: {yes} ja, {partly} deels, {none} nee", "Examples: {yes} yes, {partly} partly, {none} no"),
            DebriefNoExamples => ("Geen voorbeelden aangegeven", "No examples marked"),
            DebriefConsensus => ("Niveau waarover het panel het eens is", "Level the panel agrees on"),
            DebriefRationale => ("Waarom dit niveau", "Why this level"),
            DebriefRecord => ("Consensus vastleggen", "Record the consensus"),
            DebriefRecorded => ("Consensus: niveau {level}.", "Consensus: level {level}."),
            DebriefExport => ("Nabespreking exporteren", "Export the debrief"),
            DebriefPrint => ("Nabespreking afdrukken", "Print the debrief"),
            PanelVerdictTitle => ("Advies van het panel", "The panel's recommendation"),
            PanelVerdictWhy => ("Onderbouwing van het panel", "The panel's substantiation"),
            PanelVerdictRecord => ("Advies van het panel vastleggen", "Record the panel's recommendation"),
            PanelVerdictRecorded => ("Vastgelegd: {recommendation}", "Recorded: {recommendation}"),
            DebriefAdvice => ("Eindadvies per interviewer", "Each interviewer's recommendation"),
        }
    };
}
