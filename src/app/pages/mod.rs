//! One module per page of the route table. Pages read the report and the
//! deployment from context (`crate::app::context`); detail pages take the item
//! their route resolved to.
//!
//! Each page component is `#[inline(never)]`: without it the release
//! build's LTO inlines every page into [`content`], one 68 KB function of
//! the wasm; with it each page kind is a function of its own (`twiggy top`
//! names them), the unit that loading page code on demand will split off.
//! It costs 2.2 KB of brotli (+0.7 %), measured on 2026-12-06.

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

/// Declares the content of each kind of page, grouped in chunks: the code
/// of a chunk's pages is loaded together. From one table it writes
/// [`content`], which renders any page at once (the prerender step, native
/// tests, the component tests), and, in the browser's build (feature
/// `split`), one split point per page kind (`wasm_split`, the splitter's
/// mark for `scripts/split-wasm`) and `split::load`, which fetches the chunk
/// of a page before rendering it.
macro_rules! page_code {
    ($($chunk:ident { $($kind:ident: $pattern:pat => $view:expr;)+ })+) => {
        /// The content of a resolved page (what follows its `<h1>`),
        /// rendered at once: every page's code is in the module.
        pub fn content(target: Target) -> AnyView {
            match target {
                $($($pattern => $view.into_any(),)+)+
                // `Route::resolve` gives detail pages their item, never a bare page.
                _ => ().into_any(),
            }
        }

        /// The chunk of page code a resolved page's code is in: the name
        /// `scripts/split-wasm` gives it in page-code.json.
        pub fn chunk(target: &Target) -> Option<&'static str> {
            $($(
                #[allow(unused_variables)]
                if matches!(target, $pattern) {
                    return Some(stringify!($chunk));
                }
            )+)+
            None
        }

        #[cfg(all(target_arch = "wasm32", feature = "split"))]
        mod split {
            use super::*;
            use leptos::wasm_split::SplitLoaderError;

            $($(
                #[leptos::wasm_split::wasm_split($chunk, wasm_split_path = ::leptos::wasm_split, fallible)]
                fn $kind(target: Target) -> Result<AnyView, SplitLoaderError> {
                    #[allow(unused_variables)]
                    Ok(match target {
                        $pattern => $view.into_any(),
                        _ => ().into_any(),
                    })
                }
            )+)+

            /// The content of a resolved page, once its chunk is loaded
            /// (at once if it already is); the chunk's failure to load.
            pub async fn load(target: Target) -> Result<AnyView, SplitLoaderError> {
                $($(
                    #[allow(unused_variables)]
                    if matches!(&target, $pattern) {
                        return $kind(target).await;
                    }
                )+)+
                Ok(().into_any())
            }
        }
    };
}

page_code! {
    overview { overview: Target::Page(Page::Overview) => view! { <overview::Overview/> }; }
    pathways {
        pathways: Target::Page(Page::Pathways) => view! { <pathways::Pathways/> };
        pathway: Target::Pathway(pathway) => view! { <pathways::PathwayPage pathway/> };
    }
    membership { membership: Target::Page(Page::Membership) => view! { <membership::Membership/> }; }
    governance { governance: Target::Page(Page::Governance) => view! { <governance::Governance/> }; }
    message { message: Target::Page(Page::Message) => view! { <message::Messages/> }; }
    members {
        members: Target::Page(Page::Members) => view! { <members::Members/> };
        member: Target::Member(member) => view! { <members::MemberPage member/> };
    }
    highlights {
        highlights: Target::Page(Page::Highlights) => view! { <highlights::Highlights/> };
        highlight: Target::Highlight(highlight) => view! { <highlights::HighlightPage highlight/> };
    }
    activities {
        activities: Target::Page(Page::Activities) => view! { <activities::Activities/> };
        chapter: Target::Chapter(chapter) => view! { <activities::ChapterPage chapter/> };
    }
    calendar { calendar: Target::Page(Page::Calendar) => view! { <calendar::Calendar/> }; }
    world { world: Target::Page(Page::World) => view! { <world::World/> }; }
    search { search: Target::Page(Page::Search) => view! { <search::SearchPage/> }; }
    about { about: Target::Page(Page::About) => view! { <about::About/> }; }
    print { print: Target::Page(Page::Print) => view! { <print::WholeReport/> }; }
}

/// A resolved page's content where the app shows it. In the browser's
/// split build its code is fetched first (`split::load`); until then the
/// page counts as a part still to render (`PendingParts`: the takeover,
/// `route:rendered` and the jump to a `#fragment` wait for it), and a chunk
/// that fails to load shows [`PageCodeFailure`] with a retry. Elsewhere it
/// is [`content`].
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
                loaded.unwrap_or_else(|failure| {
                    view! { <PageCodeFailure detail=failure.to_string() retry/> }.into_any()
                })
            })
        })
        .into_any()
    }
    #[cfg(not(all(target_arch = "wasm32", feature = "split")))]
    content(target)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::site::routes::{prerendered, Route, TABLE};

    /// Every page the report has is in a chunk of page code, and the pages
    /// of a chunk are the top-level page and its detail pages.
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
        assert_eq!(chunk(&member), Some("members"));
        assert_eq!(chunk(&members), Some("members"));
        let calendar = Route::new(Page::Calendar).resolve(&report).unwrap();
        assert_eq!(chunk(&calendar), Some("calendar"));
    }
}
