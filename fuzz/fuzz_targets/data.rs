//! The data file's checking and loading on arbitrary bytes: no panic, every
//! input gets either entries or a problem that says why not, and loading an
//! entry at a time (as the page does) gives what loading at once gives (as
//! tests/fuzz.rs, which runs a few thousand mutations in `cargo test`).

#![no_main]

use guong_sang::catalog::{Catalog, Loading};
use guong_sang::validate::{check, file_text};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    // As the app reads the file: invalid UTF-8 replaced.
    let text = file_text(bytes);
    let checked = check(&text);
    let catalog = Catalog::load(&text);
    assert!(
        !catalog.items.is_empty() || !checked.problems.is_empty(),
        "no entries and no problem"
    );
    assert_eq!(catalog.problems, checked.problems);
    let mut loading = Loading::new(&text);
    while !loading.step(1) {}
    assert!(
        loading.finish() == catalog,
        "loaded a step at a time, it differs"
    );
});
