//! The loaded data, prepared once for browsing: every entry of every commune
//! in one list, with its search text, facet values and every sort order
//! computed up front, so that a keystroke on 10,000 entries only scans the
//! search text and ranks the matches (no collation, no full sort).

use crate::facets::{kind_key, slug, EntryValues, Facet, FacetIndex, FacetIndexing, Outcome};
use crate::json::Parsing;
use crate::model::{capitalise, Commune, Dataset, Domain, Entry, Kind, Source};
use crate::search::{Corpus, Document, Field, Hits, Query, Rank};
use crate::sort::{MergeSort, SortKeys, SortOrder, SORT_ORDERS};
use crate::url_state::ViewState;
use crate::validate::{without_bom, Checked, Checking, Problem};

#[derive(Clone, Debug, PartialEq)]
pub struct Item {
    pub entry: Entry,
    /// Index into `Catalog::communes`.
    pub commune: usize,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Catalog {
    pub items: Vec<Item>,
    /// The communes without their entries (those are in `items`).
    pub communes: Vec<Commune>,
    pub sources: Vec<Source>,
    pub domains: Vec<Domain>,
    /// The data file's `site_url`: where QR codes point.
    pub site_url: Option<String>,
    /// The data file's `updated` date (ISO).
    pub updated: Option<String>,
    /// Tells one data file's text from another's: a newer file on the
    /// server is offered only when it differs (`data_update.rs`).
    pub fingerprint: u64,
    pub facets: FacetIndex,
    /// Every item's search text, in item order.
    corpus: Corpus,
    /// Per sort order (`SortOrder::index`): indices into `items`, sorted.
    sorted: [Vec<u32>; SORT_ORDERS],
    /// What validation found; entries with errors are not in `items`.
    pub problems: Vec<Problem>,
    /// How many entries the file lists, valid or not.
    pub listed: usize,
}

/// The view a state gives: matching items in display order, facet counts,
/// and the parsed search they were found with (for highlighting).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Results {
    /// Indices into `Catalog::items`.
    pub items: Vec<usize>,
    pub facets: Outcome,
    pub query: Option<Query>,
    /// Where the search text was found, for the next search to start from
    /// (nothing, which narrows nothing, when there was no search).
    pub hits: Hits,
}

impl Catalog {
    /// Checks the data file's text and prepares whatever is valid in it.
    pub fn load(text: &str) -> Catalog {
        Loading::new(text).finish()
    }

    pub fn item(&self, id: &str) -> Option<&Item> {
        self.items.iter().find(|i| i.entry.id == id)
    }

    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.id == id)
    }

    /// The entry's domains by name, in its order.
    pub fn domain_names(&self, entry: &Entry) -> Vec<String> {
        entry
            .domains
            .iter()
            .map(|id| domain_label(&self.domains, id).to_string())
            .collect()
    }

    pub fn count(&self, kind: Kind) -> usize {
        self.items.iter().filter(|i| i.entry.kind == kind).count()
    }

    /// How many entries of `kind` the data names for one commune (an index
    /// into `communes`), to set against the source's own total.
    pub fn named_in(&self, commune: usize, kind: Kind) -> usize {
        self.items
            .iter()
            .filter(|i| i.commune == commune && i.entry.kind == kind)
            .count()
    }

    /// Search, filter and sort: matches ranked by how well they match the
    /// search text (exact accents first), then in the chosen order.
    /// `previous` (the last results over this catalog, if any) lets a longer
    /// search text look only where the shorter one was found.
    pub fn results(&self, state: &ViewState, previous: Option<&Results>) -> Results {
        let query = Query::parse(&state.query);
        let (ranks, hits): (Vec<Option<Rank>>, Hits) =
            query.as_ref().map_or_else(Default::default, |q| {
                self.corpus.ranks(q, previous.map(|p| &p.hits))
            });
        let candidates: Vec<usize> = if query.is_some() {
            (0..ranks.len()).filter(|&i| ranks[i].is_some()).collect()
        } else {
            (0..self.items.len()).collect()
        };
        let outcome = self.facets.apply(&candidates, &state.selection);
        let mut keep = vec![false; self.items.len()];
        for &i in &outcome.matches {
            keep[i] = true;
        }
        // Walking the precomputed order keeps only a stable sort by rank to do.
        let in_order: Vec<usize> = self.sorted[state.sort.index()]
            .iter()
            .map(|&i| i as usize)
            .filter(|&i| keep.get(i).copied().unwrap_or(false))
            .collect();
        let items = if query.is_some() {
            // Best rank first, the chosen order within a rank: a few buckets
            // filled in order, as a stable sort by rank would leave them.
            let mut buckets: [Vec<usize>; Rank::LEVELS] = Default::default();
            for i in in_order {
                if let Some(Some(r)) = ranks.get(i) {
                    buckets[r.level()].push(i);
                }
            }
            buckets.into_iter().rev().flatten().collect()
        } else {
            in_order
        };
        Results {
            items,
            facets: outcome,
            query,
            hits,
        }
    }
}

/// A domain's name; its id if the list lacks it (validation reports that).
fn domain_label<'a>(domains: &'a [Domain], id: &'a str) -> &'a str {
    domains
        .iter()
        .find(|d| d.id == id)
        .map_or(id, |d| d.name.as_str())
}

/// The facet values an entry has, labelled as the data spells them.
fn facet_values(entry: &Entry, domains: &[Domain]) -> EntryValues {
    let text = |s: &str| (slug(s), s.to_string());
    let mut values: EntryValues = Default::default();
    values[Facet::Kind.index()] = vec![(kind_key(entry.kind).to_string(), String::new())];
    values[Facet::Domain.index()] = entry
        .domains
        .iter()
        .map(|id| (id.clone(), domain_label(domains, id).to_string()))
        .collect();
    values[Facet::Organisation.index()] = entry
        .organisation
        .as_deref()
        .map(text)
        .into_iter()
        .collect();
    values[Facet::Village.index()] = entry.village.as_deref().map(text).into_iter().collect();
    values[Facet::Recognition.index()] = entry
        .recognitions
        .iter()
        .flat_map(|r| r.forms.iter())
        .map(|form| (slug(form), capitalise(form)))
        .collect();
    values
}

/// A catalog made a step at a time: the file is parsed, its entries checked,
/// then indexed, each a slice at a time, so a page can let the browser
/// handle input and paint between steps (10,000 entries take seconds on a
/// slow phone; `api.rs`). [`Catalog::load`] takes every step at once.
pub struct Loading<'a> {
    fingerprint: u64,
    /// Until the file is parsed.
    parsing: Option<Parsing<'a>>,
    /// Until every entry is checked.
    checking: Option<Checking>,
    indexing: Option<Indexing>,
}

/// How much text a step parses for each entry it is asked to do: about one
/// entry's text (the bundled file and the synthetic ones have 400 to 500
/// bytes an entry).
const BYTES_PER_ENTRY: usize = 400;

impl<'a> Loading<'a> {
    pub fn new(text: &'a str) -> Loading<'a> {
        Loading {
            fingerprint: fingerprint(text),
            parsing: Some(Parsing::new(without_bom(text))),
            checking: None,
            indexing: None,
        }
    }

    /// Does about `entries` entries' worth of work; true when all is done.
    pub fn step(&mut self, entries: usize) -> bool {
        if let Some(parsing) = &mut self.parsing {
            if parsing.step(entries.saturating_mul(BYTES_PER_ENTRY)) {
                self.checking = self.parsing.take().map(|p| Checking::parsed(p.finish()));
            }
            return false;
        }
        if let Some(checking) = &mut self.checking {
            if checking.step(entries) {
                self.indexing = self.checking.take().map(|c| Indexing::new(c.finish()));
            }
            return false;
        }
        self.indexing.as_mut().is_none_or(|i| i.step(entries))
    }

    /// The catalog, after whatever steps are left.
    pub fn finish(mut self) -> Catalog {
        while !self.step(usize::MAX) {}
        let catalog = self.indexing.map(Indexing::finish).unwrap_or_default();
        Catalog {
            fingerprint: self.fingerprint,
            ..catalog
        }
    }
}

/// The valid entries in one list, with what each keystroke, tick and sort
/// needs computed up front: search text, sort keys, facet values, orders.
struct Indexing {
    catalog: Catalog,
    keys: Vec<SortKeys>,
    /// Until every entry's facet values are in.
    facets: Option<FacetIndexing>,
    sorted: Vec<Vec<u32>>,
    /// The order being sorted (the next one of `SortOrder::ALL`).
    sorting: Option<MergeSort>,
}

impl Indexing {
    fn new(checked: Checked) -> Indexing {
        let Dataset {
            site_url,
            updated,
            sources,
            domains,
            communes,
            ..
        } = checked.dataset;
        let mut items = Vec::new();
        let mut bare = Vec::with_capacity(communes.len());
        for (c, mut commune) in communes.into_iter().enumerate() {
            let entries = std::mem::take(&mut commune.entries);
            items.extend(entries.into_iter().map(|entry| Item { entry, commune: c }));
            bare.push(commune);
        }
        Indexing {
            keys: Vec::with_capacity(items.len()),
            facets: Some(FacetIndexing::default()),
            catalog: Catalog {
                items,
                communes: bare,
                sources,
                domains,
                site_url,
                updated,
                problems: checked.problems,
                listed: checked.listed,
                ..Catalog::default()
            },
            sorted: Vec::new(),
            sorting: None,
        }
    }

    fn step(&mut self, entries: usize) -> bool {
        let catalog = &mut self.catalog;
        let next = self.keys.len();
        if next < catalog.items.len() {
            for item in catalog.items.iter().skip(next).take(entries) {
                let entry = &item.entry;
                catalog.corpus.push(Document::new(
                    [
                        (Field::Name, Some(entry.name.as_str())),
                        (Field::Role, entry.role.as_deref()),
                        (Field::Organisation, entry.organisation.as_deref()),
                        (Field::Village, entry.village.as_deref()),
                        (Field::Description, entry.description.as_deref()),
                    ]
                    .into_iter()
                    .filter_map(|(f, t)| t.map(|t| (f, t))),
                ));
                self.keys.push(SortKeys::new(entry));
                if let Some(facets) = &mut self.facets {
                    facets.add(facet_values(entry, &catalog.domains));
                }
            }
        } else if let Some(facets) = self.facets.take() {
            catalog.facets = facets.finish();
        } else if let Some(&order) = SortOrder::ALL.get(self.sorted.len()) {
            // A merge pass per step: one whole sort is too long a task.
            let keys = &self.keys;
            let sort = self
                .sorting
                .get_or_insert_with(|| MergeSort::new(keys.len()));
            if sort.pass(&|a, b| keys[a].compare(&keys[b], order)) {
                let order = self.sorting.take().map(MergeSort::into_order);
                let order = order.unwrap_or_default().into_iter().map(|i| i as u32);
                self.sorted.push(order.collect());
            }
        } else {
            return true;
        }
        false
    }

    fn finish(self) -> Catalog {
        Catalog {
            sorted: self.sorted.try_into().unwrap_or_default(),
            ..self.catalog
        }
    }
}

/// A hash of the data file's text (FxHash: not for security, only to see
/// that two downloads differ).
pub fn fingerprint(text: &str) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut hasher = rustc_hash::FxHasher::default();
    text.hash(&mut hasher);
    hasher.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::facets::Facet;

    /// Synthetic two-commune file (test data, not real people).
    const TWO_COMMUNES: &str = r#"{
      "schema": 1,
      "sources": [{ "id": "s", "title": "Synthetic test source" }],
      "communes": [
        { "id": "xa-mot", "name": "xã Một", "entries": [
          { "id": "a", "kind": "person", "name": "Nguyễn Văn A", "village": "Bản Tào", "source": "s" },
          { "id": "b", "kind": "model", "name": "mô hình B", "organisation": "Hội Phụ nữ", "source": "s" }
        ] },
        { "id": "xa-hai", "name": "xã Hai", "entries": [
          { "id": "c", "kind": "person", "name": "Trần Thị C", "village": "Bản Tào", "source": "s" },
          { "id": "d", "kind": "person", "name": "Lê Văn D", "village": "Thôn Mới", "organisation": "Hội Phụ nữ", "source": "s" }
        ] }
      ]
    }"#;

    #[test]
    fn loading_a_few_entries_at_a_time_gives_what_loading_at_once_gives() {
        // Synthetic: a commune dropped for its id (its entries with it), an
        // id used in two communes, a bad entry, and files that stop early.
        let troubled = TWO_COMMUNES
            .replace(r#""id": "xa-hai""#, r#""id": "Xã Hai""#)
            .replace(r#""id": "b""#, r#""id": "a""#)
            .replace(r#""name": "Nguyễn Văn A""#, r#""name": 7"#);
        let files = [
            include_str!("../public/data/guong-sang.json").to_string(),
            TWO_COMMUNES.to_string(),
            troubled,
            r#"{"schema": 2}"#.to_string(),
            "[]".to_string(),
            "{".to_string(),
        ];
        for text in &files {
            let at_once = Catalog::load(text);
            for entries in [1, 2, 5] {
                let mut loading = Loading::new(text);
                let mut steps = 1;
                while !loading.step(entries) {
                    steps += 1;
                }
                assert_eq!(loading.finish(), at_once, "{entries} at a time: {text}");
                // Each step did at most `entries` entries' worth of work.
                assert!(
                    steps > at_once.items.len() / entries,
                    "{steps} steps: {text}"
                );
            }
        }
    }

    #[test]
    fn several_communes_share_one_list_and_its_facets() {
        let c = Catalog::load(TWO_COMMUNES);
        assert_eq!(c.problems, []);
        assert_eq!(c.items.len(), 4);
        assert_eq!(c.communes.len(), 2);
        assert!(c.communes.iter().all(|k| k.entries.is_empty()));
        assert_eq!(c.named_in(0, Kind::Person), 1);
        assert_eq!(c.named_in(0, Kind::Model), 1);
        assert_eq!(c.named_in(1, Kind::Person), 2);
        assert_eq!(c.named_in(1, Kind::Model), 0);
        let commune_of = |id: &str| c.item(id).map(|i| c.communes[i.commune].name.clone());
        assert_eq!(commune_of("a").as_deref(), Some("xã Một"));
        assert_eq!(commune_of("d").as_deref(), Some("xã Hai"));
        assert_eq!(c.communes[0].place(), "xã Một");
        let d = c.item("d").map(|i| c.domain_names(&i.entry));
        assert_eq!(d, Some(Vec::new()));
        let villages: Vec<&str> = c
            .facets
            .values(Facet::Village)
            .iter()
            .map(|v| v.label.as_str())
            .collect();
        assert_eq!(villages, ["Bản Tào", "Thôn Mới"]);
        let mut state = ViewState::default();
        state.selection.insert(Facet::Village, "ban-tao");
        let ids: Vec<&str> = c
            .results(&state, None)
            .items
            .iter()
            .map(|&i| c.items[i].entry.id.as_str())
            .collect();
        assert_eq!(ids, ["a", "c"]);
    }

    #[test]
    fn results_after_earlier_ones_are_the_results_from_scratch() {
        let c = Catalog::load(TWO_COMMUNES);
        let view = |q: &str| ViewState {
            query: q.into(),
            ..ViewState::default()
        };
        // As a visitor types from an empty box, corrects, and types on.
        let mut last = c.results(&view(""), None);
        for q in [
            "v", "va", "van", "van d", "van", "va", "hoi", "", "t", "tho",
        ] {
            let next = c.results(&view(q), Some(&last));
            assert_eq!(next, c.results(&view(q), None), "{q:?}");
            last = next;
        }
    }

    #[test]
    fn matches_in_the_name_come_before_the_chosen_order() {
        let c = Catalog::load(TWO_COMMUNES);
        let ids = |q: &str| -> Vec<String> {
            let state = ViewState {
                query: q.into(),
                ..ViewState::default()
            };
            let r = c.results(&state, None);
            r.items
                .iter()
                .map(|&i| c.items[i].entry.id.clone())
                .collect()
        };
        // "mô hình B" by name, "Lê Văn D" by his village "Thôn Mới": by name
        // alone Lê would come first.
        assert_eq!(ids("mo"), ["b", "d"]);
        // Same rank: the chosen order (full name) decides.
        assert_eq!(ids("van"), ["d", "a"]);
    }

    #[test]
    fn an_unreadable_file_gives_an_empty_catalog_and_the_problem() {
        let c = Catalog::load("not json");
        assert!(c.items.is_empty());
        assert_eq!(c.problems.len(), 1);
    }
}
