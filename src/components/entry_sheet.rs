//! One entry at full size, with a QR code of its own address: a slide on the
//! projector and a printed A4 poster show the same sheet; their styles
//! (`.slide`, `.poster` in main.css) size it for the wall or the page.

use crate::catalog::{Catalog, Item};
use crate::components::card::badge_class;
use crate::components::qr_code::QrCode;
use crate::model::capitalise;
use crate::public_address::PublicAddress;
use crate::strings::{citation_tail, kind_label, recognition_line, ui};
use leptos::prelude::*;

pub fn entry_sheet(catalog: &Catalog, item: &Item, address: &PublicAddress) -> impl IntoView {
    let t = ui();
    let e = &item.entry;
    let url = address.entry_url(&e.id);
    let role_line = [e.role.as_deref(), e.organisation_beyond_role()]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" · ");
    let village = e
        .village
        .as_ref()
        .map(|v| format!("{} {v}", t.village_word));
    let domains = catalog.domain_names(e).join(" · ");
    let source = catalog
        .source(&e.source)
        .map(|s| view! { <p class="sheet-source">{t.detail_source} ": " <cite>{s.title.clone()}</cite>{citation_tail(s)}</p> });
    view! {
        <article class="sheet">
            <div class="sheet-text">
                <span class=badge_class(e.kind)>{kind_label(e.kind)}</span>
                <h2 class="sheet-name">{e.title()}</h2>
                {(!role_line.is_empty()).then(|| view! { <p class="sheet-role">{role_line}</p> })}
                {village.map(|v| view! { <p class="sheet-place">{v}</p> })}
                {e.description.as_deref().map(|d| view! { <p class="sheet-desc">{capitalise(d)}</p> })}
                {(!e.recognitions.is_empty()).then(|| view! {
                    <ul class="sheet-awards">
                        {e.recognitions.iter().map(|r| view! { <li>{recognition_line(r, false)}</li> }).collect_view()}
                    </ul>
                })}
                {(!domains.is_empty()).then(|| view! { <p class="sheet-domains">{t.detail_domains} ": " {domains}</p> })}
                {source}
            </div>
            <ScanMe url label=t.scan_entry reachable=address.reachable />
        </article>
    }
}

/// The code, what it is for, and its address in letters for those who
/// would rather type it.
#[component]
pub fn ScanMe(url: String, label: &'static str, reachable: bool) -> impl IntoView {
    view! {
        <figure class="scan">
            <QrCode text=url.clone() label=label.to_string() />
            <figcaption>
                <span class="scan-label">{label}</span>
                <span class="scan-url">{url}</span>
                {(!reachable).then(|| view! { <span class="scan-warning" role="note">{ui().unreachable_address}</span> })}
            </figcaption>
        </figure>
    }
}
