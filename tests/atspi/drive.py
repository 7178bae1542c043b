#!/usr/bin/python3
"""Drives the LanScout window only through AT-SPI, as a screen reader
would (tests/atspi.rs starts the session, the app and a real server).

Prints one JSON object: what it found and did. Exits 1 with a reason when
something a screen-reader user needs is missing.

Usage: drive.py SERVER_NAME URL_FILE
"""
import json
import sys
import time

import pyatspi

SERVER, URL_FILE = sys.argv[1], sys.argv[2]
DEADLINE = time.monotonic() + 40
report = {}


def fail(why):
    report["failed"] = why
    try:
        report["tree"] = [f"{n.getRoleName()}: {n.name}" for n in walk(app())][:80]
    except Exception as e:  # the window may be gone
        report["tree"] = str(e)
    print(json.dumps(report))
    sys.exit(1)


def wait_for(what, find, limit=None):
    end = min(DEADLINE, time.monotonic() + (limit or 20))
    while time.monotonic() < end:
        try:
            found = find()
        except Exception:  # the tree changes under us between frames
            found = None
        if found:
            return found
        time.sleep(0.1)
    fail(f"timed out waiting for {what}")


def walk(node, depth=0):
    if node is None or depth > 60:
        return
    yield node
    for i in range(node.childCount):
        try:
            child = node.getChildAtIndex(i)
        except Exception:
            continue
        yield from walk(child, depth + 1)


def app():
    desktop = pyatspi.Registry.getDesktop(0)
    for i in range(desktop.childCount):
        a = desktop.getChildAtIndex(i)
        if a is None:
            continue
        for node in walk(a):
            if node.getRole() == pyatspi.ROLE_FRAME and node.name == "LanScout":
                return node
    return None


def first(root, role, name=None, contains=None):
    for node in walk(root):
        if node.getRole() != role:
            continue
        if name is not None and node.name != name:
            continue
        if contains is not None and contains not in node.name:
            continue
        return node
    return None


def act(node, name="click"):
    """Does the node's action called `name` (as a screen reader's
    "activate" does); the first one when it has none of that name."""
    action = node.queryAction()
    names = [action.getName(i) for i in range(action.nActions)]
    report.setdefault("actions", {})[node.name] = names
    if not names:
        fail(f"{node.getRoleName()} {node.name!r} has no action")
    action.doAction(names.index(name) if name in names else 0)


def unnamed_focusable(root):
    bad = []
    for node in walk(root):
        states = node.getState()
        if states.contains(pyatspi.STATE_FOCUSABLE) and not node.name.strip():
            bad.append(f"{node.getRoleName()} at {node.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)}")
    return bad


frame = wait_for("the LanScout window", app)
report["window"] = frame.name

table = wait_for("the server table", lambda: first(frame, pyatspi.ROLE_TABLE, "Servers"))
report["table"] = table.name
row = wait_for(f"a row for {SERVER}", lambda: first(table, pyatspi.ROLE_TABLE_ROW, contains=SERVER))
report["row"] = row.name
report["columns"] = [c.name for c in walk(table) if c.getRole() == pyatspi.ROLE_COLUMN_HEADER]
report["cells"] = [c.name for c in walk(row) if c.getRole() == pyatspi.ROLE_TABLE_CELL]
report["unnamed_focusable_main"] = unnamed_focusable(frame)

# The row's action opens the server in the browser.
act(row)
report["opened"] = wait_for("the browser to be started", lambda: open(URL_FILE).read().strip() or None, 20)

# The Scan button's action starts a scan: the progress bar appears.
scan = wait_for("the Scan button", lambda: first(frame, pyatspi.ROLE_PUSH_BUTTON, contains="Scan"))
act(scan)
bar = wait_for("the scan progress", lambda: first(frame, pyatspi.ROLE_PROGRESS_BAR), 10)
report["progress"] = bar.name
value = bar.queryValue()
report["progress_range"] = [value.minimumValue, value.maximumValue]

# The settings dialog: named, and every field named.
settings = wait_for("the Settings button", lambda: first(frame, pyatspi.ROLE_PUSH_BUTTON, contains="Settings"))
act(settings)
dialog = wait_for("the settings dialog", lambda: first(frame, pyatspi.ROLE_DIALOG, "Settings"), 10)
report["dialog"] = dialog.name
report["fields"] = [n.name for n in walk(dialog) if n.getRole() in (pyatspi.ROLE_ENTRY, pyatspi.ROLE_TEXT, pyatspi.ROLE_CHECK_BOX, pyatspi.ROLE_RADIO_BUTTON, pyatspi.ROLE_COMBO_BOX)]
report["headings"] = [n.name for n in walk(dialog) if n.getRole() == pyatspi.ROLE_HEADING]
report["unnamed_focusable_dialog"] = unnamed_focusable(frame)
print(json.dumps(report))
