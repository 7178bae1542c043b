#!/usr/bin/env bash
# Mutation testing of the pure modules (issue 28): cargo-mutants changes
# one thing at a time in them (a comparison, a branch, an operator, a
# constant, a function's result), builds the library's unit tests and runs
# them; a change no test notices is "missed" and means a rule is not
# pinned down. The last result is in docs/testing.md, "Mutation testing: last result".
#
# Usage: scripts/mutants.sh [FILE...]   (default: the modules below)
#
# Without the window's feature where a module does not need it (a mutant
# then rebuilds in about a second); src/ui/model.rs needs it. Runs in a
# copy of the tree under target/mutants-tree, so the work tree and its
# build are never touched. Not part of CI: see docs/testing.md for how long it takes.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! cargo mutants --version >/dev/null 2>&1; then
  cargo install cargo-mutants --locked --quiet
fi

pure=(
  src/protocol.rs                 # the wire format
  src/discovery/fold.rs           # a reply -> a server
  src/discovery/plan.rs           # the probe plan
  src/discovery/sweep.rs          # the sweep pacer
  src/discovery/fallback.rs       # the firewall fallback
  src/discovery/diagnose.rs       # the diagnosis
  src/responder/rules.rs          # what server mode answers, how often
  src/settings/field.rs           # the settings' fields
  src/settings/catalog.rs         # the settings' catalogue
  src/i18n/resolve.rs             # the language fallback
)
window=(
  src/ui/model.rs                 # the forget rule, a network move
)
files=("$@")
[ ${#files[@]} -gt 0 ] || files=("${pure[@]}" "${window[@]}")

# The tree as it is now (committed or not, ignored files left out); the
# copy's own target/ stays between runs, so a run rebuilds little.
tree=target/mutants-tree
mkdir -p "$tree"
find "$tree" -mindepth 1 -maxdepth 1 ! -name target -exec rm -rf {} +
git ls-files -z --cached --others --exclude-standard | tar --null -T - -cf - | tar -xf - -C "$tree"
out=$PWD/target/mutants
rm -rf "$out"
mkdir -p "$out"

run() {   # run NAME [cargo-mutants args...]
  local name=$1
  shift
  echo "== cargo mutants: $name"
  (cd "$tree" && cargo mutants --in-place --no-shuffle --timeout 120 -C --lib \
    -o "$out/$name" "$@") || true
}

lib_files=()
ui_files=()
for f in "${files[@]}"; do
  case $f in
    src/ui/*) ui_files+=(--file "$f") ;;
    *) lib_files+=(--file "$f") ;;
  esac
done
[ ${#lib_files[@]} -eq 0 ] || run lib --no-default-features "${lib_files[@]}"
[ ${#ui_files[@]} -eq 0 ] || run ui "${ui_files[@]}"

missed=$(cat "$out"/*/mutants.out/missed.txt 2>/dev/null | wc -l)
caught=$(cat "$out"/*/mutants.out/caught.txt 2>/dev/null | wc -l)
unviable=$(cat "$out"/*/mutants.out/unviable.txt 2>/dev/null | wc -l)
timeout=$(cat "$out"/*/mutants.out/timeout.txt 2>/dev/null | wc -l)
echo "== mutants: $caught caught, $missed missed, $timeout timed out, $unviable unviable (do not build)"
if [ "$missed" -gt 0 ]; then
  cat "$out"/*/mutants.out/missed.txt
  exit 1
fi
