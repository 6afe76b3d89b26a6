fn main() {
    guong_sang::start::start();
}
