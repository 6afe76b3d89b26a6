//! The view lives in the URL's query string: the one source of truth for
//! what the list shows. `Nav` reads it, follows Back and Forward, and moves
//! to another view through the History API. Query strings (not paths) work
//! on any static host without rewrites, so no router is needed.

use crate::url_state::ViewState;
use leptos::prelude::*;
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
}

impl Nav {
    /// A fixed view, for rendering outside a browser (the build-time
    /// prerender) and for tests.
    pub fn fixed(search: &str) -> Nav {
        let search = RwSignal::new(search.to_string());
        Nav {
            search,
            state: Memo::new(move |_| search.with(|s| ViewState::from_search(s))),
        }
    }

    /// The browser's URL, followed through Back and Forward.
    pub fn browser() -> Nav {
        let nav = Nav::fixed(&current_search());
        let search = nav.search;
        // Lives as long as the page: dropping the handle keeps the listener.
        let _ = window_event_listener(leptos::ev::popstate, move |_| {
            search.set(current_search());
        });
        nav
    }

    /// Moves to `next` without scrolling the page.
    pub fn go(&self, next: &ViewState, mode: Mode) {
        let search = next.to_search();
        // An empty query string would keep the old one: name the path instead.
        let url = if search.is_empty() {
            window().location().pathname().unwrap_or_default()
        } else {
            search.clone()
        };
        if let Ok(history) = window().history() {
            let done = match mode {
                Mode::Replace => history.replace_state_with_url(&JsValue::NULL, "", Some(&url)),
                Mode::Push => history.push_state_with_url(&JsValue::NULL, "", Some(&url)),
            };
            if done.is_err() {
                return;
            }
        }
        self.search.set(search);
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
