//! One module per page of the route table. Pages read the report and the
//! deployment from context (`crate::app::context`); detail pages take the item
//! their route resolved to.
//!
//! **Page code on demand.** In the browser's build each kind of page is a
//! chunk of its own (`page_code!`, feature `split`), cut out of the wasm by
//! `scripts/split-wasm`: a first visit loads the shell and the code of the
//! page it lands on, which the prerendered page preloads after its first
//! paint; the rest follows in the background a second after the first page
//! is in ([`preload_page_code`]). Measured on 2026-12-07: the main module
//! 295,170 → 240,708 B brotli; a page's own code 3.9 KB (`/activities`) to
//! 57.7 KB (`/members`, its map and chart), in 5 to 42 files.
//!
//! Each page component is `#[inline(never)]`: without it the release
//! build's LTO inlines every page into [`content`], one 68 KB function of
//! the wasm; with it each page kind is a function of its own (`twiggy top`
//! names them).

use leptos::prelude::*;

use crate::site::routes::{Page, Target};

pub mod about;
pub mod activities;
pub mod calendar;
pub mod governance;
pub mod highlights;
pub mod members;
pub mod membership;
pub mod message;
pub mod not_found;
pub mod overview;
pub mod pathways;
pub mod print;
pub mod search;
pub mod world;

/// Declares the content of each kind of page, and the chunk of page code
/// it is in (one per kind: a page loads no other page's code). From one
/// table it writes [`content`], which renders any page at once (the
/// prerender step, native tests, the component tests), [`chunk`], and, in
/// the browser's build (feature `split`), one split point per kind
/// (`wasm_split`: the mark `scripts/split-wasm` cuts at) with `split::load`,
/// which fetches a page's chunk before rendering it.
macro_rules! page_code {
    ($($chunk:ident: $pattern:pat => $view:expr;)+) => {
        /// The content of a resolved page (what follows its `<h1>`),
        /// rendered at once: every page's code is in the module.
        pub fn content(target: Target) -> AnyView {
            match target {
                $($pattern => $view.into_any(),)+
                // `Route::resolve` gives detail pages their item, never a bare page.
                _ => ().into_any(),
            }
        }

        /// The chunk of page code a resolved page's code is in: the name
        /// `scripts/split-wasm` gives it in page-code.json.
        pub fn chunk(target: &Target) -> Option<&'static str> {
            $(
                #[allow(unused_variables)]
                if matches!(target, $pattern) {
                    return Some(stringify!($chunk));
                }
            )+
            None
        }

        #[cfg(all(target_arch = "wasm32", feature = "split"))]
        mod split {
            use super::*;
            use leptos::wasm_split::SplitLoaderError;

            $(
                #[leptos::wasm_split::wasm_split($chunk, wasm_split_path = ::leptos::wasm_split, fallible)]
                fn $chunk(target: Target) -> Result<AnyView, SplitLoaderError> {
                    #[allow(unused_variables)]
                    Ok(match target {
                        $pattern => $view.into_any(),
                        _ => ().into_any(),
                    })
                }
            )+

            /// The content of a resolved page, once its chunk is loaded
            /// (at once if it already is); the chunk's failure to load.
            pub async fn load(target: Target) -> Result<AnyView, SplitLoaderError> {
                $(
                    #[allow(unused_variables)]
                    if matches!(&target, $pattern) {
                        return $chunk(target).await;
                    }
                )+
                Ok(().into_any())
            }

            /// Fetches the code of every page, a chunk a task (a chunk
            /// already in passes at once). Each split point is called with a
            /// bare detail page, which no kind's pattern matches: its chunk
            /// loads and it renders nothing.
            pub async fn preload_all() {
                $(
                    let _ = $chunk(Target::Page(Page::Pathway)).await;
                    crate::app::timing::next_task().await;
                )+
            }
        }
    };
}

page_code! {
    overview: Target::Page(Page::Overview) => view! { <overview::Overview/> };
    pathways: Target::Page(Page::Pathways) => view! { <pathways::Pathways/> };
    pathway: Target::Pathway(pathway) => view! { <pathways::PathwayPage pathway/> };
    membership: Target::Page(Page::Membership) => view! { <membership::Membership/> };
    governance: Target::Page(Page::Governance) => view! { <governance::Governance/> };
    message: Target::Page(Page::Message) => view! { <message::Messages/> };
    members: Target::Page(Page::Members) => view! { <members::Members/> };
    member: Target::Member(member) => view! { <members::MemberPage member/> };
    highlights: Target::Page(Page::Highlights) => view! { <highlights::Highlights/> };
    highlight: Target::Highlight(highlight) => view! { <highlights::HighlightPage highlight/> };
    activities: Target::Page(Page::Activities) => view! { <activities::Activities/> };
    chapter: Target::Chapter(chapter) => view! { <activities::ChapterPage chapter/> };
    calendar: Target::Page(Page::Calendar) => view! { <calendar::Calendar/> };
    world: Target::Page(Page::World) => view! { <world::World/> };
    search: Target::Page(Page::Search) => view! { <search::SearchPage/> };
    about: Target::Page(Page::About) => view! { <about::About/> };
    print: Target::Page(Page::Print) => view! { <print::WholeReport/> };
}

/// A resolved page's content where the app shows it, followed by its
/// notes (`FootnoteList`, below the first screen: rendered later while the
/// app takes over). In the browser's split build its code is fetched first
/// (`split::load`); until then the page counts as a part still to render
/// (`PendingParts`: the takeover, `route:rendered` and the jump to a
/// `#fragment` wait for it), and a chunk that fails to load shows
/// [`PageCodeFailure`] with a retry, in place of the content and its notes
/// (whose links would point at nothing). Elsewhere it is [`content`].
///
/// [`PageCodeFailure`]: crate::app::components::failure::PageCodeFailure
pub fn page_content(target: Target) -> AnyView {
    #[cfg(all(target_arch = "wasm32", feature = "split"))]
    {
        use crate::app::components::failure::PageCodeFailure;
        use crate::app::components::later::wait_for;
        use crate::app::context::PendingParts;

        let pending = use_context::<PendingParts>();
        let attempt = RwSignal::new(0u32);
        let retry = Callback::new(move |_| attempt.update(|n| *n += 1));
        (move || {
            attempt.track();
            let target = target.clone();
            let finish = pending.map(wait_for);
            Suspend::new(async move {
                let loaded = split::load(target).await;
                if let Some(finish) = finish {
                    finish();
                }
                match loaded {
                    Ok(content) => with_notes(content),
                    Err(failure) => {
                        view! { <PageCodeFailure detail=failure.to_string() retry/> }.into_any()
                    }
                }
            })
        })
        .into_any()
    }
    #[cfg(not(all(target_arch = "wasm32", feature = "split")))]
    with_notes(content(target))
}

fn with_notes(content: AnyView) -> AnyView {
    use crate::app::components::footnotes::FootnoteList;
    use crate::app::components::later::Later;
    view! { {content} <Later><FootnoteList/></Later> }.into_any()
}

/// How long after the first page is in the app starts fetching the code of
/// the other pages, in ms: past the takeover and the page's first idle
/// moments (the offline worker starts its own downloads then too).
#[cfg(all(target_arch = "wasm32", feature = "split"))]
const PRELOAD_AFTER_MS: i32 = 1_000;

/// Once the first page is in: in the browser's split build, the code of
/// every other page is fetched in the background, so that a later route
/// switch renders at once instead of waiting for the network. Once per app;
/// elsewhere nothing (all code is in the module).
pub fn preload_page_code() {
    #[cfg(all(target_arch = "wasm32", feature = "split"))]
    {
        use std::sync::atomic::{AtomicBool, Ordering};
        static STARTED: AtomicBool = AtomicBool::new(false);
        if !STARTED.swap(true, Ordering::Relaxed) {
            leptos::task::spawn_local(async {
                crate::app::timing::after_ms(PRELOAD_AFTER_MS).await;
                split::preload_all().await;
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::site::routes::{prerendered, Route, TABLE};

    /// Every page the report has is in a chunk of page code, of its own kind.
    #[test]
    fn every_page_is_in_a_chunk_of_its_kind() {
        let report = crate::derive::snapshot::bundled();
        let mut routes = prerendered(&report);
        routes.extend(
            TABLE
                .iter()
                .filter(|def| !def.page.has_id())
                .map(|def| Route::new(def.page)),
        );
        for route in routes {
            let target = route.resolve(&report).unwrap();
            assert!(chunk(&target).is_some(), "{} is in no chunk", route.path());
        }
        let member = Route::with_id(Page::Member, "yokohama")
            .resolve(&report)
            .unwrap();
        let members = Route::new(Page::Members).resolve(&report).unwrap();
        assert_eq!(chunk(&member), Some("member"));
        assert_eq!(chunk(&members), Some("members"));
        let calendar = Route::new(Page::Calendar).resolve(&report).unwrap();
        assert_eq!(chunk(&calendar), Some("calendar"));
    }
}
