//! The first screen, rendered at build time into `index.html` by the same
//! components the app mounts, so a phone on a slow network shows real cards
//! from the HTML alone, before the wasm has arrived. `start.rs` takes the
//! screen over once the data is in.
//!
//! Two pieces come out, pasted in by Trunk (`index.html`):
//! - `head.html`: a tiny script that marks the page when its URL asks for
//!   another view (a search, a filter, a sort, an open entry), so the
//!   default cards never show under a link that is about something else;
//!   a loading state shows in their place until the app has the view.
//! - `body.html`: the screen itself, plus that loading state and a note for
//!   browsers without JavaScript.

use crate::catalog::Catalog;
use crate::components::states::Skeleton;
use crate::facets::Facet;
use crate::nav::Nav;
use crate::pages::browse::{BrowsePage, FiltersOpen, Loaded, WIDE_LAYOUT};
use crate::strings::ui;
use crate::url_state::{OPEN, QUERY, SORT};
use leptos::prelude::*;
use leptos::reactive::diagnostics::SpecialNonReactiveZone;
use leptos::tachys::view::RenderHtml;
use std::sync::Arc;

/// The element the app mounts into (`index.html`).
pub const ROOT_ID: &str = "app";
/// Set on the root while it holds the prerendered screen.
pub const PRERENDERED: &str = "data-prerendered";
/// Set on `<html>` by the head script when the URL names a view.
pub const VIEW_CLASS: &str = "has-view";

pub struct FirstScreen {
    pub head: String,
    pub body: String,
}

/// Renders the default view of the data file's text.
pub fn render(data: &str) -> FirstScreen {
    let catalog = Arc::new(Catalog::load(data));
    let owner = Owner::new();
    let screen = owner.with(|| {
        // Rendered once, never updated: reading signals outside a tracking
        // context is the point here, not a mistake to warn about.
        let _static = SpecialNonReactiveZone::enter();
        provide_context(Nav::fixed(""));
        provide_context(FiltersOpen(false));
        let loaded: Loaded = Some(Ok(catalog));
        let page =
            view! { <BrowsePage data=Signal::stored(loaded) on_retry=Callback::new(|()| {}) /> };
        let loading = view! { <div class="pre-loading wrap"><Skeleton /></div> };
        (page.to_html(), loading.to_html())
    });
    let (page, loading) = screen;
    FirstScreen {
        head: format!("<script>{}</script>", view_script()),
        body: format!(
            "<noscript><p class=\"noscript\">{}</p></noscript>{}{loading}",
            ui().needs_script,
            open_wide_filters(&page),
        ),
    }
}

/// The head script: marks `<html>` when any parameter of a view has a value.
fn view_script() -> String {
    let params: Vec<&str> = [QUERY, SORT, OPEN]
        .into_iter()
        .chain(Facet::ALL.into_iter().map(Facet::param))
        .collect();
    format!(
        "if(/[?&]({})=[^&]/.test(location.search))document.documentElement.classList.add(\"{VIEW_CLASS}\")",
        params.join("|")
    )
}

/// On wide screens the filters sit open beside the cards. Only the browser
/// knows its width, so a script right after the panel opens it before the
/// first paint, as the app itself would.
fn open_wide_filters(page: &str) -> String {
    let script = format!(
        "<script>if(matchMedia(\"{WIDE_LAYOUT}\").matches)document.querySelector(\"details.filters\").open=true</script>"
    );
    match page.find("</details>") {
        Some(at) => {
            let end = at + "</details>".len();
            format!("{}{script}{}", &page[..end], &page[end..])
        }
        None => page.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const DATA: &str = include_str!("../public/data/guong-sang.json");

    #[test]
    fn the_first_screen_holds_the_summary_the_toolbar_and_the_cards() {
        let screen = render(DATA);
        let body = &screen.body;
        assert!(body.contains("<h1>Xã Hạnh Sơn"), "commune summary");
        assert!(body.contains("id=\"search\""), "search box");
        assert!(body.contains("id=\"sort\""), "sort");
        assert!(body.contains("Hiển thị tất cả 13 mục"), "result count");
        assert_eq!(body.matches("class=\"card\"").count(), 13);
        assert!(body.contains("Hoàng Văn Vạn"));
        assert!(body.contains("href=\"?muc=hoang-van-van\""));
        assert!(body.contains("<fieldset class=\"facet\">"), "filters");
        assert!(!body.contains("Xem thêm"), "13 cards fit on one page");
    }

    #[test]
    fn the_filters_open_on_wide_screens_right_after_the_panel() {
        let body = render(DATA).body;
        let details = body.find("</details>").unwrap();
        let script = body
            .find("<script>if(matchMedia(\"(min-width: 60rem)\")")
            .unwrap();
        assert_eq!(script, details + "</details>".len());
    }

    #[test]
    fn the_head_script_knows_every_view_parameter() {
        let head = render(DATA).head;
        for p in [
            "q",
            "sap-xep",
            "muc",
            "loai",
            "linh-vuc",
            "don-vi",
            "thon",
            "khen-thuong",
        ] {
            assert!(
                head.contains(&format!("|{p}|"))
                    || head.contains(&format!("({p}|"))
                    || head.contains(&format!("|{p})")),
                "{p}"
            );
        }
    }

    #[test]
    fn a_data_file_with_no_usable_entry_renders_its_problems() {
        let body = render("{").body;
        assert!(body.contains("Không đọc được tệp dữ liệu"));
        assert!(!body.contains("class=\"card\""));
    }
}
