//! Presenting the filtered list in a village hall: one entry per slide,
//! large enough to read from the back, driven by keys or a clicker remote,
//! with a QR code on each slide for the phones in the room.
//!
//! It lives on the presentation page (`presentation.rs`). The slide number
//! is in the URL beside the filters (`trinh-chieu=3`), so a reload or a
//! shared link resumes on the same slide of the same list; the key rules are
//! in `slideshow.rs`.

use crate::catalog::{Catalog, Results};
use crate::components::entry_sheet::{entry_sheet, ScanMe};
use crate::model::{capitalise, Kind};
use crate::nav::{use_nav, Mode, Nav};
use crate::presentation::{back_to_list, list_address};
use crate::public_address::PublicAddress;
use crate::slideshow::{Action, Auto, Command, Presenter, AUTO_SECONDS};
use crate::strings::{
    auto_running, facet_label, facet_value_label, kind_count, slide_announcement, slide_progress,
    ui,
};
use crate::url_state::ViewState;
use leptos::ev;
use leptos::html;
use leptos::prelude::*;
use std::sync::Arc;
use std::time::Duration;
use wasm_bindgen::JsCast;

/// On `<html>` while presenting: no page scrolling under the slides.
const PRESENTING_CLASS: &str = "presenting";

#[component]
pub fn Slideshow(catalog: Arc<Catalog>, results: Memo<Results>) -> impl IntoView {
    let t = ui();
    let nav = use_nav();
    let entries = Memo::new(move |_| results.with(|r| r.items.len()));
    // An old link may name a slide past the end: it shows the last one.
    let at = Memo::new(move |_| nav.state.with(|s| s.slide.unwrap_or(0)).min(entries.get()));
    let deck = Deck {
        nav,
        at,
        slides: Memo::new(move |_| entries.get() + 1),
        presenter: RwSignal::new(Presenter::default()),
        dark: RwSignal::new(false),
        timer: StoredValue::new(Timer::default()),
    };
    let fullscreen = RwSignal::new(is_fullscreen());

    let keys = window_event_listener(ev::keydown, move |e| {
        if e.ctrl_key() || e.alt_key() || e.meta_key() {
            return;
        }
        let key = e.key();
        // Esc in fullscreen leaves fullscreen first, as browsers do where
        // they keep the key to themselves.
        if key == "Escape" && is_fullscreen() {
            document().exit_fullscreen();
            return;
        }
        let Some(command) = Command::for_key(&key) else {
            return;
        };
        // A focused button keeps Enter and Space for itself (keyboard users
        // reach the bar with Tab), except while a slide number is typed.
        let on_button = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlButtonElement>().ok())
            .is_some();
        let typing = deck.presenter.with_untracked(|p| p.jump.is_some());
        if on_button && !typing && (key == "Enter" || key == " ") {
            return;
        }
        e.prevent_default();
        deck.run(command);
    });
    let fullscreen_change = window_event_listener_untyped("fullscreenchange", move |_| {
        fullscreen.set(is_fullscreen());
    });
    set_presenting(true);
    on_cleanup(move || {
        keys.remove();
        fullscreen_change.remove();
        deck.stop_timer();
        set_presenting(false);
    });

    // Swipes on touch screens: left for the next slide, right for the previous.
    let swipe_from = StoredValue::new(None::<(i32, i32)>);
    let on_down = move |e: ev::PointerEvent| {
        if e.pointer_type() == "touch" {
            swipe_from.set_value(Some((e.client_x(), e.client_y())));
        }
    };
    let on_up = move |e: ev::PointerEvent| {
        if let Some((x, y)) = swipe_from.get_value() {
            swipe_from.set_value(None);
            let (dx, dy) = (e.client_x() - x, e.client_y() - y);
            if dx.abs() > 60 && dx.abs() > dy.abs() {
                deck.run(if dx < 0 {
                    Command::Next
                } else {
                    Command::Previous
                });
            }
        }
    };

    let root = NodeRef::<html::Div>::new();
    Effect::new(move |_| {
        if let Some(el) = root.get() {
            let _ = el.focus();
        }
    });

    let address = PublicAddress::new(catalog.site_url.as_deref(), &list_address());
    let slide = {
        let catalog = catalog.clone();
        move || {
            let n = at.get();
            let body = if n == 0 {
                let view = nav.state.with(ViewState::list);
                results
                    .with(|r| intro(&catalog, r, &view, &address))
                    .into_any()
            } else {
                results
                    .with(|r| r.items.get(n - 1).copied())
                    .and_then(|i| catalog.items.get(i))
                    .map(|item| entry_sheet(&catalog, item, &address))
                    .into_any()
            };
            view! { <div class="slide">{body}</div> }
        }
    };
    let announcement = {
        let catalog = catalog.clone();
        move || {
            let n = at.get();
            let title = match n {
                0 => catalog.communes.first().map(|c| capitalise(&c.place())),
                _ => results
                    .with(|r| r.items.get(n - 1).copied())
                    .and_then(|i| catalog.items.get(i))
                    .map(|item| item.entry.title()),
            };
            slide_announcement(n, entries.get(), &title.unwrap_or_default())
        }
    };
    let auto = Memo::new(move |_| deck.presenter.with(|p| p.auto));
    let help = move || deck.presenter.with(|p| p.help);
    // In place of the slideshow, so that "Quay lại danh sách" (Back) on the
    // posters returns to the list the slideshow came from.
    let posters = move |_| nav.go(&nav.now().with_posters(), Mode::Replace);
    let button = move |label: Signal<String>, command: Command, keys: &'static str| {
        view! {
            <button
                type="button"
                aria-keyshortcuts=keys
                // A click leaves the focus where it was, so a clicker's
                // Space never presses the last button clicked.
                on:mousedown=|e| e.prevent_default()
                on:click=move |_| deck.run(command)
            >
                {label}
            </button>
        }
    };
    let theme_label = Signal::derive(move || {
        if deck.dark.get() {
            t.theme_light
        } else {
            t.theme_dark
        }
        .to_string()
    });
    let fullscreen_label = Signal::derive(move || {
        if fullscreen.get() {
            t.fullscreen_leave
        } else {
            t.fullscreen
        }
        .to_string()
    });
    let auto_label = Signal::derive(move || match auto.get() {
        Auto::Running => auto_running(AUTO_SECONDS),
        Auto::Paused => t.auto_paused.to_string(),
        Auto::Off => t.auto_start.to_string(),
    });

    view! {
        <div
            class="slideshow"
            class:theme-dark=move || deck.dark.get()
            role="region"
            aria-label=t.slideshow
            tabindex="-1"
            node_ref=root
            on:pointerdown=on_down
            on:pointerup=on_up
        >
            {slide}
            {move || {
                at.track();
                (auto.get() == Auto::Running)
                    .then(|| view! { <div class="auto-timer" aria-hidden="true"></div> })
            }}
            <nav class="slide-bar" aria-label=t.slideshow>
                {button(Signal::stored(format!("← {}", t.slide_previous)), Command::Previous, "ArrowLeft")}
                <span class="slide-progress">{move || slide_progress(at.get(), entries.get())}</span>
                {button(Signal::stored(format!("{} →", t.slide_next)), Command::Next, "ArrowRight")}
                <span class="slide-tools">
                    {button(auto_label, Command::ToggleAuto, "A")}
                    {button(theme_label, Command::Theme, "T")}
                    {button(fullscreen_label, Command::Fullscreen, "F")}
                    {button(Signal::stored(format!("? {}", t.keys_help)), Command::Help, "?")}
                    <button type="button" on:mousedown=|e| e.prevent_default() on:click=posters>
                        {t.print_posters}
                    </button>
                    {button(Signal::stored(t.leave_slideshow.to_string()), Command::Exit, "Escape")}
                </span>
            </nav>
            <p class="visually-hidden" aria-live="polite">{announcement}</p>
            {move || {
                deck.presenter
                    .with(|p| p.jump.clone())
                    .map(|digits| {
                        view! {
                            <p class="slide-jump" role="status">
                                {t.jump_to} ": " <strong>{digits}</strong> " ↵"
                            </p>
                        }
                    })
            }}
            {move || {
                help()
                    .then(|| {
                        view! {
                            <div class="slide-help" role="dialog" aria-labelledby="slide-help-title">
                                <h2 id="slide-help-title">{t.keys_help_title}</h2>
                                <dl>
                                    {t
                                        .keys_help_rows
                                        .iter()
                                        .map(|&(keys, what)| view! { <dt>{keys}</dt> <dd>{what}</dd> })
                                        .collect_view()}
                                </dl>
                            </div>
                        }
                    })
            }}
            <div
                class="slide-blank"
                hidden=move || !deck.presenter.with(|p| p.blank)
                on:click=move |_| deck.run(Command::Blank)
            ></div>
        </div>
    }
}

/// The first slide: where, which list, how many, and a code for the list.
fn intro(
    catalog: &Catalog,
    results: &Results,
    view: &ViewState,
    address: &PublicAddress,
) -> impl IntoView {
    let t = ui();
    let mut communes: Vec<usize> = results
        .items
        .iter()
        .filter_map(|&i| catalog.items.get(i).map(|item| item.commune))
        .collect();
    communes.sort_unstable();
    communes.dedup();
    let places = communes
        .iter()
        .filter_map(|&c| catalog.communes.get(c))
        .map(|c| capitalise(&c.place()))
        .collect::<Vec<_>>()
        .join(" · ");
    let programme = communes
        .first()
        .and_then(|&c| catalog.communes.get(c))
        .and_then(|c| c.programme.clone());
    let mut filters: Vec<String> = view
        .selection
        .iter()
        .filter_map(|(facet, key)| {
            let value = catalog.facets.value(facet, key)?;
            Some(format!(
                "{}: {}",
                facet_label(facet),
                facet_value_label(facet, value)
            ))
        })
        .collect();
    if !view.query.trim().is_empty() {
        filters.insert(0, format!("{}: “{}”", t.search_word, view.query.trim()));
    }
    let filter_line = if filters.is_empty() {
        t.all_entries.to_string()
    } else {
        format!("{}: {}", t.active_filters, filters.join(" · "))
    };
    let count = |kind: Kind| {
        results
            .items
            .iter()
            .filter(|&&i| {
                catalog
                    .items
                    .get(i)
                    .is_some_and(|item| item.entry.kind == kind)
            })
            .count()
    };
    let counts = kind_count(count(Kind::Person), count(Kind::Model));
    view! {
        <article class="sheet sheet-intro">
            <div class="sheet-text">
                <p class="sheet-kicker">{t.app_name}</p>
                <h2 class="sheet-name">{places}</h2>
                {programme.map(|p| view! { <p class="sheet-role">{t.programme} ": " {p}</p> })}
                <p class="sheet-filter">{filter_line}</p>
                <p class="sheet-desc">{counts}</p>
                <p class="sheet-hint">{t.slide_start_hint}</p>
            </div>
            <ScanMe url=address.view_url(view) label=t.scan_list reachable=address.reachable />
        </article>
    }
}

/// The next auto-advance: one timeout at a time, re-armed after each slide.
/// Stopping moves to the next round instead of clearing the timeout, so a
/// timeout that fires late does nothing.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct Timer {
    armed: bool,
    round: u32,
}

/// The slideshow's handles, all `Copy`, so that keys, buttons, swipes and
/// the auto-advance timer share one set of rules.
#[derive(Clone, Copy)]
struct Deck {
    nav: Nav,
    at: Memo<usize>,
    slides: Memo<usize>,
    presenter: RwSignal<Presenter>,
    dark: RwSignal<bool>,
    timer: StoredValue<Timer>,
}

impl Deck {
    fn run(self, command: Command) {
        let (at, slides) = (self.at.get_untracked(), self.slides.get_untracked());
        let action = self
            .presenter
            .try_update(|p| p.handle(command, at, slides))
            .unwrap_or(Action::Stay);
        self.act(action);
    }

    fn tick(self) {
        let (at, slides) = (self.at.get_untracked(), self.slides.get_untracked());
        let action = self
            .presenter
            .try_update(|p| p.tick(at, slides))
            .unwrap_or(Action::Stay);
        self.act(action);
    }

    fn act(self, action: Action) {
        match action {
            Action::Stay => {}
            Action::Go(n) => self.nav.go(&self.nav.now().with_slide(n), Mode::Replace),
            Action::ToggleFullscreen => toggle_fullscreen(),
            Action::ToggleTheme => self.dark.update(|d| *d = !*d),
            Action::Leave => self.leave(),
        }
        self.sync_timer();
    }

    /// Arms or disarms the next auto-advance to match the presenter.
    fn sync_timer(self) {
        let running = self.presenter.with_untracked(|p| p.auto == Auto::Running);
        let Some(timer) = self.timer.try_get_value() else {
            return;
        };
        if running && !timer.armed {
            let round = timer.round;
            self.timer.set_value(Timer { armed: true, round });
            let every = Duration::from_secs(u64::from(AUTO_SECONDS));
            set_timeout(
                move || {
                    // A stop since then (a pause, leaving) made this one stale.
                    if self.timer.try_get_value() == Some(Timer { armed: true, round }) {
                        self.timer.set_value(Timer {
                            armed: false,
                            round,
                        });
                        self.tick();
                    }
                },
                every,
            );
        } else if !running && timer.armed {
            self.stop_timer();
        }
    }

    fn stop_timer(self) {
        self.timer.try_update_value(|t| {
            t.armed = false;
            t.round = t.round.wrapping_add(1);
        });
    }

    /// Back to the list with its filters.
    fn leave(self) {
        self.stop_timer();
        if is_fullscreen() {
            document().exit_fullscreen();
        }
        back_to_list(&self.nav.now());
    }
}

fn is_fullscreen() -> bool {
    document().fullscreen_element().is_some()
}

fn toggle_fullscreen() {
    if is_fullscreen() {
        document().exit_fullscreen();
    } else if let Some(el) = document().document_element() {
        let _ = el.request_fullscreen();
    }
}

fn set_presenting(on: bool) {
    if let Some(el) = document().document_element() {
        let classes = el.class_list();
        let _ = if on {
            classes.add_1(PRESENTING_CLASS)
        } else {
            classes.remove_1(PRESENTING_CLASS)
        };
    }
}
