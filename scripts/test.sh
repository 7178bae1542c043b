#!/usr/bin/env bash
# The test command (README and .ci/run): installs what the tests need, builds,
# then runs the whole suite inside a fresh network namespace that has only
# loopback (`unshare --net`), so that no test can reach the real network.
# Tests that need more build their own namespaces inside it.
#
# Every test binary runs (--no-fail-fast), and the script fails when fewer
# tests ran than the build lists, when a test binary did not report, when a
# test is #[ignore]d without being on tests/ignored.allow, or when a
# snapshot or a file under dist/ changed. It refuses the variables that
# turn a check off: LANSCOUT_ALLOW_SKIP (lets a test that needs root skip
# itself; without it such a test fails), UPDATE_SNAPSHOTS (egui_kittest
# would re-record a failing snapshot and pass) and UPDATE_DIST
# (tests/i18n.rs would rewrite the desktop entry and AppStream file).
#
# Usage: scripts/test.sh [TESTNAME-FILTER...]   (a filter skips the count check)
set -euo pipefail
cd "$(dirname "$0")/.."

for v in LANSCOUT_ALLOW_SKIP UPDATE_SNAPSHOTS UPDATE_DIST; do
  if [ -n "${!v+x}" ]; then
    echo "refusing to run with $v set: it turns a check of the suite off (unset it)" >&2
    exit 2
  fi
done

# The licence and supply-chain tools (crates.io), built in the background
# while the Debian packages and the Python peers download: on a fresh
# machine each takes minutes of compiling.
mkdir -p target
tools_log=target/tools-install.log
(
  cargo deny --version >/dev/null 2>&1 || cargo install cargo-deny --locked --quiet
  cargo about --version >/dev/null 2>&1 || cargo install cargo-about --locked --features cli --quiet
) >"$tools_log" 2>&1 &
tools_pid=$!

# Debian packages the suite uses, checked by package status rather than by a
# proxy command or library (a fresh machine has the GL libraries but not the
# Vulkan driver the snapshot tests render with).
suite_pkgs=(
  iproute2 util-linux nftables jq              # namespaces, NAT lab, JSON
  python3 python3-venv                         # stock peers
  xvfb xauth x11-utils xdotool imagemagick tesseract-ocr   # real window, screenshot, OCR
  zbar-tools                                              # QR code decoder (zbarimg)
  libgl1 libegl1 libegl-mesa0 libgl1-mesa-dri libglx-mesa0 # GL (llvmpipe)
  mesa-vulkan-drivers                          # Vulkan (lavapipe): snapshot tests
  libxkbcommon-x11-0 libx11-xcb1 libxcursor1 libxi6
  desktop-file-utils appstream                 # packaging validators
  lintian groff-base                           # the .deb as Debian judges it; the man page rendered
  binutils xz-utils                            # the .deb repacked with the x86 filter (ar, xz)
  dex                                          # starts a desktop entry as a menu does
  avahi-daemon                                 # a real mDNS responder (run only inside a lab namespace)
  dunst dbus-daemon dbus-bin                   # a notification server on a private session bus, dbus-monitor
  weston                                       # a real Wayland compositor (headless backend)
  openbox                                      # a real X11 window manager (minimise, activate)
  python3-gi                                   # the portal stand-in (tests/desktop/portal.py)
  at-spi2-core python3-pyatspi gir1.2-atspi-2.0   # the accessibility bus and a client of it (what Orca uses)
  orca                                         # the screen reader itself (its debug log says what it spoke)
  fonts-noto-cjk tesseract-ocr-jpn             # Japanese and Chinese text in the window, read back by OCR
)
need_pkgs=()
for p in "${suite_pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || need_pkgs+=("$p")
done
if [ ${#need_pkgs[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "missing Debian packages (run as root, or: sudo apt-get install ${need_pkgs[*]})" >&2
    exit 2
  fi
  echo "== installing Debian packages: ${need_pkgs[*]}"
  export DEBIAN_FRONTEND=noninteractive
  # A stale package list makes installs fail with 404s: always refresh first.
  apt-get update -q >/dev/null
  # Packages must not start their daemons here (avahi-daemon would announce
  # this machine on the real network): policy-rc.d forbids it for the install.
  policy=/usr/sbin/policy-rc.d
  if [ -e "$policy" ]; then
    apt-get install -y -q --no-install-recommends "${need_pkgs[@]}" >/dev/null
  else
    printf '#!/bin/sh\nexit 101\n' >"$policy"
    chmod +x "$policy"
    trap 'rm -f "$policy"' EXIT
    apt-get install -y -q --no-install-recommends "${need_pkgs[@]}" >/dev/null
    rm -f "$policy"
    trap - EXIT
  fi
fi
# What the snapshot tests actually need: the lavapipe Vulkan driver's ICD file.
if ! compgen -G '/usr/share/vulkan/icd.d/lvp_icd*.json' >/dev/null; then
  echo "no Vulkan software driver (lavapipe ICD under /usr/share/vulkan/icd.d/): install mesa-vulkan-drivers" >&2
  exit 2
fi

# A cold build needs about 5 GB (debug tests, release, fuzz targets): say so
# up front rather than fail deep inside rustc with "No space left on device".
need_kb=$((6 * 1024 * 1024))
free_kb=$(df -Pk . | awk 'NR == 2 { print $4 }')
if [ "${free_kb:-0}" -lt "$need_kb" ]; then
  echo "only $((free_kb / 1024)) MB free on $(df -P . | awk 'NR == 2 { print $6 }'): the build and tests need about 6 GB" >&2
  exit 2
fi

echo "== stock Python peers (venv)"
tests/peers/setup.sh target/peers-venv
export LANSCOUT_PEERS_VENV="$PWD/target/peers-venv"

# Licences and supply chain, before anything is built: a dependency under a
# licence not on the accepted list, shipped notices out of date, a wildcard
# version, a crate from elsewhere than crates.io, or a crate in two versions
# not justified in deny.toml (docs/packaging.md).
echo "== licences and supply chain (cargo-deny, scripts/notices.sh --check)"
if ! wait "$tools_pid"; then
  cat "$tools_log" >&2
  echo "== FAIL: installing cargo-deny / cargo-about" >&2
  exit 1
fi
# Both read every crate's manifest and licence files: fetch them first (a
# fresh machine has none; the checks themselves then run offline).
cargo fetch --locked --quiet
cargo deny --offline --log-level error check licenses bans sources
scripts/notices.sh --check

echo "== rustfmt / clippy"
rustup component add rustfmt clippy >/dev/null 2>&1 || true
cargo fmt --check
cargo clippy --all-targets --locked --features generate -- -D warnings

echo "== build"
cargo test --locked --features generate --no-run

# The .deb the packaging test installs with apt (built here: a cargo run
# inside the tests would wait for the lock the test run holds).
echo "== Debian package (scripts/deb.sh)"
if ! cargo deb --version >/dev/null 2>&1; then
  cargo install cargo-deb --locked --quiet
fi
# The release build's link-time optimisation runs on one core for minutes:
# it runs beside the Windows build, which has the other one.
release_log=target/release-build.log
mkdir -p target
cargo build --release --locked >"$release_log" 2>&1 &
release_pid=$!

# The Windows build the Wine tests (tests/windows.rs) run: lanscout.exe,
# lanscout.com, the zip and the installer (see scripts/windows.sh).
echo "== Windows build (scripts/windows.sh, CI's quicker profile)"
if ! LANSCOUT_WINDOWS_PROFILE=ci-windows scripts/windows.sh; then
  wait "$release_pid" || true
  exit 1
fi
if ! wait "$release_pid"; then
  cat "$release_log" >&2
  echo "== FAIL: cargo build --release" >&2
  exit 1
fi
tail -n 1 "$release_log"
scripts/deb.sh >/dev/null

log=target/test-output.log
list=target/test-list.log
export WGPU_BACKEND="${WGPU_BACKEND:-vulkan}"

# What the build holds: every test of every binary (ignored ones included).
cargo test --locked --offline --features generate -- --list >"$list" 2>/dev/null
expected=$(awk '/^[0-9]+ tests?, [0-9]+ benchmarks?$/ { n += $1 } END { print n + 0 }' "$list")
binaries=$(grep -cE '^[0-9]+ tests?, [0-9]+ benchmarks?$' "$list" || true)

# Ignored tests must be on the allowlist: a newly #[ignore]d test would
# otherwise count as "ran".
cargo test --locked --offline --features generate -- --list --ignored 2>/dev/null |
  sed -n 's/: test$//p' | sort -u >target/test-ignored.log
grep -v '^#' tests/ignored.allow | awk 'NF { print $1 }' | sort -u >target/test-ignored-allowed.log
unexpected_ignored=$(comm -23 target/test-ignored.log target/test-ignored-allowed.log)
if [ -n "$unexpected_ignored" ]; then
  echo "== FAIL: #[ignore]d tests not on tests/ignored.allow (say there why they may not run):" >&2
  echo "$unexpected_ignored" >&2
  exit 1
fi

# Two lanes run side by side, each its test binaries one after another as
# `cargo test` does: the binaries that mostly wait (Wine, the namespace
# labs, real windows and buses, apt) in one, the rest in the other, so that
# the waiting of one overlaps the work of the other. Both lanes share the one
# namespace, as the threads of one binary always did.
# The server-mode flood (tests/flood.rs) runs alone afterwards: it loads
# both cores for 30 s, and no timing bound may share them with it.
waiting_lane=" windows lab firewall desktop gui_window wayland atspi packaging soak notifications "
alone=" flood "
lane_wait=()
lane_work=(--lib --bins)
lane_alone=()
for t in $(cargo metadata --locked --offline --no-deps --format-version 1 |
             jq -r '.packages[0].targets[] | select(.kind[0] == "test") | .name'); do
  if [[ "$alone" == *" $t "* ]]; then
    lane_alone+=(--test "$t")
  elif [[ "$waiting_lane" == *" $t "* ]]; then
    lane_wait+=(--test "$t")
  else
    lane_work+=(--test "$t")
  fi
done
# The fuzz smoke (its own workspace: a build, then 3 s per target) runs
# beside the tests, in this namespace (the targets are pure parsers).
fuzz_log=target/fuzz-smoke.log
fuzz_pid=
if [ $# -eq 0 ]; then
  scripts/fuzz.sh 3 >"$fuzz_log" 2>&1 &
  fuzz_pid=$!
fi
echo "== tests (inside unshare --net: loopback only): $expected tests in $binaries binaries, two lanes"
lane_log=target/test-output-waiting.log
set +e
unshare --net -- bash -c '
  ip link set lo up
  run_lane() { cargo test --locked --offline --features generate --no-fail-fast "$@"; }
  read -r -a wait_targets <<<"$1"
  read -r -a work_targets <<<"$2"
  read -r -a alone_targets <<<"$3"
  lane_log=$4
  shift 4
  run_lane "${wait_targets[@]}" -- --test-threads=4 "$@" >"$lane_log" 2>&1 &
  waiting=$!
  run_lane "${work_targets[@]}" -- --test-threads=4 "$@"
  work=$?
  run_lane --doc -- "$@"
  doc=$?
  wait "$waiting"
  waited=$?
  echo "== the waiting lane (${wait_targets[*]}):"
  cat "$lane_log"
  run_lane "${alone_targets[@]}" -- --test-threads=4 "$@"
  alone=$?
  [ "$work" -eq 0 ] && [ "$doc" -eq 0 ] && [ "$waited" -eq 0 ] && [ "$alone" -eq 0 ]
' sh "${lane_wait[*]}" "${lane_work[*]}" "${lane_alone[*]}" "$lane_log" "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e

if [ -n "$fuzz_pid" ]; then
  echo "== fuzz smoke (3 s per target, beside the tests; long runs: scripts/fuzz.sh)"
  if ! wait "$fuzz_pid"; then
    status=1
  fi
  cat "$fuzz_log"
fi

read -r passed failed ignored reported < <(awk '/^test result:/ { p += $4; f += $6; i += $8; r++ }
  END { print p + 0, f + 0, i + 0, r + 0 }' "$log")
# No test can skip itself here (LANSCOUT_ALLOW_SKIP is refused above: a test
# that cannot do its work fails), so every "ok" is a test that did its work.
echo "== test counts: $passed passed, $failed failed, $ignored ignored (allowlisted); $reported of $binaries binaries reported"
if [ $# -eq 0 ]; then
  ran=$((passed + failed + ignored))
  if [ "$ran" -ne "$expected" ] || [ "$reported" -ne "$binaries" ]; then
    echo "== FAIL: the build lists $expected tests in $binaries binaries, but $ran ran in $reported" >&2
    grep -E '^error: test failed|^error: ' "$log" >&2 || true
    status=1
  fi
  # Snapshots and the generated desktop files are compared, never
  # rewritten here: any change is a failure.
  if [ -n "$(git status --porcelain -- tests/snapshots dist 2>/dev/null)" ]; then
    echo "== FAIL: the run changed tests/snapshots or dist:" >&2
    git status --porcelain -- tests/snapshots dist >&2
    status=1
  fi
fi
exit "$status"
