#!/usr/bin/env bash
# Trunk post_build hook (Trunk.toml): builds the presentation page
# (presentation/, src/presentation.rs: slideshow and posters) with the same
# profile and copies it into the list's build as trinh-chieu/, where the
# list links to it (src/site_paths.rs). A second Trunk build because Trunk
# builds one HTML page per run, and the phone's first load of the list must
# not carry the slideshow or the QR encoder (README, size ledger).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
: "${TRUNK_STAGING_DIR:?run me from Trunk (see Trunk.toml)}"

DIR="trinh-chieu"   # site_paths::PRESENTATION_DIR
OUT="$ROOT/target/presentation-dist"
declare -a profile=()
[ "${TRUNK_PROFILE:-debug}" = "release" ] && profile=(--release)
# The list's public URL with the folder added; a relative one (./) stays
# relative, which from inside the folder is the folder itself.
public_url="${TRUNK_PUBLIC_URL:-/}"
case "$public_url" in */) ;; *) public_url="$public_url/" ;; esac
case "$public_url" in
  /* | http://* | https://*) public_url="$public_url$DIR/" ;;
  *) public_url="./" ;;
esac

trunk build "${profile[@]}" --config presentation/Trunk.toml \
  --dist "$OUT" --public-url "$public_url"
rm -rf "${TRUNK_STAGING_DIR:?}/$DIR"
cp -R "$OUT" "$TRUNK_STAGING_DIR/$DIR"
echo "presentation: built into $DIR/"
