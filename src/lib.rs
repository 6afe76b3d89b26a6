//! Gương sáng: browse a commune's exemplary people and collective models.
//!
//! Pure logic (no web imports, unit-tested natively): `model`, `json`, `read`, `validate`,
//! `fold`, `collate`, `search`, `facets`, `sort`, `paging`, `url_state`,
//! `catalog`, `slideshow`, `public_address`, `qr`, `site_paths`, `report`, `merge`, `strings`. Web side, thin views over them: `api`, `nav`,
//! `app`, `start`, `data_update`, `presentation`, `pages`, `components`. `prerender` renders the first
//! screen at build time with the same views.

// Native builds render views to HTML (the prerender), whose async types
// nest deeper than rustc's default limit.
#![recursion_limit = "256"]

pub mod catalog;
pub mod collate;
pub mod facets;
pub mod fold;
pub mod json;
pub mod merge;
pub mod model;
pub mod paging;
pub mod public_address;
pub mod qr;
pub mod read;
pub mod report;
pub mod search;
pub mod site_paths;
pub mod slideshow;
pub mod sort;
pub mod strings;
pub mod url_state;
pub mod validate;

pub mod api;
pub mod app;
pub mod components;
pub mod data_update;
pub mod nav;
pub mod pages;
pub mod prerender;
pub mod presentation;
pub mod start;
