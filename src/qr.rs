//! QR codes as one SVG path, for the slides and the posters: people in a
//! hall scan the code on the wall and the entry opens on their phone.
//!
//! The `qrcode` crate does the encoding; its own SVG renderer returns markup
//! as a string, which would have to be inserted as HTML. A path of filled
//! squares is drawn as an ordinary element instead.

use qrcode::{Color, EcLevel, QrCode};

/// Light modules around the code that scanners need to find it (the
/// standard's quiet zone).
pub const QUIET_ZONE: usize = 4;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QrPath {
    /// Modules per side, without the quiet zone.
    pub width: usize,
    /// SVG path data: one `M x y h n v 1 h -n z` per run of dark modules.
    pub d: String,
}

impl QrPath {
    /// `None` only for text too long for any QR version (about 2,300 bytes
    /// at this level), which no entry URL comes near.
    ///
    /// Level M survives a smudge or a glare spot on a projected or printed
    /// code and keeps URLs of this length at a size phones read from afar.
    pub fn encode(text: &str) -> Option<QrPath> {
        let code = QrCode::with_error_correction_level(text, EcLevel::M).ok()?;
        let width = code.width();
        let colors = code.to_colors();
        let mut d = String::new();
        for (y, row) in colors.chunks(width).enumerate() {
            let mut x = 0;
            while x < width {
                if row[x] == Color::Dark {
                    let run = row[x..].iter().take_while(|&&c| c == Color::Dark).count();
                    d.push_str(&format!("M{x} {y}h{run}v1h-{run}z"));
                    x += run;
                } else {
                    x += 1;
                }
            }
        }
        Some(QrPath { width, d })
    }

    /// The `viewBox` with the quiet zone around the modules.
    pub fn view_box(&self) -> String {
        let q = QUIET_ZONE;
        let side = self.width + 2 * q;
        format!("-{q} -{q} {side} {side}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Reads the path back into a grid of dark modules.
    fn modules(p: &QrPath) -> Vec<Vec<bool>> {
        let mut grid = vec![vec![false; p.width]; p.width];
        for run in p.d.split('M').filter(|s| !s.is_empty()) {
            let (xy, rest) = run.split_once('h').unwrap();
            let (x, y) = xy.split_once(' ').unwrap();
            let (x, y): (usize, usize) = (x.parse().unwrap(), y.parse().unwrap());
            let n: usize = rest.split_once('v').unwrap().0.parse().unwrap();
            for cell in &mut grid[y][x..x + n] {
                assert!(!*cell, "runs overlap");
                *cell = true;
            }
        }
        grid
    }

    #[test]
    fn path_draws_exactly_the_dark_modules() {
        let text = "https://example.org/guong-sang/?muc=hoang-van-van";
        let p = QrPath::encode(text).unwrap();
        let code = QrCode::with_error_correction_level(text, EcLevel::M).unwrap();
        let expected: Vec<Vec<bool>> = code
            .to_colors()
            .chunks(code.width())
            .map(|r| r.iter().map(|&c| c == Color::Dark).collect())
            .collect();
        assert_eq!(modules(&p), expected);
        // The finder pattern's corner module is dark: the grid is not empty.
        assert!(expected[0][0]);
    }

    #[test]
    fn a_typical_entry_url_stays_small_enough_to_scan_from_afar() {
        let p = QrPath::encode("https://xa-hanh-son.example.gov.vn/guong-sang/?muc=mo-hinh-trong-rau-sach-thon-ban-tao").unwrap();
        // Version 6 (41 modules) or less: big modules on a projected slide.
        assert!(p.width <= 41, "width {}", p.width);
        assert_eq!(p.view_box(), format!("-4 -4 {0} {0}", p.width + 8));
    }

    #[test]
    fn text_beyond_any_version_gives_none() {
        assert!(QrPath::encode(&"x".repeat(5000)).is_none());
    }
}
