//! The root component. One screen, whose state lives in the query string:
//! no path routes, so deep links work on a static host without rewrites.

use crate::api::load_catalog;
use crate::pages::browse::{BrowsePage, Loaded};
use crate::site_paths::DATA_FILE;
use leptos::prelude::*;
use leptos::task::spawn_local;

#[component]
pub fn App(data: RwSignal<Loaded>) -> impl IntoView {
    let retry = Callback::new(move |()| load_into(data));
    view! { <BrowsePage data=data.into() on_retry=retry /> }
}

/// Fetches the data into `data`, which shows the loading state meanwhile.
pub fn load_into(data: RwSignal<Loaded>) {
    data.set(None);
    spawn_local(async move { data.set(Some(load_catalog(DATA_FILE).await)) });
}
