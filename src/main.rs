use iclei_report::app::{App, Deployment};

fn main() {
    iclei_report::app::install_panic_hook();
    let deployment = Deployment::from_document();
    leptos::mount::mount_to_body(move || leptos::view! { <App deployment=deployment.clone()/> });
}
