//! The bar at the top of the presentation page's own screens (posters, the
//! data checker): what the screen is, what to do, its actions, and the way
//! back to the list.

use crate::nav::use_nav;
use crate::presentation::back_to_list;
use crate::strings::ui;
use leptos::prelude::*;

#[component]
pub fn ToolBar(title: String, intro: &'static str, children: Children) -> impl IntoView {
    let nav = use_nav();
    view! {
        <header class="tool-bar">
            <div class="wrap">
                <h1>{title}</h1>
                <p>{intro}</p>
                <div class="tool-actions">
                    {children()}
                    <button
                        type="button"
                        class="button button-quiet"
                        on:click=move |_| back_to_list(&nav.now())
                    >
                        {ui().back_to_list}
                    </button>
                </div>
            </div>
        </header>
    }
}
