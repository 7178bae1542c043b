//! Shared test helpers, one file per thing they start: [`run`] (the real
//! binary), [`peers`] (the stock Python packages), [`lab`] (network
//! namespaces), [`responders`] (stand-in servers on loopback), [`display`]
//! (Xvfb, weston, OCR). This file: paths, root and isolation checks, ports,
//! /proc readings, timing bounds, and the one kill-on-drop guard. Nothing
//! here sends a datagram outside loopback or namespaces the tests create
//! themselves.
#![allow(dead_code, unused_imports)]

pub mod display;
pub mod lab;
pub mod peers;
pub mod responders;
pub mod run;

pub use display::*;
pub use lab::*;
pub use peers::*;
pub use responders::*;
pub use run::*;

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::{Duration, Instant};

/// The `lanscout` binary built for these tests.
pub fn bin() -> &'static str {
    env!("CARGO_BIN_EXE_lanscout")
}

/// The repository root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Every file under `dir` (recursively) whose name ends in `.ext`.
pub fn files_under(dir: &Path, ext: &str) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut dirs = vec![dir.to_path_buf()];
    while let Some(d) = dirs.pop() {
        for entry in std::fs::read_dir(&d).expect("readable folder").flatten() {
            let path = entry.path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == ext) {
                out.push(path);
            }
        }
    }
    out
}

/// Whether the tests run as root (needed for namespaces).
pub fn is_root() -> bool {
    // SAFETY: geteuid has no preconditions.
    unsafe { libc::geteuid() == 0 }
}

/// Name of the variable that allows a test needing root to skip itself.
/// A developer without root may set it; scripts/test.sh refuses to run with
/// it, so in CI a test that cannot do its work fails instead of passing.
pub const ALLOW_SKIP: &str = "LANSCOUT_ALLOW_SKIP";

/// Whether a test that needs root (`why`: for what) can do its work. Without
/// root it fails, naming the opt-in, unless `LANSCOUT_ALLOW_SKIP=1` is set:
/// then it prints a `SKIPPED` line and the caller returns. A skip is never a
/// silent "ok".
pub fn root_or_skip(why: &str, test: &str) -> bool {
    if is_root() {
        return true;
    }
    if std::env::var(ALLOW_SKIP).is_ok_and(|v| v == "1") {
        eprintln!("SKIPPED (needs root {why}): {test}");
        return false;
    }
    panic!(
        "{test} needs root {why}; run the suite as root (scripts/test.sh), \
         or set {ALLOW_SKIP}=1 to let it skip on this machine"
    );
}

/// Returns early from a test when it cannot have root and a skip is allowed
/// (see `root_or_skip`); fails it otherwise.
#[macro_export]
macro_rules! require_root {
    () => {
        $crate::require_root!("for network namespaces")
    };
    ($why:expr) => {
        // libtest names each test's thread after the test.
        let test = std::thread::current()
            .name()
            .map(str::to_string)
            .unwrap_or_else(|| module_path!().to_string());
        if !common::root_or_skip($why, &test) {
            return;
        }
    };
}

/// Panics unless this process sits in a network namespace with nothing but
/// loopback: the guard that keeps a test mistake off the real network.
/// scripts/test.sh runs the suite under `unshare --net`.
pub fn assert_isolated() {
    let out = Command::new("ip")
        .args(["-o", "link", "show"])
        .output()
        .expect("run `ip link` (iproute2)");
    let text = String::from_utf8_lossy(&out.stdout);
    let others: Vec<&str> = text
        .lines()
        .filter_map(|l| l.split(':').nth(1).map(str::trim))
        .filter(|name| *name != "lo")
        .collect();
    assert!(
        others.is_empty(),
        "network tests must run in an isolated network namespace (found interfaces {others:?}); \
         run them with scripts/test.sh, which uses `unshare --net`"
    );
}

/// A free UDP port on loopback (bound then released).
pub fn free_udp_port() -> u16 {
    let s = std::net::UdpSocket::bind("127.0.0.1:0").expect("bind ephemeral");
    s.local_addr().expect("local addr").port()
}

/// Whether some socket in this namespace is bound to UDP `port` (reads
/// /proc/net/udp, so it never races with the socket's owner).
pub fn udp_port_bound(port: u16) -> bool {
    let table = std::fs::read_to_string("/proc/net/udp").unwrap_or_default();
    udp_table_has_port(&table, port)
}

/// Whether a /proc/net/udp table lists a socket bound to `port`.
pub fn udp_table_has_port(table: &str, port: u16) -> bool {
    let needle = format!(":{port:04X} ");
    table.lines().skip(1).any(|l| {
        l.split_whitespace()
            .nth(1)
            .is_some_and(|local| format!("{local} ").ends_with(&needle))
    })
}

/// A size field (`VmRSS`, `VmHWM`, …) of /proc/`pid`/status in KiB; `pid`
/// may be `self`. Panics when it cannot be read: a memory bound checked
/// against a value that was never measured would pass for nothing.
pub fn proc_status_kib(pid: &str, field: &str) -> u64 {
    try_proc_status_kib(pid, field)
        .unwrap_or_else(|| panic!("cannot read {field} of /proc/{pid}/status"))
}

/// As [`proc_status_kib`], `None` when the process is gone.
pub fn try_proc_status_kib(pid: &str, field: &str) -> Option<u64> {
    std::fs::read_to_string(format!("/proc/{pid}/status"))
        .ok()?
        .lines()
        .find_map(|l| l.strip_prefix(field)?.strip_prefix(':'))
        .and_then(|v| v.split_whitespace().next()?.parse().ok())
}

/// How far past its deadline a scan may end, measured on the engine's own
/// clock (`elapsed_ms`), in a debug build on a loaded 2-core machine. The
/// claim is "ends at the deadline, not at the next reply or much later";
/// the benchmarks print the real figures (a few ms).
pub const DEADLINE_SLACK_MS: u64 = 250;

/// The longest a user-facing "at once" may take in these tests (stop,
/// cancel, close, a busy port reported, a reply shown): what a person
/// perceives as immediate, with room for a loaded debug build. The
/// benchmarks print the real figures.
pub const AT_ONCE: Duration = Duration::from_millis(300);

/// The `elapsed_ms` of a `finished` JSON line (panics when absent).
pub fn elapsed_ms(finished: &serde_json::Value) -> u64 {
    finished["elapsed_ms"]
        .as_u64()
        .unwrap_or_else(|| panic!("no elapsed_ms in {finished}"))
}

/// Whether `elapsed` ms ends a scan of `timeout_ms` on time.
pub fn on_time(elapsed: u64, timeout_ms: u64) -> bool {
    (timeout_ms.saturating_sub(50)..=timeout_ms + DEADLINE_SLACK_MS).contains(&elapsed)
}

/// Waits until `f` is true or `limit` passes.
pub fn wait_for(limit: Duration, mut f: impl FnMut() -> bool) -> bool {
    let start = Instant::now();
    while start.elapsed() < limit {
        if f() {
            return true;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    f()
}

/// A child process killed and reaped when the test ends, however it ends.
pub struct KillOnDrop(pub Child);

impl Drop for KillOnDrop {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// A child that leads its own process group (spawn it with
/// `process_group(0)`), killed with every process it started when the test
/// ends: at-spi-bus-launcher starts the accessibility bus, which would
/// otherwise outlive it.
pub struct KillGroupOnDrop(pub Child);

impl Drop for KillGroupOnDrop {
    fn drop(&mut self) {
        let group = format!("-{}", self.0.id());
        let _ = Command::new("kill").args(["-KILL", "--", &group]).status();
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// A counter from the `Udp:` lines of /proc/net/snmp, in the calling
/// thread's network namespace (a bench thread may have joined a lab's).
pub fn udp_counter(name: &str) -> u64 {
    let text = std::fs::read_to_string("/proc/thread-self/net/snmp").unwrap_or_default();
    let mut udp = text.lines().filter(|l| l.starts_with("Udp:"));
    let (Some(head), Some(vals)) = (udp.next(), udp.next()) else {
        return 0;
    };
    head.split_whitespace()
        .zip(vals.split_whitespace())
        .find(|(k, _)| *k == name)
        .and_then(|(_, v)| v.parse().ok())
        .unwrap_or(0)
}
