//! The presentation page (`trinh-chieu/`): the slideshow and the posters,
//! over the same data file and the same URL state as the list, and the
//! officers' data checker (`?kiem-tra=1`), which shares their code. It is a
//! second Trunk build (`presentation/`), so that the list's first load on a
//! phone carries neither of them nor the QR encoder (README, size ledger).

use crate::api::load_catalog;
use crate::catalog::{Catalog, Results};
use crate::components::states::{LoadFailed, Skeleton};
use crate::nav::{use_nav, Nav};
use crate::pages::browse::Loaded;
use crate::pages::checker::CheckerPage;
use crate::pages::posters::PostersPage;
use crate::pages::slideshow::Slideshow;
use crate::prerender::ROOT_ID;
use crate::site_paths::{is_list_page, list_page, DATA_FILE};
use crate::url_state::ViewState;
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::sync::Arc;
use wasm_bindgen::JsCast;

pub fn start() {
    let Some(root) = document()
        .get_element_by_id(ROOT_ID)
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return;
    };
    // The page's static "loading" text gives way to the app's own.
    root.set_text_content(None);
    let data: RwSignal<Loaded> = RwSignal::new(None);
    let nav = Nav::browser();
    leptos::mount::mount_to(root, move || {
        provide_context(nav);
        view! { <PresentationApp data /> }
    })
    .forget();
    // The checker reads the officer's own file, not the published one.
    if !nav.now().checker {
        load_into(data);
    }
}

/// The list page's address (the folder above this page's).
pub fn list_address() -> String {
    list_page(&window().location().href().unwrap_or_default())
}

/// Leaves for the list page showing `view`'s list: Back when the list page
/// opened this one (its scroll position comes back too), else a new page.
pub fn back_to_list(view: &ViewState) {
    let list = list_address();
    if is_list_page(&document().referrer(), &list) {
        if let Ok(history) = window().history() {
            if history.back().is_ok() {
                return;
            }
        }
    }
    let _ = window()
        .location()
        .replace(&format!("{list}{}", view.list().to_search()));
}

fn load_into(data: RwSignal<Loaded>) {
    data.set(None);
    let url = format!("{}{DATA_FILE}", list_address());
    spawn_local(async move { data.set(Some(load_catalog(&url).await)) });
}

#[component]
fn PresentationApp(data: RwSignal<Loaded>) -> impl IntoView {
    let retry = Callback::new(move |()| load_into(data));
    if use_nav().now().checker {
        return view! { <CheckerPage /> }.into_any();
    }
    (move || match data.get() {
        None => view! { <main class="wrap"><Skeleton /></main> }.into_any(),
        Some(Ok(catalog)) => view! { <Presentation catalog /> }.into_any(),
        Some(Err(_)) => {
            view! { <main class="wrap"><LoadFailed on_retry=retry /></main> }.into_any()
        }
    })
    .into_any()
}

/// Posters when the URL asks for them, else the slideshow.
#[component]
fn Presentation(catalog: Arc<Catalog>) -> impl IntoView {
    let nav = use_nav();
    let list = Memo::new(move |_| nav.state.with(ViewState::list));
    let results: Memo<Results> = {
        let catalog = catalog.clone();
        Memo::new(move |_| list.with(|s| catalog.results(s, None)))
    };
    let posters = Memo::new(move |_| nav.state.with(|s| s.posters));
    move || {
        let catalog = catalog.clone();
        if posters.get() {
            view! { <PostersPage catalog results /> }.into_any()
        } else {
            view! { <Slideshow catalog results /> }.into_any()
        }
    }
}
