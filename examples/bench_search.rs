//! Speed of loading, searching and filtering a large dataset, natively.
//!
//! The entries are SYNTHETIC (generated names, villages and organisations),
//! for measuring only; they are not real people. Run:
//!
//!     cargo run --release --example bench_search [entries]
//!
//! It prints timings; it asserts nothing (tests check behaviour, not speed).

use guong_sang::catalog::Catalog;
use guong_sang::facets::Facet;
use guong_sang::sort::SortOrder;
use guong_sang::url_state::ViewState;
use std::time::Instant;

const FAMILY: [&str; 8] = ["Hoàng", "Lò", "Đinh", "Nguyễn", "Trần", "Lại", "Đoàn", "Vũ"];
const MIDDLE: [&str; 4] = ["Văn", "Thị", "Anh", "Đức"];
const GIVEN: [&str; 10] = [
    "Vạn", "Thúy", "Tuấn", "Nhiên", "Khoen", "Luấn", "Xuân", "Hương", "Ân", "Ưng",
];
const VILLAGES: [&str; 6] = [
    "Bản Tào",
    "Bản Lốm",
    "Đình Cại",
    "Bản Mớ",
    "Thôn Mới",
    "Bản Đông",
];
const ORGS: [&str; 5] = [
    "Hội Phụ nữ",
    "Hội Nông dân",
    "Đoàn Thanh niên",
    "Mặt trận Tổ quốc",
    "Trạm Y tế xã",
];

fn synthetic(n: usize) -> String {
    let entries: Vec<String> = (0..n)
        .map(|i| {
            let name = format!("{} {} {}", FAMILY[i % 8], MIDDLE[(i / 8) % 4], GIVEN[(i / 32) % 10]);
            format!(
                r#"{{"id":"e{i}","kind":"{}","name":"{name}","role":"Bí thư Chi bộ thôn {}","organisation":"{}","village":"{}","domains":["kinh-te"],"description":"điển hình tiên tiến trong công tác tuyên truyền, vận động nhân dân phát triển kinh tế, xóa đói giảm nghèo","recognitions":[{{"forms":["{}"],"levels":["huyện"]}}],"source":"s"}}"#,
                if i % 5 == 0 { "model" } else { "person" },
                VILLAGES[i % 6],
                ORGS[i % 5],
                VILLAGES[(i / 7) % 6],
                if i % 2 == 0 { "bằng khen" } else { "giấy khen" },
            )
        })
        .collect();
    format!(
        r#"{{"schema":1,"sources":[{{"id":"s","title":"Synthetic benchmark data"}}],"domains":[{{"id":"kinh-te","name":"Kinh tế"}}],"communes":[{{"id":"x","name":"xã Thử","entries":[{}]}}]}}"#,
        entries.join(",")
    )
}

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

fn main() {
    let n: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(10_000);
    let text = synthetic(n);
    println!("{n} synthetic entries, {} KB of JSON", text.len() / 1024);
    let catalog = time("load (parse, validate, index)", 5, || Catalog::load(&text));
    assert_eq!(catalog.items.len(), n, "synthetic data must validate");

    let view = |q: &str| ViewState {
        query: q.into(),
        ..ViewState::default()
    };
    for q in [
        "",
        "h",
        "hoang",
        "hoang van van",
        "Hoàng Văn Vạn",
        "xoa doi giam ngheo",
        "zzz",
    ] {
        let r = time(&format!("results q={q:?}"), 20, || {
            catalog.results(&view(q))
        });
        println!("{:>44} {} matches", "", r.items.len());
    }
    let mut filtered = view("van");
    filtered.selection.insert(Facet::Village, "ban-tao");
    filtered.selection.insert(Facet::Kind, "ca-nhan");
    filtered.sort = SortOrder::GivenName;
    let r = time("results q=\"van\" + 2 facets, by given name", 20, || {
        catalog.results(&filtered)
    });
    println!("{:>44} {} matches", "", r.items.len());
}
