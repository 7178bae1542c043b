//! The library's scan engine and responder on loopback: live events,
//! deadlines, cancellation and stop latency.

mod common;

use std::net::{Ipv4Addr, SocketAddrV4, UdpSocket};
use std::time::{Duration, Instant};

use lanscout::discovery::{start_scan, Event, ScanConfig, Warning};
use lanscout::responder::{start_responder, ResponderConfig};
use lanscout::settings::ScanSettings;

#[test]
fn found_is_reported_the_moment_the_reply_arrives() {
    common::assert_isolated();
    let fake = UdpSocket::bind("127.0.0.1:0").expect("fake server");
    let port = fake.local_addr().expect("addr").port();
    let server = std::thread::spawn(move || {
        let mut buf = [0u8; 64];
        fake.set_read_timeout(Some(Duration::from_secs(5))).ok();
        let (_, from) = fake.recv_from(&mut buf).ok()?;
        // Answer late, so that "live" is distinguishable from "at the end".
        std::thread::sleep(Duration::from_millis(300));
        let sent_at = Instant::now();
        fake.send_to(b"SERVER_IP:127.0.0.1:8080", from).ok()?;
        Some(sent_at)
    });
    let started = Instant::now();
    let scan = start_scan(
        common::loopback_scan(port, Duration::from_secs(3), 0),
        || {},
    )
    .expect("start");
    let mut found_at = None;
    for event in scan.events().iter() {
        if let Event::Found(server) = event {
            found_at = Some(Instant::now());
            assert_eq!(server.url, "http://127.0.0.1:8080/");
            assert!(server.rtt >= Duration::from_millis(300), "{:?}", server.rtt);
            scan.cancel();
        }
    }
    let sent_at = server.join().ok().flatten().expect("reply sent");
    let found_at = found_at.expect("found");
    let latency = found_at.duration_since(sent_at);
    eprintln!("reply -> Found event: {latency:?}");
    // Live: shown as the reply arrives (the figure is printed above, a few
    // ms here), long before the next retry (500 ms) or the deadline.
    assert!(latency < common::AT_ONCE, "{latency:?}");
    assert!(
        found_at.duration_since(started) < Duration::from_secs(1),
        "shown long before the 3 s deadline"
    );
}

#[test]
fn cancel_ends_a_scan_at_once() {
    common::assert_isolated();
    let port = common::free_udp_port();
    let scan = start_scan(
        common::loopback_scan(port, Duration::from_secs(30), 2),
        || {},
    )
    .expect("start");
    std::thread::sleep(Duration::from_millis(200));
    let asked = Instant::now();
    scan.cancel();
    let mut finished = None;
    for event in scan.events().iter() {
        if let Event::Finished(stats) = event {
            finished = Some((asked.elapsed(), stats));
        }
    }
    let (took, stats) = finished.expect("finished");
    assert!(stats.cancelled);
    eprintln!("cancel -> Finished: {took:?}");
    assert!(took < common::AT_ONCE, "cancel took {took:?}");
}

#[test]
fn responder_stops_at_once_and_counts() {
    common::assert_isolated();
    let port = common::free_udp_port();
    let responder = start_responder(
        ResponderConfig {
            port,
            ..ResponderConfig::default()
        },
        || {},
    )
    .expect("start responder");
    let client = UdpSocket::bind("127.0.0.1:0").expect("client");
    client
        .set_read_timeout(Some(Duration::from_secs(2)))
        .expect("timeout");
    client
        .send_to(b"DISCOVER_SERVER", ("127.0.0.1", port))
        .expect("send");
    let mut buf = [0u8; 64];
    let (n, _) = client.recv_from(&mut buf).expect("answer");
    assert_eq!(&buf[..n], b"SERVER_IP:127.0.0.1");
    client
        .send_to(b"junk", ("127.0.0.1", port))
        .expect("send junk");
    assert!(
        common::wait_for(Duration::from_secs(5), || responder.stats().requests == 2),
        "the junk datagram was never read: {:?}",
        responder.stats()
    );
    let asked = Instant::now();
    let stats = responder.stop();
    let took = asked.elapsed();
    eprintln!("responder stop: {took:?}");
    assert!(took < common::AT_ONCE, "stop took {took:?}");
    assert_eq!((stats.requests, stats.answered, stats.ignored), (2, 1, 1));
    assert!(UdpSocket::bind(("0.0.0.0", port)).is_ok(), "port released");
}

#[test]
fn retries_resend_and_duplicates_are_seen_again() {
    common::assert_isolated();
    let port = common::free_udp_port();
    let responder = start_responder(
        ResponderConfig {
            port,
            rate_limit: false,
            web_port: 9000,
            ..ResponderConfig::default()
        },
        || {},
    )
    .expect("start responder");
    let scan = start_scan(
        common::loopback_scan(port, Duration::from_millis(2300), 2),
        || {},
    )
    .expect("start");
    let events: Vec<Event> = scan.events().iter().collect();
    let found = events
        .iter()
        .filter(|e| matches!(e, Event::Found(_)))
        .count();
    let again = events
        .iter()
        .filter(|e| matches!(e, Event::SeenAgain { .. }))
        .count();
    assert_eq!((found, again), (1, 2), "probes at 0, 0.5 and 2 s");
    let progress: Vec<(u64, u64)> = events
        .iter()
        .filter_map(|e| match e {
            Event::Progress { sent, planned } => Some((*sent, *planned)),
            _ => None,
        })
        .collect();
    assert_eq!(progress.last(), Some(&(3, 3)), "{progress:?}");
    match events.last() {
        Some(Event::Finished(stats)) => {
            assert_eq!((stats.servers, stats.replies, stats.probes_sent), (1, 3, 3));
            // Never early; late by no more than the suite's shared slack.
            let ms = stats.elapsed.as_millis() as u64;
            assert!(ms >= 2300 && common::on_time(ms, 2300), "ended at {ms} ms");
        }
        other => panic!("last event {other:?}"),
    }
    assert_eq!(responder.stop().answered, 3);
}

#[test]
fn notify_is_called_for_events() {
    common::assert_isolated();
    let port = common::free_udp_port();
    let calls = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let c = std::sync::Arc::clone(&calls);
    let scan = start_scan(
        common::loopback_scan(port, Duration::from_millis(200), 0),
        move || {
            c.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        },
    )
    .expect("start");
    let n = scan.events().iter().count();
    assert!(n >= 2);
    assert_eq!(
        calls.load(std::sync::atomic::Ordering::SeqCst),
        n,
        "one repaint request per event"
    );
}

#[test]
fn nothing_to_probe_is_a_warning_not_a_hang() {
    common::assert_isolated();
    let config = ScanConfig {
        scan: ScanSettings {
            timeout_secs: 0.3,
            include_interfaces: vec!["no-such-interface".into()],
            ..ScanSettings::default()
        },
        ..ScanConfig::default()
    };
    let scan = start_scan(config, || {}).expect("start");
    let events: Vec<Event> = scan.events().iter().collect();
    assert!(events
        .iter()
        .any(|e| matches!(e, Event::Warning(Warning::NothingToProbe))));
    assert!(matches!(events.last(), Some(Event::Finished(s)) if s.servers == 0));
}

#[test]
fn announced_address_differs_from_source_is_kept_with_both() {
    common::assert_isolated();
    let fake = UdpSocket::bind("127.0.0.1:0").expect("fake server");
    let port = fake.local_addr().expect("addr").port();
    std::thread::spawn(move || {
        let mut buf = [0u8; 64];
        fake.set_read_timeout(Some(Duration::from_secs(5))).ok();
        if let Ok((_, from)) = fake.recv_from(&mut buf) {
            let _ = fake.send_to(b"SERVER_IP:192.0.2.10", from);
            let _ = fake.send_to(b"SERVER_IP:0.0.0.0:81", from);
        }
    });
    let scan = start_scan(
        common::loopback_scan(port, Duration::from_millis(500), 0),
        || {},
    )
    .expect("start");
    let servers: Vec<_> = scan
        .events()
        .iter()
        .filter_map(|e| match e {
            Event::Found(s) => Some(s),
            _ => None,
        })
        .collect();
    let source = SocketAddrV4::new(Ipv4Addr::LOCALHOST, port);
    assert_eq!(servers.len(), 2);
    assert_eq!(servers[0].ip, Ipv4Addr::new(192, 0, 2, 10));
    assert_eq!(servers[0].announced, Some(Ipv4Addr::new(192, 0, 2, 10)));
    assert_eq!(servers[0].source, source);
    assert_eq!(
        (servers[1].ip, servers[1].port),
        (Ipv4Addr::LOCALHOST, 81),
        "0.0.0.0 replaced by the source"
    );
    assert_eq!(servers[1].announced, Some(Ipv4Addr::UNSPECIFIED));
}

/// The scan's receive buffer holds a whole burst of 10 000 replies even if
/// nobody reads it: sent into the socket without a read, every one is
/// still there afterwards and the kernel counted no drop.
#[test]
fn the_receive_buffer_granted_holds_ten_thousand_replies() {
    require_root!();
    common::assert_isolated();
    let (held, dropped, granted) = fill_without_reading();
    eprintln!("root: receive buffer {granted} B held {held} replies, {dropped} dropped");
    assert_eq!((held, dropped), (10_000, 0));
}

/// The same without CAP_NET_ADMIN (no SO_RCVBUFFORCE, the buffer capped by
/// net.core.rmem_max): the extra receive queues on the port hold the burst.
#[test]
fn the_receive_buffer_holds_ten_thousand_replies_without_privileges() {
    require_root!();
    common::assert_isolated();
    let exe = std::env::current_exe().expect("test binary");
    let out = common::run_with_limit(
        std::process::Command::new("setpriv")
            .args([
                "--reuid=nobody",
                "--regid=nogroup",
                "--clear-groups",
                "--inh-caps=-all",
            ])
            .arg(exe)
            .args([
                "--ignored",
                "--exact",
                "unprivileged_buffer_child",
                "--nocapture",
            ]),
        Duration::from_secs(60),
    );
    let text =
        String::from_utf8_lossy(&out.stdout).to_string() + &String::from_utf8_lossy(&out.stderr);
    eprintln!("{text}");
    assert!(out.status.success(), "{text}");
    assert!(text.contains("held 10000 replies, 0 dropped"), "{text}");
}

#[test]
#[ignore = "child process of the_receive_buffer_holds_ten_thousand_replies_without_privileges"]
fn unprivileged_buffer_child() {
    assert!(!common::is_root(), "must run without privileges");
    let (held, dropped, granted) = fill_without_reading();
    eprintln!("unprivileged: receive buffer {granted} B held {held} replies, {dropped} dropped");
}

/// Sends 10 000 replies from 100 senders into a fresh scan socket (all its
/// queues) without reading, then counts what is queued: (held, kernel
/// drops, buffer granted).
fn fill_without_reading() -> (usize, u64, usize) {
    let scan = lanscout::net::open_discovery_socket(lanscout::discovery::DEFAULT_RCVBUF)
        .expect("scan socket");
    let to = scan.socket.local_addr().expect("addr");
    let drops_before = common::udp_counter("RcvbufErrors");
    let senders: Vec<UdpSocket> = (0..100)
        .map(|_| UdpSocket::bind("127.0.0.1:0").expect("sender"))
        .collect();
    for i in 0..10_000u32 {
        let reply = format!("SERVER_IP:10.{}.{}.{}", i >> 16, (i >> 8) & 255, i & 255);
        senders[i as usize % 100]
            .send_to(reply.as_bytes(), to)
            .expect("send");
    }
    let mut held = 0;
    let mut buf = [0u8; 128];
    for queue in std::iter::once(&scan.socket).chain(&scan.extra_queues) {
        queue
            .set_read_timeout(Some(Duration::from_millis(50)))
            .expect("timeout");
        while queue.recv_from(&mut buf).is_ok() {
            held += 1;
        }
    }
    let dropped = common::udp_counter("RcvbufErrors") - drops_before;
    (held, dropped, scan.rcvbuf_granted)
}
