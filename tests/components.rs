//! Components rendered into a real DOM in headless Chromium
//! (`cargo test --target wasm32-unknown-unknown --test components`).
#![cfg(target_arch = "wasm32")]

use std::sync::Arc;

use iclei_report::app::components::blocks::BlockView;
use iclei_report::app::components::entities::MemberLinks;
use iclei_report::app::components::failure::FailureView;
use iclei_report::app::components::footnotes::{FootnoteList, NoteRefs, PageNotes};
use iclei_report::app::components::later::Later;
use iclei_report::app::components::layout::Breadcrumbs;
use iclei_report::app::context::PendingParts;
use iclei_report::app::data::Failure;
use iclei_report::app::shell::App;
use iclei_report::derive::notes::page_notes;
use iclei_report::derive::snapshot::{load, LoadError};
use iclei_report::report::model::{Block, Report, TableRow};
use iclei_report::site::deployment::Deployment;
use iclei_report::site::labels;
use iclei_report::site::routes::{Page, Route};
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn bundled_report() -> Arc<Report> {
    Arc::new(
        load(include_str!("../public/data/report-2024.json")).expect("the bundled snapshot loads"),
    )
}

/// Mounts a view with the shared state the shell provides: the bundled
/// report and a deployment at `base`.
fn mount_in<V: IntoView + 'static>(
    base: &str,
    view: impl FnOnce() -> V + 'static,
) -> web_sys::HtmlElement {
    let deployment = Deployment::new("https://example.org", base, base);
    mount(move || {
        provide_context(deployment);
        provide_context(bundled_report());
        view()
    })
}

/// Mounts a view into a fresh container and returns the container.
fn mount<V: IntoView + 'static>(view: impl FnOnce() -> V + 'static) -> web_sys::HtmlElement {
    let document = web_sys::window().unwrap().document().unwrap();
    let container: web_sys::HtmlElement = document.create_element("div").unwrap().unchecked_into();
    document.body().unwrap().append_child(&container).unwrap();
    leptos::mount::mount_to(container.clone(), view).forget();
    container
}

fn texts(root: &web_sys::HtmlElement, selector: &str) -> Vec<String> {
    let nodes = root.query_selector_all(selector).unwrap();
    (0..nodes.length())
        .map(|i| nodes.item(i).unwrap().text_content().unwrap_or_default())
        .collect()
}

fn attr(root: &web_sys::HtmlElement, selector: &str, name: &str) -> Option<String> {
    root.query_selector(selector).unwrap()?.get_attribute(name)
}

#[wasm_bindgen_test]
fn failure_view_names_the_cause_and_retries() {
    let retried = RwSignal::new(0);
    let root = mount(move || {
        view! { <FailureView failure=Failure::Http { status: 404 } retry=Callback::new(move |_| retried.update(|n| *n += 1))/> }
    });
    assert_eq!(
        texts(&root, ".failure-message"),
        [labels::failure::NOT_FOUND]
    );
    assert!(texts(&root, ".failure-detail code")[0].contains("404"));
    assert_eq!(attr(&root, "section", "role").as_deref(), Some("alert"));
    let button: web_sys::HtmlElement = root
        .query_selector("button")
        .unwrap()
        .unwrap()
        .unchecked_into();
    button.click();
    button.click();
    assert_eq!(retried.get_untracked(), 2);
}

#[wasm_bindgen_test]
fn failure_view_names_the_field_of_a_wrong_shape() {
    let failure = Failure::Load(LoadError::WrongShape {
        path: "municipalities[3].head.person".into(),
        detail: "invalid type".into(),
    });
    let root = mount(move || view! { <FailureView failure retry=Callback::new(|_| ())/> });
    assert_eq!(
        texts(&root, ".failure-message"),
        [labels::failure::WRONG_SHAPE]
    );
    assert!(texts(&root, ".failure-detail code")[0].contains("municipalities[3].head.person"));
}

#[wasm_bindgen_test]
fn member_links_point_at_member_pages_under_the_base_path() {
    let root = mount_in(
        "/report/2024/",
        move || view! { <MemberLinks ids=vec!["yokohama".to_string(), "obuse".to_string()] label="参加"/> },
    );
    assert_eq!(
        attr(&root, "a", "href").as_deref(),
        Some("/report/2024/members/yokohama")
    );
    let items = texts(&root, "li");
    assert_eq!(items.len(), 2);
    assert_eq!(
        root.query_selector_all("a").unwrap().length(),
        1,
        "a non-member is not a link"
    );
}

#[wasm_bindgen_test]
fn footnotes_link_both_ways_and_show_every_reading() {
    let report = bundled_report();
    // The COP29 highlight carries two notes: its dates, then its participants.
    let expected = report
        .discrepancies_for("highlight:cop29")
        .next()
        .expect("the COP29 dates discrepancy")
        .clone();
    let route = Route::with_id(Page::Highlight, "cop29");
    let notes = Arc::new(page_notes(&report, &route));
    let root = mount_in("/r/", move || {
        provide_context(PageNotes { route, notes });
        view! { <NoteRefs tag="highlight:cop29"/><FootnoteList/> }
    });
    assert_eq!(texts(&root, ".note-ref"), ["注1", "注2"]);
    let note = format!("note-{}", expected.id);
    assert_eq!(
        attr(&root, ".note-ref", "href").as_deref(),
        Some(format!("/r/highlights/cop29#{note}").as_str())
    );
    let back = attr(&root, &format!("#{note} .note-back"), "href").unwrap();
    assert_eq!(
        back,
        format!("/r/highlights/cop29#note-ref-{}-1", expected.id)
    );
    let readings = texts(&root, &format!("#{note} .note-readings li"));
    assert_eq!(readings.len(), expected.readings.len());
    for (shown, reading) in readings.iter().zip(&expected.readings) {
        assert!(shown.contains(&reading.text), "{shown}");
    }
}

#[wasm_bindgen_test]
fn tables_have_captions_and_column_headers() {
    let block = Block::Table {
        caption: Some("表".into()),
        columns: vec!["開催月".into(), "会議名".into()],
        rows: vec![TableRow {
            cells: vec!["4月".into(), "会議".into()],
            members: vec![],
        }],
    };
    let root = mount_in(
        "/",
        move || view! { <BlockView block route=Route::new(Page::Activities)/> },
    );
    assert_eq!(texts(&root, "caption"), ["表"]);
    assert_eq!(texts(&root, "th[scope=col]"), ["開催月", "会議名"]);
    assert_eq!(texts(&root, "tbody td"), ["4月", "会議"]);
}

#[wasm_bindgen_test]
fn breadcrumbs_lead_home_and_mark_the_current_page() {
    let target = Route::with_id(Page::Pathway, "zero-carbon")
        .resolve(&bundled_report())
        .expect("the pathway exists");
    let root = mount_in("/report/2024/", move || view! { <Breadcrumbs target/> });
    assert_eq!(texts(&root, "li").len(), 3);
    assert_eq!(
        attr(&root, "li:first-child a", "href").as_deref(),
        Some("/report/2024/")
    );
    assert_eq!(
        attr(&root, "li:nth-child(2) a", "href").as_deref(),
        Some("/report/2024/pathways")
    );
    assert!(root
        .query_selector("li:last-child [aria-current=page]")
        .unwrap()
        .is_some());
}

async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

/// The whole app against the test runner's own server, which has no
/// snapshot: a real fetch, a real 404, the failure view.
#[wasm_bindgen_test]
async fn the_app_shows_the_failure_view_when_the_snapshot_is_missing() {
    let deployment = Deployment::new("http://127.0.0.1", "/no-such-base/", "/no-such-base/");
    let root = mount(move || view! { <App deployment/> });
    for _ in 0..50 {
        if !texts(&root, ".failure-message").is_empty() {
            break;
        }
        sleep(100).await;
    }
    assert_eq!(
        texts(&root, ".failure-message"),
        [labels::failure::NOT_FOUND]
    );
}

/// An unforeseen panic leaves a readable message, not a dead page.
#[wasm_bindgen_test]
async fn a_panic_becomes_a_readable_message() {
    use wasm_bindgen::closure::Closure;
    iclei_report::app::shell::install_panic_hook();
    let window = web_sys::window().unwrap();
    // The trap that follows the hook surfaces as an uncaught error: expected here.
    let swallow = Closure::<dyn Fn() -> bool>::new(|| true);
    window.set_onerror(Some(swallow.as_ref().unchecked_ref()));
    let boom = Closure::once_into_js(|| -> () { panic!("unforeseen") });
    window
        .set_timeout_with_callback_and_timeout_and_arguments_0(boom.unchecked_ref(), 0)
        .unwrap();
    sleep(200).await;
    window.set_onerror(None);
    drop(swallow);
    let alert = window
        .document()
        .unwrap()
        .query_selector(".panic[role=alert]")
        .unwrap()
        .expect("the panic message is shown");
    assert_eq!(
        alert.text_content().as_deref(),
        Some(labels::failure::PANIC)
    );
}

#[wasm_bindgen_test]
async fn a_later_part_renders_in_a_later_task_and_is_counted_until_then() {
    let pending = PendingParts::new(true);
    let root = mount(move || {
        provide_context(pending);
        view! {
            <p class="now">"now"</p>
            <Later><p class="later">"first"</p></Later>
            <Later><p class="later">"second"</p><Later><p class="later">"nested"</p></Later></Later>
        }
    });
    // In the task that rendered the page: only what is not deferred.
    assert_eq!(texts(&root, "p"), ["now"]);
    assert!(!pending.settled_untracked());
    sleep(50).await;
    assert_eq!(texts(&root, "p"), ["now", "first", "second", "nested"]);
    assert!(pending.settled_untracked());
}

#[wasm_bindgen_test]
async fn a_later_part_dropped_before_it_renders_is_no_longer_counted() {
    let pending = PendingParts::new(true);
    let shown = RwSignal::new(true);
    let root = mount(move || {
        provide_context(pending);
        view! { <Show when=move || shown.get()><Later><p>"later"</p></Later></Show> }
    });
    assert!(!pending.settled_untracked());
    shown.set(false);
    sleep(50).await;
    assert!(pending.settled_untracked());
    assert_eq!(texts(&root, "p"), Vec::<String>::new());
}

#[wasm_bindgen_test]
fn without_the_count_a_later_part_renders_at_once() {
    // As in the prerender step: the static HTML holds the whole page.
    let root = mount(|| view! { <Later><p>"at once"</p></Later> });
    assert_eq!(texts(&root, "p"), ["at once"]);
}

#[wasm_bindgen_test]
fn once_the_app_has_taken_over_a_later_part_renders_at_once() {
    let pending = PendingParts::new(true);
    pending.stop_deferring();
    let root = mount(move || {
        provide_context(pending);
        view! { <Later><p>"at once"</p></Later> }
    });
    assert_eq!(texts(&root, "p"), ["at once"]);
    assert!(pending.settled_untracked());
}
