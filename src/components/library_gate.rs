//! Screens that need the built-in library wait for its file: a short note while it is read,
//! and a clear message if it cannot be.

use leptos::prelude::*;

use crate::i18n::{tf, Key};
use crate::state::{text, use_app, LibraryStatus};

#[component]
pub fn NeedsLibrary(children: ChildrenFn) -> impl IntoView {
    let app = use_app();
    app.want_library();
    let status = Memo::new(move |_| app.library_status.get());
    move || match status.get() {
        LibraryStatus::Ready => children().into_any(),
        LibraryStatus::Idle | LibraryStatus::Loading => {
            view! { <p class="muted" role="status">{text(Key::LibraryLoading)}</p> }.into_any()
        }
        LibraryStatus::Failed(detail) => view! {
            <p class="empty-state" role="alert">
                {move || tf(app.lang.get(), Key::LibraryNeeded, &[("detail", &detail)])}
            </p>
        }
        .into_any(),
    }
}
