#!/usr/bin/env python3
"""Regenerates assets/fonts/*.ttf: the symbols the window's own text uses
(⟳ ⚙ ⚠ ✔ ✖ 🔍 ⏶ ⏷ ...), cut out of the two emoji fonts egui bundles with
its `monochrome_emoji_fonts` feature (1.2 MB of fonts for eight glyphs).

Run it after adding a symbol to a catalogue or to src/ (tests/fonts.rs
fails until you do): needs fontTools (`pip install fonttools`) and the
epaint_default_fonts crate in cargo's registry (any build of LanScout
fetched it).

    python3 scripts/subset-symbols.py
"""
import glob
import os
import subprocess
import sys
import unicodedata

from fontTools.ttLib import TTFont

# egui's fonts a symbol may already be in (no subset needed): the
# proportional family's chain, which the monospace one (Hack first) ends
# with; and the two cut here, in egui's fallback order.
BASE = ["Ubuntu-Light", "egui-icons"]
CUT = {"NotoEmoji-Regular": "noto-emoji-symbols.ttf", "emoji-icon-font": "emoji-icon-symbols.ttf"}


def is_symbol(c):
    """A character the shipped fonts must draw (the rule of tests/fonts.rs):
    anything but ASCII, spaces and CJK (the system's CJK font draws
    ideographs, kana and their punctuation)."""
    cp = ord(c)
    if cp < 128 or c.isspace() or unicodedata.category(c) == "Cc":
        return False
    return not (0x2E80 <= cp <= 0x9FFF or 0xF900 <= cp <= 0xFAFF or 0xFF00 <= cp <= 0xFFEF)


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    os.chdir(root)
    found = sorted(glob.glob(os.path.expanduser(
        "~/.cargo/registry/src/*/epaint_default_fonts-*/fonts")))
    if not found:
        sys.exit("epaint_default_fonts is not in cargo's registry: build LanScout once")
    fonts = found[-1]
    texts = glob.glob("src/ui/**/*.rs", recursive=True) + glob.glob("locales/*.ftl")
    used = set()
    for path in texts:
        with open(path, encoding="utf-8") as f:
            for line in f:
                # Comments are not shown (Rust's // and Fluent's #).
                if not line.lstrip().startswith(("//", "#")):
                    used.update(c for c in line if is_symbol(c))
    base = set()
    for name in BASE:
        base.update(TTFont(f"{fonts}/{name}.ttf").getBestCmap())
    wanted = sorted(c for c in used if ord(c) not in base)
    print("symbols:", "".join(wanted))
    unicodes = ",".join(f"U+{ord(c):04X}" for c in wanted)
    for name, out in CUT.items():
        subprocess.run([sys.executable, "-m", "fontTools.subset", f"{fonts}/{name}.ttf",
                        f"--unicodes={unicodes}", f"--output-file=assets/fonts/{out}"],
                       check=True)
        print(out, os.path.getsize(f"assets/fonts/{out}"), "bytes")


if __name__ == "__main__":
    main()
