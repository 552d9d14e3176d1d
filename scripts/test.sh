#!/usr/bin/env bash
# Runs every test layer: formatting and lints, native domain tests, browser tests of the storage
# adapter (wasm-bindgen-test in headless Chromium and Firefox), Playwright end-to-end tests of
# the release build in Chromium, and the interview's path in Firefox and WebKit over WebDriver.
# Installs whatever is missing first.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh test
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

# Each step says when it starts, in seconds since the run began: the timings in docs/testing.md.
step() { printf '\n\033[1m== %s\033[0m (at %d s)\n' "$*" "$SECONDS"; }

step "format and lints"
cargo fmt --all -- --check
cargo clippy --all-targets --locked -- -D warnings
# The build tool that splits the release wasm (its own workspace).
cargo fmt --manifest-path tools/split/Cargo.toml -- --check
cargo clippy --manifest-path tools/split/Cargo.toml --locked -- -D warnings

step "native tests (domain, i18n, storage rules)"
cargo test --locked

step "browser tests (storage adapter, files, Web Crypto in headless Chromium)"
CHROMEDRIVER=/usr/bin/chromedriver WASM_BINDGEN_TEST_TIMEOUT=120 \
  cargo test --locked --target wasm32-unknown-unknown --test browser

step "browser tests again, in headless Firefox ESR"
GECKODRIVER="$(command -v geckodriver)" WASM_BINDGEN_TEST_TIMEOUT=120 \
  cargo test --locked --target wasm32-unknown-unknown --test browser

step "release build"
trunk build --release --locked

step "end-to-end tests (Playwright, release build served from a sub-path)"
npx playwright test

step "the interview's path in Firefox and WebKit (WebDriver)"
scripts/webdriver.sh

step "all layers passed"
