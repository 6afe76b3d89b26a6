//! "Kiểm tra dữ liệu", for commune officers: open the data file from the
//! computer or phone (it is read in the browser and never leaves the
//! device), see every problem in Vietnamese with English beside it, and the
//! cards as they would be published. The same checking as the app and the
//! `kiem-tra` command (`validate.rs`, `report.rs`).

use crate::catalog::Catalog;
use crate::components::card::Card;
use crate::components::tool_bar::ToolBar;
use crate::report;
use crate::strings::ui;
use crate::url_state::ViewState;
use crate::validate::{errors_first, Severity};
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::sync::Arc;
use wasm_bindgen_futures::JsFuture;

/// As on the list: the first page of cards.
const PREVIEW: usize = 30;

struct Checked {
    file: String,
    catalog: Arc<Catalog>,
}

#[component]
pub fn CheckerPage() -> impl IntoView {
    let t = ui();
    let checked = RwSignal::new(None::<Arc<Checked>>);
    let reading = RwSignal::new(false);
    let on_change = move |ev: leptos::ev::Event| {
        let input = event_target::<web_sys::HtmlInputElement>(&ev);
        let Some(file) = input.files().and_then(|files| files.get(0)) else {
            return;
        };
        reading.set(true);
        spawn_local(async move {
            // Read as the app reads its data file.
            let bytes = JsFuture::from(file.array_buffer())
                .await
                .map(|buffer| js_sys::Uint8Array::new(&buffer).to_vec())
                .unwrap_or_default();
            let text = crate::validate::file_text(&bytes);
            // In slices, as the list does: "Đang đọc tệp…" stays painted and
            // the page answers while a large file is checked.
            let catalog = crate::api::prepare(&text).await;
            checked.set(Some(Arc::new(Checked {
                file: file.name(),
                catalog: Arc::new(catalog),
            })));
            reading.set(false);
        });
    };
    let no_query = Memo::new(|_| None);
    let result = move || {
        checked.get().map(|c| {
            let (vi, en) = report::summary(&c.catalog.problems, c.catalog.listed);
            let problems = errors_first(&c.catalog.problems)
                .into_iter()
                .map(|p| {
                    let (vi, en) = report::lines(p);
                    let class = match p.severity {
                        Severity::Error => "problem problem-error",
                        Severity::Warning => "problem problem-warning",
                    };
                    view! {
                        <li class=class>
                            <span>{vi}</span>
                            <span class="problem-en" lang="en">{en}</span>
                        </li>
                    }
                })
                .collect_view();
            let order = c.catalog.results(&ViewState::default(), None).items;
            let shown = order.len().min(PREVIEW);
            let cards = order
                .into_iter()
                .take(PREVIEW)
                .map(|index| view! { <li><Card catalog=c.catalog.clone() index query=no_query /></li> })
                .collect_view();
            view! {
                <section class="checker-report" aria-labelledby="checker-file">
                    <h2 id="checker-file">{c.file.clone()}</h2>
                    <p class="checker-summary" role="status">
                        <strong>{vi}</strong>
                        " / "
                        <span lang="en">{en}</span>
                    </p>
                    <ul class="problems">{problems}</ul>
                </section>
                <section class="checker-preview" aria-labelledby="checker-preview">
                    <h2 id="checker-preview">{t.checker_preview}</h2>
                    <p>
                        {if shown == 0 {
                            t.checker_nothing.to_string()
                        } else {
                            crate::strings::cards_shown(shown, c.catalog.items.len())
                        }}
                    </p>
                    <ul class="cards">{cards}</ul>
                </section>
            }
        })
    };
    view! {
        <ToolBar title=t.checker_title.to_string() intro=t.checker_intro>
            <label class="button file-button">
                {t.checker_choose}
                <input
                    type="file"
                    accept=".json,application/json"
                    class="visually-hidden"
                    on:change=on_change
                />
            </label>
        </ToolBar>
        <main class="wrap checker">
            {move || reading.get().then(|| view! { <p role="status">{t.checker_reading}</p> })}
            {result}
        </main>
    }
}
