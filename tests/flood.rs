//! Server mode under a 30-second flood, in a test binary of its own: cargo
//! runs test binaries one after another, so this load never overlaps the
//! timing-bound tests of the other binaries. Runs isolated (scripts/test.sh
//! uses `unshare --net`).

mod common;

use std::net::{Ipv4Addr, UdpSocket};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use common::temp_config;

fn vm_rss_kib(pid: u32) -> u64 {
    common::proc_status_kib(&pid.to_string(), "VmRSS")
}

fn thread_alive(pid: u32, name: &str) -> bool {
    std::fs::read_dir(format!("/proc/{pid}/task"))
        .map(|tasks| {
            tasks.flatten().any(|t| {
                std::fs::read_to_string(t.path().join("comm"))
                    .is_ok_and(|c| c.trim().starts_with(name))
            })
        })
        .unwrap_or(false)
}

#[test]
fn server_mode_under_a_30_s_flood_stays_flat_and_answers_a_newcomer() {
    common::assert_isolated();
    let port = common::free_udp_port();
    let (_dir, cfg) = temp_config();
    let mut child = Command::new(common::bin())
        .arg("--config")
        .arg(&cfg)
        .args(["serve", "--port", &port.to_string(), "--duration", "60"])
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("serve");
    let pid = child.id();
    assert!(common::wait_for(Duration::from_secs(5), || {
        common::udp_port_bound(port)
    }));
    let stop = Arc::new(AtomicBool::new(false));
    // Valid requests from one source, from 250 sources, junk, 64 KiB
    // datagrams, and from ever-new sources (a socket bound and closed per
    // request, cycling through 127.2.0.0/15: 131 072 distinct addresses,
    // twice the rate limiter's and 32 times the route cache's capacity).
    let new_sources = Arc::new(std::sync::atomic::AtomicU64::new(0));
    let flooders: Vec<_> = (0..5)
        .map(|kind| {
            let stop = Arc::clone(&stop);
            let new_sources = Arc::clone(&new_sources);
            std::thread::spawn(move || {
                if kind == 4 {
                    let mut n = 0u32;
                    while !stop.load(Ordering::SeqCst) {
                        let source =
                            Ipv4Addr::from(u32::from(Ipv4Addr::new(127, 2, 0, 0)) + n % 131_072);
                        n = n.wrapping_add(1);
                        if let Ok(s) = UdpSocket::bind((source, 0)) {
                            if s.send_to(b"DISCOVER_SERVER", ("127.0.0.1", port)).is_ok() {
                                new_sources.fetch_add(1, Ordering::Relaxed);
                            }
                        }
                    }
                    return 0;
                }
                let sockets: Vec<UdpSocket> = match kind {
                    1 => (2..252)
                        .filter_map(|d| UdpSocket::bind((Ipv4Addr::new(127, 0, 0, d), 0)).ok())
                        .collect(),
                    _ => vec![UdpSocket::bind("127.0.0.1:0").expect("flooder")],
                };
                let payload: Vec<u8> = match kind {
                    2 => b"DISCOVER_SERVER\n junk \xff".to_vec(),
                    3 => vec![b'D'; 65_000],
                    _ => b"DISCOVER_SERVER".to_vec(),
                };
                let mut sent = 0u64;
                while !stop.load(Ordering::SeqCst) {
                    for s in &sockets {
                        if s.send_to(&payload, ("127.0.0.1", port)).is_ok() {
                            sent += 1;
                        }
                    }
                    if kind == 3 {
                        std::thread::sleep(Duration::from_micros(200));
                    }
                }
                sent
            })
        })
        .collect();
    std::thread::sleep(Duration::from_secs(5));
    let rss_early = vm_rss_kib(pid);
    std::thread::sleep(Duration::from_secs(25));
    let rss_late = vm_rss_kib(pid);
    stop.store(true, Ordering::SeqCst);
    let sent: u64 = flooders.into_iter().map(|f| f.join().unwrap_or(0)).sum();
    let new_sources = new_sources.load(Ordering::Relaxed);

    assert!(
        thread_alive(pid, "lanscout-respon"),
        "the responder thread died"
    );
    // A host that never asked before is answered within 1 s.
    let newcomer = UdpSocket::bind("127.0.1.1:0").expect("newcomer");
    newcomer
        .set_read_timeout(Some(Duration::from_millis(100)))
        .expect("timeout");
    let asked = Instant::now();
    let mut buf = [0u8; 128];
    let mut answer = None;
    while answer.is_none() && asked.elapsed() < Duration::from_secs(1) {
        let _ = newcomer.send_to(b"DISCOVER_SERVER", ("127.0.0.1", port));
        if let Ok((n, _)) = newcomer.recv_from(&mut buf) {
            answer = Some(buf[..n].to_vec());
        }
    }
    let _ = child.kill();
    let _ = child.wait();
    eprintln!(
        "server mode flood: {sent} datagrams and {new_sources} from new sources in 30 s; RSS {rss_early} KiB at 5 s, {rss_late} KiB at 30 s; newcomer answered after {:?}",
        asked.elapsed()
    );
    assert_eq!(answer.as_deref(), Some(&b"SERVER_IP:127.0.0.1"[..]));
    assert!(
        sent > 100_000,
        "the flood was too thin to mean anything: {sent}"
    );
    assert!(
        new_sources > 131_072,
        "the new-source stream did not cycle through its addresses: {new_sources}"
    );
    assert!(
        rss_late <= rss_early + 2048,
        "RSS grew from {rss_early} to {rss_late} KiB"
    );
}
