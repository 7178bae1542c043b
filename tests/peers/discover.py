"""Runs the stock client's discover() and prints what it found as JSON.

usage: discover.py TIMEOUT [PORT]
"""
import json
import logging
import sys
import time

from discovery_client import ClientConfig, discover

logging.basicConfig(level=logging.ERROR)
timeout = float(sys.argv[1]) if len(sys.argv) > 1 else 2.0
port = int(sys.argv[2]) if len(sys.argv) > 2 else 9999
start = time.monotonic()
servers = discover(ClientConfig(timeout=timeout, discovery_port=port))
print(json.dumps({
    "servers": [[s.ip, s.port, (s.extra or {}).get("source_address")] for s in servers],
    "elapsed": time.monotonic() - start,
}))
