#!/usr/bin/python3
"""Prints the rows of LanScout's server table, read over AT-SPI, as one
JSON list per line every half second, until every text given on the
command line is found in some row (or 60 s pass). The test reads the
last line.

Usage: rows.py TEXT...
"""
import json
import sys
import time

import pyatspi

from tree import walk

WANTED = sys.argv[1:]


def rows():
    desktop = pyatspi.Registry.getDesktop(0)
    for i in range(desktop.childCount):
        app = desktop.getChildAtIndex(i)
        for node in walk(app):
            if node.getRole() == pyatspi.ROLE_TABLE and node.name == "Servers":
                return [r.name for r in walk(node)
                        if r.getRole() == pyatspi.ROLE_TABLE_ROW and r.name != "Columns"]
    return []


end = time.monotonic() + 60
while time.monotonic() < end:
    try:
        now = rows()
    except Exception:  # the tree changes between frames
        now = []
    print(json.dumps(now), flush=True)
    if all(any(w in r for r in now) for w in WANTED):
        break
    time.sleep(0.5)
