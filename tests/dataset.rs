//! The shipped dataset: valid, complete, and true to its source article.

use guong_sang::catalog::Catalog;
use guong_sang::facets::{Facet, Selection};
use guong_sang::model::{Kind, Level, Quantity};
use guong_sang::url_state::ViewState;
use guong_sang::validate::check;

const DATA: &str = include_str!("../public/data/guong-sang.json");
const ARTICLE: &str = include_str!("fixtures/hanh-son-article.txt");

fn catalog() -> Catalog {
    Catalog::load(DATA)
}

fn names(c: &Catalog, state: &ViewState) -> Vec<String> {
    c.results(state, None)
        .items
        .iter()
        .map(|&i| c.items[i].entry.name.clone())
        .collect()
}

fn search(q: &str) -> ViewState {
    ViewState {
        query: q.into(),
        ..ViewState::default()
    }
}

#[test]
fn validates_without_a_single_problem() {
    let checked = check(DATA);
    assert_eq!(checked.problems, []);
}

#[test]
fn holds_the_eight_people_and_five_models_the_article_names() {
    let c = catalog();
    assert_eq!(c.items.len(), 13);
    assert_eq!(c.count(Kind::Person), 8);
    assert_eq!(c.count(Kind::Model), 5);
    let people: Vec<&str> = c
        .items
        .iter()
        .filter(|i| i.entry.kind == Kind::Person)
        .map(|i| i.entry.name.as_str())
        .collect();
    assert_eq!(
        people,
        [
            "Hoàng Văn Vạn",
            "Đoàn Thị Thúy",
            "Hoàng Anh Tuấn",
            "Lò Thị Nhiên",
            "Lại Văn Khoen",
            "Lò Văn Luấn",
            "Hoàng Văn Xuân",
            "Đinh Văn Hương",
        ]
    );
}

/// Nothing invented: every text the entries carry is in the article verbatim.
#[test]
fn every_entry_text_is_spelled_as_the_article_spells_it() {
    let c = catalog();
    for item in &c.items {
        let e = &item.entry;
        let texts = [
            Some(&e.name),
            e.role.as_ref(),
            e.organisation.as_ref(),
            e.village.as_ref(),
            e.description.as_ref(),
            e.quote.as_ref(),
        ];
        for t in texts.into_iter().flatten() {
            assert!(
                ARTICLE.contains(t.as_str()),
                "{}: {t:?} is not in the article",
                e.id
            );
        }
        if let Some(v) = &e.village {
            assert!(ARTICLE.contains(&format!("thôn {v}")), "{}: village", e.id);
        }
        for r in &e.recognitions {
            for t in r.forms.iter().chain(&r.issuers).chain(&r.quote) {
                let t = t.replace("UBND huyện", "huyện");
                assert!(ARTICLE.contains(&t), "{}: {t:?}", e.id);
            }
            assert_eq!(r.decision_number, None);
            assert_eq!(r.decision_date, None);
            assert_eq!(r.year, None);
        }
    }
}

#[test]
fn awards_only_on_the_four_the_article_attaches_them_to() {
    let c = catalog();
    let awarded: Vec<&str> = c
        .items
        .iter()
        .filter(|i| !i.entry.recognitions.is_empty())
        .map(|i| i.entry.name.as_str())
        .collect();
    assert_eq!(
        awarded,
        [
            "Lại Văn Khoen",
            "Lò Văn Luấn",
            "Hoàng Văn Xuân",
            "Đinh Văn Hương"
        ]
    );
    for i in &c.items {
        for r in &i.entry.recognitions {
            assert!(
                r.is_ambiguous(),
                "the article does not say who got which form"
            );
            assert_eq!(r.forms, ["bằng khen", "giấy khen"]);
            assert_eq!(r.levels, [Level::Province, Level::District]);
        }
    }
}

#[test]
fn commune_block_has_the_articles_figures() {
    let d = check(DATA).dataset;
    let commune = &d.communes[0];
    assert_eq!(commune.name, "xã Hạnh Sơn");
    assert_eq!(commune.district.as_deref(), Some("thị xã Nghĩa Lộ"));
    assert_eq!(commune.province.as_deref(), Some("tỉnh Yên Bái"));
    assert_eq!(
        commune.place(),
        "xã Hạnh Sơn, thị xã Nghĩa Lộ, tỉnh Yên Bái"
    );
    assert_eq!(
        commune.programme.as_deref(),
        Some("Chỉ thị 05 gắn với Nghị quyết Trung ương 4 (khóa XII)")
    );
    let f = commune.figures.as_ref().expect("figures");
    let conf = f.party_conferences.as_ref().expect("conferences");
    assert_eq!((conf.count, conf.attendances), (6, Some(195)));
    let cells = f.cell_sessions.as_ref().expect("cell sessions");
    assert_eq!((cells.count, cells.attendances), (70, Some(16940)));
    assert_eq!(f.thematic_sessions, Some(5));
    assert_eq!(f.models_built, Some(Quantity::MoreThan(20)));
    let m = f.models_maintained.as_ref().expect("maintained");
    assert_eq!(m.total, 13);
    let split: Vec<(&str, u32)> = m
        .by_domain
        .iter()
        .map(|d| (d.domain.as_str(), d.count))
        .collect();
    assert_eq!(
        split,
        [
            ("kinh-te", 6),
            ("van-hoa-xa-hoi", 5),
            ("an-ninh-trat-tu", 1),
            ("xay-dung-dang", 1)
        ]
    );
    assert_eq!(m.by_domain.iter().map(|d| d.count).sum::<u32>(), m.total);
    assert_eq!(f.exemplary_individuals, Some(53));
    let s = &d.sources[0];
    assert_eq!(s.title, "Tạo phong trào thi đua thiết thực, hiệu quả");
    assert_eq!(s.publisher.as_deref(), Some("Báo Yên Bái"));
    assert_eq!(s.author.as_deref(), Some("Nguyễn Thơm"));
    assert_eq!(s.url.as_deref(), Some("http://baoyenbai.com.vn"));
    assert_eq!(s.photo_taken_before.as_deref(), Some("2021-04-27"));
    for f in &f.model_fields {
        assert!(ARTICLE.contains(f.as_str()), "{f}");
    }
}

#[test]
fn hoang_van_van_typed_any_way_leaves_exactly_one() {
    let c = catalog();
    for q in [
        "hoang van van",
        "HOÀNG VĂN VẠN",
        "Hoàng Văn Vạn",
        "Hoa\u{300}ng Va\u{306}n Va\u{323}\u{306}n",
    ] {
        assert_eq!(names(&c, &search(q)), ["Hoàng Văn Vạn"], "{q:?}");
    }
    // "dinh" also finds thôn Đình Cại; the name match ranks first.
    assert_eq!(
        names(&c, &search("dinh")),
        ["Đinh Văn Hương", "Hoàng Văn Xuân"]
    );
    assert_eq!(
        names(&c, &search("đinh")),
        ["Đinh Văn Hương", "Hoàng Văn Xuân"]
    );
    assert_eq!(
        names(&c, &search("đình")),
        ["Hoàng Văn Xuân", "Đinh Văn Hương"]
    );
}

#[test]
fn search_reaches_role_organisation_village_and_description() {
    let c = catalog();
    assert_eq!(names(&c, &search("hieu truong")), ["Đoàn Thị Thúy"]);
    assert_eq!(names(&c, &search("ban mo")), ["Đinh Văn Hương"]);
    assert_eq!(
        names(&c, &search("hoi nong dan")),
        ["nuôi trâu bán công nghiệp"]
    );
    assert_eq!(names(&c, &search("xoa doi giam ngheo")).len(), 4);
}

#[test]
fn typed_accents_rank_exact_matches_first() {
    let c = catalog();
    // "đường" is in "đường hoa" and "thắp sáng đường quê"; "duong" alone matches the same.
    let typed = names(&c, &search("đường"));
    assert_eq!(typed, ["đường hoa", "thắp sáng đường quê"]);
    // "văn" (accents typed) and "van" match the same people, but "vạn" ranks Vạn first.
    let van = names(&c, &search("vạn"));
    assert_eq!(van.first().map(String::as_str), Some("Hoàng Văn Vạn"));
    assert!(
        van.len() > 1,
        "folded matches still listed after the exact one"
    );
}

#[test]
fn facets_narrow_and_count() {
    let c = catalog();
    let mut state = ViewState::default();
    state.selection.insert(Facet::Kind, "mo-hinh");
    let r = c.results(&state, None);
    assert_eq!(r.items.len(), 5);
    state.selection.insert(Facet::Organisation, "hoi-phu-nu");
    let r = c.results(&state, None);
    assert_eq!(r.items.len(), 2);
    let kinds = c.facets.values(Facet::Kind);
    let person = kinds.iter().position(|v| v.key == "ca-nhan").expect("kind");
    // Hội Phụ nữ has one person (Lò Thị Nhiên) and two models.
    assert_eq!(r.facets.count(Facet::Kind, person), 1);
    let mut state = ViewState::default();
    state.selection.insert(Facet::Recognition, "bang-khen");
    assert_eq!(c.results(&state, None).items.len(), 4);
    let mut state = ViewState::default();
    state.selection.insert(Facet::Village, "ban-tao");
    state.selection.insert(Facet::Village, "dinh-cai");
    assert_eq!(names(&c, &state), ["Hoàng Văn Vạn", "Hoàng Văn Xuân"]);
}

#[test]
fn default_order_is_vietnamese_alphabetical() {
    let c = catalog();
    let all = names(&c, &ViewState::default());
    assert_eq!(all.first().map(String::as_str), Some("Đinh Văn Hương"));
    let mut state = Selection::default();
    state.insert(Facet::Kind, "mo-hinh");
    let models = names(
        &c,
        &ViewState {
            selection: state,
            ..ViewState::default()
        },
    );
    assert_eq!(
        models,
        [
            "đường hoa",
            "nuôi trâu bán công nghiệp",
            "thắp sáng đường quê",
            "tổ tự quản",
            "trồng rau sạch"
        ]
    );
}
