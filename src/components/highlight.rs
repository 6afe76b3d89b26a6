//! Text with the search match marked, rendered as text nodes (never HTML).

use crate::search::{pieces, Highlighter, Query};
use leptos::prelude::*;
use std::ops::Range;
use std::sync::{Arc, Mutex, OnceLock};

/// The marked texts of one card, following the search as it changes.
///
/// All of a card's texts hang on the search through one memo, not one each:
/// every node that hangs on it is visited on every keystroke, and is unhooked
/// from it one at a time when its card leaves the page. A page holds 30 cards
/// of up to five marked texts.
#[derive(Clone)]
pub struct Marker {
    texts: Arc<Mutex<Vec<Marked>>>,
    marks: Memo<Vec<Vec<Range<usize>>>>,
}

struct Marked {
    text: String,
    /// Folded on the first search, not when the card is built: most cards
    /// (all of them at start-up, and after a filter change with an empty
    /// box) are never searched while they are on the page.
    folded: OnceLock<Highlighter>,
}

impl Marker {
    pub fn new(query: Memo<Option<Query>>) -> Self {
        let texts = Arc::new(Mutex::new(Vec::<Marked>::new()));
        let marks = Memo::new({
            let texts = texts.clone();
            move |_| {
                query.with(|q| {
                    texts.lock().map_or_else(
                        |_| Vec::new(),
                        |texts| {
                            texts
                                .iter()
                                .map(|t| {
                                    q.as_ref().map_or_else(Vec::new, |q| {
                                        t.folded
                                            .get_or_init(|| Highlighter::new(&t.text))
                                            .highlights(q)
                                    })
                                })
                                .collect()
                        },
                    )
                })
            }
        });
        Self { texts, marks }
    }

    /// `text` with what the search finds in it marked. Called while the card
    /// is built, before it is drawn (when the marks are first worked out).
    /// Its nodes are rebuilt only where the marked ranges change: most texts
    /// of most cards on the page do not change with a keystroke, and
    /// rebuilding them anyway had the browser lay out every card again.
    pub fn text(&self, text: &str) -> impl IntoView {
        let text = text.to_string();
        let i = self.texts.lock().map_or(usize::MAX, |mut texts| {
            texts.push(Marked {
                text: text.clone(),
                folded: OnceLock::new(),
            });
            texts.len() - 1
        });
        let marks = self.marks;
        move || {
            marks.with(|marks| {
                let ranges = marks.get(i).map_or(&[][..], Vec::as_slice);
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
}
