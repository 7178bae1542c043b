#!/usr/bin/env bash
# Builds the .deb from the release binary (run `cargo build --release`
# first): the man page and completions it generates, cargo deb, then its data member compressed again with xz's x86
# filter in front of LZMA2. The filter turns the relative addresses of
# calls and jumps into absolute ones, which repeat, so machine code
# compresses about 5 % better; dpkg reads any .xz filter chain (liblzma).
# Prints the package's path.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! cargo deb --version >/dev/null 2>&1; then
  cargo install cargo-deb --locked --quiet
fi
rm -f target/debian/lanscout_*.deb
# The man page and shell completions, from the clap definitions the
# release binary is built from (Cargo.toml's assets name these files). The
# generators are not in the shipped binary: a debug build with the
# `generate` feature writes them. Built as the test run builds it (for an
# integration test, with the dev-dependencies' features): a plain
# `cargo build` of the binary would rebuild a dozen crates with other
# features, and the test run would then rebuild them back.
assets=target/deb-assets
rm -rf "$assets"
mkdir -p "$assets"
cargo test --locked --quiet --features generate --test cli --no-run
bin=target/debug/lanscout
"$bin" --generate man | gzip -9n >"$assets/lanscout.1.gz"
"$bin" --generate complete-bash >"$assets/lanscout.bash"
"$bin" --generate complete-zsh >"$assets/_lanscout"
"$bin" --generate complete-fish >"$assets/lanscout.fish"
cargo deb --no-build --locked --quiet >/dev/null
deb=$(ls "$PWD"/target/debian/lanscout_*.deb)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(
  cd "$work"
  ar x "$deb"
  xz -d data.tar.xz
  xz -T1 --x86 --lzma2=preset=9e data.tar
  # dpkg wants the members in this order.
  rm "$deb"
  ar rcD "$deb" debian-binary control.tar.xz data.tar.xz
)
dpkg-deb --info "$deb" >/dev/null
echo "$deb"
