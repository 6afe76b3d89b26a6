//! Turns the raw JSON text into a [`Dataset`], keeping every valid entry and
//! describing each problem as data (not prose) so the browse screen, the
//! data checker and another interface language can all present it.
//!
//! The format itself is declared once, by the types of `model.rs`; each
//! element of the file (a source, a domain, a commune's own fields, its
//! figures, each entry) is read through them on its own by `read.rs`, so a
//! bad one costs only itself. What is left here is what a type cannot say:
//! the schema version, ids, empty names, references to sources and domains,
//! dates, years, links, duplicate ids across communes, a file with nothing
//! to show.

use crate::json::{Json, SyntaxError};
use crate::model::{Commune, Dataset, Domain, Entry, Figures, Source, SCHEMA_VERSION};
use crate::read::{read, Report};
use crate::search::find;
use rustc_hash::FxHashMap;
use serde::de::DeserializeOwned;
use std::borrow::Cow;

/// A set of ids. One hash map type serves the whole app (facets use the same),
/// so the wasm carries one copy of its code.
type IdSet = FxHashMap<String, u32>;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Severity {
    /// The entry (or the whole file) could not be used.
    Error,
    /// Used, but something in it should be fixed.
    Warning,
}

/// Where a problem is: as precise as the file allows.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Location {
    pub commune: Option<String>,
    /// Position of the entry in its commune's `entries` list (0-based).
    pub entry_index: Option<usize>,
    pub entry_id: Option<String>,
    /// Field path inside the entry or block, e.g. `name` or `recognitions[0].year`.
    pub field: Option<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Expected {
    Text,
    Number,
    Object,
    List,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ProblemKind {
    /// The file is not JSON at all; line and column are 1-based.
    NotJson {
        line: usize,
        column: usize,
    },
    UnsupportedSchema {
        found: Option<u64>,
    },
    MissingField,
    WrongType {
        expected: Expected,
    },
    EmptyText,
    BadId {
        value: String,
    },
    DuplicateId {
        value: String,
    },
    /// A closed field (`kind`, `levels`, `models_built`) with a value it
    /// does not allow; `allowed` comes from the type's declaration. `value`
    /// is `None` when the value is not even text (a number, a list).
    UnknownValue {
        value: Option<String>,
        allowed: &'static [&'static str],
    },
    UnknownDomain {
        value: String,
    },
    UnknownSource {
        value: String,
    },
    BadDate {
        value: String,
    },
    /// Only http(s) links are shown; anything else (javascript:, data:) is refused.
    BadUrl {
        value: String,
    },
    BadYear {
        value: u64,
    },
    /// A field written twice in one block: the first is read, the other
    /// would be lost without a word.
    RepeatedField,
    /// A field this version does not know; kept out of the app, probably a
    /// typo of `suggestion`, the known field it is closest to.
    UnknownField {
        suggestion: Option<&'static str>,
    },
    /// A value serde refused for a reason none of the kinds above names. The
    /// format's types give none; it keeps a new type's surprise reported
    /// rather than lost.
    Unreadable,
    NoEntries,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub severity: Severity,
    pub at: Location,
    pub kind: ProblemKind,
}

/// What loading produced: the usable data and everything that was wrong.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Checked {
    pub dataset: Dataset,
    pub problems: Vec<Problem>,
    /// How many entries the file lists, valid or not (0 when it is not
    /// JSON): the checker's summary counts them.
    pub listed: usize,
}

/// Errors first, then warnings, each in file order: the order to show them in.
pub fn errors_first(problems: &[Problem]) -> Vec<&Problem> {
    let (mut errors, warnings): (Vec<&Problem>, Vec<&Problem>) =
        problems.iter().partition(|p| p.severity == Severity::Error);
    errors.extend(warnings);
    errors
}

impl Checked {
    pub fn errors(&self) -> impl Iterator<Item = &Problem> {
        self.problems
            .iter()
            .filter(|p| p.severity == Severity::Error)
    }
}

/// The known field a mistyped `key` most likely meant: at most two letters
/// added, dropped, changed or swapped ("nmae" is "name", "Village" is
/// "village"), else none.
pub fn closest(key: &str, known: &[&'static str]) -> Option<&'static str> {
    let key = key.to_ascii_lowercase();
    known
        .iter()
        .map(|&k| (edit_distance(&key, k), k))
        .filter(|&(d, k)| d <= 2 && d < k.chars().count())
        .min_by_key(|&(d, _)| d)
        .map(|(_, k)| k)
}

/// Letters to add, drop, change or swap (adjacent) to turn `a` into `b`.
fn edit_distance(a: &str, b: &str) -> usize {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let mut rows = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for (i, row) in rows.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in rows[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let change = usize::from(a[i - 1] != b[j - 1]);
            let mut best = (rows[i - 1][j] + 1)
                .min(rows[i][j - 1] + 1)
                .min(rows[i - 1][j - 1] + change);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(rows[i - 2][j - 2] + 1);
            }
            rows[i][j] = best;
        }
    }
    rows[a.len()][b.len()]
}

/// A data file's bytes as text, the one way all its readers take them (the
/// app's fetch and its check for newer data, the checker page, `kiem-tra`):
/// invalid UTF-8 becomes "�" as a browser's decoder makes it, so a stray
/// byte from a hand-edited file costs one character, not the file. Valid
/// bytes are borrowed, not copied.
pub fn file_text(bytes: &[u8]) -> Cow<'_, str> {
    String::from_utf8_lossy(bytes)
}

/// The text of a data file without the byte-order mark Windows editors put
/// before UTF-8, which `file_text` keeps.
pub fn without_bom(text: &str) -> &str {
    text.strip_prefix('\u{feff}').unwrap_or(text)
}

/// Parses and checks the data file. Never fails: a file that is not JSON
/// gives an empty dataset and one `NotJson` problem.
pub fn check(text: &str) -> Checked {
    Checking::new(text).finish()
}

/// The check of one file, an entry at a time after the file is parsed and
/// its head (sources, domains) read: a page that loads 10,000 entries lets
/// the browser handle input and paint between steps (`api.rs`).
pub struct Checking {
    value: Json,
    cx: Cx,
    dataset: Dataset,
    known: Known,
    seen_ids: IdSet,
    /// The commune being read, and the next of its entries once its own
    /// fields are read (`None` before that).
    commune: usize,
    entry: Option<usize>,
    /// The commune at `commune` was kept: its entries are read.
    kept: bool,
    /// Nothing is left to read (also when the file stopped at its head).
    done: bool,
    /// The file got past its head: an object of this schema version.
    headed: bool,
    listed: usize,
}

impl Checking {
    pub fn new(text: &str) -> Checking {
        Checking::parsed(Json::parse(without_bom(text)))
    }

    /// The check of a file already parsed (by [`Json::parse`] or a
    /// [`crate::json::Parsing`]), from its head on.
    pub fn parsed(parsed: Result<Json, SyntaxError>) -> Checking {
        let mut cx = Cx::default();
        // Nesting deeper than `json::MAX_DEPTH` is a syntax error, so no input
        // overflows the stack here or in the reading below.
        let (value, dataset) = match parsed {
            Ok(value) => {
                let dataset = cx.head(&value);
                (value, dataset)
            }
            Err(e) => {
                cx.problems.push(Problem {
                    severity: Severity::Error,
                    at: Location::default(),
                    kind: ProblemKind::NotJson {
                        line: e.line,
                        column: e.column,
                    },
                });
                (Json::Null, None)
            }
        };
        let headed = dataset.is_some();
        let listed = (items(&value, "communes").iter())
            .map(|commune| items(commune, "entries").len())
            .sum();
        let dataset = dataset.unwrap_or_default();
        let known = Known {
            sources: dataset.sources.iter().map(|s| (s.id.clone(), 0)).collect(),
            domains: dataset.domains.iter().map(|d| (d.id.clone(), 0)).collect(),
        };
        Checking {
            value,
            cx,
            dataset,
            known,
            seen_ids: IdSet::default(),
            commune: 0,
            entry: None,
            kept: false,
            done: !headed,
            headed,
            listed,
        }
    }

    /// Reads up to `elements` more (a commune's own fields count as one,
    /// as does each entry); true when nothing is left.
    pub fn step(&mut self, elements: usize) -> bool {
        for _ in 0..elements {
            if self.done {
                break;
            }
            let Some(commune) = items(&self.value, "communes").get(self.commune) else {
                self.done = true;
                break;
            };
            let Some(i) = self.entry else {
                let read = self.cx.commune(self.commune, commune, &self.known);
                self.kept = read.is_some();
                self.dataset.communes.extend(read);
                self.entry = Some(0);
                continue;
            };
            let entry = items(commune, "entries").get(i).filter(|_| self.kept);
            match (entry, self.dataset.communes.last_mut()) {
                (Some(entry), Some(kept)) => {
                    let read = self
                        .cx
                        .entry(i, entry, &kept.id, &self.known, &mut self.seen_ids);
                    kept.entries.extend(read);
                    self.entry = Some(i + 1);
                    // Read for good: freed now, a step's share at a time,
                    // rather than with the whole tree when the check ends
                    // (at 10,000 entries, a long task of its own).
                    let read = items_mut(&mut self.value, "communes")
                        .get_mut(self.commune)
                        .and_then(|commune| items_mut(commune, "entries").get_mut(i));
                    if let Some(read) = read {
                        *read = Json::Null;
                    }
                }
                _ => {
                    self.commune += 1;
                    self.entry = None;
                }
            }
        }
        self.done
    }

    /// What the check found, after whatever steps are left.
    pub fn finish(mut self) -> Checked {
        while !self.step(usize::MAX) {}
        if self.headed && self.dataset.communes.iter().all(|c| c.entries.is_empty()) {
            self.cx.problems.push(Problem {
                severity: Severity::Error,
                at: Location::default(),
                kind: ProblemKind::NoEntries,
            });
        }
        Checked {
            dataset: self.dataset,
            problems: self.cx.problems,
            listed: self.listed,
        }
    }
}

/// The items of a list its block reads `one_by_one` (`model.rs`); that
/// reading reports a list that is not one.
fn items<'v>(block: &'v Json, key: &str) -> &'v [Json] {
    block.get(key).and_then(Json::as_array).unwrap_or_default()
}

fn items_mut<'v>(block: &'v mut Json, key: &str) -> &'v mut [Json] {
    block
        .get_mut(key)
        .and_then(Json::as_array_mut)
        .unwrap_or_default()
}

#[derive(Default)]
struct Cx {
    problems: Vec<Problem>,
}

struct Known {
    sources: IdSet,
    domains: IdSet,
}

impl Cx {
    /// Reads one element as a `T`, its problems reported at `at` with
    /// field paths under `prefix`.
    fn read<T: DeserializeOwned>(
        &mut self,
        value: &Json,
        prefix: String,
        at: Location,
    ) -> (Option<T>, Element) {
        let reading = read::<T>(value, &prefix);
        (reading.value, Element::new(reading.report, prefix, at))
    }

    /// The file's own fields, its sources and its domains; `None` when the
    /// file is not one this version reads (nothing else is).
    fn head(&mut self, value: &Json) -> Option<Dataset> {
        let top = Location::default();
        let Json::Object(_) = value else {
            self.problems.push(Problem {
                severity: Severity::Error,
                at: top,
                kind: ProblemKind::WrongType {
                    expected: Expected::Object,
                },
            });
            return None;
        };
        // Another version may have another shape: nothing else is read.
        let schema = value.get("schema").and_then(Json::as_u64);
        if schema != Some(u64::from(SCHEMA_VERSION)) {
            self.problems.push(Problem {
                severity: Severity::Error,
                at: Location {
                    field: Some("schema".into()),
                    ..top
                },
                kind: ProblemKind::UnsupportedSchema { found: schema },
            });
            return None;
        }
        let (dataset, mut head) = self.read::<Dataset>(value, String::new(), top);
        let mut dataset = dataset.unwrap_or_default();
        dataset.site_url = head.url("site_url", dataset.site_url.take());
        dataset.updated = head.date("updated", dataset.updated.take());
        self.problems.append(&mut head.problems);

        dataset.sources = (items(value, "sources").iter().enumerate())
            .filter_map(|(i, v)| self.source(i, v))
            .collect();
        dataset.domains = (items(value, "domains").iter().enumerate())
            .filter_map(|(i, v)| self.domain(i, v))
            .collect();
        Some(dataset)
    }

    /// A source with a bad optional field is kept without it.
    fn source(&mut self, index: usize, value: &Json) -> Option<Source> {
        let prefix = format!("sources[{index}]");
        let (source, mut el) = self.read::<Source>(value, prefix, Location::default());
        let kept = source.and_then(|mut s| {
            let usable = el.id("id", &s.id) & el.text("title", &s.title);
            s.url = el.url("url", s.url.take());
            s.photo_taken_before = el.date("photo_taken_before", s.photo_taken_before.take());
            (usable && !el.invented).then_some(s)
        });
        self.problems.append(&mut el.problems);
        kept
    }

    fn domain(&mut self, index: usize, value: &Json) -> Option<Domain> {
        let prefix = format!("domains[{index}]");
        let (domain, mut el) = self.read::<Domain>(value, prefix, Location::default());
        let kept =
            domain.filter(|d| (el.id("id", &d.id) & el.text("name", &d.name)) && !el.invented);
        self.problems.append(&mut el.problems);
        kept
    }

    /// A commune's own fields and figures; its entries are read one by one
    /// after it (`Checking::step`). A commune with a bad optional field or
    /// bad figures is kept without them: its entries are what matters.
    fn commune(&mut self, index: usize, value: &Json, known: &Known) -> Option<Commune> {
        let prefix = format!("communes[{index}]");
        let (commune, mut el) = self.read::<Commune>(value, prefix.clone(), Location::default());
        let commune = commune.filter(|c| {
            if let Some(s) = &c.source {
                if !known.sources.contains_key(s) {
                    el.warn("source", ProblemKind::UnknownSource { value: s.clone() });
                }
            }
            (el.id("id", &c.id) & el.text("name", &c.name)) && !el.invented
        });
        self.problems.append(&mut el.problems);
        let mut commune = commune?;
        commune.figures =
            (value.get("figures")).and_then(|f| self.figures(f, format!("{prefix}.figures")));
        Some(commune)
    }

    /// Figures read on their own: a wrong one is left out and the others
    /// kept, unless it is one a figure needs (a `count`, a `total`), which
    /// leaves out the commune's figures.
    fn figures(&mut self, value: &Json, prefix: String) -> Option<Figures> {
        let (figures, mut el) = self.read::<Option<Figures>>(value, prefix, Location::default());
        self.problems.append(&mut el.problems);
        figures.flatten().filter(|_| !el.invented)
    }

    /// An entry with any error is left out: a card must not show half of
    /// what the file says about a person.
    fn entry(
        &mut self,
        index: usize,
        value: &Json,
        commune: &str,
        known: &Known,
        seen_ids: &mut IdSet,
    ) -> Option<Entry> {
        let at = Location {
            commune: Some(commune.to_string()),
            entry_index: Some(index),
            entry_id: value.get("id").and_then(Json::as_str).map(str::to_string),
            field: None,
        };
        let (entry, mut el) = self.read::<Entry>(value, String::new(), at);
        let entry = entry.filter(|e| {
            let id = el.id("id", &e.id);
            el.text("name", &e.name);
            for (i, d) in e.domains.iter().enumerate() {
                if !known.domains.contains_key(d) {
                    el.error(
                        &format!("domains[{i}]"),
                        ProblemKind::UnknownDomain { value: d.clone() },
                    );
                }
            }
            if el.text("source", &e.source) && !known.sources.contains_key(&e.source) {
                el.error(
                    "source",
                    ProblemKind::UnknownSource {
                        value: e.source.clone(),
                    },
                );
            }
            for (i, r) in e.recognitions.iter().enumerate() {
                if let Some(date) = &r.decision_date {
                    el.is_date(&format!("recognitions[{i}].decision_date"), date);
                }
                if let Some(year) = r.year.filter(|y| !(1945..=2100).contains(y)) {
                    el.error(
                        &format!("recognitions[{i}].year"),
                        ProblemKind::BadYear { value: year.into() },
                    );
                }
            }
            if id && seen_ids.insert(e.id.clone(), 0).is_some() {
                el.error(
                    "id",
                    ProblemKind::DuplicateId {
                        value: e.id.clone(),
                    },
                );
            }
            !el.has_errors()
        });
        self.problems.append(&mut el.problems);
        entry
    }
}

/// One element's problems, at its location, with field paths under its
/// prefix. A field that stands in for a failed value (`read.rs`) is not
/// checked again: its problem is already reported.
struct Element {
    at: Location,
    prefix: String,
    stand_ins: Vec<String>,
    invented: bool,
    problems: Vec<Problem>,
}

impl Element {
    fn new(report: Report, prefix: String, at: Location) -> Element {
        let mut element = Element {
            at,
            prefix,
            stand_ins: report.stand_ins,
            invented: report.invented,
            problems: Vec::new(),
        };
        for (path, kind) in report.problems {
            element.push(Severity::Error, path, kind);
        }
        for (path, kind) in report.warnings {
            element.push(Severity::Warning, path, kind);
        }
        element
    }

    fn push(&mut self, severity: Severity, path: String, kind: ProblemKind) {
        let at = Location {
            field: (!path.is_empty()).then_some(path),
            ..self.at.clone()
        };
        self.problems.push(Problem { severity, at, kind });
    }

    fn path(&self, field: &str) -> String {
        if self.prefix.is_empty() {
            field.to_string()
        } else {
            format!("{}.{field}", self.prefix)
        }
    }

    /// Reports unless the field stands in; false either way, for `&&`.
    fn report(&mut self, severity: Severity, field: &str, kind: ProblemKind) -> bool {
        let path = self.path(field);
        if !self.stand_ins.contains(&path) {
            self.push(severity, path, kind);
        }
        false
    }

    fn error(&mut self, field: &str, kind: ProblemKind) -> bool {
        self.report(Severity::Error, field, kind)
    }

    fn warn(&mut self, field: &str, kind: ProblemKind) -> bool {
        self.report(Severity::Warning, field, kind)
    }

    fn has_errors(&self) -> bool {
        self.invented || self.problems.iter().any(|p| p.severity == Severity::Error)
    }

    /// Required text: the type makes it present, not non-blank.
    fn text(&mut self, field: &str, value: &str) -> bool {
        !value.is_empty() || self.error(field, ProblemKind::EmptyText)
    }

    /// Ids appear in URLs, so they are lower-case ASCII words joined by `-`.
    fn id(&mut self, field: &str, value: &str) -> bool {
        self.text(field, value)
            && (is_slug(value)
                || self.error(
                    field,
                    ProblemKind::BadId {
                        value: value.to_string(),
                    },
                ))
    }

    /// A link, kept only if it is http(s).
    fn url(&mut self, field: &str, value: Option<String>) -> Option<String> {
        value.filter(|v| {
            let lower = v.to_ascii_lowercase();
            lower.starts_with("https://")
                || lower.starts_with("http://")
                || self.error(field, ProblemKind::BadUrl { value: v.clone() })
        })
    }

    /// A date, kept only if it is YYYY-MM-DD.
    fn date(&mut self, field: &str, value: Option<String>) -> Option<String> {
        value.filter(|v| self.is_date(field, v))
    }

    fn is_date(&mut self, field: &str, value: &str) -> bool {
        is_iso_date(value)
            || self.error(
                field,
                ProblemKind::BadDate {
                    value: value.to_string(),
                },
            )
    }
}

fn is_slug(s: &str) -> bool {
    !s.is_empty()
        && !s.starts_with('-')
        && !s.ends_with('-')
        && find(s, "--").is_none()
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

fn is_iso_date(s: &str) -> bool {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return false;
    }
    let num = |r: std::ops::Range<usize>| s.get(r).and_then(|t| t.parse::<u32>().ok());
    matches!(
        (num(0..4), num(5..7), num(8..10)),
        (Some(_), Some(m), Some(d)) if (1..=12).contains(&m) && (1..=31).contains(&d)
    )
}

/// Names and files here are synthetic test data, not real people.
#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::{json, Value};

    fn file(entries: Value) -> String {
        json!({
            "schema": 1,
            "sources": [{ "id": "src", "title": "Bài báo", "url": "http://example.org" }],
            "domains": [{ "id": "kinh-te", "name": "Kinh tế" }],
            "communes": [{ "id": "xa", "name": "xã Thử", "entries": entries }]
        })
        .to_string()
    }

    fn person(id: &str, name: &str) -> Value {
        json!({ "id": id, "kind": "person", "name": name, "source": "src" })
    }

    fn kinds(c: &Checked) -> Vec<(Severity, Option<String>, Option<String>, ProblemKind)> {
        c.problems
            .iter()
            .map(|p| {
                (
                    p.severity,
                    p.at.entry_id.clone(),
                    p.at.field.clone(),
                    p.kind.clone(),
                )
            })
            .collect()
    }

    #[test]
    fn errors_come_first_and_each_kind_keeps_file_order() {
        let problem = |severity, field: &str| Problem {
            severity,
            at: Location {
                field: Some(field.to_string()),
                ..Location::default()
            },
            kind: ProblemKind::UnknownField { suggestion: None },
        };
        let problems = [
            problem(Severity::Warning, "w1"),
            problem(Severity::Error, "e1"),
            problem(Severity::Warning, "w2"),
            problem(Severity::Error, "e2"),
        ];
        let fields: Vec<&str> = errors_first(&problems)
            .into_iter()
            .filter_map(|p| p.at.field.as_deref())
            .collect();
        assert_eq!(fields, ["e1", "e2", "w1", "w2"]);
    }

    #[test]
    fn a_valid_file_has_no_problems() {
        let c = check(&file(json!([
            person("a", "Lò Văn A"),
            person("b", "Lò Văn B")
        ])));
        assert_eq!(c.problems, []);
        assert_eq!(c.dataset.communes[0].entries.len(), 2);
        assert_eq!(c.dataset.communes[0].entries[1].name, "Lò Văn B");
    }

    #[test]
    fn a_list_written_twice_gives_the_entries_of_the_first_as_the_warning_says() {
        let text = file(json!([person("a", "A")]))
            .replace(r#""entries":["#, r#""entries":[],"entries":["#);
        let c = check(&text);
        assert!(c.dataset.communes.iter().all(|c| c.entries.is_empty()));
        assert!(c
            .problems
            .iter()
            .any(|p| p.kind == ProblemKind::RepeatedField
                && p.at.field.as_deref() == Some("communes[0].entries")));
    }

    #[test]
    fn malformed_json_reports_line_and_column() {
        let c = check("{\n  \"schema\": 1,\n  oops\n}");
        assert_eq!(
            kinds(&c),
            [(
                Severity::Error,
                None,
                None,
                ProblemKind::NotJson { line: 3, column: 3 }
            )]
        );
        assert!(c.dataset.communes.is_empty());
    }

    #[test]
    fn a_bad_entry_is_named_and_dropped_and_the_rest_kept() {
        let bad = json!({ "id": "b", "kind": "person", "name": 5, "source": "src" });
        let c = check(&file(json!([person("a", "A"), bad, person("c", "C")])));
        assert_eq!(
            kinds(&c),
            [(
                Severity::Error,
                Some("b".into()),
                Some("name".into()),
                ProblemKind::WrongType {
                    expected: Expected::Text
                }
            )]
        );
        assert_eq!(c.problems[0].at.entry_index, Some(1));
        assert_eq!(c.problems[0].at.commune.as_deref(), Some("xa"));
        let ids: Vec<&str> = c.dataset.communes[0]
            .entries
            .iter()
            .map(|e| e.id.as_str())
            .collect();
        assert_eq!(ids, ["a", "c"]);
    }

    #[test]
    fn missing_and_empty_required_fields() {
        let c = check(&file(json!([
            { "id": "a", "kind": "person", "source": "src" },
            { "id": "b", "kind": "person", "name": "  ", "source": "src" },
            { "kind": "person", "name": "X", "source": "src" }
        ])));
        let found: Vec<_> = kinds(&c)
            .into_iter()
            .map(|(_, id, f, k)| (id, f, k))
            .collect();
        assert_eq!(
            found[..2],
            [
                (
                    Some("a".into()),
                    Some("name".into()),
                    ProblemKind::MissingField
                ),
                (
                    Some("b".into()),
                    Some("name".into()),
                    ProblemKind::EmptyText
                ),
            ]
        );
        assert_eq!(
            found[2],
            (None, Some("id".into()), ProblemKind::MissingField)
        );
        assert_eq!(c.problems[2].at.entry_index, Some(2));
    }

    #[test]
    fn references_kinds_ids_and_dates_are_checked() {
        let c = check(&file(json!([
            { "id": "a", "kind": "hero", "name": "A", "source": "src" },
            { "id": "b", "kind": "person", "name": "B", "source": "nope", "domains": ["y-te"] },
            { "id": "C c", "kind": "person", "name": "C", "source": "src" },
            person("d", "D"),
            person("d", "D again"),
            { "id": "e", "kind": "model", "name": "E", "source": "src",
              "recognitions": [{ "forms": ["bằng khen"], "levels": ["thôn"], "decision_date": "27/4/2021", "year": 1800 }] }
        ])));
        let found: Vec<_> = kinds(&c)
            .into_iter()
            .map(|(_, _, f, k)| (f.unwrap_or_default(), k))
            .collect();
        let unknown = |value: &str, allowed| ProblemKind::UnknownValue {
            value: Some(value.into()),
            allowed,
        };
        assert_eq!(
            found,
            [
                ("kind".to_string(), unknown("hero", &["person", "model"])),
                (
                    "domains[0]".to_string(),
                    ProblemKind::UnknownDomain {
                        value: "y-te".into()
                    }
                ),
                (
                    "source".to_string(),
                    ProblemKind::UnknownSource {
                        value: "nope".into()
                    }
                ),
                (
                    "id".to_string(),
                    ProblemKind::BadId {
                        value: "C c".into()
                    }
                ),
                (
                    "id".to_string(),
                    ProblemKind::DuplicateId { value: "d".into() }
                ),
                (
                    "recognitions[0].levels[0]".to_string(),
                    unknown("thôn", &["trung ương", "tỉnh", "huyện", "xã"])
                ),
                (
                    "recognitions[0].decision_date".to_string(),
                    ProblemKind::BadDate {
                        value: "27/4/2021".into()
                    }
                ),
                (
                    "recognitions[0].year".to_string(),
                    ProblemKind::BadYear { value: 1800 }
                ),
            ]
        );
        let ids: Vec<&str> = c.dataset.communes[0]
            .entries
            .iter()
            .map(|e| e.id.as_str())
            .collect();
        assert_eq!(ids, ["d"]);
    }

    #[test]
    fn every_problem_of_an_entry_is_listed_in_one_pass() {
        let c = check(&file(json!([
            { "id": "Bad Id", "kind": "robot", "role": 7, "source": "nope" },
            person("a", "A")
        ])));
        let found: Vec<_> = kinds(&c)
            .into_iter()
            .map(|(_, id, f, k)| (id, f.unwrap_or_default(), k))
            .collect();
        let bad = Some("Bad Id".to_string());
        assert_eq!(
            found,
            [
                (
                    bad.clone(),
                    "kind".to_string(),
                    ProblemKind::UnknownValue {
                        value: Some("robot".into()),
                        allowed: &["person", "model"]
                    }
                ),
                (
                    bad.clone(),
                    "role".to_string(),
                    ProblemKind::WrongType {
                        expected: Expected::Text
                    }
                ),
                (bad.clone(), "name".to_string(), ProblemKind::MissingField),
                (
                    bad.clone(),
                    "id".to_string(),
                    ProblemKind::BadId {
                        value: "Bad Id".into()
                    }
                ),
                (
                    bad,
                    "source".to_string(),
                    ProblemKind::UnknownSource {
                        value: "nope".into()
                    }
                ),
            ]
        );
        assert_eq!(c.dataset.communes[0].entries.len(), 1);
    }

    #[test]
    fn null_and_blank_text_are_absent_and_text_is_trimmed() {
        let c = check(&file(json!([{
            "id": "a", "kind": "person", "name": "  Lò Văn A ", "source": "src",
            "role": null, "village": "  ", "domains": ["kinh-te", " "],
            "recognitions": [{ "forms": [" giấy khen "], "year": null }]
        }])));
        assert_eq!(c.problems, []);
        let e = &c.dataset.communes[0].entries[0];
        assert_eq!(e.name, "Lò Văn A");
        assert_eq!((e.role.as_deref(), e.village.as_deref()), (None, None));
        assert_eq!(e.domains, ["kinh-te"]);
        assert_eq!(e.recognitions[0].forms, ["giấy khen"]);
        // Null where a required field belongs is a missing field.
        let c = check(&file(
            json!([{ "id": "a", "kind": "person", "name": null, "source": "src" }]),
        ));
        assert_eq!(
            kinds(&c)[0],
            (
                Severity::Error,
                Some("a".into()),
                Some("name".into()),
                ProblemKind::MissingField
            )
        );
    }

    #[test]
    fn a_bad_optional_field_of_a_source_or_commune_costs_only_that_field() {
        let text = json!({
            "schema": 1,
            "updated": "28/11/2026",
            "sources": [{ "id": "src", "title": "T", "publisher": 5 }, { "id": "x", "title": 5 }],
            "communes": [{ "id": "xa", "name": "X", "district": ["a"], "entries": [person("a", "A")] }]
        })
        .to_string();
        let c = check(&text);
        let found: Vec<_> = kinds(&c)
            .into_iter()
            .map(|(s, _, f, k)| (s, f.unwrap_or_default(), k))
            .collect();
        let text_expected = ProblemKind::WrongType {
            expected: Expected::Text,
        };
        assert_eq!(
            found,
            [
                (
                    Severity::Error,
                    "updated".to_string(),
                    ProblemKind::BadDate {
                        value: "28/11/2026".into()
                    }
                ),
                (
                    Severity::Error,
                    "sources[0].publisher".to_string(),
                    text_expected.clone()
                ),
                (
                    Severity::Error,
                    "sources[1].title".to_string(),
                    text_expected.clone()
                ),
                (
                    Severity::Error,
                    "communes[0].district".to_string(),
                    text_expected
                ),
            ]
        );
        let d = &c.dataset;
        assert_eq!(d.updated, None);
        // The source without its publisher stays; the one without a title goes.
        assert_eq!(d.sources.len(), 1);
        assert_eq!(d.sources[0].publisher, None);
        assert_eq!(d.communes[0].district, None);
        assert_eq!(d.communes[0].entries.len(), 1);
    }

    #[test]
    fn a_figure_that_needs_its_count_drops_the_figures_not_the_commune() {
        let text = json!({
            "schema": 1,
            "sources": [{ "id": "src", "title": "T" }],
            "communes": [{ "id": "xa", "name": "X", "entries": [person("a", "A")],
                "figures": { "party_conferences": { "attendances": 5 }, "thematic_sessions": 5 } }]
        })
        .to_string();
        let c = check(&text);
        assert_eq!(
            kinds(&c),
            [(
                Severity::Error,
                None,
                Some("communes[0].figures.party_conferences.count".into()),
                ProblemKind::MissingField
            )]
        );
        assert_eq!(c.dataset.communes[0].figures, None);
        assert_eq!(c.dataset.communes[0].entries.len(), 1);
    }

    #[test]
    fn unknown_fields_are_warnings_and_the_entry_stays() {
        let c = check(&file(
            json!([{ "id": "a", "kind": "person", "name": "A", "source": "src", "nmae": "typo" }]),
        ));
        assert_eq!(
            kinds(&c),
            [(
                Severity::Warning,
                Some("a".into()),
                Some("nmae".into()),
                ProblemKind::UnknownField {
                    suggestion: Some("name")
                }
            )]
        );
        assert_eq!(c.dataset.communes[0].entries.len(), 1);
        assert_eq!(c.errors().count(), 0);
    }

    #[test]
    fn wrong_schema_or_no_entries_is_an_error() {
        let c = check(r#"{"schema": 2, "communes": []}"#);
        assert_eq!(
            c.problems[0].kind,
            ProblemKind::UnsupportedSchema { found: Some(2) }
        );
        let c = check(&file(json!([])));
        assert_eq!(
            kinds(&c),
            [(Severity::Error, None, None, ProblemKind::NoEntries)]
        );
        let c = check("[1, 2]");
        assert_eq!(
            c.problems[0].kind,
            ProblemKind::WrongType {
                expected: Expected::Object
            }
        );
    }

    #[test]
    fn unsafe_source_urls_are_refused() {
        let text = json!({
            "schema": 1,
            "sources": [{ "id": "src", "title": "T", "url": "javascript:alert(1)" }],
            "communes": [{ "id": "xa", "name": "X", "entries": [person("a", "A")] }]
        })
        .to_string();
        let c = check(&text);
        assert_eq!(c.problems[0].at.field.as_deref(), Some("sources[0].url"));
        assert_eq!(
            c.problems[0].kind,
            ProblemKind::BadUrl {
                value: "javascript:alert(1)".into()
            }
        );
    }

    #[test]
    fn a_mistyped_field_names_the_one_it_resembles() {
        let entry = [
            "id",
            "kind",
            "name",
            "role",
            "organisation",
            "village",
            "domains",
            "description",
            "recognitions",
            "source",
            "quote",
            "note",
        ];
        assert_eq!(closest("nmae", &entry), Some("name"));
        assert_eq!(closest("Village", &entry), Some("village"));
        assert_eq!(closest("descripton", &entry), Some("description"));
        assert_eq!(closest("yaer", &["year", "quote"]), Some("year"));
        assert_eq!(closest("photo", &entry), None);
        assert_eq!(closest("x", &entry), None);
    }

    #[test]
    fn unknown_fields_are_named_at_every_level() {
        let text = json!({
            "schema": 1,
            "udpated": "2026-01-01",
            "sources": [{ "id": "src", "title": "T", "pubisher": "Báo" }],
            "domains": [{ "id": "d", "name": "D", "nam": "x" }],
            "communes": [{ "id": "xa", "name": "X", "provice": "Yên Bái",
                "entries": [person("a", "A")] }]
        })
        .to_string();
        let c = check(&text);
        let found: Vec<(Option<&str>, ProblemKind)> = c
            .problems
            .iter()
            .map(|p| (p.at.field.as_deref(), p.kind.clone()))
            .collect();
        let typo = |s| ProblemKind::UnknownField {
            suggestion: Some(s),
        };
        assert!(
            found.contains(&(Some("udpated"), typo("updated"))),
            "{found:?}"
        );
        assert!(
            found.contains(&(Some("sources[0].pubisher"), typo("publisher"))),
            "{found:?}"
        );
        assert!(
            found.contains(&(Some("domains[0].nam"), typo("name"))),
            "{found:?}"
        );
        assert!(
            found.contains(&(Some("communes[0].provice"), typo("province"))),
            "{found:?}"
        );
        assert!(c.problems.iter().all(|p| p.severity == Severity::Warning));
        assert_eq!(c.dataset.communes[0].entries.len(), 1);
    }

    #[test]
    fn file_text_replaces_invalid_utf8_as_a_browser_does_and_keeps_the_rest() {
        assert_eq!(file_text("Hạnh Sơn".as_bytes()), "Hạnh Sơn");
        // One "�" per maximal invalid sequence (WHATWG's UTF-8 decode): a
        // stray byte, a sequence cut short, a byte that cannot follow.
        assert_eq!(file_text(b"a\xffb"), "a\u{fffd}b");
        assert_eq!(file_text(b"a\xe1\xbab"), "a\u{fffd}b");
        assert_eq!(file_text(b"\xf0\x80\x80"), "\u{fffd}\u{fffd}\u{fffd}");
        // The byte-order mark stays for `without_bom`.
        assert_eq!(file_text(b"\xef\xbb\xbf{}"), "\u{feff}{}");
    }

    #[test]
    fn a_byte_order_mark_is_not_an_error() {
        let text = json!({
            "schema": 1,
            "sources": [{ "id": "src", "title": "T" }],
            "communes": [{ "id": "xa", "name": "X", "entries": [person("a", "A")] }]
        })
        .to_string();
        let c = check(&format!("\u{feff}{text}"));
        assert!(c.problems.is_empty(), "{:?}", c.problems);
        assert_eq!(c.dataset.communes[0].entries.len(), 1);
    }

    #[test]
    fn the_sites_public_address_is_read_and_only_as_a_web_link() {
        let file = |url: &str| {
            json!({
                "schema": 1,
                "site_url": url,
                "sources": [{ "id": "src", "title": "T" }],
                "communes": [{ "id": "xa", "name": "X", "entries": [person("a", "A")] }]
            })
            .to_string()
        };
        let c = check(&file("https://guongsang.example.vn/hanh-son/"));
        assert!(c.problems.is_empty(), "{:?}", c.problems);
        assert_eq!(
            c.dataset.site_url.as_deref(),
            Some("https://guongsang.example.vn/hanh-son/")
        );
        let c = check(&file("javascript:alert(1)"));
        assert_eq!(c.dataset.site_url, None);
        assert_eq!(c.dataset.updated, None);
        assert_eq!(c.problems[0].at.field.as_deref(), Some("site_url"));
        assert!(matches!(c.problems[0].kind, ProblemKind::BadUrl { .. }));
        assert_eq!(c.dataset.communes.len(), 1);
    }

    #[test]
    fn figures_are_read_and_bad_ones_named() {
        let text = json!({
            "schema": 1,
            "sources": [{ "id": "src", "title": "T" }],
            "communes": [{ "id": "xa", "name": "X", "entries": [person("a", "A")],
                "figures": {
                    "cell_sessions": { "count": 70, "attendances": 16940 },
                    "models_built": { "about": 3 },
                    "thematic_sessions": "5",
                    "models_maintained": { "total": 13, "by_domain": [{ "domain": "kinh-te", "count": 6 }] }
                } }]
        })
        .to_string();
        let c = check(&text);
        let found: Vec<_> = c
            .problems
            .iter()
            .map(|p| (p.at.field.clone().unwrap_or_default(), p.kind.clone()))
            .collect();
        assert_eq!(
            found,
            [
                (
                    "communes[0].figures.models_built".to_string(),
                    ProblemKind::UnknownValue {
                        value: Some("about".into()),
                        allowed: &["exactly", "more_than"]
                    }
                ),
                (
                    "communes[0].figures.thematic_sessions".to_string(),
                    ProblemKind::WrongType {
                        expected: Expected::Number
                    }
                ),
            ]
        );
        let f = c.dataset.communes[0].figures.clone().unwrap_or_default();
        assert_eq!(
            f.cell_sessions.map(|s| (s.count, s.attendances)),
            Some((70, Some(16940)))
        );
        assert_eq!(
            f.models_maintained.map(|m| (m.total, m.by_domain.len())),
            Some((13, 1))
        );
        assert_eq!(f.models_built, None);
        assert_eq!(c.dataset.communes[0].entries.len(), 1);
    }

    /// One small file per kind of problem, and where it is reported.
    #[test]
    fn each_kind_of_problem_from_a_small_file() {
        let entry = |extra: Value| {
            let mut e = person("a", "A");
            if let (Some(e), Some(extra)) = (e.as_object_mut(), extra.as_object()) {
                e.extend(extra.clone());
            }
            file(json!([e]))
        };
        let wrong = |expected| ProblemKind::WrongType { expected };
        let cases: Vec<(String, &str, ProblemKind)> = vec![
            ("{".into(), "", ProblemKind::NotJson { line: 1, column: 1 }),
            (
                r#"{"schema": 2}"#.into(),
                "schema",
                ProblemKind::UnsupportedSchema { found: Some(2) },
            ),
            (
                r#"{"communes": []}"#.into(),
                "schema",
                ProblemKind::UnsupportedSchema { found: None },
            ),
            (
                file(json!([{ "id": "a", "kind": "person", "name": "A" }])),
                "source",
                ProblemKind::MissingField,
            ),
            (entry(json!({ "name": 5 })), "name", wrong(Expected::Text)),
            (
                entry(json!({ "recognitions": [{ "year": "2020" }] })),
                "recognitions[0].year",
                wrong(Expected::Number),
            ),
            (
                entry(json!({ "recognitions": [5] })),
                "recognitions[0]",
                wrong(Expected::Object),
            ),
            (
                entry(json!({ "domains": "kinh-te" })),
                "domains",
                wrong(Expected::List),
            ),
            (
                entry(json!({ "name": " " })),
                "name",
                ProblemKind::EmptyText,
            ),
            (entry(json!({ "kind": "" })), "kind", ProblemKind::EmptyText),
            (
                entry(json!({ "id": "Lò_A" })),
                "id",
                ProblemKind::BadId {
                    value: "Lò_A".into(),
                },
            ),
            (
                file(json!([person("a", "A"), person("a", "B")])),
                "id",
                ProblemKind::DuplicateId { value: "a".into() },
            ),
            (
                entry(json!({ "kind": "people" })),
                "kind",
                ProblemKind::UnknownValue {
                    value: Some("people".into()),
                    allowed: &["person", "model"],
                },
            ),
            (
                entry(json!({ "kind": 1 })),
                "kind",
                ProblemKind::UnknownValue {
                    value: None,
                    allowed: &["person", "model"],
                },
            ),
            (
                entry(json!({ "domains": ["y-te"] })),
                "domains[0]",
                ProblemKind::UnknownDomain {
                    value: "y-te".into(),
                },
            ),
            (
                entry(json!({ "source": "bao" })),
                "source",
                ProblemKind::UnknownSource {
                    value: "bao".into(),
                },
            ),
            (
                entry(json!({ "recognitions": [{ "decision_date": "2021-13-01" }] })),
                "recognitions[0].decision_date",
                ProblemKind::BadDate {
                    value: "2021-13-01".into(),
                },
            ),
            (
                json!({ "schema": 1, "site_url": "data:text/html,x", "communes": [] }).to_string(),
                "site_url",
                ProblemKind::BadUrl {
                    value: "data:text/html,x".into(),
                },
            ),
            (
                entry(json!({ "recognitions": [{ "year": 70000 }] })),
                "recognitions[0].year",
                ProblemKind::BadYear { value: 70000 },
            ),
            (
                entry(json!({ "orgnisation": "Hội" })),
                "orgnisation",
                ProblemKind::UnknownField {
                    suggestion: Some("organisation"),
                },
            ),
            (
                entry(json!({ "photo": "x.jpg" })),
                "photo",
                ProblemKind::UnknownField { suggestion: None },
            ),
            (
                file(json!([person("a", "A")]))
                    .replace(r#""name":"xã Thử""#, r#""name":"xã Thử","name":"X""#),
                "communes[0].name",
                ProblemKind::RepeatedField,
            ),
            (file(json!([])), "", ProblemKind::NoEntries),
        ];
        for (text, field, kind) in cases {
            let c = check(&text);
            let first = c
                .problems
                .first()
                .map(|p| (p.at.field.as_deref().unwrap_or(""), &p.kind));
            assert_eq!(first, Some((field, &kind)), "{text}");
        }
    }

    #[test]
    fn deep_nesting_is_a_json_error_not_a_crash() {
        let deep = format!(
            r#"{{"schema":1,"communes":{}{}}}"#,
            "[".repeat(200),
            "]".repeat(200)
        );
        assert!(matches!(
            check(&deep).problems[..],
            [Problem {
                kind: ProblemKind::NotJson { .. },
                ..
            }]
        ));
    }

    #[test]
    fn never_panics_on_odd_shapes() {
        for text in [
            "",
            "null",
            "1",
            "\"x\"",
            "{}",
            r#"{"schema":1,"communes":{}}"#,
            r#"{"schema":1,"communes":[1,null,{"id":"x","name":"y","entries":[1,[],{"recognitions":5}]}]}"#,
            r#"{"schema":1,"sources":5,"domains":[{}],"communes":[{"id":"x","name":"y","figures":[1],"entries":[]}]}"#,
        ] {
            let c = check(text);
            assert!(c.errors().count() > 0, "{text}");
        }
    }
}
