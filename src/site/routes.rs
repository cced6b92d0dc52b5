//! The route table: the one list of pages, in the report's reading order.
//! The router's routes (`app::routes`), the header menu, breadcrumbs,
//! previous/next links, the prerendered pages and the list of URLs for
//! tests all derive from `TABLE`. A matched route is resolved once against
//! the report into a [`Target`], which the page, its metadata and the
//! not-found decision share.

use crate::report::model::{Chapter, Highlight, Municipality, Pathway, Report};
use crate::site::deployment::AppPath;

/// The pages of the app.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Page {
    Overview,
    Pathways,
    Pathway,
    Membership,
    Governance,
    Message,
    Members,
    Member,
    Highlights,
    Highlight,
    Activities,
    Chapter,
    Calendar,
    World,
    Search,
    /// このデジタル版について: source, editorial policy, corrections, citing.
    About,
    /// The whole report on one page, for printing or saving as PDF.
    Print,
}

pub struct RouteDef {
    pub page: Page,
    /// `/pathways/:id`: at most one `:id` segment, always last.
    pub pattern: &'static str,
    pub parent: Option<Page>,
    /// A part of the report, in the menu and the reading order (search is not).
    pub in_report: bool,
}

impl RouteDef {
    /// The pattern as the router takes it: the page's static segment (none
    /// for `/`) and the name of its id parameter, if any.
    pub fn segments(&self) -> (Option<&'static str>, Option<&'static str>) {
        let mut parts = self.pattern.split('/').filter(|part| !part.is_empty());
        let page = parts.next();
        let param = parts.next().map(|p| p.trim_start_matches(':'));
        (page, param)
    }
}

const fn def(page: Page, pattern: &'static str, parent: Option<Page>) -> RouteDef {
    RouteDef {
        page,
        pattern,
        parent,
        in_report: true,
    }
}

const fn tool(page: Page, pattern: &'static str) -> RouteDef {
    RouteDef {
        page,
        pattern,
        parent: Some(Page::Overview),
        in_report: false,
    }
}

/// In the report's reading order; detail pages follow their index page.
pub const TABLE: &[RouteDef] = &[
    def(Page::Overview, "/", None),
    def(Page::Pathways, "/pathways", Some(Page::Overview)),
    def(Page::Pathway, "/pathways/:id", Some(Page::Pathways)),
    def(Page::Membership, "/membership", Some(Page::Overview)),
    def(Page::Governance, "/governance", Some(Page::Overview)),
    def(Page::Message, "/message", Some(Page::Overview)),
    def(Page::Members, "/members", Some(Page::Overview)),
    def(Page::Member, "/members/:id", Some(Page::Members)),
    def(Page::Highlights, "/highlights", Some(Page::Overview)),
    def(Page::Highlight, "/highlights/:id", Some(Page::Highlights)),
    def(Page::Activities, "/activities", Some(Page::Overview)),
    def(Page::Chapter, "/activities/:id", Some(Page::Activities)),
    def(Page::Calendar, "/calendar", Some(Page::Overview)),
    def(Page::World, "/iclei", Some(Page::Overview)),
    tool(Page::Search, "/search"),
    tool(Page::About, "/about"),
    tool(Page::Print, "/print"),
];

impl Page {
    pub fn def(self) -> &'static RouteDef {
        TABLE
            .iter()
            .find(|d| d.page == self)
            .expect("every page is in the table")
    }

    pub fn has_id(self) -> bool {
        self.def().pattern.ends_with("/:id")
    }

    /// Whether the page is written as static HTML at build time (and so
    /// has a share card and a place in the sitemap). Search is not: its
    /// results depend on the query.
    pub fn has_static_page(self) -> bool {
        self != Page::Search
    }

    /// Pages of the header menu: the top-level pages of the reading order.
    pub fn menu() -> impl Iterator<Item = Page> {
        TABLE
            .iter()
            .filter(|d| d.in_report && !d.page.has_id())
            .map(|d| d.page)
    }
}

/// A page and, for detail pages, the id of what it shows.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Route {
    pub page: Page,
    pub id: Option<String>,
}

impl Route {
    pub fn new(page: Page) -> Route {
        Route { page, id: None }
    }

    pub fn with_id(page: Page, id: impl Into<String>) -> Route {
        Route {
            page,
            id: Some(id.into()),
        }
    }

    /// The app path, e.g. `/pathways/zero-carbon`.
    pub fn path(&self) -> String {
        let pattern = self.page.def().pattern;
        match (&self.id, pattern.strip_suffix(":id")) {
            (Some(id), Some(prefix)) => format!("{prefix}{id}"),
            _ => pattern.to_string(),
        }
    }

    /// The parent chain, outermost first, ending with this route.
    pub fn breadcrumbs(&self) -> Vec<Route> {
        let mut chain = vec![self.clone()];
        let mut page = self.page;
        while let Some(parent) = page.def().parent {
            chain.push(Route::new(parent));
            page = parent;
        }
        chain.reverse();
        chain
    }

    /// The route as an app path, to link or navigate to.
    pub fn to(&self) -> AppPath {
        AppPath::new(self.path())
    }

    /// An item on this route's page: the app path with `#id`.
    pub fn item(&self, id: impl Into<String>) -> AppPath {
        self.to().with_fragment(id)
    }

    /// The page itself, or an item on it.
    pub fn at(&self, fragment: Option<&str>) -> AppPath {
        match fragment {
            Some(id) => self.item(id),
            None => self.to(),
        }
    }

    /// What the route shows in `report`, or `None` when its id names
    /// nothing there (or a page that needs an id has none): the not-found
    /// case.
    pub fn resolve(&self, report: &Report) -> Option<Target> {
        Some(match (self.page, self.id.as_deref()) {
            (page, None) if !page.has_id() => Target::Page(page),
            (Page::Pathway, Some(id)) => Target::Pathway(
                report
                    .about
                    .pathways
                    .items
                    .iter()
                    .find(|p| p.id == id)?
                    .clone(),
            ),
            (Page::Member, Some(id)) => Target::Member(
                report
                    .municipalities
                    .iter()
                    .find(|m| m.member && m.id == id)?
                    .clone(),
            ),
            (Page::Highlight, Some(id)) => {
                Target::Highlight(report.highlights.iter().find(|h| h.id == id)?.clone())
            }
            (Page::Chapter, Some(id)) => {
                Target::Chapter(report.chapters.iter().find(|c| c.id == id)?.clone())
            }
            // A detail page without an id, or an id on a page that takes none.
            _ => return None,
        })
    }
}

/// A route resolved against a report: a page without an id, or the item a
/// detail page shows (owned, so that components can keep it).
#[derive(Clone, Debug, PartialEq)]
pub enum Target {
    /// One of the pages whose pattern has no `:id`.
    Page(Page),
    Pathway(Pathway),
    Member(Municipality),
    Highlight(Highlight),
    Chapter(Chapter),
}

impl Target {
    /// The route this target was resolved from.
    pub fn route(&self) -> Route {
        match self {
            Target::Page(page) => Route::new(*page),
            Target::Pathway(p) => Route::with_id(Page::Pathway, &p.id),
            Target::Member(m) => Route::with_id(Page::Member, &m.id),
            Target::Highlight(h) => Route::with_id(Page::Highlight, &h.id),
            Target::Chapter(c) => Route::with_id(Page::Chapter, &c.id),
        }
    }
}

/// The ids a detail page can show, in the report's order.
pub fn detail_ids(page: Page, report: &Report) -> Vec<String> {
    match page {
        Page::Pathway => report
            .about
            .pathways
            .items
            .iter()
            .map(|p| p.id.clone())
            .collect(),
        Page::Member => report
            .municipalities
            .iter()
            .filter(|m| m.member)
            .map(|m| m.id.clone())
            .collect(),
        Page::Highlight => report.highlights.iter().map(|h| h.id.clone()).collect(),
        Page::Chapter => report.chapters.iter().map(|c| c.id.clone()).collect(),
        _ => Vec::new(),
    }
}

/// Every page of the report in reading order: index pages followed by
/// their detail pages.
pub fn reading_order(report: &Report) -> Vec<Route> {
    TABLE
        .iter()
        .filter(|d| d.in_report)
        .flat_map(|d| {
            if d.page.has_id() {
                detail_ids(d.page, report)
                    .into_iter()
                    .map(|id| Route::with_id(d.page, id))
                    .collect()
            } else {
                vec![Route::new(d.page)]
            }
        })
        .collect()
}

/// The pages the app renders that have no static HTML (search): an
/// edition has them as much as its prerendered pages.
pub fn app_only() -> Vec<Route> {
    TABLE
        .iter()
        .filter(|def| !def.page.has_static_page() && !def.page.has_id())
        .map(|def| Route::new(def.page))
        .collect()
}

/// Every page written as static HTML at build time (and listed in the
/// sitemap): the reading order, then the pages about the edition
/// ([`Page::has_static_page`]).
pub fn prerendered(report: &Report) -> Vec<Route> {
    let mut routes = reading_order(report);
    routes.extend(
        TABLE
            .iter()
            .filter(|d| !d.in_report && d.page.has_static_page())
            .map(|d| Route::new(d.page)),
    );
    routes
}

/// Every path the app renders, relative to the base path, as the source of
/// a JavaScript regular expression: each pattern of [`TABLE`] with `:id`
/// as one segment (`/members/[^/]+`), in embed mode too (under
/// `embed::EMBED_SEGMENT`), with or without a trailing slash. The service
/// worker answers navigations to these paths alone, so that under a base
/// path of `/` it leaves the rest of a host's site to the host.
pub fn app_paths_pattern() -> String {
    let pages: Vec<String> = TABLE
        .iter()
        .map(|d| d.pattern.trim_end_matches('/').replace(":id", "[^/]+"))
        .collect();
    format!(
        "^(?:{})?(?:{})/?$",
        crate::site::embed::EMBED_SEGMENT,
        pages.join("|")
    )
}

/// The pages before and after `route` in reading order.
pub fn neighbours(route: &Route, report: &Report) -> (Option<Route>, Option<Route>) {
    let order = reading_order(report);
    match order.iter().position(|r| r == route) {
        Some(i) => (
            i.checked_sub(1).map(|p| order[p].clone()),
            order.get(i + 1).cloned(),
        ),
        None => (None, None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_pattern_is_a_page_segment_and_at_most_an_id() {
        for d in TABLE {
            let rebuilt = match d.segments() {
                (None, None) => "/".to_string(),
                (Some(page), None) => format!("/{page}"),
                (Some(page), Some(param)) => format!("/{page}/:{param}"),
                (None, Some(_)) => panic!("{}: an id without a page", d.pattern),
            };
            assert_eq!(rebuilt, d.pattern);
            assert_eq!(d.page.has_id(), d.segments().1.is_some());
        }
    }

    #[test]
    fn app_paths_pattern_names_every_page_once_and_ids_as_one_segment() {
        assert_eq!(
            app_paths_pattern(),
            "^(?:/embed)?(?:|/pathways|/pathways/[^/]+|/membership|/governance|/message\
             |/members|/members/[^/]+|/highlights|/highlights/[^/]+|/activities\
             |/activities/[^/]+|/calendar|/iclei|/search|/about|/print)/?$"
        );
    }

    #[test]
    fn breadcrumbs_follow_parents() {
        let crumbs = Route::with_id(Page::Pathway, "zero-carbon").breadcrumbs();
        let pages: Vec<Page> = crumbs.iter().map(|r| r.page).collect();
        assert_eq!(pages, [Page::Overview, Page::Pathways, Page::Pathway]);
        assert_eq!(Route::new(Page::Overview).breadcrumbs().len(), 1);
    }

    #[test]
    fn menu_is_the_top_level_reading_order() {
        let menu: Vec<Page> = Page::menu().collect();
        assert_eq!(menu.first(), Some(&Page::Overview));
        assert!(!menu.iter().any(|p| p.has_id()));
        assert!(!menu.contains(&Page::Search));
        assert_eq!(menu.len(), 10);
    }
}
