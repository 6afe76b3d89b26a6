//! The data file parsed: JSON as a small tree that keeps each object's
//! fields in the order the file has them, so problems are listed in the
//! order an officer reads the file. serde_json parses it (syntax errors
//! with line and column, nesting deeper than 128 refused); its own `Value`
//! would sort the fields and bring a B-tree map the app needs nowhere else.

use serde::de::{Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use std::fmt;

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
    /// and the reading of the format's types take the last, as serde_json
    /// does.
    Object(Vec<(String, Json)>),
}

impl Json {
    pub fn parse(text: &str) -> Result<Json, serde_json::Error> {
        serde_json::from_str(text)
    }

    /// The value of an object's field (the last one of that name).
    pub fn get(&self, key: &str) -> Option<&Json> {
        match self {
            Json::Object(fields) => fields.iter().rev().find(|(k, _)| k == key).map(|(_, v)| v),
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
}

impl<'de> Deserialize<'de> for Json {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Json, D::Error> {
        deserializer.deserialize_any(Tree)
    }
}

struct Tree;

impl<'de> Visitor<'de> for Tree {
    type Value = Json;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("JSON")
    }

    fn visit_unit<E>(self) -> Result<Json, E> {
        Ok(Json::Null)
    }

    fn visit_bool<E>(self, _: bool) -> Result<Json, E> {
        Ok(Json::Other)
    }

    fn visit_u64<E>(self, n: u64) -> Result<Json, E> {
        Ok(Json::Number(n))
    }

    fn visit_i64<E>(self, _: i64) -> Result<Json, E> {
        Ok(Json::Other)
    }

    fn visit_f64<E>(self, _: f64) -> Result<Json, E> {
        Ok(Json::Other)
    }

    fn visit_str<E>(self, s: &str) -> Result<Json, E> {
        Ok(Json::String(s.to_string()))
    }

    fn visit_string<E>(self, s: String) -> Result<Json, E> {
        Ok(Json::String(s))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Json, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element()? {
            items.push(item);
        }
        Ok(Json::Array(items))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Json, A::Error> {
        let mut fields = Vec::new();
        while let Some(field) = map.next_entry()? {
            fields.push(field);
        }
        Ok(Json::Object(fields))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn objects_keep_file_order_and_the_last_of_a_repeated_field_counts() {
        let json = Json::parse(r#"{"b": 1, "a": [true, null, -1, 2.5, "x"], "b": 3}"#);
        let Ok(Json::Object(fields)) = &json else {
            panic!("{json:?}")
        };
        let keys: Vec<&str> = fields.iter().map(|(k, _)| k.as_str()).collect();
        assert_eq!(keys, ["b", "a", "b"]);
        let json = json.unwrap_or(Json::Null);
        assert_eq!(json.get("b").and_then(Json::as_u64), Some(3));
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
    fn syntax_errors_and_deep_nesting_are_serde_jsons_errors() {
        let e = Json::parse("{\n  \"a\": 1,\n  oops\n}").err();
        assert_eq!(e.map(|e| (e.line(), e.column())), Some((3, 3)));
        assert!(Json::parse(&format!("{}{}", "[".repeat(200), "]".repeat(200))).is_err());
    }
}
