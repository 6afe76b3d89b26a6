#!/usr/bin/env bash
# Builds the deployable site of Gương sáng in dist/: the one command to run
# before uploading.
#
#   scripts/dist.sh                              # for the root of a host: https://host/
#   scripts/dist.sh --public-url /xa-hanh-son/   # for a sub-folder: https://host/xa-hanh-son/
#   scripts/dist.sh --public-url ./              # relative URLs: any folder, chosen later
#
#   0. setup (tools; no browser)                  scripts/setup.sh
#   1. trunk build --release [--public-url PATH]  -> dist/
#      (flags: scripts/release-env.sh; toolchain: rust-toolchain.toml)
#   2. size budget                                node scripts/size-check.mjs dist
#      (fails when a first load is over 150 KB gzip)
#   3. .gz and .br copies beside each file        node scripts/compress.mjs dist
#
# --public-url (Trunk's option; default: public_url in Trunk.toml, "/") is the
# URL path that index.html puts before the JS, wasm, CSS and icon it loads:
# - "/xa-hanh-son/" (absolute path): the site works only at that path. Trunk
#   adds a missing trailing slash ("/xa-hanh-son" becomes "/xa-hanh-son/").
# - "./" (relative): the same dist/ works in any folder, but the page must be
#   opened at the folder's URL with its trailing slash (".../xa-hanh-son/",
#   which most servers redirect to), or as ".../index.html".
# The data file is fetched relative to the page (src/api.rs) and the view
# lives in the query string, so neither needs the public URL.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

usage() { sed -n '2,24p' "$ROOT/scripts/dist.sh"; }

declare -a TRUNK_ARGS=()
PUBLIC_URL=""
while [ "$#" -gt 0 ]; do
  case "$1" in
    --public-url)
      [ "$#" -ge 2 ] && [ -n "$2" ] || { echo "!!! dist.sh: --public-url needs a path, e.g. /xa-hanh-son/" >&2; exit 2; }
      PUBLIC_URL="$2"; shift 2 ;;
    --public-url=*)
      PUBLIC_URL="${1#--public-url=}"
      [ -n "$PUBLIC_URL" ] || { echo "!!! dist.sh: --public-url needs a path, e.g. /xa-hanh-son/" >&2; exit 2; }
      shift ;;
    -h|--help) usage; exit 0 ;;
    *) echo "!!! dist.sh: unknown argument: $1 (see scripts/dist.sh --help)" >&2; exit 2 ;;
  esac
done
# A full URL would make the page load its files from another origin, which the
# size check does not count (and the app is meant to load nothing from afar).
case "$PUBLIC_URL" in
  *://*|//*)
    echo "!!! dist.sh: give --public-url a path such as /xa-hanh-son/ or ./, not a full URL" >&2
    exit 2 ;;
esac
if [ -n "$PUBLIC_URL" ]; then
  # Trunk adds a missing final "/" too; adding it here makes the messages say so.
  case "$PUBLIC_URL" in */) ;; *) PUBLIC_URL="$PUBLIC_URL/" ;; esac
  TRUNK_ARGS+=(--public-url "$PUBLIC_URL")
  shown_url="$PUBLIC_URL"
elif [ -n "${TRUNK_BUILD_PUBLIC_URL:-}" ]; then
  shown_url="$TRUNK_BUILD_PUBLIC_URL (from TRUNK_BUILD_PUBLIC_URL)"
else
  shown_url="$(sed -n 's/^public_url *= *"\(.*\)".*/\1/p' "$ROOT/Trunk.toml" | head -n 1)"
  shown_url="${shown_url:-/} (Trunk.toml)"
fi

T0=$SECONDS
echo "==> [0/3] setup (tools; no browser)"
# shellcheck source=scripts/setup.sh
source "$ROOT/scripts/setup.sh" --   # "--": do not hand our arguments to setup.sh

echo
echo "==> [1/3] trunk build --release, public URL $shown_url"
# In a subshell, so that only Trunk sees the release toolchain's variables.
(
  # shellcheck source=scripts/release-env.sh
  source "$ROOT/scripts/release-env.sh"
  trunk build --release ${TRUNK_ARGS[@]+"${TRUNK_ARGS[@]}"}
) || { echo "!!! dist.sh: trunk build --release failed (see above)" >&2; exit 1; }
[ -f "$ROOT/dist/index.html" ] || { echo "!!! dist.sh: the build left no dist/index.html" >&2; exit 1; }

echo
echo "==> [2/3] size budget: what a first load fetches (node scripts/size-check.mjs dist)"
node "$ROOT/scripts/size-check.mjs" "$ROOT/dist" \
  || { echo "!!! dist.sh: the first load is over its budget (see above); dist/ is not fit to publish" >&2; exit 1; }

echo
echo "==> [3/3] .gz and .br copies (node scripts/compress.mjs dist)"
node "$ROOT/scripts/compress.mjs" "$ROOT/dist"

count="$(find "$ROOT/dist" -type f | wc -l)"
size="$(du -sh "$ROOT/dist" | cut -f1)"
echo
echo "==> done in $((SECONDS - T0))s: $ROOT/dist/ ($count files, $size)"
echo "    Upload the CONTENTS of dist/ (index.html at the top, with data/ and the"
echo "    .gz/.br copies) to the folder the site serves at public URL $shown_url."
echo "    Recipes for nginx, GitHub/GitLab/Cloudflare Pages: README.md, section Deploy."
