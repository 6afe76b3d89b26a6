pub mod browse;
pub mod detail;
