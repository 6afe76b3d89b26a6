//! Build step (Trunk's pre_build hook, `scripts/prerender.sh`): renders the
//! first screen of a data file for `index.html`.
//!
//!     cargo run --bin prerender -- public/data/guong-sang.json target/prerender

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [data, out] = args.as_slice() else {
        eprintln!("usage: prerender DATA.json OUT_DIR");
        return ExitCode::from(2);
    };
    let text = match std::fs::read_to_string(data) {
        Ok(text) => text,
        Err(e) => {
            eprintln!("prerender: cannot read {data}: {e}");
            return ExitCode::FAILURE;
        }
    };
    let screen = guong_sang::prerender::render(&text);
    let out = PathBuf::from(out);
    let written = std::fs::create_dir_all(&out)
        .and_then(|()| std::fs::write(out.join("head.html"), &screen.head))
        .and_then(|()| std::fs::write(out.join("body.html"), &screen.body));
    if let Err(e) = written {
        eprintln!("prerender: cannot write to {}: {e}", out.display());
        return ExitCode::FAILURE;
    }
    println!(
        "prerender: first screen of {data} ({} bytes) into {}",
        screen.body.len(),
        out.display()
    );
    ExitCode::SUCCESS
}
