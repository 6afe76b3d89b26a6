//! The root component. One screen, whose state lives in the query string:
//! no path routes, so deep links work on a static host without rewrites.

use crate::pages::browse::BrowsePage;
use leptos::prelude::*;
use leptos_router::components::Router;

#[component]
pub fn App() -> impl IntoView {
    view! {
        <Router>
            <BrowsePage />
        </Router>
    }
}
