//! The app's two pages and the links between them: the list (`index.html`)
//! and the presentation page (`trinh-chieu/`: slideshow and posters). The
//! presentation page is a second Trunk build, so that a phone's first load
//! carries neither the slideshow nor a QR encoder (README, size ledger).
//! Links are relative to the list page, so both work from any sub-folder.

use crate::url_state::ViewState;

/// The presentation page's folder, beside the list page.
pub const PRESENTATION_DIR: &str = "trinh-chieu/";
/// The data file, relative to the list page.
pub const DATA_FILE: &str = "data/guong-sang.json";

/// From the list page: the presentation page showing `view`.
pub fn presentation_link(view: &ViewState) -> String {
    format!("{PRESENTATION_DIR}{}", view.to_search())
}

/// The list page's address (ending in `/`) for the address of the
/// presentation page, whatever query or fragment it carries.
pub fn list_page(presentation: &str) -> String {
    let page = page_of(presentation);
    let dir = page.trim_end_matches('/');
    match dir.rfind('/') {
        Some(i) => dir[..=i].to_string(),
        None => page.to_string(),
    }
}

/// True when `url` is the list page at `list` (from `list_page`), with any
/// query: Back from the presentation page then returns to it.
pub fn is_list_page(url: &str, list: &str) -> bool {
    !list.is_empty() && page_of(url) == list
}

/// Without query, fragment and a trailing `index.html`.
fn page_of(url: &str) -> &str {
    let page = without_query(url);
    page.strip_suffix("index.html").unwrap_or(page)
}

/// `url` without its query string and fragment.
pub fn without_query(url: &str) -> &str {
    let end = url.find(['?', '#']).unwrap_or(url.len());
    &url[..end]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_to_the_presentation_keep_the_view() {
        let view = ViewState::from_search("?loai=model&sap-xep=ten").with_slide(0);
        assert_eq!(
            presentation_link(&view),
            "trinh-chieu/?loai=model&sap-xep=ten&trinh-chieu=0"
        );
    }

    #[test]
    fn the_list_page_is_the_folder_above() {
        for (from, list) in [
            (
                "https://example.org/trinh-chieu/?q=a&trinh-chieu=3",
                "https://example.org/",
            ),
            (
                "https://example.org/xa/hanh-son/trinh-chieu/#x",
                "https://example.org/xa/hanh-son/",
            ),
            (
                "http://127.0.0.1:8080/trinh-chieu/index.html?ap-phich=1",
                "http://127.0.0.1:8080/",
            ),
            (
                "http://127.0.0.1:8080/trinh-chieu?trinh-chieu=2",
                "http://127.0.0.1:8080/",
            ),
        ] {
            assert_eq!(list_page(from), list, "{from}");
        }
    }

    #[test]
    fn back_returns_only_to_the_list_page() {
        let list = "https://example.org/xa/";
        assert!(is_list_page("https://example.org/xa/?q=hoang", list));
        assert!(is_list_page("https://example.org/xa/index.html", list));
        assert!(!is_list_page("https://zalo.me/share?u=x", list));
        assert!(!is_list_page("https://example.org/xa/trinh-chieu/", list));
        assert!(!is_list_page("", list));
        assert!(!is_list_page("", ""));
    }
}
