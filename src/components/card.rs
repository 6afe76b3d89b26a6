//! One entry as a card in the grid. Its heading is a real link to the entry's
//! own address (`?muc=…`), so it can be opened in a new tab or copied as well
//! as tapped. That address does not carry the search of the moment: a copied
//! link shows the entry, and the link does not change with every keystroke.

use crate::catalog::Catalog;
use crate::components::drop_later::OnPage;
use crate::components::highlight::Marked;
use crate::facets::Facet;
use crate::model::{capitalise, Kind};
use crate::nav::{use_nav, Mode};
use crate::search::Query;
use crate::strings::{facet_label, kind_label, recognition_line, ui};
use crate::url_state::ViewState;
use leptos::prelude::*;
use leptos::tachys::html::attribute::custom::custom_attribute;
use std::sync::Arc;

/// Set when an entry is opened from the list, so "back" can pop history
/// instead of pushing the list again.
#[derive(Clone, Copy)]
pub struct OpenedFromList(pub StoredValue<bool>);

/// The badge's classes: colour tells a person from a model at a glance.
pub fn badge_class(kind: Kind) -> &'static str {
    match kind {
        Kind::Person => "badge badge-person",
        Kind::Model => "badge badge-model",
    }
}

pub fn card_link_id(id: &str) -> String {
    format!("card-{id}")
}

#[component]
pub fn Card(
    catalog: Arc<Catalog>,
    index: usize,
    query: Memo<Option<Query>>,
    /// Given when the card is freed some time after it leaves the page
    /// (`DropLater`).
    #[prop(optional)]
    on_page: Option<OnPage>,
) -> impl IntoView {
    let Some(item) = catalog.items.get(index) else {
        return ().into_any();
    };
    let entry = &item.entry;
    let opened = use_context::<OpenedFromList>();
    let nav = use_nav();
    let id = entry.id.clone();
    let href = ViewState::default().with_open(&id).to_search();
    // A plain click opens the entry in place; a click that asks for a new
    // tab or window (modifier keys, middle button) keeps the browser's way.
    let open = {
        let id = id.clone();
        move |ev: leptos::ev::MouseEvent| {
            if ev.button() != 0 || ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.alt_key()
            {
                return;
            }
            ev.prevent_default();
            if let Some(OpenedFromList(flag)) = opened {
                flag.set_value(true);
            }
            nav.go(&nav.now().list().with_open(&id), Mode::Push);
        }
    };
    let kind_class = badge_class(entry.kind);
    // Only the marked texts follow the search: a card that stays on the page
    // while the visitor types keeps its elements. One that has left it is
    // freed only after the paint, so the keystroke that took it away still
    // wakes it: it is not searched again but keeps what it showed, which
    // writes nothing to the detached card.
    let text = |s: &str| {
        let marked = Marked::new(s);
        let on_page = on_page.clone();
        move || {
            if on_page.as_ref().is_some_and(|p| !p.get()) {
                return marked.again();
            }
            query.with(|q| marked.view(q.as_ref()))
        }
    };
    let organisation = entry.organisation_beyond_role();
    let domains = catalog.domain_names(entry);
    let village_word = ui().detail_village;
    let recognitions: Vec<String> = entry
        .recognitions
        .iter()
        .map(|r| recognition_line(r, false))
        .collect();
    // `elementtiming` lets the benchmark time the first card's paint (on the
    // link: it is the block that holds the text).
    let title = view! {
        <h2>
            {view! {
                <a id=card_link_id(&id) href=href on:click=open>
                    {text(&entry.title())}
                </a>
            }
                .add_any_attr(custom_attribute("elementtiming", "card-title"))}
        </h2>
    };
    view! {
        <article class="card" aria-labelledby=card_link_id(&id)>
            <div class="card-head">
                <span class="avatar" aria-hidden="true">{entry.initials()}</span>
                <div class="card-title">
                    <span class=kind_class>{kind_label(entry.kind)}</span>
                    {title}
                </div>
            </div>
            {entry.role.as_deref().map(|r| view! { <p class="card-role">{text(r)}</p> })}
            {(organisation.is_some() || entry.village.is_some())
                .then(|| {
                    view! {
                        <p class="card-place">
                            {organisation.map(|o| view! { <span class="org">{text(o)}</span> })}
                            {entry
                                .village
                                .as_deref()
                                .map(|v| view! { <span class="village">{village_word} " " {text(v)}</span> })}
                        </p>
                    }
                })}
            {entry
                .description
                .as_deref()
                .map(|d| view! { <p class="card-desc">{text(&capitalise(d))}</p> })}
            {(!domains.is_empty())
                .then(|| {
                    view! {
                        <ul class="tags" aria-label=facet_label(Facet::Domain)>
                            {domains.into_iter().map(|d| view! { <li class="tag">{d}</li> }).collect_view()}
                        </ul>
                    }
                })}
            {recognitions
                .into_iter()
                .map(|r| {
                    view! {
                        <p class="card-award">
                            <span class="award-label">{facet_label(Facet::Recognition)} ": "</span>
                            {r}
                        </p>
                    }
                })
                .collect_view()}
        </article>
    }
    .into_any()
}
