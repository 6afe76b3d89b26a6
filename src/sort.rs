//! Sort orders for the list, in Vietnamese alphabetical order (a ă â b c d đ
//! e ê …, tones as `Intl.Collator('vi')` orders them) rather than by char
//! code, which would put Đ, Ă and Ư after Z.

use crate::collate::{collation_key, given_name, CollationKey};
use crate::model::{Entry, Kind};
use std::cmp::Ordering;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum SortOrder {
    /// Full name, family name first, as written.
    #[default]
    Name,
    /// The last word of a person's name, as Vietnamese lists often sort.
    GivenName,
    Village,
    Organisation,
}

pub const SORT_ORDERS: usize = 4;

impl SortOrder {
    pub const ALL: [SortOrder; SORT_ORDERS] = [
        SortOrder::Name,
        SortOrder::GivenName,
        SortOrder::Village,
        SortOrder::Organisation,
    ];

    /// Its place in `ALL`, for tables indexed by order.
    pub fn index(self) -> usize {
        self as usize
    }

    /// The value in the URL (`sap-xep=`).
    pub fn key(self) -> &'static str {
        match self {
            SortOrder::Name => "ho-ten",
            SortOrder::GivenName => "ten",
            SortOrder::Village => "thon",
            SortOrder::Organisation => "don-vi",
        }
    }

    pub fn from_key(key: &str) -> Option<SortOrder> {
        SortOrder::ALL.into_iter().find(|o| o.key() == key)
    }
}

/// Collation keys computed once per entry at load, so sorting 10,000
/// entries compares keys instead of re-reading text.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SortKeys {
    name: CollationKey,
    given: CollationKey,
    village: Option<CollationKey>,
    organisation: Option<CollationKey>,
}

impl SortKeys {
    pub fn new(entry: &Entry) -> Self {
        let given = match entry.kind {
            Kind::Person => collation_key(given_name(&entry.name)),
            Kind::Model => collation_key(&entry.name),
        };
        SortKeys {
            name: collation_key(&entry.name),
            given,
            village: entry.village.as_deref().map(collation_key),
            organisation: entry.organisation.as_deref().map(collation_key),
        }
    }

    /// Ties fall back to the full name; entries without a village or
    /// organisation go after those with one.
    pub fn compare(&self, other: &SortKeys, order: SortOrder) -> Ordering {
        let first = match order {
            SortOrder::Name => Ordering::Equal,
            SortOrder::GivenName => self.given.cmp(&other.given),
            SortOrder::Village => missing_last(&self.village, &other.village),
            SortOrder::Organisation => missing_last(&self.organisation, &other.organisation),
        };
        first.then_with(|| self.name.cmp(&other.name))
    }
}

/// The order of `0..n` under `cmp`, stable. Every sort in the app goes
/// through this one function, so the wasm carries one sort routine instead of
/// one per element type and comparator. It is a plain bottom-up merge sort
/// rather than `sort_by`, whose generic code is larger in the wasm (the size
/// ledger in the README); O(n log n) is all 10,000 entries need.
pub fn sorted_indices(n: usize, cmp: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut sort = MergeSort::new(n);
    while !sort.pass(cmp) {}
    sort.into_order()
}

/// [`sorted_indices`] a pass at a time: loading 10,000 entries sorts them
/// four ways between the browser's turns (`catalog::Loading`), and one whole
/// sort was a long task on a slow phone.
pub struct MergeSort {
    order: Vec<usize>,
    merged: Vec<usize>,
    /// The length of the sorted runs the next pass merges in pairs.
    width: usize,
}

impl MergeSort {
    pub fn new(n: usize) -> Self {
        MergeSort {
            order: (0..n).collect(),
            merged: vec![0; n],
            width: 1,
        }
    }

    /// Merges the runs in pairs; true when the order is sorted (after
    /// about log2(n) passes).
    pub fn pass(&mut self, cmp: &dyn Fn(usize, usize) -> Ordering) -> bool {
        let (order, width, n) = (&self.order, self.width, self.order.len());
        if width >= n {
            return true;
        }
        let mut start = 0;
        while start < n {
            let mid = (start + width).min(n);
            let end = (start + 2 * width).min(n);
            let (mut left, mut right) = (start, mid);
            for slot in &mut self.merged[start..end] {
                // Taking from the left run on ties keeps the sort stable.
                let take_left = right >= end
                    || (left < mid && cmp(order[left], order[right]) != Ordering::Greater);
                if take_left {
                    *slot = order[left];
                    left += 1;
                } else {
                    *slot = order[right];
                    right += 1;
                }
            }
            start = end;
        }
        std::mem::swap(&mut self.order, &mut self.merged);
        self.width *= 2;
        self.width >= n
    }

    /// The sorted order, once [`MergeSort::pass`] has said so.
    pub fn into_order(self) -> Vec<usize> {
        self.order
    }
}

fn missing_last(a: &Option<CollationKey>, b: &Option<CollationKey>) -> Ordering {
    match (a, b) {
        (Some(a), Some(b)) => a.cmp(b),
        (Some(_), None) => Ordering::Less,
        (None, Some(_)) => Ordering::Greater,
        (None, None) => Ordering::Equal,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn person(name: &str, village: Option<&str>, org: Option<&str>) -> Entry {
        Entry {
            id: "x".into(),
            kind: Kind::Person,
            name: name.into(),
            role: None,
            organisation: org.map(str::to_string),
            village: village.map(str::to_string),
            domains: Vec::new(),
            description: None,
            recognitions: Vec::new(),
            source: "s".into(),
            quote: None,
            note: None,
        }
    }

    fn sorted(entries: &[Entry], order: SortOrder) -> Vec<&str> {
        let mut keyed: Vec<(SortKeys, &str)> = entries
            .iter()
            .map(|e| (SortKeys::new(e), e.name.as_str()))
            .collect();
        keyed.sort_by(|a, b| a.0.compare(&b.0, order));
        keyed.into_iter().map(|(_, n)| n).collect()
    }

    fn people() -> Vec<Entry> {
        vec![
            person("Hoàng Văn Vạn", Some("Bản Tào"), None),
            person("Đoàn Thị Thúy", None, Some("Trường THCS Hạnh Sơn")),
            person("Hoàng Anh Tuấn", None, Some("Trạm Y tế xã")),
            person("Lò Thị Nhiên", None, Some("Hội Phụ nữ")),
            person("Lại Văn Khoen", Some("Bản Lốm"), None),
            person("Lò Văn Luấn", None, Some("Mặt trận Tổ quốc")),
            person("Hoàng Văn Xuân", Some("Đình Cại"), None),
            person("Đinh Văn Hương", Some("Bản Mớ"), None),
        ]
    }

    #[test]
    fn by_name_puts_d_before_d_with_stroke() {
        assert_eq!(
            sorted(&people(), SortOrder::Name),
            [
                "Đinh Văn Hương",
                "Đoàn Thị Thúy",
                "Hoàng Anh Tuấn",
                "Hoàng Văn Vạn",
                "Hoàng Văn Xuân",
                "Lại Văn Khoen",
                "Lò Thị Nhiên",
                "Lò Văn Luấn",
            ]
        );
    }

    #[test]
    fn by_given_name_uses_the_last_word() {
        assert_eq!(
            sorted(&people(), SortOrder::GivenName),
            [
                "Đinh Văn Hương",
                "Lại Văn Khoen",
                "Lò Văn Luấn",
                "Lò Thị Nhiên",
                "Đoàn Thị Thúy",
                "Hoàng Anh Tuấn",
                "Hoàng Văn Vạn",
                "Hoàng Văn Xuân",
            ]
        );
    }

    #[test]
    fn by_village_puts_entries_without_one_last() {
        let people = people();
        let order = sorted(&people, SortOrder::Village);
        assert_eq!(
            order[..4],
            [
                "Lại Văn Khoen",
                "Đinh Văn Hương",
                "Hoàng Văn Vạn",
                "Hoàng Văn Xuân"
            ]
        );
        assert_eq!(order[4], "Đoàn Thị Thúy");
    }

    #[test]
    fn by_organisation() {
        let people = people();
        let order = sorted(&people, SortOrder::Organisation);
        assert_eq!(
            order[..4],
            [
                "Lò Thị Nhiên",
                "Lò Văn Luấn",
                "Hoàng Anh Tuấn",
                "Đoàn Thị Thúy"
            ]
        );
    }

    #[test]
    fn url_keys_round_trip() {
        for o in SortOrder::ALL {
            assert_eq!(SortOrder::from_key(o.key()), Some(o));
        }
        assert_eq!(SortOrder::from_key("nonsense"), None);
    }

    #[test]
    fn sorted_indices_agrees_with_std_stable_sort() {
        // Pseudo-random keys with many ties, every length up to 70 (odd runs,
        // powers of two and one past them).
        let mut seed = 12345u32;
        for n in 0..70 {
            let keys: Vec<u32> = (0..n)
                .map(|_| {
                    seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                    (seed >> 16) % 7
                })
                .collect();
            let ours = sorted_indices(n, &|a, b| keys[a].cmp(&keys[b]));
            let mut expected: Vec<usize> = (0..n).collect();
            expected.sort_by_key(|&i| keys[i]);
            assert_eq!(ours, expected, "n = {n}");
            // A pass at a time, as loading sorts: ⌈log2 n⌉ passes.
            let mut sort = MergeSort::new(n);
            let mut passes = 1;
            while !sort.pass(&|a, b| keys[a].cmp(&keys[b])) {
                passes += 1;
            }
            assert_eq!(sort.into_order(), expected, "n = {n}");
            assert_eq!(
                passes,
                n.next_power_of_two().trailing_zeros().max(1),
                "n = {n}"
            );
        }
    }
}
