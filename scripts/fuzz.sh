#!/usr/bin/env bash
# Runs every fuzz target for SECS seconds each (default 600) on its corpus
# (fuzz/corpus/<target>, committed), with cargo-fuzz on the stable toolchain:
# RUSTC_BOOTSTRAP=1 and --sanitizer none (the one toolchain here is stable).
# A crash stops the script; the input lands in fuzz/artifacts/<target>/ and
# becomes a regression test. Prints each target's execution count.
#
# Usage: scripts/fuzz.sh [SECS] [TARGET...]
set -euo pipefail
cd "$(dirname "$0")/.."
secs="${1:-600}"
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(parse_reply request target settings title)
command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked --version 0.13.2
export RUSTC_BOOTSTRAP=1
cargo fuzz build --sanitizer none -O
for t in "${targets[@]}"; do
  mkdir -p "fuzz/corpus/$t"
  log="fuzz/target-$t.log"
  cargo fuzz run --sanitizer none -O "$t" "fuzz/corpus/$t" -- \
    -max_total_time="$secs" -timeout=5 -rss_limit_mb=1024 -print_final_stats=1 >"$log" 2>&1 || {
    echo "== $t: FAILED (see $log and fuzz/artifacts/$t/)" >&2
    tail -30 "$log" >&2
    exit 1
  }
  runs=$(awk '/stat::number_of_executed_units/ { print $2 }' "$log" | tail -1)
  echo "== $t: ${runs:-?} executions in ${secs} s, no crash"
done
