//! A district publishes many communes as one file: the communes' files
//! merged, each source and domain once. The checker (`kiem-tra --gop`) then
//! checks the merged file like any other, so duplicate entry ids across
//! communes are caught there.

use serde_json::{Map, Value};

/// Merges parsed data files (`(name, value)`, the name for messages). Fails,
/// in Vietnamese and English, when a file is not a JSON object or two files
/// give one source or domain id different contents.
pub fn merge(files: &[(String, Value)]) -> Result<Value, String> {
    let mut out = Map::new();
    out.insert("schema".into(), Value::from(crate::model::SCHEMA_VERSION));
    let mut sources: Vec<Value> = Vec::new();
    let mut domains: Vec<Value> = Vec::new();
    let mut communes: Vec<Value> = Vec::new();
    for (name, value) in files {
        let Some(obj) = value.as_object() else {
            return Err(format!(
                "{name}: không phải một khối {{ … }} / is not a JSON object"
            ));
        };
        if let Some(url) = obj.get("site_url") {
            out.entry("site_url").or_insert_with(|| url.clone());
        }
        // The newest date: ISO dates compare as text.
        if let Some(date) = obj.get("updated").and_then(Value::as_str) {
            let newer = out
                .get("updated")
                .and_then(Value::as_str)
                .is_none_or(|d| date > d);
            if newer {
                out.insert("updated".into(), Value::from(date));
            }
        }
        union(&mut sources, obj.get("sources"), name, "sources")?;
        union(&mut domains, obj.get("domains"), name, "domains")?;
        if let Some(Value::Array(list)) = obj.get("communes") {
            communes.extend(list.iter().cloned());
        }
    }
    out.insert("sources".into(), Value::Array(sources));
    out.insert("domains".into(), Value::Array(domains));
    out.insert("communes".into(), Value::Array(communes));
    Ok(Value::Object(out))
}

/// Adds `list`'s items to `into`, once per id.
fn union(into: &mut Vec<Value>, list: Option<&Value>, file: &str, key: &str) -> Result<(), String> {
    let Some(Value::Array(list)) = list else {
        return Ok(());
    };
    for item in list {
        let id = item.get("id").and_then(Value::as_str);
        match into
            .iter()
            .find(|v| id.is_some() && v.get("id").and_then(Value::as_str) == id)
        {
            Some(same) if same == item => {}
            Some(_) => {
                let id = id.unwrap_or_default();
                return Err(format!(
                    "{file}: \"{key}\" có mã \"{id}\" khác nội dung với tệp trước / \
                     \"{key}\" id \"{id}\" differs from an earlier file"
                ));
            }
            None => into.push(item.clone()),
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn commune(id: &str, entry: &str, updated: &str) -> Value {
        json!({
            "schema": 1,
            "updated": updated,
            "sources": [{ "id": "bao", "title": "Bài báo" }],
            "domains": [{ "id": "kinh-te", "name": "Kinh tế" }],
            "communes": [{ "id": id, "name": id, "entries": [
                { "id": entry, "kind": "person", "name": "A", "source": "bao" }
            ]}]
        })
    }

    #[test]
    fn communes_add_up_and_shared_sources_appear_once() {
        let merged = merge(&[
            ("a.json".into(), commune("xa-a", "nguoi-a", "2026-10-01")),
            ("b.json".into(), commune("xa-b", "nguoi-b", "2026-11-02")),
        ])
        .unwrap();
        assert_eq!(merged["communes"].as_array().unwrap().len(), 2);
        assert_eq!(merged["sources"].as_array().unwrap().len(), 1);
        assert_eq!(merged["domains"].as_array().unwrap().len(), 1);
        assert_eq!(merged["updated"], "2026-11-02");
        let checked = crate::validate::check(&merged.to_string());
        assert!(checked.problems.is_empty(), "{:?}", checked.problems);
    }

    #[test]
    fn conflicts_and_non_objects_are_refused_by_name() {
        let mut b = commune("xa-b", "nguoi-b", "2026-11-02");
        b["sources"][0]["title"] = json!("Bài khác");
        let err = merge(&[
            ("a.json".into(), commune("xa-a", "x", "2026-01-01")),
            ("b.json".into(), b),
        ])
        .unwrap_err();
        assert!(
            err.starts_with("b.json: \"sources\" có mã \"bao\""),
            "{err}"
        );
        let err = merge(&[("c.json".into(), json!([1]))]).unwrap_err();
        assert!(
            err.contains("c.json") && err.contains("not a JSON object"),
            "{err}"
        );
    }

    #[test]
    fn the_same_entry_id_in_two_communes_is_caught_by_the_check() {
        let merged = merge(&[
            ("a.json".into(), commune("xa-a", "trung", "2026-01-01")),
            ("b.json".into(), commune("xa-b", "trung", "2026-01-01")),
        ])
        .unwrap();
        let checked = crate::validate::check(&merged.to_string());
        assert!(checked
            .problems
            .iter()
            .any(|p| matches!(&p.kind, crate::validate::ProblemKind::DuplicateId { value } if value == "trung")));
    }
}
