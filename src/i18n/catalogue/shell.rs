//! Texts: the app's frame, the not-found page and the banners.

/// Adds this screen's texts to those gathered so far and passes them on (see `mod.rs`).
macro_rules! shell_texts {
    ($next:ident $($rest:ident)* ; $($gathered:tt)*) => {
        $next! { $($rest)* ; $($gathered)*
            // The shell
            AppName => ("Interviewgids", "Interviewgids"),
            AppTagline => (
                "Gestructureerd interviewen op basis van competenties",
                "Structured, competency-based interviewing"
            ),
            SkipToContent => ("Naar de inhoud", "Skip to content"),
            NavLabel => ("Hoofdmenu", "Main menu"),
            NavSessions => ("Gesprekken", "Interviews"),
            NavLenses => ("Functieprofielen", "Lenses"),
            NavLibrary => ("Bibliotheek", "Library"),
            NavData => ("Gegevens", "Data"),
            LangLabel => ("Taal", "Language"),
            LangNl => ("Nederlands", "Nederlands"),
            LangEn => ("English", "English"),
            Dismiss => ("Sluiten", "Dismiss"),
            UpdateReady => (
                "Er is een nieuwe versie van Interviewgids klaar. Herlaad om over te stappen; je gegevens blijven staan.",
                "A new version of Interviewgids is ready. Reload to switch to it; your data stays as it is."
            ),
            UpdateReload => ("Nu herladen", "Reload now"),
            BackupDue => (
                "Er is {days} dagen of langer geen back-up gemaakt. Exporteer er een en bewaar het bestand op een veilige plek.",
                "No backup has been made for {days} days or more. Export one and keep the file somewhere safe."
            ),
            ExportBackup => ("Back-up exporteren", "Export a backup"),
            KeptBoth => (
                "Dit gesprek is tegelijk in een ander tabblad gewijzigd. Beide versies zijn bewaard: je werkt hier verder in een kopie met jouw tekst; de versie van het andere tabblad staat onder het oorspronkelijke gesprek.",
                "This interview was changed in another tab at the same time. Both versions are kept: you go on here in a copy with your text; the other tab's version stays under the original interview."
            ),
            DeletedElsewhere => (
                "Het gesprek dat hier open stond, is in een ander tabblad verwijderd. Het is gesloten en wordt niet opnieuw opgeslagen.",
                "The interview open here was deleted in another tab. It is closed and will not be saved again."
            ),
            OpenOther => ("Andere versie openen", "Open the other version"),
            NearlyFull => (
                "De opslag van deze browser is voor {percent}% vol. Exporteer een back-up en verwijder gesprekken die weg mogen, zodat opslaan blijft lukken.",
                "This browser's storage is {percent}% full. Export a backup and delete interviews that may go, so saving keeps working."
            ),
            Updating => ("De nieuwe versie wordt geladen…", "Loading the new version…"),
            // A screen whose code comes when it is first opened (src/pieces.rs)
            ScreenLoading => ("Dit scherm wordt geladen…", "Loading this screen…"),
            ScreenNotLoaded => (
                "Dit scherm kon niet worden geladen. Er is niets gewijzigd. Controleer de verbinding en probeer het opnieuw; wie Interviewgids eenmaal online heeft geopend, heeft het daarna ook offline.",
                "This screen could not be loaded. Nothing was changed. Check the connection and try again; once Interviewgids has been opened online, it also works offline."
            ),
            ScreenRetry => ("Opnieuw proberen", "Try again"),
            // Not found
            NotFoundTitle => ("Deze pagina bestaat niet", "This page does not exist"),
            NotFoundText => (
                "Het adres “{route}” leidt niet naar een scherm van Interviewgids.",
                "The address “{route}” does not lead to a screen of Interviewgids."
            ),
            NotFoundBack => ("Terug naar de gesprekken", "Back to the interviews"),
            // Storage problems, shown as banners
            StoreUnreadable => (
                "Opgeslagen gegevens waren niet leesbaar ({key}). Ze zijn ongewijzigd apart gezet; je vindt ze onder Gegevens.",
                "Some stored data could not be read ({key}). It was kept aside unchanged; you will find it under Data."
            ),
            StoreUnreadableStuck => (
                "Opgeslagen gegevens zijn niet leesbaar ({key}) en konden niet apart worden gezet. Ze blijven onaangeroerd staan.",
                "Some stored data could not be read ({key}) and could not be set aside. It is left untouched."
            ),
            StoreUnavailable => (
                "Deze browser staat opslaan niet toe ({detail}). Je kunt werken, maar na sluiten is niets bewaard.",
                "This browser does not allow storage ({detail}). You can work, but nothing is kept after you close it."
            ),
            StoreQuota => (
                "Opslaan is mislukt: de opslag van deze browser is vol. Je wijziging staat nog op het scherm. Maak ruimte vrij, dan wordt alsnog opgeslagen.",
                "Saving failed: this browser's storage is full. Your edit is still on screen. Free some space and it will be saved."
            ),
            StoreWriteFailed => (
                "Opslaan is mislukt ({detail}). Je wijziging staat nog op het scherm.",
                "Saving failed ({detail}). Your edit is still on screen."
            ),
            StoreNoRoom => (
                "Er is niets veranderd: dit heeft {needed} nodig en er is nog {free} vrij op dit apparaat. Exporteer een back-up en verwijder gesprekken die weg mogen (zie Bewaren en verwijderen), en probeer het opnieuw.",
                "Nothing has changed: this needs {needed} and only {free} is free on this device. Export a backup and delete interviews that may go (see Retention), then try again."
            ),
            OfferLock => (
                "Er staat nu een gesprek op dit apparaat. Raakt het zoek of delen anderen het, dan kan iedereen die de app opent het lezen — tenzij je de gesprekken vergrendelt met een wachtwoordzin.",
                "There is an interview on this device now. If it gets lost or others share it, anyone who opens the app can read it — unless you lock the interviews with a passphrase."
            ),
            OfferLockHow => ("Vergrendeling instellen", "Set up the lock"),
            HeaderLockNow => ("Vergrendelen", "Lock"),
            StoreLocked => (
                "De gesprekken op dit apparaat zijn vergrendeld. Ontgrendel ze om verder te gaan; er is niets veranderd.",
                "The interviews on this device are locked. Unlock them to go on; nothing was changed."
            ),
            ReloadApp => ("Opnieuw laden", "Reload"),
            StoreOlderApp => (
                "Deze kopie van de app is ouder dan je gegevens: er wordt niets opgeslagen. Laad de app opnieuw.",
                "This copy of the app is older than your data: nothing is saved. Reload the app."
            ),
            StoreNewerSchema => (
                "De opgeslagen gegevens komen van een nieuwere versie van Interviewgids (schema {found}). Ze blijven onaangeroerd; open ze met die nieuwere versie.",
                "The stored data comes from a newer version of Interviewgids (schema {found}). It is left untouched; open it with that newer version."
            ),
        }
    };
}
