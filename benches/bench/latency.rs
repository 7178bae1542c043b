//! Reply → `found` (library event and the binary's stdout line), and how
//! exactly a scan ends at its timeout whatever arrives.

use std::io::BufRead;
use std::net::{Ipv4Addr, UdpSocket};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use lanscout::discovery::{start_scan, Event, ScanConfig};
use lanscout::net::Target;

use crate::burst::BurstLab;
use crate::common;
use crate::measure::{ms, quantile, us};
use crate::report::Report;

const SCANS: usize = 100;

pub fn run(report: &mut Report) {
    report.section(&format!("Reply → found, loopback ({SCANS} scans each)"));
    let mut lib = library_samples();
    lib.sort();
    let p99 = quantile(&lib, 0.99);
    report.row(
        "reply sent → `found` event (library)",
        format!(
            "p50 {}, p99 {} ({} samples)",
            us(quantile(&lib, 0.5)),
            us(p99),
            lib.len()
        ),
        "stock client: results only when its timeout ends".into(),
        "p99 ≤ 1 ms",
        Some(lib.len() == SCANS && p99 <= Duration::from_millis(1)),
    );
    let mut cli = cli_samples();
    cli.sort();
    let p99 = quantile(&cli, 0.99);
    report.row(
        "reply sent → `found` line on stdout (binary)",
        format!(
            "p50 {}, p99 {} ({} samples)",
            us(quantile(&cli, 0.5)),
            us(p99),
            cli.len()
        ),
        "stock client: printed after discover() returns".into(),
        "p99 ≤ 1 ms",
        Some(cli.len() == SCANS && p99 <= Duration::from_millis(1)),
    );
}

fn one_target(port: u16) -> ScanConfig {
    ScanConfig {
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
    }
}

fn library_samples() -> Vec<Duration> {
    let mut samples = Vec::new();
    for _ in 0..SCANS {
        let fake = UdpSocket::bind("127.0.0.1:0").expect("fake");
        let port = fake.local_addr().expect("addr").port();
        let server = std::thread::spawn(move || {
            let mut buf = [0u8; 64];
            fake.set_read_timeout(Some(Duration::from_secs(2))).ok();
            let (_, from) = fake.recv_from(&mut buf).ok()?;
            // Let the scan settle into its receive wait first.
            std::thread::sleep(Duration::from_millis(5));
            let at = Instant::now();
            fake.send_to(b"SERVER_IP:127.0.0.1", from).ok()?;
            Some(at)
        });
        let scan = start_scan(one_target(port), || {}).expect("scan");
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
    samples
}

fn cli_samples() -> Vec<Duration> {
    let (_dir, cfg) = common::temp_config();
    let mut samples = Vec::new();
    for _ in 0..SCANS {
        let fake = UdpSocket::bind("127.0.0.1:0").expect("fake");
        let port = fake.local_addr().expect("addr").port().to_string();
        let mut child = Command::new(common::bin())
            .arg("--config")
            .arg(&cfg)
            .args([
                "scan",
                "--json",
                "--no-details",
                "--timeout",
                "2",
                "--retries",
                "0",
            ])
            .args(["-t", "127.0.0.1", "--port", &port])
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("spawn scan");
        let mut buf = [0u8; 64];
        fake.set_read_timeout(Some(Duration::from_secs(2))).ok();
        if let Ok((_, from)) = fake.recv_from(&mut buf) {
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
        }
        let _ = child.kill();
        let _ = child.wait();
    }
    samples
}

/// Wall time of `lanscout scan --timeout 2` while a loopback fake answers
/// the probe with a flood of replies until the scan ends.
fn under_flood(cfg: &std::path::Path) -> (Duration, Duration, u64) {
    let fake = UdpSocket::bind("127.0.0.1:0").expect("fake");
    let port = fake.local_addr().expect("addr").port().to_string();
    let stop = Arc::new(AtomicBool::new(false));
    let flag = Arc::clone(&stop);
    let flooder = std::thread::spawn(move || {
        let mut buf = [0u8; 64];
        fake.set_read_timeout(Some(Duration::from_secs(3))).ok();
        let Ok((_, from)) = fake.recv_from(&mut buf) else {
            return 0u64;
        };
        let mut sent = 0u64;
        while !flag.load(Ordering::Relaxed) {
            let reply = format!("SERVER_IP:127.0.{}.{}", (sent >> 8) & 255, sent & 255);
            if fake.send_to(reply.as_bytes(), from).is_ok() {
                sent += 1;
            }
        }
        sent
    });
    let started = Instant::now();
    let out = common::lanscout(
        &[
            "scan",
            "--json",
            "--no-details",
            "--timeout",
            "2",
            "-t",
            "127.0.0.1",
            "--port",
            &port,
        ],
        cfg,
        Duration::from_secs(10),
    );
    let wall = started.elapsed();
    stop.store(true, Ordering::Relaxed);
    (
        engine_elapsed(&out.stdout),
        wall,
        flooder.join().unwrap_or(0),
    )
}

/// The scan's own account of its duration (`finished.elapsed_ms`).
fn engine_elapsed(stdout: &[u8]) -> Duration {
    let lines = common::json_lines(stdout);
    common::events(&lines, "finished")
        .first()
        .and_then(|f| f["elapsed_ms"].as_u64())
        .map(Duration::from_millis)
        .unwrap_or_default()
}

/// A scan with timeout T ends at T whatever arrives: nothing, a burst of
/// 10 000 replies, a flood.
pub fn timeout_honesty(report: &mut Report, burst: &BurstLab) {
    report.section("Scan duration honesty: `--timeout 2` (5 runs each)");
    let (_dir, cfg) = crate::burst::shared_config();
    let goal = Duration::from_secs(2);
    let within = |d: Duration| d.abs_diff(goal) <= Duration::from_millis(20);
    type Case<'a> = (&'a str, Vec<Duration>, Vec<Duration>, Vec<Duration>);
    let mut cases: Vec<Case> = Vec::new();
    for (label, port) in [
        ("nothing answers", "9998"),
        ("10 000 replies at once", "9999"),
    ] {
        let (mut ours, mut walls, mut stock) = (Vec::new(), Vec::new(), Vec::new());
        for _ in 0..5 {
            let started = Instant::now();
            let out = burst.lab.lanscout(
                &burst.client,
                &cfg,
                &[
                    "scan",
                    "--json",
                    "--no-details",
                    "--timeout",
                    "2",
                    "--port",
                    port,
                ],
                Duration::from_secs(10),
            );
            walls.push(started.elapsed());
            ours.push(engine_elapsed(&out.stdout));
            stock.push(stock_elapsed(burst, port));
        }
        cases.push((label, ours, walls, stock));
    }
    let (mut flood, mut walls) = (Vec::new(), Vec::new());
    let mut flood_sent = 0;
    for _ in 0..5 {
        let (d, wall, sent) = under_flood(&cfg);
        flood.push(d);
        walls.push(wall);
        flood_sent = flood_sent.max(sent);
    }
    cases.push(("a flood of replies (loopback)", flood, walls, Vec::new()));
    for (label, mut ours, mut walls, mut stock) in cases {
        ours.sort();
        walls.sort();
        stock.sort();
        let stock_text = if stock.is_empty() {
            String::new()
        } else {
            format!(
                "stock discover(2.0): {} – {} (its own clock)",
                ms(stock[0]),
                ms(stock[stock.len() - 1])
            )
        };
        report.row(
            &format!("ends at T = 2 s when {label}"),
            format!(
                "scan {} – {}; process wall {} – {}",
                ms(ours[0]),
                ms(ours[ours.len() - 1]),
                ms(walls[0]),
                ms(walls[walls.len() - 1])
            ),
            stock_text,
            "2 s ± 20 ms",
            Some(ours.iter().all(|&d| within(d))),
        );
    }
    report.note(format!(
        "scan = the engine's own `elapsed_ms` (the goal applies to it); process wall = spawn to exit through `ip netns exec`, start-up and exit included; the flood sent up to {flood_sent} replies in one run"
    ));
}

fn stock_elapsed(burst: &BurstLab, port: &str) -> Duration {
    let mut c = burst
        .lab
        .cmd(&burst.client, &common::peers_python().display().to_string());
    c.arg(common::peer_script("discover.py"))
        .args(["2.0", port]);
    let out = common::run_with_limit(&mut c, Duration::from_secs(30));
    serde_json::from_slice::<serde_json::Value>(&out.stdout)
        .ok()
        .and_then(|v| v["elapsed"].as_f64())
        .map(Duration::from_secs_f64)
        .unwrap_or_default()
}
