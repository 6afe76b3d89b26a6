//! Gương sáng: browse a commune's exemplary people and collective models.
//!
//! Pure logic (no web imports, unit-tested natively): `model`, `validate`,
//! `fold`, `collate`, `search`, `facets`, `sort`, `url_state`, `catalog`,
//! `strings`. Web side, thin views over them: `api`, `nav`, `app`, `pages`,
//! `components`.

pub mod catalog;
pub mod collate;
pub mod facets;
pub mod fold;
pub mod model;
pub mod search;
pub mod sort;
pub mod strings;
pub mod url_state;
pub mod validate;

pub mod api;
pub mod app;
pub mod components;
pub mod nav;
pub mod pages;
