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

/// The fault hook is one global slot: tests that arm it in this process
/// run one at a time.
static FAULT_HOOK: std::sync::Mutex<()> = std::sync::Mutex::new(());

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

/// Runs `lanscout ARGS`; returns its output, wall time and peak RSS (KiB).
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
    // The peak RSS of the program itself (VmHWM starts afresh at exec; the
    // rusage of a child also counts the test process it was forked from).
    let peak = Arc::new(std::sync::atomic::AtomicI64::new(0));
    let killer = {
        let done = Arc::new(AtomicBool::new(false));
        let (d, peak) = (Arc::clone(&done), Arc::clone(&peak));
        std::thread::spawn(move || {
            let end = Instant::now() + limit;
            while Instant::now() < end && !d.load(Ordering::SeqCst) {
                let hwm = common::try_proc_status_kib(&pid.to_string(), "VmHWM");
                if let Some(kib) = hwm {
                    peak.fetch_max(kib as i64, Ordering::SeqCst);
                }
                std::thread::sleep(Duration::from_millis(10));
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
    let _ = usage;
    let peak = peak.load(Ordering::SeqCst);
    assert!(
        peak > 0,
        "the peak RSS was never read: a memory bound would pass unmeasured"
    );
    (json_lines(&stdout), wall, peak, stderr)
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
    let elapsed = common::elapsed_ms(fin[0]);
    assert!(common::on_time(elapsed, 2000), "deadline: {elapsed} ms");
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
    // A hang would last the scan's 30 s: ending in well under half of that
    // is "no hang" however loaded the machine is.
    let started = Instant::now();
    let out = run_with_env(
        &["scan", "--target", "127.0.0.1", "--timeout", "30"],
        ("LANSCOUT_TEST_PANIC", "scan"),
        Duration::from_secs(40),
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains("the scan stopped on an internal error: injected panic in scan"),
        "{stderr}"
    );
    assert!(started.elapsed() < Duration::from_secs(12), "no hang");
}

#[test]
fn a_panic_while_answering_one_request_leaves_server_mode_answering() {
    common::assert_isolated();
    let port = common::free_udp_port();
    let (_dir, cfg) = temp_config();
    let child = Command::new(common::bin())
        .arg("--config")
        .arg(&cfg)
        .args(["serve", "--json", "--port", &port.to_string()])
        .env("LANSCOUT_TEST_PANIC", "responder")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("serve");
    assert!(common::wait_for(Duration::from_secs(5), || {
        common::udp_port_bound(port)
    }));
    // Both requests go at once: the worker takes them in order, so the
    // first answer to arrive can only be the second request's (the stats
    // below show the first was not answered). Waiting for it has no
    // bound tighter than a hang.
    let client = UdpSocket::bind("127.0.0.1:0").expect("client");
    client
        .set_read_timeout(Some(Duration::from_secs(10)))
        .expect("timeout");
    let mut buf = [0u8; 256];
    for _ in 0..2 {
        client
            .send_to(b"DISCOVER_SERVER", ("127.0.0.1", port))
            .expect("send");
    }
    let (n, _) = client
        .recv_from(&mut buf)
        .expect("the next request is answered");
    assert_eq!(&buf[..n], b"SERVER_IP:127.0.0.1");
    common::signal(&child, libc::SIGTERM);
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

use lanscout::settings::{Settings, SettingsStore};

/// Two settings that differ, each large enough that a write takes a while.
fn settings_pair() -> (Settings, Settings) {
    let mut a = Settings::default();
    a.scan.timeout_secs = 1.0;
    a.scan.extra_targets = (0..200)
        .map(|i| format!("10.1.{}.{}", i / 250, i % 250 + 1))
        .collect();
    let mut b = a.clone();
    b.scan.timeout_secs = 2.0;
    b.scan.extra_targets.reverse();
    (a, b)
}

/// Not a test on its own: the child process of the SIGKILL test, saving in
/// a loop until it is killed.
#[test]
#[ignore = "child process of settings_survive_500_kills_during_save"]
fn save_loop_child() {
    let Some(path) = std::env::var_os("LANSCOUT_SAVE_LOOP") else {
        return;
    };
    let store = SettingsStore::at(std::path::PathBuf::from(path));
    let (a, b) = settings_pair();
    loop {
        for s in [&a, &b] {
            store.save(s).expect("save");
        }
    }
}

#[test]
fn settings_survive_500_kills_during_save() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("settings.toml");
    let (a, b) = settings_pair();
    SettingsStore::at(&path).save(&a).expect("first save");
    let me = std::env::current_exe().expect("test binary");
    let mut seed: u64 = 0x1234_5678;
    let (mut saw_a, mut saw_b) = (0, 0);
    for kill in 0..500 {
        let mut child = Command::new(&me)
            .args([
                "save_loop_child",
                "--exact",
                "--ignored",
                "--test-threads=1",
            ])
            .env("LANSCOUT_SAVE_LOOP", &path)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("child");
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        // The test harness itself takes a few ms to start: kill from 2 to 25 ms.
        std::thread::sleep(Duration::from_micros(2000 + seed % 23_000));
        let _ = child.kill();
        let _ = child.wait();
        let loaded = SettingsStore::at(&path).load();
        assert_eq!(
            loaded.notice, None,
            "after kill {kill}: the file is unreadable"
        );
        if loaded.settings == a {
            saw_a += 1;
        } else if loaded.settings == b {
            saw_b += 1;
        } else {
            panic!("after kill {kill}: neither the old nor the new settings");
        }
    }
    eprintln!("500 kills during saves: the file held A {saw_a} times, B {saw_b} times, never anything else");
    assert!(
        saw_b > 0,
        "the child never got to save: the test proves nothing"
    );
}

/// Not a test on its own: run by `a_full_disk_keeps_the_old_settings` in a
/// private mount namespace with a 64 KiB tmpfs at LANSCOUT_FULL_DISK.
#[test]
#[ignore = "child process of a_full_disk_keeps_the_old_settings"]
fn full_disk_child() {
    let Some(dir) = std::env::var_os("LANSCOUT_FULL_DISK") else {
        return;
    };
    let dir = std::path::PathBuf::from(dir);
    let mounted = Command::new("mount")
        .args(["-t", "tmpfs", "-o", "size=64k", "tmpfs"])
        .arg(&dir)
        .status()
        .expect("mount");
    assert!(mounted.success(), "mount tmpfs");
    let path = dir.join("settings.toml");
    let store = SettingsStore::at(&path);
    let (a, b) = settings_pair();
    store.save(&a).expect("save while there is room");
    // Fill what is left.
    let mut filler = std::fs::File::create(dir.join("filler")).expect("filler");
    let chunk = vec![0u8; 4096];
    while std::io::Write::write_all(&mut filler, &chunk).is_ok() {}
    let err = store.save(&b).expect_err("the disk is full");
    println!("save on a full disk: {err}");
    let loaded = store.load();
    assert_eq!(loaded.notice, None);
    assert_eq!(loaded.settings, a, "the old settings are intact");
    let leftovers: Vec<_> = std::fs::read_dir(&dir)
        .expect("list")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains(".tmp-"))
        .collect();
    assert!(leftovers.is_empty(), "temporary files left: {leftovers:?}");
    println!("FULL_DISK_CHILD_OK");
}

#[test]
fn a_full_disk_keeps_the_old_settings() {
    require_root!("to mount a tmpfs");
    let dir = tempfile::tempdir().expect("tempdir");
    let me = std::env::current_exe().expect("test binary");
    let out = Command::new("unshare")
        .arg("--mount")
        .arg(&me)
        .args(["full_disk_child", "--exact", "--ignored", "--nocapture"])
        .env("LANSCOUT_FULL_DISK", dir.path())
        .output()
        .expect("unshare");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success() && stdout.contains("FULL_DISK_CHILD_OK"),
        "{stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(stdout.contains("No space left on device"), "{stdout}");
}

/// What the CLI does with each kind of bad settings file: it warns, runs
/// with defaults, and keeps the bad file's bytes (moved aside).
/// A short scan that finds nothing: what the settings-file cases run.
const NOTHING_TO_FIND: &[&str] = &[
    "scan",
    "--target",
    "127.0.0.1",
    "--port",
    "9",
    "--timeout",
    "0.3",
    "--no-details",
];

#[test]
fn bad_settings_files_are_reported_kept_and_never_stop_the_app() {
    common::assert_isolated();
    let cases: &[(&str, &[u8])] = &[
        ("empty", b""),
        (
            "binary garbage",
            b"\x00\xff\xfe\x01PK\x03\x04garbage\xc3\x28",
        ),
        (
            "wrong types",
            b"[scan]\ntimeout_secs = \"soon\"\nport = [1, 2]\n",
        ),
        (
            "unknown keys",
            b"[scan]\nport = 9999\nfuture_option = true\n[telemetry]\nx = 1\n",
        ),
        (
            "out of range",
            b"[scan]\nport = 0\ntimeout_secs = -4\nsweep_rate = 0\n",
        ),
    ];
    for (what, bytes) in cases {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("settings.toml");
        std::fs::write(&path, bytes).expect("write");
        let out = common::lanscout(NOTHING_TO_FIND, &path, Duration::from_secs(10));
        let stderr = String::from_utf8_lossy(&out.stderr);
        let code = out.status.code();
        // Kept: either still in place (usable) or moved aside, byte for byte.
        let kept = std::fs::read_dir(dir.path())
            .expect("list")
            .flatten()
            .any(|e| std::fs::read(e.path()).is_ok_and(|b| b == *bytes));
        eprintln!(
            "settings file {what}: exit {code:?}; {}",
            stderr.lines().next().unwrap_or("(no message)")
        );
        assert!(kept, "{what}: the file's bytes are gone");
        match *what {
            // Valid (unknown keys are ignored): runs as asked, no warning.
            "unknown keys" => {
                assert_eq!(code, Some(1), "{what}: {stderr}");
                assert!(!stderr.contains("warning"), "{what}: {stderr}");
            }
            // Out-of-range values in the file: refused with the reason.
            "out of range" => {
                assert!(stderr.contains("scan.port"), "{what}: {stderr}");
                assert!(matches!(code, Some(1) | Some(2)), "{what}: {stderr}");
            }
            _ => {
                assert_eq!(code, Some(1), "{what}: runs with defaults: {stderr}");
                assert!(stderr.contains("warning:"), "{what}: {stderr}");
            }
        }
    }

    // The settings path is a folder.
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("settings.toml");
    std::fs::create_dir(&path).expect("mkdir");
    let out = common::lanscout(NOTHING_TO_FIND, &path, Duration::from_secs(10));
    let stderr = String::from_utf8_lossy(&out.stderr);
    eprintln!(
        "settings path is a folder: exit {:?}; {}",
        out.status.code(),
        stderr.lines().next().unwrap_or("")
    );
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("warning:"), "{stderr}");
}

#[test]
fn a_read_only_settings_folder_is_reported_and_the_bad_file_left_in_place() {
    require_root!("for a read-only bind mount");
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("settings.toml");
    std::fs::write(&path, b"[scan\nbroken").expect("write");
    let script = format!(
        "mount --bind {d} {d} && mount -o remount,ro,bind {d} && exec {bin} --config {p} scan --target 127.0.0.1 --port 9 --timeout 0.3 --no-details",
        d = dir.path().display(),
        bin = common::bin(),
        p = path.display()
    );
    let out = common::run_with_limit(
        Command::new("unshare").args(["--mount", "sh", "-c", &script]),
        Duration::from_secs(10),
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    eprintln!(
        "read-only settings folder: exit {:?}; {stderr}",
        out.status.code()
    );
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("warning:"), "{stderr}");
    assert_eq!(std::fs::read(&path).expect("still there"), b"[scan\nbroken");
}

#[test]
fn a_port_held_by_the_stock_listener_is_reported_busy() {
    common::assert_isolated();
    let port = common::free_udp_port();
    let logs = tempfile::tempdir().expect("tempdir");
    let log = logs.path().join("stock.log");
    let mut stock = common::stock_server_command(&[], port, 20)
        .stdout(std::fs::File::create(&log).expect("log"))
        .spawn()
        .expect("stock");
    // Its final listener (the command restarts the one Django started).
    common::wait_stock_started(&log);
    let bound = common::udp_port_bound(port);
    let (_dir, cfg) = temp_config();
    let started = Instant::now();
    let out = common::lanscout(
        &["serve", "--port", &port.to_string(), "--duration", "2"],
        &cfg,
        Duration::from_secs(10),
    );
    let _ = stock.kill();
    let _ = stock.wait();
    assert!(bound, "the stock listener did not start");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains(&port.to_string()) && stderr.contains("in use"),
        "{stderr}"
    );
    // The same bound as tests/cli.rs for the same behaviour (process start
    // included), on a machine loaded by this binary's other tests.
    let took = started.elapsed();
    assert!(took < common::AT_ONCE * 3, "took {took:?}");
}

#[test]
fn no_usable_interface_is_a_clear_warning_not_a_hang() {
    common::assert_isolated();
    let (_dir, cfg) = temp_config();
    let started = Instant::now();
    let out = common::lanscout(
        &["scan", "-i", "none-such", "--timeout", "30"],
        &cfg,
        Duration::from_secs(40),
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    eprintln!(
        "no usable interface: exit {:?}, {:?}; {}",
        out.status.code(),
        started.elapsed(),
        stderr.lines().next().unwrap_or("")
    );
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("no network interface is usable"),
        "{stderr}"
    );
    assert!(
        started.elapsed() < Duration::from_secs(12),
        "nothing to wait for: no waiting out the 30 s timeout"
    );
}

#[cfg(feature = "gui")]
#[test]
fn a_panic_in_a_scan_shows_in_the_window_and_the_next_scan_works() {
    use egui_kittest::kittest::Queryable;
    use lanscout::ui::{AppOptions, LanScoutApp};
    common::assert_isolated();
    let dir = tempfile::tempdir().expect("tempdir");
    let mut settings = Settings::default();
    settings.scan.timeout_secs = 0.3;
    settings.scan.extra_targets = vec!["127.0.0.1".into()];
    settings.scan.include_interfaces = vec!["none-such".into()];
    let app = LanScoutApp::new(
        settings,
        SettingsStore::at(dir.path().join("settings.toml")),
        AppOptions::default(),
    );
    // The window's tests read English whatever the machine's locale.
    lanscout::i18n::use_language("en");
    let mut h = egui_kittest::Harness::builder()
        .with_size(egui::Vec2::new(1000.0, 700.0))
        .with_max_steps(16)
        .build_ui_state(|ui, app: &mut LanScoutApp| app.ui(ui), app);
    h.run();
    let _hook = FAULT_HOOK.lock();
    lanscout::fault::arm("scan");
    h.get_by_label("Scan").click();
    let shown = common::wait_for(Duration::from_secs(3), || {
        h.step();
        h.query_all_by_label_contains("internal error")
            .next()
            .is_some()
    });
    assert!(shown, "the panic is not reported in the window");
    assert!(common::wait_for(Duration::from_secs(3), || {
        h.step();
        !h.state().is_scanning()
    }));
    // Still usable: the next scan runs to its end.
    h.get_by_label("Scan").click();
    h.step();
    assert!(h.state().is_scanning());
    assert!(common::wait_for(Duration::from_secs(3), || {
        h.step();
        !h.state().is_scanning()
    }));
    assert!(h.query_all_by_label_contains("Last scan").next().is_some());
}

#[test]
fn a_receive_error_on_every_read_neither_spins_nor_outlasts_the_deadline() {
    common::assert_isolated();
    let (_dir, cfg) = temp_config();
    let port = common::free_udp_port();
    let _server = common::serve(&cfg, port, &[]);
    let port_arg = port.to_string();
    let scan = |fault: Option<&str>| {
        let mut cmd = Command::new(common::bin());
        cmd.arg("--config").arg(&cfg).args([
            "scan",
            "--json",
            "--target",
            "127.0.0.1",
            "--port",
            &port_arg,
            "--timeout",
            "1.5",
            "--no-details",
        ]);
        if let Some(site) = fault {
            cmd.env("LANSCOUT_TEST_FAIL", site);
        }
        cmd
    };
    // Positive control: the same scan without the fault finds the server,
    // so finding nothing below proves the injected error fired.
    let control = common::run_with_limit(&mut scan(None), Duration::from_secs(10));
    let lines = common::json_lines(&control.stdout);
    assert_eq!(
        common::events(&lines, "found").len(),
        1,
        "control scan: {lines:?}"
    );

    let started = Instant::now();
    let mut child = scan(Some("recv"))
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("scan");
    let pid = child.id() as libc::pid_t;
    let mut status = 0;
    // SAFETY: zeroed rusage is a valid out-parameter.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: waits for our own child, filling `usage` for it.
    unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    let wall = started.elapsed();
    let cpu = Duration::from_micros(
        (usage.ru_utime.tv_sec * 1_000_000
            + usage.ru_utime.tv_usec
            + usage.ru_stime.tv_sec * 1_000_000
            + usage.ru_stime.tv_usec) as u64,
    );
    eprintln!("every read failing: the scan took {wall:?} of wall time, {cpu:?} of CPU");
    assert!(
        wall < Duration::from_millis(1500 + common::DEADLINE_SLACK_MS + 750),
        "{wall:?}"
    );
    assert!(
        cpu < Duration::from_millis(400),
        "a failing read must not spin: {cpu:?} of CPU in a 1.5 s scan"
    );
    let mut out = Vec::new();
    if let Some(mut stdout) = child.stdout.take() {
        std::io::Read::read_to_end(&mut stdout, &mut out).expect("scan output");
    }
    // Reaped by wait4 above; this only satisfies the type's contract.
    let _ = child.wait();
    let lines = common::json_lines(&out);
    assert!(
        common::events(&lines, "found").is_empty(),
        "every read failed, yet a server was found: the fault hook did not fire: {lines:?}"
    );
    assert_eq!(common::events(&lines, "finished").len(), 1, "{lines:?}");
}

#[test]
fn a_reply_from_port_0_is_counted_as_invalid() {
    common::assert_isolated();
    require_root!("for a raw socket");
    // A fake server that answers every request with a reply forged to come
    // from port 0 (raw socket).
    let script = r#"import socket, struct
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
s.bind(("127.0.0.1", 0))
print(s.getsockname()[1], flush=True)
r = socket.socket(socket.AF_INET, socket.SOCK_RAW, socket.IPPROTO_RAW)
r.setsockopt(socket.IPPROTO_IP, socket.IP_HDRINCL, 1)
while True:
    d, a = s.recvfrom(2048)
    p = b"SERVER_IP:10.9.9.9"
    u = struct.pack("!HHHH", 0, a[1], 8 + len(p), 0) + p
    h = struct.pack("!BBHHHBBH4s4s", 0x45, 0, 20 + len(u), 1, 0, 64, 17, 0,
                    socket.inet_aton("127.0.0.1"), socket.inet_aton(a[0]))
    r.sendto(h + u, (a[0], 0))
"#;
    let mut liar = Command::new("python3")
        .args(["-c", script])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("python3");
    let mut line = String::new();
    std::io::BufRead::read_line(
        &mut std::io::BufReader::new(liar.stdout.take().expect("stdout")),
        &mut line,
    )
    .expect("port");
    let target = format!("127.0.0.1:{}", line.trim());
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
        Duration::from_secs(10),
    );
    let _ = liar.kill();
    let _ = liar.wait();
    assert!(events(&lines, "found").is_empty(), "{lines:?} {stderr}");
    let fin = events(&lines, "finished");
    assert_eq!(
        fin.first().and_then(|f| f["invalid"].as_u64()),
        Some(1),
        "{lines:?} {stderr}"
    );
    assert!(events(&lines, "warning").iter().any(|w| w["message"]
        .as_str()
        .is_some_and(|m| m.contains("from UDP port 0"))));
}

#[test]
fn a_panic_in_a_lookup_is_reported_and_the_server_still_listed() {
    use lanscout::discovery::{start_scan, Event, Warning};
    common::assert_isolated();
    let (web_port, _) = common::titled_page_on_loopback("Never read");
    // A port found free can be taken by another test's socket before the
    // responder binds it: try a few.
    let (_responder, port) = (0..5)
        .find_map(|_| {
            let port = common::free_udp_port();
            let config = lanscout::ResponderConfig {
                port,
                web_port,
                ..Default::default()
            };
            lanscout::start_responder(config, || {})
                .ok()
                .map(|r| (r, port))
        })
        .expect("a responder on a free loopback port");
    let _hook = FAULT_HOOK.lock();
    lanscout::fault::arm("lookup");
    let mut config = common::loopback_scan(port, Duration::from_millis(500), 0);
    config.scan.lookup_details = true;
    let events: Vec<Event> = start_scan(config, || {})
        .expect("scan")
        .events()
        .iter()
        .collect();
    assert!(events.iter().any(|e| matches!(e, Event::Found(_))));
    assert!(!events.iter().any(|e| matches!(e, Event::Details(_))));
    assert!(events.iter().any(|e| matches!(
        e,
        Event::Warning(Warning::LookupFailed { message, .. }) if message.contains("injected panic in lookup")
    )));
    assert!(matches!(events.last(), Some(Event::Finished(s)) if s.servers == 1));
}
