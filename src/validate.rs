//! Turns the raw JSON text into a [`Dataset`], keeping every valid entry and
//! describing each problem as data (not prose) so the browse screen, a future
//! data checker and another interface language can all present it.

use crate::model::{
    Commune, Dataset, Domain, DomainCount, Entry, Figures, Kind, Maintained, Quantity, Recognition,
    Sessions, Source, LEVELS, SCHEMA_VERSION,
};
use rustc_hash::FxHashMap;
use serde_json::{Map, Value};

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
    TextList,
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
    UnknownKind {
        value: String,
    },
    UnknownDomain {
        value: String,
    },
    UnknownSource {
        value: String,
    },
    UnknownLevel {
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
    /// A field this version does not know; kept out of the app, probably a
    /// typo of `suggestion`, the known field it is closest to.
    UnknownField {
        suggestion: Option<&'static str>,
    },
    /// The figures block does not have the documented shape.
    BadFigures,
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

const ENTRY_FIELDS: [&str; 12] = [
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

const TOP_FIELDS: [&str; 6] = [
    "schema", "site_url", "updated", "sources", "domains", "communes",
];

const COMMUNE_FIELDS: [&str; 8] = [
    "id",
    "name",
    "district",
    "province",
    "programme",
    "source",
    "figures",
    "entries",
];

const SOURCE_FIELDS: [&str; 7] = [
    "id",
    "title",
    "publisher",
    "author",
    "url",
    "photo_caption",
    "photo_taken_before",
];

const DOMAIN_FIELDS: [&str; 2] = ["id", "name"];

const RECOGNITION_FIELDS: [&str; 7] = [
    "forms",
    "levels",
    "issuers",
    "decision_number",
    "decision_date",
    "year",
    "quote",
];

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

/// Parses and checks the data file. Never fails: a file that is not JSON
/// gives an empty dataset and one `NotJson` problem.
pub fn check(text: &str) -> Checked {
    // Windows editors save UTF-8 with a byte-order mark; browsers drop it
    // when they decode, a file read from disk keeps it.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let value: Value = match serde_json::from_str(text) {
        Ok(v) => v,
        Err(e) => {
            return Checked {
                dataset: Dataset::default(),
                problems: vec![Problem {
                    severity: Severity::Error,
                    at: Location::default(),
                    kind: ProblemKind::NotJson {
                        line: e.line(),
                        column: e.column(),
                    },
                }],
            }
        }
    };
    let mut cx = Cx::default();
    let dataset = cx.dataset(&value);
    Checked {
        dataset,
        problems: cx.problems,
    }
}

#[derive(Default)]
struct Cx {
    problems: Vec<Problem>,
}

impl Cx {
    fn push(
        &mut self,
        severity: Severity,
        at: &Location,
        field: Option<String>,
        kind: ProblemKind,
    ) {
        let mut at = at.clone();
        if field.is_some() {
            at.field = field;
        }
        self.problems.push(Problem { severity, at, kind });
    }

    fn error(&mut self, at: &Location, field: &str, kind: ProblemKind) {
        self.push(Severity::Error, at, Some(field.to_string()), kind);
    }

    fn warn(&mut self, at: &Location, field: &str, kind: ProblemKind) {
        self.push(Severity::Warning, at, Some(field.to_string()), kind);
    }

    fn dataset(&mut self, value: &Value) -> Dataset {
        let top = Location::default();
        let Some(obj) = value.as_object() else {
            self.push(
                Severity::Error,
                &top,
                None,
                ProblemKind::WrongType {
                    expected: Expected::Object,
                },
            );
            return Dataset::default();
        };
        let schema = obj.get("schema").and_then(Value::as_u64);
        if schema != Some(u64::from(SCHEMA_VERSION)) {
            self.error(
                &top,
                "schema",
                ProblemKind::UnsupportedSchema { found: schema },
            );
            return Dataset::default();
        }

        let mut f = Fields::new(self, obj, &top, "");
        let site_url = f.url("site_url");
        let updated = f.date("updated");
        self.unknown_fields(obj, &top, "", &TOP_FIELDS);
        let sources = self.list(obj, "sources", &top, Self::source);
        let domains = self.list(obj, "domains", &top, Self::domain);
        let known = Known {
            sources: sources.iter().map(|s| (s.id.clone(), 0)).collect(),
            domains: domains.iter().map(|d| (d.id.clone(), 0)).collect(),
        };
        let mut seen_ids = IdSet::default();
        let mut communes = Vec::new();
        match obj.get("communes") {
            Some(Value::Array(items)) => {
                for (i, item) in items.iter().enumerate() {
                    let at = Location {
                        field: Some(format!("communes[{i}]")),
                        ..Location::default()
                    };
                    if let Some(c) = self.commune(item, &at, &known, &mut seen_ids) {
                        communes.push(c);
                    }
                }
            }
            Some(_) => self.error(
                &top,
                "communes",
                ProblemKind::WrongType {
                    expected: Expected::List,
                },
            ),
            None => self.error(&top, "communes", ProblemKind::MissingField),
        }
        if communes.iter().all(|c| c.entries.is_empty()) {
            self.push(Severity::Error, &top, None, ProblemKind::NoEntries);
        }
        Dataset {
            schema: SCHEMA_VERSION,
            site_url,
            updated,
            sources,
            domains,
            communes,
        }
    }

    /// Reads a top-level list, keeping the items `item` accepts.
    fn list<T>(
        &mut self,
        obj: &Map<String, Value>,
        key: &str,
        at: &Location,
        item: fn(&mut Self, &Value, &Location) -> Option<T>,
    ) -> Vec<T> {
        match obj.get(key) {
            None => Vec::new(),
            Some(Value::Array(items)) => items
                .iter()
                .enumerate()
                .filter_map(|(i, v)| {
                    let at = Location {
                        field: Some(format!("{key}[{i}]")),
                        ..at.clone()
                    };
                    item(self, v, &at)
                })
                .collect(),
            Some(_) => {
                self.error(
                    at,
                    key,
                    ProblemKind::WrongType {
                        expected: Expected::List,
                    },
                );
                Vec::new()
            }
        }
    }

    fn source(&mut self, value: &Value, at: &Location) -> Option<Source> {
        let obj = self.object(value, at)?;
        let prefix = at.field.clone().unwrap_or_default();
        let mut f = Fields::new(self, obj, at, &prefix);
        let id = f.required_id("id");
        let title = f.required_text("title");
        let source = Source {
            id: id?,
            title: title?,
            publisher: f.text("publisher"),
            author: f.text("author"),
            url: f.url("url"),
            photo_caption: f.text("photo_caption"),
            photo_taken_before: f.date("photo_taken_before"),
        };
        self.unknown_fields(obj, at, &prefix, &SOURCE_FIELDS);
        Some(source)
    }

    fn domain(&mut self, value: &Value, at: &Location) -> Option<Domain> {
        let obj = self.object(value, at)?;
        let prefix = at.field.clone().unwrap_or_default();
        let mut f = Fields::new(self, obj, at, &prefix);
        let id = f.required_id("id");
        let name = f.required_text("name");
        self.unknown_fields(obj, at, &prefix, &DOMAIN_FIELDS);
        Some(Domain {
            id: id?,
            name: name?,
        })
    }

    /// Warns about each field `known` does not list, naming the known one a
    /// typo most likely meant.
    fn unknown_fields(
        &mut self,
        obj: &Map<String, Value>,
        at: &Location,
        prefix: &str,
        known: &[&'static str],
    ) {
        for key in obj.keys().filter(|k| !known.contains(&k.as_str())) {
            let field = if prefix.is_empty() {
                key.clone()
            } else {
                format!("{prefix}.{key}")
            };
            let suggestion = closest(key, known);
            self.warn(at, &field, ProblemKind::UnknownField { suggestion });
        }
    }

    fn object<'v>(&mut self, value: &'v Value, at: &Location) -> Option<&'v Map<String, Value>> {
        let obj = value.as_object();
        if obj.is_none() {
            self.push(
                Severity::Error,
                at,
                None,
                ProblemKind::WrongType {
                    expected: Expected::Object,
                },
            );
        }
        obj
    }

    fn commune(
        &mut self,
        value: &Value,
        at: &Location,
        known: &Known,
        seen_ids: &mut IdSet,
    ) -> Option<Commune> {
        let obj = self.object(value, at)?;
        let prefix = at.field.clone().unwrap_or_default();
        let mut f = Fields::new(self, obj, at, &prefix);
        let id = f.required_id("id")?;
        let name = f.required_text("name")?;
        let district = f.text("district");
        let province = f.text("province");
        let programme = f.text("programme");
        let source = f.text("source");
        let figures = f.object("figures").map(|obj| {
            let path = format!("{prefix}.figures");
            Fields::new(self, obj, at, &path).figures()
        });
        self.unknown_fields(obj, at, &prefix, &COMMUNE_FIELDS);
        if let Some(s) = &source {
            if !known.sources.contains_key(s) {
                self.warn(
                    at,
                    &format!("{prefix}.source"),
                    ProblemKind::UnknownSource { value: s.clone() },
                );
            }
        }
        let commune_at = Location {
            commune: Some(id.clone()),
            ..Location::default()
        };
        let mut entries = Vec::new();
        match obj.get("entries") {
            Some(Value::Array(items)) => {
                for (i, item) in items.iter().enumerate() {
                    let at = Location {
                        entry_index: Some(i),
                        ..commune_at.clone()
                    };
                    if let Some(e) = self.entry(item, at, known, seen_ids) {
                        entries.push(e);
                    }
                }
            }
            Some(_) => self.error(
                &commune_at,
                "entries",
                ProblemKind::WrongType {
                    expected: Expected::List,
                },
            ),
            None => self.error(&commune_at, "entries", ProblemKind::MissingField),
        }
        Some(Commune {
            id,
            name,
            district,
            province,
            programme,
            source,
            figures,
            entries,
        })
    }

    fn entry(
        &mut self,
        value: &Value,
        mut at: Location,
        known: &Known,
        seen_ids: &mut IdSet,
    ) -> Option<Entry> {
        let obj = self.object(value, &at)?;
        at.entry_id = obj.get("id").and_then(Value::as_str).map(str::to_string);
        let before = self.problems.len();
        let mut f = Fields::new(self, obj, &at, "");
        let id = f.required_id("id");
        let kind_text = f.required_text("kind");
        let name = f.required_text("name");
        let role = f.text("role");
        let organisation = f.text("organisation");
        let village = f.text("village");
        let domains = f.text_list("domains");
        let description = f.text("description");
        let source = f.required_text("source");
        let quote = f.text("quote");
        f.text("note");
        let recognitions = self.recognitions(obj, &at);
        self.unknown_fields(obj, &at, "", &ENTRY_FIELDS);

        let kind = kind_text.as_deref().and_then(|k| {
            let kind = Kind::from_key(k);
            if kind.is_none() {
                self.error(
                    &at,
                    "kind",
                    ProblemKind::UnknownKind {
                        value: k.to_string(),
                    },
                );
            }
            kind
        });
        for (i, d) in domains.iter().enumerate() {
            if !known.domains.contains_key(d) {
                self.error(
                    &at,
                    &format!("domains[{i}]"),
                    ProblemKind::UnknownDomain { value: d.clone() },
                );
            }
        }
        if let Some(s) = &source {
            if !known.sources.contains_key(s) {
                self.error(
                    &at,
                    "source",
                    ProblemKind::UnknownSource { value: s.clone() },
                );
            }
        }
        if let Some(id) = &id {
            if seen_ids.insert(id.clone(), 0).is_some() {
                self.error(&at, "id", ProblemKind::DuplicateId { value: id.clone() });
            }
        }
        let failed = self.problems[before..]
            .iter()
            .any(|p| p.severity == Severity::Error);
        if failed {
            return None;
        }
        Some(Entry {
            id: id?,
            kind: kind?,
            name: name?,
            role,
            organisation,
            village,
            domains,
            description,
            recognitions: recognitions?,
            source: source?,
            quote,
        })
    }

    /// `None` when the field is present but unusable (the entry then fails).
    fn recognitions(
        &mut self,
        obj: &Map<String, Value>,
        at: &Location,
    ) -> Option<Vec<Recognition>> {
        let items = match obj.get("recognitions") {
            None | Some(Value::Null) => return Some(Vec::new()),
            Some(Value::Array(items)) => items,
            Some(_) => {
                self.error(
                    at,
                    "recognitions",
                    ProblemKind::WrongType {
                        expected: Expected::List,
                    },
                );
                return None;
            }
        };
        let mut out = Vec::new();
        let mut ok = true;
        for (i, item) in items.iter().enumerate() {
            let prefix = format!("recognitions[{i}]");
            let item_at = Location {
                field: Some(prefix.clone()),
                ..at.clone()
            };
            let Some(r) = self.object(item, &item_at) else {
                ok = false;
                continue;
            };
            let before = self.problems.len();
            let mut f = Fields::new(self, r, at, &prefix);
            let rec = Recognition {
                forms: f.text_list("forms"),
                levels: f.text_list("levels"),
                issuers: f.text_list("issuers"),
                decision_number: f.text("decision_number"),
                decision_date: f.date("decision_date"),
                year: f.year("year"),
                quote: f.text("quote"),
            };
            for (j, level) in rec.levels.iter().enumerate() {
                if !LEVELS.contains(&level.as_str()) {
                    self.error(
                        at,
                        &format!("{prefix}.levels[{j}]"),
                        ProblemKind::UnknownLevel {
                            value: level.clone(),
                        },
                    );
                }
            }
            self.unknown_fields(r, at, &prefix, &RECOGNITION_FIELDS);
            if self.problems[before..]
                .iter()
                .any(|p| p.severity == Severity::Error)
            {
                ok = false;
            } else {
                out.push(rec);
            }
        }
        ok.then_some(out)
    }
}

struct Known {
    sources: IdSet,
    domains: IdSet,
}

/// Typed access to one JSON object's fields, reporting problems under `prefix`.
struct Fields<'c, 'a> {
    cx: &'c mut Cx,
    obj: &'a Map<String, Value>,
    at: &'a Location,
    prefix: &'a str,
}

impl<'c, 'a> Fields<'c, 'a> {
    fn new(cx: &'c mut Cx, obj: &'a Map<String, Value>, at: &'a Location, prefix: &'a str) -> Self {
        Fields {
            cx,
            obj,
            at,
            prefix,
        }
    }

    fn path(&self, key: &str) -> String {
        if self.prefix.is_empty() {
            key.to_string()
        } else {
            format!("{}.{key}", self.prefix)
        }
    }

    fn error(&mut self, key: &str, kind: ProblemKind) {
        let path = self.path(key);
        self.cx.error(self.at, &path, kind);
    }

    /// Present, non-null values only; `null` counts as absent.
    fn get(&self, key: &str) -> Option<&'a Value> {
        self.obj.get(key).filter(|v| !v.is_null())
    }

    /// A nested object; anything else is reported and skipped.
    fn object(&mut self, key: &str) -> Option<&'a Map<String, Value>> {
        let value = self.get(key)?;
        let obj = value.as_object();
        if obj.is_none() {
            self.error(
                key,
                ProblemKind::WrongType {
                    expected: Expected::Object,
                },
            );
        }
        obj
    }

    fn number(&mut self, key: &str) -> Option<u32> {
        let value = self.get(key)?;
        let n = value.as_u64().and_then(|n| u32::try_from(n).ok());
        if n.is_none() {
            self.error(
                key,
                ProblemKind::WrongType {
                    expected: Expected::Number,
                },
            );
        }
        n
    }

    /// Read by hand rather than with serde's derive: the figures are few,
    /// and the generic deserializer they would pull in costs wasm size.
    fn figures(&mut self) -> Figures {
        let sessions = |f: &mut Self, key: &str| {
            let obj = f.object(key)?;
            let path = f.path(key);
            let mut g = Fields::new(f.cx, obj, f.at, &path);
            Some(Sessions {
                count: g.number("count")?,
                attendances: g.number("attendances"),
            })
        };
        let party_conferences = sessions(self, "party_conferences");
        let cell_sessions = sessions(self, "cell_sessions");
        let thematic_sessions = self.number("thematic_sessions");
        let models_built = self.object("models_built").and_then(|obj| {
            let path = self.path("models_built");
            let mut g = Fields::new(self.cx, obj, self.at, &path);
            match (g.number("exactly"), g.number("more_than")) {
                (Some(n), None) => Some(Quantity::Exactly(n)),
                (None, Some(n)) => Some(Quantity::MoreThan(n)),
                _ => {
                    g.cx.warn(g.at, &path, ProblemKind::BadFigures);
                    None
                }
            }
        });
        let model_fields = self.text_list("model_fields");
        let models_maintained = self.object("models_maintained").and_then(|obj| {
            let path = self.path("models_maintained");
            let mut g = Fields::new(self.cx, obj, self.at, &path);
            let total = g.number("total")?;
            let mut by_domain = Vec::new();
            if let Some(items) = g.get("by_domain").and_then(Value::as_array) {
                for (i, item) in items.iter().enumerate() {
                    let Some(obj) = item.as_object() else {
                        continue;
                    };
                    let path = format!("{path}.by_domain[{i}]");
                    let mut h = Fields::new(g.cx, obj, g.at, &path);
                    if let (Some(domain), Some(count)) = (h.text("domain"), h.number("count")) {
                        by_domain.push(DomainCount { domain, count });
                    }
                }
            }
            Some(Maintained { total, by_domain })
        });
        let exemplary_individuals = self.number("exemplary_individuals");
        Figures {
            party_conferences,
            cell_sessions,
            thematic_sessions,
            models_built,
            model_fields,
            models_maintained,
            exemplary_individuals,
        }
    }

    fn text(&mut self, key: &str) -> Option<String> {
        match self.get(key)? {
            Value::String(s) => {
                let trimmed = s.trim();
                if trimmed.is_empty() {
                    None
                } else {
                    Some(trimmed.to_string())
                }
            }
            _ => {
                self.error(
                    key,
                    ProblemKind::WrongType {
                        expected: Expected::Text,
                    },
                );
                None
            }
        }
    }

    fn required_text(&mut self, key: &str) -> Option<String> {
        match self.get(key) {
            None => {
                self.error(key, ProblemKind::MissingField);
                None
            }
            Some(Value::String(s)) if s.trim().is_empty() => {
                self.error(key, ProblemKind::EmptyText);
                None
            }
            Some(_) => self.text(key),
        }
    }

    /// Ids appear in URLs, so they are lower-case ASCII words joined by `-`.
    fn required_id(&mut self, key: &str) -> Option<String> {
        let id = self.required_text(key)?;
        if is_slug(&id) {
            Some(id)
        } else {
            self.error(key, ProblemKind::BadId { value: id });
            None
        }
    }

    fn text_list(&mut self, key: &str) -> Vec<String> {
        let Some(value) = self.get(key) else {
            return Vec::new();
        };
        let items = match value {
            Value::Array(items) if items.iter().all(Value::is_string) => items,
            _ => {
                self.error(
                    key,
                    ProblemKind::WrongType {
                        expected: Expected::TextList,
                    },
                );
                return Vec::new();
            }
        };
        items
            .iter()
            .filter_map(Value::as_str)
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_string)
            .collect()
    }

    fn url(&mut self, key: &str) -> Option<String> {
        let text = self.text(key)?;
        let lower = text.to_ascii_lowercase();
        if lower.starts_with("https://") || lower.starts_with("http://") {
            Some(text)
        } else {
            self.error(key, ProblemKind::BadUrl { value: text });
            None
        }
    }

    fn date(&mut self, key: &str) -> Option<String> {
        let text = self.text(key)?;
        if is_iso_date(&text) {
            Some(text)
        } else {
            self.error(key, ProblemKind::BadDate { value: text });
            None
        }
    }

    fn year(&mut self, key: &str) -> Option<u16> {
        let value = self.get(key)?;
        let Some(n) = value.as_u64() else {
            self.error(
                key,
                ProblemKind::WrongType {
                    expected: Expected::Number,
                },
            );
            return None;
        };
        match u16::try_from(n) {
            Ok(y) if (1945..=2100).contains(&y) => Some(y),
            _ => {
                self.error(key, ProblemKind::BadYear { value: n });
                None
            }
        }
    }
}

pub fn is_slug(s: &str) -> bool {
    !s.is_empty()
        && !s.starts_with('-')
        && !s.ends_with('-')
        && !s.contains("--")
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
    use serde_json::json;

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
        assert_eq!(
            found,
            [
                (
                    "kind".to_string(),
                    ProblemKind::UnknownKind {
                        value: "hero".into()
                    }
                ),
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
                    "recognitions[0].decision_date".to_string(),
                    ProblemKind::BadDate {
                        value: "27/4/2021".into()
                    }
                ),
                (
                    "recognitions[0].year".to_string(),
                    ProblemKind::BadYear { value: 1800 }
                ),
                (
                    "recognitions[0].levels[0]".to_string(),
                    ProblemKind::UnknownLevel {
                        value: "thôn".into()
                    }
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
        assert_eq!(closest("nmae", &ENTRY_FIELDS), Some("name"));
        assert_eq!(closest("Village", &ENTRY_FIELDS), Some("village"));
        assert_eq!(closest("descripton", &ENTRY_FIELDS), Some("description"));
        assert_eq!(closest("yaer", &RECOGNITION_FIELDS), Some("year"));
        assert_eq!(closest("photo", &ENTRY_FIELDS), None);
        assert_eq!(closest("x", &ENTRY_FIELDS), None);
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
                    "communes[0].figures.thematic_sessions".to_string(),
                    ProblemKind::WrongType {
                        expected: Expected::Number
                    }
                ),
                (
                    "communes[0].figures.models_built".to_string(),
                    ProblemKind::BadFigures
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
