#!/usr/bin/env bash
# Builds Gương sáng and serves it with live reload at http://127.0.0.1:8080/.
#
#   scripts/serve.sh             # DEV build (debug wasm, no wasm-opt): fast rebuilds
#   scripts/serve.sh --release   # release build, as scripts/test.sh and the site use
#
# Any other arguments are passed on to `trunk serve`. Stop with Ctrl-C.
# Another port: SERVE_PORT=8081 scripts/serve.sh
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

# shellcheck source=scripts/setup.sh
source "$ROOT/scripts/setup.sh" --   # "--": do not hand our arguments to setup.sh

ADDRESS=127.0.0.1
PORT="${SERVE_PORT:-8080}"
mode="dev (debug build, no wasm-opt)"
for arg in "$@"; do
  if [ "$arg" = "--release" ]; then
    mode="release (optimised, wasm-opt -Oz)"
    # shellcheck source=scripts/release-env.sh
    source "$ROOT/scripts/release-env.sh"
  fi
done

echo "==> trunk serve: $mode build"
echo "==> URL: http://$ADDRESS:$PORT/   (first build can take several minutes)"
exec trunk serve --address "$ADDRESS" --port "$PORT" "$@"
