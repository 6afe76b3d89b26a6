# Sourced (not run) by scripts/test.sh, scripts/dist.sh and
# `scripts/serve.sh --release` before Trunk's release build.
#
# The toolchain is the dated nightly pinned in rust-toolchain.toml, so the
# same commit gives the same bytes on any machine. These variables let the
# release wasm rebuild std for size and abort on a panic without formatting
# a message (the app never shows panic messages): see the size ledger in the
# README. GS_STD_FOR_SIZE=0 turns them off (the prebuilt std, a larger wasm).
#
# Only Trunk's wasm build sees them: scripts/prerender.sh drops them for the
# native prerender, and fmt, clippy and `cargo test` never source this file.

if [ "${GS_STD_FOR_SIZE:-1}" = "0" ]; then
  echo "==> release: prebuilt std (GS_STD_FOR_SIZE=0)"
else
  export CARGO_UNSTABLE_BUILD_STD="std,panic_abort"
  export CARGO_UNSTABLE_BUILD_STD_FEATURES="optimize_for_size"
  # RUSTFLAGS replaces the rustflags of .cargo/config.toml, so it repeats
  # `--cfg erase_components` from there. Trunk builds with --target, so these
  # reach only the wasm, not build scripts or proc macros.
  export RUSTFLAGS="--cfg erase_components -Zunstable-options -Cpanic=immediate-abort -Zfmt-debug=none -Zlocation-detail=none"
  echo "==> release: $(rustc --version), std rebuilt for size (GS_STD_FOR_SIZE=0 to use the prebuilt std)"
fi
