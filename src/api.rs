//! Fetching the bundled data file at run time.

use crate::catalog::{Catalog, Loading};
use crate::prerender::ROOT_ID;
use crate::validate::file_text;
use gloo_net::http::Request;
use js_sys::Promise;
use leptos::prelude::{document, window};
use std::sync::Arc;
use wasm_bindgen_futures::JsFuture;

/// Entries parsed, checked or indexed between two looks at the clock.
const ENTRIES_PER_STEP: usize = 100;

/// How long the loading works before the browser gets a turn: under the
/// 50 ms at which a task counts as long and input feels stuck.
const SLICE_MS: f64 = 25.0;

/// Why the data could not be had at all. Problems *inside* the file are not
/// errors here: they travel with the catalog so valid entries still show.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadError {
    Network,
    Status(u16),
}

/// `url`: `site_paths::DATA_FILE` from the list page. Trunk copies
/// `public/data/` into the build; the path is relative, so the app also
/// works from a sub-folder of a static host.
pub async fn load_catalog(url: &str) -> Result<Arc<Catalog>, LoadError> {
    let response = Request::get(url)
        .send()
        .await
        .map_err(|_| LoadError::Network)?;
    if !response.ok() {
        return Err(LoadError::Status(response.status()));
    }
    // The bytes, not `text()`: the browser would decode them into a JS
    // string only for wasm-bindgen to encode it back into UTF-8, two passes
    // over the whole file (a long task of their own on a phone at 10,000
    // entries) and a buffer sized for the worst case of the encoding.
    let bytes = response.binary().await.map_err(|_| LoadError::Network)?;
    let text = file_text(&bytes);
    // Tells assistive technology, while it lasts, that the screen is about
    // to change.
    let root = document().get_element_by_id(ROOT_ID);
    if let Some(root) = &root {
        let _ = root.set_attribute("aria-busy", "true");
    }
    let catalog = prepare(&text).await;
    if let Some(root) = &root {
        let _ = root.remove_attribute("aria-busy");
    }
    Ok(Arc::new(catalog))
}

/// [`Catalog::load`] in slices, with the browser's turn between them: at
/// 10,000 entries a slow phone works for seconds, and the prerendered screen
/// stays scrollable and the search box typable meanwhile.
pub async fn prepare(text: &str) -> Catalog {
    // Not in the task that decoded the text.
    next_task().await;
    let mut loading = Loading::new(text);
    let mut slice_start = js_sys::Date::now();
    while !loading.step(ENTRIES_PER_STEP) {
        if js_sys::Date::now() - slice_start >= SLICE_MS {
            next_task().await;
            slice_start = js_sys::Date::now();
        }
    }
    // Whoever awaits this draws the list in the same task: not after a
    // slice's work.
    next_task().await;
    loading.finish()
}

/// Resumes in a later task, after any input and painting the browser has
/// waiting. (`scheduler.yield()` would resume sooner, but ahead of painting:
/// the screen drew almost no frames while 10,000 entries were prepared.)
async fn next_task() {
    let promise = Promise::new(&mut |resolve, _| {
        let _ = window().set_timeout_with_callback(&resolve);
    });
    let _ = JsFuture::from(promise).await;
}
