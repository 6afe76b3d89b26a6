//! Query folding, matching and highlighting on arbitrary text: no panic, and
//! the invariants in fuzz/checks/search.rs hold (highlights inside the text
//! on char boundaries, sorted and apart; segments give the text back;
//! `Corpus::ranks` agrees with `rank`; a field that holds the folded query
//! is found; NFC and NFD search alike).
//!
//! Input: two bytes that pick a piece of a field to search for, then the
//! query, then documents, each after a 0xFE byte, their fields separated by
//! 0xFF (neither byte occurs in UTF-8, so they never split a char). Each part
//! is decoded as the app decodes text: invalid UTF-8 replaced.

#![no_main]

use libfuzzer_sys::fuzz_target;
use std::borrow::Cow;

#[path = "../checks/search.rs"]
mod checks;

fuzz_target!(|bytes: &[u8]| {
    let (cut, rest) = match bytes {
        [a, b, rest @ ..] => ((usize::from(*a), usize::from(*b)), rest),
        _ => ((0, 0), bytes),
    };
    let mut parts = rest.split(|&b| b == 0xFE);
    let query = String::from_utf8_lossy(parts.next().unwrap_or_default());
    let texts: Vec<Vec<Cow<str>>> = parts
        .take(16)
        .map(|doc| {
            doc.split(|&b| b == 0xFF)
                .take(8)
                .map(String::from_utf8_lossy)
                .collect()
        })
        .collect();
    let docs: Vec<checks::Fields> = texts
        .iter()
        .map(|fields| {
            fields
                .iter()
                .enumerate()
                .map(|(i, t)| (checks::FIELDS[i % checks::FIELDS.len()], t.as_ref()))
                .collect()
        })
        .collect();
    checks::check_search(&query, &docs, cut);
    checks::check_normal_forms(&bytes[..bytes.len().min(256)]);
});
