//! Fetching the bundled data file at run time.

use crate::catalog::Catalog;
use gloo_net::http::Request;
use std::sync::Arc;

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
    let text = response.text().await.map_err(|_| LoadError::Network)?;
    Ok(Arc::new(Catalog::load(&text)))
}
