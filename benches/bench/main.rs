//! `scripts/bench.sh`: every performance figure of issue 11, LanScout beside
//! the stock Python packages in the same run, in network namespaces built
//! and removed here. Prints a table and writes `bench/RESULTS.md`.
//! Figures, not assertions (the tests assert behaviour).

#[path = "../../tests/common/mod.rs"]
mod common;

mod burst;
mod flood;
mod latency;
mod measure;
mod report;
mod startup;
mod sweep;

use std::path::PathBuf;
use std::time::Instant;

fn main() {
    common::assert_isolated();
    let started = Instant::now();
    let long = std::env::args().any(|a| a == "--long");
    let helpers = PathBuf::from(
        std::env::var_os("LANSCOUT_BENCH_HELPERS").unwrap_or_else(|| "target/bench-helpers".into()),
    );
    let helper = |name: &str| helpers.join(name).display().to_string();
    let mut report = report::Report::default();
    // LANSCOUT_BENCH_ONLY=flood,sweep: a subset, for work on one figure.
    let only = std::env::var("LANSCOUT_BENCH_ONLY").unwrap_or_default();
    let want = |s: &str| only.is_empty() || only.split(',').any(|o| o == s);

    if want("startup") {
        startup::run(&mut report);
        // Let Xvfb and the listener finish exiting before timing anything.
        std::thread::sleep(std::time::Duration::from_secs(2));
    }
    if want("latency") {
        latency::run(&mut report);
    }
    if common::is_root() && want("burst") {
        let lab = burst::BurstLab::new(burst::BurstLab::COUNT, &helper("burst_responder"));
        let scan_rss = burst::run(&mut report, &lab);
        latency::timeout_honesty(&mut report, &lab);
        report.section("Memory");
        if let Some(e) = scan_rss {
            report.row(
                "`scan` keeping 10 000 replies (2 s, root)",
                format!(
                    "peak RSS {:.1} MiB, CPU {:.0} ms",
                    e.max_rss_kib as f64 / 1024.0,
                    e.cpu.as_secs_f64() * 1000.0
                ),
                String::new(),
                "",
                None,
            );
        }
        startup::many_rows(&mut report, &lab);
    }
    if common::is_root() && want("sweep") {
        sweep::run(&mut report, long);
    }
    if common::is_root() && want("flood") {
        flood::run(&mut report, &helper("floor_responder"));
    }
    if !common::is_root() {
        report
            .note("burst, timeout, sweep and flood figures need root (network namespaces)".into());
    }

    if !only.is_empty() {
        println!("\n(a subset: bench/RESULTS.md left as it was)");
        return;
    }
    let md = report.markdown(started.elapsed());
    let out = std::env::var_os("LANSCOUT_BENCH_RESULTS")
        .map(PathBuf::from)
        .unwrap_or_else(|| common::root().join("bench/RESULTS.md"));
    match std::fs::write(&out, md) {
        Ok(()) => println!("\nwritten: {}", out.display()),
        Err(e) => eprintln!("cannot write {}: {e}", out.display()),
    }
}
