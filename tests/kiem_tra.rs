//! The data checker command (`src/bin/kiem-tra.rs`), run as officers and CI
//! run it.

use std::path::PathBuf;
use std::process::Command;

fn run(args: &[&str]) -> (i32, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_kiem-tra"))
        .args(args)
        .output()
        .expect("the checker runs");
    let text =
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr);
    (out.status.code().unwrap_or(-1), text)
}

fn temp(name: &str, text: &str) -> String {
    let dir = std::env::temp_dir().join(format!("kiem-tra-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path.to_string_lossy().into_owned()
}

fn bundled() -> String {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("public/data/guong-sang.json")
        .to_string_lossy()
        .into_owned()
}

const BAD: &str = r#"{"schema":1,"sources":[{"id":"s","title":"T"}],"communes":[{"id":"xa","name":"X","entries":[
  {"id":"a","kind":"robot","name":"A","source":"s"},
  {"id":"b","kind":"person","name":"B","source":"s","nmae":"typo"}]}]}"#;

#[test]
fn the_bundled_file_passes() {
    let (code, out) = run(&[&bundled()]);
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains("0 lỗi, 0 cảnh báo trong 13 mục / 0 errors, 0 warnings in 13 entries"),
        "{out}"
    );
}

#[test]
fn errors_fail_with_both_languages_and_a_summary() {
    let (code, out) = run(&[&temp("bad.json", BAD)]);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("chỉ nhận \"person\""), "{out}");
    assert!(out.contains("only \"person\" or \"model\""), "{out}");
    assert!(out.contains("probably a mistyped \"name\""), "{out}");
    assert!(
        out.contains("1 lỗi, 1 cảnh báo trong 2 mục / 1 error, 1 warning in 2 entries"),
        "{out}"
    );
}

/// A file with one of each problem the checker names (synthetic data), and
/// the report it must give, word for word; the browser test of the checker
/// page expects the same lines (`e2e/tests/checker.spec.ts`).
#[test]
fn one_of_each_problem_gives_the_expected_report() {
    let fixtures = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let file = fixtures.join("one-of-each.json");
    let (code, out) = run(&[&file.to_string_lossy()]);
    let expected = std::fs::read_to_string(fixtures.join("one-of-each.expected.txt")).unwrap();
    assert_eq!(code, 1, "{out}");
    let report = out.split_once('\n').map_or("", |(_, rest)| rest);
    assert_eq!(report, expected);
}

#[test]
fn warnings_alone_do_not_fail() {
    let only_warning = BAD.replace("\"robot\"", "\"model\"");
    let (code, out) = run(&[&temp("warn.json", &only_warning)]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("0 lỗi, 1 cảnh báo"), "{out}");
}

#[test]
fn json_syntax_errors_give_line_and_column() {
    let (code, out) = run(&[&temp("broken.json", "{\n  \"schema\": 1,\n  oops\n}")]);
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains("dòng 3, cột 3") && out.contains("line 3, column 3"),
        "{out}"
    );
}

#[test]
fn merging_writes_one_file_and_checks_it() {
    let other = std::fs::read_to_string(bundled())
        .unwrap()
        .replace("\"hanh-son\"", "\"xa-khac\"");
    let out_path = temp("merged.json", "");
    let (code, out) = run(&[&bundled(), &temp("other.json", &other), "--gop", &out_path]);
    // The same entry ids in two communes: the merged file is refused.
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("merged 2 files"), "{out}");
    assert!(out.contains("is already used"), "{out}");
    let merged: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&out_path).unwrap()).unwrap();
    assert_eq!(merged["communes"].as_array().unwrap().len(), 2);
}

#[test]
fn an_unreadable_file_or_no_file_exits_2() {
    assert_eq!(run(&["/no/such/file.json"]).0, 2);
    assert_eq!(run(&[]).0, 2);
}
