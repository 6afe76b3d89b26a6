//! Text with the search match marked, rendered as text nodes (never HTML).

use crate::search::{segments, Query};
use leptos::prelude::*;

pub fn highlighted(text: &str, query: Option<&Query>) -> impl IntoView {
    segments(text, query)
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
