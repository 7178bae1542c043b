//! The window from launch to the first server painted (median of 10),
//! its memory and idle CPU, and its memory with 5 000 rows.

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use crate::common;
use crate::measure::{self, ms};
use crate::report::Report;

/// A home for the window: settings, runtime and state folders.
pub fn window_home(settings: &str) -> tempfile::TempDir {
    let home = tempfile::tempdir().expect("home");
    let d = home.path();
    std::fs::create_dir_all(d.join("config/lanscout")).expect("config");
    std::fs::write(d.join("config/lanscout/settings.toml"), settings).expect("settings");
    std::fs::create_dir_all(d.join("runtime")).expect("runtime");
    use std::os::unix::fs::PermissionsExt;
    let _ = std::fs::set_permissions(d.join("runtime"), std::fs::Permissions::from_mode(0o700));
    home
}

/// The window, with `--trace-startup`, in `ns` when given.
pub fn launch(display: &str, home: &Path, ns: Option<&str>) -> Child {
    let mut cmd = match ns {
        Some(ns) => {
            let mut c = Command::new("ip");
            c.args(["netns", "exec", ns, common::bin()]);
            c
        }
        None => Command::new(common::bin()),
    };
    let launched = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or(0);
    cmd.arg("--trace-startup")
        .env("DISPLAY", display)
        .env_remove("WAYLAND_DISPLAY")
        .env("HOME", home)
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env("XDG_RUNTIME_DIR", home.join("runtime"))
        .env("XDG_STATE_HOME", home.join("state"))
        .env("XDG_DATA_HOME", home.join("data"))
        .env("LANSCOUT_LAUNCHED_AT_NS", launched.to_string())
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped());
    cmd.spawn().expect("spawn the window")
}

/// Reads `startup  123.4 ms  label` lines until `last` (or 20 s).
pub fn marks(child: &mut Child, last: &str) -> Vec<(String, Duration)> {
    let Some(err) = child.stderr.take() else {
        return Vec::new();
    };
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(err).lines().map_while(Result::ok) {
            if tx.send(line).is_err() {
                break;
            }
        }
    });
    let end = Instant::now() + Duration::from_secs(20);
    let mut out = Vec::new();
    while let Ok(line) = rx.recv_timeout(end.saturating_duration_since(Instant::now())) {
        let Some(rest) = line.strip_prefix("startup") else {
            continue;
        };
        let mut parts = rest.trim().splitn(2, " ms");
        let (Some(num), Some(label)) = (parts.next(), parts.next()) else {
            continue;
        };
        let Ok(v) = num.trim().parse::<f64>() else {
            continue;
        };
        let label = label.trim().to_string();
        let done = label == last;
        out.push((label, Duration::from_secs_f64(v / 1000.0)));
        if done {
            break;
        }
    }
    out
}

fn stop(mut child: Child) {
    let _ = child.kill();
    let _ = child.wait();
}

pub fn run(report: &mut Report) {
    report.section("Start-up: launch to the first server painted (window, Xvfb, loopback server)");
    let Ok(display) = common::Xvfb::start(None, "1280x800x24") else {
        report.note("start-up not measured: Xvfb is not installed".into());
        return;
    };
    // The stock listener: LanScout's own server answers a source at most
    // twice a second, which launches in a row would trip.
    let port = common::free_udp_port();
    let server = common::stock_server_command(&[], port, 300)
        .spawn()
        .expect("stock listener");
    std::thread::sleep(common::STOCK_STARTUP);
    common::wait_for(Duration::from_secs(10), || common::udp_port_bound(port));
    let settings = format!("[scan]\nport = {port}\nextra_targets = [\"127.0.0.1\"]\n");
    let labels = [
        "window created",
        "first frame painted",
        "first server received",
        "first row painted",
    ];
    let mut samples: Vec<Vec<Duration>> = vec![Vec::new(); labels.len()];
    let mut idle: Option<(u64, f64)> = None;
    for run in 0..10 {
        let home = window_home(&settings);
        let mut child = launch(&display.display, home.path(), None);
        let got = marks(&mut child, "first row painted");
        for (i, l) in labels.iter().enumerate() {
            if let Some((_, d)) = got.iter().find(|(g, _)| g == l) {
                samples[i].push(*d);
            }
        }
        if run == 9 {
            idle = Some(idle_figures(child.id()));
        }
        stop(child);
    }
    stop(server);
    for (i, l) in labels.iter().enumerate() {
        let mut s = samples[i].clone();
        s.sort();
        let median = measure::quantile(&s, 0.5);
        let (goal, met) = if *l == "first row painted" {
            (
                "≤ 300 ms median",
                Some(s.len() == 10 && median <= Duration::from_millis(300)),
            )
        } else {
            ("", None)
        };
        report.row(
            &format!("launch → {l} (median of {})", s.len()),
            format!(
                "{} (min {}, max {})",
                ms(median),
                ms(measure::quantile(&s, 0.0)),
                ms(measure::quantile(&s, 1.0))
            ),
            "(the stock packages have no window)".into(),
            goal,
            met,
        );
    }
    if let Some((rss, cpu)) = idle {
        report.row(
            "window RSS, idle with 1 server",
            format!("{:.0} MiB", rss as f64 / 1024.0),
            String::new(),
            "",
            None,
        );
        report.row(
            "window CPU, idle (10 s)",
            format!("{cpu:.1} %"),
            String::new(),
            "≈ 0 %",
            Some(cpu < 1.0),
        );
    }
}

/// RSS (KiB) and CPU use (%) of an idle window over 10 s.
fn idle_figures(pid: u32) -> (u64, f64) {
    // After the scan's window (3 s by default) and its lookups.
    std::thread::sleep(Duration::from_secs(5));
    let before = measure::cpu_time(pid);
    std::thread::sleep(Duration::from_secs(10));
    let used = measure::cpu_time(pid).saturating_sub(before);
    (measure::rss_kib(pid), used.as_secs_f64() * 10.0)
}

/// The window's memory with 5 000 rows (a burst lab, default settings).
pub fn many_rows(report: &mut Report, burst: &crate::burst::BurstLab) {
    let Ok(display) = common::Xvfb::start(Some(&burst.client), "1280x800x24") else {
        return;
    };
    let home = window_home("[scan]\ntimeout_secs = 3.0\n");
    let mut child = launch(&display.display, home.path(), Some(&burst.client));
    let _ = marks(&mut child, "first row painted");
    std::thread::sleep(Duration::from_secs(8));
    let rss = measure::rss_kib(child.id());
    let before = measure::cpu_time(child.id());
    std::thread::sleep(Duration::from_secs(5));
    let cpu = measure::cpu_time(child.id())
        .saturating_sub(before)
        .as_secs_f64()
        * 20.0;
    stop(child);
    report.row(
        &format!("window RSS with {} rows", crate::burst::BurstLab::COUNT),
        format!("{:.0} MiB; CPU afterwards {cpu:.1} %", rss as f64 / 1024.0),
        String::new(),
        "",
        None,
    );
}
