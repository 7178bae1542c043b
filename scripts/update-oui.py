#!/usr/bin/env python3
"""Writes data/oui.tsv, the hardware makers LanScout names, from the IEEE
registry CSV files (MA-L oui.csv, MA-M oui28.csv, MA-S oui36.csv, cid.csv,
iab.csv; https://standards-oui.ieee.org/ — fetch them on a machine that may
reach it, never from a test).

One line per assignment, "PREFIX<TAB>Organization", sorted by prefix (6, 7
or 9 upper-case hex digits); whitespace in names folded to single spaces.
build.rs packs it (names once, sorted prefix columns) and src/details/oui.rs
looks a prefix up by binary search over the packed columns.

Usage: scripts/update-oui.py DIR_WITH_THE_CSV_FILES > data/oui.tsv
"""
import csv
import sys
from pathlib import Path

rows = {}
for name in ["oui.csv", "oui28.csv", "oui36.csv", "cid.csv", "iab.csv"]:
    with open(Path(sys.argv[1]) / name, newline="", encoding="utf-8") as f:
        for record in csv.DictReader(f):
            key = record["Assignment"].strip().upper()
            org = " ".join(record["Organization Name"].split())
            rows.setdefault(key, org)
for key in sorted(rows):
    print(f"{key}\t{rows[key]}")
