#!/usr/bin/env bash
# The one command that runs every check of Gương sáng:
#
#   scripts/test.sh
#
#   0. setup (tools, Chromium, Playwright)            scripts/setup.sh --browser
#   1. cargo fmt --check
#   2. cargo clippy --all-targets -- -D warnings      (host target)
#   3. cargo test                                     (host target)
#   4. node --test scripts/tests/                     (the release build's Trunk hook,
#                                                      the size check, compress.mjs)
#   5. trunk build --release                          -> dist/
#      (flags: scripts/release-env.sh; toolchain: rust-toolchain.toml)
#   6. size budget: node scripts/size-check.mjs dist  (gzip -9 of what a first load
#      fetches; FAILS when over 150 KB)
#   7. Playwright tests (e2e/) against dist/, served by python3 -m http.server on
#      127.0.0.1 and a free port (Playwright's webServer starts and stops it)
#
# Every step runs even if an earlier one failed (except those that need the
# build), so one run shows every problem. Exits non-zero if any step failed.
# Logs of each step: target/test-logs/.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

T0=$SECONDS
echo "==> [0/7] setup"
# shellcheck source=scripts/setup.sh
source "$ROOT/scripts/setup.sh" --browser
SETUP_SECS=$((SECONDS - T0))

LOGS="$ROOT/target/test-logs"
mkdir -p "$LOGS"

declare -a SUMMARY=()
FAILED=0
TESTS_PASSED=0
TESTS_FAILED=0
TESTS_SKIPPED=0

# run_step N NAME LOGFILE CMD... : announce, run with output to the terminal and
# to LOGFILE, time it, record the result.
run_step() {
  local n="$1" name="$2" log="$3"; shift 3
  local start=$SECONDS rc=0
  echo
  echo "==> [$n/7] $name"
  "$@" 2>&1 | tee "$LOGS/$log" || rc=$?
  local secs=$((SECONDS - start))
  if [ "$rc" -eq 0 ]; then
    SUMMARY+=("$(printf '  %-4s %-44s %5ss' ok "$name" "$secs")")
  else
    SUMMARY+=("$(printf '  %-4s %-44s %5ss  (exit %s, log: %s)' FAIL "$name" "$secs" "$rc" "target/test-logs/$log")")
    FAILED=1
    echo "!!! step failed: $name (exit $rc)"
  fi
  return "$rc"
}

skip_step() {
  local n="$1" name="$2" why="$3"
  echo
  echo "==> [$n/7] $name: SKIPPED ($why)"
  SUMMARY+=("$(printf '  %-4s %-44s %6s  (%s)' SKIP "$name" "-" "$why")")
  FAILED=1
}

# 1. formatting
run_step 1 "cargo fmt --check" fmt.log cargo fmt --check || true

# 2. lints (host target; the crate also compiles natively)
run_step 2 "cargo clippy --all-targets -- -D warnings" clippy.log \
  cargo clippy --all-targets -- -D warnings || true

# 3. unit/integration tests (host target)
if run_step 3 "cargo test" cargo-test.log cargo test; then :; fi
while read -r p f; do
  TESTS_PASSED=$((TESTS_PASSED + p)); TESTS_FAILED=$((TESTS_FAILED + f))
done < <(sed -n 's/^test result: [A-Za-z]*\. \([0-9][0-9]*\) passed; \([0-9][0-9]*\) failed;.*/\1 \2/p' "$LOGS/cargo-test.log")
while read -r s; do
  TESTS_SKIPPED=$((TESTS_SKIPPED + s))
done < <(sed -n 's/^test result: .*; \([0-9][0-9]*\) ignored;.*/\1/p' "$LOGS/cargo-test.log")

# 4. the release hook's parts (node's built-in test runner)
if run_step 4 "node --test scripts/tests/ (release hook)" hook-test.log \
    node --test --test-reporter=tap "$ROOT/scripts/tests/"; then :; fi
node_count() {
  local n
  n="$(sed -n "s/^# $1 \([0-9][0-9]*\)$/\1/p" "$LOGS/hook-test.log" | tail -n 1)"
  echo "${n:-0}"
}
TESTS_PASSED=$((TESTS_PASSED + $(node_count pass)))
TESTS_FAILED=$((TESTS_FAILED + $(node_count fail)))

# 5. release build -> dist/, in a subshell so that only Trunk sees the
# release toolchain's variables
BUILD_OK=0
release_build() (
  # shellcheck source=scripts/release-env.sh
  source "$ROOT/scripts/release-env.sh"
  trunk build --release
)
if run_step 5 "trunk build --release" trunk-build.log release_build; then
  if [ -f "$ROOT/dist/index.html" ]; then
    BUILD_OK=1
  else
    echo "!!! trunk build succeeded but dist/index.html is missing"
    FAILED=1
  fi
fi

# 6. size budget: what a first load fetches, gzip -9, against 150 KB
# (the budget is declared in scripts/size-check.mjs)
if [ "$BUILD_OK" -eq 1 ]; then
  if run_step 6 "size budget (first load <= 150 KB gzip)" size-check.log \
      node "$ROOT/scripts/size-check.mjs" "$ROOT/dist"; then :; fi
else
  skip_step 6 "size budget (first load <= 150 KB gzip)" "no dist/: the release build failed"
fi

# 7. browser tests
if [ "$BUILD_OK" -eq 1 ]; then
  if run_step 7 "playwright tests (e2e/, against dist/)" playwright.log \
      bash -c 'cd "$1/e2e" && exec ./node_modules/.bin/playwright test' _ "$ROOT"; then :; fi
  # list reporter summary lines, e.g. "  3 passed (4.1s)", "  1 failed", "  2 skipped"
  pw() {
    local n
    n="$(sed -n "s/^ *\([0-9][0-9]*\) $1\b.*/\1/p" "$LOGS/playwright.log" | tail -n 1)"
    echo "${n:-0}"
  }
  TESTS_PASSED=$((TESTS_PASSED + $(pw passed)))
  TESTS_FAILED=$((TESTS_FAILED + $(pw failed) + $(pw flaky)))
  TESTS_SKIPPED=$((TESTS_SKIPPED + $(pw skipped)))
else
  skip_step 7 "playwright tests (e2e/, against dist/)" "no dist/: the release build failed"
fi

echo
echo "==> summary ($((SECONDS - T0))s in all; setup ${SETUP_SECS}s)"
printf '%s\n' "${SUMMARY[@]}"
if [ "$FAILED" -ne 0 ]; then
  echo "!!! scripts/test.sh: FAILED"
else
  echo "==> scripts/test.sh: all steps passed"
fi
# Plain closing line: tests run by cargo test, node --test and Playwright.
echo "tests: $TESTS_PASSED passed, $TESTS_FAILED failed, $TESTS_SKIPPED skipped"
exit "$FAILED"
