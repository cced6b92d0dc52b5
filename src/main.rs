use iclei_report::app::Deployment;

fn main() {
    iclei_report::app::install_panic_hook();
    iclei_report::app::mount(Deployment::from_document());
}
