//! Search as you type, the Vietnamese way: case- and diacritic-insensitive
//! (so "hoang van van" finds "Hoàng Văn Vạn" and "dinh" finds "Đinh"), with
//! exact-accent matches ranked first when the user typed accents.
//!
//! The query is a phrase, matched inside one field at a time, like a find box:
//! "hoang van van" must not find "Hoàng Văn Xuân" just because his description
//! says "vận động". Punctuation and runs of spaces count as one space.

use crate::fold::{is_word_char, letters};
use std::ops::Range;

/// The searchable fields, in the order a match in them ranks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Field {
    Name,
    Role,
    Organisation,
    Village,
    Description,
}

/// A field's text in the two forms matching needs, built once at load.
#[derive(Clone, Debug, Default, PartialEq)]
struct Prepared {
    /// Lower case, no diacritics, separators collapsed: "hoang van van".
    folded: String,
    /// Lower case, composed, separators collapsed: "hoàng văn vạn".
    accented: String,
}

/// One entry's searchable text.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Document {
    fields: Vec<(Field, Prepared)>,
}

impl Document {
    pub fn new<'a>(fields: impl IntoIterator<Item = (Field, &'a str)>) -> Self {
        Document {
            fields: fields
                .into_iter()
                .filter(|(_, text)| !text.trim().is_empty())
                .map(|(field, text)| (field, prepare(text)))
                .collect(),
        }
    }
}

/// A parsed query. Empty input parses to `None`: everything matches.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Query {
    folded: String,
    accented: String,
    /// The user typed at least one tone, modifier or đ.
    has_accents: bool,
}

impl Query {
    pub fn parse(input: &str) -> Option<Query> {
        let Prepared { folded, accented } = prepare(input);
        if folded.is_empty() {
            return None;
        }
        let has_accents = accented != folded;
        Some(Query {
            folded,
            accented,
            has_accents,
        })
    }
}

/// How well a document matched; greater is better.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord)]
pub struct Rank {
    /// The accents typed match the text's accents exactly.
    pub exact_accents: bool,
    /// Matched in the name rather than another field.
    pub in_name: bool,
    /// Matched at the start of a word.
    pub word_start: bool,
}

impl Rank {
    /// How many ranks there are.
    pub const LEVELS: usize = 8;

    /// Its place among all ranks, 0 for the worst: what lets a list be
    /// ordered by rank in one pass instead of a sort.
    pub fn level(self) -> usize {
        usize::from(self.exact_accents) << 2
            | usize::from(self.in_name) << 1
            | usize::from(self.word_start)
    }
}

/// `None` when the document does not contain the query in any field.
pub fn rank(doc: &Document, query: &Query) -> Option<Rank> {
    let mut best: Option<Rank> = None;
    for (field, text) in &doc.fields {
        let Some(pos) = find(&text.folded, &query.folded) else {
            continue;
        };
        let exact_accents = query.has_accents && find(&text.accented, &query.accented).is_some();
        let word_start = pos == 0 || text.folded.as_bytes().get(pos - 1) == Some(&b' ');
        let r = Rank {
            exact_accents,
            in_name: *field == Field::Name,
            word_start,
        };
        best = Some(best.map_or(r, |b| b.max(r)));
    }
    best
}

/// Every entry's searchable text in one string, so that a keystroke is one
/// scan of the whole catalog. Searching each field of each entry on its own
/// set up 50,000 substring searches per keystroke at 10,000 entries, which
/// cost more than the scanning itself.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Corpus {
    /// Each field's folded text followed by `'\n'`, which no query holds, so
    /// no match runs from one field into the next.
    text: String,
    /// The fields in `text` order.
    fields: Vec<CorpusField>,
    documents: usize,
}

#[derive(Clone, Debug, PartialEq)]
struct CorpusField {
    /// Where the field starts in `text`.
    start: usize,
    document: usize,
    field: Field,
    accented: String,
}

impl Corpus {
    /// Adds the next document; documents are numbered from 0 in this order.
    pub fn push(&mut self, doc: Document) {
        for (field, Prepared { folded, accented }) in doc.fields {
            self.fields.push(CorpusField {
                start: self.text.len(),
                document: self.documents,
                field,
                accented,
            });
            self.text.push_str(&folded);
            self.text.push('\n');
        }
        self.documents += 1;
    }

    /// Each document's rank for `query`, as `rank` gives it (`None` where
    /// the document does not match), and the fields it was found in.
    ///
    /// `previous` is what the last search found. A field that holds the new
    /// query also holds any query the new one starts with, so while the
    /// visitor types on (one more letter, the usual case) only the fields the
    /// last search found are looked at, and the scan shrinks with each key.
    pub fn ranks(&self, query: &Query, previous: Option<&Hits>) -> (Vec<Option<Rank>>, Hits) {
        let needle = query.folded.as_str();
        let mut out: Vec<Option<Rank>> = vec![None; self.documents];
        let mut found: Vec<u32> = Vec::new();
        let mut note = |f: usize, pos: usize| {
            let Some(field) = self.fields.get(f) else {
                return;
            };
            let Some(slot) = out.get_mut(field.document) else {
                return;
            };
            let r = Rank {
                exact_accents: query.has_accents
                    && find(&field.accented, &query.accented).is_some(),
                in_name: field.field == Field::Name,
                word_start: pos == field.start || self.text.as_bytes().get(pos - 1) == Some(&b' '),
            };
            *slot = Some(slot.map_or(r, |b| b.max(r)));
            found.push(f as u32);
        };
        match previous.filter(|p| !p.folded.is_empty() && needle.starts_with(p.folded.as_str())) {
            Some(previous) => {
                for &f in &previous.fields {
                    let f = f as usize;
                    let range = self.field_range(f);
                    let start = range.start;
                    if let Some(i) = self.text.get(range).and_then(|t| find(t, needle)) {
                        note(f, start + i);
                    }
                }
            }
            None => {
                // One scan of the whole text; after a match the rest of its
                // field is skipped (a field counts by its first match, as in
                // `rank`), and the fields are walked in step with the scan.
                let mut from = 0;
                let mut f = 0;
                while let Some(i) = self.text.get(from..).and_then(|t| find(t, needle)) {
                    let pos = from + i;
                    while self.fields.get(f + 1).is_some_and(|x| x.start <= pos) {
                        f += 1;
                    }
                    note(f, pos);
                    from = self.fields.get(f + 1).map_or(self.text.len(), |x| x.start);
                }
            }
        }
        let hits = Hits {
            folded: query.folded.clone(),
            fields: found,
        };
        (out, hits)
    }

    /// Field `f`'s text in `text`, without its closing `'\n'`.
    fn field_range(&self, f: usize) -> Range<usize> {
        let start = self.fields.get(f).map_or(0, |x| x.start);
        let end = self
            .fields
            .get(f + 1)
            .map_or(self.text.len(), |x| x.start)
            .saturating_sub(1)
            .max(start);
        start..end
    }
}

/// Where `needle` first occurs in `hay`, as `str::find` says, by a scan for
/// its first byte (UTF-8 makes a byte match a match of whole characters).
/// std's two-way search weighs more in the wasm, and for a needle of a few
/// letters in short fields it is no faster: the browser's profile of typing
/// at 10,000 entries gave both the same time. The app's code uses this one
/// throughout, so the wasm carries no two-way search at all.
pub fn find(hay: &str, needle: &str) -> Option<usize> {
    let (hay, needle) = (hay.as_bytes(), needle.as_bytes());
    let Some((&first, rest)) = needle.split_first() else {
        return Some(0);
    };
    let mut from = 0;
    while let Some(i) = hay.get(from..)?.iter().position(|&b| b == first) {
        let at = from + i;
        if hay.get(at + 1..at + needle.len()) == Some(rest) {
            return Some(at);
        }
        from = at + 1;
    }
    None
}

/// The fields a search found its query in (in text order), kept with the
/// results so that the next keystroke can search only them.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Hits {
    folded: String,
    fields: Vec<u32>,
}

/// A text folded once for highlighting: a card keeps one per field, so a
/// keystroke only looks for the query in it instead of folding it again.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Highlighter {
    /// As `Prepared::folded`, one char per letter or collapsed separator run.
    folded: Vec<char>,
    /// The byte range of the original text each of `folded` came from.
    spans: Vec<Range<usize>>,
}

impl Highlighter {
    pub fn new(text: &str) -> Self {
        let mut folded: Vec<char> = Vec::with_capacity(text.len());
        let mut spans: Vec<Range<usize>> = Vec::with_capacity(text.len());
        for (range, letter) in letters(text) {
            let c = letter.folded();
            if is_separator(c) {
                match folded.last() {
                    None => {}
                    Some(' ') => {
                        if let Some(last) = spans.last_mut() {
                            last.end = range.end;
                        }
                    }
                    Some(_) => {
                        folded.push(' ');
                        spans.push(range);
                    }
                }
            } else {
                folded.push(c);
                spans.push(range);
            }
        }
        Highlighter { folded, spans }
    }

    /// Byte ranges of the text to highlight for `query` (diacritic-insensitive,
    /// so "hoang" highlights "Hoàng").
    pub fn highlights(&self, query: &Query) -> Vec<Range<usize>> {
        let (folded, spans) = (&self.folded, &self.spans);
        let needle: Vec<char> = query.folded.chars().collect();
        let mut out: Vec<Range<usize>> = Vec::new();
        if needle.is_empty() || needle.len() > folded.len() {
            return out;
        }
        let mut i = 0;
        while i + needle.len() <= folded.len() {
            if folded[i..i + needle.len()] == needle[..] {
                let start = spans[i].start;
                let end = spans[i + needle.len() - 1].end;
                match out.last_mut() {
                    Some(last) if last.end >= start => last.end = end,
                    _ => out.push(start..end),
                }
                i += needle.len();
            } else {
                i += 1;
            }
        }
        out
    }
}

/// Byte ranges of `text` to highlight for `query`.
pub fn highlights(text: &str, query: &Query) -> Vec<Range<usize>> {
    Highlighter::new(text).highlights(query)
}

/// Splits `text` into (piece, highlighted) runs for rendering as text nodes.
pub fn segments<'t>(text: &'t str, query: Option<&Query>) -> Vec<(&'t str, bool)> {
    let ranges = query.map(|q| highlights(text, q)).unwrap_or_default();
    pieces(text, &ranges)
}

/// Splits `text` at `ranges` (sorted, apart, as `highlights` gives them)
/// into (piece, highlighted) runs that cover it all.
pub fn pieces<'t>(text: &'t str, ranges: &[Range<usize>]) -> Vec<(&'t str, bool)> {
    let mut out = Vec::new();
    let mut at = 0;
    for r in ranges {
        if let (Some(before), Some(hit)) = (text.get(at..r.start), text.get(r.clone())) {
            if !before.is_empty() {
                out.push((before, false));
            }
            out.push((hit, true));
            at = r.end;
        }
    }
    if let Some(rest) = text.get(at..) {
        if !rest.is_empty() || out.is_empty() {
            out.push((rest, false));
        }
    }
    out
}

fn is_separator(c: char) -> bool {
    !is_word_char(c)
}

fn prepare(text: &str) -> Prepared {
    let mut folded = String::with_capacity(text.len());
    let mut accented = String::with_capacity(text.len());
    let mut pending_space = false;
    for (_, letter) in letters(text) {
        let f = letter.folded();
        if is_separator(f) {
            pending_space = !folded.is_empty();
            continue;
        }
        if pending_space {
            folded.push(' ');
            accented.push(' ');
            pending_space = false;
        }
        folded.push(f);
        accented.push(letter.composed());
    }
    Prepared { folded, accented }
}

#[cfg(test)]
mod tests {
    use super::*;
    use unicode_normalization::UnicodeNormalization;

    fn doc(name: &str, description: &str) -> Document {
        Document::new([(Field::Name, name), (Field::Description, description)])
    }

    fn q(s: &str) -> Query {
        Query::parse(s).expect("non-empty query")
    }

    #[test]
    fn find_answers_as_str_find() {
        let hays = [
            "",
            "a",
            "nguyen van a\n",
            "aaab",
            "ab ab abc",
            "nguyễn văn ân",
            "đinh 🌾 đ",
            "xã hạnh sơn\nnguyen",
            "aaaa",
        ];
        let needles = [
            "", "a", "ab", "abc", "aab", "n", "ng", "van", "ễn", "🌾", "đ", "\n", "aaaa", "zz",
        ];
        for hay in hays {
            for needle in needles {
                assert_eq!(find(hay, needle), hay.find(needle), "{hay:?} {needle:?}");
            }
        }
    }

    #[test]
    fn empty_and_blank_queries_parse_to_none() {
        assert_eq!(Query::parse(""), None);
        assert_eq!(Query::parse("  ,. "), None);
    }

    #[test]
    fn unaccented_upper_nfc_and_nfd_all_find_the_name() {
        let d = doc("Hoàng Văn Vạn", "");
        let nfd: String = "Hoàng Văn Vạn".nfd().collect();
        for input in [
            "hoang van van",
            "HOÀNG VĂN VẠN",
            "Hoàng Văn Vạn",
            nfd.as_str(),
            "  hoang   VAN van ",
        ] {
            assert!(rank(&d, &q(input)).is_some(), "{input:?}");
        }
    }

    #[test]
    fn d_matches_d_with_stroke() {
        assert!(rank(&doc("Đinh Văn Hương", ""), &q("dinh")).is_some());
        assert!(rank(&doc("Đinh Văn Hương", ""), &q("đinh")).is_some());
    }

    #[test]
    fn phrase_stays_inside_one_field() {
        let xuan = doc(
            "Hoàng Văn Xuân",
            "tuyên truyền, vận động nhân dân phát triển kinh tế",
        );
        assert_eq!(rank(&xuan, &q("hoang van van")), None);
        assert!(rank(&xuan, &q("hoang van")).is_some());
    }

    #[test]
    fn punctuation_is_a_space() {
        let d = doc("x", "tuyên truyền, vận động nhân dân");
        assert!(rank(&d, &q("tuyen truyen van dong")).is_some());
        assert!(rank(&d, &q("truyền vận")).is_some());
    }

    #[test]
    fn exact_accents_rank_first_only_when_typed() {
        let duong = doc("đường hoa", "");
        let duong2 = doc("dương", "");
        let typed = q("đường");
        let a = rank(&duong, &typed).expect("matches");
        let b = rank(&duong2, &typed).expect("folded match still counts");
        assert!(a.exact_accents && !b.exact_accents);
        assert!(a > b);
        let plain = q("duong");
        assert!(!rank(&duong, &plain).expect("matches").exact_accents);
    }

    #[test]
    fn name_and_word_start_outrank_other_matches() {
        let in_name = rank(&doc("Lò Văn Luấn", ""), &q("luan")).expect("matches");
        let in_desc = rank(&doc("x", "Lò Văn Luấn"), &q("luan")).expect("matches");
        assert!(in_name > in_desc);
        let start = rank(&doc("an", ""), &q("an")).expect("matches");
        let middle = rank(&doc("hoang", ""), &q("an")).expect("matches");
        assert!(start > middle);
    }

    #[test]
    fn highlights_map_back_to_the_original_text() {
        let text = "Hoàng Văn Vạn";
        let ranges = highlights(text, &q("van"));
        let hits: Vec<&str> = ranges.iter().filter_map(|r| text.get(r.clone())).collect();
        assert_eq!(hits, ["Văn", "Vạn"]);
        let ranges = highlights(text, &q("hoang van van"));
        assert_eq!(
            ranges,
            vec![Range {
                start: 0,
                end: text.len()
            }]
        );
    }

    #[test]
    fn highlights_work_on_decomposed_text_and_collapsed_punctuation() {
        let nfd: String = "Bản Tào".nfd().collect();
        let ranges = highlights(&nfd, &q("ban tao"));
        assert_eq!(
            ranges,
            vec![Range {
                start: 0,
                end: nfd.len()
            }]
        );
        let text = "truyền,  vận";
        let ranges = highlights(text, &q("truyen van"));
        assert_eq!(
            ranges,
            vec![Range {
                start: 0,
                end: text.len()
            }]
        );
    }

    #[test]
    fn segments_cover_the_whole_text() {
        let text = "Hoàng Văn Vạn";
        let segs = segments(text, Some(&q("van")));
        let joined: String = segs.iter().map(|(s, _)| *s).collect();
        assert_eq!(joined, text);
        assert_eq!(
            segs,
            [
                ("Hoàng ", false),
                ("Văn", true),
                (" ", false),
                ("Vạn", true)
            ]
        );
        assert_eq!(segments(text, None), [(text, false)]);
        assert_eq!(segments("", Some(&q("x"))), [("", false)]);
    }

    #[test]
    fn the_corpus_ranks_every_document_as_rank_does() {
        let names = [
            "Hoàng Văn Vạn",
            "Đinh Văn Hương",
            "Lò Thị Nhiên",
            "an",
            "hoang",
            "Đường hoa",
        ];
        let descs = [
            "vận động nhân dân",
            "",
            "Hội Phụ nữ xã, hoàng hôn",
            "an an",
            "dương",
            "đường",
        ];
        let docs: Vec<Document> = names
            .iter()
            .zip(descs.iter().cycle())
            .map(|(n, d)| {
                Document::new([
                    (Field::Name, *n),
                    (Field::Role, "x"),
                    (Field::Description, *d),
                ])
            })
            .collect();
        let mut corpus = Corpus::default();
        for d in &docs {
            corpus.push(d.clone());
        }
        for query in [
            "hoang",
            "van",
            "an",
            "đường",
            "duong",
            "hoi phu nu",
            "x",
            "n",
            "zzz",
            "văn vạn",
        ] {
            let q = q(query);
            let expected: Vec<Option<Rank>> = docs.iter().map(|d| rank(d, &q)).collect();
            assert_eq!(corpus.ranks(&q, None).0, expected, "{query:?}");
        }
    }

    #[test]
    fn typing_on_searches_only_the_last_hits_and_finds_what_a_full_scan_finds() {
        let texts = [
            ("Nguyễn Văn An", "nguyên văn bản"),
            ("Nguyễn Thị Vân", "thôn Ngũ"),
            ("Lò Văn Nguyên", ""),
            ("Hội Nông dân", "nguyen van an, nguyen van"),
            ("an", "n"),
        ];
        let mut corpus = Corpus::default();
        for (name, desc) in texts {
            corpus.push(Document::new([
                (Field::Name, name),
                (Field::Description, desc),
            ]));
        }
        // Typed key by key, then corrected with backspace (not an extension:
        // a full scan again), then a different word.
        let typed = [
            "n",
            "ng",
            "ngu",
            "nguy",
            "nguye",
            "nguyen",
            "nguyen ",
            "nguyen v",
            "nguyen va",
            "nguyen v",
            "nguyen vâ",
            "nguyen",
            "thon",
            "t",
        ];
        // Hits of nothing (as from an empty box) narrow nothing down.
        let mut last: Option<Hits> = Some(Hits::default());
        for input in typed {
            let q = q(input);
            let (fresh, fresh_hits) = corpus.ranks(&q, None);
            let (narrowed, hits) = corpus.ranks(&q, last.as_ref());
            assert_eq!(narrowed, fresh, "{input:?}");
            assert_eq!(hits, fresh_hits, "{input:?}");
            last = Some(hits);
        }
    }

    #[test]
    fn levels_order_ranks_as_ord_does() {
        let all: Vec<Rank> = (0..Rank::LEVELS)
            .map(|l| Rank {
                exact_accents: l & 4 != 0,
                in_name: l & 2 != 0,
                word_start: l & 1 != 0,
            })
            .collect();
        for a in &all {
            for b in &all {
                assert_eq!(a.level().cmp(&b.level()), a.cmp(b), "{a:?} {b:?}");
            }
        }
    }
}
