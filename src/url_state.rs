//! The view's state in the URL query string, so a reload or a link shared on
//! Zalo opens the same view. Query strings (not paths) work on any static
//! host without rewrite rules.
//!
//! `?q=hoang&loai=ca-nhan&thon=ban-tao,ban-mo&sap-xep=ten&muc=hoang-van-van`
//! Defaults are left out, unknown parameters are ignored, and the output is
//! canonical (fixed order, sorted values), so equal views give equal URLs.
//! New parameters (the language, say) add fields here.

use crate::facets::{Facet, Selection};
use crate::sort::SortOrder;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ViewState {
    /// The search box's text exactly as typed.
    pub query: String,
    pub selection: Selection,
    pub sort: SortOrder,
    /// The id of the entry shown in detail, if any.
    pub open: Option<String>,
    /// The slide shown when presenting the list (`slideshow.rs`; 0 is the
    /// introduction), so a reload or a shared link resumes there.
    pub slide: Option<usize>,
    /// Printable A4 posters of the list (or of the open entry alone).
    pub posters: bool,
    /// The officers' data checker (`pages/checker.rs`).
    pub checker: bool,
}

pub const QUERY: &str = "q";
pub const SORT: &str = "sap-xep";
pub const OPEN: &str = "muc";
pub const SLIDE: &str = "trinh-chieu";
pub const POSTERS: &str = "ap-phich";
pub const CHECKER: &str = "kiem-tra";

impl ViewState {
    /// Reads `location.search` (with or without the leading `?`). Never fails:
    /// whatever cannot be read is left at its default.
    pub fn from_search(search: &str) -> ViewState {
        let mut state = ViewState::default();
        let search = search.strip_prefix('?').unwrap_or(search);
        for pair in search.split('&').filter(|p| !p.is_empty()) {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            let key = decode(key);
            let value = decode(value);
            if key == QUERY {
                state.query = value;
            } else if key == SORT {
                state.sort = SortOrder::from_key(&value).unwrap_or_default();
            } else if key == OPEN {
                state.open = Some(value).filter(|v| !v.is_empty());
            } else if key == SLIDE {
                // A mangled number still presents, from the start.
                state.slide = Some(value.trim().parse().unwrap_or(0));
            } else if key == POSTERS {
                state.posters = value != "0";
            } else if key == CHECKER {
                state.checker = value != "0";
            } else if let Some(facet) = Facet::ALL.into_iter().find(|f| f.param() == key) {
                for v in value.split(',').map(str::trim).filter(|v| !v.is_empty()) {
                    state.selection.insert(facet, v);
                }
            }
        }
        state
    }

    /// The query string, `""` for the default view or starting with `?`.
    pub fn to_search(&self) -> String {
        let mut parts: Vec<String> = Vec::new();
        if !self.query.is_empty() {
            parts.push(format!("{QUERY}={}", encode(&self.query)));
        }
        for facet in Facet::ALL {
            let keys = self.selection.keys(facet);
            if !keys.is_empty() {
                let joined: Vec<String> = keys.iter().map(|k| encode(k)).collect();
                parts.push(format!("{}={}", facet.param(), joined.join(",")));
            }
        }
        if self.sort != SortOrder::default() {
            parts.push(format!("{SORT}={}", self.sort.key()));
        }
        if let Some(id) = &self.open {
            parts.push(format!("{OPEN}={}", encode(id)));
        }
        if let Some(n) = self.slide {
            parts.push(format!("{SLIDE}={n}"));
        }
        if self.posters {
            parts.push(format!("{POSTERS}=1"));
        }
        if self.checker {
            parts.push(format!("{CHECKER}=1"));
        }
        if parts.is_empty() {
            String::new()
        } else {
            format!("?{}", parts.join("&"))
        }
    }

    /// The same list with no entry open, no slideshow and no posters:
    /// where "back to the list" goes, and all that the results depend on.
    pub fn list(&self) -> ViewState {
        ViewState {
            open: None,
            slide: None,
            posters: false,
            checker: false,
            ..self.clone()
        }
    }

    /// The same list presented, at slide `n`.
    pub fn with_slide(&self, n: usize) -> ViewState {
        ViewState {
            slide: Some(n),
            ..self.list()
        }
    }

    /// Posters of this view: the open entry's alone, else the whole list.
    pub fn with_posters(&self) -> ViewState {
        ViewState {
            slide: None,
            posters: true,
            ..self.clone()
        }
    }

    pub fn with_open(&self, id: &str) -> ViewState {
        ViewState {
            open: Some(id.to_string()),
            ..self.clone()
        }
    }

    /// Search text and filters cleared; sort kept.
    pub fn cleared(&self) -> ViewState {
        ViewState {
            sort: self.sort,
            ..ViewState::default()
        }
    }
}

/// Percent-encodes all but unreserved characters; space becomes `+`.
pub fn encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                out.push(char::from(b))
            }
            b' ' => out.push('+'),
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

/// Decodes `+` and `%XX`; malformed escapes are kept as written and invalid
/// UTF-8 is replaced, so a mangled link still opens.
pub fn decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' => {
                let hex = s
                    .get(i + 1..i + 3)
                    .and_then(|h| u8::from_str_radix(h, 16).ok());
                if let Some(b) = hex {
                    out.push(b);
                    i += 2;
                } else {
                    out.push(b'%');
                }
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> ViewState {
        let mut selection = Selection::default();
        selection.insert(Facet::Kind, "ca-nhan");
        selection.insert(Facet::Village, "ban-tao");
        selection.insert(Facet::Village, "ban-mo");
        selection.insert(Facet::Recognition, "bang-khen");
        ViewState {
            query: "Hoàng Văn, Vạn & co?=100%".into(),
            selection,
            sort: SortOrder::GivenName,
            open: Some("hoang-van-van".into()),
            slide: None,
            posters: false,
            checker: false,
        }
    }

    #[test]
    fn round_trips() {
        let s = sample();
        let url = s.to_search();
        assert_eq!(ViewState::from_search(&url), s);
        assert_eq!(ViewState::from_search(url.trim_start_matches('?')), s);
    }

    #[test]
    fn is_canonical_and_readable() {
        let url = sample().to_search();
        assert_eq!(
            url,
            "?q=Ho%C3%A0ng+V%C4%83n%2C+V%E1%BA%A1n+%26+co%3F%3D100%25\
             &loai=ca-nhan&thon=ban-mo,ban-tao&khen-thuong=bang-khen&sap-xep=ten&muc=hoang-van-van"
        );
    }

    #[test]
    fn default_view_is_the_bare_url() {
        assert_eq!(ViewState::default().to_search(), "");
        assert_eq!(ViewState::from_search(""), ViewState::default());
        assert_eq!(ViewState::from_search("?"), ViewState::default());
    }

    #[test]
    fn tolerates_hand_edited_and_mangled_links() {
        let s = ViewState::from_search("?q=%E1%BA%&sap-xep=bogus&thon=,ban-tao,,&zz=1&muc=&loai");
        assert_eq!(s.query, "\u{FFFD}%"); // a broken escape stays visible
        assert_eq!(s.sort, SortOrder::Name);
        assert_eq!(s.selection.keys(Facet::Village), ["ban-tao"]);
        assert_eq!(s.open, None);
        let s = ViewState::from_search("q=hoang%20van+van");
        assert_eq!(s.query, "hoang van van");
    }

    #[test]
    fn slide_number_round_trips_beside_the_filters() {
        let s = sample().list().with_slide(3);
        assert_eq!(s.open, None);
        assert!(s.to_search().ends_with("&sap-xep=ten&trinh-chieu=3"));
        assert_eq!(ViewState::from_search(&s.to_search()), s);
        assert_eq!(s.list().slide, None);
        assert_eq!(s.list().selection, s.selection);
        // Hand-edited: an empty or broken number starts at the introduction.
        assert_eq!(ViewState::from_search("?trinh-chieu").slide, Some(0));
        assert_eq!(ViewState::from_search("?trinh-chieu=x").slide, Some(0));
        assert_eq!(ViewState::from_search("?trinh-chieu=12").slide, Some(12));
    }

    #[test]
    fn posters_keep_the_open_entry_or_the_list() {
        let one = sample().with_posters();
        assert_eq!(one.open.as_deref(), Some("hoang-van-van"));
        assert!(one.to_search().ends_with("&muc=hoang-van-van&ap-phich=1"));
        assert_eq!(ViewState::from_search(&one.to_search()), one);
        let all = sample().list().with_slide(4).with_posters();
        assert_eq!((all.open, all.slide, all.posters), (None, None, true));
        assert!(!sample().with_posters().list().posters);
    }

    #[test]
    fn list_and_open_and_cleared() {
        let s = sample();
        assert_eq!(s.list().open, None);
        assert_eq!(s.list().selection, s.selection);
        assert_eq!(s.list().with_open("x").open.as_deref(), Some("x"));
        let c = s.cleared();
        assert!(c.query.is_empty() && c.selection.is_empty());
        assert_eq!(c.sort, SortOrder::GivenName);
    }
}
