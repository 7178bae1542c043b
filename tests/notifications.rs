//! Desktop notifications against a real notification server: `dunst` on a
//! private D-Bus session bus (its own `dbus-daemon`) and a private Xvfb,
//! watched with `dbus-monitor`. The window is driven with egui_kittest in a
//! child process that gets the bus address (the environment is never
//! changed inside a multi-threaded test process).
//!
//! Network: loopback responders only; the suite runs inside `unshare --net`.

mod common;
mod kit;

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use common::KillOnDrop;

use egui::accesskit::Role;
use egui_kittest::kittest::Queryable;
use egui_kittest::Harness;
use kit::{app_in, harness, loopback_settings, opened_urls, responder, wait_until};
use lanscout::ui::AppOptions;

const CHILD: &str = "window_in_the_background";

/// A private desktop session: an X server, a D-Bus session bus, `dunst`
/// holding the notification service on it, and `dbus-monitor` logging
/// every `Notify` call. Its processes are killed when it is dropped.
struct Session {
    _children: Vec<KillOnDrop>,
    xvfb: common::Xvfb,
    /// For `DBUS_SESSION_BUS_ADDRESS`.
    address: String,
    /// What `dbus-monitor` logged.
    log: PathBuf,
}

impl Session {
    fn start(dir: &Path) -> Session {
        let xvfb = common::Xvfb::start(None, "1280x800x24").expect("Xvfb");
        let mut bus = spawn(
            Command::new("dbus-daemon")
                .args(["--session", "--nofork", "--print-address=1"])
                .arg(format!("--address=unix:path={}", dir.join("bus").display()))
                .stdout(Stdio::piped()),
        );
        let address = first_line(&mut bus);
        let mut children = vec![KillOnDrop(bus)];
        children.push(KillOnDrop(spawn(
            Command::new("dunst")
                .env("DISPLAY", &xvfb.display)
                .env("DBUS_SESSION_BUS_ADDRESS", &address)
                .stdout(Stdio::null())
                .stderr(Stdio::null()),
        )));
        let log = dir.join("monitor.log");
        let session = Session {
            _children: children,
            xvfb,
            address,
            log,
        };
        assert!(
            common::wait_for(Duration::from_secs(10), || {
                dunstctl(&session.address, &["count", "displayed"]).is_some()
            }),
            "dunst did not take the notification service"
        );
        let monitor = spawn(
            Command::new("dbus-monitor")
                .arg("--address")
                .arg(&session.address)
                .arg("type='method_call',interface='org.freedesktop.Notifications',member='Notify'")
                .stdout(std::fs::File::create(&session.log).expect("log"))
                .stderr(Stdio::null()),
        );
        let mut session = session;
        session._children.push(KillOnDrop(monitor));
        // dbus-monitor prints NameLost once it has become a monitor: from
        // then on no Notify call can be missed.
        assert!(
            common::wait_for(Duration::from_secs(10), || {
                std::fs::read_to_string(&session.log).is_ok_and(|t| t.contains("member=NameLost"))
            }),
            "dbus-monitor did not start monitoring"
        );
        session
    }
}

fn spawn(cmd: &mut Command) -> Child {
    cmd.spawn()
        .unwrap_or_else(|e| panic!("cannot start {cmd:?}: {e} (scripts/test.sh installs it)"))
}

/// The first line `child` prints on stdout (a display number, a bus address).
fn first_line(child: &mut Child) -> String {
    let out = child.stdout.take().expect("piped stdout");
    let mut line = String::new();
    BufReader::new(out).read_line(&mut line).expect("read");
    line.trim().to_string()
}

fn dunstctl(bus: &str, args: &[&str]) -> Option<String> {
    let out = Command::new("dunstctl")
        .args(args)
        .env("DBUS_SESSION_BUS_ADDRESS", bus)
        .output()
        .ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).into_owned())
}

/// The summaries of the `Notify` calls `dbus-monitor` logged (the second
/// string argument after the app name and the replaced id).
fn notified_summaries(log: &Path) -> Vec<String> {
    let text = std::fs::read_to_string(log).unwrap_or_default();
    let mut out = Vec::new();
    let mut lines = text.lines();
    while let Some(line) = lines.next() {
        if !line.contains("member=Notify") {
            continue;
        }
        let strings: Vec<String> = lines
            .by_ref()
            .take(6)
            .filter_map(|l| {
                l.trim()
                    .strip_prefix("string \"")
                    .map(|s| s.trim_end_matches('"').to_string())
            })
            .collect();
        // app name, icon, summary, body
        out.push(strings.get(2).cloned().unwrap_or_default());
    }
    out
}

#[test]
fn a_server_appearing_in_the_background_raises_one_notification_and_a_click_opens_it() {
    common::assert_isolated();
    let dir = tempfile::tempdir().expect("tempdir");
    let session = Session::start(dir.path());
    let (address, display, log) = (&session.address, &session.xvfb.display, &session.log);

    let child = Command::new(std::env::current_exe().expect("test binary"))
        .args(["--exact", CHILD, "--ignored", "--nocapture"])
        .env("DBUS_SESSION_BUS_ADDRESS", address)
        .env("DISPLAY", display)
        .env("NOTIFY_LOG", log)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("child test");
    let out = common::wait_limited(child, Duration::from_secs(120));
    assert!(
        out.status.success(),
        "the window part failed:\n{}\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    // dbus-monitor writes what it saw a moment after the call: wait for
    // the two expected, then check there are exactly those.
    common::wait_for(Duration::from_secs(5), || {
        notified_summaries(log).len() >= 2
    });
    // One for the named server, none while the window had focus, one
    // summary for three at once.
    assert_eq!(
        notified_summaries(log),
        [
            "Inventory · Lab 3 is on the network — 127.0.0.1",
            "3 servers appeared on the network"
        ],
        "{}",
        std::fs::read_to_string(log).unwrap_or_default()
    );
}

/// Steps frames until a scan round has ended with `n` servers listed.
fn round_ended_with(h: &mut Harness<'static, lanscout::ui::LanScoutApp>, n: usize) -> bool {
    wait_until(h, Duration::from_secs(12), |h| {
        h.state().servers().len() == n && !h.state().is_scanning()
    })
}

/// The window part (run by the test above, with the bus and display).
#[test]
#[ignore = "runs as a child of the notification test"]
fn window_in_the_background() {
    let address = std::env::var("DBUS_SESSION_BUS_ADDRESS").expect("run by the parent test");
    let dir = tempfile::tempdir().expect("tempdir");
    let (web_port, _) = common::titled_page_on_loopback("Inventory · Lab 3");
    let ports: Vec<u16> = (0..6).map(|_| common::free_udp_port()).collect();
    let mut settings = loopback_settings(ports[0], 0.3);
    settings.scan.auto_refresh = true;
    settings.scan.auto_refresh_secs = 5;
    settings.scan.extra_targets = ports.iter().map(|p| format!("127.0.0.1:{p}")).collect();
    assert!(settings.ui.notifications, "on by default");
    let options = AppOptions {
        desktop_notifications: true,
        ..AppOptions::default()
    };
    let mut h = harness(app_in(dir.path(), settings, options), (1000.0, 600.0));
    h.input_mut().focused = false;
    h.run();
    h.get_by_label("Scan").click();
    h.run();
    assert!(h.state().is_scanning());
    assert!(wait_until(&mut h, Duration::from_secs(3), |h| !h
        .state()
        .is_scanning()));

    // A server appears while the window is in the background: one notice.
    let named = responder(ports[0], web_port);
    let shown = wait_until(&mut h, Duration::from_secs(12), |_| {
        dunstctl(&address, &["count", "displayed"]).is_some_and(|n| n.trim() == "1")
    });
    assert!(shown, "no notification for the named server");
    // Clicking it (dunst's default action) opens the server.
    assert!(dunstctl(&address, &["action", "0"]).is_some());
    let url = format!("http://127.0.0.1:{web_port}/");
    assert!(
        wait_until(&mut h, Duration::from_secs(5), |h| opened_urls(h)
            .contains(&url)),
        "the click did not open {url}"
    );

    // With the window in front, a new server is highlighted but not announced.
    h.input_mut().focused = true;
    let seen = responder(ports[1], 8001);
    assert!(round_ended_with(&mut h, 2));
    h.input_mut().focused = false;

    // Three at once: one summary. (The first two stop: one address may
    // announce only four servers per scan, MAX_SERVERS_PER_SOURCE.)
    named.stop();
    seen.stop();
    let _many: Vec<_> = (2..5)
        .map(|i| responder(ports[i], 8000 + i as u16))
        .collect();
    assert!(round_ended_with(&mut h, 5));
    let log = std::path::PathBuf::from(std::env::var_os("NOTIFY_LOG").expect("log path"));
    assert!(
        wait_until(&mut h, Duration::from_secs(5), |_| notified_summaries(&log)
            .len()
            >= 2),
        "the summary was not sent"
    );

    // Turned off in the settings dialog: the next newcomer raises nothing
    // (the parent checks that no third notification was sent).
    h.get_by_label("Settings").click();
    h.run();
    // The box is named by the text beside it.
    let caption =
        "Notify me when a server appears while LanScout is in the background (auto-refresh)";
    h.get_by_role_and_label(Role::CheckBox, caption)
        .scroll_to_me();
    h.run();
    h.get_by_role_and_label(Role::CheckBox, caption).click();
    h.run();
    h.get_by_label("Apply").click();
    h.run();
    assert!(!h.state().settings().ui.notifications);
    let _late = responder(ports[5], 8010);
    assert!(round_ended_with(&mut h, 6));
    std::thread::sleep(Duration::from_millis(500));
}

/// The real binary in a real window (no window manager: nothing gives it
/// the keyboard focus, so it is in the background): a server that appears
/// raises a notification through the desktop build's own wiring, and
/// dunst's click opens the browser (`$BROWSER`, a script that writes down
/// the URL). Given the focus, the window raises none.
#[test]
fn the_real_window_notifies_from_the_background_and_the_click_opens_the_browser() {
    common::assert_isolated();
    let dir = tempfile::tempdir().expect("tempdir");
    let session = Session::start(dir.path());
    let ports = [common::free_udp_port(), common::free_udp_port()];
    let mut settings = loopback_settings(ports[0], 0.5);
    settings.scan.extra_targets = ports.iter().map(|p| format!("127.0.0.1:{p}")).collect();
    settings.scan.auto_refresh = true;
    settings.scan.auto_refresh_secs = 5;
    settings.scan.lookup_details = false;
    let config = dir.path().join("config");
    std::fs::create_dir_all(config.join("lanscout")).expect("config dir");
    std::fs::write(
        config.join("lanscout/settings.toml"),
        settings.to_toml().expect("toml"),
    )
    .expect("settings");
    let opened = dir.path().join("opened");
    let browser = dir.path().join("browser");
    std::fs::write(
        &browser,
        format!("#!/bin/sh\necho \"$1\" >> '{}'\n", opened.display()),
    )
    .expect("browser script");
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&browser, std::fs::Permissions::from_mode(0o755)).expect("chmod");
    }
    let runtime = dir.path().join("runtime");
    std::fs::create_dir_all(&runtime).expect("runtime");
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&runtime, std::fs::Permissions::from_mode(0o700)).expect("chmod");
    }
    let app = spawn(
        Command::new(common::bin())
            .env("DISPLAY", &session.xvfb.display)
            .env_remove("WAYLAND_DISPLAY")
            .env("DBUS_SESSION_BUS_ADDRESS", &session.address)
            .env("BROWSER", &browser)
            .env("HOME", dir.path())
            .env("XDG_CONFIG_HOME", &config)
            .env("XDG_STATE_HOME", dir.path().join("state"))
            .env("XDG_RUNTIME_DIR", &runtime)
            .env("WGPU_BACKEND", "vulkan")
            .stdout(Stdio::null())
            .stderr(Stdio::null()),
    );
    let _app = KillOnDrop(app);
    // The first scan (nothing answers) is not "appearing": wait until the
    // app's log says it ended.
    let app_log = dir.path().join("state/lanscout/lanscout.log");
    assert!(
        common::wait_for(Duration::from_secs(15), || {
            std::fs::read_to_string(&app_log).is_ok_and(|t| t.contains("scan finished"))
        }),
        "the first scan never finished (log {})",
        app_log.display()
    );
    let _first = responder(ports[0], 8000);
    let summary = "A server is on the network — 127.0.0.1:8000";
    let shown = common::wait_for(Duration::from_secs(12), || {
        notified_summaries(&session.log).len() == 1
    });
    assert!(
        shown && notified_summaries(&session.log) == [summary],
        "{:?}",
        notified_summaries(&session.log)
    );
    assert!(common::wait_for(Duration::from_secs(5), || {
        dunstctl(&session.address, &["count", "displayed"]).is_some_and(|n| n.trim() == "1")
    }));
    assert!(dunstctl(&session.address, &["action", "0"]).is_some());
    let browsed = common::wait_for(Duration::from_secs(5), || {
        std::fs::read_to_string(&opened).is_ok_and(|t| t.trim() == "http://127.0.0.1:8000/")
    });
    assert!(
        browsed,
        "the click did not open the browser: {:?}",
        std::fs::read_to_string(&opened)
    );

    // With the keyboard focus, the window announces nothing.
    let focused = Command::new("xdotool")
        .args(["search", "--class", lanscout::ui::APP_ID, "windowfocus"])
        .env("DISPLAY", &session.xvfb.display)
        .status()
        .is_ok_and(|s| s.success());
    assert!(focused, "xdotool could not focus the window");
    let _second = responder(ports[1], 8001);
    // Proof that a round saw the second server (its end is logged), then a
    // moment for a notification that should not come to reach the bus.
    let rounds = |t: &str| t.matches("scan finished: 2 servers").count();
    assert!(
        common::wait_for(Duration::from_secs(15), || {
            std::fs::read_to_string(&app_log).is_ok_and(|t| rounds(&t) >= 1)
        }),
        "no round found the second server (log {})",
        app_log.display()
    );
    // The next round ends after the notices of the last one were raised.
    assert!(common::wait_for(Duration::from_secs(15), || {
        std::fs::read_to_string(&app_log).is_ok_and(|t| rounds(&t) >= 2)
    }));
    assert_eq!(notified_summaries(&session.log), [summary]);
}
