//! Text with the search match marked, rendered as text nodes (never HTML).

use crate::search::{pieces, Highlighter, Query};
use leptos::prelude::*;
use std::sync::OnceLock;

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
}

impl Marked {
    pub fn new(text: &str) -> Self {
        Marked {
            text: text.to_string(),
            folded: OnceLock::new(),
        }
    }

    /// The text with what `query` finds in it marked.
    pub fn view(&self, query: Option<&Query>) -> impl IntoView {
        let ranges = query.map_or_else(Vec::new, |q| {
            self.folded
                .get_or_init(|| Highlighter::new(&self.text))
                .highlights(q)
        });
        pieces(&self.text, &ranges)
            .into_iter()
            .map(|(piece, hit)| {
                let piece = piece.to_string();
                if hit {
                    view! { <mark>{piece}</mark> }.into_any()
                } else {
                    piece.into_any()
                }
            })
            .collect_view()
    }
}
