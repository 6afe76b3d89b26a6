//! The presentation page's wasm (`presentation/index.html`): slideshow and
//! posters, built apart from the list so the phone's first load stays small.

fn main() {
    guong_sang::presentation::start();
}
