//! The dataset's types, and the one declaration of the JSON format: their
//! serde derives say which fields exist, their types, the values a closed
//! field allows, and which fields are required: those without
//! `#[serde(default)]`. (An optional field is an `Option` or a list and has
//! it too, which also spares the wasm a call per absent field.) `read.rs`
//! reads each element of a file through them and `validate.rs` adds what a
//! type cannot say (ids, references, dates, links); `docs/data-format.md`
//! describes the same format for the officers who edit it.
//!
//! Fields marked `one_by_one` or `on_its_own` are read apart from their
//! block (`validate.rs`), so that a bad entry, source or figure costs only
//! itself.

use crate::fold::{fold, to_upper};
use crate::read::{on_its_own, one_by_one};
use crate::search::find;
use serde::Deserialize;

/// The schema version this build understands (the top-level `schema` field).
pub const SCHEMA_VERSION: u32 = 1;

#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct Dataset {
    pub schema: u32,
    /// Where the site is published: QR codes on slides and posters point
    /// there (`public_address.rs`).
    #[serde(default)]
    pub site_url: Option<String>,
    /// ISO date (YYYY-MM-DD) the data was last updated: the app says how
    /// current it is.
    #[serde(default)]
    pub updated: Option<String>,
    #[serde(default, deserialize_with = "one_by_one")]
    pub sources: Vec<Source>,
    #[serde(default, deserialize_with = "one_by_one")]
    pub domains: Vec<Domain>,
    #[serde(deserialize_with = "one_by_one")]
    pub communes: Vec<Commune>,
}

/// Where the facts come from; every entry points at one by `id`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct Source {
    pub id: String,
    pub title: String,
    #[serde(default)]
    pub publisher: Option<String>,
    #[serde(default)]
    pub author: Option<String>,
    #[serde(default)]
    pub url: Option<String>,
    #[serde(default)]
    pub photo_caption: Option<String>,
    /// ISO date (YYYY-MM-DD): the caption says the photo was taken before it.
    #[serde(default)]
    pub photo_taken_before: Option<String>,
}

/// A field of the emulation movement (kinh tế, văn hóa - xã hội, ...).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct Domain {
    pub id: String,
    pub name: String,
}

#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct Commune {
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub district: Option<String>,
    #[serde(default)]
    pub province: Option<String>,
    #[serde(default)]
    pub programme: Option<String>,
    #[serde(default)]
    pub source: Option<String>,
    #[serde(default, deserialize_with = "on_its_own")]
    pub figures: Option<Figures>,
    #[serde(deserialize_with = "one_by_one")]
    pub entries: Vec<Entry>,
}

impl Commune {
    /// "xã Hạnh Sơn, thị xã Nghĩa Lộ, tỉnh Yên Bái": the parts the data has.
    pub fn place(&self) -> String {
        [
            Some(self.name.as_str()),
            self.district.as_deref(),
            self.province.as_deref(),
        ]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(", ")
    }
}

/// The commune's reported totals. Every figure is optional: a source states
/// what it states.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct Figures {
    #[serde(default)]
    pub party_conferences: Option<Sessions>,
    #[serde(default)]
    pub cell_sessions: Option<Sessions>,
    #[serde(default)]
    pub thematic_sessions: Option<u32>,
    #[serde(default)]
    pub models_built: Option<Quantity>,
    #[serde(default)]
    pub model_fields: Vec<String>,
    #[serde(default)]
    pub models_maintained: Option<Maintained>,
    #[serde(default)]
    pub exemplary_individuals: Option<u32>,
}

#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct Sessions {
    pub count: u32,
    #[serde(default)]
    pub attendances: Option<u32>,
}

/// A number as the source gives it: exact, or "trên N" (more than N).
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Quantity {
    Exactly(u32),
    MoreThan(u32),
}

#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct Maintained {
    pub total: u32,
    #[serde(default)]
    pub by_domain: Vec<DomainCount>,
}

#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct DomainCount {
    pub domain: String,
    pub count: u32,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// Cá nhân điển hình tiên tiến.
    Person,
    /// Mô hình tập thể.
    Model,
}

impl Kind {
    pub const ALL: [Kind; 2] = [Kind::Person, Kind::Model];
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct Entry {
    pub id: String,
    pub kind: Kind,
    /// As the source spells it (models keep the source's lower case).
    pub name: String,
    #[serde(default)]
    pub role: Option<String>,
    #[serde(default)]
    pub organisation: Option<String>,
    #[serde(default)]
    pub village: Option<String>,
    /// Domain ids; only where the source supports them.
    #[serde(default)]
    pub domains: Vec<String>,
    #[serde(default)]
    pub description: Option<String>,
    #[serde(default)]
    pub recognitions: Vec<Recognition>,
    pub source: String,
    /// The source's own words this entry rests on.
    #[serde(default)]
    pub quote: Option<String>,
    /// For other officers, never shown: declared so that it is checked as
    /// text and not reported as an unknown field.
    #[serde(default)]
    pub note: Option<String>,
}

impl Entry {
    /// The name as a heading: first letter upper-cased, the rest as written.
    pub fn title(&self) -> String {
        capitalise(&self.name)
    }

    /// For the avatar (no photos exist): family and given name initials for
    /// a person ("HV" for Hoàng Văn Vạn), the first letter for a model.
    pub fn initials(&self) -> String {
        let mut words = self.name.split_whitespace();
        let first = words.next().and_then(|w| w.chars().next());
        let last = match self.kind {
            Kind::Person => words.last().and_then(|w| w.chars().next()),
            Kind::Model => None,
        };
        first.into_iter().chain(last).map(to_upper).collect()
    }

    /// The organisation, unless the role already names it ("Chủ tịch Hội Phụ
    /// nữ xã" says "Hội Phụ nữ"), so a card does not say it twice.
    pub fn organisation_beyond_role(&self) -> Option<&str> {
        let organisation = self.organisation.as_deref()?;
        let in_role = self
            .role
            .as_deref()
            .is_some_and(|r| find(&fold(r), &fold(organisation)).is_some());
        (!in_role).then_some(organisation)
    }
}

/// Upper-cases the first letter only: "trồng rau sạch" gives "Trồng rau sạch".
pub fn capitalise(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(first) => std::iter::once(to_upper(first)).chain(chars).collect(),
        None => String::new(),
    }
}

/// A commendation, modelled on the Law on Emulation and Commendation and the
/// officers' records: form, issuing level and body, decision, year.
///
/// Every part is optional, and the lists say exactly what a source says:
/// `forms: ["bằng khen", "giấy khen"]` with `levels: ["tỉnh", "huyện"]` means
/// the source names these together without saying which one this person got.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct Recognition {
    #[serde(default)]
    pub forms: Vec<String>,
    #[serde(default)]
    pub levels: Vec<Level>,
    #[serde(default)]
    pub issuers: Vec<String>,
    #[serde(default)]
    pub decision_number: Option<String>,
    /// ISO date (YYYY-MM-DD).
    #[serde(default)]
    pub decision_date: Option<String>,
    /// Wider than a year needs, so that 70000 is reported as a bad year
    /// rather than as "not a number".
    #[serde(default)]
    pub year: Option<u32>,
    #[serde(default)]
    pub quote: Option<String>,
}

impl Recognition {
    /// True when the source lists alternatives without saying which applies.
    pub fn is_ambiguous(&self) -> bool {
        self.forms.len() > 1 || self.levels.len() > 1 || self.issuers.len() > 1
    }
}

/// Issuing levels of the Vietnamese administration, top down, as the data
/// file writes them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
pub enum Level {
    #[serde(rename = "trung ương")]
    Central,
    #[serde(rename = "tỉnh")]
    Province,
    #[serde(rename = "huyện")]
    District,
    #[serde(rename = "xã")]
    Commune,
}

/// Names here are synthetic test data, not real people.
#[cfg(test)]
mod tests {
    use super::*;

    fn entry(role: Option<&str>, organisation: Option<&str>) -> Entry {
        Entry {
            id: "x".into(),
            kind: Kind::Person,
            name: "Nguyễn Văn A".into(),
            role: role.map(str::to_string),
            organisation: organisation.map(str::to_string),
            village: None,
            domains: Vec::new(),
            description: None,
            recognitions: Vec::new(),
            source: "s".into(),
            quote: None,
            note: None,
        }
    }

    #[test]
    fn organisation_is_shown_only_when_the_role_does_not_name_it() {
        let named = entry(Some("Chủ tịch Hội Phụ nữ xã"), Some("Hội Phụ nữ"));
        assert_eq!(named.organisation_beyond_role(), None);
        // Folded, so a difference in case or accents does not repeat it either.
        let unaccented = entry(Some("Chu tich hoi phu nu xa"), Some("Hội Phụ nữ"));
        assert_eq!(unaccented.organisation_beyond_role(), None);
        let other = entry(Some("Bí thư Chi bộ"), Some("Hội Nông dân"));
        assert_eq!(other.organisation_beyond_role(), Some("Hội Nông dân"));
        let no_role = entry(None, Some("Đoàn Thanh niên"));
        assert_eq!(no_role.organisation_beyond_role(), Some("Đoàn Thanh niên"));
        assert_eq!(
            entry(Some("Trưởng thôn"), None).organisation_beyond_role(),
            None
        );
    }
}
