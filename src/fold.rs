//! Vietnamese text folding (accent- and case-insensitive matching) without
//! `unicode-normalization`.
//!
//! That crate carries tables for all of Unicode into the wasm (see the size
//! ledger in the README), while Vietnamese needs only 12 vowels × 6 tones plus đ. A hand-written table covers them. Input may be
//! precomposed (NFC), decomposed (NFD, e.g. text pasted from macOS or some
//! IMEs) or a mix of both, so every entry point works per *perceived letter*:
//! a base char plus the combining marks U+0300..=U+036F that follow it.

use std::ops::Range;

/// Declaration order is the Vietnamese collation order (ngang, huyền, hỏi,
/// ngã, sắc, nặng), so the derived `Ord` can be used for sorting.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Tone {
    None,
    Grave,
    Hook,
    Tilde,
    Acute,
    Dot,
}

/// Marks that make a distinct letter of the alphabet (ă â ê ô ơ ư đ), unlike
/// tones.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Modifier {
    None,
    Breve,
    Circumflex,
    Horn,
    /// đ: has no Unicode decomposition, so NFD-and-strip-marks tools miss it.
    Stroke,
}

/// One perceived letter, split into the parts that search and sorting treat
/// differently.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Letter {
    /// Lowercase, without tone or modifier ('d' for đ).
    pub base: char,
    pub modifier: Modifier,
    pub tone: Tone,
    /// Whether the text had it in uppercase (lowercasing changed it).
    pub upper: bool,
}

impl Letter {
    /// The lowercase precomposed (NFC) form, e.g. 'ậ'; `base` when no
    /// precomposed Vietnamese form exists.
    pub fn composed(&self) -> char {
        if self.modifier == Modifier::Stroke {
            return if self.base == 'd' && self.tone == Tone::None {
                'đ'
            } else {
                self.base
            };
        }
        vowel_index(self.base, self.modifier)
            .and_then(|v| COMPOSED.get(usize::from(v)))
            .and_then(|row| row.get(self.tone as usize))
            .copied()
            .unwrap_or(self.base)
    }

    /// The letter with tone, modifier and case removed: 'ậ' -> 'a', 'Đ' -> 'd'.
    pub fn folded(&self) -> char {
        self.base
    }
}

/// Splits `s` into perceived letters, with the byte range each one covers.
///
/// A combining mark U+0300..=U+036F that cannot merge into the letter before it
/// (a second tone, a tone on a consonant, a horn on 'a', …) stays inside that
/// letter's range but is otherwise ignored. A mark at the very start of `s`
/// has nothing to attach to, so it becomes its own item with `base` = the mark
/// (and swallows any marks after it); `fold` drops such items.
///
/// Marks are merged whatever their order ('a' + U+0301 + U+0302 gives 'ấ' just
/// like the canonical 'a' + U+0302 + U+0301), because users and IMEs do not
/// reliably type the canonical order.
pub fn letters(s: &str) -> impl Iterator<Item = (Range<usize>, Letter)> + '_ {
    let mut pos = 0;
    std::iter::from_fn(move || {
        let start = pos;
        let (end, letter) = next_letter(s, start)?;
        pos = end;
        Some((start..end, letter))
    })
}

/// Lowercase, no tones, no modifiers, đ -> d; other chars lowercased and kept,
/// combining marks U+0300..=U+036F dropped. For accent-insensitive search.
pub fn fold(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(s.len());
    let mut pos = 0;
    while let Some((end, letter)) = next_letter(s, pos) {
        if !is_combining_mark(letter.base) {
            out.push(letter.folded());
        }
        pos = end;
    }
    out
}

/// Lowercase and composed the Vietnamese way (tones kept), for exact-accent
/// comparison: NFD "Hoàng" -> NFC "hoàng". Non-Vietnamese chars are lowercased
/// and marks that do not merge into a Vietnamese letter are kept as they are.
pub fn lower_nfc(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(s.len());
    // Unmerged marks must come after their letter, but are reported while
    // parsing it; buffer them (no allocation unless there are any).
    let mut pending = String::new();
    let bytes = s.as_bytes();
    let mut pos = 0;
    loop {
        if let Some(&b) = bytes.get(pos) {
            if b.is_ascii() && !is_mark_lead(bytes.get(pos + 1)) {
                out.push(char::from(b.to_ascii_lowercase()));
                pos += 1;
                continue;
            }
        }
        let item = parse(s, pos, &mut |m| pending.push(m));
        let Some(item) = item else { break };
        if item.vietnamese {
            out.push(item.letter.composed());
        } else {
            out.push(to_lower(item.first));
        }
        out.push_str(&pending);
        pending.clear();
        pos = item.end;
    }
    out
}

/// Whether any letter carries a tone or a modifier (including đ), i.e. the
/// user typed accents and presumably wants them to count.
pub fn has_diacritics(s: &str) -> bool {
    !s.is_ascii() && letters(s).any(|(_, l)| l.tone != Tone::None || l.modifier != Modifier::None)
}

/// Lower case for the alphabets this app meets: ASCII, Latin-1, Latin
/// Extended-A, Vietnamese, Greek and Cyrillic.
/// Other chars keep their case: std's full Unicode case tables would put
/// every script's case mappings into the wasm for text that does not occur here.
pub fn to_lower(c: char) -> char {
    let u = u32::from(c);
    let lower = match u {
        0x41..=0x5A | 0xC0..=0xD6 | 0xD8..=0xDE | 0x391..=0x3A1 | 0x3A3..=0x3AB | 0x410..=0x42F => {
            u + 0x20
        }
        0x130 => 0x69, // İ
        0x400..=0x40F => u + 0x50,
        0x100..=0x137 | 0x14A..=0x177 if u % 2 == 0 => u + 1,
        0x139..=0x148 | 0x179..=0x17E if u % 2 == 1 => u + 1,
        0x1A0 | 0x1AF => u + 1,
        0x1EA0..=0x1EF9 if u % 2 == 0 => u + 1,
        _ => u,
    };
    char::from_u32(lower).unwrap_or(c)
}

/// Upper case, the inverse of [`to_lower`] over the same alphabets.
pub fn to_upper(c: char) -> char {
    let u = u32::from(c);
    let upper = match u {
        0x61..=0x7A | 0xE0..=0xF6 | 0xF8..=0xFE | 0x3B1..=0x3C1 | 0x3C3..=0x3CB | 0x430..=0x44F => {
            u - 0x20
        }
        0x450..=0x45F => u - 0x50,
        0x131 => 0x49, // dotless ı: a plain I, as std has it (not İ)
        0x101..=0x137 | 0x14B..=0x177 if u % 2 == 1 => u - 1,
        0x13A..=0x148 | 0x17A..=0x17E if u % 2 == 0 => u - 1,
        0x1A1 | 0x1B0 => u - 1,
        0x1EA1..=0x1EF9 if u % 2 == 1 => u - 1,
        _ => u,
    };
    char::from_u32(upper).unwrap_or(c)
}

/// Letters and digits, as opposed to spaces, punctuation and symbols: the
/// ASCII ones exactly, and any other char outside the Latin-1 symbols and the
/// punctuation, symbol and CJK-punctuation blocks. (std's
/// `is_alphanumeric` needs tables this app can do without.)
pub fn is_word_char(c: char) -> bool {
    match u32::from(c) {
        0..=0x7F => c.is_ascii_alphanumeric(),
        0x80..=0xBF | 0xD7 | 0xF7 => false,
        0x300..=0x36F => false,
        0x2000..=0x2BFF | 0x3000..=0x303F | 0xFE30..=0xFE4F | 0xFF00..=0xFF0F => false,
        0x1F000..=0x1FAFF => false, // emoji and pictographs
        _ => true,
    }
}

/// U+0300..=U+036F (Combining Diacritical Marks), the only marks Vietnamese
/// uses.
pub fn is_combining_mark(c: char) -> bool {
    ('\u{300}'..='\u{36f}').contains(&c)
}

// ---------------------------------------------------------------------------
// Tables. A "vowel index" names one of the 12 Vietnamese vowel letters (plus
// đ, index DD); the names are the Telex spellings.

const A: u8 = 0;
const AW: u8 = 1;
const AA: u8 = 2;
const E: u8 = 3;
const EE: u8 = 4;
const I: u8 = 5;
const O: u8 = 6;
const OO: u8 = 7;
const OW: u8 = 8;
const U: u8 = 9;
const UW: u8 = 10;
const Y: u8 = 11;
const DD: u8 = 12;

/// Base and modifier of each vowel index.
const VOWELS: [(char, Modifier); 13] = [
    ('a', Modifier::None),
    ('a', Modifier::Breve),
    ('a', Modifier::Circumflex),
    ('e', Modifier::None),
    ('e', Modifier::Circumflex),
    ('i', Modifier::None),
    ('o', Modifier::None),
    ('o', Modifier::Circumflex),
    ('o', Modifier::Horn),
    ('u', Modifier::None),
    ('u', Modifier::Horn),
    ('y', Modifier::None),
    ('d', Modifier::Stroke),
];

/// Lowercase precomposed forms, `[vowel index][tone]`.
const COMPOSED: [[char; 6]; 12] = [
    ['a', 'à', 'ả', 'ã', 'á', 'ạ'],
    ['ă', 'ằ', 'ẳ', 'ẵ', 'ắ', 'ặ'],
    ['â', 'ầ', 'ẩ', 'ẫ', 'ấ', 'ậ'],
    ['e', 'è', 'ẻ', 'ẽ', 'é', 'ẹ'],
    ['ê', 'ề', 'ể', 'ễ', 'ế', 'ệ'],
    ['i', 'ì', 'ỉ', 'ĩ', 'í', 'ị'],
    ['o', 'ò', 'ỏ', 'õ', 'ó', 'ọ'],
    ['ô', 'ồ', 'ổ', 'ỗ', 'ố', 'ộ'],
    ['ơ', 'ờ', 'ở', 'ỡ', 'ớ', 'ợ'],
    ['u', 'ù', 'ủ', 'ũ', 'ú', 'ụ'],
    ['ư', 'ừ', 'ử', 'ữ', 'ứ', 'ự'],
    ['y', 'ỳ', 'ỷ', 'ỹ', 'ý', 'ỵ'],
];

/// Packed letter: `vowel index * 6 + tone`, bit 7 = uppercase.
const fn pk(vowel: u8, tone: Tone) -> u8 {
    vowel * 6 + tone as u8
}
const UP: u8 = 0x80;

/// U+1EA0..=U+1EF9 holds uppercase/lowercase pairs (uppercase at even code
/// points), so it is indexed directly by `(cp - 0x1EA0) / 2`.
const BLOCK: [u8; 45] = [
    pk(A, Tone::Dot),    // ạ
    pk(A, Tone::Hook),   // ả
    pk(AA, Tone::Acute), // ấ
    pk(AA, Tone::Grave), // ầ
    pk(AA, Tone::Hook),  // ẩ
    pk(AA, Tone::Tilde), // ẫ
    pk(AA, Tone::Dot),   // ậ
    pk(AW, Tone::Acute), // ắ
    pk(AW, Tone::Grave), // ằ
    pk(AW, Tone::Hook),  // ẳ
    pk(AW, Tone::Tilde), // ẵ
    pk(AW, Tone::Dot),   // ặ
    pk(E, Tone::Dot),    // ẹ
    pk(E, Tone::Hook),   // ẻ
    pk(E, Tone::Tilde),  // ẽ
    pk(EE, Tone::Acute), // ế
    pk(EE, Tone::Grave), // ề
    pk(EE, Tone::Hook),  // ể
    pk(EE, Tone::Tilde), // ễ
    pk(EE, Tone::Dot),   // ệ
    pk(I, Tone::Hook),   // ỉ
    pk(I, Tone::Dot),    // ị
    pk(O, Tone::Dot),    // ọ
    pk(O, Tone::Hook),   // ỏ
    pk(OO, Tone::Acute), // ố
    pk(OO, Tone::Grave), // ồ
    pk(OO, Tone::Hook),  // ổ
    pk(OO, Tone::Tilde), // ỗ
    pk(OO, Tone::Dot),   // ộ
    pk(OW, Tone::Acute), // ớ
    pk(OW, Tone::Grave), // ờ
    pk(OW, Tone::Hook),  // ở
    pk(OW, Tone::Tilde), // ỡ
    pk(OW, Tone::Dot),   // ợ
    pk(U, Tone::Dot),    // ụ
    pk(U, Tone::Hook),   // ủ
    pk(UW, Tone::Acute), // ứ
    pk(UW, Tone::Grave), // ừ
    pk(UW, Tone::Hook),  // ử
    pk(UW, Tone::Tilde), // ữ
    pk(UW, Tone::Dot),   // ự
    pk(Y, Tone::Grave),  // ỳ
    pk(Y, Tone::Dot),    // ỵ
    pk(Y, Tone::Hook),   // ỷ
    pk(Y, Tone::Tilde),  // ỹ
];

/// The other precomposed Vietnamese letters (Latin-1, Latin Extended-A/B),
/// sorted by char for binary search.
const LATIN: [(char, u8); 44] = [
    ('À', pk(A, Tone::Grave) | UP),
    ('Á', pk(A, Tone::Acute) | UP),
    ('Â', pk(AA, Tone::None) | UP),
    ('Ã', pk(A, Tone::Tilde) | UP),
    ('È', pk(E, Tone::Grave) | UP),
    ('É', pk(E, Tone::Acute) | UP),
    ('Ê', pk(EE, Tone::None) | UP),
    ('Ì', pk(I, Tone::Grave) | UP),
    ('Í', pk(I, Tone::Acute) | UP),
    ('Ò', pk(O, Tone::Grave) | UP),
    ('Ó', pk(O, Tone::Acute) | UP),
    ('Ô', pk(OO, Tone::None) | UP),
    ('Õ', pk(O, Tone::Tilde) | UP),
    ('Ù', pk(U, Tone::Grave) | UP),
    ('Ú', pk(U, Tone::Acute) | UP),
    ('Ý', pk(Y, Tone::Acute) | UP),
    ('à', pk(A, Tone::Grave)),
    ('á', pk(A, Tone::Acute)),
    ('â', pk(AA, Tone::None)),
    ('ã', pk(A, Tone::Tilde)),
    ('è', pk(E, Tone::Grave)),
    ('é', pk(E, Tone::Acute)),
    ('ê', pk(EE, Tone::None)),
    ('ì', pk(I, Tone::Grave)),
    ('í', pk(I, Tone::Acute)),
    ('ò', pk(O, Tone::Grave)),
    ('ó', pk(O, Tone::Acute)),
    ('ô', pk(OO, Tone::None)),
    ('õ', pk(O, Tone::Tilde)),
    ('ù', pk(U, Tone::Grave)),
    ('ú', pk(U, Tone::Acute)),
    ('ý', pk(Y, Tone::Acute)),
    ('Ă', pk(AW, Tone::None) | UP),
    ('ă', pk(AW, Tone::None)),
    ('Đ', pk(DD, Tone::None) | UP),
    ('đ', pk(DD, Tone::None)),
    ('Ĩ', pk(I, Tone::Tilde) | UP),
    ('ĩ', pk(I, Tone::Tilde)),
    ('Ũ', pk(U, Tone::Tilde) | UP),
    ('ũ', pk(U, Tone::Tilde)),
    ('Ơ', pk(OW, Tone::None) | UP),
    ('ơ', pk(OW, Tone::None)),
    ('Ư', pk(UW, Tone::None) | UP),
    ('ư', pk(UW, Tone::None)),
];

fn tone_from(i: u8) -> Tone {
    match i {
        1 => Tone::Grave,
        2 => Tone::Hook,
        3 => Tone::Tilde,
        4 => Tone::Acute,
        5 => Tone::Dot,
        _ => Tone::None,
    }
}

fn vowel_index(base: char, modifier: Modifier) -> Option<u8> {
    Some(match (base, modifier) {
        ('a', Modifier::None) => A,
        ('a', Modifier::Breve) => AW,
        ('a', Modifier::Circumflex) => AA,
        ('e', Modifier::None) => E,
        ('e', Modifier::Circumflex) => EE,
        ('i', Modifier::None) => I,
        ('o', Modifier::None) => O,
        ('o', Modifier::Circumflex) => OO,
        ('o', Modifier::Horn) => OW,
        ('u', Modifier::None) => U,
        ('u', Modifier::Horn) => UW,
        ('y', Modifier::None) => Y,
        _ => return None,
    })
}

/// Packed form of a non-ASCII precomposed Vietnamese letter.
fn decode(c: char) -> Option<u8> {
    let cp = u32::from(c);
    if (0x1EA0..=0x1EF9).contains(&cp) {
        let upper = if cp % 2 == 0 { UP } else { 0 };
        let i = usize::try_from((cp - 0x1EA0) / 2).ok()?;
        return BLOCK.get(i).map(|&p| p | upper);
    }
    let i = LATIN.binary_search_by_key(&c, |&(k, _)| k).ok()?;
    LATIN.get(i).map(|&(_, p)| p)
}

/// Vowel index of an ASCII vowel of either case.
fn ascii_vowel(b: u8) -> Option<u8> {
    match b.to_ascii_lowercase() {
        b'a' => Some(A),
        b'e' => Some(E),
        b'i' => Some(I),
        b'o' => Some(O),
        b'u' => Some(U),
        b'y' => Some(Y),
        _ => None,
    }
}

/// The letter starting at byte `pos` and the byte where it ends.
#[inline]
fn next_letter(s: &str, pos: usize) -> Option<(usize, Letter)> {
    let bytes = s.as_bytes();
    let &b = bytes.get(pos)?;
    if b.is_ascii() && !is_mark_lead(bytes.get(pos + 1)) {
        return Some((pos + 1, ascii_letter(b)));
    }
    parse(s, pos, &mut |_| {}).map(|item| (item.end, item.letter))
}

/// An ASCII char with no marks after it: the common case, kept cheap.
fn ascii_letter(b: u8) -> Letter {
    let lower = b.to_ascii_lowercase();
    Letter {
        base: char::from(lower),
        modifier: Modifier::None,
        tone: Tone::None,
        upper: lower != b,
    }
}

/// Whether a byte may start a combining mark U+0300..=U+036F (a cheap
/// pre-check for the ASCII fast paths).
fn is_mark_lead(b: Option<&u8>) -> bool {
    matches!(b, Some(0xCC | 0xCD))
}

/// The combining mark U+0300..=U+036F at byte `i`, read straight from UTF-8
/// (CC 80..BF or CD 80..AF) because this runs once per char.
fn mark_at(bytes: &[u8], i: usize) -> Option<u32> {
    match (bytes.get(i), bytes.get(i + 1)) {
        (Some(0xCC), Some(&b)) => Some(0x300 | u32::from(b & 0x3F)),
        (Some(0xCD), Some(&b)) if b < 0xB0 => Some(0x340 | u32::from(b & 0x3F)),
        _ => None,
    }
}

/// The vowel/tone after adding `mark`, or `None` if the mark does not belong
/// on this letter.
fn apply_mark(vowel: u8, tone: Tone, mark: u32) -> Option<(u8, Tone)> {
    let new_tone = match mark {
        // U+0340/U+0341 are deprecated duplicates of grave/acute.
        0x300 | 0x340 => Some(Tone::Grave),
        0x309 => Some(Tone::Hook),
        0x303 => Some(Tone::Tilde),
        0x301 | 0x341 => Some(Tone::Acute),
        0x323 => Some(Tone::Dot),
        _ => None,
    };
    if let Some(t) = new_tone {
        return (vowel != DD && tone == Tone::None).then_some((vowel, t));
    }
    let new_vowel = match (mark, vowel) {
        (0x306, A) => AW,
        (0x302, A) => AA,
        (0x302, E) => EE,
        (0x302, O) => OO,
        (0x31B, O) => OW,
        (0x31B, U) => UW,
        _ => return None,
    };
    Some((new_vowel, tone))
}

struct Item {
    end: usize,
    letter: Letter,
    /// The first char of the item as written.
    first: char,
    /// Whether `letter` is a Vietnamese vowel or đ (so `composed` is exact).
    vietnamese: bool,
}

/// Parses the perceived letter starting at byte `start`; marks that do not
/// merge are passed to `rejected`.
fn parse(s: &str, start: usize, rejected: &mut impl FnMut(char)) -> Option<Item> {
    let bytes = s.as_bytes();
    let &b = bytes.get(start)?;
    let (first, mut end, mut viet) = if b.is_ascii() {
        let viet = ascii_vowel(b).map(|v| (v, Tone::None, b.is_ascii_uppercase()));
        (char::from(b), start + 1, viet)
    } else {
        let c = s.get(start..)?.chars().next()?;
        let viet = decode(c).map(|p| {
            let v = p & !UP;
            (v / 6, tone_from(v % 6), p & UP != 0)
        });
        (c, start + c.len_utf8(), viet)
    };
    while let Some(mark) = mark_at(bytes, end) {
        end += 2;
        let merged =
            viet.and_then(|(v, t, up)| apply_mark(v, t, mark).map(|(v2, t2)| (v2, t2, up)));
        if merged.is_some() {
            viet = merged;
        } else if let Some(c) = char::from_u32(mark) {
            rejected(c);
        }
    }
    let letter = match viet.and_then(|(v, t, up)| Some((VOWELS.get(usize::from(v))?, t, up))) {
        Some((&(base, modifier), tone, upper)) => Letter {
            base,
            modifier,
            tone,
            upper,
        },
        None => {
            let lower = to_lower(first);
            Letter {
                base: lower,
                modifier: Modifier::None,
                tone: Tone::None,
                upper: lower != first,
            }
        }
    };
    Some(Item {
        end,
        letter,
        first,
        vietnamese: viet.is_some(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use unicode_normalization::UnicodeNormalization;

    fn nfd(s: &str) -> String {
        s.nfd().collect()
    }
    fn nfc(s: &str) -> String {
        s.nfc().collect()
    }

    /// Every precomposed Vietnamese letter, found independently of our tables:
    /// chars whose NFD is a vowel plus Vietnamese marks only, and Đ/đ.
    fn all_precomposed() -> Vec<char> {
        let mut out = vec!['Đ', 'đ'];
        for cp in 0x80..0x2000u32 {
            let Some(c) = char::from_u32(cp) else {
                continue;
            };
            let d: Vec<char> = c.nfd().collect();
            let Some((&base, marks)) = d.split_first() else {
                continue;
            };
            if marks.is_empty() || !"aeiouyAEIOUY".contains(base) {
                continue;
            }
            let tones = marks
                .iter()
                .filter(|m| "\u{300}\u{309}\u{303}\u{301}\u{323}".contains(**m))
                .count();
            let mods = marks
                .iter()
                .filter(|m| "\u{306}\u{302}\u{31b}".contains(**m))
                .count();
            if tones + mods != marks.len() || tones > 1 || mods > 1 {
                continue;
            }
            let ok_mod = match marks.iter().find(|m| "\u{306}\u{302}\u{31b}".contains(**m)) {
                None => true,
                Some('\u{306}') => base.eq_ignore_ascii_case(&'a'),
                Some('\u{302}') => "aeoAEO".contains(base),
                Some(_) => "ouOU".contains(base),
            };
            if ok_mod {
                out.push(c);
            }
        }
        out
    }

    fn expected_fold(c: char) -> String {
        let stripped: String = nfd(&c.to_string())
            .chars()
            .filter(|&m| !is_combining_mark(m))
            .collect();
        stripped.replace(['đ', 'Đ'], "d").to_lowercase()
    }

    #[test]
    fn upper_case_agrees_with_std_wherever_it_maps() {
        // Dotless ı is a plain I (it once gave İ).
        assert_eq!(to_upper('ı'), 'I');
        for c in (0..0x2000).filter_map(char::from_u32) {
            let upper = to_upper(c);
            if upper != c {
                assert_eq!(c.to_uppercase().collect::<Vec<_>>(), [upper], "{c:?}");
            }
        }
    }

    #[test]
    fn table_covers_exactly_the_134_letters() {
        let all = all_precomposed();
        assert_eq!(all.len(), 134);
        for cp in 0x80..0x2000u32 {
            let Some(c) = char::from_u32(cp) else {
                continue;
            };
            assert_eq!(decode(c).is_some(), all.contains(&c), "{c} U+{cp:04X}");
        }
        assert!(
            LATIN.windows(2).all(|w| w[0].0 < w[1].0),
            "LATIN must be sorted"
        );
    }

    #[test]
    fn exhaustive_against_unicode_normalization() {
        for c in all_precomposed() {
            let s = c.to_string();
            let d = nfd(&s);
            let lower_c = nfc(&s.to_lowercase());
            assert_eq!(fold(&s), expected_fold(c), "fold NFC {c}");
            assert_eq!(fold(&d), expected_fold(c), "fold NFD {c}");
            assert_eq!(lower_nfc(&d), lower_c, "lower_nfc NFD {c}");
            assert_eq!(lower_nfc(&s), lower_c, "lower_nfc NFC {c}");
            assert!(has_diacritics(&s) && has_diacritics(&d), "{c}");

            let items: Vec<_> = letters(&d).collect();
            assert_eq!(items.len(), 1, "one item for NFD {c}");
            let (range, letter) = items[0].clone();
            assert_eq!(range, 0..d.len());
            assert_eq!(letter.upper, c.is_uppercase());
            assert_eq!(letter.composed().to_string(), lower_c);
            assert_eq!(letter.folded().to_string(), expected_fold(c));
            assert_eq!(
                letters(&s).map(|(_, l)| l).collect::<Vec<_>>(),
                vec![letter]
            );
            assert_eq!(letters(&s).next().map(|(r, _)| r), Some(0..s.len()));
        }
    }

    #[test]
    fn mark_order_does_not_matter() {
        for s in [
            "a\u{323}\u{302}",
            "a\u{302}\u{323}",
            "â\u{323}",
            "ạ\u{302}",
            "ậ",
        ] {
            let l: Vec<_> = letters(s).map(|(_, l)| l.composed()).collect();
            assert_eq!(l, vec!['ậ'], "{s:?}");
            assert_eq!(lower_nfc(s), "ậ");
            assert_eq!(fold(s), "a");
        }
        // Same combining class, so not canonically equivalent, but accepted.
        assert_eq!(lower_nfc("a\u{301}\u{302}"), "ấ");
        assert_eq!(lower_nfc("U\u{323}\u{31b}"), "ự");
        // Deprecated tone marks.
        assert_eq!(lower_nfc("a\u{340}"), "à");
        assert_eq!(lower_nfc("a\u{341}"), "á");
    }

    #[test]
    fn names_fold() {
        let nfc_name = "Hoàng Văn Vạn";
        for s in [
            "hoang van van",
            "HOÀNG VĂN VẠN",
            nfc_name,
            &nfd(nfc_name),
            &nfc(nfc_name),
        ] {
            assert_eq!(fold(s), "hoang van van", "{s:?}");
        }
        assert_eq!(fold("Đinh Văn Hương"), "dinh van huong");
        assert_eq!(fold(&nfd("Đinh Văn Hương")), "dinh van huong");
        assert_eq!(fold("ĐINH"), "dinh");
        assert_eq!(lower_nfc(&nfd("Hoàng")), "hoàng");
        assert_eq!(lower_nfc(&nfd("ĐOÀN THỊ THÚY")), "đoàn thị thúy");
    }

    #[test]
    fn byte_ranges() {
        let s = "Vạn a\u{302}\u{301}b";
        let got: Vec<_> = letters(s).map(|(r, l)| (&s[r], l.composed())).collect();
        assert_eq!(
            got,
            vec![
                ("V", 'v'),
                ("ạ", 'ạ'),
                ("n", 'n'),
                (" ", ' '),
                ("a\u{302}\u{301}", 'ấ'),
                ("b", 'b')
            ]
        );
    }

    #[test]
    fn stray_marks() {
        // Leading mark: its own item, dropped by fold.
        let items: Vec<_> = letters("\u{301}\u{300}a").collect();
        assert_eq!(items.len(), 2);
        assert_eq!(items[0].0, 0..4);
        assert_eq!(items[0].1.base, '\u{301}');
        assert_eq!(fold("\u{301}a"), "a");
        // Second tone, tone on a consonant, modifier that does not fit.
        assert_eq!(fold("a\u{301}\u{300}"), "a");
        assert_eq!(letters("a\u{301}\u{300}").count(), 1);
        assert_eq!(fold("n\u{303}"), "n");
        assert_eq!(fold("i\u{302}"), "i");
        assert_eq!(fold("ă\u{302}"), "a");
        assert_eq!(fold("đ\u{301}"), "d");
        assert_eq!(fold("a\u{308}"), "a");
        // lower_nfc keeps what it cannot compose.
        assert_eq!(lower_nfc("N\u{303}"), "n\u{303}");
        assert_eq!(lower_nfc("á\u{300}"), "á\u{300}");
        assert_eq!(lower_nfc("\u{301}A"), "\u{301}a");
        assert!(!has_diacritics("n\u{303}"));
    }

    #[test]
    fn non_vietnamese_text_is_kept() {
        let s = "123 !?,.-_ ß ẞ İ Σσ ñ ç 中文 😀👍🏽 \u{200d}\u{fe0f} \u{0} ÄÖÜ Ωмир";
        let folded = fold(s);
        assert_eq!(
            folded,
            "123 !?,.-_ ß ẞ i σσ ñ ç 中文 😀👍🏽 \u{200d}\u{fe0f} \u{0} äöü ωмир"
        );
        // Case is mapped for the alphabets the app meets, not all of Unicode
        // (ẞ keeps its case); İ lower-cases to a plain i.
        assert_eq!(
            lower_nfc(s),
            s.to_lowercase()
                .replace("ß ß", "ß ẞ")
                .replace("i\u{307}", "i")
        );
        assert!(!has_diacritics(s));
        let joined: String = letters(s).map(|(r, _)| &s[r]).collect();
        assert_eq!(joined, s);
        assert_eq!(fold(""), "");
        assert_eq!(lower_nfc(""), "");
        assert!(!has_diacritics(""));
    }

    #[test]
    fn diacritics() {
        assert!(has_diacritics("vạn"));
        assert!(has_diacritics("đinh"));
        assert!(has_diacritics("ĐINH"));
        assert!(has_diacritics(&nfd("vạn")));
        assert!(!has_diacritics("van"));
        assert!(!has_diacritics("VAN 123"));
    }

    #[test]
    fn composed_falls_back_to_base() {
        let l = |base, modifier, tone| Letter {
            base,
            modifier,
            tone,
            upper: false,
        };
        assert_eq!(l('b', Modifier::None, Tone::Acute).composed(), 'b');
        assert_eq!(l('a', Modifier::Horn, Tone::None).composed(), 'a');
        assert_eq!(l('d', Modifier::Stroke, Tone::None).composed(), 'đ');
        assert_eq!(l('d', Modifier::Stroke, Tone::Dot).composed(), 'd');
        assert_eq!(l('u', Modifier::Horn, Tone::Dot).composed(), 'ự');
        assert_eq!(l('u', Modifier::Horn, Tone::Dot).folded(), 'u');
    }

    #[test]
    fn random_mixes_match_unicode_normalization() {
        // Deterministic xorshift over Vietnamese and other chars, in NFC and
        // NFD, checked against NFD-strip and NFC.
        let pool: Vec<char> = all_precomposed()
            .into_iter()
            .chain("aeiouyAEIOUYbdDnNgG xX1.,ßİ中😀".chars())
            .collect();
        let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
        for _ in 0..2000 {
            let mut s = String::new();
            for _ in 0..8 {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                s.push(pool[(x % pool.len() as u64) as usize]);
            }
            let expected_fold: String = s.chars().map(expected_fold).collect();
            assert_eq!(fold(&s), expected_fold, "{s:?}");
            assert_eq!(fold(&nfd(&s)), expected_fold, "{s:?}");
            assert_eq!(lower_nfc(&nfd(&s)), nfc(&s.to_lowercase()), "{s:?}");
        }
    }
}
