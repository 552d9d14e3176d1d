//! Banners for what the user must know: data that could not be read, saves that failed, a new
//! version that is ready.

use leptos::prelude::*;

use crate::i18n::{self, Key};
use crate::route::{Route, SessionPage};
use crate::state::{text, use_app, Notice, Protect};

#[component]
pub fn Notices() -> impl IntoView {
    let app = use_app();
    let sentence = move |notice: &Notice| {
        let lang = app.lang.get();
        match notice {
            Notice::Unreadable(u) => i18n::unreadable(lang, u),
            Notice::Storage(e) => i18n::storage_error(lang, e),
            Notice::Library(detail) => {
                i18n::tf(lang, Key::LibraryUnreadable, &[("detail", detail)])
            }
            Notice::Download(detail) => i18n::tf(lang, Key::DownloadFailed, &[("detail", detail)]),
            Notice::Organisation(detail) => {
                i18n::tf(lang, Key::NoticeOrganisation, &[("detail", detail)])
            }
            Notice::UpdateReady => i18n::t(lang, Key::UpdateReady).to_owned(),
            Notice::Updating => i18n::t(lang, Key::Updating).to_owned(),
            Notice::BackupDue => {
                let days = app.durability.get().backup_every_days().to_string();
                i18n::tf(lang, Key::BackupDue, &[("days", &days)])
            }
            Notice::KeptBoth { .. } => i18n::t(lang, Key::KeptBoth).to_owned(),
            Notice::MayBeDeleted => i18n::t(lang, Key::MayBeDeleted).to_owned(),
            Notice::OfferLock => i18n::t(lang, Key::OfferLock).to_owned(),
            Notice::DeletedElsewhere => i18n::t(lang, Key::DeletedElsewhere).to_owned(),
            Notice::OlderApp => i18n::t(lang, Key::StoreOlderApp).to_owned(),
            Notice::NearlyFull(percent) => {
                i18n::tf(lang, Key::NearlyFull, &[("percent", &percent.to_string())])
            }
        }
    };
    view! {
        <div class="notices" role="alert">
            {move || {
                app.notices
                    .get()
                    .iter()
                    .enumerate()
                    .map(|(index, notice)| {
                        let info = matches!(
                            notice,
                            Notice::UpdateReady
                                | Notice::Updating
                                | Notice::BackupDue
                                | Notice::OfferLock
                        );
                        let offer = *notice == Notice::OfferLock;
                        let deleted = *notice == Notice::MayBeDeleted;
                        let backup = *notice == Notice::BackupDue || deleted;
                        let original = match notice {
                            Notice::KeptBoth { original, .. } => Some(original.clone()),
                            _ => None,
                        };
                        let full = matches!(notice, Notice::NearlyFull(_));
                        let update = *notice == Notice::UpdateReady;
                        let older = *notice == Notice::OlderApp;
                        view! {
                            <div class="notice" class:notice-warning=!info class:notice-info=info>
                                <span class="notice-icon" aria-hidden="true">{if info { "i" } else { "!" }}</span>
                                <p>{sentence(notice)}</p>
                                {original.map(|id| view! {
                                    <a class="button" href=Route::Session(id, SessionPage::Intake).href()>
                                        {text(Key::OpenOther)}
                                    </a>
                                })}
                                {offer.then(|| view! {
                                    <a class="button primary" href=Route::Data.href()>{text(Key::OfferLockHow)}</a>
                                })}
                                {full.then(|| view! {
                                    <a class="button" href=Route::Data.href()>{text(Key::NavData)}</a>
                                })}
                                {deleted.then(|| view! {
                                    <a class="button" href=Route::Data.href()>{text(Key::KeepHowTo)}</a>
                                })}
                                {backup.then(|| view! {
                                    <button type="button" class="primary" on:click=move |_| app.export_backup(Protect::ByDefault)>
                                        {text(Key::ExportBackup)}
                                    </button>
                                })}
                                {older.then(|| view! {
                                    <button type="button" class="primary" on:click=move |_| { let _ = window().location().reload(); }>
                                        {text(Key::ReloadApp)}
                                    </button>
                                })}
                                {update.then(|| view! {
                                    <button type="button" class="primary" on:click=move |_| crate::offline::apply_update(app)>
                                        {text(Key::UpdateReload)}
                                    </button>
                                })}
                                <button type="button" on:click=move |_| app.dismiss(index)>
                                    {text(Key::Dismiss)}
                                </button>
                            </div>
                        }
                    })
                    .collect_view()
            }}
        </div>
    }
}
