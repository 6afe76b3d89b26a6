//! Fetching the bundled data file at run time.

use crate::catalog::Catalog;
use gloo_net::http::Request;
use std::sync::Arc;

/// Trunk copies `public/data/` into the build; relative, so the app also
/// works from a sub-folder of a static host.
pub const DATA_URL: &str = "data/guong-sang.json";

/// Why the data could not be had at all. Problems *inside* the file are not
/// errors here: they travel with the catalog so valid entries still show.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadError {
    Network,
    Status(u16),
}

pub async fn load_catalog() -> Result<Arc<Catalog>, LoadError> {
    let response = Request::get(DATA_URL)
        .send()
        .await
        .map_err(|_| LoadError::Network)?;
    if !response.ok() {
        return Err(LoadError::Status(response.status()));
    }
    let text = response.text().await.map_err(|_| LoadError::Network)?;
    Ok(Arc::new(Catalog::load(&text)))
}
