//! Every interface string, in one place. Vietnamese is the only language for
//! now; an English table later is another `Ui` value and a `lang` URL field.

use crate::facets::{kind_key, Facet, FacetValue};
use crate::model::{capitalise, Kind, Level, Recognition, Source};
use crate::sort::SortOrder;
use crate::validate::{Expected, Location, Problem, ProblemKind, Severity};

pub struct Ui {
    pub app_name: &'static str,
    pub tagline: &'static str,
    pub search_label: &'static str,
    pub search_placeholder: &'static str,
    pub sort_label: &'static str,
    pub filters_heading: &'static str,
    pub active_filters: &'static str,
    /// After a filter's count, for screen readers: "3 mục".
    pub count_unit: &'static str,
    pub clear_all: &'static str,
    pub remove_filter: &'static str,
    pub loading: &'static str,
    pub load_failed_title: &'static str,
    pub load_failed_body: &'static str,
    pub retry: &'static str,
    pub data_problems_title: &'static str,
    pub data_problems_body: &'static str,
    pub data_unusable_title: &'static str,
    pub data_unusable_body: &'static str,
    pub empty_title: &'static str,
    pub empty_body: &'static str,
    pub clear_filters: &'static str,
    pub back_to_list: &'static str,
    pub share: &'static str,
    pub link_copied: &'static str,
    pub copy_failed: &'static str,
    pub not_found_title: &'static str,
    pub not_found_body: &'static str,
    pub detail_role: &'static str,
    pub detail_organisation: &'static str,
    pub detail_village: &'static str,
    pub detail_commune: &'static str,
    pub detail_domains: &'static str,
    pub detail_description: &'static str,
    pub detail_recognitions: &'static str,
    pub detail_source: &'static str,
    pub detail_quote: &'static str,
    pub recognition_unspecified: &'static str,
    pub recognition_decision: &'static str,
    pub year_word: &'static str,
    pub village_word: &'static str,
    pub source_read: &'static str,
    pub source_by: &'static str,
    pub source_photo: &'static str,
    pub footer_note: &'static str,
    pub programme: &'static str,
    pub show_more: &'static str,
    pub needs_script: &'static str,
    pub present: &'static str,
    pub print_posters: &'static str,
    pub slideshow: &'static str,
    pub slide_intro: &'static str,
    pub slide_previous: &'static str,
    pub slide_next: &'static str,
    pub slide_start_hint: &'static str,
    pub auto_start: &'static str,
    pub auto_paused: &'static str,
    pub theme_dark: &'static str,
    pub theme_light: &'static str,
    pub fullscreen: &'static str,
    pub fullscreen_leave: &'static str,
    pub keys_help: &'static str,
    pub keys_help_title: &'static str,
    pub keys_help_rows: &'static [(&'static str, &'static str)],
    pub leave_slideshow: &'static str,
    pub jump_to: &'static str,
    pub scan_entry: &'static str,
    pub scan_list: &'static str,
    pub unreachable_address: &'static str,
    pub all_entries: &'static str,
    pub search_word: &'static str,
    pub print: &'static str,
    pub posters_hint: &'static str,
    pub data_update: &'static str,
    pub data_update_show: &'static str,
    pub checker_link: &'static str,
    pub checker_title: &'static str,
    pub checker_intro: &'static str,
    pub checker_choose: &'static str,
    pub checker_reading: &'static str,
    pub checker_preview: &'static str,
    pub checker_nothing: &'static str,
}

pub static VI: Ui = Ui {
    app_name: "Gương sáng",
    tagline: "Cá nhân điển hình tiên tiến và mô hình tập thể",
    search_label: "Tìm theo tên, chức vụ, đơn vị, thôn",
    search_placeholder: "Ví dụ: hoang van van",
    sort_label: "Sắp xếp",
    filters_heading: "Bộ lọc",
    active_filters: "Đang lọc",
    count_unit: " mục",
    clear_all: "Xóa tất cả",
    remove_filter: "Bỏ lọc",
    loading: "Đang tải danh sách…",
    load_failed_title: "Không tải được dữ liệu",
    load_failed_body: "Mạng có thể đang chậm hoặc mất kết nối. Hãy kiểm tra mạng rồi thử lại.",
    retry: "Thử lại",
    data_problems_title: "Một số mục trong dữ liệu bị lỗi",
    data_problems_body: "Các mục bị lỗi không được hiển thị; các mục còn lại vẫn xem được. Người quản lý dữ liệu cần sửa:",
    data_unusable_title: "Không đọc được tệp dữ liệu",
    data_unusable_body: "Chưa có mục nào hiển thị được. Người quản lý dữ liệu cần sửa:",
    empty_title: "Không có kết quả phù hợp",
    empty_body: "Hãy thử gõ ít chữ hơn hoặc bỏ bớt bộ lọc.",
    clear_filters: "Xóa bộ lọc",
    back_to_list: "Quay lại danh sách",
    share: "Chia sẻ",
    link_copied: "Đã sao chép đường dẫn. Dán vào Zalo hoặc Facebook để chia sẻ.",
    copy_failed: "Không sao chép được. Hãy sao chép đường dẫn trên thanh địa chỉ.",
    not_found_title: "Không tìm thấy mục này",
    not_found_body: "Đường dẫn có thể đã cũ hoặc mục đã được đổi tên.",
    detail_role: "Chức vụ",
    detail_organisation: "Đơn vị",
    detail_village: "Thôn",
    detail_commune: "Địa bàn",
    detail_domains: "Lĩnh vực",
    detail_description: "Thành tích được nêu",
    detail_recognitions: "Khen thưởng",
    detail_source: "Nguồn",
    detail_quote: "Trích nguồn",
    recognition_unspecified: "nguồn không nói rõ ai nhận hình thức nào",
    recognition_decision: "Quyết định số",
    year_word: "năm",
    village_word: "thôn",
    source_read: "Xem trang báo",
    source_by: "Tác giả",
    source_photo: "Ảnh trong bài",
    footer_note: "Dữ liệu lấy nguyên văn từ bài báo nguồn; không thêm người, thành tích, ảnh hay số liệu nào khác.",
    programme: "Chương trình",
    show_more: "Xem thêm",
    needs_script: "Đang xem bản tĩnh. Hãy bật JavaScript để tìm kiếm, lọc và xem chi tiết.",
    present: "Trình chiếu",
    print_posters: "In áp phích",
    slideshow: "Trình chiếu các gương điển hình",
    slide_intro: "Giới thiệu",
    slide_previous: "Trước",
    slide_next: "Sau",
    slide_start_hint: "Nhấn → hoặc nút “Sau” để bắt đầu.",
    auto_start: "Tự chạy",
    auto_paused: "Tạm dừng tự chạy (nhấn A để chạy tiếp)",
    theme_dark: "Nền tối",
    theme_light: "Nền sáng",
    fullscreen: "Toàn màn hình",
    fullscreen_leave: "Thu nhỏ",
    keys_help: "Phím tắt",
    keys_help_title: "Phím tắt khi trình chiếu",
    keys_help_rows: &[
        ("→ ↓ Space PageDown N", "Trang sau"),
        ("← ↑ PageUp P", "Trang trước"),
        ("Home / End", "Trang đầu / trang cuối"),
        ("B hoặc .", "Màn hình đen, nhấn lại để hiện"),
        ("A", "Bật/tắt tự chạy; phím bất kỳ để tạm dừng"),
        ("G hoặc số rồi Enter", "Đến trang số …"),
        ("F", "Toàn màn hình"),
        ("T", "Đổi nền sáng/tối"),
        ("?", "Hiện/ẩn bảng này"),
        ("Esc", "Thoát, về danh sách"),
    ],
    leave_slideshow: "Thoát",
    jump_to: "Đến trang",
    scan_entry: "Quét mã để xem trên điện thoại",
    scan_list: "Quét mã để mở danh sách này trên điện thoại",
    unreachable_address: "Điện thoại trong hội trường sẽ không mở được mã này: trang đang chạy ở địa chỉ nội bộ của máy tính. Người quản lý dữ liệu cần ghi địa chỉ công khai của trang vào trường site_url của tệp dữ liệu.",
    all_entries: "Tất cả gương điển hình",
    search_word: "Tìm",
    print: "In",
    posters_hint: "Mỗi gương một trang giấy A4 dọc, kèm mã QR để quét bằng điện thoại. Khi in, chọn khổ A4.",
    data_update: "Đã có dữ liệu mới.",
    data_update_show: "Xem dữ liệu mới",
    checker_link: "Kiểm tra tệp dữ liệu (cho cán bộ)",
    checker_title: "Kiểm tra dữ liệu",
    checker_intro: "Mở tệp JSON từ máy tính hoặc điện thoại để xem mọi lỗi và xem trước các thẻ như khi đăng. Tệp chỉ được đọc trên máy này, không gửi đi đâu.",
    checker_choose: "Chọn tệp JSON",
    checker_reading: "Đang đọc tệp…",
    checker_preview: "Xem trước",
    checker_nothing: "Chưa có mục hợp lệ nào để xem trước: sửa các lỗi ở trên rồi mở lại tệp.",
};

/// "3 / 13" for the third entry; the introduction has its name instead.
pub fn slide_progress(at: usize, entries: usize) -> String {
    if at == 0 {
        ui().slide_intro.to_string()
    } else {
        format!("{} / {}", number(at), number(entries))
    }
}

/// What a screen reader says when a slide appears.
pub fn slide_announcement(at: usize, entries: usize, title: &str) -> String {
    format!("{}: {title}", slide_progress(at, entries))
}

/// "13 gương điển hình: 8 cá nhân, 5 mô hình tập thể".
pub fn kind_count(people: usize, models: usize) -> String {
    format!(
        "{} gương điển hình: {} cá nhân, {} mô hình tập thể",
        number(people + models),
        number(people),
        number(models)
    )
}

/// The posters page's heading: how many sheets will print.
pub fn posters_title(sheets: usize) -> String {
    format!("Áp phích A4: {} trang", number(sheets))
}

/// The running auto-advance, with its interval.
pub fn auto_running(seconds: u32) -> String {
    format!("{}: {seconds} giây mỗi trang", ui().auto_start)
}

/// The interface language in use.
pub fn ui() -> &'static Ui {
    &VI
}

pub fn kind_label(kind: Kind) -> &'static str {
    match kind {
        Kind::Person => "Cá nhân",
        Kind::Model => "Mô hình tập thể",
    }
}

pub fn facet_label(facet: Facet) -> &'static str {
    match facet {
        Facet::Kind => "Loại",
        Facet::Domain => "Lĩnh vực",
        Facet::Organisation => "Đơn vị",
        Facet::Village => "Thôn",
        Facet::Recognition => "Khen thưởng",
    }
}

/// The facet's name inside a sentence ("Bỏ lọc thôn: …").
fn facet_word(facet: Facet) -> &'static str {
    match facet {
        Facet::Kind => "loại",
        Facet::Domain => "lĩnh vực",
        Facet::Organisation => "đơn vị",
        Facet::Village => "thôn",
        Facet::Recognition => "khen thưởng",
    }
}

pub fn sort_label(order: SortOrder) -> &'static str {
    match order {
        SortOrder::Name => "Họ và tên (A–Z)",
        SortOrder::GivenName => "Tên (A–Z)",
        SortOrder::Village => "Thôn",
        SortOrder::Organisation => "Đơn vị",
    }
}

/// Announced in the status region after every change.
pub fn result_count(shown: usize, total: usize) -> String {
    let all = number(total);
    if shown == total {
        format!("Hiển thị tất cả {all} mục")
    } else {
        format!("Tìm thấy {} trong {all} mục", number(shown))
    }
}

/// Under the cards while more pages remain.
pub fn cards_shown(on_page: usize, results: usize) -> String {
    format!(
        "Đang xem {} trong {} kết quả",
        number(on_page),
        number(results)
    )
}

/// Thousands grouped with dots, as Vietnamese writes them: 10.000.
pub fn number(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, d) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push('.');
        }
        out.push(d);
    }
    out
}

/// How much of the source's list the data names.
pub fn named_of(named: usize, total: u32, kind: Kind) -> String {
    match kind {
        Kind::Person => {
            format!("{named} trong {total} cá nhân điển hình tiên tiến được nêu tên trong nguồn")
        }
        Kind::Model => {
            format!("{named} trong {total} mô hình đang duy trì được nêu tên trong nguồn")
        }
    }
}

/// Kinds are labelled here; other values as the data spells them.
pub fn facet_value_label(facet: Facet, value: &FacetValue) -> String {
    match facet {
        Facet::Kind => Kind::ALL
            .into_iter()
            .find(|&k| kind_key(k) == value.key)
            .map_or_else(|| value.key.clone(), |k| kind_label(k).to_string()),
        _ => value.label.clone(),
    }
}

/// One line per recognition: "Bằng khen, giấy khen · UBND tỉnh, UBND huyện".
/// `detailed` adds the decision number and date (the detail view).
pub fn recognition_line(r: &Recognition, detailed: bool) -> String {
    let t = ui();
    let mut parts = Vec::new();
    if !r.forms.is_empty() {
        parts.push(capitalise(&r.forms.join(", ")));
    }
    if !r.issuers.is_empty() {
        parts.push(r.issuers.join(", "));
    } else if !r.levels.is_empty() {
        let levels: Vec<&str> = r.levels.iter().map(|&l| level_label(l)).collect();
        parts.push(levels.join(", "));
    }
    if detailed {
        if let Some(n) = &r.decision_number {
            parts.push(format!("{} {n}", t.recognition_decision));
        }
        if let Some(d) = &r.decision_date {
            parts.push(vi_date(d));
        }
    }
    if let Some(y) = r.year {
        parts.push(format!("{} {y}", t.year_word));
    }
    parts.join(" · ")
}

pub fn remove_chip(facet: Facet, value: &str) -> String {
    format!("Bỏ lọc {}: {value}", facet_word(facet))
}

pub fn level_label(level: Level) -> &'static str {
    match level {
        Level::Central => "cấp trung ương",
        Level::Province => "cấp tỉnh",
        Level::District => "cấp huyện",
        Level::Commune => "cấp xã",
    }
}

/// `"a", "b" hoặc "c"`: the values a closed field allows, quoted as they
/// are written in the file; `or` is the language's word.
pub fn alternatives(allowed: &[&str], or: &str) -> String {
    let mut out = String::new();
    for (i, a) in allowed.iter().enumerate() {
        if i + 1 == allowed.len() && i > 0 {
            out.push_str(&format!(" {or} "));
        } else if i > 0 {
            out.push_str(", ");
        }
        out.push_str(&format!("\"{a}\""));
    }
    out
}

/// What follows the cited title: ", Báo Yên Bái. Tác giả: Nguyễn Thơm."
pub fn citation_tail(source: &Source) -> String {
    let mut tail = String::new();
    if let Some(p) = &source.publisher {
        tail.push_str(", ");
        tail.push_str(p);
    }
    if let Some(a) = &source.author {
        tail.push_str(&format!(". {}: {a}", ui().source_by));
    }
    tail.push('.');
    tail
}

/// The link to the article, showing where it goes.
pub fn source_link_label(url: &str) -> String {
    format!("{} ({url})", ui().source_read)
}

pub fn photo_note(caption: &str) -> String {
    format!("{}: {caption}", ui().source_photo)
}

/// "Dữ liệu cập nhật ngày 28/11/2026".
pub fn data_updated(iso: &str) -> String {
    format!("Dữ liệu cập nhật ngày {}", vi_date(iso))
}

/// "2021-04-27" as Vietnamese write it: 27/4/2021.
pub fn vi_date(iso: &str) -> String {
    let mut parts = iso.splitn(3, '-');
    match (parts.next(), parts.next(), parts.next()) {
        (Some(y), Some(m), Some(d)) => format!(
            "{}/{}/{y}",
            d.trim_start_matches('0'),
            m.trim_start_matches('0')
        ),
        _ => iso.to_string(),
    }
}

fn expected_label(expected: Expected) -> &'static str {
    match expected {
        Expected::Text => "một chuỗi chữ",
        Expected::Number => "một số",
        Expected::Object => "một khối { … }",
        Expected::List => "một danh sách [ … ]",
    }
}

/// Where, in words an officer editing the file can follow.
fn location_label(at: &Location) -> String {
    let mut parts = Vec::new();
    if let Some(c) = &at.commune {
        parts.push(format!("xã \"{c}\""));
    }
    match (&at.entry_id, at.entry_index) {
        (Some(id), Some(i)) => parts.push(format!("mục \"{id}\" (thứ {})", i + 1)),
        (None, Some(i)) => parts.push(format!("mục thứ {}", i + 1)),
        (Some(id), None) => parts.push(format!("mục \"{id}\"")),
        (None, None) => {}
    }
    if let Some(f) = &at.field {
        parts.push(format!("trường \"{f}\""));
    }
    if parts.is_empty() {
        "Tệp dữ liệu".to_string()
    } else {
        capitalise(&parts.join(", "))
    }
}

/// One line per problem: where, then what.
pub fn problem_message(p: &Problem) -> String {
    let what = match &p.kind {
        ProblemKind::NotJson { line, column } => {
            format!("không phải JSON hợp lệ (lỗi ở dòng {line}, cột {column})")
        }
        ProblemKind::UnsupportedSchema { found: Some(v) } => {
            format!(
                "có phiên bản định dạng {v}, ứng dụng này chỉ đọc được phiên bản {}",
                crate::model::SCHEMA_VERSION
            )
        }
        ProblemKind::UnsupportedSchema { found: None } => {
            "thiếu số phiên bản định dạng (\"schema\")".to_string()
        }
        ProblemKind::MissingField => "bị thiếu".to_string(),
        ProblemKind::WrongType { expected } => format!("phải là {}", expected_label(*expected)),
        ProblemKind::EmptyText => "đang để trống".to_string(),
        ProblemKind::BadId { value } => format!(
            "\"{value}\" không dùng được làm mã: chỉ gồm chữ thường không dấu, số và dấu gạch ngang"
        ),
        ProblemKind::DuplicateId { value } => format!("mã \"{value}\" đã được dùng cho mục khác"),
        ProblemKind::UnknownValue {
            value: Some(value),
            allowed,
        } => format!(
            "\"{value}\" không hợp lệ: chỉ nhận {}",
            alternatives(allowed, "hoặc")
        ),
        ProblemKind::UnknownValue {
            value: None,
            allowed,
        } => format!("phải là {}", alternatives(allowed, "hoặc")),
        ProblemKind::UnknownDomain { value } => {
            format!("lĩnh vực \"{value}\" chưa có trong danh sách \"domains\"")
        }
        ProblemKind::UnknownSource { value } => {
            format!("nguồn \"{value}\" chưa có trong danh sách \"sources\"")
        }
        ProblemKind::BadDate { value } => {
            format!("ngày \"{value}\" phải viết dạng NNNN-TT-NN, ví dụ 2021-04-27")
        }
        ProblemKind::BadUrl { value } => {
            format!("đường dẫn \"{value}\" phải bắt đầu bằng http:// hoặc https://")
        }
        ProblemKind::BadYear { value } => format!("năm {value} không hợp lệ"),
        ProblemKind::UnknownField {
            suggestion: Some(known),
        } => format!("không thuộc định dạng, có lẽ là \"{known}\" gõ nhầm"),
        ProblemKind::UnknownField { suggestion: None } => {
            "không thuộc định dạng (có thể gõ nhầm tên trường)".to_string()
        }
        ProblemKind::RepeatedField => {
            "được viết hai lần trong cùng một khối, chỉ lần đầu được đọc: hãy giữ lại một"
                .to_string()
        }
        ProblemKind::Unreadable => "có giá trị không đọc được theo định dạng".to_string(),
        ProblemKind::NoEntries => "không có mục hợp lệ nào để hiển thị".to_string(),
    };
    let prefix = match p.severity {
        Severity::Error => "",
        Severity::Warning => "Lưu ý: ",
    };
    format!("{prefix}{}: {what}.", location_label(&p.at))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_group_thousands_with_dots() {
        assert_eq!(number(0), "0");
        assert_eq!(number(13), "13");
        assert_eq!(number(999), "999");
        assert_eq!(number(1000), "1.000");
        assert_eq!(number(10_000), "10.000");
        assert_eq!(number(1_234_567), "1.234.567");
        assert_eq!(result_count(30, 10_000), "Tìm thấy 30 trong 10.000 mục");
        assert_eq!(cards_shown(60, 1234), "Đang xem 60 trong 1.234 kết quả");
    }

    #[test]
    fn citation_reads_as_a_sentence_with_or_without_its_parts() {
        let mut source = Source {
            id: "bai-bao".into(),
            title: "Tiêu đề".into(),
            publisher: Some("Báo Yên Bái".into()),
            author: Some("Nguyễn Thơm".into()),
            ..Source::default()
        };
        assert_eq!(
            citation_tail(&source),
            ", Báo Yên Bái. Tác giả: Nguyễn Thơm."
        );
        source.author = None;
        assert_eq!(citation_tail(&source), ", Báo Yên Bái.");
        source.publisher = None;
        assert_eq!(citation_tail(&source), ".");
        assert_eq!(
            source_link_label("http://baoyenbai.com.vn"),
            "Xem trang báo (http://baoyenbai.com.vn)"
        );
        assert_eq!(photo_note("ảnh"), "Ảnh trong bài: ảnh");
    }

    #[test]
    fn problem_names_entry_and_field() {
        let p = Problem {
            severity: Severity::Error,
            at: Location {
                commune: Some("hanh-son".into()),
                entry_index: Some(2),
                entry_id: Some("hoang-anh-tuan".into()),
                field: Some("name".into()),
            },
            kind: ProblemKind::MissingField,
        };
        assert_eq!(
            problem_message(&p),
            "Xã \"hanh-son\", mục \"hoang-anh-tuan\" (thứ 3), trường \"name\": bị thiếu."
        );
    }

    #[test]
    fn a_closed_fields_allowed_values_are_listed_as_written() {
        assert_eq!(alternatives(&["xã"], "hoặc"), "\"xã\"");
        assert_eq!(
            alternatives(&["trung ương", "tỉnh", "huyện", "xã"], "hoặc"),
            "\"trung ương\", \"tỉnh\", \"huyện\" hoặc \"xã\""
        );
        let p = Problem {
            severity: Severity::Error,
            at: Location {
                field: Some("kind".into()),
                ..Location::default()
            },
            kind: ProblemKind::UnknownValue {
                value: Some("robot".into()),
                allowed: &["person", "model"],
            },
        };
        assert_eq!(
            problem_message(&p),
            "Trường \"kind\": \"robot\" không hợp lệ: chỉ nhận \"person\" hoặc \"model\"."
        );
    }

    #[test]
    fn whole_file_problems_read_as_the_file() {
        let p = Problem {
            severity: Severity::Error,
            at: Location::default(),
            kind: ProblemKind::NotJson { line: 3, column: 7 },
        };
        assert_eq!(
            problem_message(&p),
            "Tệp dữ liệu: không phải JSON hợp lệ (lỗi ở dòng 3, cột 7)."
        );
    }

    #[test]
    fn counts_and_dates_read_naturally() {
        assert_eq!(result_count(13, 13), "Hiển thị tất cả 13 mục");
        assert_eq!(result_count(1, 13), "Tìm thấy 1 trong 13 mục");
        assert_eq!(
            named_of(8, 53, Kind::Person),
            "8 trong 53 cá nhân điển hình tiên tiến được nêu tên trong nguồn"
        );
        assert_eq!(vi_date("2021-04-27"), "27/4/2021");
        assert_eq!(vi_date("bad"), "bad");
    }
}
