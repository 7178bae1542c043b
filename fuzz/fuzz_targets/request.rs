//! Server mode's request handling: the verdict on any datagram from any
//! source never panics, and a broadcast, multicast, zero or port-0 source
//! is never answered; the rate limiter holds its limits on any sequence.
#![no_main]

use std::net::{Ipv4Addr, SocketAddrV4};
use std::time::{Duration, Instant};

use libfuzzer_sys::fuzz_target;
use lanscout::net::Interface;
use lanscout::responder::{request_verdict, RateLimiter, ResponderConfig};

fuzz_target!(|data: &[u8]| {
    if data.len() < 7 {
        return;
    }
    let ip = Ipv4Addr::new(data[0], data[1], data[2], data[3]);
    let port = u16::from_be_bytes([data[4], data[5]]);
    let local_only = data[6] & 1 == 1;
    let datagram = &data[7..];
    let from = SocketAddrV4::new(ip, port);
    let lan = [Interface::new(
        "eth0",
        Ipv4Addr::new(192, 168, 1, 20),
        Ipv4Addr::new(255, 255, 255, 0),
        None,
    )];
    let config = ResponderConfig {
        local_only,
        ..ResponderConfig::default()
    };
    let verdict = request_verdict(datagram, from, &config, &lan);
    if verdict.is_ok() {
        assert!(datagram == b"DISCOVER_SERVER");
        assert!(port != 0 && !ip.is_broadcast() && !ip.is_multicast() && !ip.is_unspecified());
        assert!(ip != Ipv4Addr::new(192, 168, 1, 255));
    }
    // The same bytes as a sequence of (source, milliseconds later) for the limiter.
    let mut limiter = RateLimiter::new(Duration::from_millis(500), 1000);
    let start = Instant::now();
    let mut t = Duration::ZERO;
    let mut answered: Vec<(Ipv4Addr, Duration)> = Vec::new();
    for chunk in data.chunks_exact(3) {
        let src = Ipv4Addr::new(10, 0, 0, chunk[0] % 8);
        t += Duration::from_millis(u64::from(u16::from_be_bytes([chunk[1], chunk[2]]) % 700));
        if limiter.allow(src, start + t) {
            if let Some((_, prev)) = answered.iter().rev().find(|(s, _)| *s == src) {
                assert!(t - *prev >= Duration::from_millis(500), "per-source limit broken");
            }
            answered.push((src, t));
        }
    }
});
