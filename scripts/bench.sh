#!/usr/bin/env bash
# Benchmarks (figures, not pass/fail), inside a loopback-only network namespace.
set -euo pipefail
cd "$(dirname "$0")/.."
tests/peers/setup.sh target/peers-venv >/dev/null
export LANSCOUT_PEERS_VENV="$PWD/target/peers-venv"
cargo bench --no-run --bench discovery
exec unshare --net -- sh -c 'ip link set lo up && exec cargo bench --offline --bench discovery'
