pub mod browse;
pub mod detail;
pub mod posters;
pub mod slideshow;
