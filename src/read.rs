//! Reads one element of the data file (an entry, a source, a commune's own
//! fields, …) into its type in `model.rs`, whose serde derive is the one
//! declaration of the format, and says what is wrong as [`ProblemKind`]s
//! with field paths (`recognitions[0].year`), never as messages to parse.
//!
//! It is a small serde `Deserializer` over the parsed JSON, rather than
//! serde_json's own with `serde_path_to_error` and `serde_ignored`, because
//! it sees what those would hide or spell out in English:
//! - the type a field asks for (which `deserialize_*` the derive calls), so
//!   a value of another JSON type is refused with that type;
//! - serde's own errors, through its error trait: the name of a missing
//!   field, and the variants an unknown value of a closed field could have
//!   been (`unknown_variant`);
//! - the fields a struct declares (`deserialize_struct`'s list), so a field
//!   it does not declare is reported with the known one it most resembles.
//!
//! It also reads the file the way the format says it is written: `null`
//! and blank optional text count as absent, text is trimmed, blank items of
//! a list are skipped.
//!
//! serde's derive stops at the first error. So that an officer sees every
//! problem of an element in one pass, the value that failed is replaced by
//! a stand-in (absent, empty, zero or the first allowed value) and the
//! element is read again, until it reads or nothing new turns up.

use crate::json::Json;
use crate::validate::{closest, Expected, ProblemKind};
use serde::de::{
    self, Deserialize, DeserializeOwned, DeserializeSeed, Deserializer, EnumAccess,
    IntoDeserializer, MapAccess, SeqAccess, VariantAccess, Visitor,
};
use std::cell::{Cell, RefCell};
use std::fmt;

/// An element with more problems than this is not read again for more: its
/// author has enough to fix, and a hostile file cannot make it re-read
/// thousands of times.
const MAX_PROBLEMS: usize = 32;

/// What reading one element gave: the value apart from its report, because
/// `validate.rs` checks the one and reports the other at the element's place.
#[derive(Debug)]
pub struct Reading<T> {
    /// `None` when not even stand-ins make the element readable.
    pub value: Option<T>,
    pub report: Report,
}

/// What is wrong with one element, as data, so each screen and language
/// words it (`strings.rs`, `report.rs`).
#[derive(Debug, Default)]
pub struct Report {
    /// Where (the field path, under the element's prefix) and what, in the
    /// order they were found.
    pub problems: Vec<(String, ProblemKind)>,
    /// What is worth fixing but does not stop the element being read: a
    /// field the format does not declare, a field written twice (the first
    /// is read).
    pub warnings: Vec<(String, ProblemKind)>,
    /// Paths whose value in `value` is a stand-in, where a further check
    /// would only repeat a problem already reported.
    pub stand_ins: Vec<String>,
    /// A stand-in took the place of a value the type needs (not just of an
    /// absent optional field or an empty list), so `value` says something
    /// the file does not.
    pub invented: bool,
}

/// Reads `value` as a `T`; `prefix` is the element's own path in the file
/// (`sources[2]`), empty for an entry, whose paths start at the entry.
pub fn read<T: DeserializeOwned>(value: &Json, prefix: &str) -> Reading<T> {
    let mut read = None;
    let report = attempts(value, prefix, &mut |reader| {
        read = Some(T::deserialize(reader)?);
        Ok(())
    });
    Reading {
        value: read,
        report,
    }
}

/// Reads again with stand-ins until a reading succeeds or finds nothing new.
/// Not generic, so the wasm has one copy of it, not one per type.
fn attempts(
    value: &Json,
    prefix: &str,
    attempt: &mut dyn FnMut(Reader) -> Result<(), Error>,
) -> Report {
    let mut report = Report::default();
    loop {
        let cx = Cx {
            stand_ins: &report.stand_ins,
            warnings: RefCell::default(),
            invented: Cell::new(false),
        };
        let result = attempt(Reader {
            value: Some(value),
            at: At {
                parent: None,
                step: Step::Root(prefix),
            },
            cx: &cx,
        });
        let invented = cx.invented.get();
        report.warnings = cx.warnings.into_inner();
        match result {
            Ok(()) => {
                report.invented = invented;
                return report;
            }
            Err(error) => {
                if !report.stand_in(error, prefix) {
                    return report;
                }
            }
        }
    }
}

impl Report {
    /// Records the problem and makes its field a stand-in for the next
    /// attempt; false when there is no point in one.
    fn stand_in(&mut self, error: Error, prefix: &str) -> bool {
        let Found {
            kind, path, place, ..
        } = *error.0;
        self.invented = true;
        let place = place.unwrap_or_default();
        // A stand-in that fails in turn only repeats the problem.
        if self.stand_ins.contains(&place) {
            return false;
        }
        self.problems
            .push((path.unwrap_or_else(|| prefix.to_string()), kind));
        if place.len() <= prefix.len() || self.problems.len() >= MAX_PROBLEMS {
            return false;
        }
        self.stand_ins.push(place);
        true
    }
}

/// For a list whose items `validate.rs` reads one by one, so that a bad one
/// costs only itself: its block's reading only checks that it is a list.
/// (The items are left unread, which this reader allows.)
pub fn one_by_one<'de, D: Deserializer<'de>, T>(list: D) -> Result<Vec<T>, D::Error> {
    struct Unread;
    impl<'de> Visitor<'de> for Unread {
        type Value = ();
        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str("a list")
        }
        fn visit_seq<A: SeqAccess<'de>>(self, _: A) -> Result<(), A::Error> {
            Ok(())
        }
    }
    list.deserialize_seq(Unread).map(|()| Vec::new())
}

/// For a field `validate.rs` reads on its own (the figures), so that a bad
/// one costs its block nothing.
pub fn on_its_own<'de, D: Deserializer<'de>, T: Default>(field: D) -> Result<T, D::Error> {
    de::IgnoredAny::deserialize(field).map(|_| T::default())
}

/// What one attempt at an element shares: warnings are found while the
/// derive reads, where a `Result` has no room for them.
struct Cx<'a> {
    stand_ins: &'a [String],
    warnings: RefCell<Vec<(String, ProblemKind)>>,
    invented: Cell<bool>,
}

impl Cx<'_> {
    fn warn(&self, at: &At, key: &str, kind: ProblemKind) {
        self.warnings.borrow_mut().push((at.key(key).path(), kind));
    }

    fn stands_in(&self, at: &At, key: &str) -> bool {
        !self.stand_ins.is_empty() && self.stand_ins.contains(&at.key(key).path())
    }
}

/// A place in the element: a chain of steps on the stack, made into a path
/// string only when something there is reported.
#[derive(Clone, Copy)]
struct At<'a> {
    parent: Option<&'a At<'a>>,
    step: Step<'a>,
}

#[derive(Clone, Copy)]
enum Step<'a> {
    Root(&'a str),
    Key(&'a str),
    Index(usize),
    /// What a closed field's variant carries (`{ "more_than": 20 }`).
    Payload(&'a str),
}

impl<'a> At<'a> {
    fn key(&'a self, key: &'a str) -> At<'a> {
        self.child(Step::Key(key))
    }

    fn child(&'a self, step: Step<'a>) -> At<'a> {
        At {
            parent: Some(self),
            step,
        }
    }

    /// Where a stand-in goes for a problem here: the field around it, as a
    /// list or a closed field is read whole.
    fn place(&self) -> String {
        match (self.step, self.parent) {
            (Step::Index(_) | Step::Payload(_), Some(parent)) => parent.place(),
            _ => self.path(),
        }
    }

    fn path(&self) -> String {
        let mut out = self.parent.map(At::path).unwrap_or_default();
        match self.step {
            Step::Root(prefix) => out.push_str(prefix),
            Step::Key(key) | Step::Payload(key) => {
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(key);
            }
            Step::Index(i) => out.push_str(&format!("[{i}]")),
        }
        out
    }
}

/// A problem on its way out of the derive's code: the innermost reader it
/// passes through says where it is. Boxed, so that every `Result` the
/// derive passes along stays small.
#[derive(Debug)]
pub struct Error(Box<Found>);

#[derive(Debug)]
struct Found {
    kind: ProblemKind,
    /// A missing field is noticed by its struct, one step above it.
    field: Option<&'static str>,
    path: Option<String>,
    place: Option<String>,
}

impl Error {
    fn new(kind: ProblemKind) -> Error {
        Error(Box::new(Found {
            kind,
            field: None,
            path: None,
            place: None,
        }))
    }

    fn of(mut self, field: &'static str) -> Error {
        self.0.field = Some(field);
        self
    }

    fn at(mut self, at: &At) -> Error {
        let found = &mut *self.0;
        if found.path.is_none() {
            let at = match found.field {
                Some(field) => at.key(field),
                None => *at,
            };
            found.path = Some(at.path());
            found.place = Some(at.place());
        }
        self
    }
}

impl de::Error for Error {
    /// Reached only through a shape this reader does not give (a type that
    /// wants a float or a map, say); the format declares none.
    fn custom<T: fmt::Display>(_: T) -> Error {
        Error::new(ProblemKind::Unreadable)
    }

    fn missing_field(field: &'static str) -> Error {
        Error::new(ProblemKind::MissingField).of(field)
    }

    fn unknown_variant(variant: &str, allowed: &'static [&'static str]) -> Error {
        Error::new(ProblemKind::UnknownValue {
            value: Some(variant.to_string()),
            allowed,
        })
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("the data does not fit the format")
    }
}

impl std::error::Error for Error {}

/// One value of the element; `None` is a stand-in for a value that failed.
///
/// The `deserialize_*` methods are copied for every type the format has, so
/// they only pass on what the plain methods below found (wasm size).
struct Reader<'a> {
    value: Option<&'a Json>,
    at: At<'a>,
    cx: &'a Cx<'a>,
}

fn is_blank(value: &Json) -> bool {
    matches!(value, Json::String(s) if s.trim().is_empty())
}

impl<'a> Reader<'a> {
    fn fail(&self, kind: ProblemKind) -> Error {
        Error::new(kind).at(&self.at)
    }

    fn wrong(&self, expected: Expected) -> Error {
        self.fail(ProblemKind::WrongType { expected })
    }

    /// A stand-in for a value the type needs: the element is not the file's.
    fn invent(&self) {
        self.cx.invented.set(true);
    }

    fn is_absent(&self) -> bool {
        self.value.is_none_or(|v| v.is_null() || is_blank(v))
    }

    fn text(&self) -> Result<&'a str, Error> {
        match self.value {
            Some(Json::String(s)) => Ok(s.trim()),
            Some(_) => Err(self.wrong(Expected::Text)),
            None => {
                self.invent();
                Ok("")
            }
        }
    }

    fn number(&self) -> Result<u64, Error> {
        match self.value {
            Some(value) => (value.as_u64())
                .filter(|&n| n <= u64::from(u32::MAX))
                .ok_or_else(|| self.wrong(Expected::Number)),
            None => {
                self.invent();
                Ok(0)
            }
        }
    }

    fn list(&self) -> Result<&'a [Json], Error> {
        match self.value {
            Some(Json::Array(items)) => Ok(items),
            Some(_) => Err(self.wrong(Expected::List)),
            None => Ok(&[]),
        }
    }

    fn object(&self, declared: &'static [&'static str]) -> Result<Fields<'_>, Error> {
        let fields: &[(String, Json)] = match self.value {
            Some(Json::Object(fields)) => fields,
            Some(_) => return Err(self.wrong(Expected::Object)),
            None => {
                self.invent();
                &[]
            }
        };
        Ok(Fields {
            fields,
            next: 0,
            declared,
            seen: 0,
            pending: None,
            at: &self.at,
            cx: self.cx,
        })
    }

    /// A closed field: text naming a variant, or, for a variant that
    /// carries a value, an object with that one key (`{ "more_than": 20 }`).
    fn variant(&self, allowed: &'static [&'static str]) -> Result<Variant<'_>, Error> {
        let not_one_of = || {
            self.fail(ProblemKind::UnknownValue {
                value: None,
                allowed,
            })
        };
        let (name, payload) = match self.value {
            Some(value) if is_blank(value) => return Err(self.fail(ProblemKind::EmptyText)),
            Some(Json::String(s)) => (s.trim(), Payload::None),
            Some(Json::Object(map)) => {
                let mut pairs = map.iter();
                match (pairs.next(), pairs.next()) {
                    (Some((key, value)), None) => (key.as_str(), Payload::Value(value)),
                    _ => return Err(not_one_of()),
                }
            }
            Some(_) => return Err(not_one_of()),
            None => {
                self.invent();
                (
                    allowed.first().copied().unwrap_or_default(),
                    Payload::StandIn,
                )
            }
        };
        Ok(Variant {
            name,
            payload,
            at: &self.at,
            cx: self.cx,
        })
    }
}

impl<'de> Deserializer<'de> for Reader<'_> {
    type Error = Error;

    /// The format has no field of a free shape (no `bool`, float, map or
    /// untagged enum); a type that wants one needs its case here.
    fn deserialize_any<V: Visitor<'de>>(self, _: V) -> Result<V::Value, Error> {
        Err(self.fail(ProblemKind::Unreadable))
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        if self.is_absent() {
            visitor.visit_none()
        } else {
            visitor.visit_some(self)
        }
    }

    fn deserialize_str<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        visitor.visit_str(self.text()?)
    }

    fn deserialize_string<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_str(visitor)
    }

    fn deserialize_u32<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        visitor.visit_u64(self.number()?)
    }

    fn deserialize_seq<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        let items = Items {
            items: self.list()?.iter().enumerate(),
            at: &self.at,
            cx: self.cx,
        };
        visitor.visit_seq(items).map_err(|e| e.at(&self.at))
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _: &'static str,
        fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        visitor
            .visit_map(self.object(fields)?)
            .map_err(|e| e.at(&self.at))
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _: &'static str,
        variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        visitor
            .visit_enum(self.variant(variants)?)
            .map_err(|e| e.at(&self.at))
    }

    /// A field read apart (`on_its_own`).
    fn deserialize_ignored_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        visitor.visit_unit()
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u64 u128 f32 f64 char bytes byte_buf unit
        unit_struct newtype_struct tuple tuple_struct map identifier
    }
}

/// A list's items, each at its index (for the path); blank text items are
/// skipped, as blank optional text is absent.
struct Items<'a> {
    items: std::iter::Enumerate<std::slice::Iter<'a, Json>>,
    at: &'a At<'a>,
    cx: &'a Cx<'a>,
}

impl<'a> Items<'a> {
    fn next_item(&mut self) -> Option<Reader<'a>> {
        let (i, item) = self.items.find(|(_, item)| !is_blank(item))?;
        Some(Reader {
            value: Some(item),
            at: self.at.child(Step::Index(i)),
            cx: self.cx,
        })
    }
}

impl<'de> SeqAccess<'de> for Items<'_> {
    type Error = Error;

    fn next_element_seed<S: DeserializeSeed<'de>>(
        &mut self,
        seed: S,
    ) -> Result<Option<S::Value>, Error> {
        self.next_item()
            .map(|item| seed.deserialize(item))
            .transpose()
    }
}

/// An object's fields, in file order; a `null` one is absent, one the type
/// does not declare is reported with the known field it most resembles
/// (the derive gives the list to `deserialize_struct`). After them come
/// the declared ones the object lacks that stand in (a missing required
/// field), so the rest of the element is read and checked too.
struct Fields<'a> {
    fields: &'a [(String, Json)],
    /// Where the next field is: in `fields`, then past its end in `declared`.
    next: usize,
    declared: &'static [&'static str],
    /// Declared fields met so far (by position in `declared`): a repeat is
    /// reported and skipped, as the derive would refuse it.
    seen: u64,
    pending: Option<(&'a str, Option<&'a Json>)>,
    at: &'a At<'a>,
    cx: &'a Cx<'a>,
}

impl<'a> Fields<'a> {
    fn next_field(&mut self) -> Option<&'a str> {
        while let Some((key, value)) = self.fields.get(self.next) {
            self.next += 1;
            let Some(i) = self.declared.iter().position(|d| d == key) else {
                let suggestion = closest(key, self.declared);
                self.cx
                    .warn(self.at, key, ProblemKind::UnknownField { suggestion });
                continue;
            };
            let bit = 1 << (i % 64);
            if self.seen & bit != 0 {
                self.cx.warn(self.at, key, ProblemKind::RepeatedField);
                continue;
            }
            self.seen |= bit;
            if value.is_null() {
                continue;
            }
            let stand_in = self.cx.stands_in(self.at, key);
            self.pending = Some((key, (!stand_in).then_some(value)));
            return Some(key);
        }
        if !self.cx.stand_ins.is_empty() {
            while let Some(&field) = self.declared.get(self.next - self.fields.len()) {
                self.next += 1;
                let absent = (self.fields.iter()).all(|(k, v)| k != field || v.is_null());
                if absent && self.cx.stands_in(self.at, field) {
                    self.pending = Some((field, None));
                    return Some(field);
                }
            }
        }
        None
    }

    fn value(&mut self) -> Result<Reader<'a>, Error> {
        let (key, value) =
            (self.pending.take()).ok_or_else(|| Error::new(ProblemKind::Unreadable))?;
        Ok(Reader {
            value,
            at: self.at.key(key),
            cx: self.cx,
        })
    }
}

impl<'de> MapAccess<'de> for Fields<'_> {
    type Error = Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, Error> {
        (self.next_field())
            .map(|key| seed.deserialize(key.into_deserializer()))
            .transpose()
    }

    fn next_value_seed<S: DeserializeSeed<'de>>(&mut self, seed: S) -> Result<S::Value, Error> {
        seed.deserialize(self.value()?)
    }
}

enum Payload<'a> {
    /// Text naming the variant: nothing comes with it.
    None,
    Value(&'a Json),
    StandIn,
}

/// A closed field's value, told apart from the field's own object: serde
/// reads the variant's name and what comes with it in two steps.
struct Variant<'a> {
    name: &'a str,
    payload: Payload<'a>,
    at: &'a At<'a>,
    cx: &'a Cx<'a>,
}

impl<'de, 'a> EnumAccess<'de> for Variant<'a> {
    type Error = Error;
    type Variant = Self;

    fn variant_seed<S: DeserializeSeed<'de>>(self, seed: S) -> Result<(S::Value, Self), Error> {
        let name: de::value::StrDeserializer<'a, Error> = self.name.into_deserializer();
        Ok((seed.deserialize(name)?, self))
    }
}

impl<'de> VariantAccess<'de> for Variant<'_> {
    type Error = Error;

    fn unit_variant(self) -> Result<(), Error> {
        match self.payload {
            Payload::Value(_) => Err(Error::new(ProblemKind::WrongType {
                expected: Expected::Text,
            })),
            Payload::None | Payload::StandIn => Ok(()),
        }
    }

    fn newtype_variant_seed<S: DeserializeSeed<'de>>(self, seed: S) -> Result<S::Value, Error> {
        let value = match self.payload {
            Payload::Value(value) => Some(value),
            Payload::StandIn => None,
            Payload::None => {
                return Err(Error::new(ProblemKind::WrongType {
                    expected: Expected::Object,
                }))
            }
        };
        seed.deserialize(Reader {
            value,
            at: self.at.child(Step::Payload(self.name)),
            cx: self.cx,
        })
    }

    fn tuple_variant<V: Visitor<'de>>(self, _: usize, _: V) -> Result<V::Value, Error> {
        Err(Error::new(ProblemKind::Unreadable))
    }

    fn struct_variant<V: Visitor<'de>>(
        self,
        _: &'static [&'static str],
        _: V,
    ) -> Result<V::Value, Error> {
        Err(Error::new(ProblemKind::Unreadable))
    }
}

/// Names and files here are synthetic test data, not real people.
#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Entry, Figures, Kind, Quantity, Source};
    use serde_json::json;

    fn parse(value: serde_json::Value) -> Json {
        Json::parse(&value.to_string()).unwrap_or(Json::Null)
    }

    fn entry(extra: serde_json::Value) -> Json {
        let mut e = json!({ "id": "a", "kind": "person", "name": "A", "source": "s" });
        if let (Some(e), Some(extra)) = (e.as_object_mut(), extra.as_object()) {
            e.extend(extra.clone());
        }
        parse(e)
    }

    fn problems<T>(reading: &Reading<T>) -> Vec<(&str, &ProblemKind)> {
        (reading.report.problems.iter())
            .map(|(path, kind)| (path.as_str(), kind))
            .collect()
    }

    #[test]
    fn paths_name_the_field_inside_lists_and_closed_fields() {
        let r = read::<Entry>(
            &entry(json!({ "recognitions": [{}, { "year": "2020" }] })),
            "",
        );
        assert_eq!(
            problems(&r),
            [(
                "recognitions[1].year",
                &ProblemKind::WrongType {
                    expected: Expected::Number
                }
            )]
        );
        let r = read::<Figures>(
            &parse(json!({ "models_built": { "exactly": "5" }, "thematic_sessions": 3 })),
            "communes[2].figures",
        );
        assert_eq!(
            problems(&r),
            [(
                "communes[2].figures.models_built.exactly",
                &ProblemKind::WrongType {
                    expected: Expected::Number
                }
            )]
        );
        // The closed field stands in as a whole, and it was optional.
        let figures = r.value.unwrap_or_default();
        assert_eq!(
            (figures.models_built, figures.thematic_sessions),
            (None, Some(3))
        );
        assert!(!r.report.invented);
    }

    #[test]
    fn a_missing_field_is_named_below_the_block_that_lacks_it() {
        let r = read::<Source>(&parse(json!({ "id": "s" })), "sources[0]");
        assert_eq!(
            problems(&r),
            [("sources[0].title", &ProblemKind::MissingField)]
        );
        // It stood in, so the source was read, but it is not the file's.
        assert!(r.value.is_some() && r.report.invented);
        assert_eq!(r.report.stand_ins, ["sources[0].title"]);
    }

    #[test]
    fn fields_the_type_does_not_declare_are_named_with_the_closest_declared_one() {
        let r = read::<Entry>(
            &entry(json!({ "Note": "x", "recognitions": [{ "yaer": 2020 }], "ảnh": null })),
            "",
        );
        assert_eq!(r.report.problems, []);
        let warnings: Vec<_> = r
            .report
            .warnings
            .iter()
            .map(|(p, k)| (p.as_str(), k))
            .collect();
        let unknown = |suggestion| ProblemKind::UnknownField { suggestion };
        assert_eq!(
            warnings,
            [
                ("Note", &unknown(Some("note"))),
                ("recognitions[0].yaer", &unknown(Some("year"))),
                ("ảnh", &unknown(None)),
            ]
        );
    }

    #[test]
    fn a_closed_field_lists_what_it_allows_from_its_enum() {
        let kind = |value| read::<Entry>(&entry(json!({ "kind": value })), "");
        let allowed: &[&str] = &["person", "model"];
        assert_eq!(
            problems(&kind(json!("robot"))),
            [(
                "kind",
                &ProblemKind::UnknownValue {
                    value: Some("robot".into()),
                    allowed
                }
            )]
        );
        assert_eq!(
            problems(&kind(json!(["person"]))),
            [(
                "kind",
                &ProblemKind::UnknownValue {
                    value: None,
                    allowed
                }
            )]
        );
        assert_eq!(
            problems(&kind(json!({ "person": 1 }))),
            [(
                "kind",
                &ProblemKind::WrongType {
                    expected: Expected::Text
                }
            )]
        );
        assert_eq!(
            kind(json!(" model ")).value.map(|e| e.kind),
            Some(Kind::Model)
        );
        let built = |value| read::<Figures>(&parse(json!({ "models_built": value })), "");
        assert_eq!(
            problems(&built(json!({ "exactly": 1, "more_than": 2 }))),
            [(
                "models_built",
                &ProblemKind::UnknownValue {
                    value: None,
                    allowed: &["exactly", "more_than"]
                }
            )]
        );
        assert_eq!(
            problems(&built(json!("exactly"))),
            [(
                "models_built",
                &ProblemKind::WrongType {
                    expected: Expected::Object
                }
            )]
        );
        assert_eq!(
            built(json!({ "more_than": 20 }))
                .value
                .and_then(|f| f.models_built),
            Some(Quantity::MoreThan(20))
        );
    }

    #[test]
    fn every_bad_field_is_found_and_optional_ones_invent_nothing() {
        // In file order.
        let text = r#"{"id": "s", "title": "T", "url": 5, "author": ["x"]}"#;
        let r = read::<Source>(&Json::parse(text).unwrap_or(Json::Null), "");
        let text = ProblemKind::WrongType {
            expected: Expected::Text,
        };
        assert_eq!(problems(&r), [("url", &text), ("author", &text)]);
        let source = r.value.unwrap_or_default();
        assert_eq!(
            (source.url, source.author, source.title.as_str()),
            (None, None, "T")
        );
        assert!(!r.report.invented);
    }

    #[test]
    fn a_field_written_twice_is_read_once_and_reported() {
        let text = r#"{"id": "a", "kind": "person", "name": "A", "name": "B", "source": "s"}"#;
        let r = read::<Entry>(&Json::parse(text).unwrap_or(Json::Null), "");
        assert_eq!(r.report.problems, []);
        assert_eq!(
            r.report.warnings,
            [("name".to_string(), ProblemKind::RepeatedField)]
        );
        assert_eq!(r.value.map(|e| e.name), Some("A".to_string()));
    }

    #[test]
    fn a_hostile_element_is_read_again_only_so_often() {
        let bad: Vec<serde_json::Value> = (0..100).map(|_| json!({ "year": "x" })).collect();
        let r = read::<Entry>(&entry(json!({ "recognitions": bad })), "");
        assert_eq!(r.report.problems.len(), MAX_PROBLEMS);
        assert!(r.value.is_none());
    }

    #[test]
    fn a_shape_the_format_does_not_have_is_unreadable_not_a_panic() {
        #[derive(Debug, serde::Deserialize)]
        #[allow(dead_code)]
        struct Flag {
            on: bool,
        }
        let r = read::<Flag>(&parse(json!({ "on": true })), "");
        assert_eq!(problems(&r), [("on", &ProblemKind::Unreadable)]);
        assert!(r.value.is_none());
    }

    #[test]
    fn lists_read_one_by_one_are_only_checked_to_be_lists() {
        let r = read::<crate::model::Commune>(
            &parse(json!({ "id": "x", "name": "X", "entries": [1, 2], "figures": "?" })),
            "communes[0]",
        );
        assert_eq!(r.report.problems, []);
        let commune = r.value.unwrap_or_default();
        assert!(commune.entries.is_empty() && commune.figures.is_none());
        let r = read::<crate::model::Commune>(
            &parse(json!({ "id": "x", "name": "X", "entries": {} })),
            "communes[0]",
        );
        assert_eq!(
            problems(&r),
            [(
                "communes[0].entries",
                &ProblemKind::WrongType {
                    expected: Expected::List
                }
            )]
        );
    }
}
