//! Loading, failure and data-problem states, so no screen is ever blank.

use crate::strings::{problem_message, ui};
use crate::validate::{errors_first, Problem};
use leptos::prelude::*;

/// Grey cards in the grid's shape while the data loads on a slow network.
#[component]
pub fn Skeleton() -> impl IntoView {
    let t = ui();
    view! {
        <div class="skeleton" aria-busy="true">
            <p role="status" class="status">{t.loading}</p>
            <ul class="cards" aria-hidden="true">
                {(0..6)
                    .map(|_| {
                        view! {
                            <li class="card card-skeleton">
                                <span class="bone bone-avatar"></span>
                                <span class="bone bone-title"></span>
                                <span class="bone"></span>
                                <span class="bone bone-short"></span>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </div>
    }
}

/// The data file could not be fetched at all.
#[component]
pub fn LoadFailed(on_retry: Callback<()>) -> impl IntoView {
    let t = ui();
    view! {
        <section class="notice notice-error" role="alert">
            <h2>{t.load_failed_title}</h2>
            <p>{t.load_failed_body}</p>
            <button type="button" class="button" on:click=move |_| on_retry.run(())>
                {t.retry}
            </button>
        </section>
    }
}

/// What validation found, errors first, each naming the entry and field.
/// `usable` says whether any entry survived (the wording differs).
pub fn data_problems(problems: &[Problem], usable: bool) -> impl IntoView {
    let t = ui();
    let problems = errors_first(problems);
    view! {
        <section class="notice notice-warning" role="alert">
            <h2>{if usable { t.data_problems_title } else { t.data_unusable_title }}</h2>
            <p>{if usable { t.data_problems_body } else { t.data_unusable_body }}</p>
            <ul class="problem-list">
                {problems
                    .into_iter()
                    .map(|p| view! { <li>{problem_message(p)}</li> })
                    .collect_view()}
            </ul>
        </section>
    }
}
