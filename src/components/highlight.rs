//! Text with the search match marked, rendered as text nodes (never HTML).

use crate::search::{pieces, Highlighter, Query};
use leptos::prelude::*;
use std::ops::Range;
use std::sync::{Mutex, OnceLock, PoisonError};

/// One text of a card that follows the search, drawn by a reactive closure
/// over the search (`Card`). A closure that runs again rebuilds its pieces
/// against those on the page, which rewrites only the text nodes whose text
/// changed, so no memo stands between the search and the closures: it would
/// be one more reactive node per card to create, wake on every keystroke and
/// dispose of when the card leaves the page.
pub struct Marked {
    text: String,
    /// Folded on the first search, not when the card is built: most cards
    /// (all of them at start-up, and after a filter change with an empty
    /// box) are never searched while they are on the page.
    folded: OnceLock<Highlighter>,
    /// What the last view marked, for `again`.
    marked: Mutex<Vec<Range<usize>>>,
}

impl Marked {
    pub fn new(text: &str) -> Self {
        Marked {
            text: text.to_string(),
            folded: OnceLock::new(),
            marked: Mutex::new(Vec::new()),
        }
    }

    /// The text with what `query` finds in it marked.
    pub fn view(&self, query: Option<&Query>) -> Vec<AnyView> {
        let ranges = query.map_or_else(Vec::new, |q| {
            self.folded
                .get_or_init(|| Highlighter::new(&self.text))
                .highlights(q)
        });
        let view = self.draw(&ranges);
        *self.marked.lock().unwrap_or_else(PoisonError::into_inner) = ranges;
        view
    }

    /// The last view again, for a text that no longer follows the search:
    /// rebuilt over itself, it writes nothing to the page.
    pub fn again(&self) -> Vec<AnyView> {
        self.draw(&self.marked.lock().unwrap_or_else(PoisonError::into_inner))
    }

    fn draw(&self, ranges: &[Range<usize>]) -> Vec<AnyView> {
        pieces(&self.text, ranges)
            .into_iter()
            .map(|(piece, hit)| {
                let piece = piece.to_string();
                if hit {
                    view! { <mark>{piece}</mark> }.into_any()
                } else {
                    piece.into_any()
                }
            })
            .collect()
    }
}
