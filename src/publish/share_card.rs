//! The share card of every prerendered page: the 1200×630 image a link
//! preview (X, LINE, Slack, mail) shows beside the page's title. What the
//! card says and where it lives is decided here, for the page's `og:image`
//! tags and for the build step that draws it (`card_image`, native only).
//! Pure: tested natively.

use crate::report::model::Report;
use crate::site::deployment::AppPath;
use crate::site::labels;
use crate::site::routes::{Page, Route};

/// The card's size in CSS pixels (and image pixels): the 1.91:1 that Open
/// Graph consumers and X's `summary_large_image` crop to.
pub const WIDTH: u32 = 1200;
pub const HEIGHT: u32 = 630;

/// Where the cards are written, under the deployment's base path.
pub const DIR: &str = "cards";

/// The text on one card, all of it from the snapshot or `labels`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ShareCard {
    /// The part of the report the page belongs to (`会員自治体` for a
    /// member's page); `None` where the page is a part of its own and its
    /// heading already says so.
    pub part: Option<String>,
    /// The page's heading, as on the page.
    pub title: String,
    /// The report's name; the publisher's on the overview, whose heading
    /// is the report's name.
    pub report: String,
}

impl ShareCard {
    /// The card of the page at `route`, whose heading (`meta::page_meta`'s)
    /// is `heading`; `None` for a page with no static page (search), which
    /// a link preview never sees and so has no card.
    pub fn new(route: &Route, heading: &str, report: &Report) -> Option<ShareCard> {
        if !route.page.has_static_page() {
            return None;
        }
        let title = heading.to_string();
        let part = match route.page.def().parent {
            Some(parent) if parent != Page::Overview => labels::page(parent),
            _ => labels::page(route.page),
        };
        let report_name = if title == report.meta.title {
            report.meta.publisher.clone()
        } else {
            report.meta.title.clone()
        };
        Some(ShareCard {
            part: (route.page != Page::Overview && part != title).then(|| part.to_string()),
            title,
            report: report_name,
        })
    }

    /// What the card shows, as one line for `og:image:alt`.
    pub fn alt(&self) -> String {
        labels::share_card_alt(self.part.as_deref(), &self.title, &self.report)
    }
}

/// The card's app path: `/cards/members/yokohama.png` for
/// `/members/yokohama`, `/cards/index.png` for the overview.
pub fn path(route: &Route) -> AppPath {
    let page = route.path();
    let name = match page.trim_start_matches('/') {
        "" => "index",
        name => name,
    };
    AppPath::new(format!("/{DIR}/{name}.png"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::site::meta::page_meta;
    use crate::site::routes::prerendered;

    use crate::derive::snapshot::bundled as report;

    fn card(report: &Report, route: Route) -> ShareCard {
        let heading = page_meta(&route.resolve(report).unwrap(), report).heading;
        ShareCard::new(&route, &heading, report).unwrap()
    }

    #[test]
    fn a_member_card_names_the_member_its_part_and_the_report() {
        let report = report();
        let yokohama = card(&report, Route::with_id(Page::Member, "yokohama"));
        assert_eq!(yokohama.title, "横浜市");
        assert_eq!(yokohama.part.as_deref(), Some("会員自治体"));
        assert_eq!(yokohama.report, "2024年度 イクレイ日本 活動報告");
        let alt = yokohama.alt();
        for text in ["横浜市", "会員自治体", "2024年度 イクレイ日本 活動報告"] {
            assert!(alt.contains(text), "{alt}");
        }
    }

    #[test]
    fn the_overview_card_does_not_say_the_report_name_twice() {
        let report = report();
        let overview = card(&report, Route::new(Page::Overview));
        assert_eq!(overview.title, "2024年度 イクレイ日本 活動報告");
        assert_eq!(overview.report, "イクレイ日本");
        assert_eq!(overview.part, None);
        let highlight = card(&report, Route::with_id(Page::Highlight, "cop29"));
        assert_eq!(highlight.part.as_deref(), Some("ハイライト"));
        let calendar = card(&report, Route::new(Page::Calendar));
        assert_eq!(calendar.part, None, "its heading is its part's name");
    }

    #[test]
    fn search_has_no_static_page_and_so_no_card() {
        let report = report();
        let search = Route::new(Page::Search);
        assert_eq!(ShareCard::new(&search, "検索", &report), None);
        assert!(!prerendered(&report).contains(&search));
    }

    #[test]
    fn every_prerendered_page_has_a_card_of_its_own() {
        let report = report();
        let routes = prerendered(&report);
        let paths: std::collections::HashSet<String> =
            routes.iter().map(|r| path(r).to_string()).collect();
        assert_eq!(paths.len(), routes.len());
        assert!(paths.contains("/cards/index.png"));
        assert!(paths.contains("/cards/members/yokohama.png"));
        assert!(paths.contains("/cards/highlights/cop29.png"));
        assert!(paths
            .iter()
            .all(|p| p.starts_with("/cards/") && p.ends_with(".png")));
    }
}
