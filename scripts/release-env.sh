# Sourced (not run) by scripts/test.sh and `scripts/serve.sh --release` before
# Trunk's release build: picks the toolchain that builds the shipped wasm.
#
# Why: the first load must stay under 150 KB gzip on a rural 3G phone. On
# stable Rust the wasm carries std's panic and formatting machinery, prebuilt
# for speed, about 19 KB gzip of it. The nightly installed beside stable on
# these machines can rebuild std for size (-Zbuild-std, std's
# optimize_for_size) and abort on a panic without formatting a message. The
# app never shows a panic message: with `panic = "abort"` it was lost anyway.
#
# Falls back to stable, with a warning, when there is no nightly with rust-src:
# the build and every test still work, only about 20 KB heavier (about 165 KB).
# GS_RELEASE_TOOLCHAIN=stable forces the stable build.
#
# Only Trunk's wasm build sees these variables: cargo fmt, clippy and test stay
# on stable, and dev builds (`scripts/serve.sh`) are untouched.

_gs_release_env() {
  if [ "${GS_RELEASE_TOOLCHAIN:-nightly}" = "stable" ]; then
    echo "==> release toolchain: stable (GS_RELEASE_TOOLCHAIN=stable)"
    return 0
  fi
  local fallback="release toolchain: stable; the first load will be about 15 KB gzip over its 150 KB budget"
  if ! rustup run nightly rustc --version >/dev/null 2>&1; then
    echo "!!! WARNING: no nightly toolchain ($fallback)" >&2
    return 0
  fi
  if ! rustup component list --toolchain nightly --installed 2>/dev/null | grep -q '^rust-src'; then
    echo "    nightly has no rust-src; rustup component add rust-src --toolchain nightly"
    if ! rustup component add rust-src --toolchain nightly; then
      echo "!!! WARNING: cannot add rust-src to nightly ($fallback)" >&2
      return 0
    fi
  fi
  export RUSTUP_TOOLCHAIN=nightly
  export CARGO_UNSTABLE_BUILD_STD="std,panic_abort"
  export CARGO_UNSTABLE_BUILD_STD_FEATURES="optimize_for_size"
  # RUSTFLAGS replaces the rustflags of .cargo/config.toml, so it repeats
  # `--cfg erase_components` from there. Trunk builds with --target, so these
  # reach only the wasm, not build scripts or proc macros.
  export RUSTFLAGS="--cfg erase_components -Zunstable-options -Cpanic=immediate-abort -Zfmt-debug=none -Zlocation-detail=none"
  echo "==> release toolchain: $(rustup run nightly rustc --version) with -Zbuild-std (size); GS_RELEASE_TOOLCHAIN=stable to use stable"
}
_gs_release_env
