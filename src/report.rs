//! The data checker's report (`src/bin/kiem-tra.rs`): every problem in
//! Vietnamese with English beside it, for district technical staff and CI
//! logs, and the summary line ("2 lỗi, 1 cảnh báo trong 13 mục").
//! The Vietnamese is the app's own (`strings::problem_message`).

use crate::strings::{alternatives, number, problem_message};
use crate::validate::{errors_first, Expected, Location, Problem, ProblemKind, Severity};

/// One problem: Vietnamese, then English.
pub fn lines(p: &Problem) -> (String, String) {
    (problem_message(p), english(p))
}

/// The problems in the order to read them (errors first), as text.
pub fn text(problems: &[Problem]) -> String {
    let mut out = String::new();
    for p in errors_first(problems) {
        let tag = match p.severity {
            Severity::Error => "LỖI / ERROR",
            Severity::Warning => "CẢNH BÁO / WARNING",
        };
        let (vi, en) = lines(p);
        out.push_str(&format!("{tag}: {vi}\n    {en}\n"));
    }
    out
}

/// "2 lỗi, 1 cảnh báo trong 13 mục" and its English.
pub fn summary(problems: &[Problem], entries: usize) -> (String, String) {
    let errors = problems
        .iter()
        .filter(|p| p.severity == Severity::Error)
        .count();
    let warnings = problems.len() - errors;
    let plural = |n: usize, one: &str, many: &str| {
        format!("{} {}", number(n), if n == 1 { one } else { many })
    };
    (
        format!(
            "{} lỗi, {} cảnh báo trong {} mục",
            number(errors),
            number(warnings),
            number(entries)
        ),
        format!(
            "{}, {} in {}",
            plural(errors, "error", "errors"),
            plural(warnings, "warning", "warnings"),
            plural(entries, "entry", "entries")
        ),
    )
}

fn english(p: &Problem) -> String {
    let what = match &p.kind {
        ProblemKind::NotJson { line, column } => {
            format!("is not valid JSON (error at line {line}, column {column})")
        }
        ProblemKind::UnsupportedSchema { found: Some(v) } => format!(
            "is format version {v}; this app reads version {} only",
            crate::model::SCHEMA_VERSION
        ),
        ProblemKind::UnsupportedSchema { found: None } => {
            "has no format version (\"schema\")".to_string()
        }
        ProblemKind::MissingField => "is missing".to_string(),
        ProblemKind::WrongType { expected } => format!("must be {}", expected_en(*expected)),
        ProblemKind::EmptyText => "is empty".to_string(),
        ProblemKind::BadId { value } => format!(
            "\"{value}\" cannot be an id: use lower-case letters without accents, digits and hyphens"
        ),
        ProblemKind::DuplicateId { value } => format!("id \"{value}\" is already used"),
        ProblemKind::UnknownValue {
            value: Some(value),
            allowed,
        } => format!(
            "\"{value}\" is not allowed: only {}",
            alternatives(allowed, "or")
        ),
        ProblemKind::UnknownValue {
            value: None,
            allowed,
        } => format!("must be {}", alternatives(allowed, "or")),
        ProblemKind::UnknownDomain { value } => {
            format!("domain \"{value}\" is not declared in \"domains\"")
        }
        ProblemKind::UnknownSource { value } => {
            format!("source \"{value}\" is not declared in \"sources\"")
        }
        ProblemKind::BadDate { value } => {
            format!("date \"{value}\" must be written YYYY-MM-DD, e.g. 2021-04-27")
        }
        ProblemKind::BadUrl { value } => {
            format!("link \"{value}\" must start with http:// or https://")
        }
        ProblemKind::BadYear { value } => format!("year {value} is not valid"),
        ProblemKind::UnknownField {
            suggestion: Some(known),
        } => format!("is not part of the format, probably a mistyped \"{known}\""),
        ProblemKind::UnknownField { suggestion: None } => {
            "is not part of the format (a mistyped field name?)".to_string()
        }
        ProblemKind::RepeatedField => "is written twice in the same block and only the first is read: keep one".to_string(),
        ProblemKind::Unreadable => "has a value the format cannot read".to_string(),
        ProblemKind::NoEntries => "has no valid entry to show".to_string(),
    };
    let prefix = match p.severity {
        Severity::Error => "",
        Severity::Warning => "Note: ",
    };
    format!("{prefix}{}: {what}.", location_en(&p.at))
}

fn expected_en(expected: Expected) -> &'static str {
    match expected {
        Expected::Text => "text",
        Expected::Number => "a number",
        Expected::Object => "an object { … }",
        Expected::List => "a list [ … ]",
    }
}

fn location_en(at: &Location) -> String {
    let mut parts = Vec::new();
    if let Some(c) = &at.commune {
        parts.push(format!("commune \"{c}\""));
    }
    match (&at.entry_id, at.entry_index) {
        (Some(id), Some(i)) => parts.push(format!("entry \"{id}\" (no. {})", i + 1)),
        (None, Some(i)) => parts.push(format!("entry no. {}", i + 1)),
        (Some(id), None) => parts.push(format!("entry \"{id}\"")),
        (None, None) => {}
    }
    if let Some(f) = &at.field {
        parts.push(format!("field \"{f}\""));
    }
    if parts.is_empty() {
        "The data file".to_string()
    } else {
        let mut s = parts.join(", ");
        if let Some(first) = s.get(..1) {
            s = format!("{}{}", first.to_ascii_uppercase(), &s[1..]);
        }
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::validate::check;

    #[test]
    fn every_problem_has_both_languages_with_its_place() {
        let file = r#"{"schema":1,"sources":[{"id":"src","title":"T","url":"javascript:x"}],
            "communes":[{"id":"xa","name":"X","entries":[
              {"id":"a","kind":"person","name":"A","source":"src","nmae":"typo"},
              {"id":"a","kind":"robot","name":"B","source":"nope"}]}]}"#;
        let c = check(file);
        let report = text(&c.problems);
        assert!(report.contains("LỖI / ERROR"), "{report}");
        assert!(report.contains("CẢNH BÁO / WARNING"), "{report}");
        assert!(report.contains("probably a mistyped \"name\"."), "{report}");
        assert!(report.contains("có lẽ là \"name\" gõ nhầm."), "{report}");
        assert!(report.contains("only \"person\" or \"model\""), "{report}");
        assert!(
            report.contains("Commune \"xa\", entry \"a\" (no. 2), field \"kind\""),
            "{report}"
        );
        assert!(
            report.contains("Field \"sources[0].url\": link"),
            "{report}"
        );
        // Errors come before warnings.
        assert!(report.find("LỖI").unwrap() < report.find("CẢNH BÁO").unwrap());
    }

    #[test]
    fn the_summary_counts_errors_warnings_and_entries() {
        let c = check(
            r#"{"schema":1,"sources":[{"id":"s","title":"T"}],"communes":[{"id":"xa","name":"X","entries":[{"id":"a","kind":"robot","name":"A","source":"s","x":1},{"id":"b","kind":"person","name":"B","source":"s"}]}]}"#,
        );
        let (vi, en) = summary(&c.problems, 13);
        assert_eq!(vi, "1 lỗi, 1 cảnh báo trong 13 mục");
        assert_eq!(en, "1 error, 1 warning in 13 entries");
        assert_eq!(summary(&[], 1).1, "0 errors, 0 warnings in 1 entry");
        assert_eq!(summary(&[], 10_000).0, "0 lỗi, 0 cảnh báo trong 10.000 mục");
    }
}
