//! A newer data file, offered rather than swapped in. The app shows the data
//! it has at once (the service worker's copy, offline included) and then asks
//! the server for the current file. A file that differs and holds entries is
//! offered with "Đã có dữ liệu mới"; the visitor decides when the list
//! changes. A failed check (offline, an HTTP error, broken JSON, no valid
//! entries) says nothing and keeps the data in use.

use crate::catalog::Catalog;
use crate::site_paths::DATA_FILE;
use gloo_net::http::Request;
use std::sync::Arc;
use web_sys::RequestCache;

/// Tells the service worker (`public/sw.js`) what a request for the data
/// file is for: "kiem-tra" asks for the server's copy, which it keeps aside
/// when it is JSON, until "nhan" takes it. A header, not a query string, so
/// the URL stays the data file's own and an unchanged file is revalidated
/// from the browser's cache also where there is no worker.
const INTENT: &str = "x-guong-sang";
const CHECK: &str = "kiem-tra";
const ACCEPT: &str = "nhan";

/// The server's data, when it differs from `current`'s and has entries.
pub async fn newer_than(current: &Catalog) -> Option<Arc<Catalog>> {
    // Revalidated, not downloaded again, when the file has not changed
    // (the host answers 304 to the browser's conditional request).
    let response = Request::get(DATA_FILE)
        .header(INTENT, CHECK)
        .cache(RequestCache::NoCache)
        .send()
        .await
        .ok()?;
    if !response.ok() {
        return None;
    }
    // Read as `api::load_catalog` reads it, so the fingerprints compare.
    let bytes = response.binary().await.ok()?;
    let text = crate::validate::file_text(&bytes);
    if crate::catalog::fingerprint(&text) == current.fingerprint {
        return None;
    }
    let catalog = crate::api::prepare(&text).await;
    (!catalog.items.is_empty()).then(|| Arc::new(catalog))
}

/// Tells the service worker to keep the offered file for the next visits.
pub async fn accept() {
    let _ = Request::get(DATA_FILE)
        .header(INTENT, ACCEPT)
        .cache(RequestCache::NoCache)
        .send()
        .await;
}
