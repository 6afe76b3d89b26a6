pub mod browse;
pub mod checker;
pub mod detail;
pub mod posters;
pub mod slideshow;
