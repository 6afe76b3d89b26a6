//! The filter checkboxes, grouped per facet in `fieldset`/`legend`, each
//! with the count it would give, and the removable chips of active filters.

use crate::catalog::{Catalog, Results};
use crate::facets::{Facet, Selection};
use crate::nav::{use_nav, Mode};
use crate::strings::{facet_label, facet_value_label, remove_chip, ui};
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn FacetPanel(
    catalog: Arc<Catalog>,
    selection: Memo<Selection>,
    results: Memo<Results>,
    /// Whether the panel is open. While it is folded the counts keep their
    /// last figures and do not follow the results.
    shown: RwSignal<bool>,
) -> impl IntoView {
    let nav = use_nav();
    // The unit is static text for screen readers, not an `aria-label` on the
    // count: a label on a plain span is not announced everywhere, and it was
    // one more attribute to rewrite for every count a change touches.
    let unit = ui().count_unit;
    let groups = Facet::ALL
        .into_iter()
        .filter(|&f| !catalog.facets.values(f).is_empty())
        .map(|facet| {
            let options = catalog
                .facets
                .values(facet)
                .iter()
                .enumerate()
                .map(|(i, value)| {
                    let key = value.key.clone();
                    let label = facet_value_label(facet, value);
                    let checked = {
                        let key = key.clone();
                        move || selection.with(|s| s.contains(facet, &key))
                    };
                    // Two places show it; a memo runs them only when it changes,
                    // which on most keystrokes most counts do not.
                    let count = Memo::new(move |last: Option<&usize>| match (shown.get(), last) {
                        (false, Some(&last)) => last,
                        _ => results.with(|r| r.facets.count(facet, i)),
                    });
                    let count = move || count.get();
                    let toggle = move |_| {
                        let mut next = nav.now().list();
                        next.selection.toggle(facet, &key);
                        nav.go(&next, Mode::Replace);
                    };
                    view! {
                        <li>
                            <label class="option" class:zero=move || count() == 0>
                                <input type="checkbox" prop:checked=checked on:change=toggle />
                                <span class="option-label">{label}</span>
                                <span class="count">{count}</span>
                                <span class="visually-hidden">{unit}</span>
                            </label>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <fieldset class="facet">
                    <legend>{facet_label(facet)}</legend>
                    <ul class="options">{options}</ul>
                </fieldset>
            }
        })
        .collect_view();
    view! { <div class="facet-groups">{groups}</div> }
}

/// Chips for every active filter, plus "clear all".
#[component]
pub fn ActiveFilters(
    catalog: Arc<Catalog>,
    selection: Memo<Selection>,
    on_clear: Callback<()>,
) -> impl IntoView {
    let t = ui();
    let nav = use_nav();
    let state = nav.state;
    let any = {
        let catalog = catalog.clone();
        move || {
            state.with(|s| {
                catalog.facets.known_count(&s.selection) > 0 || !s.query.trim().is_empty()
            })
        }
    };
    let chips = move || {
        selection.with(|s| {
            s.iter()
                .filter_map(|(facet, key)| {
                    let value = catalog.facets.value(facet, key)?;
                    let label = facet_value_label(facet, value);
                    let key = key.to_string();
                    let remove = move |_| {
                        let mut next = nav.now().list();
                        next.selection.remove(facet, &key);
                        nav.go(&next, Mode::Replace);
                    };
                    Some(view! {
                        <li>
                            <button
                                type="button"
                                class="chip"
                                aria-label=remove_chip(facet, &label)
                                on:click=remove
                            >
                                <span class="chip-facet">{facet_label(facet)} ": "</span>
                                {label.clone()}
                                <span class="chip-x" aria-hidden="true">"×"</span>
                            </button>
                        </li>
                    })
                })
                .collect_view()
        })
    };
    view! {
        <Show when=any>
            <div class="active-filters">
                <span class="active-label">{t.active_filters}</span>
                <ul class="chips">{chips.clone()}</ul>
                <button type="button" class="link-button" on:click=move |_| on_clear.run(())>
                    {t.clear_all}
                </button>
            </div>
        </Show>
    }
}
