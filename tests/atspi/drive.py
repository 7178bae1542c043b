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

from tree import app, named, walk

SERVER, URL_FILE = sys.argv[1], sys.argv[2]
DEADLINE = time.monotonic() + 80
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


def first(root, role, name=None, contains=None):
    for node in walk(root):
        try:
            if node.getRole() != role:
                continue
            if name is not None and node.name != name:
                continue
            if contains is not None and contains not in node.name:
                continue
        except Exception:  # went away while we looked
            continue
        return node
    return None


def act(what, find, name="click"):
    """Does the action called `name` of the node `find` returns (as a
    screen reader's "activate" does); the first one when it has none of
    that name. A node replaced between frames is looked up again."""
    for _ in range(10):
        node = wait_for(what, find)
        try:
            action = node.queryAction()
            names = [action.getName(i) for i in range(action.nActions)]
            report.setdefault("actions", {})[node.name] = names
            if not names:
                fail(f"{node.getRoleName()} {node.name!r} has no action")
            action.doAction(names.index(name) if name in names else 0)
            return node
        except Exception as e:  # the object went away between frames
            report.setdefault("retried", []).append(f"{what}: {e}")
            time.sleep(0.2)
    fail(f"could not act on {what}")


def unnamed_focusable(root):
    bad = []
    for node in walk(root):
        try:
            states = node.getState()
            if states.contains(pyatspi.STATE_FOCUSABLE) and not node.name.strip():
                bad.append(f"{node.getRoleName()} at {node.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)}")
        except Exception:  # went away while we looked
            continue
    return bad


frame = wait_for("the LanScout window", app)
report["window"] = frame.name



# Looked up afresh from the window each time: under load the tree is
# rebuilt between frames and a kept reference can go stale (a row that is
# in the window is then never found under the old table).
def fresh_table():
    return first(app(), pyatspi.ROLE_TABLE, "Servers")


table = wait_for("the server table", fresh_table)
report["table"] = table.name
row = wait_for(f"a row for {SERVER}", lambda: first(fresh_table(), pyatspi.ROLE_TABLE_ROW, contains=SERVER))
report["row"] = row.name


def stable(what, read, limit=10):
    """What `read` gives once two reads in a row agree (a walk that met a
    frame being rebuilt sees part of it)."""
    last = None

    def settled():
        nonlocal last
        now = read()
        done = now and now == last
        last = now
        return now if done else None

    return wait_for(what, settled, limit)


report["columns"] = stable("the column headers", lambda: named(fresh_table(), pyatspi.ROLE_COLUMN_HEADER))
report["cells"] = stable("the row's cells", lambda: named(first(fresh_table(), pyatspi.ROLE_TABLE_ROW, contains=SERVER), pyatspi.ROLE_TABLE_CELL))
report["unnamed_focusable_main"] = stable("the unnamed focus stops", lambda: unnamed_focusable(app()) or ["none"])
if report["unnamed_focusable_main"] == ["none"]:
    report["unnamed_focusable_main"] = []

# The row's action opens the server in the browser.
act(f"the row for {SERVER}", lambda: first(fresh_table(), pyatspi.ROLE_TABLE_ROW, contains=SERVER))
report["opened"] = wait_for("the browser to be started", lambda: open(URL_FILE).read().strip() or None, 20)

# The Scan button's action starts a scan: the progress bar appears.
act("the Scan button", lambda: first(app(), pyatspi.ROLE_PUSH_BUTTON, contains="Scan"))
bar = wait_for("the scan progress", lambda: first(app(), pyatspi.ROLE_PROGRESS_BAR), 20)
report["progress"] = bar.name
value = bar.queryValue()
report["progress_range"] = [value.minimumValue, value.maximumValue]

# The settings dialog: named, and every field named.
act("the Settings button", lambda: first(app(), pyatspi.ROLE_PUSH_BUTTON, contains="Settings"))
dialog = wait_for("the settings dialog", lambda: first(app(), pyatspi.ROLE_DIALOG, "Settings"), 20)
report["dialog"] = dialog.name
def fresh_dialog():
    return first(app(), pyatspi.ROLE_DIALOG, "Settings")


report["fields"] = stable("the dialog's fields", lambda: named(fresh_dialog(), pyatspi.ROLE_ENTRY, pyatspi.ROLE_TEXT, pyatspi.ROLE_CHECK_BOX, pyatspi.ROLE_RADIO_BUTTON, pyatspi.ROLE_COMBO_BOX))
report["headings"] = stable("the dialog's headings", lambda: named(fresh_dialog(), pyatspi.ROLE_HEADING))
report["unnamed_focusable_dialog"] = stable("the unnamed focus stops", lambda: unnamed_focusable(app()) or ["none"])
if report["unnamed_focusable_dialog"] == ["none"]:
    report["unnamed_focusable_dialog"] = []
print(json.dumps(report))
