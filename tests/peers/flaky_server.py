"""A stock-compatible responder that ignores the first N requests.

usage: flaky_server.py PORT IGNORE_FIRST_N DURATION
Answers like the stock server (SERVER_IP:<address toward requester>) from the
(N+1)-th request on; used to show that LanScout's retries find it.
"""
import socket
import sys
import time

port, ignore, duration = int(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3])
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
s.bind(("0.0.0.0", port))
s.settimeout(0.1)
end = time.monotonic() + duration
seen = 0
while time.monotonic() < end:
    try:
        data, addr = s.recvfrom(1024)
    except socket.timeout:
        continue
    if data != b"DISCOVER_SERVER":
        continue
    seen += 1
    if seen <= ignore:
        continue
    probe = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    probe.connect((addr[0], 9))
    s.sendto(b"SERVER_IP:" + probe.getsockname()[0].encode(), addr)
    probe.close()
