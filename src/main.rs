use guong_sang::app::App;

fn main() {
    leptos::mount::mount_to_body(App);
}
