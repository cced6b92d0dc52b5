//! Writes every page of the report as static HTML into a built `dist/`:
//! `{page}/index.html` for each route of the route table, `index.html` for
//! the overview, and `app.html`, the bare app shell, for any other path
//! (embed pages, unknown paths) to fall back to; each page's share card,
//! `cards/{page}.png` (`iclei_report::publish::share_card`, drawn by
//! `iclei_report::publish::card_image` with the fonts from `node_modules`);
//! `sitemap.xml` and `robots.txt` (`iclei_report::publish::sitemap`), and the CSV
//! downloads (`iclei_report::publish::downloads`).
//!
//!   cargo run --bin prerender -- DIST BASE ORIGIN STATUS EDITIONS_JSON YEAR
//!   e.g. cargo run --bin prerender -- dist / https://japan.iclei.org published editions.json 2024
//!
//! STATUS is the edition's (`editions.json`): a `draft` has the draft
//! notice and `noindex` on every page, and no sitemap. EDITIONS_JSON is the
//! editions list: each page links to the other published editions in it.
//! YEAR is the edition's, which the snapshot's `meta.period` must start in.

// Build-time only: the wasm32 build of the crate's binaries (for the
// component tests) gets an empty one.
#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    native::main()
}

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use std::path::Path;
    use std::sync::Arc;
    use std::time::{Duration, Instant};

    use iclei_report::app::prerender::{page, with_edition, PageCode};
    use iclei_report::derive::snapshot::load;
    use iclei_report::publish::card_image::{CardPainter, FONT_FILES};
    use iclei_report::publish::downloads::{csv, Download};
    use iclei_report::publish::editions::{other_edition, period_mismatch, EditionList};
    use iclei_report::publish::maps::{Map, MapKind, MapSet};
    use iclei_report::publish::share_card::{self, ShareCard};
    use iclei_report::publish::sitemap::{robots, sitemap, ROBOTS_FILE, SITEMAP_FILE};
    use iclei_report::site::deployment::Deployment;
    use iclei_report::site::edition::Edition;
    use iclei_report::site::meta::page_meta;
    use iclei_report::site::routes::prerendered;

    pub fn main() {
        let args: Vec<String> = std::env::args().skip(1).collect();
        let [dist, base, origin, status, editions, year] = args.as_slice() else {
            fail("usage: prerender DIST BASE ORIGIN published|draft EDITIONS_JSON YEAR");
        };
        let dist = Path::new(dist);
        let read = |name: &str| {
            std::fs::read_to_string(dist.join(name))
                .unwrap_or_else(|e| fail(&format!("{name}: {e}")))
        };
        // On a rerun index.html is already a page; app.html keeps the shell.
        let template = if dist.join("app.html").exists() {
            read("app.html")
        } else {
            read("index.html")
        };
        let report = Arc::new(
            load(&read("data/report.json")).unwrap_or_else(|e| fail(&format!("snapshot: {e}"))),
        );
        let maps: MapSet = MapKind::ALL
            .iter()
            .map(|&kind| {
                let file = kind.path().trim_start_matches('/');
                let map = serde_json::from_str::<Map>(&read(file))
                    .unwrap_or_else(|e| fail(&format!("{file}: {e}")));
                (kind, Arc::new(map))
            })
            .collect();
        any_spawner::Executor::init_futures_executor()
            .unwrap_or_else(|e| fail(&format!("executor: {e:?}")));
        // The static pages are the public ones: at the base, never embedded.
        let deployment = Deployment::new(origin, base, base);
        let draft = match status.as_str() {
            "published" => false,
            "draft" => true,
            other => fail(&format!("status {other:?}: published or draft")),
        };
        let year: u16 = year
            .parse()
            .unwrap_or_else(|_| fail(&format!("year {year:?}: four digits")));
        if let Some(why) = period_mismatch(&report, year) {
            fail(&format!(
                "the snapshot: {why}, but it is built as the {year} edition: \
                 correct meta.period (and meta.title, meta.fiscal_year) or the editions list"
            ));
        }
        let edition = edition(draft, year, Path::new(editions));
        let page_code = PageCode::read(dist).unwrap_or_else(|e| fail(&e));

        write(&dist.join("app.html"), with_edition(&template, &edition));
        let routes = prerendered(&report);
        let painter = card_painter();
        // The cards' bytes and the time spent drawing them alone.
        let (mut card_bytes, mut card_time) = (0, Duration::ZERO);
        for route in &routes {
            let target = route
                .resolve(&report)
                .unwrap_or_else(|| fail(&format!("{}: not in the snapshot", route.path())));
            let file = dist
                .join(route.path().trim_start_matches('/'))
                .join("index.html");
            write(
                &file,
                page(
                    &template,
                    &deployment,
                    &edition,
                    &report,
                    &maps,
                    &page_code,
                    &target,
                ),
            );
            let heading = page_meta(&target, &report).heading;
            let card = ShareCard::new(route, &heading, &report)
                .unwrap_or_else(|| fail(&format!("{}: a static page with no card", route.path())));
            let drawing = Instant::now();
            let png = painter
                .png(&card)
                .unwrap_or_else(|e| fail(&format!("{}: {e}", route.path())));
            card_time += drawing.elapsed();
            card_bytes += png.len();
            let file = dist.join(share_card::path(route).path().trim_start_matches('/'));
            write(&file, &png);
        }
        println!(
            "drew {} share cards ({} bytes, {} KiB) in {:.1} s",
            routes.len(),
            card_bytes,
            card_bytes / 1024,
            card_time.as_secs_f64()
        );
        // A draft is not for search engines.
        if !edition.draft {
            write(&dist.join(SITEMAP_FILE), sitemap(&deployment, &report));
        }
        for download in Download::ALL {
            let file = dist.join(download.path().trim_start_matches('/'));
            write(&file, csv(download, &report, &deployment));
        }
        write(&dist.join(ROBOTS_FILE), robots(&deployment, &edition));
        println!(
            "prerendered {} pages into {}, with {}{ROBOTS_FILE} and {} CSV files",
            routes.len(),
            dist.display(),
            if edition.draft { "" } else { "sitemap.xml, " },
            Download::ALL.len()
        );
    }

    /// Edition `year`, and what its pages tell of every other published one
    /// in the editions list (read from their snapshots, paths relative to
    /// the working directory, the repository).
    fn edition(draft: bool, year: u16, editions: &Path) -> Edition {
        let text = std::fs::read_to_string(editions)
            .unwrap_or_else(|e| fail(&format!("{}: {e}", editions.display())));
        let list = EditionList::parse(&text).unwrap_or_else(|e| fail(&e));
        let others = list
            .others_published(year)
            .map(|entry| {
                let text = std::fs::read_to_string(&entry.snapshot)
                    .unwrap_or_else(|e| fail(&format!("{}: {e}", entry.snapshot)));
                let other =
                    load(&text).unwrap_or_else(|e| fail(&format!("{}: {e}", entry.snapshot)));
                other_edition(entry.year, &entry.base, &other)
            })
            .collect();
        Edition {
            draft,
            year,
            others,
        }
    }

    /// The card painter with the fonts from `node_modules`.
    fn card_painter() -> CardPainter {
        let modules = Path::new(env!("CARGO_MANIFEST_DIR")).join("node_modules");
        let fonts = FONT_FILES
            .iter()
            .map(|file| {
                let path = modules.join(file);
                std::fs::read(&path)
                    .map(|data| (path.display().to_string(), data))
                    .unwrap_or_else(|e| {
                        fail(&format!(
                            "{}: {e} (scripts/setup installs it)",
                            path.display()
                        ))
                    })
            })
            .collect();
        CardPainter::new(fonts).unwrap_or_else(|e| fail(&e.to_string()))
    }

    fn write(file: &Path, contents: impl AsRef<[u8]>) {
        if let Some(dir) = file.parent() {
            std::fs::create_dir_all(dir)
                .unwrap_or_else(|e| fail(&format!("{}: {e}", dir.display())));
        }
        std::fs::write(file, contents)
            .unwrap_or_else(|e| fail(&format!("{}: {e}", file.display())));
    }

    fn fail(message: &str) -> ! {
        eprintln!("prerender: {message}");
        std::process::exit(1);
    }
}
