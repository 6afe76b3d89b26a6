//! The address the QR codes on slides and posters point at. A trainer's
//! laptop usually serves the app from `localhost` or a private address that
//! phones in the hall cannot reach, so the data file may name the site's
//! public address (`site_url`, docs/data-format.md); without it the codes use
//! the address the page was opened from, and say when that will not work.

use crate::search::find;
use crate::site_paths::without_query;
use crate::url_state::ViewState;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PublicAddress {
    /// Scheme, host and path of the app, without query or fragment.
    pub base: String,
    /// False when phones elsewhere cannot open `base` (localhost, a private
    /// network address, a file): the slide then says so beside the code.
    pub reachable: bool,
}

impl PublicAddress {
    /// `configured` is the data file's `site_url` (already checked to be
    /// http(s)); `page` is the address the page was opened from.
    pub fn new(configured: Option<&str>, page: &str) -> PublicAddress {
        if let Some(url) = configured.map(str::trim).filter(|u| is_web_address(u)) {
            return PublicAddress {
                base: without_query(url).to_string(),
                reachable: true,
            };
        }
        let base = without_query(page).to_string();
        let reachable = is_web_address(&base) && !is_private_host(host(&base));
        PublicAddress { base, reachable }
    }

    /// The address that opens one entry, as the share button would give it
    /// but without the list's filters: short, so the code stays coarse.
    pub fn entry_url(&self, id: &str) -> String {
        let view = ViewState {
            open: Some(id.to_string()),
            ..ViewState::default()
        };
        self.view_url(&view)
    }

    /// The address of a view (a filtered list, say).
    pub fn view_url(&self, view: &ViewState) -> String {
        format!("{}{}", self.base, view.to_search())
    }
}

fn is_web_address(url: &str) -> bool {
    let lower = url.to_ascii_lowercase();
    (lower.starts_with("https://") || lower.starts_with("http://")) && !host(url).is_empty()
}

/// The host of an absolute URL, without user, port or IPv6 brackets.
fn host(url: &str) -> &str {
    let Some(rest) = find(url, "://").and_then(|i| url.get(i + 3..)) else {
        return "";
    };
    let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
    let authority = authority.rsplit('@').next().unwrap_or(authority);
    if let Some(v6) = authority.strip_prefix('[') {
        return v6.split(']').next().unwrap_or("");
    }
    authority.split(':').next().unwrap_or("")
}

/// Hosts that a phone on another network cannot reach: loopback, private
/// and link-local ranges, `.local` names and single-label machine names.
pub fn is_private_host(host: &str) -> bool {
    let host = host.trim_end_matches('.').to_ascii_lowercase();
    if host.is_empty() || host == "localhost" || host.ends_with(".localhost") {
        return true;
    }
    if host.contains(':') {
        // IPv6: loopback, unspecified, unique local (fc00::/7), link-local.
        return host == "::1"
            || host == "::"
            || host.starts_with("fc")
            || host.starts_with("fd")
            || host.starts_with("fe80");
    }
    let octets: Vec<u8> = host.split('.').filter_map(|p| p.parse().ok()).collect();
    if octets.len() == 4 && host.split('.').count() == 4 {
        return match octets[..] {
            [0 | 10 | 127, ..] => true,
            [169, 254, ..] | [192, 168, ..] => true,
            [172, b, ..] => (16..=31).contains(&b),
            [100, b, ..] => (64..=127).contains(&b), // carrier-grade NAT
            _ => false,
        };
    }
    !host.contains('.') || host.ends_with(".local") || host.ends_with(".lan")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_data_files_address_wins_and_loses_its_query() {
        let a = PublicAddress::new(
            Some("https://guongsang.example.vn/hanh-son/?x=1#top"),
            "http://localhost:8080/?q=hoang",
        );
        assert_eq!(a.base, "https://guongsang.example.vn/hanh-son/");
        assert!(a.reachable);
        assert_eq!(
            a.entry_url("hoang-van-van"),
            "https://guongsang.example.vn/hanh-son/?muc=hoang-van-van"
        );
    }

    #[test]
    fn without_one_the_page_address_is_used() {
        let a = PublicAddress::new(None, "https://example.org/app/?q=a&muc=b#x");
        assert_eq!(a.base, "https://example.org/app/");
        assert!(a.reachable);
        // An unusable configured address is as good as none.
        let b = PublicAddress::new(Some("javascript:alert(1)"), "https://example.org/");
        assert_eq!(b.base, "https://example.org/");
    }

    #[test]
    fn entry_ids_are_encoded_and_views_keep_their_filters() {
        let a = PublicAddress::new(None, "https://example.org/");
        assert_eq!(a.entry_url("a b&c"), "https://example.org/?muc=a+b%26c");
        let view = ViewState::from_search("?q=phu+nu&loai=model");
        assert_eq!(
            a.view_url(&view),
            "https://example.org/?q=phu+nu&loai=model"
        );
    }

    #[test]
    fn addresses_phones_in_the_hall_cannot_reach_are_flagged() {
        for page in [
            "http://localhost:8080/",
            "http://127.0.0.1:8080/?q=x",
            "http://[::1]:8080/",
            "http://192.168.1.20:8080/",
            "http://10.0.0.5/",
            "http://172.20.1.1/",
            "http://user@169.254.3.4/",
            "http://laptop-xa:8080/",
            "http://may-chieu.local/",
            "file:///home/trainer/guong-sang/index.html",
        ] {
            assert!(!PublicAddress::new(None, page).reachable, "{page}");
        }
        for page in [
            "https://example.org/",
            "http://172.32.0.1/",
            "http://8.8.8.8/",
            "https://[2001:db8::1]/",
            "https://sub.example.vn:8443/guong-sang/",
        ] {
            assert!(PublicAddress::new(None, page).reachable, "{page}");
        }
    }
}
