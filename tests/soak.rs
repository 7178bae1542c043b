//! A week in the background, in about three minutes: the window (its real
//! app state, driven frame by frame) with auto-refresh every 10 simulated
//! minutes and servers forgotten after a simulated day, against real UDP
//! responders on loopback addresses that come and go: 1 000 distinct
//! servers over the week, about 50 alive at a time, and halfway through
//! they all move to another subnet (127.1.x.x, then 127.2.x.x). The app's
//! clock runs 12 000 times faster than real time (`AppOptions::time_scale`:
//! its round interval, the forget rule and the notification limit), the
//! rounds are real scans.
//!
//! At the end: the list holds only what the forget rule keeps; RSS has not
//! grown more than 5 MiB since the first simulated hour (the list grows
//! from ~50 rows to a day's ~180 meanwhile); threads and file descriptors
//! are flat; the log is within its bound; notifications were raised once
//! per server that appeared, never twice. The figures are printed. (Its own test binary: it measures its own process, and a
//! process has one logger.)

mod common;
mod kit;

use std::collections::{HashMap, HashSet};
use std::net::{Ipv4Addr, SocketAddrV4, UdpSocket};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use egui_kittest::kittest::Queryable;
use lanscout::settings::Settings;
use lanscout::ui::AppOptions;

/// Simulated seconds per real second.
const SCALE: u32 = 12_000;
/// Simulated round interval: 10 minutes.
const ROUND_SECS: u32 = 600;
/// Servers over the week, and how long each is alive (simulated).
const SERVERS: u32 = 1000;
const WEEK: Duration = Duration::from_secs(7 * 24 * 3600);
/// ~50 alive at a time: each lives 50/1000 of the week (8.4 hours).
const LIFE: Duration = Duration::from_secs(7 * 24 * 3600 / 20);

/// Real time for `simulated`.
fn real(simulated: Duration) -> Duration {
    simulated / SCALE
}

/// Where server `n` lives: 127.1.x.y in the first half of the week,
/// 127.2.x.y in the second (the subnet change).
fn address(n: u32) -> Ipv4Addr {
    let net = if n < SERVERS / 2 { 1 } else { 2 };
    Ipv4Addr::new(127, net, (n / 250) as u8, (n % 250 + 1) as u8)
}

/// When server `n` is alive, from the start (simulated): staggered so
/// that about 50 are alive at any time, from the first minute on (the
/// first ones were "born" before the window opened).
fn lifetime(n: u32) -> (Duration, Duration) {
    let step = (WEEK + LIFE) / SERVERS;
    let dies = step * (n + 1);
    (dies.saturating_sub(LIFE), dies)
}

/// Answers the discovery request on each alive server's address, as the
/// stock listener does (`SERVER_IP:<its address>`), binding and closing
/// sockets as servers come and go with the simulated clock.
struct Responders {
    stop: Arc<AtomicBool>,
    /// Sockets open now (they share this process's descriptor table).
    open: Arc<std::sync::atomic::AtomicUsize>,
    /// Servers that answered at least once, with the first time (real).
    answered: Arc<Mutex<HashMap<u32, Instant>>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl Responders {
    fn start(start: Instant) -> Responders {
        let stop = Arc::new(AtomicBool::new(false));
        let answered = Arc::new(Mutex::new(HashMap::new()));
        let open = Arc::new(std::sync::atomic::AtomicUsize::new(0));
        let (stop2, answered2, open2) =
            (Arc::clone(&stop), Arc::clone(&answered), Arc::clone(&open));
        let thread = std::thread::spawn(move || {
            let mut alive: HashMap<u32, UdpSocket> = HashMap::new();
            let mut buf = [0u8; 1024];
            while !stop2.load(Ordering::SeqCst) {
                let now = start.elapsed() * SCALE;
                for n in 0..SERVERS {
                    let (born, dies) = lifetime(n);
                    let should = now >= born && now < dies;
                    if should && !alive.contains_key(&n) {
                        let sock = UdpSocket::bind(SocketAddrV4::new(address(n), 9999))
                            .unwrap_or_else(|e| panic!("bind {}: {e}", address(n)));
                        sock.set_nonblocking(true).expect("nonblocking");
                        alive.insert(n, sock);
                    } else if !should {
                        alive.remove(&n);
                    }
                }
                open2.store(alive.len(), Ordering::SeqCst);
                for (n, sock) in &alive {
                    while let Ok((len, from)) = sock.recv_from(&mut buf) {
                        if &buf[..len] == b"DISCOVER_SERVER" {
                            let reply = format!("SERVER_IP:{}", address(*n));
                            let _ = sock.send_to(reply.as_bytes(), from);
                            if let Ok(mut a) = answered2.lock() {
                                a.entry(*n).or_insert_with(Instant::now);
                            }
                        }
                    }
                }
                std::thread::sleep(Duration::from_millis(2));
            }
        });
        Responders {
            stop,
            open,
            answered,
            thread: Some(thread),
        }
    }
}

impl Drop for Responders {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

fn status_field(field: &str) -> u64 {
    common::proc_status_kib("self", field)
}

/// Descriptors of the app: the process's, less the responders' sockets.
fn fd_count(responders: &Responders) -> usize {
    let all = std::fs::read_dir("/proc/self/fd")
        .map(|d| d.count())
        .unwrap_or(0);
    all.saturating_sub(responders.open.load(Ordering::SeqCst))
}

#[test]
fn a_week_of_auto_refresh_stays_bounded() {
    common::assert_isolated();
    // As main() does, before the app's threads start.
    lanscout::allocator::tune();
    let dir = tempfile::tempdir().expect("tempdir");
    let log = dir.path().join("state/lanscout.log");
    let mut settings = Settings::default();
    settings.scan.timeout_secs = 0.1;
    settings.scan.retries = 0;
    settings.scan.auto_refresh = true;
    settings.scan.auto_refresh_secs = ROUND_SECS;
    settings.scan.forget_after_hours = 24;
    settings.scan.lookup_details = false;
    settings.scan.fallback = false;
    settings.scan.include_interfaces = vec!["no-such-interface".into()];
    settings.scan.extra_targets = (0..SERVERS)
        .map(|n| format!("{}:9999", address(n)))
        .collect();
    // No D-Bus here: a notification is planned and counted, its display fails once.
    std::env::set_var("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent");
    let options = AppOptions {
        check_web_ports: false,
        detect_interfaces: false,
        log_file: Some(log.clone()),
        desktop_notifications: true,
        time_scale: SCALE,
        ..AppOptions::default()
    };
    let app = kit::app_in(dir.path(), settings, options);
    let mut h = kit::harness(app, (1000.0, 700.0));
    // In the background, as a window left open is.
    h.input_mut().focused = false;

    let start = Instant::now();
    let responders = Responders::start(start);
    h.get_by_label("Scan").click();
    let mut first_hour: Option<(u64, u64, usize)> = None;
    let mut rounds = 0usize;
    let mut peak_rows = 0usize;
    let mut last_finished = 0usize;
    let mut daily_rss = Vec::new();
    while start.elapsed() < real(WEEK) {
        h.step();
        let finished = h.state().scans_finished();
        if finished != last_finished {
            rounds += finished - last_finished;
            last_finished = finished;
        }
        peak_rows = peak_rows.max(h.state().servers().len());
        if start.elapsed() >= real(Duration::from_secs(86_400)) * (daily_rss.len() as u32 + 1) {
            daily_rss.push(status_field("VmRSS"));
        }
        if first_hour.is_none() && start.elapsed() >= real(Duration::from_secs(3600)) {
            first_hour = Some((
                status_field("VmRSS"),
                status_field("Threads"),
                fd_count(&responders),
            ));
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    // The last round ends, and the workers it started (name lookups, web
    // checks) with it: on a loaded machine they outlive the scan by
    // seconds. A leak never settles, and fails below.
    assert!(kit::wait_until(&mut h, Duration::from_secs(5), |h| !h
        .state()
        .is_scanning()));
    let threads_then = first_hour.map_or(0, |f| f.1);
    kit::wait_until(&mut h, Duration::from_secs(15), |_| {
        status_field("Threads") <= threads_then + 2
    });
    let end = (
        status_field("VmRSS"),
        status_field("Threads"),
        fd_count(&responders),
    );
    let sim_now = start.elapsed() * SCALE;
    let answered = responders
        .answered
        .lock()
        .map(|a| a.clone())
        .unwrap_or_default();
    drop(responders);
    lanscout::logging::flush();

    let app = h.state();
    let listed: HashSet<Ipv4Addr> = app.servers().rows().iter().map(|r| r.server.ip).collect();
    // What the rule keeps: servers alive within the last simulated day
    // (a round of slack at each end).
    let day = Duration::from_secs(24 * 3600);
    // A server's last answer can precede its end by up to a round: the
    // slack is two of the rounds as they actually came (a loaded machine
    // spaces them out).
    let slack = (sim_now / rounds.max(1) as u32) * 2;
    let must_keep: Vec<Ipv4Addr> = (0..SERVERS)
        .filter(|n| answered.contains_key(n))
        .filter(|n| lifetime(*n).1 + day > sim_now + slack)
        .map(address)
        .collect();
    let may_keep: HashSet<Ipv4Addr> = (0..SERVERS)
        .filter(|n| lifetime(*n).1 + day + slack > sim_now)
        .map(address)
        .collect();
    let (notices, named) = app.notices_raised();
    let (rss0, threads0, fds0) = first_hour.expect("the first simulated hour was reached");
    let log_files: Vec<(String, u64)> = std::fs::read_dir(log.parent().expect("dir"))
        .expect("log dir")
        .flatten()
        .map(|e| {
            (
                e.file_name().to_string_lossy().into_owned(),
                e.metadata().map(|m| m.len()).unwrap_or(0),
            )
        })
        .collect();
    eprintln!(
        "soak: {} simulated days in {:.0} s, {rounds} rounds; {} distinct servers answered, \
         {} listed at the end (peak {peak_rows}); RSS {} KiB after the first hour -> {} KiB \
         ({:+} KiB); threads {threads0} -> {}; fds {fds0} -> {}; {notices} notifications naming \
         {named} servers (limiter remembers {}); log files {log_files:?}; RSS each day {daily_rss:?} KiB",
        sim_now.as_secs() / 86_400,
        start.elapsed().as_secs_f64(),
        answered.len(),
        listed.len(),
        rss0,
        end.0,
        end.0 as i64 - rss0 as i64,
        end.1,
        end.2,
        app.notice_memory(),
    );

    assert!(
        answered.len() >= 950,
        "the responders were not reached: {}",
        answered.len()
    );
    // A round is a real 0.1 s scan plus the interval: about every half
    // simulated hour.
    assert!(rounds >= 250, "a week of rounds: {rounds}");
    for ip in &must_keep {
        assert!(
            listed.contains(ip),
            "{ip} answered within the last day but is gone"
        );
    }
    for ip in &listed {
        assert!(
            may_keep.contains(ip),
            "{ip} was not seen for over a day but is listed"
        );
    }
    assert!(listed.len() <= 200, "the list is bounded: {}", listed.len());
    assert!(
        end.0 <= rss0 + 5 * 1024,
        "RSS grew {} KiB after the first hour",
        end.0 - rss0
    );
    assert!(end.1 <= threads0 + 2, "threads {threads0} -> {}", end.1);
    assert!(end.2 <= fds0 + 4, "fds {fds0} -> {}", end.2);
    assert!(
        log_files.len() <= lanscout::logging::LOG_FILES,
        "{log_files:?}"
    );
    for (name, size) in &log_files {
        assert!(
            *size <= lanscout::logging::MAX_LOG_BYTES + 1024,
            "{name}: {size}"
        );
    }
    // Each server that appeared after the first round was announced once:
    // never twice, none forgotten by the notices.
    let appeared_later = answered.len() as u64;
    assert!(
        named <= appeared_later,
        "{named} named for {appeared_later} servers"
    );
    assert!(
        named + 60 >= appeared_later,
        "{named} named for {appeared_later} servers"
    );
    assert!(notices <= named, "{notices} notices for {named} servers");
    assert!(
        app.notice_memory() <= 60,
        "the limiter forgets: {}",
        app.notice_memory()
    );
}
