//! The root component. One screen, whose state lives in the query string:
//! no path routes, so deep links work on a static host without rewrites.

use crate::api::load_catalog;
use crate::catalog::Catalog;
use crate::data_update;
use crate::pages::browse::{BrowsePage, Loaded};
use crate::site_paths::DATA_FILE;
use crate::strings::ui;
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::sync::Arc;

#[component]
pub fn App(data: RwSignal<Loaded>) -> impl IntoView {
    let t = ui();
    let retry = Callback::new(move |()| load_into(data));
    // Once data is in, ask the server whether it has a newer file: once a
    // visit, not again after showing the newer file.
    let newer = RwSignal::new(None::<Arc<Catalog>>);
    let checked = StoredValue::new(false);
    Effect::new(move |_| {
        if let Some(Ok(current)) = data.get() {
            // What is offered may have arrived another way ("Thử lại").
            let same = newer.with_untracked(|n| {
                n.as_ref()
                    .is_some_and(|n| n.fingerprint == current.fingerprint)
            });
            if same {
                newer.set(None);
            }
            if !checked.get_value() {
                checked.set_value(true);
                spawn_local(async move { newer.set(data_update::newer_than(&current).await) });
            }
        }
    });
    let show_newer = move |_| {
        if let Some(catalog) = newer.get_untracked() {
            newer.set(None);
            data.set(Some(Ok(catalog)));
            spawn_local(data_update::accept());
        }
    };
    view! {
        <BrowsePage data=data.into() on_retry=retry />
        <Show when=move || newer.with(Option::is_some)>
            <div class="update-notice" role="status">
                <span>{t.data_update}</span>
                " "
                <button type="button" class="button" on:click=show_newer>
                    {t.data_update_show}
                </button>
            </div>
        </Show>
    }
}

/// Fetches the data into `data`, which shows the loading state meanwhile.
pub fn load_into(data: RwSignal<Loaded>) {
    data.set(None);
    spawn_local(async move { data.set(Some(load_catalog(DATA_FILE).await)) });
}
