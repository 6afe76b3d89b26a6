//! The browse screen: search, sort, facets, the card grid, and the entry
//! detail on top of it when the URL names one. The same components render
//! the first screen into `index.html` at build time (`prerender.rs`).

use crate::api::LoadError;
use crate::catalog::{Catalog, Results};
use crate::components::card::{Card, OpenedFromList};
use crate::components::drop_later::DropLater;
use crate::components::facet_panel::{ActiveFilters, FacetPanel};
use crate::components::states::{data_problems, LoadFailed, Skeleton};
use crate::model::Kind;
use crate::nav::{use_nav, Mode};
use crate::pages::detail::Detail;
use crate::paging::{first_frame, Paging};
use crate::site_paths::presentation_link;
use crate::sort::SortOrder;
use crate::strings::{cards_shown, data_updated, named_of, result_count, sort_label, ui};
use crate::url_state::ViewState;
use leptos::prelude::*;
use std::sync::Arc;
use std::time::Duration;

/// The data as far as it has come: `None` while it loads.
pub type Loaded = Option<Result<Arc<Catalog>, LoadError>>;

/// Whether the filter panel starts open. Wide screens show it beside the
/// cards; phones keep it folded above them. Provided by whoever mounts the
/// screen, which knows the window (the prerender does not).
#[derive(Clone, Copy, Debug, Default)]
pub struct FiltersOpen(pub bool);

/// The search box and the sort, which start-up reads on the static screen.
pub const SEARCH_ID: &str = "search";
pub const SORT_ID: &str = "sort";

/// The width from which the filters sit beside the cards (as in main.css).
pub const WIDE_LAYOUT: &str = "(min-width: 60rem)";

#[component]
pub fn BrowsePage(data: Signal<Loaded>, on_retry: Callback<()>) -> impl IntoView {
    view! {
        <SiteHeader />
        {move || match data.get() {
            None => view! { <main class="wrap"><Skeleton /></main> }.into_any(),
            Some(Ok(catalog)) => view! { <Browse catalog on_retry /> }.into_any(),
            Some(Err(_)) => view! { <main class="wrap"><LoadFailed on_retry /></main> }.into_any(),
        }}
    }
}

#[component]
pub fn SiteHeader() -> impl IntoView {
    let t = ui();
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
                {data_problems(&catalog.problems, false)}
                <button type="button" class="button" on:click=move |_| on_retry.run(())>
                    {t.retry}
                </button>
            </main>
        }
        .into_any();
    }
    provide_context(OpenedFromList(StoredValue::new(false)));
    let nav = use_nav();
    let state = nav.state;
    let list_state = Memo::new(move |_| state.with(ViewState::list));
    // Checkboxes, chips and the filter count follow this, not every keystroke.
    let selection = Memo::new(move |_| {
        nav.filters_changed.track();
        state.with_untracked(|s| s.selection.clone())
    });
    let results: Memo<Results> = {
        let catalog = catalog.clone();
        Memo::new(move |previous: Option<&Results>| {
            list_state.with(|s| catalog.results(s, previous))
        })
    };
    let total = catalog.items.len();

    // The box is the source of its own text while typing; the URL follows it.
    // Setting it from the URL on every change would fight fast typists.
    let typed = RwSignal::new(state.get_untracked().query);
    let on_input = move |ev: leptos::ev::Event| {
        let value = event_target_value(&ev);
        // The box already shows it: writing it back would be work per key.
        typed.update_untracked(|t| t.clone_from(&value));
        let mut next = nav.now().list();
        next.query = value;
        nav.go(&next, Mode::Replace);
    };
    let clear = Callback::new(move |()| {
        typed.set(String::new());
        nav.go(&nav.now().cleared(), Mode::Replace);
    });
    let on_sort = move |ev: leptos::ev::Event| {
        let mut next = nav.now().list();
        next.sort = SortOrder::from_key(&event_target_value(&ev)).unwrap_or_default();
        nav.go(&next, Mode::Replace);
    };
    let detail_open = move || state.with(|s| s.open.is_some());
    let filters_open = use_context::<FiltersOpen>().unwrap_or_default().0;
    // The counts follow the results only while they can be seen (a phone
    // keeps the panel folded): otherwise every keystroke would wake them all.
    let panel_open = RwSignal::new(filters_open);
    let on_toggle = move |ev: leptos::ev::Event| {
        panel_open.set(event_target::<web_sys::Element>(&ev).has_attribute("open"));
    };
    let active_count = {
        let catalog = catalog.clone();
        move || selection.with(|s| catalog.facets.known_count(s))
    };
    let for_cards = catalog.clone();
    let for_detail = catalog.clone();
    // The presentation page (slideshow, posters) shows this same list.
    let present_href = move || list_state.with(|s| presentation_link(&s.with_slide(0)));
    let posters_href = move || list_state.with(|s| presentation_link(&s.with_posters()));
    let no_results = move || results.with(|r| r.items.is_empty());

    view! {
        <main class="wrap browse" inert=detail_open>
            <Summary catalog=catalog.clone() />
            {catalog.updated.as_deref().map(|d| view! { <p class="data-date">{data_updated(d)}</p> })}
            {(!catalog.problems.is_empty())
                .then(|| data_problems(&catalog.problems, true))}
            <div class="toolbar">
                <div class="search">
                    <label for=SEARCH_ID>{t.search_label}</label>
                    <input
                        id=SEARCH_ID
                        type="search"
                        autocomplete="off"
                        spellcheck="false"
                        placeholder=t.search_placeholder
                        prop:value=move || typed.get()
                        on:input=on_input
                    />
                </div>
                <div class="sort">
                    <label for=SORT_ID>{t.sort_label}</label>
                    <select id=SORT_ID on:change=on_sort prop:value=move || state.with(|s| s.sort.key())>
                        {SortOrder::ALL
                            .into_iter()
                            .map(|o| view! { <option value=o.key()>{sort_label(o)}</option> })
                            .collect_view()}
                    </select>
                </div>
            </div>
            <div class="layout">
                <details class="filters" open=filters_open on:toggle=on_toggle>
                    <summary>
                        {t.filters_heading}
                        {move || {
                            let n = active_count();
                            (n > 0).then(|| format!(" ({n})"))
                        }}
                    </summary>
                    <FacetPanel catalog=catalog.clone() selection results shown=panel_open />
                </details>
                <section class="results" aria-labelledby="result-count">
                    <ActiveFilters catalog=catalog.clone() selection on_clear=clear />
                    <div class="result-head">
                        <p id="result-count" class="result-count" role="status">
                            {move || result_count(results.with(|r| r.items.len()), total)}
                        </p>
                        <p class="list-actions" hidden=no_results>
                            <a class="button button-quiet" href=present_href>{t.present}</a>
                            <a class="button button-quiet" href=posters_href>{t.print_posters}</a>
                        </p>
                    </div>
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
                        <CardGrid catalog=for_cards.clone() results list_state />
                    </Show>
                </section>
            </div>
            <footer class="site-footer">
                <p>{t.footer_note}</p>
                <p>
                    <a href=presentation_link(&ViewState { checker: true, ..ViewState::default() })>
                        {t.checker_link}
                    </a>
                </p>
            </footer>
        </main>
        <Show when=detail_open>
            <Detail catalog=for_detail.clone() />
        </Show>
    }
    .into_any()
}

/// A page of cards at a time, keyed by entry: a card is built once and kept
/// while it stays on the page (its highlights follow the search), so a
/// keystroke, a filter change or "Xem thêm" only builds the cards that are new.
/// The cards that leave are freed after the paint (`DropLater`).
#[component]
fn CardGrid(
    catalog: Arc<Catalog>,
    results: Memo<Results>,
    list_state: Memo<ViewState>,
) -> impl IntoView {
    let t = ui();
    let paging = RwSignal::new(Paging::default());
    let shown = Memo::new(move |_| {
        let matches = results.with(|r| r.items.len());
        paging.with(|p| list_state.with(|v| p.shown(v, matches)))
    });
    // Read when the search changes, not whenever the results do.
    let nav = use_nav();
    let query = Memo::new(move |_| {
        nav.query_changed.track();
        results.with_untracked(|r| r.query.clone())
    });
    // A change draws its first screen of new cards in the frame after the
    // key or tick, and the rest a screen per frame after that (see
    // `first_frame`). The page after start-up is drawn whole: it replaces the
    // prerendered one, scrolled as the visitor left it.
    let draw_more = Trigger::new();
    let page = Memo::new(move |on_page: Option<&Vec<usize>>| {
        draw_more.track();
        let wanted: Vec<usize> =
            results.with(|r| r.items.iter().take(shown.get()).copied().collect());
        let Some(on_page) = on_page else {
            return wanted;
        };
        let drawn = first_frame(&wanted, on_page);
        if drawn.len() < wanted.len() {
            // After this frame is painted, not before it. Asked for here, where
            // the page is known to be short, rather than by an Effect that
            // would watch this memo to learn the same thing.
            request_animation_frame(move || {
                set_timeout(move || draw_more.notify(), Duration::ZERO);
            });
        }
        drawn
    });
    let more_left = move || results.with(|r| shown.get() < r.items.len());
    let more = move |_| paging.update(|p| *p = p.more(&list_state.get_untracked()));
    view! {
        <ul class="cards">
            <For each=move || page.get() key=|&index| index let(index)>
                {DropLater::new(|on_page| {
                    view! {
                        <li>
                            <Card catalog=catalog.clone() index query on_page />
                        </li>
                    }
                        .into_any()
                })}
            </For>
        </ul>
        <Show when=more_left>
            <div class="more">
                <p class="more-status">
                    {move || cards_shown(shown.get(), results.with(|r| r.items.len()))}
                </p>
                <button type="button" class="button more-button" on:click=more>
                    {t.show_more}
                </button>
            </div>
        </Show>
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
