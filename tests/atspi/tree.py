"""Walking the AT-SPI tree of a window that redraws while it is read
(shared by drive.py and rows.py)."""


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
