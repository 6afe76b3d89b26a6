//! Facets: kind, domain, organisation, village and recognition, with live
//! counts. Values within one facet combine with OR, facets with AND, and each
//! value's count is what the list would hold if that value were ticked too
//! (the "disjunctive" counts that search tools such as Algolia show).

use crate::collate::collation_key;
use crate::fold::fold;
use crate::model::Kind;
use crate::sort::sorted_indices;
use rustc_hash::FxHashMap;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Facet {
    Kind,
    Domain,
    Organisation,
    Village,
    Recognition,
}

pub const FACET_COUNT: usize = 5;

impl Facet {
    pub const ALL: [Facet; FACET_COUNT] = [
        Facet::Kind,
        Facet::Domain,
        Facet::Organisation,
        Facet::Village,
        Facet::Recognition,
    ];

    pub fn index(self) -> usize {
        self as usize
    }

    /// The URL query parameter, short Vietnamese so shared links read well.
    pub fn param(self) -> &'static str {
        match self {
            Facet::Kind => "loai",
            Facet::Domain => "linh-vuc",
            Facet::Organisation => "don-vi",
            Facet::Village => "thon",
            Facet::Recognition => "khen-thuong",
        }
    }
}

/// The URL key of a kind.
pub fn kind_key(kind: Kind) -> &'static str {
    match kind {
        Kind::Person => "ca-nhan",
        Kind::Model => "mo-hinh",
    }
}

/// People before models, whatever order the data lists them in.
fn kind_rank(key: &str) -> usize {
    Kind::ALL
        .iter()
        .position(|&k| kind_key(k) == key)
        .unwrap_or(Kind::ALL.len())
}

/// One value of a facet: `key` goes in the URL, `label` on screen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FacetValue {
    pub key: String,
    pub label: String,
}

/// The facet values of every entry, built once when the data loads.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct FacetIndex {
    values: [Vec<FacetValue>; FACET_COUNT],
    /// Per facet, per entry: indices into `values`.
    of_entry: [EntryLists; FACET_COUNT],
}

/// One facet's value numbers of every entry, in one vector: a search at the
/// first letter walks every entry's lists, and one `Vec` per entry and
/// facet scattered them over the heap.
#[derive(Clone, Debug, Default, PartialEq)]
struct EntryLists {
    numbers: Vec<u32>,
    /// Where each entry's list ends in `numbers` (and the next one starts).
    ends: Vec<u32>,
}

impl EntryLists {
    /// Adds `number` to the list being built, once.
    fn add(&mut self, number: u32) {
        let start = self.ends.last().copied().unwrap_or(0) as usize;
        let open = self.numbers.get(start..).unwrap_or(&[]);
        if !open.contains(&number) {
            self.numbers.push(number);
        }
    }

    /// Ends the list being built: it is the next entry's.
    fn close(&mut self) {
        self.ends.push(self.numbers.len() as u32);
    }

    /// How many entries have a list.
    fn len(&self) -> usize {
        self.ends.len()
    }

    /// Entry `e`'s list.
    fn get(&self, e: usize) -> &[u32] {
        let start = e.checked_sub(1).and_then(|p| self.ends.get(p)).copied();
        let end = self.ends.get(e).copied().unwrap_or(0);
        self.numbers
            .get(start.unwrap_or(0) as usize..end as usize)
            .unwrap_or(&[])
    }
}

/// The values one entry has, as (key, label) pairs per facet.
pub type EntryValues = [Vec<(String, String)>; FACET_COUNT];

/// A [`FacetIndex`] built an entry at a time as the data loads
/// (`catalog::Loading`): each entry's values are numbered as they are first
/// seen, and only the few distinct values are put in order at the end.
#[derive(Default)]
pub struct FacetIndexing {
    /// Per facet, in the order first seen; the first spelling of a key is
    /// its label.
    seen: [Vec<FacetValue>; FACET_COUNT],
    numbers: [FxHashMap<String, u32>; FACET_COUNT],
    /// Per facet, per entry: indices into `seen`.
    of_entry: [EntryLists; FACET_COUNT],
}

impl FacetIndexing {
    pub fn add(&mut self, entry: EntryValues) {
        for (f, values) in entry.into_iter().enumerate() {
            let (seen, numbers) = (&mut self.seen[f], &mut self.numbers[f]);
            for (key, label) in values {
                let i = match numbers.get(&key) {
                    Some(&i) => i,
                    None => {
                        let i = seen.len() as u32;
                        numbers.insert(key.clone(), i);
                        seen.push(FacetValue { key, label });
                        i
                    }
                };
                self.of_entry[f].add(i);
            }
            self.of_entry[f].close();
        }
    }

    /// Facet values are listed in Vietnamese alphabetical order; kinds keep
    /// people before models.
    pub fn finish(self) -> FacetIndex {
        let FacetIndexing {
            seen, mut of_entry, ..
        } = self;
        let mut values: [Vec<FacetValue>; FACET_COUNT] = Default::default();
        for (facet, seen) in Facet::ALL.into_iter().zip(seen) {
            let f = facet.index();
            let order = if facet == Facet::Kind {
                sorted_indices(seen.len(), &|a, b| {
                    kind_rank(&seen[a].key).cmp(&kind_rank(&seen[b].key))
                })
            } else {
                let keys: Vec<_> = seen.iter().map(|v| collation_key(&v.label)).collect();
                sorted_indices(seen.len(), &|a, b| {
                    keys[a]
                        .cmp(&keys[b])
                        .then_with(|| seen[a].key.cmp(&seen[b].key))
                })
            };
            // Where each value, numbered as first seen, now stands.
            let mut place = vec![0; seen.len()];
            for (to, &from) in order.iter().enumerate() {
                place[from] = to as u32;
            }
            for i in &mut of_entry[f].numbers {
                *i = place.get(*i as usize).copied().unwrap_or(*i);
            }
            values[f] = order.into_iter().map(|i| seen[i].clone()).collect();
        }
        // It grew an entry at a time: keep only what it holds.
        for lists in &mut of_entry {
            lists.numbers.shrink_to_fit();
            lists.ends.shrink_to_fit();
        }
        FacetIndex { values, of_entry }
    }
}

impl FacetIndex {
    pub fn values(&self, facet: Facet) -> &[FacetValue] {
        &self.values[facet.index()]
    }

    pub fn value(&self, facet: Facet, key: &str) -> Option<&FacetValue> {
        self.values(facet).iter().find(|v| v.key == key)
    }

    /// How many ticked values the data has (an old link's unknown keys do
    /// not count, and get no chip).
    pub fn known_count(&self, selection: &Selection) -> usize {
        selection
            .iter()
            .filter(|&(f, k)| self.value(f, k).is_some())
            .count()
    }

    /// The ticked values as a mask per facet; keys the data does not have
    /// (an old shared link, a typo) are ignored.
    fn masks(&self, selection: &Selection) -> [Vec<bool>; FACET_COUNT] {
        let mut masks: [Vec<bool>; FACET_COUNT] = Default::default();
        for facet in Facet::ALL {
            let f = facet.index();
            masks[f] = self.values[f]
                .iter()
                .map(|v| selection.contains(facet, &v.key))
                .collect();
        }
        masks
    }

    /// Filters `candidates` (entry indices that match the search text) and
    /// counts, for every facet value, the entries it would give.
    pub fn apply(&self, candidates: &[usize], selection: &Selection) -> Outcome {
        let masks = self.masks(selection);
        let active: [bool; FACET_COUNT] = std::array::from_fn(|f| masks[f].iter().any(|&m| m));
        let mut counts: [Vec<usize>; FACET_COUNT] =
            std::array::from_fn(|f| vec![0; self.values[f].len()]);
        let mut matches = Vec::with_capacity(candidates.len());
        const ALL: u32 = (1 << FACET_COUNT) - 1;
        for &e in candidates {
            if e >= self.of_entry[0].len() {
                continue;
            }
            let vals: [&[u32]; FACET_COUNT] = std::array::from_fn(|f| self.of_entry[f].get(e));
            let mut passed = 0u32;
            for f in 0..FACET_COUNT {
                if !active[f] || vals[f].iter().any(|&v| masks[f][v as usize]) {
                    passed |= 1 << f;
                }
            }
            if passed == ALL {
                matches.push(e);
            }
            for f in 0..FACET_COUNT {
                if passed | (1 << f) == ALL {
                    for &v in vals[f] {
                        counts[f][v as usize] += 1;
                    }
                }
            }
        }
        Outcome { matches, counts }
    }
}

/// What a selection leaves: matching entries (in candidate order) and a
/// count for every value of every facet (same order as `values`).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Outcome {
    pub matches: Vec<usize>,
    pub counts: [Vec<usize>; FACET_COUNT],
}

impl Outcome {
    pub fn count(&self, facet: Facet, value_index: usize) -> usize {
        self.counts[facet.index()]
            .get(value_index)
            .copied()
            .unwrap_or(0)
    }
}

/// The ticked values, by key. Kept sorted so equal selections compare equal
/// and serialise to the same URL.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Selection {
    keys: [Vec<String>; FACET_COUNT],
}

impl Selection {
    pub fn is_empty(&self) -> bool {
        self.keys.iter().all(Vec::is_empty)
    }

    pub fn keys(&self, facet: Facet) -> &[String] {
        &self.keys[facet.index()]
    }

    pub fn contains(&self, facet: Facet, key: &str) -> bool {
        self.keys[facet.index()]
            .binary_search_by(|k| k.as_str().cmp(key))
            .is_ok()
    }

    pub fn insert(&mut self, facet: Facet, key: &str) {
        let keys = &mut self.keys[facet.index()];
        if let Err(at) = keys.binary_search_by(|k| k.as_str().cmp(key)) {
            keys.insert(at, key.to_string());
        }
    }

    pub fn remove(&mut self, facet: Facet, key: &str) {
        self.keys[facet.index()].retain(|k| k != key);
    }

    pub fn toggle(&mut self, facet: Facet, key: &str) {
        if self.contains(facet, key) {
            self.remove(facet, key);
        } else {
            self.insert(facet, key);
        }
    }

    /// Every ticked (facet, key), facet by facet.
    pub fn iter(&self) -> impl Iterator<Item = (Facet, &str)> {
        Facet::ALL
            .into_iter()
            .flat_map(move |f| self.keys[f.index()].iter().map(move |k| (f, k.as_str())))
    }
}

/// A URL-safe key for a free-text value: "Bản Tào" gives "ban-tao".
pub fn slug(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in fold(text).chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    while out.ends_with('-') {
        out.pop();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// kind, domains, organisation, village for a small synthetic set.
    fn values(kind: &str, domains: &[&str], org: &str, village: &str) -> EntryValues {
        let pairs = |xs: &[&str]| -> Vec<(String, String)> {
            xs.iter()
                .filter(|x| !x.is_empty())
                .map(|x| (slug(x), x.to_string()))
                .collect()
        };
        [
            pairs(&[kind]),
            pairs(domains),
            pairs(&[org]),
            pairs(&[village]),
            Vec::new(),
        ]
    }

    fn index() -> FacetIndex {
        let mut indexing = FacetIndexing::default();
        for entry in [
            values("mô hình", &["Kinh tế"], "Hội Phụ nữ", ""),
            values("cá nhân", &[], "Hội Phụ nữ", ""),
            values("cá nhân", &["Kinh tế"], "", "Bản Mớ"),
            values("cá nhân", &["Kinh tế"], "", "Bản Tào"),
            values("mô hình", &[], "Đoàn Thanh niên", ""),
        ] {
            indexing.add(entry);
        }
        indexing.finish()
    }

    fn count(ix: &FacetIndex, out: &Outcome, facet: Facet, key: &str) -> usize {
        let i = ix
            .values(facet)
            .iter()
            .position(|v| v.key == key)
            .expect("value exists");
        out.count(facet, i)
    }

    #[test]
    fn no_selection_keeps_everything_and_counts_each_value() {
        let ix = index();
        let out = ix.apply(&[0, 1, 2, 3, 4], &Selection::default());
        assert_eq!(out.matches, [0, 1, 2, 3, 4]);
        assert_eq!(count(&ix, &out, Facet::Kind, "ca-nhan"), 3);
        assert_eq!(count(&ix, &out, Facet::Kind, "mo-hinh"), 2);
        assert_eq!(count(&ix, &out, Facet::Domain, "kinh-te"), 3);
        assert_eq!(count(&ix, &out, Facet::Organisation, "hoi-phu-nu"), 2);
    }

    #[test]
    fn each_entry_has_its_own_values_once_and_unknown_entries_are_skipped() {
        let mut indexing = FacetIndexing::default();
        indexing.add(values("cá nhân", &["Xã hội", "Kinh tế", "Kinh tế"], "", ""));
        indexing.add(values("mô hình", &[], "", "Bản Mớ"));
        let ix = indexing.finish();
        let out = ix.apply(&[1, 0, 7], &Selection::default());
        assert_eq!(out.matches, [1, 0]);
        assert_eq!(count(&ix, &out, Facet::Domain, "kinh-te"), 1);
        assert_eq!(count(&ix, &out, Facet::Domain, "xa-hoi"), 1);
        assert_eq!(count(&ix, &out, Facet::Village, "ban-mo"), 1);
        let mut sel = Selection::default();
        sel.insert(Facet::Domain, "kinh-te");
        assert_eq!(ix.apply(&[0, 1], &sel).matches, [0]);
        sel.insert(Facet::Village, "ban-mo");
        assert!(ix.apply(&[0, 1], &sel).matches.is_empty());
    }

    #[test]
    fn values_in_one_facet_combine_with_or() {
        let ix = index();
        let mut sel = Selection::default();
        sel.insert(Facet::Village, "ban-tao");
        sel.insert(Facet::Village, "ban-mo");
        assert_eq!(ix.apply(&[0, 1, 2, 3, 4], &sel).matches, [2, 3]);
    }

    #[test]
    fn facets_combine_with_and_and_counts_ignore_their_own_facet() {
        let ix = index();
        let mut sel = Selection::default();
        sel.insert(Facet::Kind, "mo-hinh");
        sel.insert(Facet::Domain, "kinh-te");
        let out = ix.apply(&[0, 1, 2, 3, 4], &sel);
        assert_eq!(out.matches, [0]);
        // Kind counts apply the domain filter only: 2 people and 1 model in kinh tế.
        assert_eq!(count(&ix, &out, Facet::Kind, "ca-nhan"), 2);
        assert_eq!(count(&ix, &out, Facet::Kind, "mo-hinh"), 1);
        // Domain counts apply the kind filter only: 1 model in kinh tế.
        assert_eq!(count(&ix, &out, Facet::Domain, "kinh-te"), 1);
        // Other facets see both filters.
        assert_eq!(count(&ix, &out, Facet::Organisation, "hoi-phu-nu"), 1);
        assert_eq!(count(&ix, &out, Facet::Organisation, "doan-thanh-nien"), 0);
    }

    #[test]
    fn counts_only_cover_the_search_candidates() {
        let ix = index();
        let out = ix.apply(&[0, 4], &Selection::default());
        assert_eq!(out.matches, [0, 4]);
        assert_eq!(count(&ix, &out, Facet::Kind, "ca-nhan"), 0);
        assert_eq!(count(&ix, &out, Facet::Kind, "mo-hinh"), 2);
    }

    #[test]
    fn unknown_keys_are_ignored() {
        let ix = index();
        let mut sel = Selection::default();
        sel.insert(Facet::Village, "khong-co");
        assert_eq!(ix.apply(&[0, 1], &sel).matches, [0, 1]);
        assert_eq!(ix.known_count(&sel), 0);
        sel.insert(Facet::Village, "ban-tao");
        assert_eq!(ix.known_count(&sel), 1);
    }

    #[test]
    fn values_are_in_vietnamese_order_and_kinds_keep_theirs() {
        let ix = index();
        let orgs: Vec<&str> = ix
            .values(Facet::Organisation)
            .iter()
            .map(|v| v.label.as_str())
            .collect();
        assert_eq!(orgs, ["Đoàn Thanh niên", "Hội Phụ nữ"]);
        let kinds: Vec<&str> = ix
            .values(Facet::Kind)
            .iter()
            .map(|v| v.key.as_str())
            .collect();
        assert_eq!(kinds, ["ca-nhan", "mo-hinh"]);
        let villages: Vec<&str> = ix
            .values(Facet::Village)
            .iter()
            .map(|v| v.label.as_str())
            .collect();
        assert_eq!(villages, ["Bản Mớ", "Bản Tào"]);
    }

    #[test]
    fn selection_toggles_and_stays_sorted() {
        let mut a = Selection::default();
        a.toggle(Facet::Domain, "van-hoa");
        a.toggle(Facet::Domain, "kinh-te");
        let mut b = Selection::default();
        b.insert(Facet::Domain, "kinh-te");
        b.insert(Facet::Domain, "van-hoa");
        assert_eq!(a, b);
        a.toggle(Facet::Domain, "kinh-te");
        assert_eq!(a.keys(Facet::Domain), ["van-hoa"]);
        assert!(!a.is_empty());
        a.toggle(Facet::Domain, "van-hoa");
        assert!(a.is_empty());
    }

    #[test]
    fn slugs_are_url_safe() {
        assert_eq!(slug("Bản Tào"), "ban-tao");
        assert_eq!(slug("Đình Cại"), "dinh-cai");
        assert_eq!(slug("  Hội Phụ nữ (xã) "), "hoi-phu-nu-xa");
        assert_eq!(slug("!!"), "");
    }
}
