#!/usr/bin/env bash
# The benchmark: builds the release, drives headless Chromium through it and prints a Markdown
# table of bytes, start-up, typing and import figures (also written to target/bench.md).
# Not part of the test command. BENCH_RUNS sets the runs per figure (default 9; start-up takes
# three times as many, or BENCH_START_RUNS);
# BENCH_LIGHTHOUSE=1 adds Lighthouse 12 (mobile) over the brotli copies, fetched by npx.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh test
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
trunk build --release --locked >/dev/null
node scripts/bench.mjs
