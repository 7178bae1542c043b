#!/usr/bin/env bash
# Issue 28's loaded runs: every test binary, in scripts/test.sh's two lanes
# (then the doc tests, then the flood alone), N times in a row, while a
# clone of this checkout builds from scratch beside them again and again
# (release, then the tests). The load average is sampled every 10 s.
#
# Needs what scripts/test.sh leaves behind: the debug test build, the .deb
# (scripts/deb.sh), the Windows build (scripts/windows.sh) and the peers'
# venv (target/peers-venv). Run as root (the suite's namespaces).
#
# Usage: scripts/loaded-runs.sh [RUNS] [OUTDIR]   (5, target/loaded-runs)
# Writes OUTDIR/run-K/{waiting,work,doc,alone}.log and summary,
# OUTDIR/load.log ("epoch load1" lines) and OUTDIR/times.
set -u
cd "$(dirname "$0")/.."
root=$PWD
runs=${1:-5}
out=$(realpath -m "${2:-target/loaded-runs}")
mkdir -p "$out"
rm -f "$out/stop" "$out/times"
export WGPU_BACKEND=vulkan LANSCOUT_PEERS_VENV="$root/target/peers-venv"

waiting=" windows lab firewall desktop gui_window wayland atspi packaging soak notifications "
lane_wait=(); lane_work=(--lib --bins); lane_alone=()
for t in $(cargo metadata --locked --offline --no-deps --format-version 1 |
             jq -r '.packages[0].targets[] | select(.kind[0] == "test") | .name'); do
  if [ "$t" = flood ]; then lane_alone+=(--test "$t")
  elif [[ "$waiting" == *" $t "* ]]; then lane_wait+=(--test "$t")
  else lane_work+=(--test "$t"); fi
done

one_run() {
  local dir=$1
  mkdir -p "$dir"
  unshare --net -- bash -c '
    ip link set lo up
    run_lane() { cargo test --locked --offline --features generate --no-fail-fast "$@"; }
    read -r -a w <<<"$1"; read -r -a k <<<"$2"; read -r -a a <<<"$3"; dir=$4
    run_lane "${w[@]}" -- --test-threads=4 >"$dir/waiting.log" 2>&1 &
    wp=$!
    run_lane "${k[@]}" -- --test-threads=4 >"$dir/work.log" 2>&1
    run_lane --doc >"$dir/doc.log" 2>&1
    wait $wp
    run_lane "${a[@]}" -- --test-threads=4 >"$dir/alone.log" 2>&1
  ' sh "${lane_wait[*]}" "${lane_work[*]}" "${lane_alone[*]}" "$dir"
  cat "$dir"/*.log | awk '/^test result:/ { p += $4; f += $6; i += $8; r++ }
    END { print p + 0, "passed", f + 0, "failed", i + 0, "ignored", r + 0, "binaries" }' >"$dir/summary"
  grep -h -E '^test .* FAILED' "$dir"/*.log | sort -u >>"$dir/summary"
}

# The cold build beside: a clone with a target of its own.
load=$out/clone
rm -rf "$load"
git clone -q "$root" "$load"
(
  cd "$load"
  while [ ! -e "$out/stop" ]; do
    cargo clean -q 2>/dev/null
    cargo build --release --locked -q >/dev/null 2>&1
    cargo test --locked --features generate --no-run -q >/dev/null 2>&1
  done
) &
builder=$!
(while [ ! -e "$out/stop" ]; do echo "$(date +%s) $(cut -d' ' -f1 /proc/loadavg)"; sleep 10; done) >"$out/load.log" &
sleep 60 # the build is under way before the first run

for i in $(seq 1 "$runs"); do
  s=$(date +%s)
  one_run "$out/run-$i"
  e=$(date +%s)
  # Load average over the run: mean and peak of the samples.
  stats=$(awk -v s="$s" -v e="$e" '$1 >= s && $1 <= e { n++; t += $2; if ($2 > m) m = $2 }
    END { if (n) printf "load mean %.1f, peak %.1f", t / n, m }' "$out/load.log")
  echo "run $i: $((e - s)) s, $stats; $(head -n 1 "$out/run-$i/summary")" | tee -a "$out/times"
done
touch "$out/stop"
pkill -f "$load/" 2>/dev/null
wait "$builder" 2>/dev/null
rm -rf "$load"
! grep -q ' [1-9][0-9]* failed' "$out/times"
