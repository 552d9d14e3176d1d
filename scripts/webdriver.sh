#!/usr/bin/env bash
# The interview's path in Firefox and WebKit over WebDriver (tests/webdriver/), against the
# release build in dist/. MiniBrowser (WebKitGTK) needs a display: xvfb-run gives it one.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
[ -f dist/index.html ] || { echo "dist/ is missing: run trunk build --release first" >&2; exit 1; }
exec xvfb-run -a --server-args="-screen 0 1280x1024x24" node --test --test-concurrency=1 tests/webdriver/
