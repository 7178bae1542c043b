"""Walking the AT-SPI tree of a window that redraws while it is read
(shared by drive.py, names.py and rows.py)."""

import pyatspi


def walk(node, depth=0):
    """Every node under `node`. The tree changes between the window's
    frames: a node that went away meanwhile is skipped, not an error."""
    if node is None or depth > 60:
        return
    yield node
    try:
        count = node.childCount
    except Exception:
        return
    for i in range(count):
        try:
            child = node.getChildAtIndex(i)
        except Exception:
            continue
        yield from walk(child, depth + 1)


def app():
    """The LanScout window's frame, if it is on the bus."""
    desktop = pyatspi.Registry.getDesktop(0)
    for i in range(desktop.childCount):
        a = desktop.getChildAtIndex(i)
        if a is None:
            continue
        for node in walk(a):
            if node.getRole() == pyatspi.ROLE_FRAME and node.name == "LanScout":
                return node
    return None


def named(root, *roles):
    """Names of the nodes of these roles under `root`, in order."""
    out = []
    for node in walk(root):
        try:
            if node.getRole() in roles:
                out.append(node.name)
        except Exception:  # went away while we looked
            continue
    return out
