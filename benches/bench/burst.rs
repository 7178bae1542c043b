//! Burst completeness: 10 000 servers answer one broadcast at once (a C
//! responder with sendmmsg, each reply from its own address). LanScout and
//! the stock client in the same run, as root and as an unprivileged user.

use std::io::{BufRead, BufReader};
use std::net::Ipv4Addr;
use std::process::{Command, Stdio};

use crate::common::{self, Lab};
use crate::measure::{self, in_netns};
use crate::report::Report;

const COUNT: usize = 10_000;
const RUNS: usize = 10;

/// Who runs the scan.
#[derive(Clone, Copy, PartialEq)]
pub enum Who {
    Root,
    /// uid nobody: no CAP_NET_ADMIN, so no SO_RCVBUFFORCE.
    Unprivileged,
}

/// A lab with COUNT answering addresses; the C burst responder runs in `s`.
pub struct BurstLab {
    pub lab: Lab,
    pub client: String,
}

impl BurstLab {
    pub const COUNT: usize = COUNT;

    pub fn new(count: usize, responder: &str) -> BurstLab {
        let mut lab = Lab::new();
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
        let mut cmd = lab.cmd(&srv, responder);
        cmd.args(["9999", "10.80.1.1", &count.to_string(), "3600"])
            .stdout(Stdio::piped())
            .stderr(Stdio::null());
        let child = lab.spawn(cmd);
        if let Some(out) = child.stdout.take() {
            let mut line = String::new();
            let _ = BufReader::new(out).read_line(&mut line);
            assert_eq!(line.trim(), "ready", "burst responder did not start");
        }
        BurstLab { lab, client: c }
    }

    /// `lanscout scan ARGS` in the client namespace as `who`: (found, rcvbuf
    /// granted, RcvbufErrors delta, peak RSS KiB).
    pub fn lanscout(
        &self,
        who: Who,
        config: &std::path::Path,
        args: &[&str],
    ) -> (usize, String, u64, measure::Ended) {
        let mut cmd = Command::new("ip");
        cmd.args(["netns", "exec", &self.client]);
        if who == Who::Unprivileged {
            cmd.args([
                "setpriv",
                "--reuid=nobody",
                "--regid=nogroup",
                "--clear-groups",
                "--inh-caps=-all",
            ]);
        }
        cmd.arg(common::bin())
            .arg("--config")
            .arg(config)
            .args(args);
        let ns = self.client.clone();
        let before = in_netns(&ns, || common::udp_counter("RcvbufErrors"));
        let mut child = cmd
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("scan");
        let out = child.stdout.take().map(|o| {
            std::thread::spawn(move || {
                let mut v = Vec::new();
                let _ = std::io::Read::read_to_end(&mut BufReader::new(o), &mut v);
                v
            })
        });
        let peak = measure::watch_peak_rss(child.id());
        let mut ended = measure::wait_measured(&mut child);
        // wait4's figure also counts the forked image of this (large)
        // process before exec: the peak seen after exec is the scan's own.
        ended.max_rss_kib = peak.join().unwrap_or(0);
        let stdout = out.and_then(|t| t.join().ok()).unwrap_or_default();
        let lines = common::json_lines(&stdout);
        let found = common::events(&lines, "found").len();
        let rcvbuf = common::events(&lines, "finished")
            .first()
            .map(|f| f["rcvbuf"].to_string())
            .unwrap_or_default();
        let after = in_netns(&ns, || common::udp_counter("RcvbufErrors"));
        (found, rcvbuf, after.saturating_sub(before), ended)
    }

    /// The stock client's discover(): (found, RcvbufErrors delta).
    pub fn stock(&self, timeout: f64) -> (usize, u64) {
        let ns = self.client.clone();
        let before = in_netns(&ns, || common::udp_counter("RcvbufErrors"));
        let found = self.lab.stock_discover(&self.client, timeout, 9999).len();
        let after = in_netns(&ns, || common::udp_counter("RcvbufErrors"));
        (found, after.saturating_sub(before))
    }
}

/// A settings file both root and nobody can read.
pub fn shared_config() -> (tempfile::TempDir, std::path::PathBuf) {
    let (dir, cfg) = common::temp_config();
    use std::os::unix::fs::PermissionsExt;
    let _ = std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o777));
    (dir, cfg)
}

fn spread(v: &[usize]) -> String {
    let (min, max) = (v.iter().min().unwrap_or(&0), v.iter().max().unwrap_or(&0));
    let full = v.iter().filter(|&&k| k == COUNT).count();
    format!("{min}–{max} of {COUNT}, all in {full} of {} runs", v.len())
}

/// Returns the peak RSS and CPU time of a root scan that kept the burst.
pub fn run(report: &mut Report, burst: &BurstLab) -> Option<measure::Ended> {
    let rmem_max: u64 = std::fs::read_to_string("/proc/sys/net/core/rmem_max")
        .ok()
        .and_then(|s| s.trim().parse().ok())
        .unwrap_or(0);
    report.section(&format!(
        "Burst: {COUNT} servers answer one broadcast ({RUNS} runs; net.core.rmem_max {rmem_max})"
    ));
    let (_dir, cfg) = shared_config();
    let mut scan_rss = None;
    for who in [Who::Root, Who::Unprivileged] {
        let label = match who {
            Who::Root => "root",
            Who::Unprivileged => "unprivileged (uid nobody, no CAP_NET_ADMIN)",
        };
        let (mut one, mut drops, mut stock, mut stock_drops) = (vec![], 0, vec![], 0);
        let mut rcvbuf = String::new();
        for _ in 0..RUNS {
            let (found, buf, d, ended) = burst.lanscout(
                who,
                &cfg,
                &[
                    "scan",
                    "--json",
                    "--no-details",
                    "--timeout",
                    "2",
                    "--retries",
                    "0",
                ],
            );
            one.push(found);
            drops += d;
            rcvbuf = buf;
            if who == Who::Root && found == COUNT {
                scan_rss = Some(ended);
            }
            let (s, sd) = burst.stock(2.0);
            stock.push(s);
            stock_drops += sd;
        }
        let met = one.iter().all(|&k| k == COUNT);
        report.row(
            &format!("one burst (`--retries 0`), {label}"),
            format!("{}; kernel drops {drops}; rcvbuf {rcvbuf} B", spread(&one)),
            format!(
                "stock client {}; kernel drops {stock_drops}",
                spread(&stock)
            ),
            "10 000 of 10 000 in 10 of 10",
            Some(met),
        );
        let mut default = vec![];
        let mut drops = 0;
        for _ in 0..3 {
            let (found, _, d, _) = burst.lanscout(who, &cfg, &["scan", "--json", "--no-details"]);
            default.push(found);
            drops += d;
        }
        report.row(
            &format!("default settings (retries re-ask), {label}"),
            format!("{}; kernel drops {drops}", spread(&default)),
            String::new(),
            "",
            None,
        );
    }
    if rmem_max != 212_992 {
        report.note(format!(
            "net.core.rmem_max was {rmem_max}, not Debian's default 212992: the unprivileged figures \
             are for this kernel's limit (scripts/bench.sh sets 212992 for the run when it can)"
        ));
    }
    scan_rss
}
