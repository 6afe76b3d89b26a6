#!/usr/bin/env bash
# Installs (if missing) the tools that build and test Gương sáng, and puts them
# on PATH.
#
#   scripts/setup.sh [--browser]          # run: install/check only
#   source scripts/setup.sh [--browser]   # same, and the caller's PATH gets the tools
#
# Always:      the toolchain of rust-toolchain.toml (dated nightly, rustfmt,
#              clippy, rust-src, wasm32 target),
#              trunk $TRUNK_VERSION (cargo install),
#              wasm-bindgen-cli at the version of `wasm-bindgen` in Cargo.lock
#              (Trunk only uses a wasm-bindgen on PATH of exactly that version;
#              otherwise it tries to download one, which fails here),
#              wasm-opt from the npm package binaryen@$BINARYEN_VERSION in .tools/,
#              terser@$TERSER_VERSION in .tools/ (minifies the JS glue, release).
# --browser:   Debian's chromium + chromium-driver (apt) and `npm ci` in e2e/.
#
# Idempotent: each step checks what is there and skips when it is right.
# Every step prints a `==> ` line; a failure says which step failed.

# Everything that can fail runs in a subshell with `set -euo pipefail`, so a
# failure never kills an interactive shell that sourced this file; PATH is set
# in the caller's shell afterwards (it is the same fixed list of directories).

_GS_SETUP_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

_gs_setup_main() (
  set -euo pipefail

  ROOT="$_GS_SETUP_ROOT"
  TRUNK_VERSION="0.21.14"
  BINARYEN_VERSION="132.0.0"       # npm package; ships bin/wasm-opt (runs on node)
  TERSER_VERSION="5.51.4"          # npm package; minifies the JS glue (scripts/post-build.mjs)
  TOOLS="$ROOT/.tools"
  CARGO_BIN="${CARGO_HOME:-$HOME/.cargo}/bin"
  export PATH="$TOOLS/binaryen/node_modules/.bin:$CARGO_BIN:$PATH"
  export DEBIAN_FRONTEND=noninteractive

  want_browser=0
  for arg in "$@"; do
    case "$arg" in
      --browser) want_browser=1 ;;
      --) ;;
      -h|--help) sed -n '2,17p' "$ROOT/scripts/setup.sh"; exit 0 ;;
      *) echo "setup.sh: unknown argument: $arg" >&2; exit 2 ;;
    esac
  done

  step() { echo "==> setup: $*"; }
  die() { echo "!!! setup FAILED: $*" >&2; exit 1; }
  have() { command -v "$1" >/dev/null 2>&1; }

  APT_UPDATED=0
  apt_install() {
    local SUDO=""
    if [ "$(id -u)" -ne 0 ]; then
      have sudo || die "need root (or sudo) to apt-get install $*"
      SUDO="sudo"
    fi
    have apt-get || die "apt-get not found; install $* by hand"
    if [ "$APT_UPDATED" -eq 0 ]; then
      echo "    apt-get update"
      $SUDO apt-get update -qq </dev/null || die "apt-get update"
      APT_UPDATED=1
    fi
    echo "    apt-get install -y $*"
    $SUDO apt-get install -y -q "$@" </dev/null || die "apt-get install $*"
  }

  # --- Rust toolchain -------------------------------------------------------
  # rust-toolchain.toml pins the toolchain (a dated nightly: the release wasm
  # rebuilds std for size), with rustfmt, clippy, rust-src and the wasm target.
  step "rust toolchain (rust-toolchain.toml)"
  have cargo || die "cargo not found (looked on PATH and in $CARGO_BIN); install Rust with rustup first"
  have rustup || die "rustup not found; it installs the toolchain pinned in rust-toolchain.toml"
  (cd "$ROOT" && rustup toolchain install) || die "rustup toolchain install (rust-toolchain.toml)"
  echo "    $(cd "$ROOT" && rustc --version)"

  # cargo_install_exact CRATE BIN VERSION MINUTES [cargo install flags...]:
  # installs CRATE unless `BIN --version` already reports VERSION, then checks
  # that the BIN on PATH is that version.
  cargo_install_exact() {
    local crate="$1" bin="$2" version="$3" minutes="$4" current force=""
    shift 4
    current="$("$bin" --version 2>/dev/null | awk '{print $2}' || true)"
    if [ "$current" = "$version" ]; then
      echo "    present"
      return 0
    fi
    echo "    found: ${current:-none}; cargo install $crate --version $version $* (slow: ~$minutes min)"
    [ -n "$current" ] && force="--force"
    # From outside the project, so rust-toolchain.toml does not apply: the
    # pinned nightly's cargo resolves an install from the crate's own lock
    # file even without --locked, which can name versions the registry here
    # lacks (seen with wasm-bindgen-cli 0.2.130); the machine's default
    # toolchain resolves afresh.
    (cd / && cargo install "$crate" --version "$version" "$@" $force) \
      || die "cargo install $crate --version $version $*"
    [ "$("$bin" --version | awk '{print $2}')" = "$version" ] \
      || die "$bin --version does not report $version after install (is another one earlier on PATH? $(command -v "$bin"))"
  }

  # --- trunk ----------------------------------------------------------------
  step "trunk $TRUNK_VERSION"
  cargo_install_exact trunk trunk "$TRUNK_VERSION" 15 --locked

  # --- wasm-bindgen-cli -----------------------------------------------------
  [ -f "$ROOT/Cargo.lock" ] || die "Cargo.lock not found in $ROOT; cannot tell which wasm-bindgen-cli to install"
  WBG_VERSION="$(awk '
      /^\[\[package\]\]/ { name = "" }
      /^name = "wasm-bindgen"$/ { name = "wasm-bindgen"; next }
      name == "wasm-bindgen" && /^version = / { gsub(/"/, "", $3); print $3; exit }
    ' "$ROOT/Cargo.lock")"
  [ -n "$WBG_VERSION" ] || die "no wasm-bindgen package in Cargo.lock"
  step "wasm-bindgen-cli $WBG_VERSION (the version in Cargo.lock)"
  # Not --locked: wasm-bindgen-cli's own lock file can need a newer rustc.
  cargo_install_exact wasm-bindgen-cli wasm-bindgen "$WBG_VERSION" 6

  # --- node / npm (for wasm-opt and Playwright) ------------------------------
  step "node and npm"
  if ! have node || ! have npm; then
    apt_install nodejs npm
  fi
  { have node && have npm; } || die "node/npm not available"
  echo "    node $(node --version), npm $(npm --version)"

  # --- wasm-opt (binaryen from npm, in .tools/) ------------------------------
  step "wasm-opt from npm binaryen@$BINARYEN_VERSION in .tools/binaryen"
  want="version_${BINARYEN_VERSION%%.*}"
  current="$(wasm-opt --version 2>/dev/null | awk '{print $4}' | tr -d '()' || true)"
  if [ "$current" = "$want" ] && [ "$(command -v wasm-opt)" = "$TOOLS/binaryen/node_modules/.bin/wasm-opt" ]; then
    echo "    present"
  else
    mkdir -p "$TOOLS/binaryen"
    npm install --prefix "$TOOLS/binaryen" --no-audit --no-fund --no-package-lock --save-exact \
      "binaryen@$BINARYEN_VERSION" </dev/null || die "npm install binaryen@$BINARYEN_VERSION"
    [ "$(command -v wasm-opt)" = "$TOOLS/binaryen/node_modules/.bin/wasm-opt" ] \
      || die "wasm-opt is not $TOOLS/binaryen/node_modules/.bin/wasm-opt after install"
    wasm-opt --version >/dev/null || die "wasm-opt --version"
  fi
  echo "    $(wasm-opt --version)"

  # --- terser (npm, in .tools/), for the release build's JS glue ------------
  step "terser@$TERSER_VERSION in .tools/terser"
  terser_pkg="$TOOLS/terser/node_modules/terser/package.json"
  if [ -f "$terser_pkg" ] && grep -q "\"version\": \"$TERSER_VERSION\"" "$terser_pkg"; then
    echo "    present"
  else
    mkdir -p "$TOOLS/terser"
    npm install --prefix "$TOOLS/terser" --no-audit --no-fund --no-package-lock --save-exact \
      "terser@$TERSER_VERSION" </dev/null || die "npm install terser@$TERSER_VERSION"
    [ -f "$terser_pkg" ] || die "terser is not in $TOOLS/terser after install"
  fi

  [ "$want_browser" -eq 1 ] || exit 0

  # --- browser tests --------------------------------------------------------
  step "python3 (serves dist/ for the browser tests)"
  if ! have python3; then
    apt_install python3
  fi
  echo "    $(python3 --version)"

  step "chromium + chromium-driver (Debian)"
  if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
    echo "    present"
  else
    apt_install chromium chromium-driver
    [ -x /usr/bin/chromium ] || die "/usr/bin/chromium missing after apt-get install chromium"
  fi
  echo "    $(/usr/bin/chromium --version 2>/dev/null || echo 'chromium --version failed')"

  step "npm ci in e2e/ (Playwright; no browser download)"
  E2E="$ROOT/e2e"
  [ -f "$E2E/package-lock.json" ] || die "$E2E/package-lock.json missing"
  stamp="$E2E/node_modules/.setup-stamp"
  lock_hash="$(sha256sum "$E2E/package.json" "$E2E/package-lock.json" | sha256sum | awk '{print $1}')"
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$lock_hash" ] && [ -x "$E2E/node_modules/.bin/playwright" ]; then
    echo "    up to date with package-lock.json"
  else
    (cd "$E2E" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund </dev/null) \
      || die "npm ci in $E2E"
    echo "$lock_hash" >"$stamp"
  fi
  echo "    $("$E2E/node_modules/.bin/playwright" --version)"
)

if _gs_setup_main "$@"; then
  export PATH="$_GS_SETUP_ROOT/.tools/binaryen/node_modules/.bin:${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
  export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
  export TRUNK_SKIP_VERSION_CHECK=true
  echo "==> setup: done"
  (return 0 2>/dev/null) && return 0 || exit 0
else
  _gs_rc=$?
  echo "!!! setup.sh failed (exit $_gs_rc); see the message above" >&2
  (return 0 2>/dev/null) && return "$_gs_rc" || exit "$_gs_rc"
fi
