#!/usr/bin/env bash
# The speed benchmark of Gương sáng, in one command:
#
#   scripts/bench.sh [--no-build] [bench.mjs options: --runs N, --quick, --max-minutes M]
#
#   0. scripts/setup.sh --browser: Chromium and Playwright, if missing
#   1. scripts/dist.sh: the release build into dist/, with .gz/.br copies
#      (skipped with --no-build: dist/ is measured as it is)
#   2. node scripts/bench.mjs: serves dist/ on 127.0.0.1 (scripts/static-server.mjs),
#      drives Debian's Chromium through Playwright, and prints one markdown table:
#      first-load bytes, first card and first keystroke on a throttled phone,
#      keystroke/filter to paint with 13, 1,000 and 10,000 entries (synthetic,
#      scripts/synthetic-data.mjs), and memory and DOM size at 10,000.
#
# It measures and prints; it never fails on a number. It exits non-zero only
# when it cannot measure: the build failed, or no browser or Playwright
# (scripts/setup.sh --browser installs both).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

build=1
declare -a BENCH_ARGS=()
for arg in "$@"; do
  case "$arg" in
    --no-build) build=0 ;;
    --dist|--dist=*)
      echo "!!! bench.sh: --dist is for scripts/bench.mjs alone; bench.sh measures the dist/ it builds" >&2
      exit 2 ;;
    -h|--help) sed -n '2,17p' "$ROOT/scripts/bench.sh"; exit 0 ;;
    *) BENCH_ARGS+=("$arg") ;;
  esac
done

echo "==> bench: browser and Playwright (scripts/setup.sh --browser)"
"$ROOT/scripts/setup.sh" --browser \
  || { echo "!!! bench.sh: scripts/setup.sh --browser failed (see above)" >&2; exit 1; }

if [ "$build" -eq 1 ]; then
  echo "==> bench: release build (scripts/dist.sh)"
  "$ROOT/scripts/dist.sh" \
    || { echo "!!! bench.sh: scripts/dist.sh failed (see above); fix the build, or measure dist/ as it is with --no-build" >&2; exit 1; }
else
  echo "==> bench: --no-build: measuring dist/ as it is"
fi
[ -f "$ROOT/dist/index.html" ] \
  || { echo "!!! bench.sh: no dist/index.html; run without --no-build, or scripts/dist.sh" >&2; exit 1; }

echo "==> bench: node scripts/bench.mjs${BENCH_ARGS[*]+ ${BENCH_ARGS[*]}} (progress on stderr, the table at the end)"
exec node "$ROOT/scripts/bench.mjs" --dist "$ROOT/dist" ${BENCH_ARGS[@]+"${BENCH_ARGS[@]}"}
