//! Where the edition is served, and every URL it writes: the one place that
//! joins the base path (and the embed segment) to the app's own paths.
//!
//! Two kinds of path exist and never mix: an [`AppPath`] is what the route
//! table knows (`/calendar?member=yokohama#cop29`), the same in every
//! deployment; an href is what a browser follows
//! (`/report/2024/calendar?member=yokohama#cop29`), made only by
//! [`Deployment::href`]. Programmatic navigation takes an `AppPath` (the
//! router adds its base, which is [`Deployment::router_base`]); links take
//! hrefs. Pure: tested natively.

use std::fmt;

use crate::site::embed::EMBED_SEGMENT;

/// An app path with its query and fragment, without any base path.
///
/// `path` starts with `/`; `query` is `key=value` pairs, form-encoded when
/// written; `fragment` is an element id, written after `#` as it is (ids are
/// slugs).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct AppPath {
    path: String,
    query: Vec<(String, String)>,
    fragment: Option<String>,
}

impl AppPath {
    /// `path` must start with `/` (the route table's paths do).
    pub fn new(path: impl Into<String>) -> AppPath {
        let path = path.into();
        debug_assert!(path.starts_with('/'), "app paths start with /: {path}");
        AppPath {
            path,
            query: Vec::new(),
            fragment: None,
        }
    }

    /// Adds `key=value` to the query; an empty value adds nothing (a filter
    /// that is not set is not in the URL).
    pub fn with_param(mut self, key: &str, value: impl AsRef<str>) -> AppPath {
        let value = value.as_ref();
        if !value.is_empty() {
            self.query.push((key.to_string(), value.to_string()));
        }
        self
    }

    /// Points at the element with id `fragment`.
    pub fn with_fragment(mut self, fragment: impl Into<String>) -> AppPath {
        self.fragment = Some(fragment.into());
        self
    }

    /// The path alone, without query or fragment.
    pub fn path(&self) -> &str {
        &self.path
    }
}

/// Writes `/path?query#fragment`: what the router's navigation takes.
impl fmt::Display for AppPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.path)?;
        if !self.query.is_empty() {
            let query = form_urlencoded::Serializer::new(String::new())
                .extend_pairs(&self.query)
                .finish();
            write!(f, "?{query}")?;
        }
        if let Some(fragment) = &self.fragment {
            write!(f, "#{fragment}")?;
        }
        Ok(())
    }
}

/// The value of `key` in a raw query string (`q=%25E6&x=1`, with or
/// without its `?`), decoded once. leptos_router's `use_query_map`
/// decodes values twice (`UrlSearchParams`, then `decodeURIComponent` in
/// `ParamsMap::insert`, leptos_router 0.8.17), so `%2541` typed as text
/// would come back as `A`: free text (the search query) is read with this.
pub fn query_param(search: &str, key: &str) -> Option<String> {
    form_urlencoded::parse(search.trim_start_matches('?').as_bytes())
        .find(|(k, _)| k == key)
        .map(|(_, v)| v.into_owned())
}

/// Where the app is served: its origin (`https://japan.iclei.org`), base
/// path (`""` at the root or `/report/2024`, never with a trailing slash),
/// and whether the page is embedded in another site (`{base}/embed/...`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Deployment {
    pub origin: String,
    pub base: String,
    pub embed: bool,
}

impl Deployment {
    /// From what the browser knows: the origin, the `<base href>` path the
    /// build wrote (`/report/2024/` or `/`), and the location's pathname,
    /// which says whether this page is embedded.
    pub fn new(origin: &str, base_href_path: &str, pathname: &str) -> Deployment {
        let base = base_href_path.trim_end_matches('/').to_string();
        let embed = pathname
            .strip_prefix(base.as_str())
            .and_then(|rest| rest.strip_prefix(EMBED_SEGMENT))
            .is_some_and(|rest| rest.is_empty() || rest.starts_with('/'));
        Deployment {
            origin: origin.trim_end_matches('/').to_string(),
            base,
            embed,
        }
    }

    /// The router's base: every path it matches and every navigation it
    /// makes is under it. The base path, plus `/embed` in embed mode, so
    /// that navigation inside a frame stays embedded.
    pub fn router_base(&self) -> String {
        if self.embed {
            format!("{}{EMBED_SEGMENT}", self.base)
        } else {
            self.base.clone()
        }
    }

    /// The href of an app path in this deployment (embedded or not).
    pub fn href(&self, to: &AppPath) -> String {
        join(&self.router_base(), to)
    }

    /// The href of a file the build writes (`/data/events.csv`): under the
    /// base path, the same whether the page is embedded or not.
    pub fn file(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    /// The public URL of an app path, never embedded: what is shared,
    /// cited and given as canonical URL.
    pub fn absolute(&self, to: &AppPath) -> String {
        format!("{}{}", self.origin, join(&self.base, to))
    }

    /// The app path of a browser pathname, or `None` outside the router's
    /// base. A trailing slash is dropped (`/members/` is `/members`); the
    /// base itself, with or without its slash, is `/`.
    pub fn app_path<'a>(&self, pathname: &'a str) -> Option<&'a str> {
        let rest = pathname.strip_prefix(self.router_base().as_str())?;
        match rest.trim_end_matches('/') {
            "" => Some("/"),
            trimmed => trimmed.starts_with('/').then_some(trimmed),
        }
    }
}

/// `base` + the written app path: the overview under a base is the base
/// with its slash (`/report/2024/`).
fn join(base: &str, to: &AppPath) -> String {
    format!("{base}{to}")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(base: &str, pathname: &str) -> Deployment {
        Deployment::new("https://example.org", base, pathname)
    }

    #[test]
    fn query_params_are_decoded_once() {
        let path = AppPath::new("/search").with_param("q", "%20 と %41&b=c");
        let search = path.to_string().split_once('?').unwrap().1.to_string();
        assert_eq!(query_param(&search, "q").as_deref(), Some("%20 と %41&b=c"));
        assert_eq!(query_param("?q=%2541%2542", "q").as_deref(), Some("%41%42"));
        assert_eq!(query_param("?q=a+b", "q").as_deref(), Some("a b"));
        assert_eq!(query_param("?x=1", "q"), None);
        assert_eq!(query_param("", "q"), None);
    }

    #[test]
    fn files_are_under_the_base_path_embedded_or_not() {
        for pathname in ["/report/2024/calendar", "/report/2024/embed/calendar"] {
            assert_eq!(
                at("/report/2024/", pathname).file("/data/events.csv"),
                "/report/2024/data/events.csv"
            );
        }
        assert_eq!(
            at("/", "/embed/iclei").file("/data/maps.json"),
            "/data/maps.json"
        );
    }

    #[test]
    fn app_paths_carry_query_and_fragment() {
        assert_eq!(AppPath::new("/calendar").to_string(), "/calendar");
        let filtered = AppPath::new("/calendar")
            .with_param("member", "yokohama")
            .with_param("kind", "webinar");
        assert_eq!(
            filtered.to_string(),
            "/calendar?member=yokohama&kind=webinar"
        );
        assert_eq!(
            AppPath::new("/calendar")
                .with_param("member", "")
                .to_string(),
            "/calendar",
            "an unset filter is left out"
        );
        assert_eq!(
            AppPath::new("/calendar").with_fragment("cop29").to_string(),
            "/calendar#cop29"
        );
        assert_eq!(
            AppPath::new("/search")
                .with_param("q", "横浜 COP29&x=1")
                .to_string(),
            "/search?q=%E6%A8%AA%E6%B5%9C+COP29%26x%3D1"
        );
    }

    #[test]
    fn hrefs_at_the_root_and_under_a_sub_path() {
        let root = at("/", "/calendar");
        let sub = at("/report/2024/", "/report/2024/calendar");
        let calendar = AppPath::new("/calendar").with_param("member", "yokohama");
        assert_eq!(root.href(&calendar), "/calendar?member=yokohama");
        assert_eq!(sub.href(&calendar), "/report/2024/calendar?member=yokohama");
        assert_eq!(root.href(&AppPath::new("/")), "/");
        assert_eq!(
            sub.href(&AppPath::new("/")),
            "/report/2024/",
            "the overview is the base with its slash"
        );
        assert_eq!(sub.router_base(), "/report/2024");
        assert_eq!(root.router_base(), "");
    }

    #[test]
    fn embed_mode_keeps_links_embedded_and_shares_public_urls() {
        let embedded = at("/report/2024/", "/report/2024/embed/calendar");
        assert!(embedded.embed);
        assert_eq!(embedded.router_base(), "/report/2024/embed");
        let item = AppPath::new("/calendar").with_fragment("cop29");
        assert_eq!(embedded.href(&item), "/report/2024/embed/calendar#cop29");
        assert_eq!(
            embedded.absolute(&item),
            "https://example.org/report/2024/calendar#cop29",
            "shared links are never embedded"
        );
        assert!(at("/", "/embed").embed);
        assert!(
            !at("/", "/embedded/calendar").embed,
            "a path that only starts like the segment"
        );
        assert!(
            !at("/report/2024/", "/embed/calendar").embed,
            "the segment counts only under the base"
        );
    }

    #[test]
    fn absolute_urls_for_sharing_and_canonical() {
        let root = Deployment::new("https://japan.iclei.org/", "/", "/");
        assert_eq!(
            root.absolute(&AppPath::new("/")),
            "https://japan.iclei.org/"
        );
        assert_eq!(
            root.absolute(&AppPath::new("/governance").with_fragment("takemoto-kazuhiko")),
            "https://japan.iclei.org/governance#takemoto-kazuhiko"
        );
        let sub = at("/report/2024", "/report/2024/");
        assert_eq!(
            sub.absolute(&AppPath::new("/members/yokohama")),
            "https://example.org/report/2024/members/yokohama"
        );
    }

    #[test]
    fn browser_pathnames_map_back_to_app_paths() {
        let sub = at("/report/2024/", "/report/2024/");
        assert_eq!(sub.app_path("/report/2024"), Some("/"));
        assert_eq!(sub.app_path("/report/2024/"), Some("/"));
        assert_eq!(
            sub.app_path("/report/2024/members/"),
            Some("/members"),
            "trailing slash"
        );
        assert_eq!(
            sub.app_path("/report/2024/members/yokohama"),
            Some("/members/yokohama")
        );
        assert_eq!(
            sub.app_path("/report/20245/members"),
            None,
            "a sibling folder is not under the base"
        );
        assert_eq!(sub.app_path("/members"), None);
        let embedded = at("/", "/embed/calendar");
        assert_eq!(embedded.app_path("/embed/calendar"), Some("/calendar"));
        assert_eq!(embedded.app_path("/embed"), Some("/"));
        assert_eq!(embedded.app_path("/calendar"), None);
        assert_eq!(at("/", "/").app_path("/"), Some("/"));
    }
}
