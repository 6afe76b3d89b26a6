//! Random and hostile text through query folding, matching and highlighting:
//! the seconds-long run of the `search` fuzz target (fuzz/fuzz_targets/
//! search.rs), with the same checks (fuzz/checks/search.rs): highlights
//! inside the text on char boundaries, sorted and apart; segments give the
//! text back; `Corpus::ranks` agrees with `rank`, also while typing on; a
//! field that holds the folded query is found; NFC and NFD search alike.
//! Deterministic (a fixed seed), so a failure is reproducible;
//! `GS_FUZZ_RUNS` runs more.

#[path = "../fuzz/checks/search.rs"]
mod checks;

use checks::{check_case, check_normal_forms, check_search, check_text, Fields, FIELDS};
use guong_sang::search::{rank, Document, Query};
use unicode_normalization::UnicodeNormalization;

mod common;
use common::Rng;

fn pick<'a>(rng: &mut Rng, from: &[&'a str]) -> &'a str {
    from[rng.below(from.len())]
}

const PIECES: &[&str] = &[
    // Names and phrases as the data has them.
    "Hoàng Văn Vạn",
    "Đinh Văn Hương",
    "Lò Thị Nhiên",
    "Đoàn Thị Thúy",
    "Nguyễn Thơm",
    "đường hoa",
    "dương",
    "tuyên truyền, vận động nhân dân",
    "Hội Phụ nữ xã",
    "van",
    "an",
    "hoang",
    "x",
    "A",
    "1",
    // Combining marks alone, stacked, misplaced or not Vietnamese.
    "\u{301}",
    "\u{300}\u{301}\u{302}",
    "\u{323}\u{31b}",
    "a\u{301}\u{300}",
    "a\u{31b}\u{302}",
    "n\u{303}",
    "a\u{308}",
    "đ\u{301}",
    "d\u{335}",
    // đ and Đ.
    "đ",
    "Đ",
    "ĐĐđ",
    // Direction and joiner controls, replacement char, NUL, BOM.
    "\u{202e}",
    "\u{202d}abc\u{202c}",
    "\u{200d}",
    "\u{200c}",
    "\u{feff}",
    "\u{fffd}",
    "\u{0}",
    // Only punctuation and space.
    ",.;:!?-()[]",
    "   ",
    "\t\n\r",
    "\u{2013}\u{2014}\u{3000}",
    // Emoji: plain, skin tone, ZWJ family, flag, keycap.
    "😀",
    "👍🏽",
    "👨\u{200d}👩\u{200d}👧",
    "🇻🇳",
    "1\u{fe0f}\u{20e3}",
    // Other scripts and case oddities.
    "中文",
    "Ωмир",
    "ß ẞ İ ı",
    "ñ Ä ç",
];

/// A field's text: a few pieces, sometimes one repeated at length, sometimes
/// all decomposed or upper-cased.
fn text(rng: &mut Rng) -> String {
    let mut out = String::new();
    if rng.below(20) == 0 {
        let piece = pick(rng, PIECES);
        out = piece.repeat(1 + rng.below(400));
    } else {
        for _ in 0..rng.below(8) {
            out.push_str(pick(rng, PIECES));
            if rng.below(2) == 0 {
                out.push(' ');
            }
        }
    }
    match rng.below(6) {
        0 => out.nfd().collect(),
        1 => out.to_uppercase(),
        2 => out.nfc().collect(),
        _ => out,
    }
}

/// A query: new text, or a piece of one of the fields (cut anywhere, even
/// inside a letter's marks).
fn query(rng: &mut Rng, texts: &[String]) -> String {
    if texts.is_empty() || rng.below(3) == 0 {
        return text(rng);
    }
    let source = &texts[rng.below(texts.len())];
    let bounds: Vec<usize> = source
        .char_indices()
        .map(|(i, _)| i)
        .chain([source.len()])
        .collect();
    let a = bounds[rng.below(bounds.len())];
    let b = bounds[rng.below(bounds.len())];
    let piece = &source[a.min(b)..a.max(b)];
    match rng.below(4) {
        0 => piece.nfd().collect(),
        1 => piece.to_lowercase(),
        _ => piece.to_string(),
    }
}

#[test]
fn random_searches_keep_their_promises() {
    let runs = common::runs(1000);
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let mut found = 0;
    for _ in 0..runs {
        let shape: Vec<usize> = (0..rng.below(6)).map(|_| rng.below(6)).collect();
        let texts: Vec<String> = (0..shape.iter().sum::<usize>())
            .map(|_| text(&mut rng))
            .collect();
        let q = query(&mut rng, &texts);
        let mut next = texts.iter();
        let docs: Vec<Fields> = shape
            .iter()
            .map(|&n| {
                (0..n)
                    .filter_map(|i| Some((FIELDS[i % FIELDS.len()], next.next()?.as_str())))
                    .collect()
            })
            .collect();
        let cut = (rng.below(256), rng.below(256));
        check_search(&q, &docs, cut);
        if let Some(parsed) = Query::parse(&q) {
            let hit = docs
                .iter()
                .any(|f| rank(&Document::new(f.iter().copied()), &parsed).is_some());
            found += usize::from(hit);
        }

        let picks: Vec<u8> = (0..rng.below(40)).map(|_| rng.next() as u8).collect();
        check_normal_forms(&picks);
    }
    // Enough of the runs must find something, or the checks above would
    // mostly look at empty results (about a third do with this seed).
    assert!(
        found * 4 > runs,
        "only {found} of {runs} runs found anything"
    );
}

#[test]
fn hostile_queries_and_texts() {
    let long = "Hoàng Văn Vạn ".repeat(500);
    let marks = "\u{301}".repeat(2_000);
    let nfd_long: String = long.nfd().collect();
    let texts = [
        "",
        "\u{301}",
        "\u{301}\u{302}a",
        "a\u{301}\u{301}\u{301}",
        "\u{202e}Hoàng\u{202c} Văn",
        "Ho\u{200d}àng",
        "\u{fffd}\u{fffd}",
        ",,, ...",
        "😀👍🏽🇻🇳",
        "Đ Đ đ d",
        "ı İ i I",
        long.as_str(),
        marks.as_str(),
        nfd_long.as_str(),
    ];
    for q in texts
        .iter()
        .chain(["hoang van van", "đ", "a a", "văn vạn"].iter())
    {
        let docs: Vec<Fields> = texts
            .chunks(3)
            .map(|c| c.iter().zip(FIELDS).map(|(t, f)| (f, *t)).collect())
            .collect();
        check_search(q, &docs, (q.len(), 3));
    }
    check_normal_forms(&[]);
    check_normal_forms(&[255; 300]);
}

#[test]
fn every_char_folds_and_cases_as_promised() {
    for c in (0..=0x10FFFF).filter_map(char::from_u32) {
        check_case(c);
    }
    for cp in (0..0x3400u32).step_by(64) {
        let block: String = (cp..cp + 64).filter_map(char::from_u32).collect();
        check_text(&block);
        let nfd: String = block.nfd().collect();
        check_text(&nfd);
    }
}
