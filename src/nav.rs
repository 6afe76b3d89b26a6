//! Reading and writing the view state through the router, so the URL is the
//! single source of truth for what the list shows.

use crate::url_state::ViewState;
use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_navigate};
use leptos_router::NavigateOptions;

/// How a change enters browser history.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// Filter and search changes: no history entry per keystroke or tick.
    Replace,
    /// Opening an entry: Back returns to the list.
    Push,
}

/// The current view, parsed from the URL.
pub fn use_view_state() -> Memo<ViewState> {
    let location = use_location();
    Memo::new(move |_| location.search.with(|s| ViewState::from_search(s)))
}

/// A function that moves to another view without scrolling the page.
pub fn use_go() -> impl Fn(&ViewState, Mode) + Clone + 'static {
    let navigate = use_navigate();
    let location = use_location();
    move |next: &ViewState, mode: Mode| {
        let path = location.pathname.get_untracked();
        let url = format!("{path}{}", next.to_search());
        navigate(
            &url,
            NavigateOptions {
                replace: mode == Mode::Replace,
                scroll: false,
                ..NavigateOptions::default()
            },
        );
    }
}
