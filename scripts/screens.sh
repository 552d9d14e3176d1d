#!/usr/bin/env bash
# Takes screenshots of every screen at 768×1024 and 1024×768, in English and Dutch, into
# target/screens/ (see tests/screens/screens.spec.ts). Builds the release first when missing.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh test
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
[ -f dist/index.html ] || trunk build --release --locked
rm -rf target/screens
npx playwright test -c playwright.screens.config.ts "$@"
ls target/screens
