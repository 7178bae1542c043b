//! Sweep figures: routed and on-link, send phase, achieved rate and its
//! jitter per 100 ms window (UDP OutDatagrams of the scanning namespace).

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use crate::burst::shared_config;
use crate::common::{self, Lab};
use crate::report::Report;

/// Samples OutDatagrams of `ns` every 100 ms until stopped.
struct Sampler {
    stop: Arc<AtomicBool>,
    thread: std::thread::JoinHandle<Vec<(Instant, u64)>>,
}

impl Sampler {
    fn start(ns: &str) -> Sampler {
        use std::os::fd::AsRawFd;
        let stop = Arc::new(AtomicBool::new(false));
        let flag = Arc::clone(&stop);
        let path = format!("/run/netns/{ns}");
        let thread = std::thread::spawn(move || {
            let file = std::fs::File::open(&path).expect("namespace file");
            // SAFETY: setns on a valid fd; it only moves this thread.
            assert_eq!(
                unsafe { libc::setns(file.as_raw_fd(), libc::CLONE_NEWNET) },
                0
            );
            let mut out = Vec::new();
            let start = Instant::now();
            let mut tick = 0u32;
            while !flag.load(Ordering::Relaxed) {
                out.push((Instant::now(), common::udp_counter("OutDatagrams")));
                tick += 1;
                let next = start + Duration::from_millis(100) * tick;
                std::thread::sleep(next.saturating_duration_since(Instant::now()));
            }
            out
        });
        Sampler { stop, thread }
    }

    fn finish(self) -> Vec<(Instant, u64)> {
        self.stop.store(true, Ordering::Relaxed);
        self.thread.join().unwrap_or_default()
    }
}

/// Send phase, mean rate and the spread of the full 100 ms windows.
struct Figures {
    send_phase: Duration,
    sent: u64,
    rate: f64,
    jitter: (f64, f64),
    scan: Duration,
}

fn figures(samples: &[(Instant, u64)], scan: Duration) -> Figures {
    let deltas: Vec<(Instant, u64)> = samples
        .windows(2)
        .map(|w| (w[1].0, w[1].1.saturating_sub(w[0].1)))
        .collect();
    let active: Vec<usize> = (0..deltas.len()).filter(|&i| deltas[i].1 > 0).collect();
    let (Some(&first), Some(&last)) = (active.first(), active.last()) else {
        return Figures {
            send_phase: Duration::ZERO,
            sent: 0,
            rate: 0.0,
            jitter: (0.0, 0.0),
            scan,
        };
    };
    let sent: u64 = deltas[first..=last].iter().map(|d| d.1).sum();
    // The first window holds the start, the last the end: both partial.
    let send_phase = deltas[last].0.duration_since(deltas[first].0) + Duration::from_millis(100);
    let inner: Vec<f64> = if last > first + 1 {
        deltas[first + 1..last]
            .iter()
            .map(|d| d.1 as f64 * 10.0)
            .collect()
    } else {
        Vec::new()
    };
    let jitter = (
        inner.iter().cloned().fold(f64::INFINITY, f64::min),
        inner.iter().cloned().fold(0.0, f64::max),
    );
    Figures {
        send_phase,
        sent,
        rate: sent as f64 / send_phase.as_secs_f64(),
        jitter: if inner.is_empty() { (0.0, 0.0) } else { jitter },
        scan,
    }
}

fn sweep(lab: &Lab, client: &str, args: &[&str]) -> Figures {
    let (_dir, cfg) = shared_config();
    let sampler = Sampler::start(client);
    std::thread::sleep(Duration::from_millis(250));
    let started = Instant::now();
    // No retries: later rounds would count as sending.
    let mut all = vec![
        "scan",
        "--json",
        "--no-details",
        "--timeout",
        "1",
        "--retries",
        "0",
    ];
    all.extend_from_slice(args);
    let _ = lab.lanscout(client, &cfg, &all, Duration::from_secs(900));
    let scan = started.elapsed();
    std::thread::sleep(Duration::from_millis(250));
    figures(&sampler.finish(), scan)
}

fn row(report: &mut Report, label: &str, f: &Figures, goal: &str, met: Option<bool>) {
    let windows = if f.jitter.1 > 0.0 {
        format!("full 100 ms windows {:.0}–{:.0}/s", f.jitter.0, f.jitter.1)
    } else {
        "no full 100 ms window".into()
    };
    report.row(
        label,
        format!(
            "send phase {:.2} s, scan {:.1} s; {} probes at {:.0}/s ({windows})",
            f.send_phase.as_secs_f64(),
            f.scan.as_secs_f64(),
            f.sent,
            f.rate,
        ),
        "stock client: no sweep".into(),
        goal,
        met,
    );
}

pub fn run(report: &mut Report, long: bool) {
    report.section("Sweeps at the default rate cap (2 000 probes/s)");
    // Routed: the client reaches 10.200.0.0/16 through a router that drops
    // it (a target range is swept without --sweep, which would add the
    // client's own link).
    let mut lab = Lab::new();
    let (c, r) = (lab.host("c"), lab.host("r"));
    lab.link(&c, "eth0", "10.90.0.1/24", &r, "eth0", "10.90.0.254/24");
    lab.forward(&r);
    lab.batch(&r, "route add blackhole 10.200.0.0/16\n");
    lab.route(&c, "10.200.0.0/16", "10.90.0.254");
    let f = sweep(&lab, &c, &["-t", "10.200.0.0/24"]);
    row(
        report,
        "routed /24",
        &f,
        "send phase ≤ 0.3 s",
        Some(f.send_phase <= Duration::from_millis(300)),
    );
    let f = sweep(&lab, &c, &["-t", "10.200.0.0/16"]);
    row(
        report,
        "routed /16",
        &f,
        "≤ 35 s",
        Some(f.send_phase <= Duration::from_secs(35)),
    );
    drop(lab);

    // On-link: the client's own subnet, nobody home but one neighbour.
    for (prefix, run) in [(24, true), (20, true), (16, long)] {
        if !run {
            report.note(format!(
                "on-link /{prefix} not run (about 6.5 min; `scripts/bench.sh --long` runs it)"
            ));
            continue;
        }
        let mut lab = Lab::new();
        let (c, s) = (lab.host("c"), lab.host("s"));
        lab.link(
            &c,
            "eth0",
            &format!("10.91.0.1/{prefix}"),
            &s,
            "eth0",
            &format!("10.91.0.2/{prefix}"),
        );
        let f = sweep(&lab, &c, &["--sweep"]);
        row(
            report,
            &format!("on-link /{prefix} (paced to the neighbour table)"),
            &f,
            "",
            None,
        );
    }
}
