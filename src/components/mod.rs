pub mod card;
pub mod facet_panel;
pub mod highlight;
pub mod states;
