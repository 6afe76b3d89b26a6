//! Everything known about one entry, over the list (which keeps its scroll
//! position and filters underneath), with its source and a share action.

use crate::catalog::{Catalog, Item};
use crate::components::card::{badge_class, card_link_id, OpenedFromList};
use crate::model::{capitalise, Commune, Recognition};
use crate::nav::{use_nav, Mode};
use crate::site_paths::presentation_link;
use crate::strings::{
    citation_tail, kind_label, photo_note, recognition_line, source_link_label, ui,
};
use crate::url_state::ViewState;
use leptos::ev;
use leptos::html;
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::sync::Arc;
use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;

#[component]
pub fn Detail(catalog: Arc<Catalog>) -> impl IntoView {
    let t = ui();
    let nav = use_nav();
    let opened = use_context::<OpenedFromList>();
    let open_id = nav.now().open.unwrap_or_default();
    let focus_id = card_link_id(&open_id);

    // Back to the list: pop the entry we pushed, or, for a shared link
    // opened directly, replace it with the list so Back leaves the site.
    let close = move || {
        let from_list = opened.is_some_and(|OpenedFromList(f)| f.get_value());
        if from_list {
            if let Ok(history) = window().history() {
                let _ = history.back();
                return;
            }
        }
        nav.go(&nav.now().list(), Mode::Replace);
    };
    let close_on_escape = close;
    let keys = window_event_listener(ev::keydown, move |e| {
        if e.key() == "Escape" {
            close_on_escape();
        }
    });

    let heading = NodeRef::<html::H1>::new();
    let previous_title = document().title();
    Effect::new(move |_| {
        if let Some(h) = heading.get() {
            let _ = h.focus();
        }
    });
    on_cleanup({
        let previous_title = previous_title.clone();
        move || {
            keys.remove();
            document().set_title(&previous_title);
            if let Some(OpenedFromList(f)) = opened {
                f.set_value(false);
            }
            let id = focus_id.clone();
            request_animation_frame(move || {
                if let Some(el) = document().get_element_by_id(&id) {
                    if let Ok(el) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(el) {
                        let _ = el.focus();
                    }
                }
            });
        }
    });

    // Rendered once for the id it opened with: going back closes the layer,
    // and re-rendering on the way out would flash "not found".
    let body = match catalog.item(&open_id) {
        Some(item) => {
            document().set_title(&format!("{} – {}", item.entry.title(), previous_title));
            entry_view(&catalog, item, heading).into_any()
        }
        None => view! {
            <h1 id="detail-title" tabindex="-1" node_ref=heading>{t.not_found_title}</h1>
            <p>{t.not_found_body}</p>
        }
        .into_any(),
    };

    view! {
        <div class="detail-layer">
            <section class="detail" role="dialog" aria-modal="true" aria-labelledby="detail-title">
                <button type="button" class="back" on:click=move |_| close()>
                    <span aria-hidden="true">"← "</span>
                    {t.back_to_list}
                </button>
                {body}
            </section>
        </div>
    }
}

fn entry_view(catalog: &Catalog, item: &Item, heading: NodeRef<html::H1>) -> impl IntoView {
    let t = ui();
    let e = &item.entry;
    let commune = catalog.communes.get(item.commune);
    let place = commune.map(Commune::place);
    let domains = catalog.domain_names(e);
    let source = catalog.source(&e.source).cloned();
    let row = |label: &'static str, value: Option<String>| {
        value.map(|v| view! { <dt>{label}</dt> <dd>{v}</dd> })
    };
    let village = e.village.clone().map(|v| format!("{} {v}", t.village_word));
    let poster = presentation_link(&ViewState::default().with_open(&e.id).with_posters());
    view! {
        <article class="entry">
            <div class="entry-head">
                <span class="avatar avatar-large" aria-hidden="true">{e.initials()}</span>
                <div>
                    <span class=badge_class(e.kind)>{kind_label(e.kind)}</span>
                    <h1 id="detail-title" tabindex="-1" node_ref=heading>{e.title()}</h1>
                </div>
            </div>
            <dl class="facts">
                {row(t.detail_role, e.role.clone())}
                {row(t.detail_organisation, e.organisation.clone())}
                {row(t.detail_village, village)}
                {row(t.detail_commune, place)}
                {row(t.detail_domains, (!domains.is_empty()).then(|| domains.join(", ")))}
                {row(t.detail_description, e.description.clone().map(|d| capitalise(&d)))}
            </dl>
            {(!e.recognitions.is_empty())
                .then(|| {
                    view! {
                        <h2>{t.detail_recognitions}</h2>
                        <ul class="awards">
                            {e.recognitions.iter().map(recognition_view).collect_view()}
                        </ul>
                    }
                })}
            <h2>{t.detail_source}</h2>
            {e.quote.clone().map(|q| view! {
                <blockquote class="quote" aria-label=t.detail_quote>"“" {q} "”"</blockquote>
            })}
            {source.map(|s| {
                let link = s.url.clone().filter(|u| u.starts_with("https://") || u.starts_with("http://"));
                view! {
                    <p class="citation"><cite>{s.title.clone()}</cite>{citation_tail(&s)}</p>
                    {link.map(|u| view! {
                        <p>
                            <a class="source-link" href=u.clone() target="_blank" rel="noopener noreferrer">
                                {source_link_label(&u)}
                            </a>
                        </p>
                    })}
                    {s.photo_caption.as_deref().map(|c| view! { <p class="photo-note">{photo_note(c)}</p> })}
                }
            })}
            <ShareButton title=e.title() />
            <p class="print-poster">
                <a class="button button-quiet" href=poster>{t.print_posters}</a>
            </p>
        </article>
    }
}

fn recognition_view(r: &Recognition) -> impl IntoView {
    let t = ui();
    let note = r
        .is_ambiguous()
        .then(|| format!(" ({})", t.recognition_unspecified));
    view! {
        <li>
            {recognition_line(r, true)}
            {note}
            {r.quote.clone().map(|q| view! { <span class="award-quote">" — “" {q} "”"</span> })}
        </li>
    }
}

/// Web Share where the phone has it (Zalo, Facebook appear there); else copy
/// the link and say so, or show it selected for copying by hand.
#[component]
fn ShareButton(title: String) -> impl IntoView {
    let t = ui();
    let message = RwSignal::new(None::<&'static str>);
    let url = window().location().href().unwrap_or_default();
    let manual = RwSignal::new(false);
    let share = {
        let url = url.clone();
        move |_| {
            let url = url.clone();
            let title = title.clone();
            spawn_local(async move {
                match share_or_copy(&title, &url).await {
                    Shared::ViaSheet => {}
                    Shared::Copied => message.set(Some(t.link_copied)),
                    Shared::Failed => {
                        message.set(Some(t.copy_failed));
                        manual.set(true);
                    }
                }
            });
        }
    };
    view! {
        <div class="share">
            <button type="button" class="button" on:click=share>{t.share}</button>
            <p class="share-status" role="status">{move || message.get()}</p>
            // Hidden rather than behind a `Show`: the same result with less wasm.
            <input
                class="share-url"
                type="text"
                readonly
                hidden=move || !manual.get()
                prop:value=url.clone()
                aria-label=t.share
                on:focus=select_all
            />
        </div>
    }
}

fn select_all(e: ev::FocusEvent) {
    event_target::<web_sys::HtmlInputElement>(&e).select();
}

enum Shared {
    ViaSheet,
    Copied,
    Failed,
}

async fn share_or_copy(title: &str, url: &str) -> Shared {
    let navigator = window().navigator();
    let has = |name: &str| {
        js_sys::Reflect::get(&navigator, &JsValue::from_str(name))
            .map(|v| !v.is_undefined() && !v.is_null())
            .unwrap_or(false)
    };
    if has("share") {
        let data = web_sys::ShareData::new();
        data.set_title(title);
        data.set_url(url);
        return match JsFuture::from(navigator.share_with_data(&data)).await {
            Ok(_) => Shared::ViaSheet,
            // Cancelled by the user is not a failure; anything else falls back to copying.
            Err(e) if is_abort(&e) => Shared::ViaSheet,
            Err(_) => copy(&navigator, url, has("clipboard")).await,
        };
    }
    copy(&navigator, url, has("clipboard")).await
}

async fn copy(navigator: &web_sys::Navigator, url: &str, available: bool) -> Shared {
    if !available {
        return Shared::Failed;
    }
    match JsFuture::from(navigator.clipboard().write_text(url)).await {
        Ok(_) => Shared::Copied,
        Err(_) => Shared::Failed,
    }
}

fn is_abort(e: &JsValue) -> bool {
    js_sys::Reflect::get(e, &JsValue::from_str("name"))
        .ok()
        .and_then(|n| n.as_string())
        .is_some_and(|n| n == "AbortError")
}
