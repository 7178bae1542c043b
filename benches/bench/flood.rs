//! Server mode under a flood of valid requests on loopback: answered/s and
//! unanswered share for LanScout (limits off, then on), the stock listener
//! and a minimal batched C responder (the floor of this machine).

use std::net::UdpSocket;
use std::os::fd::AsRawFd;
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use crate::common;
use crate::measure;
use crate::report::Report;

const FLOODERS: u8 = 2;

/// Requests sent and replies received by the flooders.
#[derive(Default, Clone, Copy)]
struct Load {
    sent: u64,
    answered: u64,
    secs: f64,
}

impl Load {
    fn per_sec(&self) -> f64 {
        self.answered as f64 / self.secs
    }
    fn unanswered(&self) -> f64 {
        100.0 * (1.0 - self.answered as f64 / self.sent.max(1) as f64)
    }
    fn text(&self) -> String {
        format!(
            "{:.0} answered/s, {:.1} % unanswered",
            self.per_sec(),
            self.unanswered()
        )
    }
}

/// Floods 127.0.0.1:`port` for `secs` from FLOODERS sockets, each sending
/// in batches and draining its replies in between; `during` runs meanwhile.
fn flood(port: u16, secs: f64, during: impl FnOnce()) -> Load {
    let stop = Arc::new(AtomicBool::new(false));
    let threads: Vec<_> = (0..FLOODERS)
        .map(|i| {
            let stop = Arc::clone(&stop);
            std::thread::spawn(move || {
                let s = UdpSocket::bind(("127.0.0.1", 0)).expect("flooder");
                let big: libc::c_int = 16 << 20;
                // SAFETY: setsockopt with a valid fd and an int option value.
                unsafe {
                    libc::setsockopt(
                        s.as_raw_fd(),
                        libc::SOL_SOCKET,
                        libc::SO_RCVBUFFORCE,
                        (&big as *const libc::c_int).cast(),
                        std::mem::size_of::<libc::c_int>() as libc::socklen_t,
                    );
                }
                s.set_nonblocking(true).expect("nonblocking");
                let _ = i;
                let (mut sent, mut answered) = (0u64, 0u64);
                let mut buf = [0u8; 128];
                while !stop.load(Ordering::Relaxed) {
                    for _ in 0..32 {
                        if s.send_to(b"DISCOVER_SERVER", ("127.0.0.1", port)).is_ok() {
                            sent += 1;
                        }
                    }
                    while s.recv_from(&mut buf).is_ok() {
                        answered += 1;
                    }
                }
                // Replies still on their way.
                let end = Instant::now() + Duration::from_millis(300);
                while Instant::now() < end {
                    match s.recv_from(&mut buf) {
                        Ok(_) => answered += 1,
                        Err(_) => std::thread::sleep(Duration::from_millis(5)),
                    }
                }
                (sent, answered)
            })
        })
        .collect();
    let started = Instant::now();
    let deadline = started + Duration::from_secs_f64(secs);
    during();
    std::thread::sleep(deadline.saturating_duration_since(Instant::now()));
    stop.store(true, Ordering::Relaxed);
    let secs = started.elapsed().as_secs_f64();
    let mut load = Load {
        secs,
        ..Load::default()
    };
    for t in threads {
        let (s, a) = t.join().unwrap_or((0, 0));
        load.sent += s;
        load.answered += a;
    }
    load
}

fn stop(mut c: Child) {
    let _ = c.kill();
    let _ = c.wait();
}

fn wait_bound(port: u16, limit: Duration) {
    assert!(
        common::wait_for(limit, || common::udp_port_bound(port)),
        "nothing bound port {port}"
    );
}

/// Returns the RSS (KiB) of `serve` after 5 s and after 30 s of flood.
pub fn run(report: &mut Report, floor_bin: &str) -> (u64, u64) {
    report.section(&format!(
        "Server mode under a flood of valid requests (loopback, {FLOODERS} flooders)"
    ));
    // LanScout, limits off, 30 s: throughput and flat memory.
    let port = common::free_udp_port();
    let (_dir, cfg) = common::temp_config();
    let server = common::serve_for(&cfg, port, 120, &["--no-rate-limit"]);
    let pid = server.pid();
    let mut rss = (0, 0);
    let ours = flood(port, 30.0, || {
        std::thread::sleep(Duration::from_secs(5));
        rss.0 = measure::rss_kib(pid);
    });
    rss.1 = measure::rss_kib(pid);
    drop(server);

    let port = common::free_udp_port();
    let floor = Command::new(floor_bin)
        .args([&port.to_string(), "127.0.0.1", "60"])
        .stdout(Stdio::null())
        .spawn()
        .expect("C floor responder");
    wait_bound(port, Duration::from_secs(5));
    let c_floor = flood(port, 10.0, || {});
    stop(floor);

    let port = common::free_udp_port();
    let stock = common::stock_server_command(&[], port, 60)
        .spawn()
        .expect("stock listener");
    std::thread::sleep(common::STOCK_STARTUP);
    wait_bound(port, Duration::from_secs(10));
    let stock_load = flood(port, 10.0, || {});
    stop(stock);

    let port = common::free_udp_port();
    let limited_server = common::serve_for(&cfg, port, 120, &[]);
    let limited = flood(port, 10.0, || {});
    drop(limited_server);

    let vs_floor = ours.per_sec() / c_floor.per_sec().max(1.0);
    let vs_stock = ours.per_sec() / stock_load.per_sec().max(1.0);
    report.row(
        "rate limits off (30 s)",
        ours.text(),
        format!(
            "stock listener {}; C recvmmsg/sendmmsg floor {}",
            stock_load.text(),
            c_floor.text()
        ),
        "≥ 0.9× C floor, ≥ 1.8× stock",
        Some(vs_floor >= 0.9 && vs_stock >= 1.8),
    );
    report.row(
        "ratio",
        format!("{vs_floor:.2}× the C floor, {vs_stock:.2}× the stock listener"),
        String::new(),
        "",
        None,
    );
    report.row(
        "rate limits on (default, 10 s)",
        limited.text(),
        "stock listener has no limit".into(),
        "",
        None,
    );
    report.row(
        "serve RSS after 5 s / 30 s of flood",
        format!(
            "{:.1} / {:.1} MiB",
            rss.0 as f64 / 1024.0,
            rss.1 as f64 / 1024.0
        ),
        String::new(),
        "flat",
        Some(rss.1 <= rss.0 + 1024),
    );
    rss
}
