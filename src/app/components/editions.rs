//! The other editions of the report, as a page shows them: the notice on a
//! page of an older edition, the switcher, and a member's pages in other
//! years. Each link leaves this edition's app (`rel="external"`: it is
//! another build, under another base path); from an embedded page it
//! opens in the whole window, as the open-full link does.

use leptos::prelude::*;
use leptos_router::hooks::use_location;

use crate::app::context::{element_id, use_deployment, use_edition};
use crate::site::edition::OtherEdition;
use crate::site::labels::editions as text;
use crate::site::routes::Route;

/// A link to `route` in `other`: at the same page, with this location's
/// query and fragment (a search, an item), or at its nearest page there.
#[component]
fn EditionLink(other: OtherEdition, route: Route, children: Children) -> impl IntoView {
    let to = other.counterpart(&route);
    let location = use_location();
    // leptos_router's search comes without its `?`, the hash with its `#`.
    let href = move || {
        let search = location.search.get();
        match (to.same_page, search.is_empty()) {
            (true, true) => format!("{}{}", to.href, location.hash.get()),
            (true, false) => format!("{}?{search}{}", to.href, location.hash.get()),
            (false, _) => to.href.clone(),
        }
    };
    let target = use_deployment().embed.then_some("_top");
    view! { <a href=href rel="external" target=target>{children()}</a> }
}

/// At the top of a page of an older edition: that it is not the latest,
/// with a link to the same page in the newest one (or its nearest page
/// there). Nothing on a page of the newest edition.
#[component]
pub fn NewerEditionNotice(route: Route) -> impl IntoView {
    let edition = use_edition();
    let newer = edition.newer()?.clone();
    let label = text::to_newer(newer.year, newer.counterpart(&route).same_page);
    Some(view! {
        <aside class="edition-notice" aria-label=text::NOTICE>
            <p>{text::not_latest(edition.year)}" "
                <EditionLink other=newer route>{label}</EditionLink>
            </p>
        </aside>
    })
}

/// This edition and the other published ones, each linked at this page
/// (or its nearest page there). Nothing when there is no other.
#[component]
pub fn EditionSwitcher(route: Route) -> impl IntoView {
    let edition = use_edition();
    (!edition.others.is_empty()).then(|| {
        let mut years: Vec<(u16, Option<OtherEdition>)> = edition
            .others
            .iter()
            .map(|other| (other.year, Some(other.clone())))
            .collect();
        years.push((edition.year, None));
        years.sort_by_key(|(year, _)| *year);
        let items = years
            .into_iter()
            .map(|(year, other)| match other {
                None => view! { <li><span aria-current="page">{text::name(year)}</span></li> }
                    .into_any(),
                Some(other) => {
                    let missing =
                        (!other.counterpart(&route).same_page).then_some(text::NO_SUCH_PAGE);
                    view! {
                        <li>
                            <EditionLink other route=route.clone()>{text::name(year)}</EditionLink>
                            {missing}
                        </li>
                    }
                    .into_any()
                }
            })
            .collect_view();
        let heading_id = element_id("edition-switcher");
        let labelled_by = heading_id.clone();
        view! {
            <nav class="edition-switcher" aria-labelledby=labelled_by>
                <h2 id=heading_id>{text::SWITCHER}</h2>
                <ul>{items}</ul>
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
        .filter_map(|other| Some((other.clone(), other.appearances_of(&id)?)))
        .map(|(other, count)| {
            let year = other.year;
            view! {
                <li><EditionLink other route=route.clone()>{text::name(year)}</EditionLink>" "{text::appearances(count)}</li>
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
