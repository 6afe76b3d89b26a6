//! The data checker for district technical staff and CI: checks data files
//! with the app's own validation and prints every problem in Vietnamese and
//! English, then "2 lỗi, 1 cảnh báo trong 13 mục". Exits 1 on any error
//! (warnings do not fail), 2 when a file cannot be read. `--gop` merges
//! several communes' files into one and checks the result.
//!
//!     cargo run --bin kiem-tra -- public/data/guong-sang.json
//!     cargo run --bin kiem-tra -- xa-a.json xa-b.json --gop huyen.json

use guong_sang::merge::merge;
use guong_sang::report;
use guong_sang::validate::{check, file_text, Severity};
use serde_json::Value;
use std::process::ExitCode;

const USAGE: &str = "cách dùng / usage: kiem-tra TỆP.json [TỆP.json …] [--gop RA.json]";

fn main() -> ExitCode {
    let mut files = Vec::new();
    let mut out = None;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--gop" | "--merge" => match args.next() {
                Some(path) => out = Some(path),
                None => return usage(),
            },
            "-h" | "--help" => {
                println!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            _ if arg.starts_with('-') => return usage(),
            _ => files.push(arg),
        }
    }
    if files.is_empty() {
        return usage();
    }
    let mut texts = Vec::new();
    for path in &files {
        match std::fs::read(path) {
            // Read as the app reads it: invalid UTF-8 replaced, not fatal.
            Ok(bytes) => texts.push((path.clone(), file_text(&bytes).into_owned())),
            Err(e) => {
                eprintln!("{path}: không đọc được tệp / cannot read the file: {e}");
                return ExitCode::from(2);
            }
        }
    }
    let failed = match out {
        None => {
            // Every file is reported, not only up to the first that fails.
            let mut failed = false;
            for (path, text) in &texts {
                failed |= check_one(path, text);
            }
            failed
        }
        Some(out) => {
            let mut parsed = Vec::new();
            for (path, text) in &texts {
                match serde_json::from_str::<Value>(text.trim_start_matches('\u{feff}')) {
                    Ok(value) => parsed.push((path.clone(), value)),
                    // Not JSON: the check says where.
                    Err(_) => return exit(check_one(path, text)),
                }
            }
            let merged = match merge(&parsed) {
                Ok(merged) => merged,
                Err(why) => {
                    eprintln!("{why}");
                    return ExitCode::FAILURE;
                }
            };
            let text = serde_json::to_string_pretty(&merged).unwrap_or_default() + "\n";
            if let Err(e) = std::fs::write(&out, &text) {
                eprintln!("{out}: không ghi được / cannot write: {e}");
                return ExitCode::from(2);
            }
            println!(
                "Đã gộp {} tệp vào {out} / merged {} files into {out}",
                files.len(),
                files.len()
            );
            check_one(&out, &text)
        }
    };
    exit(failed)
}

/// Prints the report of one file; true when it has errors.
fn check_one(path: &str, text: &str) -> bool {
    let checked = check(text);
    println!("== {path}");
    print!("{}", report::text(&checked.problems));
    let (vi, en) = report::summary(&checked.problems, checked.listed);
    println!("{vi} / {en}");
    checked
        .problems
        .iter()
        .any(|p| p.severity == Severity::Error)
}

fn exit(failed: bool) -> ExitCode {
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

fn usage() -> ExitCode {
    eprintln!("{USAGE}");
    ExitCode::from(2)
}
