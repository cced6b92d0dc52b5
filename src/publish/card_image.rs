//! Draws a [`ShareCard`] as a 1200×630 PNG at build time (`bin/prerender`):
//! the card is written as SVG and rasterised by resvg (usvg lays out and
//! shapes the text with the fonts given, tiny-skia paints, png encodes).
//! No system fonts are read, so a card is the same on every machine: the
//! fonts are Noto Sans JP Regular and Bold from the npm registry
//! (`@expo-google-fonts/noto-sans-jp`, OFL-1.1; [`FONT_FILES`]).
//!
//! SVG text does not wrap, so the title is broken into lines here: at the
//! line-break opportunities of Unicode's line breaking algorithm (UAX #14,
//! the `unicode-linebreak` crate: no line starts with 。 or 」), each
//! candidate line measured by laying it out with usvg. A title that does
//! not fit in [`TITLE_LINES`] lines at the largest size is tried smaller,
//! down to [`TITLE_SIZES`]' last, and cut with … only then.

use std::fmt;

use resvg::tiny_skia;
use resvg::usvg;

use crate::publish::share_card::{ShareCard, HEIGHT, WIDTH};
use crate::site::html::escape;

/// The two font files, relative to the npm packages folder (`node_modules`).
pub const FONT_FILES: [&str; 2] = [
    "@expo-google-fonts/noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf",
    "@expo-google-fonts/noto-sans-jp/700Bold/NotoSansJP_700Bold.ttf",
];
const FAMILY: &str = "Noto Sans JP";

/// The edition's light colours (`style/main.css`: --brand, --ink,
/// --ink-soft, --paper, --brand-soft).
const BRAND: &str = "#0b5d3b";
const INK: &str = "#1b1f1d";
const INK_SOFT: &str = "#4a524e";
const PAPER: &str = "#ffffff";
const BRAND_SOFT: &str = "#e3f1e9";

/// The text column: from the panel's inner left edge, this wide.
const LEFT: f32 = 96.0;
const TEXT_WIDTH: f32 = WIDTH as f32 - 2.0 * LEFT;
/// Title font sizes in px, tried largest first.
pub const TITLE_SIZES: [f32; 4] = [68.0, 60.0, 52.0, 46.0];
pub const TITLE_LINES: usize = 3;
/// How close to the narrowest column a balanced title gets, in px.
const BALANCE_STEP: f32 = 8.0;
const LINE_HEIGHT: f32 = 1.3;
const PART_SIZE: f32 = 34.0;
const REPORT_SIZE: f32 = 30.0;

/// Why a card could not be drawn.
#[derive(Debug)]
pub enum CardError {
    /// A font file is not a font usvg can read (its path).
    Font(String),
    /// The card's SVG did not parse (a bug here, not in the snapshot).
    Svg(String),
    /// The PNG encoder failed.
    Png(String),
}

impl fmt::Display for CardError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CardError::Font(path) => write!(f, "{path}: not a font file"),
            CardError::Svg(e) => write!(f, "card SVG: {e}"),
            CardError::Png(e) => write!(f, "card PNG: {e}"),
        }
    }
}

/// Draws cards with one set of fonts, loaded once.
pub struct CardPainter {
    options: usvg::Options<'static>,
}

impl CardPainter {
    /// A painter with the fonts in `fonts` (file path, contents), normally
    /// the two [`FONT_FILES`].
    pub fn new(fonts: Vec<(String, Vec<u8>)>) -> Result<CardPainter, CardError> {
        let mut options = usvg::Options {
            font_family: FAMILY.to_string(),
            ..usvg::Options::default()
        };
        let database = options.fontdb_mut();
        for (path, data) in fonts {
            let before = database.len();
            database.load_font_data(data);
            if database.len() == before {
                return Err(CardError::Font(path));
            }
        }
        Ok(CardPainter { options })
    }

    /// The card as PNG bytes, [`WIDTH`]×[`HEIGHT`].
    pub fn png(&self, card: &ShareCard) -> Result<Vec<u8>, CardError> {
        let tree = usvg::Tree::from_str(&self.svg(card), &self.options)
            .map_err(|e| CardError::Svg(e.to_string()))?;
        let mut pixmap = tiny_skia::Pixmap::new(WIDTH, HEIGHT).expect("the card has a size");
        resvg::render(&tree, tiny_skia::Transform::default(), &mut pixmap.as_mut());
        pixmap
            .encode_png()
            .map_err(|e| CardError::Png(e.to_string()))
    }

    /// The card as SVG: a brand-coloured frame around a paper panel with
    /// the part (if any), the title in up to [`TITLE_LINES`] lines, a rule
    /// and the report's name.
    pub fn svg(&self, card: &ShareCard) -> String {
        let (size, lines) = self.title_lines(&card.title);
        let line_gap = size * LINE_HEIGHT;
        // The title block sits in the middle of the space between the part
        // line and the rule.
        let (top, bottom) = (176.0, 470.0);
        let block = line_gap * (lines.len() as f32 - 1.0) + size;
        let first_baseline = top + (bottom - top - block) / 2.0 + size * 0.88;
        let title: String = lines
            .iter()
            .enumerate()
            .map(|(i, line)| {
                format!(
                    "<tspan x=\"{LEFT}\" y=\"{}\">{}</tspan>",
                    first_baseline + line_gap * i as f32,
                    escape(line)
                )
            })
            .collect();
        let part = card.part.as_deref().map_or(String::new(), |part| {
            format!(
                "<text x=\"{LEFT}\" y=\"148\" font-size=\"{PART_SIZE}\" font-weight=\"700\" fill=\"{BRAND}\">{}</text>",
                escape(part)
            )
        });
        let report = self.fit(&card.report, REPORT_SIZE, 400, TEXT_WIDTH);
        format!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{WIDTH}\" height=\"{HEIGHT}\" viewBox=\"0 0 {WIDTH} {HEIGHT}\">\
             <rect width=\"{WIDTH}\" height=\"{HEIGHT}\" fill=\"{BRAND}\"/>\
             <rect x=\"40\" y=\"40\" width=\"1120\" height=\"550\" rx=\"24\" fill=\"{PAPER}\"/>\
             <rect x=\"{LEFT}\" y=\"92\" width=\"72\" height=\"8\" rx=\"4\" fill=\"{BRAND}\"/>\
             {part}\
             <text font-size=\"{size}\" font-weight=\"700\" fill=\"{INK}\">{title}</text>\
             <rect x=\"{LEFT}\" y=\"494\" width=\"{TEXT_WIDTH}\" height=\"2\" fill=\"{BRAND_SOFT}\"/>\
             <text x=\"{LEFT}\" y=\"548\" font-size=\"{REPORT_SIZE}\" fill=\"{INK_SOFT}\">{}</text>\
             </svg>",
            escape(&report)
        )
    }

    /// The title's font size and lines: the largest of [`TITLE_SIZES`] at
    /// which it fits in [`TITLE_LINES`] lines, else the smallest, its last
    /// line cut to fit with …
    fn title_lines(&self, title: &str) -> (f32, Vec<String>) {
        let smallest = TITLE_SIZES[TITLE_SIZES.len() - 1];
        for size in TITLE_SIZES {
            let lines = self.wrap(title, size, TEXT_WIDTH);
            if lines.len() <= TITLE_LINES {
                return (size, self.balance(title, size, lines));
            }
        }
        let mut lines = self.wrap(title, smallest, TEXT_WIDTH);
        let rest = lines.split_off(TITLE_LINES - 1).concat();
        lines.push(self.fit(&rest, smallest, 700, TEXT_WIDTH));
        (smallest, lines)
    }

    /// `lines`, `text` wrapped at `size` in the text column, wrapped again
    /// in the narrowest column (to within [`BALANCE_STEP`] px) that keeps
    /// their number, as CSS `text-wrap: balance` does: no last line left
    /// with a character or two.
    fn balance(&self, text: &str, size: f32, lines: Vec<String>) -> Vec<String> {
        let count = lines.len();
        let (mut balanced, mut fits, mut too_narrow) = (lines, TEXT_WIDTH, 0.0);
        while count > 1 && fits - too_narrow > BALANCE_STEP {
            let width = (fits + too_narrow) / 2.0;
            let attempt = self.wrap(text, size, width);
            if attempt.len() <= count {
                (balanced, fits) = (attempt, width);
            } else {
                too_narrow = width;
            }
        }
        balanced
    }

    /// `text` broken into lines no wider than `column` px at `size`, bold,
    /// at UAX #14 break opportunities (a segment wider than a line is
    /// broken between characters).
    fn wrap(&self, text: &str, size: f32, column: f32) -> Vec<String> {
        let mut lines: Vec<String> = Vec::new();
        let mut line = String::new();
        let mut start = 0;
        for (end, _) in unicode_linebreak::linebreaks(text) {
            let segment = &text[start..end];
            start = end;
            let candidate = format!("{line}{segment}");
            if self.width(candidate.trim_end(), size, 700) <= column {
                line = candidate;
                continue;
            }
            if !line.is_empty() {
                lines.push(line.trim_end().to_string());
            }
            line = String::new();
            for c in segment.chars() {
                let candidate = format!("{line}{c}");
                if !line.is_empty() && self.width(candidate.trim_end(), size, 700) > column {
                    lines.push(std::mem::take(&mut line));
                }
                line.push(c);
            }
        }
        if !line.trim().is_empty() {
            lines.push(line.trim_end().to_string());
        }
        lines
    }

    /// `text` if it fits in `width` at `size` and `weight`, else its longest
    /// start that does with … after it.
    fn fit(&self, text: &str, size: f32, weight: u16, width: f32) -> String {
        if self.width(text, size, weight) <= width {
            return text.to_string();
        }
        let chars: Vec<char> = text.chars().collect();
        (0..chars.len())
            .rev()
            .map(|n| format!("{}…", chars[..n].iter().collect::<String>().trim_end()))
            .find(|cut| self.width(cut, size, weight) <= width)
            .unwrap_or_else(|| "…".to_string())
    }

    /// The inked width of `text` in px, laid out by usvg as the card lays
    /// it out.
    fn width(&self, text: &str, size: f32, weight: u16) -> f32 {
        if text.trim().is_empty() {
            return 0.0;
        }
        let svg = format!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{w}\" height=\"{h}\">\
             <text x=\"0\" y=\"{size}\" font-size=\"{size}\" font-weight=\"{weight}\">{}</text></svg>",
            escape(text),
            w = WIDTH * 4,
            h = size * 2.0,
        );
        usvg::Tree::from_str(&svg, &self.options)
            .map(|tree| tree.root().abs_bounding_box().right())
            .unwrap_or(f32::INFINITY)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn painter() -> CardPainter {
        let modules = concat!(env!("CARGO_MANIFEST_DIR"), "/node_modules/");
        let fonts = FONT_FILES
            .iter()
            .map(|file| {
                let path = format!("{modules}{file}");
                let data = std::fs::read(&path)
                    .unwrap_or_else(|e| panic!("{path}: {e} (run scripts/setup)"));
                (path, data)
            })
            .collect();
        CardPainter::new(fonts).unwrap()
    }

    fn card(title: &str) -> ShareCard {
        ShareCard {
            part: Some("会員自治体".into()),
            title: title.into(),
            report: "2024年度 イクレイ日本 活動報告".into(),
        }
    }

    /// Dark (ink) pixels in the rows `rows`, columns of the text column.
    fn ink(pixmap: &tiny_skia::Pixmap, rows: std::ops::Range<u32>) -> usize {
        rows.flat_map(|y| (LEFT as u32..(LEFT + TEXT_WIDTH) as u32).map(move |x| (x, y)))
            .filter(|&(x, y)| {
                let p = pixmap.pixel(x, y).unwrap();
                u32::from(p.red()) + u32::from(p.green()) + u32::from(p.blue()) < 200
            })
            .count()
    }

    #[test]
    fn a_card_is_a_1200_by_630_png_with_its_title_inked() {
        let painter = painter();
        let png = painter.png(&card("横浜市")).unwrap();
        let pixmap = tiny_skia::Pixmap::decode_png(&png).unwrap();
        assert_eq!((pixmap.width(), pixmap.height()), (WIDTH, HEIGHT));
        let corner = pixmap.pixel(5, 5).unwrap();
        assert_eq!(
            (corner.red(), corner.green(), corner.blue()),
            (0x0b, 0x5d, 0x3b)
        );
        assert!(ink(&pixmap, 176..470) > 2000, "the title is drawn");
        let empty = painter
            .png(&ShareCard {
                title: String::new(),
                ..card("")
            })
            .unwrap();
        let empty = tiny_skia::Pixmap::decode_png(&empty).unwrap();
        assert_eq!(ink(&empty, 176..470), 0, "no title, no ink");
    }

    #[test]
    fn a_font_that_is_no_font_is_an_error_not_a_panic() {
        let error = CardPainter::new(vec![("x.ttf".into(), b"not a font".to_vec())])
            .err()
            .unwrap();
        assert_eq!(error.to_string(), "x.ttf: not a font file");
    }

    #[test]
    fn long_titles_wrap_at_break_opportunities_and_fit_the_column() {
        let painter = painter();
        let title = "イクレイ世界事務局が主催する「ICLEI World Congress 2024」（サンパウロ）に日本の自治体が参加しました。";
        let (size, lines) = painter.title_lines(title);
        assert!(lines.len() > 1 && lines.len() <= TITLE_LINES, "{lines:?}");
        assert_eq!(lines.concat().replace(' ', ""), title.replace(' ', ""));
        for line in &lines {
            assert!(painter.width(line, size, 700) <= TEXT_WIDTH, "{line}");
            assert!(!line.starts_with(['。', '」', '）', '、']), "{line}");
        }
        // Balanced: no line much shorter than the others.
        let widths: Vec<f32> = lines.iter().map(|l| painter.width(l, size, 700)).collect();
        let widest = widths.iter().cloned().fold(0.0, f32::max);
        assert!(
            widths.iter().all(|&w| w > widest * 0.6),
            "{lines:?} {widths:?}"
        );
        // Two lines of a title just over one: halves, not a line and a character.
        let (size, lines) = painter.title_lines("自治体の脱炭素化を支援する取り組み");
        assert_eq!(lines.len(), 2, "{lines:?}");
        let (first, second) = (
            painter.width(&lines[0], size, 700),
            painter.width(&lines[1], size, 700),
        );
        assert!(second > first * 0.6 && first > second * 0.6, "{lines:?}");
        // Shorter than a line: one line at the largest size.
        assert_eq!(
            painter.title_lines("横浜市"),
            (TITLE_SIZES[0], vec!["横浜市".to_string()])
        );
    }

    #[test]
    fn a_title_too_long_for_any_size_is_cut_with_an_ellipsis() {
        let painter = painter();
        let title = "気候変動".repeat(40);
        let (size, lines) = painter.title_lines(&title);
        assert_eq!(size, TITLE_SIZES[TITLE_SIZES.len() - 1]);
        assert_eq!(lines.len(), TITLE_LINES);
        assert!(lines[TITLE_LINES - 1].ends_with('…'));
        assert!(lines
            .iter()
            .all(|l| painter.width(l, size, 700) <= TEXT_WIDTH));
    }

    #[test]
    fn markup_in_a_title_is_text() {
        let painter = painter();
        let svg = painter.svg(&card("<script>alert(1)</script> & </text>"));
        assert!(!svg.contains("<script>"));
        assert!(svg.contains("&lt;script&gt;"));
        painter
            .png(&card("<script>alert(1)</script> & </text>"))
            .unwrap();
    }
}
