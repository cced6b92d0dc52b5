//! `sitemap.xml` and `robots.txt` for search engines, written at build time
//! beside the prerendered pages (`bin/prerender`): every one of them
//! (`routes::prerendered`), by its absolute public URL
//! (<https://www.sitemaps.org/protocol.html>).

use crate::report::model::Report;
use crate::site::deployment::{AppPath, Deployment};
use crate::site::edition::Edition;
use crate::site::html::escape;
use crate::site::routes::prerendered;

/// The file names, relative to the deployment's base path.
pub const SITEMAP_FILE: &str = "sitemap.xml";
pub const ROBOTS_FILE: &str = "robots.txt";

/// The sitemap: one `<url><loc>` per prerendered page (not the search
/// page, whose results are the pages themselves).
pub fn sitemap(deployment: &Deployment, report: &Report) -> String {
    let urls: String = prerendered(report)
        .iter()
        .map(|route| {
            format!(
                "  <url><loc>{}</loc></url>\n",
                escape(&deployment.absolute(&route.to()))
            )
        })
        .collect();
    format!("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n{urls}</urlset>\n")
}

/// `robots.txt`: everything may be crawled; the sitemap is named by its
/// absolute URL. A draft has no sitemap, and is still crawlable: its pages'
/// `noindex` keeps it out of search results, which a crawler could not see
/// if it were kept out. Crawlers read `/robots.txt` at the origin's root
/// only: a site hosting the edition under a sub-path adds these lines to its
/// own (docs/deploying.md, *Production build*).
pub fn robots(deployment: &Deployment, edition: &Edition) -> String {
    if edition.draft {
        return "User-agent: *\nAllow: /\n".into();
    }
    let sitemap = deployment.absolute(&AppPath::new(format!("/{SITEMAP_FILE}")));
    format!("User-agent: *\nAllow: /\n\nSitemap: {sitemap}\n")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::site::routes::{Page, Route};

    use crate::derive::snapshot::bundled as report;

    #[test]
    fn lists_every_page_by_its_absolute_url_under_the_base_path() {
        let report = report();
        let deployment =
            Deployment::new("https://japan.iclei.org", "/report/2024/", "/report/2024/");
        let xml = sitemap(&deployment, &report);
        assert!(xml.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"));
        assert_eq!(xml.matches("<loc>").count(), prerendered(&report).len());
        assert!(
            xml.contains("<loc>https://japan.iclei.org/report/2024/</loc>"),
            "the overview"
        );
        assert!(xml.contains("<loc>https://japan.iclei.org/report/2024/members/yokohama</loc>"));
        let search = Route::new(Page::Search).path();
        assert!(
            !xml.contains(&format!("/report/2024{search}<")),
            "no search page"
        );
        assert!(xml.trim_end().ends_with("</urlset>"));
    }

    #[test]
    fn robots_allows_all_and_names_the_sitemap() {
        let published = Edition::default();
        let at_root = robots(
            &Deployment::new("https://japan.iclei.org", "/", "/"),
            &published,
        );
        assert_eq!(
            at_root,
            "User-agent: *\nAllow: /\n\nSitemap: https://japan.iclei.org/sitemap.xml\n"
        );
        let under = robots(
            &Deployment::new("https://example.org", "/report/2024/", "/report/2024/"),
            &published,
        );
        assert!(
            under.ends_with("Sitemap: https://example.org/report/2024/sitemap.xml\n"),
            "{under}"
        );
        let draft = robots(
            &Deployment::new("https://example.org", "/report/2025/", "/report/2025/"),
            &Edition {
                draft: true,
                ..Edition::default()
            },
        );
        assert_eq!(draft, "User-agent: *\nAllow: /\n", "no sitemap named");
    }
}
