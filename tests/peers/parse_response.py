"""Feeds payloads to the stock client's own parse_response.

stdin: one hex-encoded payload per line. stdout: one JSON value per line,
null when the stock parser rejects the payload, else [ip, port].
"""
import json
import sys

from discovery_client.network.socket import parse_response

prefix = sys.argv[1].encode("utf-8") if len(sys.argv) > 1 else b"SERVER_IP:"
out = []
for line in sys.stdin:
    payload = bytes.fromhex(line.strip())
    try:
        result = parse_response(payload, prefix)
    except Exception as e:  # the stock parser should never raise; record it if it does
        result = {"raised": repr(e)}
    out.append(json.dumps(result))
sys.stdout.write("\n".join(out) + ("\n" if out else ""))
