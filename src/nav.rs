//! The view lives in the URL's query string: the one source of truth for
//! what the list shows. `Nav` reads it, follows Back and Forward, and moves
//! to another view through the History API. Query strings (not paths) work
//! on any static host without rewrites, so no router is needed.

use crate::url_state::ViewState;
use leptos::prelude::*;
use std::time::Duration;
use wasm_bindgen::JsValue;

/// How a change enters browser history.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// Filter and search changes: no history entry per keystroke or tick.
    Replace,
    /// Opening an entry: Back returns to the list.
    Push,
}

/// Provided once at the root; every view reads it with `use_nav()`.
#[derive(Clone, Copy)]
pub struct Nav {
    search: RwSignal<String>,
    /// The current view, parsed once per URL change.
    pub state: Memo<ViewState>,
    /// Notified when the filters of `state` change. What follows only the
    /// filters tracks this rather than `state`: a memo over `state` would
    /// not do, since every keystroke changes `state` and the graph then
    /// wakes everything downstream of it to check (every checkbox).
    pub filters_changed: Trigger,
    /// Notified when the search of `state` changes, for the same reason:
    /// the highlights of every card on the page follow it, and a tick must
    /// not wake them all to find the search unchanged.
    pub query_changed: Trigger,
    /// A replacing URL not written to history yet (see `go`).
    pending: StoredValue<Option<String>>,
}

impl Nav {
    /// A fixed view, for rendering outside a browser (the build-time
    /// prerender) and for tests.
    pub fn fixed(search: &str) -> Nav {
        let search = RwSignal::new(search.to_string());
        Nav {
            search,
            state: Memo::new(move |_| search.with(|s| ViewState::from_search(s))),
            filters_changed: Trigger::new(),
            query_changed: Trigger::new(),
            pending: StoredValue::new(None),
        }
    }

    /// The browser's URL, followed through Back and Forward.
    pub fn browser() -> Nav {
        let nav = Nav::fixed(&current_search());
        // Lives as long as the page: dropping the handle keeps the listener.
        let _ = window_event_listener(leptos::ev::popstate, move |_| {
            // The entry left behind must not get a late keystroke's URL.
            nav.pending.set_value(None);
            nav.search.set(current_search());
            nav.filters_changed.notify();
            nav.query_changed.notify();
        });
        nav
    }

    /// Moves to `next` without scrolling the page.
    ///
    /// A replacing move (a keystroke, a tick) redraws the list at once and
    /// writes the address after that frame is painted, the latest one only:
    /// the History API's own cost no longer delays the results on screen,
    /// and fast typing writes history once, not per key. A pushing move
    /// (opening an entry) writes at once, after any pending one, so Back
    /// returns to the list as it was.
    pub fn go(&self, next: &ViewState, mode: Mode) {
        let search = next.to_search();
        // An empty query string would keep the old one: name the path instead.
        let url = if search.is_empty() {
            window().location().pathname().unwrap_or_default()
        } else {
            search.clone()
        };
        match mode {
            Mode::Push => {
                self.write_pending();
                let pushed = window()
                    .history()
                    .and_then(|h| h.push_state_with_url(&JsValue::NULL, "", Some(&url)));
                if pushed.is_err() {
                    return;
                }
            }
            Mode::Replace => {
                let first = self
                    .pending
                    .try_update_value(|p| p.replace(url).is_none())
                    .unwrap_or(false);
                if first {
                    let nav = *self;
                    request_animation_frame(move || {
                        set_timeout(move || nav.write_pending(), Duration::ZERO);
                    });
                }
            }
        }
        let (filters, query) = self
            .state
            .with_untracked(|s| (s.selection != next.selection, s.query != next.query));
        self.search.set(search);
        if filters {
            self.filters_changed.notify();
        }
        if query {
            self.query_changed.notify();
        }
    }

    fn write_pending(&self) {
        if let Some(url) = self.pending.try_update_value(Option::take).flatten() {
            if let Ok(history) = window().history() {
                let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&url));
            }
        }
    }

    /// The view as it is now, outside any reactive context.
    pub fn now(&self) -> ViewState {
        self.state.get_untracked()
    }
}

pub fn use_nav() -> Nav {
    expect_context::<Nav>()
}

fn current_search() -> String {
    window().location().search().unwrap_or_default()
}
