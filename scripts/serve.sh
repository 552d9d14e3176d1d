#!/usr/bin/env bash
# Builds and serves the app on http://127.0.0.1:8080, installing whatever is missing first.
# Pass --release to serve the size-optimised build.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh build
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
exec trunk serve "$@"
