#!/usr/bin/env bash
# The test command (README and .ci/run): installs what the tests need, builds,
# then runs the whole suite inside a fresh network namespace that has only
# loopback (`unshare --net`), so that no test can reach the real network.
# Tests that need more build their own namespaces inside it.
set -euo pipefail
cd "$(dirname "$0")/.."

need_pkgs=()
for pair in ip:iproute2 Xvfb:xvfb xauth:xauth import:imagemagick xdotool:xdotool tesseract:tesseract-ocr \
            xprop:x11-utils unshare:util-linux python3:python3 \
            desktop-file-validate:desktop-file-utils appstreamcli:appstream; do
  command -v "${pair%%:*}" >/dev/null 2>&1 || need_pkgs+=("${pair#*:}")
done
for lib in libEGL.so.1 libGL.so.1 libxkbcommon-x11.so.0 libX11-xcb.so.1 libXcursor.so.1 libXi.so.6; do
  ldconfig -p | grep -q "$lib" || need_pkgs+=(libgl1 libegl1 libegl-mesa0 libgl1-mesa-dri libglx-mesa0 \
    libxkbcommon-x11-0 libx11-xcb1 libxcursor1 libxi6 mesa-vulkan-drivers)
done
python3 -c 'import venv, ensurepip' 2>/dev/null || need_pkgs+=(python3-venv)
if [ ${#need_pkgs[@]} -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ]; then
    echo "== installing Debian packages: ${need_pkgs[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -q >/dev/null
    apt-get install -y -q "${need_pkgs[@]}" >/dev/null
  else
    echo "missing packages (install as root): ${need_pkgs[*]}" >&2
    exit 2
  fi
fi

echo "== stock Python peers (venv)"
tests/peers/setup.sh target/peers-venv
export LANSCOUT_PEERS_VENV="$PWD/target/peers-venv"

echo "== rustfmt / clippy"
rustup component add rustfmt clippy >/dev/null 2>&1 || true
cargo fmt --check
cargo clippy --all-targets --locked -- -D warnings

echo "== build"
cargo test --locked --no-run

echo "== tests (inside unshare --net: loopback only)"
log=target/test-output.log
export WGPU_BACKEND="${WGPU_BACKEND:-vulkan}"
set +e
unshare --net -- sh -c 'ip link set lo up && exec cargo test --locked --offline -- --test-threads=4 "$@"' sh "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e
awk '/^test result:/ { p += $4; f += $6; i += $8 } END { printf "== test counts: %d passed, %d failed, %d ignored\n", p, f, i }' "$log"
skipped=$(grep -c '^SKIPPED' "$log" || true)
echo "== skipped with a reason: $skipped"
exit "$status"
