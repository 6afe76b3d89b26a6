//! The browse screen: search, sort, facets, the card grid, and the entry
//! detail on top of it when the URL names one.

use crate::api::load_catalog;
use crate::catalog::{Catalog, Results};
use crate::components::card::{Card, OpenedFromList};
use crate::components::facet_panel::{ActiveFilters, FacetPanel};
use crate::components::states::{DataProblems, LoadFailed, Skeleton};
use crate::model::Kind;
use crate::nav::{use_go, use_view_state, Mode};
use crate::pages::detail::Detail;
use crate::sort::SortOrder;
use crate::strings::{named_of, result_count, sort_label, ui};
use crate::url_state::ViewState;
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn BrowsePage() -> impl IntoView {
    let t = ui();
    let data = LocalResource::new(load_catalog);
    let retry = Callback::new(move |()| data.refetch());
    // One fallible source, so its error is matched where it is awaited; an
    // ErrorBoundary would add about 4 KB gzip of wasm for nothing more.
    view! {
        <header class="site-header">
            <div class="wrap">
                <p class="brand">
                    <span class="brand-mark" aria-hidden="true">"★"</span>
                    {t.app_name}
                </p>
                <p class="tagline">{t.tagline}</p>
            </div>
        </header>
        <Suspense fallback=|| view! { <main class="wrap"><Skeleton /></main> }>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(catalog) => view! { <Browse catalog on_retry=retry /> }.into_any(),
                    Err(_) => {
                        view! { <main class="wrap"><LoadFailed on_retry=retry /></main> }.into_any()
                    }
                }
            })}
        </Suspense>
    }
}

/// The loaded screen. Results and facet counts are memos over the URL state,
/// recomputed once per change.
#[component]
fn Browse(catalog: Arc<Catalog>, on_retry: Callback<()>) -> impl IntoView {
    let t = ui();
    if catalog.items.is_empty() {
        return view! {
            <main class="wrap">
                <DataProblems problems=catalog.problems.clone() usable=false />
                <button type="button" class="button" on:click=move |_| on_retry.run(())>
                    {t.retry}
                </button>
            </main>
        }
        .into_any();
    }
    provide_context(OpenedFromList(StoredValue::new(false)));
    let state = use_view_state();
    let list_state = Memo::new(move |_| state.with(ViewState::list));
    // Checkboxes, chips and the filter count follow this, not every keystroke.
    let selection = Memo::new(move |_| state.with(|s| s.selection.clone()));
    let results: Memo<Results> = {
        let catalog = catalog.clone();
        Memo::new(move |_| list_state.with(|s| catalog.results(s)))
    };
    let total = catalog.items.len();
    let go = use_go();

    // The box is the source of its own text while typing; the URL follows it.
    // Setting it from the URL on every change would fight fast typists.
    let typed = RwSignal::new(state.get_untracked().query);
    let on_input = {
        let go = go.clone();
        move |ev: leptos::ev::Event| {
            let value = event_target_value(&ev);
            typed.set(value.clone());
            let mut next = state.get_untracked().list();
            next.query = value;
            go(&next, Mode::Replace);
        }
    };
    let clear = {
        let go = go.clone();
        Callback::new(move |()| {
            typed.set(String::new());
            go(&state.get_untracked().cleared(), Mode::Replace);
        })
    };
    let on_sort = {
        let go = go.clone();
        move |ev: leptos::ev::Event| {
            let mut next = state.get_untracked().list();
            next.sort = SortOrder::from_key(&event_target_value(&ev)).unwrap_or_default();
            go(&next, Mode::Replace);
        }
    };
    let detail_open = move || state.with(|s| s.open.is_some());
    let wide = window()
        .match_media("(min-width: 60rem)")
        .ok()
        .flatten()
        .is_some_and(|m| m.matches());
    let active_count = {
        let catalog = catalog.clone();
        move || selection.with(|s| catalog.facets.known_count(s))
    };
    let for_cards = catalog.clone();
    let for_detail = catalog.clone();

    view! {
        <main class="wrap browse" inert=detail_open>
            <Summary catalog=catalog.clone() />
            {(!catalog.problems.is_empty())
                .then(|| view! { <DataProblems problems=catalog.problems.clone() usable=true /> })}
            <div class="toolbar">
                <div class="search">
                    <label for="search">{t.search_label}</label>
                    <input
                        id="search"
                        type="search"
                        autocomplete="off"
                        spellcheck="false"
                        placeholder=t.search_placeholder
                        prop:value=move || typed.get()
                        on:input=on_input
                    />
                </div>
                <div class="sort">
                    <label for="sort">{t.sort_label}</label>
                    <select id="sort" on:change=on_sort prop:value=move || state.with(|s| s.sort.key())>
                        {SortOrder::ALL
                            .into_iter()
                            .map(|o| view! { <option value=o.key()>{sort_label(o)}</option> })
                            .collect_view()}
                    </select>
                </div>
            </div>
            <div class="layout">
                <details class="filters" open=wide>
                    <summary>
                        {t.filters_heading}
                        {move || {
                            let n = active_count();
                            (n > 0).then(|| format!(" ({n})"))
                        }}
                    </summary>
                    <FacetPanel catalog=catalog.clone() state selection results />
                </details>
                <section class="results" aria-labelledby="result-count">
                    <ActiveFilters catalog=catalog.clone() state selection on_clear=clear />
                    <p id="result-count" class="result-count" role="status">
                        {move || result_count(results.with(|r| r.items.len()), total)}
                    </p>
                    <Show
                        when=move || results.with(|r| !r.items.is_empty())
                        fallback=move || {
                            view! {
                                <div class="empty">
                                    <h2>{t.empty_title}</h2>
                                    <p>{t.empty_body}</p>
                                    <button
                                        type="button"
                                        class="button"
                                        on:click=move |_| clear.run(())
                                    >
                                        {t.clear_filters}
                                    </button>
                                </div>
                            }
                        }
                    >
                        <CardGrid catalog=for_cards.clone() results state />
                    </Show>
                </section>
            </div>
            <footer class="site-footer">
                <p>{t.footer_note}</p>
            </footer>
        </main>
        <Show when=detail_open>
            <Detail catalog=for_detail.clone() state />
        </Show>
    }
    .into_any()
}

/// Rendered by position, not keyed with `For`: any change of results or
/// search re-renders the cards in place (highlights included, so cards need
/// no reactivity of their own), and dropping `For`'s keyed diffing saves
/// about 5 KB gzip of wasm.
#[component]
fn CardGrid(
    catalog: Arc<Catalog>,
    results: Memo<Results>,
    state: Memo<ViewState>,
) -> impl IntoView {
    view! {
        <ul class="cards">
            {move || {
                results.with(|r| {
                    r.items
                        .iter()
                        .map(|&index| {
                            view! {
                                <li>
                                    <Card
                                        catalog=catalog.clone()
                                        index
                                        query=r.query.clone()
                                        state
                                    />
                                </li>
                            }
                        })
                        .collect_view()
                })
            }}
        </ul>
    }
}

/// The commune(s) and how much of the source's list the data names.
#[component]
fn Summary(catalog: Arc<Catalog>) -> impl IntoView {
    let t = ui();
    catalog
        .communes
        .iter()
        .enumerate()
        .map(|(c, commune)| {
            let place = commune.place();
            let figures = commune.figures.clone().unwrap_or_default();
            let people = figures
                .exemplary_individuals
                .map(|total| named_of(catalog.named_in(c, Kind::Person), total, Kind::Person));
            let models = figures
                .models_maintained
                .map(|m| named_of(catalog.named_in(c, Kind::Model), m.total, Kind::Model));
            view! {
                <section class="summary">
                    <h1>{crate::model::capitalise(&place)}</h1>
                    {commune
                        .programme
                        .clone()
                        .map(|p| view! { <p class="programme">{t.programme} ": " {p}</p> })}
                    <ul class="completeness">
                        {people.map(|p| view! { <li>{p}</li> })}
                        {models.map(|m| view! { <li>{m}</li> })}
                    </ul>
                </section>
            }
        })
        .collect_view()
}
