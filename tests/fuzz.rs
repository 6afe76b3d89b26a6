//! Mutation fuzzing of the data file's checking and loading: thousands of
//! damaged copies of the bundled file (bytes flipped, dropped, duplicated,
//! cut) and hostile shapes must never panic, and every copy gets either
//! entries or a problem that says why not. Deterministic (a fixed seed), so
//! a failure is reproducible; `GS_FUZZ_RUNS` runs more.

use guong_sang::catalog::{Catalog, Loading};
use guong_sang::validate::{check, file_text};

mod common;
use common::Rng;

const INTERESTING: &[&[u8]] = &[
    b"{",
    b"}",
    b"[",
    b"]",
    b"\"",
    b",",
    b":",
    b"null",
    b"0",
    b"-1",
    b"1e999",
    b"true",
    b"\\u0000",
    b"\\ud800",
    "\u{202e}".as_bytes(),
    "\u{feff}".as_bytes(),
    b"<script>",
];

fn mutate(rng: &mut Rng, base: &[u8]) -> Vec<u8> {
    let mut bytes = base.to_vec();
    for _ in 0..=rng.below(4) {
        let at = rng.below(bytes.len());
        match rng.below(5) {
            0 => bytes[at] = rng.next() as u8,
            1 => {
                bytes.remove(at);
            }
            2 => {
                let piece = INTERESTING[rng.below(INTERESTING.len())];
                bytes.splice(at..at, piece.iter().copied());
            }
            3 => {
                let end = (at + rng.below(200)).min(bytes.len());
                let copy = bytes[at..end].to_vec();
                bytes.splice(at..at, copy);
            }
            _ => bytes.truncate(at),
        }
        if bytes.is_empty() {
            break;
        }
    }
    bytes
}

fn bundled() -> Vec<u8> {
    std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/public/data/guong-sang.json"
    ))
    .unwrap()
}

#[test]
fn mutated_files_never_panic_and_always_explain_themselves() {
    let runs = common::runs(3000);
    let base = bundled();
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    for run in 0..runs {
        let bytes = mutate(&mut rng, &base);
        // As the app reads it: invalid UTF-8 replaced.
        let text = file_text(&bytes);
        let checked = check(&text);
        let catalog = Catalog::load(&text);
        assert!(
            !catalog.items.is_empty() || !checked.problems.is_empty(),
            "run {run}: no entries and no problem for {:?}",
            text.chars().take(300).collect::<String>()
        );
        assert_eq!(catalog.problems, checked.problems, "run {run}");
        // As the page loads it: a few entries at a time.
        let mut loading = Loading::new(&text);
        while !loading.step(1 + run % 7) {}
        assert!(
            loading.finish() == catalog,
            "run {run}: stepped load differs"
        );
    }
}

#[test]
fn hostile_shapes_are_reported_not_fatal() {
    let deep = |n: usize| {
        format!(
            "{{\"schema\":1,\"communes\":{}{}}}",
            "[".repeat(n),
            "]".repeat(n)
        )
    };
    let long_name = format!(
        "{{\"schema\":1,\"sources\":[{{\"id\":\"s\",\"title\":\"T\"}}],\"communes\":[{{\"id\":\"x\",\"name\":\"X\",\"entries\":[{{\"id\":\"a\",\"kind\":\"person\",\"name\":\"{}\",\"source\":\"s\"}}]}}]}}",
        "Văn".repeat(10_000)
    );
    for text in [
        String::new(),
        "\u{feff}".to_string(),
        "[]".to_string(),
        "null".to_string(),
        "\"schema\"".to_string(),
        deep(200),
        deep(100_000),
        "{\"schema\":1,\"communes\":[{\"entries\":{}}]}".to_string(),
        "{\"schema\":1e400}".to_string(),
        "{\"schema\":-1,\"communes\":[]}".to_string(),
    ] {
        let checked = check(&text);
        assert!(
            !checked.problems.is_empty(),
            "{:?}",
            &text[..text.len().min(60)]
        );
    }
    let checked = check(&long_name);
    assert!(checked.problems.is_empty(), "{:?}", checked.problems);
    assert_eq!(Catalog::load(&long_name).items.len(), 1);
}
