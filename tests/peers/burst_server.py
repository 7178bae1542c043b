"""Answers one discovery broadcast with a burst of replies from many addresses.

usage: burst_server.py PORT FIRST_ADDR COUNT DURATION
Binds one socket per secondary address FIRST_ADDR, FIRST_ADDR+1, ... and, for
each request received on PORT, sends one reply from every one of them (each
announcing its own address) as fast as possible: COUNT servers answering
the same broadcast at once.
"""
import ipaddress
import socket
import sys
import time

port, first, count, duration = int(sys.argv[1]), ipaddress.IPv4Address(sys.argv[2]), int(sys.argv[3]), float(sys.argv[4])
listener = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
listener.bind(("0.0.0.0", port))
listener.settimeout(0.1)
senders = []
for i in range(count):
    addr = str(first + i)
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    s.bind((addr, 0))
    senders.append((s, b"SERVER_IP:" + addr.encode()))
print("ready", flush=True)
end = time.monotonic() + duration
while time.monotonic() < end:
    try:
        data, requester = listener.recvfrom(1024)
    except socket.timeout:
        continue
    if data != b"DISCOVER_SERVER":
        continue
    for s, reply in senders:
        s.sendto(reply, requester)
