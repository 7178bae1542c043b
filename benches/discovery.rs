//! Figures, not assertions: `scripts/bench.sh` runs this inside an isolated
//! network namespace (root needed for the burst part).
//!
//! - reply -> Found latency on loopback (library), median and p99;
//! - the wall time of a 5 s `lanscout scan` (binary);
//! - replies kept when N responders answer one broadcast at once, LanScout
//!   and the stock Python client in the same run.

#[path = "../tests/common/mod.rs"]
mod common;

use std::net::{Ipv4Addr, UdpSocket};
use std::time::{Duration, Instant};

use lanscout::discovery::{start_scan, Event, ScanConfig};
use lanscout::net::Target;

fn main() {
    common::assert_isolated();
    latency();
    cli_latency();
    scan_duration();
    if common::is_root() {
        for n in [1000, 5000, 10000] {
            burst(n);
        }
    } else {
        println!("burst: SKIPPED (needs root for network namespaces)");
    }
}

fn latency() {
    let mut samples = Vec::new();
    for _ in 0..200 {
        let fake = UdpSocket::bind("127.0.0.1:0").expect("fake");
        let port = fake.local_addr().expect("addr").port();
        let server = std::thread::spawn(move || {
            let mut buf = [0u8; 64];
            fake.set_read_timeout(Some(Duration::from_secs(2))).ok();
            let (_, from) = fake.recv_from(&mut buf).ok()?;
            let at = Instant::now();
            fake.send_to(b"SERVER_IP:127.0.0.1", from).ok()?;
            Some(at)
        });
        let config = ScanConfig {
            scan: lanscout::settings::ScanSettings {
                port,
                timeout_secs: 2.0,
                retries: 0,
                lookup_details: false,
                ..Default::default()
            },
            broadcast: false,
            targets: vec![Target::Addr(Ipv4Addr::LOCALHOST, None)],
            ..ScanConfig::default()
        };
        let scan = start_scan(config, || {}).expect("scan");
        for e in scan.events().iter() {
            if matches!(e, Event::Found(_)) {
                let found = Instant::now();
                if let Ok(Some(sent)) = server.join() {
                    samples.push(found.duration_since(sent));
                }
                scan.cancel();
                break;
            }
        }
    }
    samples.sort();
    let pick = |q: f64| samples[((samples.len() - 1) as f64 * q) as usize];
    println!(
        "reply -> Found (loopback, {} samples): median {:?}, p99 {:?}, max {:?}",
        samples.len(),
        pick(0.5),
        pick(0.99),
        pick(1.0)
    );
}

/// Reply sent -> `found` line read from the binary's stdout.
fn cli_latency() {
    use std::io::BufRead;
    let (_dir, cfg) = common::temp_config();
    let mut samples = Vec::new();
    for _ in 0..30 {
        let fake = UdpSocket::bind("127.0.0.1:0").expect("fake");
        let port = fake.local_addr().expect("addr").port().to_string();
        let mut child = std::process::Command::new(common::bin())
            .arg("--config")
            .arg(&cfg)
            .args([
                "scan",
                "--json",
                "--timeout",
                "2",
                "--retries",
                "0",
                "-t",
                "127.0.0.1",
                "--port",
                &port,
            ])
            .stdout(std::process::Stdio::piped())
            .spawn()
            .expect("spawn scan");
        let mut buf = [0u8; 64];
        fake.set_read_timeout(Some(Duration::from_secs(2))).ok();
        let Ok((_, from)) = fake.recv_from(&mut buf) else {
            continue;
        };
        std::thread::sleep(Duration::from_millis(20));
        let sent = Instant::now();
        let _ = fake.send_to(b"SERVER_IP:127.0.0.1", from);
        if let Some(out) = child.stdout.take() {
            for line in std::io::BufReader::new(out).lines().map_while(Result::ok) {
                if line.contains("\"found\"") {
                    samples.push(sent.elapsed());
                    break;
                }
            }
        }
        let _ = child.kill();
        let _ = child.wait();
    }
    samples.sort();
    if let (Some(first), Some(last)) = (samples.first(), samples.last()) {
        println!(
            "reply -> `found` line on stdout (binary, {} samples): median {:?}, min {first:?}, max {last:?}",
            samples.len(),
            samples[samples.len() / 2]
        );
    }
}

fn scan_duration() {
    let (_dir, cfg) = common::temp_config();
    let port = common::free_udp_port().to_string();
    let started = Instant::now();
    let out = common::lanscout(
        &[
            "scan",
            "--timeout",
            "5",
            "-t",
            "127.0.0.1",
            "--port",
            &port,
            "--json",
        ],
        &cfg,
        Duration::from_secs(20),
    );
    let wall = started.elapsed();
    let lines = common::json_lines(&out.stdout);
    let elapsed = common::events(&lines, "finished")
        .first()
        .map(|f| f["elapsed_ms"].clone())
        .unwrap_or_default();
    println!("5 s scan: engine elapsed {elapsed} ms, process wall time {wall:?}");
}

fn burst(count: usize) {
    let mut lab = common::Lab::new();
    let (c, srv) = (lab.host("c"), lab.host("s"));
    lab.link(&c, "eth0", "10.80.0.1/16", &srv, "eth0", "10.80.0.2/16");
    let first = u32::from(Ipv4Addr::new(10, 80, 1, 1));
    let addrs: String = (0..count)
        .map(|i| {
            format!(
                "addr add {}/16 dev eth0\n",
                Ipv4Addr::from(first + i as u32)
            )
        })
        .collect();
    lab.batch(&srv, &addrs);
    let _burst = common::BurstResponder::start(&srv, 9999, Ipv4Addr::new(10, 80, 1, 1), count);
    let (_dir, cfg) = common::temp_config();
    let out = lab.lanscout(
        &c,
        &cfg,
        &["scan", "--json", "--timeout", "4", "--retries", "0"],
        Duration::from_secs(30),
    );
    let lines = common::json_lines(&out.stdout);
    let kept = common::events(&lines, "found").len();
    let rcvbuf = common::events(&lines, "finished")
        .first()
        .map(|f| f["rcvbuf"].clone())
        .unwrap_or_default();
    let stock = lab.stock_discover(&c, 4.0, 9999).len();
    println!(
        "burst of {count} replies to one broadcast: LanScout kept {kept} (rcvbuf {rcvbuf} B), stock client kept {stock} \
         ({:.0}% vs {:.0}%)",
        100.0 * kept as f64 / count as f64,
        100.0 * stock as f64 / count as f64
    );
}
