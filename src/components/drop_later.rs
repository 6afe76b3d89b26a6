//! A view whose DOM and reactive parts are freed after the next paint rather
//! than when it leaves the page.
//!
//! A filter change or a keystroke replaces most of a page of cards, and
//! freeing the cards that left (their elements, listeners and the effects
//! that keep their highlights) was the largest single part of that work, all
//! of it done before the browser could paint the new results. Nobody sees a
//! detached card go, so it can go a frame later.

use leptos::prelude::*;
use leptos::tachys::html::attribute::{any_attribute::AnyAttribute, Attribute};
use leptos::tachys::hydration::Cursor;
use leptos::tachys::renderer::types::{Element, Node};
use leptos::tachys::view::add_attr::AddAnyAttr;
use leptos::tachys::view::any_view::AnyViewState;
use leptos::tachys::view::{Mountable, Position, PositionState, Render, RenderHtml};
use std::cell::RefCell;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Duration;

/// Whether a view is still on the page, for the reactive parts of a view that
/// would otherwise keep running between its leaving and its being freed.
#[derive(Clone)]
pub struct OnPage(Arc<AtomicBool>);

impl OnPage {
    pub fn get(&self) -> bool {
        self.0.load(Ordering::Relaxed)
    }
}

/// A view freed after the next paint once it leaves the page.
pub struct DropLater {
    view: AnyView,
    on_page: OnPage,
}

impl DropLater {
    /// `make` builds the view, given the flag that says whether it is still
    /// on the page.
    pub fn new(make: impl FnOnce(OnPage) -> AnyView) -> Self {
        let on_page = OnPage(Arc::new(AtomicBool::new(true)));
        DropLater {
            view: make(on_page.clone()),
            on_page,
        }
    }
}

pub struct DropLaterState {
    state: Option<AnyViewState>,
    on_page: OnPage,
}

thread_local! {
    static LEAVING: RefCell<Vec<AnyViewState>> = const { RefCell::new(Vec::new()) };
}

impl Drop for DropLaterState {
    fn drop(&mut self) {
        self.on_page.0.store(false, Ordering::Relaxed);
        let Some(state) = self.state.take() else {
            return;
        };
        let first = LEAVING.with_borrow_mut(|leaving| {
            leaving.push(state);
            leaving.len() == 1
        });
        if first {
            // After the frame is painted: a timeout from the animation frame
            // runs once the frame has been handed to the compositor.
            request_animation_frame(|| {
                set_timeout(
                    || drop(LEAVING.with_borrow_mut(std::mem::take)),
                    Duration::ZERO,
                )
            });
        }
    }
}

impl Render for DropLater {
    type State = DropLaterState;

    fn build(self) -> Self::State {
        DropLaterState {
            state: Some(self.view.build()),
            on_page: self.on_page,
        }
    }

    fn rebuild(self, state: &mut Self::State) {
        if let Some(inner) = &mut state.state {
            self.view.rebuild(inner);
        }
    }
}

impl Mountable for DropLaterState {
    fn unmount(&mut self) {
        if let Some(state) = &mut self.state {
            state.unmount();
        }
    }

    fn mount(&mut self, parent: &Element, marker: Option<&Node>) {
        if let Some(state) = &mut self.state {
            state.mount(parent, marker);
        }
    }

    fn insert_before_this(&self, child: &mut dyn Mountable) -> bool {
        self.state
            .as_ref()
            .is_some_and(|state| state.insert_before_this(child))
    }

    fn elements(&self) -> Vec<Element> {
        self.state
            .as_ref()
            .map_or_else(Vec::new, |state| state.elements())
    }
}

impl AddAnyAttr for DropLater {
    type Output<SomeNewAttr: Attribute> = DropLater;

    fn add_any_attr<NewAttr: Attribute>(self, attr: NewAttr) -> Self::Output<NewAttr>
    where
        Self::Output<NewAttr>: RenderHtml,
    {
        DropLater {
            view: self.view.add_any_attr(attr).into_any(),
            on_page: self.on_page,
        }
    }
}

impl RenderHtml for DropLater {
    type AsyncOutput = DropLater;
    type Owned = DropLater;
    const MIN_LENGTH: usize = AnyView::MIN_LENGTH;

    fn dry_resolve(&mut self) {
        self.view.dry_resolve();
    }

    async fn resolve(self) -> Self::AsyncOutput {
        DropLater {
            view: self.view.resolve().await,
            on_page: self.on_page,
        }
    }

    fn to_html_with_buf(
        self,
        buf: &mut String,
        position: &mut Position,
        escape: bool,
        mark_branches: bool,
        extra_attrs: Vec<AnyAttribute>,
    ) {
        self.view
            .to_html_with_buf(buf, position, escape, mark_branches, extra_attrs);
    }

    fn hydrate<const FROM_SERVER: bool>(
        self,
        cursor: &Cursor,
        position: &PositionState,
    ) -> Self::State {
        DropLaterState {
            state: Some(self.view.hydrate::<FROM_SERVER>(cursor, position)),
            on_page: self.on_page,
        }
    }

    fn into_owned(self) -> Self::Owned {
        self
    }
}
