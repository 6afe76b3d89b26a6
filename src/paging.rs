//! How many cards of a result list are on the page. A phone cannot hold
//! 10,000 cards in its DOM, so the list shows a page at a time and "Xem
//! thêm" adds the next; the counts above it still cover every match.
//!
//! The pages shown belong to one view: a new search, filter or sort starts
//! again at the first page, while opening an entry and coming back does not
//! (the list underneath is the same view).

use crate::url_state::ViewState;

/// Cards per page: two screens of a phone, a few rows on a laptop.
pub const PAGE_SIZE: usize = 30;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Paging {
    /// The list view the extra pages were asked for.
    view: ViewState,
    /// Pages asked for beyond the first.
    extra: usize,
}

impl Paging {
    /// How many of `total` results to show for the list view `view`.
    pub fn shown(&self, view: &ViewState, total: usize) -> usize {
        let pages = if *view == self.view {
            1 + self.extra
        } else {
            1
        };
        total.min(pages.saturating_mul(PAGE_SIZE))
    }

    /// One page more of `view`.
    pub fn more(&self, view: &ViewState) -> Paging {
        let extra = if *view == self.view {
            self.extra + 1
        } else {
            1
        };
        Paging {
            view: view.clone(),
            extra,
        }
    }
}

/// New cards a change builds before the frame that shows it: what a phone
/// shows below the search box, and a laptop's first row. Building new cards
/// is most of the work of a keystroke or a tick, and cards below the fold
/// can wait a frame: the rest follow a few per frame after it.
pub const FIRST_FRAME: usize = 3;

/// The cards to draw in the frame of a change: `wanted` (the page as it
/// should be, in order) without its new cards (those not `on_page`) past the
/// first `FIRST_FRAME` of them. Cards already on the page stay.
pub fn first_frame(wanted: &[usize], on_page: &[usize]) -> Vec<usize> {
    let mut kept = on_page.to_vec();
    kept.sort_unstable();
    let mut new = 0;
    wanted
        .iter()
        .copied()
        .filter(|i| {
            kept.binary_search(i).is_ok() || {
                new += 1;
                new <= FIRST_FRAME
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn view(q: &str) -> ViewState {
        ViewState {
            query: q.into(),
            ..ViewState::default()
        }
    }

    #[test]
    fn the_first_page_is_at_most_a_page() {
        let p = Paging::default();
        assert_eq!(p.shown(&view(""), 10_000), PAGE_SIZE);
        assert_eq!(p.shown(&view(""), 13), 13);
        assert_eq!(p.shown(&view("x"), 0), 0);
    }

    #[test]
    fn more_adds_a_page_until_the_end() {
        let v = view("van");
        let p = Paging::default().more(&v);
        assert_eq!(p.shown(&v, 10_000), 2 * PAGE_SIZE);
        let p = p.more(&v);
        assert_eq!(p.shown(&v, 10_000), 3 * PAGE_SIZE);
        assert_eq!(p.shown(&v, 70), 70);
    }

    #[test]
    fn another_view_starts_again_at_the_first_page() {
        let v = view("van");
        let p = Paging::default().more(&v).more(&v);
        assert_eq!(p.shown(&view("vanh"), 10_000), PAGE_SIZE);
        // Asking for more of the new view counts from its first page.
        let q = p.more(&view("vanh"));
        assert_eq!(q.shown(&view("vanh"), 10_000), 2 * PAGE_SIZE);
        // Coming back to the same list view keeps what was shown.
        assert_eq!(p.shown(&v, 10_000), 3 * PAGE_SIZE);
    }

    #[test]
    fn a_change_draws_its_first_new_cards_and_keeps_the_old_ones() {
        let wanted: Vec<usize> = (100..130).collect();
        // Nothing on the page was wanted: the first screen only.
        let first = first_frame(&wanted, &[1, 2, 3]);
        assert_eq!(first, (100..100 + FIRST_FRAME).collect::<Vec<_>>());
        // Cards already there stay wherever they are in the new order.
        let first = first_frame(&wanted, &[129, 128, 5]);
        let mut expected: Vec<usize> = (100..100 + FIRST_FRAME).collect();
        expected.extend([128, 129]);
        assert_eq!(first, expected);
        // Drawn again from there, the next new cards come in.
        let second = first_frame(&wanted, &first);
        assert_eq!(second.len(), (2 * FIRST_FRAME + 2).min(wanted.len()));
        assert!(second.windows(2).all(|w| w[0] < w[1]), "in wanted's order");
        // A page already drawn is left as it is.
        assert_eq!(first_frame(&wanted, &wanted), wanted);
    }
}
