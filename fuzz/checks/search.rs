//! What query folding, matching and highlighting promise, checked on any
//! input. Shared by the `search` fuzz target (fuzz/fuzz_targets/search.rs)
//! and its seconds-long run in `cargo test` (tests/fuzz_search.rs), so both
//! assert the same things. Every check panics with what broke.
//!
//! The reference for matching is `fold::fold` with every run of non-word
//! chars read as one space and none at either end: what search.rs's module
//! comment promises ("punctuation and runs of spaces count as one space"),
//! computed without search.rs.

use guong_sang::fold::{
    fold, has_diacritics, is_combining_mark, is_word_char, letters, lower_nfc, to_lower, to_upper,
};
use guong_sang::search::{
    highlights, rank, segments, Corpus, Document, Field, Highlighter, Hits, Query, Rank,
};
use std::ops::Range;
use std::sync::OnceLock;
use unicode_normalization::UnicodeNormalization;

/// The fields, in the order a document's texts are given them (cycling).
pub const FIELDS: [Field; 5] = [
    Field::Name,
    Field::Role,
    Field::Organisation,
    Field::Village,
    Field::Description,
];

/// One document: its fields' texts.
pub type Fields<'a> = Vec<(Field, &'a str)>;

/// Folded, separators collapsed, trimmed: what a query must be a substring
/// of for a field to match.
fn reference_fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut pending_space = false;
    for c in fold(text).chars() {
        if !is_word_char(c) {
            pending_space = !out.is_empty();
            continue;
        }
        if pending_space {
            out.push(' ');
            pending_space = false;
        }
        out.push(c);
    }
    out
}

fn short(text: &str) -> String {
    text.chars().take(80).collect()
}

/// Folding on its own: `letters` tiles the text; `fold` drops tones,
/// modifiers, case and marks, so folding again changes nothing.
pub fn check_text(text: &str) {
    let mut at = 0;
    for (range, _) in letters(text) {
        assert_eq!(range.start, at, "letters leave a gap in {:?}", short(text));
        assert!(
            range.end > range.start && text.is_char_boundary(range.end),
            "letters: bad range {range:?} in {:?}",
            short(text)
        );
        at = range.end;
    }
    assert_eq!(at, text.len(), "letters stop early in {:?}", short(text));

    let folded = fold(text);
    assert!(
        !folded.chars().any(is_combining_mark),
        "fold keeps a mark: {:?}",
        short(text)
    );
    assert!(
        !has_diacritics(&folded),
        "fold keeps an accent: {:?}",
        short(text)
    );
    assert_eq!(fold(&folded), folded, "fold twice: {:?}", short(text));
    assert_eq!(
        fold(&lower_nfc(text)),
        folded,
        "fold(lower_nfc) != fold: {:?}",
        short(text)
    );
    for c in text.chars() {
        check_case(c);
    }
}

/// `to_upper` is the inverse of `to_lower` over the alphabets they map,
/// and agrees with std's upper case there. Two letters have no inverse: İ,
/// whose lower case is a plain i, and dotless ı, whose upper case is a plain
/// I (this target found `to_upper('ı')` giving İ; fold.rs now gives I).
pub fn check_case(c: char) {
    let lower = to_lower(c);
    if lower != c && c != 'İ' {
        assert_eq!(to_upper(lower), c, "upper(lower({c:?}))");
    }
    let upper = to_upper(c);
    if upper != c {
        let std_upper: Vec<char> = c.to_uppercase().collect();
        assert_eq!(std_upper, [upper], "upper({c:?}) as std");
        if c != 'ı' {
            assert_eq!(to_lower(upper), c, "lower(upper({c:?}))");
        }
    }
}

/// Highlights lie inside the text on char boundaries, sorted, apart and
/// non-empty; there are some exactly when the text matches; each one is
/// itself wholly highlighted; `segments` give the text back.
fn check_highlights(text: &str, query: &Query, matches: bool) {
    let ranges = highlights(text, query);
    assert_eq!(
        !ranges.is_empty(),
        matches,
        "highlights {ranges:?} disagree with matching for {:?}",
        short(text)
    );
    let mut prev_end: Option<usize> = None;
    for r in &ranges {
        assert!(
            r.start < r.end
                && r.end <= text.len()
                && text.is_char_boundary(r.start)
                && text.is_char_boundary(r.end),
            "bad highlight {r:?} in {:?}",
            short(text)
        );
        if let Some(end) = prev_end {
            assert!(
                end < r.start,
                "highlights overlap, touch or are unsorted: {ranges:?} in {:?}",
                short(text)
            );
        }
        prev_end = Some(r.end);
        let hit = &text[r.clone()];
        let whole = vec![Range {
            start: 0,
            end: hit.len(),
        }];
        assert_eq!(
            highlights(hit, query),
            whole,
            "the highlighted {:?} is not wholly highlighted",
            short(hit)
        );
    }

    let segs = segments(text, Some(query));
    let joined: String = segs.iter().map(|(s, _)| *s).collect();
    assert_eq!(joined, text, "segments do not give the text back");
    assert!(
        segs.windows(2).all(|w| w[0].1 != w[1].1),
        "segments do not alternate: {segs:?}"
    );
    assert!(
        segs.iter().all(|(s, _)| !s.is_empty()) || segs == [("", false)],
        "empty segment: {segs:?}"
    );
    let hits: Vec<&str> = segs.iter().filter(|(_, h)| *h).map(|(s, _)| *s).collect();
    let expected: Vec<&str> = ranges.iter().map(|r| &text[r.clone()]).collect();
    assert_eq!(hits, expected, "segments and highlights differ");
    assert_eq!(segments(text, None), [(text, false)]);
}

/// Typing the query a few chars at a time, each search given the last one's
/// hits: every step finds what a fresh search finds, and each field's
/// `Highlighter`, kept across the steps, highlights as `highlights` does.
fn check_typing(corpus: &Corpus, query: &str, docs: &[Fields]) {
    let ends: Vec<usize> = query
        .char_indices()
        .map(|(i, c)| i + c.len_utf8())
        .collect();
    // All of a short query; a long one in about ten steps, its last four
    // one char at a time.
    let stride = (ends.len() / 6).max(1);
    let steps: Vec<usize> = ends
        .iter()
        .enumerate()
        .filter(|(i, _)| i % stride == 0 || i + 4 >= ends.len())
        .map(|(_, &e)| e)
        .collect();
    let highlighters: Vec<Vec<(&str, Highlighter)>> = docs
        .iter()
        .map(|f| f.iter().map(|(_, t)| (*t, Highlighter::new(t))).collect())
        .collect();
    let mut previous: Option<Hits> = None;
    for end in steps {
        let typed = &query[..end];
        let Some(q) = Query::parse(typed) else {
            continue;
        };
        let fresh = corpus.ranks(&q, None);
        let step = corpus.ranks(&q, previous.as_ref());
        assert_eq!(
            step,
            fresh,
            "typing {:?} of {:?}",
            short(typed),
            short(query)
        );
        previous = Some(step.1);
        for (text, h) in highlighters.iter().flatten() {
            assert_eq!(
                h.highlights(&q),
                highlights(text, &q),
                "Highlighter for {:?}",
                short(text)
            );
        }
    }
}

/// Matching, ranking and highlighting of `query` over `docs`. `cut` picks a
/// piece of one field to search for as well (any piece must find its
/// document).
pub fn check_search(query: &str, docs: &[Fields], cut: (usize, usize)) {
    check_text(query);
    let wanted = reference_fold(query);
    let parsed = Query::parse(query);
    assert_eq!(
        parsed.is_some(),
        !wanted.is_empty(),
        "Query::parse({:?})",
        short(query)
    );
    for fields in docs {
        for (_, text) in fields {
            check_text(text);
        }
    }
    let documents: Vec<Document> = docs
        .iter()
        .map(|f| Document::new(f.iter().copied()))
        .collect();
    let mut corpus = Corpus::default();
    for d in &documents {
        corpus.push(d.clone());
    }

    if let Some(q) = &parsed {
        let accents = has_diacritics(query);
        let ranks: Vec<Option<Rank>> = documents.iter().map(|d| rank(d, q)).collect();
        assert_eq!(corpus.ranks(q, None).0, ranks, "Corpus::ranks != rank");
        check_typing(&corpus, query, docs);
        for (fields, got) in docs.iter().zip(&ranks) {
            // The best of each matching field's (in name, word start), the
            // way `rank` reads a field: by its first match.
            let mut best: Option<Rank> = None;
            for (field, text) in fields {
                let folded = reference_fold(text);
                let found = folded.find(&wanted);
                check_highlights(text, q, found.is_some());
                let Some(pos) = found else { continue };
                let r = Rank {
                    exact_accents: false,
                    in_name: *field == Field::Name,
                    word_start: pos == 0 || folded.as_bytes().get(pos - 1) == Some(&b' '),
                };
                best = Some(best.map_or(r, |b| b.max(r)));
            }
            assert_eq!(
                got.is_some(),
                best.is_some(),
                "rank {got:?} for {:?} in {fields:?}",
                short(query)
            );
            if let Some(got) = got {
                assert!(
                    accents || !got.exact_accents,
                    "exact accents without accents typed: {:?}",
                    short(query)
                );
                if !accents {
                    assert_eq!(Some(*got), best, "rank for {:?}", short(query));
                }
            }
        }
        // A name that is the query itself: the best rank there is.
        let itself = Document::new([(Field::Name, query)]);
        let top = Rank {
            exact_accents: accents,
            in_name: true,
            word_start: true,
        };
        assert_eq!(
            rank(&itself, q),
            Some(top),
            "query vs itself: {:?}",
            short(query)
        );
    } else {
        for fields in docs {
            for (_, text) in fields {
                assert_eq!(segments(text, None), [(*text, false)]);
            }
        }
    }

    // Any piece of a field (cut at char boundaries) finds its document.
    let all: Vec<(usize, &str)> = docs
        .iter()
        .enumerate()
        .flat_map(|(i, f)| f.iter().map(move |(_, t)| (i, *t)))
        .collect();
    if all.is_empty() {
        return;
    }
    let (doc, text) = all[cut.0 % all.len()];
    let bounds: Vec<usize> = text
        .char_indices()
        .map(|(i, _)| i)
        .chain([text.len()])
        .collect();
    let start = bounds[cut.1 % bounds.len()];
    let end = bounds[(cut.1 / 7 + cut.0) % bounds.len()];
    let piece = &text[start.min(end)..start.max(end)];
    if let Some(q) = Query::parse(piece) {
        assert!(
            rank(&documents[doc], &q).is_some(),
            "the piece {:?} does not find its own text {:?}",
            short(piece),
            short(text)
        );
        let (ranks, piece_hits) = corpus.ranks(&q, None);
        assert!(ranks[doc].is_some(), "corpus: {:?}", short(piece));
        // Hits of an unrelated search, either way round, change nothing.
        if let Some(p) = &parsed {
            let (fresh, hits) = corpus.ranks(p, None);
            assert_eq!(corpus.ranks(p, Some(&piece_hits)), (fresh, hits.clone()));
            assert_eq!(corpus.ranks(&q, Some(&hits)), (ranks, piece_hits));
        }
        assert!(
            !highlights(text, &q).is_empty(),
            "the piece {:?} is not highlighted in {:?}",
            short(piece),
            short(text)
        );
    }
}

/// Every precomposed Vietnamese letter (found as fold.rs's unit tests find
/// them: NFD is a vowel plus Vietnamese marks only), đ and Đ, and chars
/// without a decomposition: text whose NFC and NFD must search alike.
fn vietnamese_pool() -> &'static [char] {
    static POOL: OnceLock<Vec<char>> = OnceLock::new();
    POOL.get_or_init(|| {
        let tones = "\u{300}\u{309}\u{303}\u{301}\u{323}";
        let modifiers = "\u{306}\u{302}\u{31b}";
        let mut out: Vec<char> = "đĐ".chars().collect();
        for c in (0x80..0x2000u32).filter_map(char::from_u32) {
            let d: Vec<char> = c.nfd().collect();
            let Some((&base, marks)) = d.split_first() else {
                continue;
            };
            if marks.is_empty() || !"aeiouyAEIOUY".contains(base) {
                continue;
            }
            let t = marks.iter().filter(|m| tones.contains(**m)).count();
            let m: Vec<&char> = marks.iter().filter(|m| modifiers.contains(**m)).collect();
            if t + m.len() != marks.len() || t > 1 || m.len() > 1 {
                continue;
            }
            let fits = match m.first() {
                None => true,
                Some('\u{306}') => "aA".contains(base),
                Some('\u{302}') => "aeoAEO".contains(base),
                Some(_) => "ouOU".contains(base),
            };
            if fits {
                out.push(c);
            }
        }
        out.extend("aeiouyAEIOUYbdDnNgGhHtT xX1.,-!ßİ中😀\u{200d}\u{202e}\u{fffd}".chars());
        out
    })
}

/// Text made of `picks` over the Vietnamese pool searches the same in NFC
/// and NFD: same fold, same parsed query, same document, and any piece of
/// it finds it and is highlighted in both forms.
pub fn check_normal_forms(picks: &[u8]) {
    let pool = vietnamese_pool();
    let text: String = picks
        .iter()
        .map(|&b| pool[usize::from(b) % pool.len()])
        .collect();
    let nfd: String = text.nfd().collect();
    let nfc: String = nfd.nfc().collect();
    assert_eq!(fold(&nfd), fold(&text), "fold NFD {text:?}");
    assert_eq!(fold(&nfc), fold(&text), "fold NFC {text:?}");
    let lower: String = text.to_lowercase().nfc().collect();
    assert_eq!(lower_nfc(&nfd), lower, "lower_nfc NFD {text:?}");
    assert_eq!(
        Query::parse(&nfd),
        Query::parse(&text),
        "query NFD {text:?}"
    );
    assert_eq!(
        Document::new([(Field::Name, nfd.as_str())]),
        Document::new([(Field::Name, text.as_str())]),
        "document NFD {text:?}"
    );

    let chars: Vec<char> = text.chars().collect();
    let (a, b) = match picks {
        [a, b, ..] => (usize::from(*a), usize::from(*b)),
        _ => (0, chars.len()),
    };
    let start = a % (chars.len() + 1);
    let end = (start + b % (chars.len() - start + 1)).min(chars.len());
    let piece: String = chars[start..end].iter().collect();
    let piece_nfd: String = piece.nfd().collect();
    let Some(q) = Query::parse(&piece) else {
        return;
    };
    assert_eq!(Query::parse(&piece_nfd).as_ref(), Some(&q), "{piece:?}");
    let doc = Document::new([(Field::Description, nfd.as_str())]);
    assert!(rank(&doc, &q).is_some(), "{piece:?} in NFD {text:?}");
    let in_nfc = highlights(&text, &q);
    let in_nfd = highlights(&nfd, &q);
    assert!(!in_nfc.is_empty(), "{piece:?} not highlighted in {text:?}");
    assert_eq!(in_nfc.len(), in_nfd.len(), "{piece:?} in {text:?}");
}
