#!/usr/bin/python3
"""Runs Orca (Debian's /usr/bin/orca) with the given arguments, its
--debug-file written line by line: Orca opens that file with Python's
default block buffering, so what it said reaches the file only kilobytes
later, and a test waiting for "SPEECH OUTPUT" would wait on the buffer,
not on Orca.

Usage: screen_reader.py --replace --debug-file=FILE
"""
import builtins
import sys

DEBUG_FILE = next(a.split("=", 1)[1] for a in sys.argv if a.startswith("--debug-file="))
_open = builtins.open


def _line_buffered(file, mode="r", *args, **kwargs):
    if file == DEBUG_FILE and "w" in mode and not args and "buffering" not in kwargs:
        return _open(file, mode, 1, **kwargs)
    return _open(file, mode, *args, **kwargs)


builtins.open = _line_buffered
sys.argv = ["/usr/bin/orca"] + sys.argv[1:]
with _open("/usr/bin/orca", encoding="utf-8") as f:
    code = compile(f.read(), "/usr/bin/orca", "exec")
exec(code, {"__name__": "__main__", "__file__": "/usr/bin/orca"})
