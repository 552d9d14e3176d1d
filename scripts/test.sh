#!/usr/bin/env bash
# Runs every test layer: formatting and lints, native domain tests, browser tests of the storage
# adapter (wasm-bindgen-test in headless Chromium), and Playwright end-to-end tests of the
# release build. Installs whatever is missing first.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh test
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "format and lints"
cargo fmt --all -- --check
cargo clippy --all-targets --locked -- -D warnings
# The build tool that splits the release wasm (its own workspace).
cargo fmt --manifest-path tools/split/Cargo.toml -- --check
cargo clippy --manifest-path tools/split/Cargo.toml --locked -- -D warnings

step "native tests (domain, i18n, storage rules)"
cargo test --locked

step "browser tests (storage adapter and files in headless Chromium)"
CHROMEDRIVER=/usr/bin/chromedriver WASM_BINDGEN_TEST_TIMEOUT=120 \
  cargo test --locked --target wasm32-unknown-unknown --test browser

step "release build"
trunk build --release --locked

step "end-to-end tests (Playwright, release build served from a sub-path)"
npx playwright test
