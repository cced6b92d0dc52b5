//! The other editions of the report, as a page shows them: the notice on a
//! page of an older edition, the switcher, and a member's pages in other
//! years. Each link leaves this edition's app (`rel="external"`: it is
//! another build, under another base path).

use leptos::prelude::*;

use crate::app::context::{element_id, use_edition};
use crate::site::labels::editions as text;
use crate::site::routes::Route;

/// At the top of a page of an older edition: that it is not the latest,
/// with a link to the same page in the newest one (or its nearest page
/// there). Nothing on a page of the newest edition.
#[component]
pub fn NewerEditionNotice(route: Route) -> impl IntoView {
    let edition = use_edition();
    let newer = edition.newer()?;
    let to = newer.counterpart(&route);
    Some(view! {
        <aside class="edition-notice" aria-label=text::NOTICE>
            <p>{text::not_latest(edition.year)}" "
                <a href=to.href rel="external">{text::to_newer(newer.year, to.same_page)}</a>
            </p>
        </aside>
    })
}

/// The other published editions, each linked at this page (or its nearest
/// page there). Nothing when there is no other.
#[component]
pub fn EditionSwitcher(route: Route) -> impl IntoView {
    let edition = use_edition();
    (!edition.others.is_empty()).then(|| {
        let links = edition
            .others
            .iter()
            .map(|other| {
                let to = other.counterpart(&route);
                view! {
                    <li>
                        <a href=to.href rel="external">{text::name(other.year)}</a>
                        {(!to.same_page).then_some(text::NO_SUCH_PAGE)}
                    </li>
                }
            })
            .collect_view();
        view! {
            <nav class="edition-switcher" aria-label=text::SWITCHER>
                <h2>{text::SWITCHER}</h2>
                <ul>{links}</ul>
            </nav>
        }
    })
}

/// A member's page in every other edition where it is a member, with how
/// often it appears there. Nothing when it is a member of no other.
#[component]
pub fn MemberInOtherEditions(route: Route) -> impl IntoView {
    let edition = use_edition();
    let id = route.id.clone().unwrap_or_default();
    let found: Vec<_> = edition
        .others
        .iter()
        .filter_map(|other| Some((other, other.appearances_of(&id)?)))
        .map(|(other, count)| {
            let href = other.counterpart(&route).href;
            view! {
                <li><a href=href rel="external">{text::name(other.year)}</a>" "{text::appearances(count)}</li>
            }
        })
        .collect();
    (!found.is_empty()).then(|| {
        let heading_id = element_id("member-other-editions");
        let labelled_by = heading_id.clone();
        view! {
            <section class="member-other-editions" aria-labelledby=labelled_by>
                <h2 id=heading_id>{text::MEMBER_HEADING}</h2>
                <ul>{found}</ul>
            </section>
        }
    })
}
