#!/usr/bin/env bash
# Makes tests/fixtures/<prefix>-typical.json and -heavy.json by driving a release build of the
# app through two whole interviews (see tests/fixtures/make/fixtures.spec.ts).
#   FIXTURE_PREFIX=store-v2 scripts/make-fixtures.sh
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh test
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
[ -f dist/index.html ] || trunk build --release --locked
npx playwright test -c playwright.fixtures.config.ts
