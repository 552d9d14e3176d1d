//! Texts: the export dialog (a file with candidate data, plain or protected with a passphrase).

/// Adds this screen's texts to those gathered so far and passes them on (see `mod.rs`).
macro_rules! export_texts {
    ($next:ident $($rest:ident)* ; $($gathered:tt)*) => {
        $next! { $($rest)* ; $($gathered)*
            ExportTitle => ("Bestand exporteren", "Export a file"),
            ExportHolds => (
                "Dit bestand bevat gegevens van kandidaten. Beveilig het met een wachtwoordzin als het per e-mail, op een gedeelde schijf of op een USB-stick terechtkomt.",
                "This file holds candidate data. Protect it with a passphrase when it goes by e-mail, onto a shared drive or onto a USB stick."
            ),
            ExportWithName => (
                "Naam van de kandidaat in de bestandsnaam (die is zichtbaar in e-mails en downloadlijsten, ook bij een beveiligd bestand)",
                "The candidate's name in the file name (which shows in e-mails and download lists, also for a protected file)"
            ),
            ExportProtect => ("Beveiligen met een wachtwoordzin", "Protect with a passphrase"),
            ExportProtectHint => (
                "Kies een zin van vier of meer woorden die niet bij elkaar horen. Geef hem op een andere manier door dan het bestand: telefonisch, nooit in dezelfde e-mail. Een vergeten wachtwoordzin kan niemand terughalen, ook wij niet.",
                "Choose a sentence of four or more words that do not belong together. Pass it on another way than the file: by phone, never in the same e-mail. Nobody can recover a forgotten passphrase, not even us."
            ),
            ExportPassphraseAgain => ("Wachtwoordzin nogmaals", "Passphrase again"),
            ExportStrengthFair => (
                "Sterkte: redelijk. Langer is sterker: voeg een woord toe.",
                "Strength: fair. Longer is stronger: add a word."
            ),
            ExportStrengthStrong => ("Sterkte: sterk.", "Strength: strong."),
            ExportStrengthVeryStrong => ("Sterkte: zeer sterk.", "Strength: very strong."),
            ExportPassphraseEmpty => ("Vul een wachtwoordzin in.", "Enter a passphrase."),
            ExportPassphraseShort => (
                "Te kort: een wachtwoordzin heeft minstens {min} tekens.",
                "Too short: a passphrase has at least {min} characters."
            ),
            ExportPassphrasePredictable => (
                "Te voorspelbaar: gebruik verschillende woorden in plaats van herhaalde tekens.",
                "Too predictable: use different words instead of repeated characters."
            ),
            ExportPassphraseDifferent => (
                "De twee wachtwoordzinnen zijn niet gelijk.",
                "The two passphrases are not the same."
            ),
            ExportDownload => ("Downloaden", "Download"),
            ExportEncryptDownload => ("Versleutelen en downloaden", "Encrypt and download"),
            ExportEncrypting => (
                "Bezig met versleutelen en controleren of het bestand weer te openen is…",
                "Encrypting, and checking that the file opens again…"
            ),
            ExportCheckFailed => (
                "Het versleutelde bestand ging bij de controle niet goed open; er is niets gedownload. Probeer het opnieuw.",
                "The encrypted file did not open correctly when checked; nothing was downloaded. Please try again."
            ),
            ExportCryptoUnavailable => (
                "Deze browser kan hier niet versleutelen: dat kan alleen als de app via HTTPS of vanaf dit apparaat zelf wordt geopend. Er is niets gedownload.",
                "This browser cannot encrypt here: that works only when the app is opened over HTTPS or from this device itself. Nothing was downloaded."
            ),
            ExportCryptoFailed => (
                "Versleutelen lukte niet ({detail}); er is niets gedownload.",
                "Encrypting failed ({detail}); nothing was downloaded."
            ),
        }
    };
}
