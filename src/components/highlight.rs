//! Text with the search match marked, rendered as text nodes (never HTML).

use crate::search::{pieces, Highlighter, Query};
use leptos::prelude::*;

/// `text` with what `query` finds in it marked, following the search as it
/// changes. The text is folded once, not on every keystroke, and its nodes
/// are rebuilt only when the marked ranges change: most fields of most cards
/// on the page do not change with a keystroke, and rebuilding them anyway
/// had the browser lay out every card again.
pub fn highlighted(text: &str, query: Memo<Option<Query>>) -> impl IntoView {
    let highlighter = Highlighter::new(text);
    let marks = Memo::new(move |_| {
        query.with(|q| {
            q.as_ref()
                .map(|q| highlighter.highlights(q))
                .unwrap_or_default()
        })
    });
    let text = text.to_string();
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
