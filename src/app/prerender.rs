//! Every page of the report as static HTML, written at build time by the
//! same components the app renders with (natively, with Leptos's `ssr`
//! rendering). A visitor sees the page as soon as the HTML arrives; the wasm
//! then renders the same page beside it and takes over (`app::mount`). Link
//! previews (X, LINE, mail) read the title and description from it.

use std::collections::HashMap;
use std::path::Path;
use std::sync::Arc;

use futures::StreamExt;
use leptos::prelude::*;
use leptos_meta::ServerMetaContext;
use leptos_router::location::RequestUrl;

use crate::app::context::{MapsCache, Snapshot};
use crate::app::shell::Shell;
use crate::app::takeover::{PRERENDERED_ATTR, PRERENDERED_ID};
use crate::publish::maps::{Map, MapKind};
use crate::report::model::Report;
use crate::site::deployment::Deployment;
use crate::site::edition::{Edition, SCRIPT_ID};
use crate::site::html::escape as escape_html;
use crate::site::routes::Target;

/// The id of the element that lists the files of a page's code
/// ([`PageCode`]), which the app's loader preloads.
pub const PAGE_CODE_ID: &str = "page-code";

/// Where the code of each kind of page is in a build: the folder of the
/// chunks (named like the main module, `iclei-report-HASH/`) and, for each
/// chunk of page code (`pages::chunk`), the files a page of it loads: its
/// chunk, then the code it shares with other pages. Read from the folder's
/// page-code.json, which `scripts/split-wasm` writes.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct PageCode {
    folder: String,
    chunks: HashMap<String, Vec<String>>,
}

impl PageCode {
    /// The page code of the build in `dist`; an error names what is missing
    /// or malformed (a build whose wasm was not split has no page-code.json).
    pub fn read(dist: &Path) -> Result<PageCode, String> {
        let entries = std::fs::read_dir(dist).map_err(|e| format!("{}: {e}", dist.display()))?;
        let mut folders = entries
            .filter_map(Result::ok)
            .filter(|entry| entry.path().join("page-code.json").is_file());
        let (Some(folder), None) = (folders.next(), folders.next()) else {
            return Err(format!(
                "{}: not exactly one folder with page-code.json (the wasm is split by \
                 scripts/split-wasm, Trunk's post-build hook)",
                dist.display()
            ));
        };
        let file = folder.path().join("page-code.json");
        let text =
            std::fs::read_to_string(&file).map_err(|e| format!("{}: {e}", file.display()))?;
        let chunks = serde_json::from_str(&text).map_err(|e| format!("{}: {e}", file.display()))?;
        Ok(PageCode {
            folder: folder.file_name().to_string_lossy().into_owned(),
            chunks,
        })
    }

    /// The files of `target`'s code, as paths under the base path; none for
    /// a build without chunks.
    pub fn files(&self, target: &Target) -> Vec<String> {
        crate::app::pages::chunk(target)
            .and_then(|chunk| self.chunks.get(chunk))
            .map(|files| {
                files
                    .iter()
                    .map(|file| format!("{}/{file}", self.folder))
                    .collect()
            })
            .unwrap_or_default()
    }
}

/// `template` (the built app shell) with the page of `target` in its body
/// and the page's title and meta tags in its head; its map, if it has one,
/// drawn from `maps`; the files of its code (`page_code`) listed for the
/// loader to preload.
pub fn page(
    template: &str,
    deployment: &Deployment,
    edition: &Edition,
    report: &Arc<Report>,
    maps: &[(MapKind, Arc<Map>)],
    page_code: &PageCode,
    target: &Target,
) -> String {
    let route = target.route();
    let owner = Owner::new();
    owner.with(|| {
        let (meta_context, meta_output) = ServerMetaContext::new();
        provide_context(meta_context);
        leptos_meta::provide_meta_context();
        let body = body_html(
            deployment,
            edition,
            report,
            maps,
            &deployment.href(&route.to()),
        );
        // The template's own title gives way to the page's; leptos_meta
        // puts the page's tags after the marker. The shell's notice that
        // it needs script goes: the page is there without.
        let files = serde_json::to_string(&page_code.files(target)).expect("strings serialise");
        let template = defer_app(&strip_element(
            &strip_element(&with_edition(template, edition), "title"),
            "noscript",
        )).replacen(
            "</head>",
            &format!(
                "<script type=\"application/json\" id=\"{PAGE_CODE_ID}\">{}</script>{HEAD_MARKER}</head>",
                files.replace('<', "\\u003c")
            ),
            1,
        );
        let document = template.replacen(
            "<body>",
            &format!("<body><div id=\"{PRERENDERED_ID}\">{body}</div>"),
            1,
        );
        let injected = futures::executor::block_on(async move {
            let stream = meta_output
                .inject_meta_context(futures::stream::iter([document]))
                .await;
            stream.collect::<Vec<String>>().await.concat()
        });
        escape_title(
            &mark_head_tags(&injected),
            &crate::site::meta::page_meta(target, report).title,
        )
    })
}

/// leptos_meta writes the `<title>` text as it is (it assumes a trusted
/// title); snapshot text is escaped like all other text.
fn escape_title(document: &str, title: &str) -> String {
    document.replacen(
        &format!("<title>{title}</title>"),
        &format!("<title>{}</title>", escape_html(title)),
        1,
    )
}

/// The app's markup for the browser path `href` (what the router matches),
/// rendered once, to text. Needs an owner with a meta context.
fn body_html(
    deployment: &Deployment,
    edition: &Edition,
    report: &Arc<Report>,
    maps: &[(MapKind, Arc<Map>)],
    href: &str,
) -> String {
    provide_context(RequestUrl::new(href));
    provide_context(Snapshot::ready(report.clone()));
    if !maps.is_empty() {
        provide_context(MapsCache::ready(maps.to_vec()));
    }
    let (deployment, edition) = (deployment.clone(), edition.clone());
    // Reading signals outside a tracking context is what is meant here, not
    // a lost update.
    let _untracked = leptos::reactive::diagnostics::SpecialNonReactiveZone::enter();
    view! { <Shell deployment edition/> }.to_html()
}

/// `template` with the edition's script element (`site::edition`) at the
/// end of its head, in place of the one it has: a rerun of the prerender
/// step reads the shell it wrote before.
pub fn with_edition(template: &str, edition: &Edition) -> String {
    let start_tag = format!("<script type=\"application/json\" id=\"{SCRIPT_ID}\">");
    let mut html = template.to_string();
    if let Some(start) = html.find(&start_tag) {
        if let Some(length) = html[start..].find("</script>") {
            html.replace_range(start..start + length + "</script>".len(), "");
        }
    }
    html.replacen("</head>", &format!("{}</head>", edition.script()), 1)
}

const HEAD_MARKER: &str = "<!--HEAD-->";

/// On a page that is already there, the app's code is not needed for the
/// first paint: it starts loading once the page has painted (the browser's
/// first-contentful-paint entry), rather than beside the HTML and CSS (the
/// preloads go; the loader's static import of Trunk's script becomes a
/// dynamic one). Where paint timing is unknown it loads at once. The files
/// of the page's own code ([`PAGE_CODE_ID`]) are preloaded at the same
/// moment, beside the main module rather than after it.
fn defer_app(template: &str) -> String {
    const IMPORT: &str = "import init, * as bindings from '";
    let mut html = template.to_string();
    for start_of_tag in ["<link rel=\"modulepreload\"", "<link rel=\"preload\""] {
        while let Some(start) = html.find(start_of_tag) {
            let end = start + html[start..].find('>').expect("a link tag ends") + 1;
            html.replace_range(start..end, "");
        }
    }
    let start = html
        .find(IMPORT)
        .expect("Trunk's loader imports init and bindings");
    let script_end = start + html[start..].find("';").expect("the import ends") + 2;
    let script = html[start + IMPORT.len()..script_end - 2].to_string();
    html.replace_range(
        start..script_end,
        &format!(
            "await new Promise((painted) => {{\n  try {{\n    new PerformanceObserver((list, observer) => {{\n      \
             if (list.getEntriesByName('first-contentful-paint').length) {{ observer.disconnect(); painted(); }}\n    \
             }}).observe({{ type: 'paint', buffered: true }});\n  }} catch {{ painted(); }}\n}});\n\
             const code = document.getElementById('{PAGE_CODE_ID}');\n\
             for (const href of code ? JSON.parse(code.textContent) : []) {{\n  \
             document.head.append(Object.assign(document.createElement('link'), {{ rel: 'preload', as: 'fetch', crossOrigin: 'anonymous', href }}));\n\
             }}\n\
             const bindings = await import('{script}');\nconst init = bindings.default;"
        ),
    );
    html
}

/// `template` without its first `<tag>` element (`title`, `noscript`).
fn strip_element(template: &str, tag: &str) -> String {
    let (open, close) = (format!("<{tag}>"), format!("</{tag}>"));
    match (template.find(&open), template.find(&close)) {
        (Some(start), Some(end)) if start < end => {
            format!("{}{}", &template[..start], &template[end + close.len()..])
        }
        _ => template.to_string(),
    }
}

/// Marks the `<meta>` and `<link>` tags leptos_meta injected after the
/// marker, so that the app can tell them from its own.
fn mark_head_tags(document: &str) -> String {
    let (Some(start), Some(end)) = (document.find(HEAD_MARKER), document.find("</head>")) else {
        return document.to_string();
    };
    let tags = document[start + HEAD_MARKER.len()..end]
        .replace("<meta ", &format!("<meta {PRERENDERED_ATTR} "))
        .replace("<link ", &format!("<link {PRERENDERED_ATTR} "));
    format!("{}{tags}{}", &document[..start], &document[end..])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::publish::maps::read_points;
    use crate::site::labels;
    use crate::site::routes::{Page, Route};

    const SNAPSHOT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/public/data/report-2024.json");

    const TEMPLATE: &str = "<!DOCTYPE html><html lang=\"ja\"><head><title>shell</title><link rel=\"stylesheet\" href=\"/main.css\"/>\
        <link rel=\"preload\" href=\"data/report.json\" as=\"fetch\" crossorigin=\"anonymous\" />\
        <script type=\"module\">\nimport init, * as bindings from '/app-1.js';\nconst wasm = await init({ module_or_path: '/app-1_bg.wasm' });\n</script>\
        <link rel=\"modulepreload\" href=\"/app-1.js\" crossorigin=\"anonymous\"><link rel=\"preload\" href=\"/app-1_bg.wasm\" as=\"fetch\" type=\"application/wasm\"></head>\
        <body><noscript>x</noscript></body></html>";

    fn bundled() -> Report {
        any_spawner::Executor::init_futures_executor().ok();
        crate::derive::snapshot::bundled()
    }

    /// A page of a published edition that knows no other, in [`TEMPLATE`].
    fn published_page(
        deployment: &Deployment,
        report: &Arc<Report>,
        maps: &[(MapKind, Arc<Map>)],
        target: &Target,
    ) -> String {
        page(
            TEMPLATE,
            deployment,
            &Edition::default(),
            report,
            maps,
            &PageCode::default(),
            target,
        )
    }

    /// Yokohama's page of `report`, prerendered for `base` on example.org.
    fn yokohama_page(report: Report, base: &str) -> String {
        let deployment = Deployment::new("https://example.org", base, base);
        let report = Arc::new(report);
        let target = Route::with_id(Page::Member, "yokohama")
            .resolve(&report)
            .unwrap();
        published_page(&deployment, &report, &[], &target)
    }

    #[test]
    fn a_page_replaces_the_shell_title_and_marks_only_its_own_head_tags() {
        let html = yokohama_page(bundled(), "/r/");
        assert_eq!(html.matches("<title>").count(), 1);
        assert!(html.contains("<title>横浜市 | "), "{html}");
        assert!(
            html.contains("<link rel=\"stylesheet\" href=\"/main.css\"/>"),
            "template tags stay unmarked"
        );
        assert!(html.contains("<link data-prerendered href=\"https://example.org/r/members/yokohama\" rel=\"canonical\">"), "{html}");
        assert!(
            html.contains("<meta data-prerendered property=\"og:image\" content=\"https://example.org/r/cards/members/yokohama.png\">"),
            "the share card, absolute under the base path"
        );
        assert!(html.contains("name=\"twitter:card\" content=\"summary_large_image\""));
        assert!(html.contains("<body><div id=\"prerendered\">"));
        assert!(
            !html.contains("<noscript>"),
            "the page is there without script"
        );
        assert!(html.contains("<h1 id=\"page-title\">横浜市</h1>"));
        assert!(
            html.contains("href=\"/r/members\""),
            "links carry the base path"
        );
        assert!(!html.contains(HEAD_MARKER));
    }

    #[test]
    fn a_draft_says_so_on_every_page_and_asks_not_to_be_indexed() {
        let report = Arc::new(bundled());
        let deployment = Deployment::new("https://example.org", "/report/2025/", "/report/2025/");
        for draft in [true, false] {
            let edition = Edition {
                draft,
                ..Edition::default()
            };
            for route in crate::site::routes::prerendered(&report) {
                let target = route.resolve(&report).unwrap();
                let html = page(
                    TEMPLATE,
                    &deployment,
                    &edition,
                    &report,
                    &[],
                    &PageCode::default(),
                    &target,
                );
                let path = route.path();
                assert_eq!(html.matches(&edition.script()).count(), 1, "{path}");
                assert_eq!(
                    html.contains("<meta data-prerendered name=\"robots\" content=\"noindex\">"),
                    draft,
                    "{path}: noindex"
                );
                assert_eq!(
                    html.contains(&format!("<strong>{}</strong>", labels::draft::LABEL)),
                    draft,
                    "{path}: the banner"
                );
            }
        }
    }

    #[test]
    fn the_edition_script_is_replaced_not_added_again() {
        let draft = with_edition(
            TEMPLATE,
            &Edition {
                draft: true,
                ..Edition::default()
            },
        );
        let again = with_edition(
            &draft,
            &Edition {
                draft: false,
                ..Edition::default()
            },
        );
        assert_eq!(
            again,
            with_edition(
                TEMPLATE,
                &Edition {
                    draft: false,
                    ..Edition::default()
                }
            )
        );
        assert_eq!(again.matches("id=\"edition\"").count(), 1);
    }

    #[test]
    fn snapshot_text_stays_text_in_the_html() {
        let mut report = bundled();
        let payload = "\"></title><script>alert(1)</script><img src=x onerror=alert(2)>";
        report.meta.title = payload.into();
        let yokohama = report
            .municipalities
            .iter_mut()
            .find(|m| m.id == "yokohama")
            .unwrap();
        yokohama.name = payload.into();
        let html = yokohama_page(report, "/");
        assert!(!html.contains("<script>alert"), "{html}");
        assert!(!html.contains("<img src=x"), "{html}");
        assert!(
            html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"),
            "the text is shown, escaped"
        );
    }

    /// For every member and every entity whose own text names it, the
    /// member's page shows the sentence that names it, with the name marked.
    /// The oracle reads the snapshot as plain JSON: each string belongs to
    /// the nearest object with an id; member records, people, the member
    /// list and the editorial records are no entities that tell of a member.
    #[test]
    fn a_member_page_shows_every_sentence_that_names_the_member() {
        fn own_strings<'v>(
            value: &'v serde_json::Value,
            owner: Option<&'v str>,
            out: &mut Vec<(&'v str, &'v str)>,
        ) {
            match value {
                serde_json::Value::String(s) => out.extend(owner.map(|o| (o, s.as_str()))),
                serde_json::Value::Array(items) => {
                    items.iter().for_each(|v| own_strings(v, owner, out))
                }
                serde_json::Value::Object(map) => {
                    let here = map.get("id").and_then(|v| v.as_str()).or(owner);
                    for (key, child) in map {
                        if !["id", "members", "ids", "person", "municipality", "event"]
                            .contains(&key.as_str())
                        {
                            own_strings(child, here, out);
                        }
                    }
                }
                _ => {}
            }
        }
        let text = std::fs::read_to_string(SNAPSHOT).unwrap();
        let mut json: serde_json::Value = serde_json::from_str(&text).unwrap();
        for skip in [
            "municipalities",
            "people",
            "discrepancies",
            "place_readings",
            "meta",
        ] {
            json.as_object_mut().unwrap().remove(skip);
        }
        json["japan"].as_object_mut().unwrap().remove("member_list");
        let mut strings = Vec::new();
        own_strings(&json, None, &mut strings);
        let report = Arc::new(bundled());
        let deployment = Deployment::new("https://example.org", "/", "/");
        let mut checked = 0;
        for member in report.members() {
            let target = Route::with_id(Page::Member, &member.id)
                .resolve(&report)
                .unwrap();
            let html = published_page(&deployment, &report, &[], &target);
            let (_, main) = html.split_once("<main").unwrap();
            let shown = strip_tags(main);
            let names: Vec<&str> = std::iter::once(member.name.as_str())
                .chain(member.aliases.iter().map(String::as_str))
                .collect();
            // Another municipality's name that holds the member's
            // (長野県小布施町 holds 長野県) names that one.
            let others: Vec<&str> = report
                .municipalities
                .iter()
                .filter(|m| m.id != member.id)
                .flat_map(|m| {
                    std::iter::once(m.name.as_str()).chain(m.aliases.iter().map(String::as_str))
                })
                .filter(|other| names.iter().any(|n| other.contains(n)))
                .collect();
            let names_it = |text: &str| {
                let rest = others
                    .iter()
                    .fold(text.to_string(), |t, other| t.replace(other, "／"));
                names.iter().any(|n| rest.contains(n))
            };
            for (owner, string) in &strings {
                for sentence in string.split_inclusive(['。', '\n']).map(str::trim) {
                    if names_it(sentence) {
                        checked += 1;
                        assert!(
                            shown.contains(&crate::site::html::escape(sentence)),
                            "{}: {owner}: {sentence}",
                            member.id
                        );
                    }
                }
            }
            assert!(
                names
                    .iter()
                    .any(|n| main
                        .contains(&format!("<mark>{}</mark>", crate::site::html::escape(n))))
                    || strings.iter().all(|(_, s)| !names_it(s)),
                "{}: no name marked",
                member.id
            );
        }
        assert!(checked > 100, "{checked} sentences checked");
    }

    /// Markup without its tags (entities left escaped).
    fn strip_tags(html: &str) -> String {
        let mut out = String::new();
        let mut in_tag = false;
        for c in html.chars() {
            match c {
                '<' => in_tag = true,
                '>' => in_tag = false,
                c if !in_tag => out.push(c),
                _ => {}
            }
        }
        out
    }

    /// Notes are footnotes: on the COP29 highlight each is listed once at
    /// the end, numbered, with a marker at each place it applies to, linked
    /// both ways under the base path; corrected slips are shown corrected on
    /// every page and carry no note.
    #[test]
    fn notes_are_footnotes_and_slips_are_shown_corrected() {
        let report = Arc::new(bundled());
        let deployment = Deployment::new("https://example.org", "/r/", "/r/");
        let render = |route: &Route| {
            let target = route.resolve(&report).unwrap();
            published_page(&deployment, &report, &[], &target)
        };
        let cop29 = render(&Route::with_id(Page::Highlight, "cop29"));
        let listed = cop29.matches("<li id=\"note-").count();
        assert_eq!(listed, 2, "cop29-dates and cop29-participants, once each");
        for (id, refs) in [("cop29-dates", 1), ("cop29-participants", 2)] {
            assert_eq!(cop29.matches(&format!("<li id=\"note-{id}\">")).count(), 1);
            for n in 1..=refs {
                assert!(cop29.contains(&format!(
                    "id=\"note-ref-{id}-{n}\" href=\"/r/highlights/cop29#note-{id}\""
                )));
                assert!(cop29.contains(&format!("href=\"/r/highlights/cop29#note-ref-{id}-{n}\"")));
            }
        }
        let corrected: Vec<_> = report
            .discrepancies
            .iter()
            .filter_map(|d| d.correction.as_ref().map(|c| (&d.id, c)))
            .collect();
        assert_eq!(corrected.len(), 5);
        for route in crate::site::routes::reading_order(&report) {
            let html = render(&route);
            // Every note listed has each of its markers on the page.
            for note in crate::derive::notes::page_notes(&report, &route) {
                for n in 0..note.refs.len() {
                    let marker = format!("id=\"{}\"", note.ref_anchor(n));
                    assert_eq!(
                        html.matches(&marker).count(),
                        1,
                        "{marker} on {}",
                        route.path()
                    );
                }
            }
            for (id, c) in &corrected {
                assert!(
                    !html.contains(&format!("note-{id}")),
                    "{id} on {}",
                    route.path()
                );
                assert!(
                    !html.contains(&crate::site::html::escape(&c.original)),
                    "{} on {}",
                    c.original,
                    route.path()
                );
            }
        }
    }

    /// Every office and every member has its point on its map, inside it,
    /// named and linked to its item.
    #[test]
    fn maps_show_every_office_and_member() {
        let report = Arc::new(bundled());
        let maps: crate::publish::maps::MapSet = MapKind::ALL
            .iter()
            .map(|&kind| {
                let file = format!("{}/public{}", env!("CARGO_MANIFEST_DIR"), kind.path());
                let map = serde_json::from_str(&std::fs::read_to_string(file).unwrap()).unwrap();
                (kind, Arc::new(map))
            })
            .collect();
        let (world, japan) = (&maps[0].1, &maps[1].1);
        let deployment = Deployment::new("https://example.org", "/r/", "/r/");
        let render = |page: Page| {
            let target = Route::new(page).resolve(&report).unwrap();
            published_page(&deployment, &report, &maps, &target)
        };
        // (page, its map, each item's id and link)
        let offices = report
            .world
            .offices
            .iter()
            .map(|o| (o.id.as_str(), format!("/r/iclei#{}", o.id)));
        let members = report
            .members()
            .map(|m| (m.id.as_str(), format!("/r/members/{}", m.id)));
        let cases = [
            (
                Page::World,
                MapKind::World,
                world,
                offices.collect::<Vec<_>>(),
            ),
            (Page::Members, MapKind::Japan, japan, members.collect()),
        ];
        for (page, kind, map, items) in cases {
            let html = render(page);
            let figure = &html[html.find(&format!("{}\">", kind.class())).unwrap()..];
            let figure = &figure[..figure.find("</figure>").unwrap()];
            // Each item linked once in the map: by its marker or in the
            // chooser of its cluster.
            for (id, href) in &items {
                assert!(map.point(id).is_some_and(|p| map.contains(p)), "{id}");
                assert_eq!(
                    figure.matches(&format!("href=\"{href}\"")).count(),
                    1,
                    "{id}"
                );
            }
            assert!(figure.contains("<dialog"), "{kind:?} has a cluster");
            // What the app reads the map back from
            // (`takeover::prerendered_maps`): every item's point.
            let mut read: Vec<(String, i32, i32)> = figure
                .split("data-points=\"")
                .skip(1)
                .flat_map(|rest| read_points(&rest[..rest.find('"').unwrap()]).unwrap())
                .collect();
            let mut expected: Vec<(String, i32, i32)> = items
                .iter()
                .map(|(id, _)| {
                    let (x, y) = map.point(id).unwrap();
                    (id.to_string(), x, y)
                })
                .collect();
            read.sort();
            expected.sort();
            assert_eq!(read, expected);
        }
        assert_eq!(report.world.offices.len(), 25);
        assert_eq!(report.members().count(), 26);
    }

    /// The router, given each path of the route table, renders its page;
    /// given paths and ids the report does not have, the not-found page.
    #[test]
    fn the_router_matches_every_route_of_the_table() {
        let report = Arc::new(bundled());
        let render = |base: &str, href: &str| {
            let deployment = Deployment::new("https://example.org", base, href);
            Owner::new().with(|| {
                let (meta_context, _) = ServerMetaContext::new();
                provide_context(meta_context);
                leptos_meta::provide_meta_context();
                body_html(&deployment, &Edition::default(), &report, &[], href)
            })
        };
        for (base, prefix) in [("/", ""), ("/report/2024/", "/report/2024")] {
            for route in crate::site::routes::reading_order(&report) {
                let heading =
                    crate::site::meta::page_meta(&route.resolve(&report).unwrap(), &report).heading;
                let html = render(base, &format!("{prefix}{}", route.path()));
                assert!(
                    html.contains(&format!(
                        "<h1 id=\"page-title\">{}</h1>",
                        crate::site::html::escape(&heading)
                    )),
                    "{prefix}{}",
                    route.path()
                );
            }
            let members = render(base, &format!("{prefix}/members/"));
            assert!(
                members.contains(&format!(
                    "<h1 id=\"page-title\">{}</h1>",
                    report.japan.member_list.title
                )),
                "a trailing slash"
            );
            for unknown in [
                "/no-such-page",
                "/members/osaka",
                "/pathways/x/y",
                "/membersx",
            ] {
                let html = render(base, &format!("{prefix}{unknown}"));
                assert!(
                    html.contains(crate::site::labels::NOT_FOUND_TITLE),
                    "{prefix}{unknown}"
                );
            }
        }
    }

    #[test]
    fn the_app_loads_after_the_first_paint() {
        let html = defer_app(TEMPLATE);
        assert!(!html.contains("<link rel=\"preload\""), "{html}");
        assert!(!html.contains("modulepreload"), "{html}");
        assert!(!html.contains("import init"), "{html}");
        let wait = html.find("first-contentful-paint").unwrap();
        let import = html.find("await import('/app-1.js')").unwrap();
        assert!(
            wait < import && import < html.find("await init(").unwrap(),
            "{html}"
        );
        assert!(html.contains("const init = bindings.default;"));
    }

    /// A prerendered page lists the files of its own code (its chunk first,
    /// then the code it shares), under the folder of the build's chunks, and
    /// its loader preloads them after the first paint, beside the main module.
    #[test]
    fn a_page_lists_the_files_of_its_own_code_for_the_loader() {
        let dist = std::env::temp_dir().join(format!("page-code-{}", std::process::id()));
        let folder = dist.join("iclei-report-0123456789abcdef");
        std::fs::create_dir_all(&folder).unwrap();
        std::fs::write(
            folder.join("page-code.json"),
            r#"{"calendar":["split_calendar.wasm","chunk_3.wasm"],"member":["split_member.wasm"]}"#,
        )
        .unwrap();
        let page_code = PageCode::read(&dist);
        std::fs::remove_dir_all(&dist).unwrap();
        let page_code = page_code.unwrap();
        let report = Arc::new(bundled());
        let deployment = Deployment::new("https://example.org", "/", "/");
        let calendar = Route::new(Page::Calendar).resolve(&report).unwrap();
        let html = page(
            TEMPLATE,
            &deployment,
            &Edition::default(),
            &report,
            &[],
            &page_code,
            &calendar,
        );
        assert!(
            html.contains(
                r#"<script type="application/json" id="page-code">["iclei-report-0123456789abcdef/split_calendar.wasm","iclei-report-0123456789abcdef/chunk_3.wasm"]</script>"#
            ),
            "{html}"
        );
        let preload = html.find("rel: 'preload', as: 'fetch'").unwrap();
        assert!(
            html.find("first-contentful-paint").unwrap() < preload,
            "{html}"
        );
        assert!(
            preload < html.find("await import('/app-1.js')").unwrap(),
            "{html}"
        );
        // A page of another chunk lists that chunk's files only.
        let yokohama = Route::with_id(Page::Member, "yokohama")
            .resolve(&report)
            .unwrap();
        assert_eq!(
            page_code.files(&yokohama),
            ["iclei-report-0123456789abcdef/split_member.wasm"]
        );
        // A build without split page code is refused, with the reason.
        let error = PageCode::read(&std::env::temp_dir().join("no-such-build")).unwrap_err();
        assert!(error.contains("no-such-build"), "{error}");
    }
}
