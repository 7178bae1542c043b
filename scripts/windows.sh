#!/usr/bin/env bash
# The Windows build, made on this Linux machine (docs/user-guide.md, "Windows"):
# cross-compiles lanscout.exe with Debian's rustc-web and MinGW-w64 (rustup's
# toolchain has no Windows target here; -Zbuild-std builds std from
# Debian's rust-web-src), checks it with clippy for the Windows target, and
# packages it: lanscout.exe (the window; a GUI program, no console), the
# same program marked as a console program as lanscout.com (what `lanscout
# scan` in cmd or PowerShell runs: .com comes first in PATHEXT), a portable
# zip and a per-user NSIS installer. Also builds what the Wine tests need
# (tests/windows.rs): the library's unit tests as an .exe, and a stand-in
# for the bcryptprimitives.dll that Wine 8 lacks.
#
# Output: target/windows/dist/ (lanscout.exe, lanscout.com, README.txt, the
# licence texts and third-party notices,
# LanScout-VERSION-windows-x64.zip, LanScout-VERSION-setup.exe) and
# target/windows/test/.
#
# Usage: scripts/windows.sh   (as root on Debian 12 it installs what it needs)
set -euo pipefail
cd "$(dirname "$0")/.."

pkgs=(rustc-web cargo-web rust-web-src rust-web-clippy gcc-mingw-w64-x86-64
      binutils-mingw-w64-x86-64 nsis zip wine wine64 python3)
need=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || need+=("$p")
done
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "missing Debian packages (run as root, or: sudo apt-get install ${need[*]})" >&2
    exit 2
  fi
  echo "== installing Debian packages: ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q >/dev/null
  apt-get install -y -q --no-install-recommends "${need[@]}" >/dev/null
fi

target=x86_64-pc-windows-gnu
export CARGO_TARGET_DIR="$PWD/target/windows"
# Debian's compiler by full path (rustup's 1.95 stays first on PATH and has
# no Windows std); build-std needs the nightly switch on a stable compiler.
export RUSTC=/usr/bin/rustc RUSTDOC=/usr/bin/rustdoc RUSTC_BOOTSTRAP=1
export CARGO_TARGET_X86_64_PC_WINDOWS_GNU_LINKER=x86_64-w64-mingw32-gcc
cargo=(/usr/bin/cargo)
build_std=(-Zbuild-std=std,panic_abort)
version=$(sed -n 's/^version = "\(.*\)"$/\1/p' Cargo.toml | head -n 1)

# Clippy runs as the compiler of this crate during the real builds below
# (what `cargo clippy` does, minus a separate check pass over every
# dependency and std: that pass cost 8 of CI's 60 minutes). Debian's
# clippy-driver, matching Debian's rustc; `-D warnings` as `cargo clippy`
# passes it.
export RUSTC_WORKSPACE_WRAPPER=/usr/bin/clippy-driver
export CLIPPY_ARGS="-D__CLIPPY_HACKERY__warnings__CLIPPY_HACKERY__"

# LANSCOUT_WINDOWS_PROFILE=ci-windows (what scripts/test.sh asks for): the
# same program built in about half the time (no link-time optimisation,
# optimised less), for the Wine tests; without it, what ships.
profile="${LANSCOUT_WINDOWS_PROFILE:-release}"
echo "== build lanscout.exe ($target, $profile, with clippy)"
"${cargo[@]}" build --locked --profile "$profile" --target "$target" "${build_std[@]}"

echo "== build the unit tests for Windows"
# With the exe's own profile (its std and the dependencies the exe
# shares), and without the window's feature: the graphics stack, rebuilt
# for the test harness with the dev-dependencies' features, cost 10 minutes
# of CI; the window's unit tests are platform-independent and run on Linux.
tests_exe=$("${cargo[@]}" test --profile "$profile" --no-default-features --locked --target "$target" "${build_std[@]}" --lib --no-run \
  --message-format=json 2>/dev/null |
  python3 -c 'import json,sys
for line in sys.stdin:
    m = json.loads(line)
    if m.get("reason") == "compiler-artifact" and m.get("profile", {}).get("test") and m.get("executable"):
        print(m["executable"])')

dist="$CARGO_TARGET_DIR/dist"
test_dir="$CARGO_TARGET_DIR/test"
rm -rf "$dist" "$test_dir"
mkdir -p "$dist" "$test_dir"
cp "$CARGO_TARGET_DIR/$target/$profile/lanscout.exe" "$dist/lanscout.exe"
x86_64-w64-mingw32-strip "$dist/lanscout.exe"
# lanscout.com: the same program with the console subsystem in its PE
# header (what `editbin /subsystem:console` does), so that a command typed
# in cmd or PowerShell gets its output and its exit status.
python3 - "$dist/lanscout.exe" "$dist/lanscout.com" <<'PY'
import struct, sys
data = bytearray(open(sys.argv[1], "rb").read())
pe = struct.unpack_from("<I", data, 0x3C)[0]
assert data[pe:pe + 4] == b"PE\0\0", "not a PE file"
subsystem = pe + 4 + 20 + 68  # signature, COFF header, then the optional header's Subsystem field
assert struct.unpack_from("<H", data, subsystem)[0] == 2, "lanscout.exe is not a GUI program"
struct.pack_into("<H", data, subsystem, 3)
open(sys.argv[2], "wb").write(data)
PY
cp dist/windows/README.txt "$dist/README.txt"
# The licence and the notices of every crate and bundled part in this exe
# (scripts/notices.sh writes them; a test checks they are up to date).
cp LICENSE-MIT "$dist/LICENSE-MIT.txt"
cp LICENSE-APACHE "$dist/LICENSE-APACHE.txt"
cp dist/notices/THIRD-PARTY-NOTICES-windows.txt "$dist/THIRD-PARTY-NOTICES.txt"

echo "== portable zip"
zip_name="LanScout-$version-windows-x64.zip"
(cd "$dist" && zip -q -9 "$zip_name" lanscout.exe lanscout.com README.txt \
  LICENSE-MIT.txt LICENSE-APACHE.txt THIRD-PARTY-NOTICES.txt)

echo "== installer (NSIS)"
makensis -V2 -DVERSION="$version" -DDIST="$dist" -DOUTFILE="$dist/LanScout-$version-setup.exe" \
  dist/windows/installer.nsi

echo "== Wine test helpers"
cp "$tests_exe" "$test_dir/lanscout-unit-tests.exe"
x86_64-w64-mingw32-gcc -shared -O2 -o "$test_dir/bcryptprimitives.dll" \
  tests/windows/bcryptprimitives.c -ladvapi32

ls -l "$dist"
