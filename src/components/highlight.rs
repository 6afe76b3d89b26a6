//! Text with the search match marked, rendered as text nodes (never HTML).

use crate::search::{pieces, Highlighter, Query};
use leptos::prelude::*;
use std::sync::OnceLock;

/// `text` with what `query` finds in it marked, following the search as it
/// changes. The text is folded once, not on every keystroke, and its nodes
/// are rebuilt only when the marked ranges change: most fields of most cards
/// on the page do not change with a keystroke, and rebuilding them anyway
/// had the browser lay out every card again.
pub fn highlighted(text: &str, query: Memo<Option<Query>>) -> impl IntoView {
    let text = text.to_string();
    // Folded on the first search, not when the card is built: most cards
    // (all of them at start-up, and after a filter change with an empty
    // box) are never searched while they are on the page.
    let highlighter = OnceLock::new();
    let marks = {
        let text = text.clone();
        Memo::new(move |_| {
            query.with(|q| {
                q.as_ref()
                    .map(|q| {
                        highlighter
                            .get_or_init(|| Highlighter::new(&text))
                            .highlights(q)
                    })
                    .unwrap_or_default()
            })
        })
    };
    move || {
        marks.with(|ranges| {
            pieces(&text, ranges)
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
        })
    }
}
