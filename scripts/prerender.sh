#!/usr/bin/env bash
# Trunk pre_build hook (Trunk.toml): renders the first screen of the bundled
# data into target/prerender/, which index.html pastes in, so the page shows
# real cards before any wasm runs (src/prerender.rs says how).
#
# The renderer runs on this machine, not in the browser: the release wasm's
# toolchain variables (scripts/release-env.sh) are for the wasm only.
set -euo pipefail
cd "${TRUNK_SOURCE_DIR:-$(dirname "${BASH_SOURCE[0]}")/..}"
exec env -u RUSTFLAGS -u CARGO_UNSTABLE_BUILD_STD -u CARGO_UNSTABLE_BUILD_STD_FEATURES \
  cargo run --quiet --bin prerender -- public/data/guong-sang.json target/prerender
