//! The one way out for files with candidate data. Exports of sessions, backups, panel files and
//! debriefs are staged here and finished in the export dialog, plain or protected with a
//! passphrase; an encrypted file is decrypted once and compared before it is offered, so no
//! file leaves that cannot be opened again. Lenses and the library hold no candidate data and
//! download at once. The passphrase is passed through, never kept.

use leptos::prelude::*;

use super::{store, AppState, Notice};
use crate::clock::now_iso;
use crate::crypto::{self, CryptoError};
use crate::domain::encryption::{self, ITERATIONS};
use crate::domain::file_name::FileNames;
use crate::domain::interchange::Document;

/// An export waiting in the dialog.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PendingExport {
    pub filename: String,
    /// The same name with the candidate's in it, for those who ask (off by default: a file's
    /// name shows in mail and download lists, also when its content is protected).
    pub named: Option<String>,
    /// The plain interchange file.
    pub json: String,
    /// Whether "protect with a passphrase" starts ticked.
    pub protect: bool,
    /// A full backup: its date is remembered once it has been offered.
    pub backup: bool,
}

impl PendingExport {
    /// The file's name, with the candidate's where asked and offered.
    pub fn name(&self, with_name: bool) -> &str {
        match &self.named {
            Some(named) if with_name => named,
            _ => &self.filename,
        }
    }
}

/// How the dialog offers protection for one export.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Protect {
    /// Offered, not ticked.
    Offer,
    /// Ticked: the backup reminder and "export before deleting".
    ByDefault,
}

/// Why a protected export was not offered; nothing was downloaded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ExportError {
    /// No Web Crypto here (a page served over plain HTTP).
    Unavailable,
    /// Web Crypto failed; the detail is the browser's.
    Failed(String),
    /// The encrypted file did not decrypt to the same text.
    Check,
}

impl From<CryptoError> for ExportError {
    fn from(error: CryptoError) -> Self {
        match error {
            CryptoError::Unavailable => ExportError::Unavailable,
            CryptoError::Failed(detail) => ExportError::Failed(detail),
            CryptoError::WrongPassphrase => ExportError::Check,
        }
    }
}

impl AppState {
    /// Downloads a file without candidate data at once; a failure becomes a banner.
    pub(super) fn export(&self, filename: &str, doc: &Document) -> bool {
        match doc.to_json() {
            Ok(json) => self.offer_download(filename, "application/json", &json),
            Err(e) => {
                self.notify(Notice::Download(e.to_string()));
                false
            }
        }
    }

    /// Puts a file with candidate data in the export dialog; `backup` marks a full backup.
    pub(super) fn stage_export(
        &self,
        filename: String,
        doc: &Document,
        protect: Protect,
        backup: bool,
    ) {
        self.stage(filename, None, doc, protect, backup);
    }

    /// Puts a file about one candidate in the export dialog, named without the candidate's
    /// name unless the user asks for it there.
    pub(super) fn stage_export_named(
        &self,
        names: FileNames,
        doc: &Document,
        protect: Protect,
        backup: bool,
    ) {
        self.stage(names.plain, Some(names.named), doc, protect, backup);
    }

    fn stage(
        &self,
        filename: String,
        named: Option<String>,
        doc: &Document,
        protect: Protect,
        backup: bool,
    ) {
        match doc.to_json() {
            Ok(json) => self.pending_export.set(Some(PendingExport {
                filename,
                named,
                json,
                protect: protect == Protect::ByDefault,
                backup,
            })),
            Err(e) => self.notify(Notice::Download(e.to_string())),
        }
    }

    pub fn cancel_export(&self) {
        self.pending_export.set(None);
    }

    /// Offers the waiting file as it is (`with_name`: under the name with the candidate's).
    pub fn download_plain(&self, with_name: bool) {
        let Some(pending) = self.pending_export.get_untracked() else {
            return;
        };
        let offered =
            self.offer_download(pending.name(with_name), "application/json", &pending.json);
        self.finish(&pending, offered);
    }

    /// Encrypts the waiting file, opens the result again and compares, then offers it.
    pub async fn download_protected(
        &self,
        passphrase: String,
        with_name: bool,
    ) -> Result<(), ExportError> {
        let Some(pending) = self.pending_export.get_untracked() else {
            return Ok(());
        };
        let sealed = crypto::seal(&pending.json, &passphrase, ITERATIONS).await?;
        let text = encryption::write(&sealed, &now_iso()).map_err(|_| ExportError::Check)?;
        // Read back exactly as an import would, then decrypt with the same passphrase.
        let reread = encryption::read(&text).map_err(|_| ExportError::Check)?;
        let opened = crypto::open(&reread, &passphrase)
            .await
            .map_err(|_| ExportError::Check)?;
        if opened != pending.json {
            return Err(ExportError::Check);
        }
        // Cancelled while it was encrypting: nothing is offered.
        if self
            .pending_export
            .with_untracked(|p| p.as_ref() != Some(&pending))
        {
            return Ok(());
        }
        let name = protected_name(pending.name(with_name));
        let offered = self.offer_download(&name, "application/json", &text);
        self.finish(&pending, offered);
        Ok(())
    }

    fn finish(&self, pending: &PendingExport, offered: bool) {
        self.pending_export.set(None);
        if offered && pending.backup {
            let now = now_iso();
            self.saved(store().update_prefs(|p| p.last_backup = Some(now.clone())));
            self.last_backup.set(Some(now));
            self.notices
                .update(|n| n.retain(|n| *n != Notice::BackupDue));
        }
    }
}

/// "backup-2026-11-29.json" → "backup-2026-11-29-protected.json": the protected copy is told
/// apart from a plain one at a glance.
fn protected_name(filename: &str) -> String {
    match filename.strip_suffix(".json") {
        Some(stem) => format!("{stem}-protected.json"),
        None => format!("{filename}-protected"),
    }
}
