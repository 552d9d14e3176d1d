//! Texts: what the first screen needs from other screens' topics — the notices, the list's
//! links to positions, days and calibration, screen titles, dates written out, shared buttons.
//! They stay in the first load; the rest of those screens' texts come with their pieces.

/// Adds this screen's texts to those gathered so far and passes them on (see `mod.rs`).
macro_rules! start_texts {
    ($next:ident $($rest:ident)* ; $($gathered:tt)*) => {
        $next! { $($rest)* ; $($gathered)*
            Cancel => ("Annuleren", "Cancel"),
            Delete => ("Verwijderen", "Delete"),
            Passphrase => ("Wachtwoordzin", "Passphrase"),
            NoticeOrganisation => (
                "Het bestand met de standaardprofielen van je organisatie (org-library.json) kon niet worden gebruikt: {detail}",
                "Your organisation's file of standard lenses (org-library.json) could not be used: {detail}"
            ),
            CalibrationLink => ("Kalibratie van de interviewers", "Calibration of the interviewers"),
            CalibrationTitle => ("Kalibratie van de interviewers", "Calibration of the interviewers"),
            DayScreen => ("Dagplanning", "Day plan"),
            DayLinks => ("Geplande dagen", "Planned days"),
            DaysShowAll => ("Alle {n} dagen tonen", "Show all {n} days"),
            DayCount => ("{date} ({n})", "{date} ({n})"),
            Weekday1 => ("maandag", "Monday"),
            Weekday2 => ("dinsdag", "Tuesday"),
            Weekday3 => ("woensdag", "Wednesday"),
            Weekday4 => ("donderdag", "Thursday"),
            Weekday5 => ("vrijdag", "Friday"),
            Weekday6 => ("zaterdag", "Saturday"),
            Weekday7 => ("zondag", "Sunday"),
            Month1 => ("januari", "January"),
            Month2 => ("februari", "February"),
            Month3 => ("maart", "March"),
            Month4 => ("april", "April"),
            Month5 => ("mei", "May"),
            Month6 => ("juni", "June"),
            Month7 => ("juli", "July"),
            Month8 => ("augustus", "August"),
            Month9 => ("september", "September"),
            Month10 => ("oktober", "October"),
            Month11 => ("november", "November"),
            Month12 => ("december", "December"),
            LongDate => ("{weekday} {day} {month} {year}", "{weekday} {day} {month} {year}"),
            DownloadFailed => (
                "Downloaden is mislukt: {detail}",
                "The download failed: {detail}"
            ),
            KeepHowTo => ("Zo bewaar je ze", "How to keep them"),
            MayBeDeleted => (
                "Deze browser wist de gesprekken op dit apparaat als de app zeven dagen niet is geopend. Zet de app op het beginscherm, of maak een back-up.",
                "This browser deletes the interviews on this device when the app has not been opened for seven days. Put the app on the home screen, or make a backup."
            ),
            LibraryUnreadable => (
                "De ingebouwde bibliotheek kon niet worden gelezen ({detail}). Laad de pagina opnieuw; blijft dit zo, meld het dan aan wie de app beheert.",
                "The built-in library could not be read ({detail}). Reload the page; if it stays this way, please tell whoever maintains the app."
            ),
            PositionScreen => ("Kandidaten per functie", "Candidates per position"),
            PositionLinks => ("Kandidaten per functie", "Candidates per position"),
            PositionCount => ("{name} ({n})", "{name} ({n})"),
        }
    };
}
