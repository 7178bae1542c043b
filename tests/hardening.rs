//! Hostile input and faults: what a forged flood, lying replies, a killed
//! save and a panicking worker do to LanScout. Every network test runs
//! isolated (scripts/test.sh uses `unshare --net`).

mod common;

use std::net::{Ipv4Addr, UdpSocket};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use common::{events, json_lines, temp_config};

/// A fake server on `bind`: to every discovery request it sends each of
/// `replies` (from the same socket), once.
struct Liar {
    port: u16,
    stop: Arc<AtomicBool>,
}

impl Liar {
    fn start(bind: Ipv4Addr, replies: Vec<Vec<u8>>) -> Liar {
        let sock = UdpSocket::bind((bind, 0)).expect("bind liar");
        let port = sock.local_addr().expect("addr").port();
        sock.set_read_timeout(Some(Duration::from_millis(50)))
            .expect("timeout");
        let stop = Arc::new(AtomicBool::new(false));
        let flag = Arc::clone(&stop);
        std::thread::spawn(move || {
            let mut buf = [0u8; 2048];
            while !flag.load(Ordering::SeqCst) {
                if let Ok((n, from)) = sock.recv_from(&mut buf) {
                    if &buf[..n] == b"DISCOVER_SERVER" {
                        for r in &replies {
                            let _ = sock.send_to(r, from);
                        }
                    }
                }
            }
        });
        Liar { port, stop }
    }
}

impl Drop for Liar {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
    }
}

/// Runs `lanscout ARGS`; returns its output, wall time and peak RSS (KiB),
/// read from the kernel's accounting of exactly this child.
// The child is reaped with wait4 (for its rusage), which clippy cannot see.
#[allow(clippy::zombie_processes)]
fn run_measured(args: &[&str], limit: Duration) -> (Vec<serde_json::Value>, Duration, i64, String) {
    let (_dir, cfg) = temp_config();
    let started = Instant::now();
    let mut child = Command::new(common::bin())
        .arg("--config")
        .arg(&cfg)
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    let pid = child.id() as libc::pid_t;
    let out = child.stdout.take().expect("stdout");
    let err = child.stderr.take().expect("stderr");
    let reader = std::thread::spawn(move || {
        let mut v = Vec::new();
        let _ = std::io::Read::read_to_end(&mut { out }, &mut v);
        v
    });
    let err_reader = std::thread::spawn(move || {
        let mut v = Vec::new();
        let _ = std::io::Read::read_to_end(&mut { err }, &mut v);
        v
    });
    let killer = {
        let done = Arc::new(AtomicBool::new(false));
        let d = Arc::clone(&done);
        std::thread::spawn(move || {
            let end = Instant::now() + limit;
            while Instant::now() < end && !d.load(Ordering::SeqCst) {
                std::thread::sleep(Duration::from_millis(20));
            }
            if !d.load(Ordering::SeqCst) {
                // SAFETY: signalling our own child.
                unsafe { libc::kill(pid, libc::SIGKILL) };
            }
        });
        done
    };
    let mut status = 0;
    // SAFETY: zeroed rusage is a valid out-parameter.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: waits for our own child, filling `usage` for it alone.
    unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    killer.store(true, Ordering::SeqCst);
    let wall = started.elapsed();
    let stdout = reader.join().unwrap_or_default();
    let stderr = String::from_utf8_lossy(&err_reader.join().unwrap_or_default()).into_owned();
    (json_lines(&stdout), wall, usage.ru_maxrss, stderr)
}

#[test]
fn one_source_announcing_200000_servers_yields_4_and_one_warning() {
    common::assert_isolated();
    let replies: Vec<Vec<u8>> = (0..200_000u32)
        .map(|i| format!("SERVER_IP:{}", Ipv4Addr::from(0x0a00_0000 + i)).into_bytes())
        .collect();
    let liar = Liar::start(Ipv4Addr::LOCALHOST, replies);
    let target = format!("127.0.0.1:{}", liar.port);
    let (lines, wall, rss_kib, stderr) = run_measured(
        &[
            "scan",
            "--json",
            "--target",
            &target,
            "--timeout",
            "2",
            "--retries",
            "0",
        ],
        Duration::from_secs(20),
    );
    let found = events(&lines, "found");
    assert_eq!(found.len(), 4, "{stderr}");
    let warnings: Vec<&str> = events(&lines, "warning")
        .iter()
        .filter_map(|w| w["message"].as_str())
        .filter(|m| m.contains("different servers"))
        .collect();
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    let fin = events(&lines, "finished");
    assert_eq!(fin.len(), 1, "{stderr}");
    let elapsed = fin[0]["elapsed_ms"].as_u64().unwrap_or(0);
    assert!((1950..=2100).contains(&elapsed), "deadline: {elapsed} ms");
    // At most 1.5 s more for the 4 lookups (they fail at once here).
    assert!(wall < Duration::from_millis(3800), "{wall:?}");
    assert!(rss_kib < 150 * 1024, "peak RSS {rss_kib} KiB");
    eprintln!(
        "200 000 forged servers from one source: 4 listed, {} replies read, peak RSS {} MiB, {wall:?}",
        fin[0]["replies"],
        rss_kib / 1024
    );
}

#[test]
fn announcements_of_unusable_addresses_become_the_senders_address() {
    common::assert_isolated();
    // 127.0.0.2 is loopback too: a sender distinct from the scanner.
    let replies = [
        "0.0.0.0",
        "127.0.0.1",
        "255.255.255.255",
        "224.0.0.1",
        "239.1.2.3",
    ]
    .iter()
    .map(|a| format!("SERVER_IP:{a}").into_bytes())
    .collect();
    let liar = Liar::start(Ipv4Addr::new(127, 0, 0, 2), replies);
    let target = format!("127.0.0.2:{}", liar.port);
    let (lines, _, _, stderr) = run_measured(
        &[
            "scan",
            "--json",
            "--target",
            &target,
            "--timeout",
            "1",
            "--retries",
            "0",
            "--no-details",
        ],
        Duration::from_secs(20),
    );
    let found = events(&lines, "found");
    assert_eq!(found.len(), 1, "{lines:?} {stderr}");
    assert_eq!(found[0]["ip"], "127.0.0.2");
    assert_eq!(found[0]["url"], "http://127.0.0.2:8000/");
}

fn run_with_env(args: &[&str], env: (&str, &str), limit: Duration) -> std::process::Output {
    let (_dir, cfg) = temp_config();
    common::run_with_limit(
        Command::new(common::bin())
            .arg("--config")
            .arg(&cfg)
            .args(args)
            .env(env.0, env.1),
        limit,
    )
}

#[test]
fn a_panic_in_the_scan_worker_exits_2_with_the_message() {
    common::assert_isolated();
    let started = Instant::now();
    let out = run_with_env(
        &["scan", "--target", "127.0.0.1", "--timeout", "5"],
        ("LANSCOUT_TEST_PANIC", "scan"),
        Duration::from_secs(10),
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains("the scan stopped on an internal error: injected panic in scan"),
        "{stderr}"
    );
    assert!(started.elapsed() < Duration::from_secs(2), "no hang");
}

#[test]
fn a_panic_while_answering_one_request_leaves_server_mode_answering() {
    common::assert_isolated();
    let port = common::free_udp_port();
    let (_dir, cfg) = temp_config();
    let child = Command::new(common::bin())
        .arg("--config")
        .arg(&cfg)
        .args([
            "serve",
            "--json",
            "--port",
            &port.to_string(),
            "--duration",
            "3",
        ])
        .env("LANSCOUT_TEST_PANIC", "responder")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("serve");
    assert!(common::wait_for(Duration::from_secs(5), || {
        common::udp_port_bound(port)
    }));
    let client = UdpSocket::bind("127.0.0.1:0").expect("client");
    client
        .set_read_timeout(Some(Duration::from_millis(500)))
        .expect("timeout");
    let mut buf = [0u8; 256];
    client
        .send_to(b"DISCOVER_SERVER", ("127.0.0.1", port))
        .expect("send");
    assert!(
        client.recv_from(&mut buf).is_err(),
        "the panicking request gets no answer"
    );
    client
        .send_to(b"DISCOVER_SERVER", ("127.0.0.1", port))
        .expect("send");
    let (n, _) = client
        .recv_from(&mut buf)
        .expect("the next request is answered");
    assert_eq!(&buf[..n], b"SERVER_IP:127.0.0.1");
    let out = common::wait_limited(child, Duration::from_secs(10));
    assert_eq!(out.status.code(), Some(0));
    let lines = json_lines(&out.stdout);
    let errors = events(&lines, "error");
    assert_eq!(errors.len(), 1, "{lines:?}");
    assert!(errors[0]["message"]
        .as_str()
        .is_some_and(|m| m.contains("internal error while answering")));
    let stats = events(&lines, "stats");
    assert_eq!(stats[0]["answered"], 1);
    assert_eq!(stats[0]["errors"], 1);
}
