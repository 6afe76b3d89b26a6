//! A QR code as an inline SVG element (`qr.rs` draws it): dark on white
//! whatever the theme around it, since phone scanners read that best.

use crate::qr::{QrPath, QUIET_ZONE};
use leptos::prelude::*;

#[component]
pub fn QrCode(
    /// What the code holds: a URL.
    text: String,
    /// What a screen reader says instead of the picture.
    label: String,
) -> impl IntoView {
    let path = QrPath::encode(&text);
    path.map(|path| {
        let q = QUIET_ZONE as i32;
        let side = (path.width + 2 * QUIET_ZONE).to_string();
        let view_box = path.view_box();
        view! {
            <svg
                class="qr"
                viewBox=view_box
                role="img"
                aria-label=label
                shape-rendering="crispEdges"
            >
                <rect x=-q y=-q width=side.clone() height=side fill="#fff" />
                <path d=path.d fill="#000" />
            </svg>
        }
    })
}
