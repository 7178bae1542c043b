"""Sends one UDP datagram with a forged source address (raw socket; root).

usage: spoof.py SRC_IP SRC_PORT DST_IP DST_PORT PAYLOAD
Used to check that a responder survives a request "from" a broadcast address
(the stock listener's thread dies on it: its sendto() fails with EACCES).
"""
import socket
import struct
import sys

src, sport, dst, dport, payload = sys.argv[1], int(sys.argv[2]), sys.argv[3], int(sys.argv[4]), sys.argv[5].encode()
udp = struct.pack("!HHHH", sport, dport, 8 + len(payload), 0) + payload
total = 20 + len(udp)
ip = struct.pack("!BBHHHBBH4s4s", 0x45, 0, total, 0x1234, 0, 64, socket.IPPROTO_UDP, 0,
                 socket.inet_aton(src), socket.inet_aton(dst))
s = socket.socket(socket.AF_INET, socket.SOCK_RAW, socket.IPPROTO_RAW)
s.setsockopt(socket.IPPROTO_IP, socket.IP_HDRINCL, 1)
s.sendto(ip + udp, (dst, 0))
