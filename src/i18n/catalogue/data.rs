//! Texts: the Data screen and retention.

/// Adds this screen's texts to those gathered so far and passes them on (see `mod.rs`).
macro_rules! data_texts {
    ($next:ident $($rest:ident)* ; $($gathered:tt)*) => {
        $next! { $($rest)* ; $($gathered)*
            // Data
            DataIntro => (
                "Alles wat Interviewgids bewaart, blijft in deze browser op dit apparaat. Alleen bestanden die je zelf exporteert verlaten het.",
                "Everything Interviewgids keeps stays in this browser on this device. Only files you export yourself ever leave it."
            ),
            DataStoredTitle => ("Op dit apparaat", "On this device"),
            DataSessionCount => ("Opgeslagen gesprekken", "Stored interviews"),
            DataBytesUsed => ("Opslag van Interviewgids", "Storage used by Interviewgids"),
            DataSiteUse => ("Ruimte voor gesprekken in deze browser", "Room for interviews in this browser"),
            DataOfQuotaUsed => ("{percent}% van ongeveer {quota} in gebruik", "{percent}% of about {quota} in use"),
            DataRoomLeft => ("Ruimte over", "Room left"),
            DataMoreSessions => (
                "voor ongeveer {n} gesprekken van gewone omvang",
                "for about {n} more interviews of typical size"
            ),
            DataNearlyFull => (
                "De opslag is voor {percent}% vol. Exporteer een back-up en verwijder daarna gesprekken die volgens de bewaartermijn weg mogen (zie hieronder), zodat opslaan blijft lukken.",
                "Storage is {percent}% full. Export a backup, then delete interviews that the retention period allows (see below), so saving keeps working."
            ),
            DataEstimate => ("Browseropslag (schatting)", "Browser storage (estimate)"),
            DataOfQuota => ("{used} van {quota}", "{used} of {quota}"),
            Yes => ("Ja", "Yes"),
            NoWord => ("Nee", "No"),
            Unknown => ("Onbekend", "Unknown"),
            DataBackupTitle => ("Back-up", "Backup"),
            DataBackupHint => (
                "Een back-up bevat alle gesprekken en je eigen profielen. Bewaar hem op een veilige plek: hij bevat persoonsgegevens.",
                "A backup holds all interviews and your own lenses. Keep it somewhere safe: it contains personal data."
            ),
            DataLastBackup => ("Laatste back-up: {date}.", "Last backup: {date}."),
            DataNoBackup => ("Op dit apparaat is nog geen back-up gemaakt.", "No backup has been made on this device yet."),
            DataSessionsTitle => ("Gesprekken exporteren", "Export interviews"),
            DataNoSessions => ("Er zijn nog geen gesprekken om te exporteren.", "There are no interviews to export yet."),
            DataExportSelected => ("Selectie exporteren ({n})", "Export selected ({n})"),
            DataSelectAll => ("Alles selecteren", "Select all"),
            DataImportTitle => ("Importeren", "Import"),
            DataAsideTitle => ("Apart gezette gegevens", "Data kept aside"),
            DataAsideIntro => (
                "Deze opgeslagen gegevens waren niet leesbaar. Ze zijn ongewijzigd apart gezet, zodat er niets verloren gaat. Download ze om ze te bewaren of te laten herstellen.",
                "These stored values could not be read. They were kept aside unchanged, so nothing is lost. Download them to keep them or have them repaired."
            ),
            DataAsideNone => ("Er is niets apart gezet.", "Nothing has been kept aside."),
            DataAsideSize => ("{size} tekens", "{size} characters"),
            DataAsideDeleteConfirm => (
                "Deze apart gezette gegevens voorgoed verwijderen? Download ze eerst als je ze nog wilt laten herstellen.",
                "Delete this data kept aside for good? Download it first if you may still want it repaired."
            ),
            Download => ("Downloaden", "Download"),
            // Retention
            RetentionTitle => ("Bewaren en verwijderen", "Retention"),
            ProcedureEnded => ("Procedure beëindigd op", "Procedure ended on"),
            ConsentLabel => (
                "De kandidaat gaf toestemming om de gegevens langer te bewaren (tot een jaar).",
                "The candidate consented to keeping the data longer (up to a year)."
            ),
            ConsentGiven => ("Toestemming vastgelegd op {date}.", "Consent recorded on {date}."),
            DeleteFrom => ("Te verwijderen vanaf {date}.", "To be deleted from {date}."),
            RetentionNotEnded => (
                "Vul de einddatum van de procedure in zodra die bekend is; daarna loopt de bewaartermijn.",
                "Fill in the end date of the procedure once it is known; the retention period runs from then."
            ),
            BadDate => ("Dit is geen geldige datum.", "This is not a valid date."),
            PolicyTitle => ("Bewaartermijnen na de procedure (dagen)", "Retention after the procedure (days)"),
            PolicyHint => (
                "Richtlijn van de Autoriteit Persoonsgegevens en de NVP Sollicitatiecode (de AVG zelf noemt geen termijn): gegevens van afgewezen kandidaten uiterlijk vier weken na het einde van de procedure verwijderen, of tot een jaar bewaren met hun toestemming.",
                "The guidance of the Dutch data protection authority and the NVP Sollicitatiecode (the GDPR itself names no period): delete unsuccessful applicants' data at the latest four weeks after the procedure ends, or keep it up to a year with their consent."
            ),
            RetentionGuidance => (
                "De termijnen volgen de richtlijn van de Autoriteit Persoonsgegevens en de NVP Sollicitatiecode; de AVG vraagt gegevens niet langer te bewaren dan nodig.",
                "The periods follow the guidance of the Dutch data protection authority and the NVP Sollicitatiecode; the GDPR asks that data be kept no longer than needed."
            ),
            EndProposed => (
                "Voorgesteld bij het afronden van de evaluatie, zodat de bewaartermijn loopt. Bevestig de datum of vul de echte einddatum van de procedure in.",
                "Proposed when the evaluation was completed, so the retention period runs. Confirm the date or fill in the procedure's real end date."
            ),
            EndConfirm => ("Einddatum bevestigen", "Confirm the end date"),
            HiredLabel => (
                "Aangenomen: niet verwijderen tot ik besluit (de gegevens gaan naar het personeelsdossier, buiten deze app).",
                "Hired: do not delete until I decide (the data moves to the personnel file, outside this app)."
            ),
            HiredKept => (
                "Aangenomen: blijft buiten de verwijderlijst tot je het vinkje weghaalt.",
                "Hired: stays off the deletion list until you untick it."
            ),
            CompletedWithoutEnd => (
                "Afgeronde gesprekken zonder einddatum van de procedure: {n}. Voor hen loopt geen bewaartermijn; vul de datum in bij het gesprek.",
                "Completed interviews without a procedure end date: {n}. No retention period runs for them; fill in the date at the interview."
            ),
            AccessTitle => ("Gegevens van één kandidaat", "One candidate's data"),
            AccessIntro => (
                "Vraagt een kandidaat om inzage of verwijdering (AVG artikel 15 en 17), kies dan hier de naam en vink de gesprekken aan die over deze persoon gaan: exporteer ze als één bestand, druk ze af of verwijder ze.",
                "When a candidate asks for access or deletion (GDPR articles 15 and 17), choose their name here and tick the interviews that are about this person: export them as one file, print them or delete them."
            ),
            AccessIncluded => (
                "Per gesprek: de intake en assessmentuitslag, aantekeningen, beoordelingen, evaluatie en brieven, en in een panel dat je leidde de beoordelingen van je collega's; daarnaast onleesbare gegevens die opzij zijn gezet en de naam bevatten. De app bewaart verder niets over de kandidaat: mails uit je eigen mailprogramma en eerder geëxporteerde bestanden staan waar je ze bewaarde.",
                "For each interview: the intake and assessment results, notes, ratings, evaluation and letters, and in a panel you led your colleagues' ratings; besides those, unreadable values kept aside that contain the name. The app keeps nothing else about the candidate: mails from your own mail program and files exported earlier are wherever you saved them."
            ),
            AccessChoose => ("Naam", "Name"),
            AccessNone => ("Kies een naam", "Choose a name"),
            AccessUnderName => ("Gesprekken onder deze naam", "Interviews under this name"),
            AccessSeveral => (
                "Er staan meer gesprekken onder deze naam. Twee mensen kunnen dezelfde naam hebben: vink alleen aan wat over de persoon gaat die het vroeg (kijk naar functie, datum en interviewer).",
                "More than one interview carries this name. Two people can share a name: tick only what is about the person who asked (check the position, date and interviewer)."
            ),
            AccessSimilar => ("Ook nakijken: gelijkende namen", "Also check these: similar names"),
            AccessSimilarHint => (
                "Anders geschreven, misschien dezelfde persoon, misschien niet. Vink ze alleen aan als ze over deze persoon gaan.",
                "Written differently: maybe the same person, maybe not. Tick them only if they are about this person."
            ),
            AccessKeptAside => ("Opzij gezet (onleesbaar) met deze naam erin", "Kept aside (unreadable), with this name in it"),
            AccessKeptAsideItem => ("Opzij gezette gegevens:", "Kept-aside value:"),
            AccessNotPlanned => ("niet gepland", "not planned"),
            AccessNoInterviewer => ("interviewer onbekend", "interviewer unknown"),
            AccessHolding => (
                "Aangevinkt: {sessions} gesprek(ken), met {ratings} beoordeling(en) van collega's, en {aside} opzij gezette waarde(n).",
                "Ticked: {sessions} interview(s), with {ratings} colleague rating(s), and {aside} kept-aside value(s)."
            ),
            AccessExport => ("Aangevinkte exporteren", "Export the ticked ones"),
            AccessDelete => ("Aangevinkte verwijderen", "Delete the ticked ones"),
            AccessDeleteConfirm => (
                "{sessions} gesprek(ken) met {ratings} beoordeling(en) van collega's en {aside} opzij gezette waarde(n) voorgoed verwijderen? Het gaat om: {which}. Exporteer ze eerst als de kandidaat om een kopie vroeg.",
                "Delete {sessions} interview(s) with {ratings} colleague rating(s) and {aside} kept-aside value(s) for good? They are: {which}. Export them first if the candidate asked for a copy."
            ),
            AccessPrint => ("Aangevinkte afdrukken (leesbaar)", "Print the ticked ones (readable)"),
            AccessKeptAsideText => ("Opzij gezet zoals het was (de app kon het niet lezen)", "Kept aside as it was (the app could not read it)"),
            AccessStoredWith => ("Verder opgeslagen bij dit gesprek", "Also stored with this interview"),
            LockedTitle => ("Gesprekken vergrendeld", "Interviews locked"),
            LockedIntro => (
                "De gesprekken op dit apparaat zijn versleuteld. Vul je wachtwoordzin in om ze te openen; je komt terug waar je was.",
                "The interviews on this device are encrypted. Enter your passphrase to open them; you return to where you were."
            ),
            UnlockPassphrase => ("Wachtwoordzin", "Passphrase"),
            UnlockCode => ("Herstelcode", "Recovery code"),
            UnlockButton => ("Ontgrendelen", "Unlock"),
            UnlockBusy => ("Bezig met openen…", "Opening…"),
            UnlockUseCode => ("Wachtwoordzin vergeten? Gebruik de herstelcode", "Forgot the passphrase? Use the recovery code"),
            UnlockUsePassphrase => ("De wachtwoordzin gebruiken", "Use the passphrase"),
            UnlockWrong => (
                "Daarmee gaan de gesprekken niet open. Er is niets veranderd.",
                "That does not open the interviews. Nothing has changed."
            ),
            UnlockWait => (
                "Te vaak verkeerd geprobeerd. Probeer het over {seconds} seconden opnieuw.",
                "Too many wrong tries. Try again in {seconds} seconds."
            ),
            UnlockNotACode => (
                "Een herstelcode heeft 32 letters en cijfers, in groepjes van vier.",
                "A recovery code has 32 letters and digits, in groups of four."
            ),
            UnlockBadRecord => (
                "De gegevens van de vergrendeling zijn beschadigd of komen van een nieuwere versie van Interviewgids. Er is niets veranderd; open ze met die versie of zet een back-up terug.",
                "The lock's record is damaged or comes from a newer version of Interviewgids. Nothing has changed; open it with that version or restore a backup."
            ),
            UnlockNoCrypto => (
                "Deze browser biedt hier geen versleuteling (Web Crypto). Open de app via https of vanaf dit apparaat zelf.",
                "This browser offers no encryption here (Web Crypto). Open the app over https or on this device itself."
            ),
            LockedNobody => (
                "Zonder de wachtwoordzin of de herstelcode kan niemand deze gesprekken lezen, ook wie de app aanbiedt niet.",
                "Without the passphrase or the recovery code nobody can read these interviews, not even whoever hosts the app."
            ),
            LockTitle => ("Vergrendeling van dit apparaat", "Lock on this device"),
            LockWhat => (
                "Vergrendel de gesprekken op dit apparaat met een wachtwoordzin: alles wat over kandidaten is opgeslagen wordt versleuteld, en de app opent op een vergrendelscherm.",
                "Lock this device's interviews with a passphrase: everything stored about candidates is encrypted, and the app opens on a lock screen."
            ),
            LockProtects => (
                "Beschermt tegen: een verloren of gedeeld apparaat, een andere pagina op hetzelfde adres en iedereen die de opslag van de browser uitleest.",
                "Protects against: a lost or shared device, another page on the same address, and anyone who reads the browser's storage."
            ),
            LockDoesNot => (
                "Beschermt niet tegen: iemand die het apparaat gebruikt terwijl het ontgrendeld is, een andere pagina op hetzelfde adres die openstaat terwijl het ontgrendeld is, en een aangetaste browser.",
                "Does not protect against: someone using the device while it is unlocked, another page on the same address that is open while it is unlocked, and a compromised browser."
            ),
            LockOrigin => (
                "De gegevens van deze app staan in de opslag van {origin}: die hoort bij het hele adres, niet bij een map.",
                "This app's data lives in the storage of {origin}: it belongs to the whole address, not to a folder."
            ),
            LockTurnOnHint => (
                "Kies een wachtwoordzin van een paar woorden. Zonder de wachtwoordzin of de herstelcode kan niemand de gesprekken lezen, ook wie de app aanbiedt niet. Een versleutelde back-up blijft daarnaast de manier om niets kwijt te raken.",
                "Choose a passphrase of a few words. Without the passphrase or the recovery code nobody can read the interviews, not even whoever hosts the app. An encrypted backup remains the way not to lose anything."
            ),
            LockTurnOn => ("Gesprekken op dit apparaat vergrendelen", "Lock this device's interviews"),
            LockTurningOn => ("Bezig met versleutelen…", "Encrypting…"),
            LockIsOn => ("De vergrendeling staat aan.", "The lock is on."),
            RecoveryCodeIntro => (
                "Dit is je herstelcode. Schrijf hem op of druk hem af en bewaar hem apart van het apparaat: wie de wachtwoordzin vergeet, opent de gesprekken hiermee.",
                "This is your recovery code. Write it down or print it and keep it apart from the device: whoever forgets the passphrase opens the interviews with it."
            ),
            RecoveryCodePrint => ("Herstelcode afdrukken", "Print the recovery code"),
            RecoveryCodeKept => ("Ik heb de herstelcode opgeschreven of afgedrukt", "I have written down or printed the recovery code"),
            RecoveryCodeDone => ("Klaar", "Done"),
            RecoveryCodeOnce => (
                "De code wordt maar één keer getoond en nergens opgeslagen.",
                "The code is shown only once and stored nowhere."
            ),
            LockNow => ("Nu vergrendelen", "Lock now"),
            LockAfterMinutes => ("Vergrendelen na zoveel minuten zonder gebruik", "Lock after this many minutes without use"),
            LockAfterSaved => ("Vergrendelt na {n} minuten zonder gebruik.", "Locks after {n} minutes without use."),
            LockChange => ("Wachtwoordzin wijzigen", "Change the passphrase"),
            LockCurrentPassphrase => ("Huidige wachtwoordzin", "Current passphrase"),
            LockNewPassphrase => ("Nieuwe wachtwoordzin", "New passphrase"),
            LockChangeButton => ("Wachtwoordzin wijzigen", "Change the passphrase"),
            LockPassphraseChanged => (
                "✓ De wachtwoordzin is gewijzigd; de herstelcode blijft dezelfde.",
                "✓ The passphrase is changed; the recovery code stays the same."
            ),
            LockWrongPassphrase => (
                "Dat is niet de wachtwoordzin van deze vergrendeling. Er is niets veranderd.",
                "That is not this lock's passphrase. Nothing has changed."
            ),
            LockTurnOff => ("Vergrendeling uitzetten", "Turn the lock off"),
            LockTurnOffHint => (
                "Alle gesprekken worden weer onversleuteld opgeslagen, in één keer of helemaal niet.",
                "Every interview is stored unencrypted again, all at once or not at all."
            ),
            LockTurnOffButton => ("Vergrendeling uitzetten", "Turn the lock off"),
            AccessShareConsent => ("Instemming met delen van het assessment", "Agreement to sharing the assessment"),
            AccessLongerConsent => ("Toestemming om langer te bewaren", "Consent to keep the data longer"),
            AccessColleague => ("Beoordeling van collega {name}", "Rating by colleague {name}"),
            AccessDeleteNow => ("Voorgoed verwijderen", "Delete for good"),
            AccessDeleted => (
                "Van dit apparaat verwijderd: {sessions} gesprek(ken) en {aside} opzij gezette waarde(n) over {name}.",
                "Deleted from this device: {sessions} interview(s) and {aside} kept-aside value(s) about {name}."
            ),
            PolicyDays => ("Zonder toestemming", "Without consent"),
            PolicyDaysConsent => ("Met toestemming", "With consent"),
            PolicyInvalid => (
                "Gebruik minstens 1 dag, en met toestemming niet korter dan zonder (hoogstens 3650). De vorige termijnen blijven gelden.",
                "Use at least 1 day, and with consent no shorter than without (at most 3650). The previous periods still apply."
            ),
            DueTitle => ("Te verwijderen", "Due for deletion"),
            DueNone => (
                "Er zijn geen gesprekken waarvan de bewaartermijn voorbij is.",
                "No interviews have passed their retention period."
            ),
            DueSince => ("{name} — te verwijderen sinds {date}", "{name} — due since {date}"),
            DeleteSessionConfirm => (
                "Het gesprek met {name} definitief verwijderen? Exporteer het eerst als het nog bewaard moet worden.",
                "Delete the interview with {name} for good? Export it first if it must be kept elsewhere."
            ),
            // Keeping the interviews on this device
            KeepTitle => ("Bewaren op dit apparaat", "Keeping the interviews on this device"),
            KeepPersistent => ("Blijvende opslag toegestaan", "Persistent storage granted"),
            KeepInstalled => ("Geopend als app vanaf het beginscherm", "Opened as an app from the home screen"),
            KeepNotSaid => ("deze browser zegt het niet", "this browser does not say"),
            KeepNoEstimate => ("deze browser meldt het niet", "this browser does not report it"),
            KeepSafe => (
                "De browser bewaart de gegevens blijvend; maak toch af en toe een back-up.",
                "The browser keeps the data persistently; still, make a backup now and then."
            ),
            KeepRiskUnvisited => (
                "Deze browser wist de gesprekken op dit apparaat als de app zeven dagen niet is geopend, tenzij je hem vanaf het beginscherm opent.",
                "This browser deletes the interviews on this device when the app has not been opened for seven days, unless you open it from the home screen."
            ),
            KeepRiskSpace => (
                "De browser heeft niet toegezegd de gegevens te bewaren: als de ruimte opraakt, kan hij ze wissen.",
                "The browser has not promised to keep the data: when space runs out, it may clear it."
            ),
            KeepRemedies => ("Zo raak je niets kwijt:", "So that nothing is lost:"),
            KeepHomeScreen => (
                "Zet de app op het beginscherm en open hem voortaan daar. Op een iPad: tik in Safari op Deel (het vierkant met de pijl omhoog), kies ‘Zet op beginscherm’ en tik op ‘Voeg toe’.",
                "Put the app on the home screen and open it from there from now on. On an iPad: in Safari tap Share (the square with the arrow pointing up), choose ‘Add to Home Screen’ and tap ‘Add’."
            ),
            KeepBackup => (
                "Maak nu een back-up met de knop hieronder, en daarna minstens elke {days} dagen; de app herinnert je eraan.",
                "Make a backup now with the button below, and then at least every {days} days; the app reminds you."
            ),
        }
    };
}
