pub mod card;
pub mod drop_later;
pub mod entry_sheet;
pub mod facet_panel;
pub mod highlight;
pub mod qr_code;
pub mod states;
pub mod tool_bar;
