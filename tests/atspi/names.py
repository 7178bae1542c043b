#!/usr/bin/python3
"""Reads, over AT-SPI, what the LanScout window calls its toolbar and its
settings dialog (tests/atspi.rs starts it under a LANG): the push and
toggle buttons' names, then opens the dialog with the button named
SETTINGS (the language's word for it) and reads its name, headings and
fields.

Prints one JSON object; exits 1 with a reason when something is missing.

Usage: names.py SETTINGS
"""
import json
import sys
import time

import pyatspi

from tree import app, named, walk

SETTINGS = sys.argv[1]
DEADLINE = time.monotonic() + 60
report = {}


def fail(why):
    report["failed"] = why
    print(json.dumps(report, ensure_ascii=False))
    sys.exit(1)


def wait_for(what, find):
    while time.monotonic() < DEADLINE:
        try:
            found = find()
        except Exception:  # the tree changes under us between frames
            found = None
        if found:
            return found
        time.sleep(0.1)
    fail(f"timed out waiting for {what}")


def settings_button():
    for node in walk(app()):
        if node.getRole() == pyatspi.ROLE_PUSH_BUTTON and node.name == SETTINGS:
            return node
    return None


def dialog():
    return next((n for n in walk(app()) if n.getRole() == pyatspi.ROLE_DIALOG), None)


wait_for("the LanScout window", app)
report["buttons"] = wait_for(
    "the toolbar", lambda: named(app(), pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_TOGGLE_BUTTON)
)
for _ in range(10):
    try:
        node = wait_for("the settings button", settings_button)
        node.queryAction().doAction(0)
        break
    except Exception:  # replaced between frames: look it up again
        time.sleep(0.2)
d = wait_for("the settings dialog", dialog)
report["dialog"] = d.name
report["headings"] = wait_for("the dialog's headings", lambda: named(dialog(), pyatspi.ROLE_HEADING))
report["fields"] = named(dialog(), pyatspi.ROLE_ENTRY, pyatspi.ROLE_TEXT, pyatspi.ROLE_CHECK_BOX)
print(json.dumps(report, ensure_ascii=False))
