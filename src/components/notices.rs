//! Banners for what the user must know: data that could not be read, saves that failed.

use leptos::prelude::*;

use crate::i18n::{self, Key};
use crate::state::{text, use_app, Notice};

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
                        view! {
                            <div class="notice notice-warning">
                                <span class="notice-icon" aria-hidden="true">"!"</span>
                                <p>{sentence(notice)}</p>
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
