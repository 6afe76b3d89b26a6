//! The data file parsed: JSON as a small tree that keeps each object's
//! fields in the order the file has them, so problems are listed in the
//! order an officer reads the file.
//!
//! Parsed here rather than by serde_json: the tree needs none of its number
//! and value machinery, and the list's first load carries this parser in its
//! place (README, size ledger). It follows RFC 8259 strictly, reports where
//! the file stops being JSON as an editor counts (line, and column in
//! characters), and refuses nesting deeper than [`MAX_DEPTH`], so no input
//! can overflow the stack here or in the reading that walks the tree.

/// As deep as serde_json allows; the format nests eight levels deep.
pub const MAX_DEPTH: usize = 128;

#[derive(Clone, Debug, PartialEq)]
pub enum Json {
    Null,
    /// A whole number from 0 up, the only kind the format has.
    Number(u64),
    /// `true`, `false` or another number: nothing in the format, so only
    /// ever the wrong type.
    Other,
    String(String),
    Array(Vec<Json>),
    /// In file order. A field written twice is kept twice; [`Json::get`]
    /// and the reading of the format's types (`read.rs`) take the first,
    /// and the reading warns about the other.
    Object(Vec<(String, Json)>),
}

/// Where the text stops being JSON, 1-based; the column of the character
/// that does not fit, or of the last one when the text ends too early.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    pub line: usize,
    pub column: usize,
}

impl Json {
    pub fn parse(text: &str) -> Result<Json, SyntaxError> {
        Parsing::new(text).finish()
    }

    /// The value of an object's field (the first one of that name).
    pub fn get(&self, key: &str) -> Option<&Json> {
        match self {
            Json::Object(fields) => fields.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    pub fn get_mut(&mut self, key: &str) -> Option<&mut Json> {
        match self {
            Json::Object(fields) => fields.iter_mut().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    pub fn is_null(&self) -> bool {
        matches!(self, Json::Null)
    }

    pub fn as_u64(&self) -> Option<u64> {
        match self {
            Json::Number(n) => Some(*n),
            _ => None,
        }
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Json::String(s) => Some(s),
            _ => None,
        }
    }

    pub fn as_array(&self) -> Option<&[Json]> {
        match self {
            Json::Array(items) => Some(items),
            _ => None,
        }
    }

    pub fn as_array_mut(&mut self) -> Option<&mut [Json]> {
        match self {
            Json::Array(items) => Some(items),
            _ => None,
        }
    }
}

/// A parse that stops after a given amount of text and resumes where it
/// stopped, so a page can parse a 4 MB file in slices with the browser's
/// turn between them (`catalog::Loading`). The arrays and objects still open
/// are kept on a stack of their own rather than the call stack: that is what
/// lets it stop anywhere, and it gives the same tree and the same errors as
/// reading it in one go ([`Json::parse`] is every step at once).
pub struct Parsing<'a> {
    parser: Parser<'a>,
    /// Innermost last.
    open: Vec<Open>,
    /// Set once the text is read to its end or found not to be JSON.
    outcome: Option<Result<Json, usize>>,
}

/// An array or object being read, with what it holds so far.
enum Open {
    Array(Vec<Json>),
    /// The fields so far, and the name of the one whose value comes next.
    Object(Vec<(String, Json)>, String),
}

impl<'a> Parsing<'a> {
    pub fn new(text: &'a str) -> Parsing<'a> {
        Parsing {
            parser: Parser {
                text,
                bytes: text.as_bytes(),
                at: 0,
            },
            open: Vec::new(),
            outcome: None,
        }
    }

    /// Reads on for about `bytes` more bytes of text (at least one value);
    /// true when the parse is over, whether the text was JSON or not.
    pub fn step(&mut self, bytes: usize) -> bool {
        let stop = self.parser.at.saturating_add(bytes);
        while self.outcome.is_none() {
            if let Err(at) = self.value() {
                self.outcome = Some(Err(at));
            }
            if self.parser.at >= stop {
                break;
            }
        }
        self.outcome.is_some()
    }

    /// The tree, after whatever steps are left, or where the text stops
    /// being JSON.
    pub fn finish(mut self) -> Result<Json, SyntaxError> {
        while !self.step(usize::MAX) {}
        let text = self.parser.text;
        self.outcome
            .unwrap_or(Err(text.len()))
            .map_err(|at| syntax_error(text, at))
    }

    /// Reads the value that comes next: a whole one, or the opening of an
    /// array or object up to its first value.
    fn value(&mut self) -> Result<(), usize> {
        let p = &mut self.parser;
        p.skip_space();
        let value = match p.peek() {
            Some(open @ (b'{' | b'[')) => {
                // Nesting is refused where it goes one level too deep.
                if self.open.len() >= MAX_DEPTH {
                    return Err(p.at);
                }
                p.at += 1;
                p.skip_space();
                let (close, empty) = if open == b'[' {
                    (b']', Json::Array(Vec::new()))
                } else {
                    (b'}', Json::Object(Vec::new()))
                };
                if p.peek() == Some(close) {
                    p.at += 1;
                    empty
                } else {
                    let opened = if open == b'[' {
                        Open::Array(Vec::new())
                    } else {
                        Open::Object(Vec::new(), p.key()?)
                    };
                    self.open.push(opened);
                    return Ok(());
                }
            }
            Some(b'"') => Json::String(p.string()?),
            Some(b'-' | b'0'..=b'9') => p.number()?,
            Some(b'n') => p.word(b"null", Json::Null)?,
            Some(b't') => p.word(b"true", Json::Other)?,
            Some(b'f') => p.word(b"false", Json::Other)?,
            _ => return Err(p.at),
        };
        self.place(value)
    }

    /// Puts a whole value where it belongs, closing every array and object
    /// that ends right after it.
    fn place(&mut self, mut value: Json) -> Result<(), usize> {
        let p = &mut self.parser;
        loop {
            p.skip_space();
            let Some(open) = self.open.last_mut() else {
                // The text's one value: only space may follow it.
                return match p.peek() {
                    None => {
                        self.outcome = Some(Ok(value));
                        Ok(())
                    }
                    Some(_) => Err(p.at),
                };
            };
            let close = match open {
                Open::Array(items) => {
                    items.push(value);
                    b']'
                }
                Open::Object(fields, key) => {
                    fields.push((std::mem::take(key), value));
                    b'}'
                }
            };
            match p.peek() {
                Some(b',') => {
                    p.at += 1;
                    if let Open::Object(_, key) = open {
                        *key = p.key()?;
                    }
                    return Ok(());
                }
                Some(b) if b == close => {
                    p.at += 1;
                    value = match self.open.pop() {
                        Some(Open::Array(items)) => Json::Array(items),
                        Some(Open::Object(fields, _)) => Json::Object(fields),
                        None => return Err(p.at),
                    };
                }
                _ => return Err(p.at),
            }
        }
    }
}

/// Where `at` (a byte offset) is, as an editor counts.
fn syntax_error(text: &str, at: usize) -> SyntaxError {
    // Up to and including the character that does not fit.
    let end = (text.get(at..).and_then(|rest| rest.chars().next()))
        .map_or(text.len(), |c| at + c.len_utf8());
    let before = text.get(..end).unwrap_or(text);
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    SyntaxError {
        line: before.matches('\n').count() + 1,
        column: before[line_start..].chars().count(),
    }
}

/// Errors are the byte offset of what does not fit (the end of the text
/// when it ends too early). Offsets only ever stop at ASCII bytes or the
/// end, so they are character boundaries.
struct Parser<'a> {
    text: &'a str,
    bytes: &'a [u8],
    at: usize,
}

impl Parser<'_> {
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    fn skip_space(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.peek() {
            self.at += 1;
        }
    }

    /// Moves past `byte` after any space, or fails there.
    fn eat(&mut self, byte: u8) -> Result<(), usize> {
        self.skip_space();
        if self.peek() == Some(byte) {
            self.at += 1;
            Ok(())
        } else {
            Err(self.at)
        }
    }

    /// An object's field name and the colon after it.
    fn key(&mut self) -> Result<String, usize> {
        self.skip_space();
        if self.peek() != Some(b'"') {
            return Err(self.at);
        }
        let key = self.string()?;
        self.eat(b':')?;
        Ok(key)
    }

    fn word(&mut self, word: &[u8], value: Json) -> Result<Json, usize> {
        for &b in word {
            if self.peek() != Some(b) {
                return Err(self.at);
            }
            self.at += 1;
        }
        Ok(value)
    }

    /// A number: `Number` when it is a whole number from 0 up that fits,
    /// `Other` for any other valid one.
    fn number(&mut self) -> Result<Json, usize> {
        let negative = self.peek() == Some(b'-');
        if negative {
            self.at += 1;
        }
        let digits = |p: &mut Self| {
            let start = p.at;
            while let Some(b'0'..=b'9') = p.peek() {
                p.at += 1;
            }
            if p.at == start {
                Err(p.at)
            } else {
                Ok(start)
            }
        };
        let start = digits(self)?;
        let whole = &self.bytes[start..self.at];
        if whole.len() > 1 && whole[0] == b'0' {
            return Err(start + 1);
        }
        let mut exact = !negative;
        if self.peek() == Some(b'.') {
            self.at += 1;
            digits(self)?;
            exact = false;
        }
        if let Some(b'e' | b'E') = self.peek() {
            self.at += 1;
            if let Some(b'+' | b'-') = self.peek() {
                self.at += 1;
            }
            digits(self)?;
            exact = false;
        }
        let value = exact
            .then(|| {
                whole.iter().try_fold(0u64, |n, &d| {
                    n.checked_mul(10)?.checked_add(u64::from(d - b'0'))
                })
            })
            .flatten();
        Ok(value.map_or(Json::Other, Json::Number))
    }

    /// A string, `"` already seen; escapes decoded, control characters
    /// refused as JSON requires.
    fn string(&mut self) -> Result<String, usize> {
        self.at += 1;
        let mut out = String::new();
        loop {
            let start = self.at;
            while let Some(b) = self.peek() {
                if b == b'"' || b == b'\\' || b < 0x20 {
                    break;
                }
                self.at += 1;
            }
            out.push_str(self.text.get(start..self.at).ok_or(start)?);
            match self.peek() {
                Some(b'"') => {
                    self.at += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    self.at += 1;
                    out.push(self.escape()?);
                }
                _ => return Err(self.at),
            }
        }
    }

    /// After a backslash.
    fn escape(&mut self) -> Result<char, usize> {
        let at = self.at;
        self.at += 1;
        Ok(match self.bytes.get(at) {
            Some(b'"') => '"',
            Some(b'\\') => '\\',
            Some(b'/') => '/',
            Some(b'b') => '\u{8}',
            Some(b'f') => '\u{c}',
            Some(b'n') => '\n',
            Some(b'r') => '\r',
            Some(b't') => '\t',
            Some(b'u') => {
                let first = self.hex()?;
                let code = if (0xD800..0xDC00).contains(&first) {
                    // A pair of escapes for one character beyond U+FFFF.
                    if self.bytes.get(self.at..self.at + 2) != Some(b"\\u") {
                        return Err(self.at);
                    }
                    self.at += 2;
                    let second = self.hex()?;
                    if !(0xDC00..0xE000).contains(&second) {
                        return Err(self.at - 1);
                    }
                    0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
                } else {
                    first
                };
                // None for a lone second half of a pair.
                char::from_u32(code).ok_or(self.at - 1)?
            }
            _ => return Err(at),
        })
    }

    fn hex(&mut self) -> Result<u32, usize> {
        let mut code = 0;
        for _ in 0..4 {
            let digit = self
                .peek()
                .and_then(|b| char::from(b).to_digit(16))
                .ok_or(self.at)?;
            code = code * 16 + digit;
            self.at += 1;
        }
        Ok(code)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn objects_keep_file_order_and_the_first_of_a_repeated_field_counts() {
        let json = Json::parse(r#"{"b": 1, "a": [true, null, -1, 2.5, "x"], "b": 3}"#);
        let Ok(Json::Object(fields)) = &json else {
            panic!("{json:?}")
        };
        let keys: Vec<&str> = fields.iter().map(|(k, _)| k.as_str()).collect();
        assert_eq!(keys, ["b", "a", "b"]);
        let json = json.unwrap_or(Json::Null);
        assert_eq!(json.get("b").and_then(Json::as_u64), Some(1));
        assert_eq!(
            json.get("a").and_then(Json::as_array),
            Some(
                &[
                    Json::Other,
                    Json::Null,
                    Json::Other,
                    Json::Other,
                    Json::String("x".into())
                ][..]
            )
        );
    }

    #[test]
    fn syntax_errors_say_where_and_deep_nesting_is_refused() {
        let e = Json::parse("{\n  \"a\": 1,\n  oops\n}").err();
        assert_eq!(e, Some(SyntaxError { line: 3, column: 3 }));
        assert!(Json::parse(&format!("{}{}", "[".repeat(200), "]".repeat(200))).is_err());
    }

    /// serde_json's reading of the same text, in this tree's shape (its
    /// objects are sorted and keep the last of a repeated field).
    fn by_serde(text: &str) -> Option<Json> {
        fn convert(v: serde_json::Value) -> Json {
            use serde_json::Value as V;
            match v {
                V::Null => Json::Null,
                V::Bool(_) => Json::Other,
                V::Number(n) => n
                    .as_u64()
                    .filter(|_| n.is_u64())
                    .map_or(Json::Other, Json::Number),
                V::String(s) => Json::String(s),
                V::Array(a) => Json::Array(a.into_iter().map(convert).collect()),
                V::Object(o) => Json::Object(o.into_iter().map(|(k, v)| (k, convert(v))).collect()),
            }
        }
        serde_json::from_str(text).ok().map(convert)
    }

    fn sorted(j: Json) -> Json {
        match j {
            Json::Array(a) => Json::Array(a.into_iter().map(sorted).collect()),
            Json::Object(fields) => {
                let mut out: Vec<(String, Json)> = Vec::new();
                for (k, v) in fields {
                    out.retain(|(o, _)| *o != k);
                    out.push((k, sorted(v)));
                }
                out.sort_by(|a, b| a.0.cmp(&b.0));
                Json::Object(out)
            }
            other => other,
        }
    }

    fn same_as_serde(text: &str) {
        let ours = Json::parse(text).ok().map(sorted);
        assert_eq!(ours, by_serde(text), "{text:?}");
        same_in_slices(text);
    }

    /// A parse that stops and resumes every few bytes ends as one in a go:
    /// the same tree, or the same place where the text stops being JSON.
    fn same_in_slices(text: &str) {
        let whole = Json::parse(text);
        for bytes in [1, 7, 64] {
            let mut parsing = Parsing::new(text);
            while !parsing.step(bytes) {}
            assert_eq!(parsing.finish(), whole, "{bytes} bytes a step: {text:?}");
        }
    }

    #[test]
    fn reads_what_serde_json_reads_and_refuses_what_it_refuses() {
        let cases = [
            "",
            " ",
            "null",
            "nul",
            "true",
            "false",
            "0",
            "-0",
            "01",
            "1.",
            ".5",
            "1.5",
            "1e3",
            "1E+2",
            "1e",
            "-",
            "--1",
            "18446744073709551615",
            "18446744073709551616",
            "-1",
            "[]",
            "[1,]",
            "[,1]",
            "[1 2]",
            "{}",
            "{,}",
            "{\"a\":1,}",
            "{\"a\" 1}",
            "{a:1}",
            "{\"a\":1}x",
            "[1]]",
            "\"\\u00e9\\ud83d\\ude00\"",
            "\"\\ud83d\"",
            "\"\\ude00\"",
            "\"\\ud83dx\"",
            "\"\\u12\"",
            "\"\\x\"",
            "\"a\tb\"",
            "\"a\\tb\\n\\/\\\\\\\"\"",
            "\"tiếng Việt\"",
            "\"unterminated",
            "\u{feff}{}",
            " [ 1 , { \"b\" : [ ] } ] ",
            "[true, fals]",
        ];
        for text in cases {
            same_as_serde(text);
        }
        // serde_json refuses a number too large for a float; here it is
        // valid JSON of the wrong type, which the reading reports.
        assert_eq!(Json::parse("[1e999]"), Ok(Json::Array(vec![Json::Other])));
        let deep = |n: usize| format!("{}{}", "[".repeat(n), "]".repeat(n));
        assert!(Json::parse(&deep(MAX_DEPTH)).is_ok());
        assert!(Json::parse(&deep(MAX_DEPTH + 1)).is_err());
        let fields = |n: usize| format!("{}null{}", r#"{"a":"#.repeat(n), "}".repeat(n));
        assert!(Json::parse(&fields(MAX_DEPTH)).is_ok());
        assert!(Json::parse(&fields(MAX_DEPTH + 1)).is_err());
        for text in [
            deep(MAX_DEPTH + 1),
            fields(MAX_DEPTH),
            fields(MAX_DEPTH + 1),
        ] {
            same_in_slices(&text);
        }
    }

    #[test]
    fn the_real_file_and_its_mangled_copies_read_as_serde_json_reads_them() {
        let text = include_str!("../public/data/guong-sang.json");
        same_as_serde(text);
        // A step stops soon after its bytes: at the end of a value.
        let mut parsing = Parsing::new(text);
        let mut steps = 1;
        while !parsing.step(64) {
            steps += 1;
        }
        assert!(steps > text.len() / 1000, "{steps} steps");
        // Cut, dropped and doubled bytes at random places (the same ones on
        // every run): truncations and stray characters an editor leaves.
        let bytes = text.as_bytes();
        let mut seed = 0x9e37_79b9_7f4a_7c15_u64;
        let mut next = |n: usize| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % n as u64) as usize
        };
        for _ in 0..300 {
            let (i, j) = (next(bytes.len()), next(bytes.len()));
            let mut mangled = bytes.to_vec();
            match next(3) {
                0 => mangled.truncate(i),
                1 => {
                    mangled.remove(i);
                }
                _ => mangled.insert(i, bytes[j]),
            }
            if let Ok(text) = std::str::from_utf8(&mangled) {
                same_as_serde(text);
                if let (Err(ours), Err(theirs)) = (
                    Json::parse(text),
                    serde_json::from_str::<serde_json::Value>(text),
                ) {
                    assert_eq!(ours.line, theirs.line(), "{text:?}");
                }
            }
        }
    }
}
