//! Speed of loading, searching and filtering a large data file, natively.
//!
//! It reads a data file in the app's format, normally a SYNTHETIC one made by
//! `scripts/synthetic-data.mjs` (invented names, villages and organisations,
//! ids starting with `synthetic-`, for measuring only; not real people):
//!
//!     node scripts/synthetic-data.mjs 10000 target/synthetic-10000.json
//!     cargo run --release --example bench_search -- target/synthetic-10000.json
//!
//! It prints timings and asserts nothing about them (tests check behaviour,
//! not speed). It does check the file: it prints how many problems loading
//! found, lists the first ones, and exits non-zero if there are any, so a
//! generator that drifts from the format is caught here.

use guong_sang::catalog::Catalog;
use guong_sang::facets::Facet;
use guong_sang::sort::SortOrder;
use guong_sang::url_state::ViewState;
use guong_sang::validate::Severity;
use std::process::ExitCode;
use std::time::Instant;

const GENERATE: &str = "node scripts/synthetic-data.mjs 10000 target/synthetic-10000.json";

fn time<T>(label: &str, runs: u32, mut f: impl FnMut() -> T) -> T {
    let start = Instant::now();
    let mut out = f();
    for _ in 1..runs {
        out = f();
    }
    let per = start.elapsed() / runs;
    println!("{label:<44} {:>9.3} ms", per.as_secs_f64() * 1000.0);
    out
}

fn main() -> ExitCode {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!(
            "bench_search: give the data file to load, e.g. a synthetic one:\n  \
             {GENERATE}\n  \
             cargo run --release --example bench_search -- target/synthetic-10000.json"
        );
        return ExitCode::from(2);
    };
    let text = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(e) => {
            eprintln!(
                "bench_search: cannot read {path}: {e}\n  \
                 make a synthetic file with: {GENERATE}"
            );
            return ExitCode::from(2);
        }
    };
    println!("{path}: {} KB of JSON", text.len() / 1024);
    let catalog = time("load (parse, validate, index)", 5, || Catalog::load(&text));
    let errors = catalog
        .problems
        .iter()
        .filter(|p| p.severity == Severity::Error)
        .count();
    println!(
        "{} entries loaded, {} problems on load ({errors} errors, {} warnings)",
        catalog.items.len(),
        catalog.problems.len(),
        catalog.problems.len() - errors,
    );
    if !catalog.problems.is_empty() {
        for p in catalog.problems.iter().take(10) {
            eprintln!("  {p:?}");
        }
        eprintln!(
            "bench_search: the data file has {} problems; the benchmark needs a clean file",
            catalog.problems.len()
        );
        return ExitCode::FAILURE;
    }

    let view = |q: &str| ViewState {
        query: q.into(),
        ..ViewState::default()
    };
    for q in [
        "",
        "h",
        "hoang",
        "nguyen van",
        "hoang van van",
        "Hoàng Văn Vạn",
        "xoa doi giam ngheo",
        "zzz",
    ] {
        let r = time(&format!("results q={q:?}"), 20, || {
            catalog.results(&view(q), None)
        });
        println!("{:>44} {} matches", "", r.items.len());
    }
    // As the search box sees it: each key's search starts from the last.
    let phrase = "nguyen van";
    let mut last = None;
    for end in phrase.char_indices().map(|(i, c)| i + c.len_utf8()) {
        let typed = &phrase[..end];
        let r = time(
            &format!("typing {typed:?}, after the key before"),
            20,
            || catalog.results(&view(typed), last.as_ref()),
        );
        println!("{:>44} {} matches", "", r.items.len());
        last = Some(r);
    }
    let mut filtered = view("van");
    filtered.selection.insert(Facet::Village, "ban-tao");
    filtered.selection.insert(Facet::Kind, "ca-nhan");
    filtered.sort = SortOrder::GivenName;
    let r = time("results q=\"van\" + 2 facets, by given name", 20, || {
        catalog.results(&filtered, None)
    });
    println!("{:>44} {} matches", "", r.items.len());
    ExitCode::SUCCESS
}
