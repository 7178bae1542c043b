#!/usr/bin/env bash
# Every performance figure, LanScout beside the stock Python packages, in one
# command: prints a table and writes bench/RESULTS.md. Runs inside a fresh
# network namespace (`unshare --net`) and builds its own labs inside it;
# nothing reaches the real network. Root is needed for the labs (without it
# only the loopback figures are measured). `--long` adds the on-link /16
# sweep (about 6.5 minutes).
#
# As root it sets net.core.rmem_max to Debian's default (212992) for the
# run and puts the old value back: the unprivileged burst figures are then
# those of a stock desktop.
set -euo pipefail
cd "$(dirname "$0")/.."
tests/peers/setup.sh target/peers-venv >/dev/null
export LANSCOUT_PEERS_VENV="$PWD/target/peers-venv"
export LANSCOUT_BENCH_HELPERS="$PWD/target/bench-helpers"
mkdir -p "$LANSCOUT_BENCH_HELPERS"
for c in floor_responder burst_responder; do
  cc -O2 -Wall -o "$LANSCOUT_BENCH_HELPERS/$c" "bench/c/$c.c"
done
cargo build --release
cargo bench --no-run --bench bench
if [ "$(id -u)" = 0 ]; then
  old_rmem=$(cat /proc/sys/net/core/rmem_max)
  trap 'sysctl -qw net.core.rmem_max="$old_rmem"' EXIT
  sysctl -qw net.core.rmem_max=212992
  # uid nobody runs the unprivileged scans: it must reach the binary.
  chmod o+rx target target/release 2>/dev/null || true
fi
unshare --net -- sh -c 'ip link set lo up && exec cargo bench --offline --bench bench -- "$@"' sh "$@"
