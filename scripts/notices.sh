#!/usr/bin/env bash
# Writes the third-party notices each platform's binary ships with
# (dist/notices/THIRD-PARTY-NOTICES-{linux,windows}.txt): cargo-about over
# the crates that platform's build links (about.toml says which licences
# are accepted; a crate under another one fails here), then the bundled
# parts that are not crates (dist/notices/bundled.txt).
#
# Usage: scripts/notices.sh           regenerate the committed files
#        scripts/notices.sh --check   fail when they are out of date (CI)
set -euo pipefail
cd "$(dirname "$0")/.."

if ! cargo about --version >/dev/null 2>&1; then
  cargo install cargo-about --locked --features cli --quiet
fi

check=false
[ "${1:-}" = "--check" ] && check=true
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

for platform in linux windows; do
  case $platform in
    linux) target=x86_64-unknown-linux-gnu ;;
    windows) target=x86_64-pc-windows-gnu ;;
  esac
  file="THIRD-PARTY-NOTICES-$platform.txt"
  # The crates this target's binary links; the window's feature is on for both.
  if ! cargo about generate --locked --offline --fail --target "$target" \
      -o "$out/$file" about.hbs 2>"$out/$platform.log"; then
    cat "$out/$platform.log" >&2
    echo "== notices: cargo-about failed for $target (a licence not in about.toml?)" >&2
    exit 1
  fi
  cat dist/notices/bundled.txt >>"$out/$file"
  if $check; then
    if ! cmp -s "$out/$file" "dist/notices/$file"; then
      diff -u "dist/notices/$file" "$out/$file" | head -n 40 >&2 || true
      echo "== notices: dist/notices/$file is out of date: run scripts/notices.sh and commit it" >&2
      exit 1
    fi
  else
    cp "$out/$file" "dist/notices/$file"
  fi
done
$check && echo "notices up to date (linux, windows)" || ls -l dist/notices/
