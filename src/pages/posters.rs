//! Posters for the commune notice board: one A4 portrait sheet per entry,
//! with its QR code. The screen shows them as a preview under a print
//! button; `@media print` in main.css prints the sheets and nothing else.

use crate::catalog::{Catalog, Results};
use crate::components::entry_sheet::entry_sheet;
use crate::components::tool_bar::ToolBar;
use crate::model::capitalise;
use crate::nav::use_nav;
use crate::presentation::list_address;
use crate::public_address::PublicAddress;
use crate::strings::{posters_title, ui};
use leptos::prelude::*;
use std::sync::Arc;

/// The open entry's poster alone (`muc=…&ap-phich=1`), else one per entry
/// of the list, in its order.
#[component]
pub fn PostersPage(catalog: Arc<Catalog>, results: Memo<Results>) -> impl IntoView {
    let t = ui();
    let nav = use_nav();
    let view = nav.now();
    let items: Vec<usize> = match &view.open {
        Some(id) => catalog
            .items
            .iter()
            .position(|i| &i.entry.id == id)
            .into_iter()
            .collect(),
        None => results.with_untracked(|r| r.items.clone()),
    };
    let address = PublicAddress::new(catalog.site_url.as_deref(), &list_address());
    let title = posters_title(items.len());
    let posters = items
        .iter()
        .filter_map(|&i| catalog.items.get(i))
        .map(|item| {
            let place = catalog
                .communes
                .get(item.commune)
                .map(|c| capitalise(&c.place()));
            view! {
                <section class="poster">
                    {entry_sheet(&catalog, item, &address)}
                    <p class="poster-foot">{t.app_name} " · " {place}</p>
                </section>
            }
        })
        .collect_view();
    view! {
        <ToolBar title intro=t.posters_hint>
            <button
                type="button"
                class="button"
                disabled=items.is_empty()
                on:click=|_| {
                    let _ = window().print();
                }
            >
                {t.print}
            </button>
        </ToolBar>
        <main class="posters">{posters}</main>
    }
}
