//! Start-up. The page arrives with its first screen already rendered
//! (`prerender.rs`): real cards a phone can show and scroll before any wasm
//! runs. So the app fetches the data first, while that screen stays in
//! use, and only then replaces it, in one task: nothing is painted in
//! between, so there is no flash and no layout shift. Whatever the visitor
//! did to the static screen meanwhile (typed a search, chose a sort, opened
//! the filters, scrolled) is carried over.

use crate::api::load_catalog;
use crate::app::{load_into, App};
use crate::nav::{Mode, Nav};
use crate::pages::browse::{FiltersOpen, Loaded, SEARCH_ID, SORT_ID, WIDE_LAYOUT};
use crate::prerender::{PRERENDERED, ROOT_ID, VIEW_CLASS};
use crate::site_paths::DATA_FILE;
use crate::sort::SortOrder;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, HtmlInputElement, HtmlSelectElement};

pub fn start() {
    let Some(root) = document()
        .get_element_by_id(ROOT_ID)
        .and_then(|e| e.dyn_into::<HtmlElement>().ok())
    else {
        return;
    };
    let data: RwSignal<Loaded> = RwSignal::new(None);
    if !root.has_attribute(PRERENDERED) {
        // No first screen to keep: show the loading state at once.
        mount(root, data, window_is_wide(), Nav::browser());
        load_into(data);
        return;
    }
    // wasm-bindgen's executor directly: Leptos's starts with the first mount.
    wasm_bindgen_futures::spawn_local(async move {
        let loaded = load_catalog(DATA_FILE).await;
        let carried = Carried::read();
        let nav = Nav::browser();
        carried.apply_to_url(&nav);
        data.set(Some(loaded));
        root.set_text_content(None);
        let _ = root.remove_attribute(PRERENDERED);
        let _ = document()
            .document_element()
            .map(|html| html.class_list().remove_1(VIEW_CLASS));
        mount(root, data, carried.filters_open, nav);
        carried.restore();
    });
}

fn mount(root: HtmlElement, data: RwSignal<Loaded>, filters_open: bool, nav: Nav) {
    leptos::mount::mount_to(root, move || {
        provide_context(nav);
        provide_context(FiltersOpen(filters_open));
        view! { <App data /> }
    })
    .forget();
}

fn window_is_wide() -> bool {
    window()
        .match_media(WIDE_LAYOUT)
        .ok()
        .flatten()
        .is_some_and(|m| m.matches())
}

/// What the visitor did to the static first screen.
struct Carried {
    typed: String,
    sort: String,
    search_focused: bool,
    selection: Option<(u32, u32)>,
    filters_open: bool,
    scroll_y: f64,
}

impl Carried {
    fn read() -> Carried {
        let doc = document();
        let input = by_id::<HtmlInputElement>(SEARCH_ID);
        let focused = doc.active_element().is_some_and(|a| a.id() == SEARCH_ID);
        let filters_open = match doc.query_selector("details.filters").ok().flatten() {
            Some(details) => details.has_attribute("open"),
            None => window_is_wide(),
        };
        Carried {
            typed: input.as_ref().map(|i| i.value()).unwrap_or_default(),
            sort: by_id::<HtmlSelectElement>(SORT_ID)
                .map(|s| s.value())
                .unwrap_or_default(),
            search_focused: focused,
            selection: input.as_ref().and_then(|i| {
                Some((
                    i.selection_start().ok().flatten()?,
                    i.selection_end().ok().flatten()?,
                ))
            }),
            filters_open,
            scroll_y: window().scroll_y().unwrap_or(0.0),
        }
    }

    /// Text typed and a sort chosen before the app ran become the view,
    /// as if the app had been there to see them.
    fn apply_to_url(&self, nav: &Nav) {
        let now = nav.now();
        let mut next = now.clone();
        if !self.typed.is_empty() {
            next.query = self.typed.clone();
        }
        if let Some(order) = SortOrder::from_key(&self.sort) {
            if order != SortOrder::default() {
                next.sort = order;
            }
        }
        if next != now {
            nav.go(&next, Mode::Replace);
        }
    }

    fn restore(&self) {
        if self.search_focused {
            if let Some(input) = by_id::<HtmlInputElement>(SEARCH_ID) {
                let _ = input.focus();
                if let Some((start, end)) = self.selection {
                    let _ = input.set_selection_range(start, end);
                }
            }
        }
        if self.scroll_y > 0.0 {
            window().scroll_to_with_x_and_y(0.0, self.scroll_y);
        }
    }
}

fn by_id<T: JsCast>(id: &str) -> Option<T> {
    document().get_element_by_id(id)?.dyn_into::<T>().ok()
}
