use iclei_report::app::shell::App;
use iclei_report::app::{document, takeover};

fn main() {
    iclei_report::app::shell::install_panic_hook();
    let (deployment, edition) = (document::deployment(), document::edition());
    takeover::mount(move || leptos::view! { <App deployment edition/> });
}
